from django.utils import translation

import languages


def site_languages(request):
    """The reader's language (name, script, direction) for the base template."""
    code = translation.get_language() or languages.DEFAULT_LANGUAGE
    return {
        "current_language": languages.BY_CODE.get(code, languages.BY_CODE[languages.DEFAULT_LANGUAGE]),
        "site_languages": languages.LANGUAGES,
    }
