# Kazakh Latin: "j." (jyl) for the year, not the Cyrillic "ж."; everything else as kk/.
DATE_FORMAT = r"j F Y \j."
DATETIME_FORMAT = r"j F Y \j., H:i"
