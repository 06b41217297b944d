# Uzbek (Latin): Django's Uzbek formats with the month from our catalog (F, small letters: 30-noyabr) rather
# than Django's alternative month names (E, capitalised); uz/ has the Cyrillic ones for uz.
DATE_FORMAT = r"j-F, Y-\y\i\l"
DATETIME_FORMAT = r"j-F, Y-\y\i\l G:i"
YEAR_MONTH_FORMAT = r"F Y-\y\i\l"
MONTH_DAY_FORMAT = "j-F"
