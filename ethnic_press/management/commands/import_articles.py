from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ethnic_press.importing import import_file


class Command(BaseCommand):
    help = (
        "Import archive articles from a JSON Lines file (one article per line, format in DESIGN.md). "
        "Each line is imported on its own; bad lines are reported as 'line N: reason' and the command "
        "exits non-zero if any line failed. Re-running updates articles by (outlet, source_id)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="the .jsonl file to import")
        parser.add_argument("--dry-run", action="store_true", help="check every line, write nothing")
        parser.add_argument(
            "--trust-language",
            action="store_true",
            help="import lines whose text looks like another language than the one declared",
        )

    def handle(self, *args, file: Path, dry_run: bool, trust_language: bool, verbosity: int, **options) -> None:
        if not file.is_file():
            raise CommandError(f"{file}: no such file")

        def report_error(number: int, reason: str) -> None:
            self.stderr.write(f"line {number}: {reason}")

        def report_success(number: int, outcome: str) -> None:
            if verbosity >= 2:
                self.stdout.write(f"line {number}: {outcome}")

        try:
            summary = import_file(
                file, dry_run=dry_run, trust_language=trust_language, on_error=report_error, on_success=report_success
            )
        except OSError as error:
            raise CommandError(f"{file}: {error.strerror or error}") from None
        self.stdout.write(str(summary))
        if summary.failed:
            raise CommandError(f"{summary.failed} line(s) failed")
