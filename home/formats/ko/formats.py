# Django's Korean formats put 오전/오후 after the time ("10:00 오후"); Korean writes it before ("오후 10:00").
DATETIME_FORMAT = "Y년 n월 j일 A g:i"
# Django's Korean formats, plus the dotted order Koreans also write dates in ("2026. 11. 30.").
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%Y. %m. %d.", "%Y. %m. %d", "%Y.%m.%d.", "%Y.%m.%d", "%Y년 %m월 %d일", "%Y/%m/%d"]
