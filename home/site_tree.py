"""The network's home page at the root of the page tree (the demo seeding and the tests build it this way)."""

from django.db import transaction

from wagtail.models import Page, Site

import languages
from languages.localize import get_locale

from .models import HomePage


@transaction.atomic
def ensure_home(title: str, slug: str = "home", hostname: str = "localhost") -> HomePage:
    """The default-locale HomePage under the tree root, as the default site's root page."""
    root = Page.get_first_root_node()
    locale = get_locale(languages.DEFAULT_LANGUAGE)
    # The page Wagtail's first migration creates ("Welcome to your new Wagtail site!") is not ours;
    # deleting it also deletes the site pointing at it, which is recreated below.
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore", content_type__model="page").delete()
    home = HomePage.objects.filter(depth=2, locale=locale).first()
    if home is None:
        home = HomePage(title=title, slug=slug, locale=locale)
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname=hostname, port=80, root_page=home, is_default_site=True, site_name="Ethnic Press")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home
