"""manage.py admin_catalogue_gaps: admin strings still untranslated in an admin language."""

from django.core.management.base import BaseCommand

from languages import ADMIN_LANGUAGES
from languages.admin_catalogues import add_gaps, gaps


class Command(BaseCommand):
    help = (
        "List, per admin language, the strings of Wagtail, wagtail-localize, Django and the other installed "
        "libraries that no catalogue translates (run after upgrading them). With --add, append them untranslated "
        "to locale/admin/<language>/ for a translator; then compilemessages."
    )

    def add_arguments(self, parser):
        parser.add_argument("--add", action="store_true", help="append the missing strings to locale/admin/")
        parser.add_argument("languages", nargs="*", help="admin language codes (default: all)")

    def handle(self, *args, add: bool = False, languages: list[str] | None = None, **options):
        codes = languages or list(ADMIN_LANGUAGES)
        for code in codes:
            missing = add_gaps(code) if add else len(gaps(code))
            self.stdout.write(
                f"{code}: {missing} untranslated" + (" (added to locale/admin/)" if add and missing else "")
            )
