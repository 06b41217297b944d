from django.utils import translation
from django.utils.functional import SimpleLazyObject

import languages

from .navigation import menus


def _current_language():
    code = translation.get_language() or languages.DEFAULT_LANGUAGE
    return languages.BY_CODE.get(code, languages.BY_CODE[languages.DEFAULT_LANGUAGE])


def site_languages(request):
    """The reader's language (name, script, direction) for the base template."""
    return {"current_language": _current_language()}


def reader_navigation(request):
    """The header's and footer's links in the reader's language, built only when a template shows them."""
    return {"navigation": SimpleLazyObject(lambda: menus(_current_language().code))}
