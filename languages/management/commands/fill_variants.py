"""manage.py fill_variants: the script-variant catalogs (kk_Latn, ug_Arab, uz_Latn) from their base ones."""

from django.core.management.base import BaseCommand

import languages
from languages.catalogs import catalog_path, fill_variant


class Command(BaseCommand):
    help = (
        "Fill the script-variant catalogs in locale/ by transliterating their base catalogs (kk → kk_Latn, "
        "ug → ug_Arab, uz → uz_Latn): empty and fuzzy entries, and entries marked 'transliterated from …'. "
        "Proof-read entries (the mark deleted) are kept. Run after makemessages and translating the base "
        "catalogs, before compilemessages."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Report what would be filled; write nothing.")
        parser.add_argument(
            "--all",
            action="store_true",
            dest="everything",
            help="Transliterate every entry again, proof-read ones too.",
        )

    def handle(self, *args, dry_run: bool = False, everything: bool = False, **options):
        for variant in languages.VARIANTS:
            for domain in ("django", "djangojs"):
                if not catalog_path(variant.code, domain).exists():
                    continue
                result = fill_variant(variant.code, domain, write=not dry_run, everything=everything)
                verb = "would change" if dry_run else "changed"
                line = f"{variant.code} ({domain}): {verb} {result.filled}"
                if result.waiting:
                    line += f"; {result.waiting} wait for their {variant.variant_of} translation"
                self.stdout.write(line)
