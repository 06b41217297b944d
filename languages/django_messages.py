"""Django's and Wagtail's own messages that a reader can meet on the public site, kept in this project's
catalogs (locale/) too.

Django has no catalog for Kazakh Latin or Kurmanji (a kk-latn or ku page fell back to the default
language's, Kazakh Cyrillic), writes Uyghur in Arabic script and Uzbek in Latin script only (wrong on a
ug or uz page), and its Kazakh and Tatar catalogs are incomplete or misspelt; Wagtail has none for kk,
uz, tt or ku (English). Our catalogs come first (LOCALE_PATHS), so these entries are what every page
shows. The msgids are Django's and Wagtail's exactly (tests/languages/test_django_messages.py checks them
against their catalogs); listed here so that makemessages keeps them. Where a reader meets them:

- the search page's form (search/forms.py): a hand-edited page, language, sort or filter parameter;
- the password form of a protected page or document (Wagtail's template, form and error);
- a print edition's file size (filesizeformat).

Not here: Wagtail's login page for pages restricted to logged-in staff (readers have no accounts). A form
sent without its security cookie gets the project's page (templates/403_csrf.html), not Django's.

Month names are in languages/months.py.
"""

from django.utils.translation import gettext_noop, ngettext

FORM_ERRORS = [
    gettext_noop("This field is required."),
    gettext_noop("Enter a whole number."),
    gettext_noop("Ensure this value is greater than or equal to %(limit_value)s."),
    gettext_noop("Ensure this value is less than or equal to %(limit_value)s."),
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
]
PAGE_PASSWORD = [
    gettext_noop("Password required"),
    gettext_noop("You need a password to access this page."),
    gettext_noop("You need a password to access this document."),
    gettext_noop("Password"),
    gettext_noop("Continue"),
    gettext_noop("The password you have entered is not correct. Please try again."),
]
FILE_SIZES = [
    gettext_noop("%s KB"),
    gettext_noop("%s MB"),
    gettext_noop("%s GB"),
]
# (msgid, msgid_plural): never called, only extracted by makemessages.
PLURALS = [
    (
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
    ),
    ("%(size)d byte", "%(size)d bytes"),
]


def _extracted() -> None:  # pragma: no cover - for makemessages only
    ngettext(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        0,
    )
    ngettext("%(size)d byte", "%(size)d bytes", 0)


MSGIDS = [*FORM_ERRORS, *PAGE_PASSWORD, *FILE_SIZES]
