# Uyghur in the Arabic script: Uyghur's formats (home/formats/ug), with the Arabic comma (،) between a
# date and its time.
from home.formats.ug.formats import (
    DATE_FORMAT,
    DATE_INPUT_FORMATS,
    DECIMAL_SEPARATOR,
    FIRST_DAY_OF_WEEK,
    SHORT_DATE_FORMAT,
    SHORT_DATETIME_FORMAT,
    THOUSAND_SEPARATOR,
    TIME_FORMAT,
)

DATETIME_FORMAT = "j F Y، H:i"

__all__ = [
    "DATETIME_FORMAT",
    "DATE_FORMAT",
    "DATE_INPUT_FORMATS",
    "DECIMAL_SEPARATOR",
    "FIRST_DAY_OF_WEEK",
    "SHORT_DATETIME_FORMAT",
    "SHORT_DATE_FORMAT",
    "THOUSAND_SEPARATOR",
    "TIME_FORMAT",
]
