# Django's Uzbek (Latin) formats, which uz/ replaces with Cyrillic ones for uz.
DATE_FORMAT = r"j-E, Y-\y\i\l"
DATETIME_FORMAT = r"j-E, Y-\y\i\l G:i"
YEAR_MONTH_FORMAT = r"F Y-\y\i\l"
MONTH_DAY_FORMAT = "j-E"
