"""Django's month names, kept in this project's catalogs (locale/) too.

Django's date filters look month names up under these msgids ("F" and "b" in DATE_FORMAT and in
templates). Django has no catalog for Kazakh Latin or Kurmanji, and writes Uyghur in Arabic script and
Uzbek in Latin script only: without these entries a kk-latn or ku page showed Kazakh Cyrillic months (the
default language's catalog is Django's fallback), a ug page Arabic-script ones and a uz page Latin ones.
Kazakh, Uyghur, Uzbek and Tatar write a month name in a date in small letters (30 қараша 2026 ж.,
30-ноябрь): their catalogs translate these msgids so, as no reader page shows a month name on its own.
Listed here so that makemessages keeps them in the catalogs.
"""

from django.utils.translation import gettext_noop

MONTHS = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]
MONTHS_3 = [
    gettext_noop("jan"),
    gettext_noop("feb"),
    gettext_noop("mar"),
    gettext_noop("apr"),
    gettext_noop("may"),
    gettext_noop("jun"),
    gettext_noop("jul"),
    gettext_noop("aug"),
    gettext_noop("sep"),
    gettext_noop("oct"),
    gettext_noop("nov"),
    gettext_noop("dec"),
]
