# Django's Korean formats, plus the dotted order Koreans also write dates in ("2026. 11. 30.").
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%Y. %m. %d.", "%Y. %m. %d", "%Y.%m.%d.", "%Y.%m.%d", "%Y년 %m월 %d일", "%Y/%m/%d"]
