"""Wagtail's admin icon sprite, cached by the browser for as long as its address names the current icons.

Every admin page's script (wagtailadmin/js/icons.js) inserts the sprite it kept in localStorage, then fetches
`/admin/sprite/?h=<hash of the icons>` again, on every page; Wagtail's admin URLs are all `never_cache`, so
each page an editor opened requested the sprite through the whole middleware stack (about 40 requests per
newsroom journey in tests/browser). The hash changes whenever the icons do, so the answer for the current
hash may be kept a year (`immutable`, like a hashed static file); any other `h` (a page rendered before the
icons changed) is answered uncached, as Wagtail does. The sprite is the same for everybody and needs no login.
Wagtail has no setting for this (its sprite view is a plain function), hence this wrapper.
"""

from django.utils.cache import add_never_cache_headers, patch_cache_control

from wagtail.admin.icons import get_icon_sprite_hash
from wagtail.admin.views.home import sprite as wagtail_sprite

YEAR = 365 * 24 * 60 * 60


def sprite(request):
    response = wagtail_sprite(request)
    if request.GET.get("h") == get_icon_sprite_hash():
        patch_cache_control(response, public=True, max_age=YEAR, immutable=True)
    else:
        add_never_cache_headers(response)
    return response
