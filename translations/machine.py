"""The machine translator that makes script variants: Kazakh Latin, Uyghur Arabic script, Uzbek Latin.

wagtail-localize allows one machine translator per site (WAGTAILLOCALIZE_MACHINE_TRANSLATOR). Its
built-in ones compare base language codes and so refuse kk → kk-latn; this one accepts exactly the
pairs languages.transliteration converts from a base language into its variant, and refuses every
real translation (kk → ru), so the "Machine translate" button appears only where it is honest.

Segments reach a machine translator as wagtail-localize's inline HTML (`<b>`, `<a id="a1">` …); only
the text between the tags is transliterated, so formatting and links survive.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

import languages
from languages.transliteration import can_transliterate, transliterate_html


def is_variant_pair(source_code: str, target_code: str) -> bool:
    """Whether `target_code` is a script variant made from `source_code` (kk → kk-latn, not kk-latn → kk)."""
    target = languages.BY_CODE.get(target_code)
    return target is not None and target.variant_of == source_code and can_transliterate(source_code, target_code)


class TransliterationTranslator(BaseMachineTranslator):
    display_name = _("Transliteration")

    def can_translate(self, source_locale: Locale, target_locale: Locale) -> bool:
        return is_variant_pair(source_locale.language_code, target_locale.language_code)

    def translate(self, source_locale: Locale, target_locale: Locale, strings) -> dict:
        source, target = source_locale.language_code, target_locale.language_code
        return {string: StringValue(transliterate_html(string.data, source, target)) for string in strings}
