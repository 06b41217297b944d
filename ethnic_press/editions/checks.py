"""`manage.py check` warns when the programs extraction needs are missing (the site still runs: text
layers are read without them, scanned pages wait with the same message on each page)."""

from django.core import checks

from . import ocr, tools


@checks.register()
def print_archive_tools(app_configs, **kwargs) -> list[checks.CheckMessage]:
    warnings = []
    for name, code in (("pdftoppm", "editions.W001"), ("tesseract", "editions.W002")):
        if not tools.available(name):
            warnings.append(checks.Warning(tools.missing_message(name), id=code))
    if tools.available("tesseract"):
        try:
            installed = tools.tesseract_languages()
        except tools.ToolError as error:
            return [*warnings, checks.Warning(str(error), id="editions.W003")]
        wanted = {name for value in ocr.TESSERACT_LANGUAGES.values() for name in value.split("+")}
        missing = sorted(wanted - installed)
        if missing:
            packages = " ".join(sorted({ocr.apt_package(name) for name in missing}))
            warnings.append(
                checks.Warning(
                    f"Tesseract lacks language data for {', '.join(missing)}: apt-get install {packages}",
                    id="editions.W003",
                )
            )
    return warnings
