"""The language each person's admin speaks: their own choice, else a default that never mixes.

Wagtail falls back to the site's default language (Kazakh) for an account without a preferred admin
language, and Kazakh has no admin catalogue: such an admin mixes English and Kazakh on every screen.
Here the fallback is the browser's `Accept-Language` when it names an admin language, else Russian,
which every journalist and translator of the network reads (`AdminLanguageMiddleware`).

Accounts get a sensible preferred language when they join an outlet or become translators
(`give_default_admin_language`, called by `ethnic_press.permissions.add_member` and by the translations
app when a Translator is saved): the first of their languages that has a complete admin catalogue,
else Russian. A choice the person made is never overwritten.
"""

from collections.abc import Iterable

from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header

from wagtail.users.models import UserProfile

from . import ADMIN_LANGUAGES

FALLBACK = "ru"
ADMIN_PREFIX = "/admin/"
# The admin languages a browser may name otherwise (Wagtail's Uyghur is in the Arabic script).
BROWSER_ALIASES = {"ug": "ug-arab"}


def admin_language_for(codes: Iterable[str]) -> str:
    """The first of `codes` that has a complete admin catalogue, else Russian."""
    for code in codes:
        if code in ADMIN_LANGUAGES or code == "en":
            return code
    return FALLBACK


def give_default_admin_language(user, codes: Iterable[str]) -> None:
    """Set `user`'s preferred admin language from `codes` unless they already have one."""
    profile = UserProfile.get_for_user(user)
    if not profile.preferred_language:
        profile.preferred_language = admin_language_for(codes)
        profile.save(update_fields=["preferred_language"])


def from_browser(accept_language: str) -> str:
    """The admin language the browser asks for first (by its `Accept-Language` header), else Russian."""
    for code, _quality in parse_accept_lang_header(accept_language or ""):
        code = code.lower()
        for candidate in (code, code.split("-")[0]):
            candidate = BROWSER_ALIASES.get(candidate, candidate)
            if candidate in ADMIN_LANGUAGES or candidate == "en":
                return candidate
    return FALLBACK


class AdminLanguageMiddleware:
    """In the admin, activate the account's preferred language, else the browser's admin language, else
    Russian, before Wagtail looks (Wagtail then keeps it: it is one of its permitted languages)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(ADMIN_PREFIX):
            return self.get_response(request)
        language = None
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            profile = getattr(user, "wagtail_userprofile", None)
            language = getattr(profile, "preferred_language", "") or None
        if language not in (*ADMIN_LANGUAGES, "en"):
            language = None
        language = language or from_browser(request.headers.get("Accept-Language", ""))
        translation.activate(language)
        request.LANGUAGE_CODE = language
        try:
            return self.get_response(request)
        finally:
            translation.deactivate()
