# Uzbek Cyrillic: Django's Uzbek formats are Latin ("30-noyabr, 2026-yil"); uz-latn keeps them (uz_Latn/).
DATE_FORMAT = "j-F, Y-йил"
DATETIME_FORMAT = "j-F, Y-йил G:i"
YEAR_MONTH_FORMAT = "F Y-йил"
MONTH_DAY_FORMAT = "j-F"
