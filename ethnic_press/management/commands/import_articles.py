import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ethnic_press.importing import import_file

# Without a terminal (a log file, a CI job) progress is one line this often, not a redrawn bar.
LOG_EVERY_SECONDS = 10


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

        progress = Progress(self.stdout, _count_lines(file)) if verbosity >= 1 else None
        try:
            summary = import_file(
                file,
                dry_run=dry_run,
                trust_language=trust_language,
                on_error=report_error,
                on_success=report_success,
                on_progress=progress,
            )
        except OSError as error:
            raise CommandError(f"{file}: {error.strerror or error}") from None
        except NotImplementedError as error:  # another database than SQLite or PostgreSQL (rows.reserve_ids)
            raise CommandError(str(error)) from None
        if progress is not None:
            progress.finish()
        self.stdout.write(str(summary))
        if summary.failed:
            raise CommandError(f"{summary.failed} line(s) failed")


def _count_lines(file: Path) -> int:
    with open(file, "rb") as handle:
        return sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b""))


class Progress:
    """Lines done of the file, the rate and the time left: a bar redrawn in place on a terminal, a line
    every LOG_EVERY_SECONDS otherwise."""

    def __init__(self, out, total: int):
        self.out, self.total = out, max(total, 1)
        self.started = self.logged = time.monotonic()
        self.tty = out.isatty()
        self.done = 0

    def __call__(self, done: int) -> None:
        self.done = done
        now = time.monotonic()
        if self.tty:
            self.out.write(f"\r{self._text(now)}", ending="")
            self.out.flush()
        elif now - self.logged >= LOG_EVERY_SECONDS:
            self.logged = now
            self.out.write(self._text(now))

    def finish(self) -> None:
        if self.tty:
            self.out.write("")
        elif self.done:
            self.out.write(self._text(time.monotonic()))

    def _text(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-6)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0
        width = 30
        filled = int(width * min(self.done / self.total, 1))
        bar = "#" * filled + "-" * (width - filled)
        return (
            f"[{bar}] {self.done:,}/{self.total:,} lines  {rate:,.0f} lines/s  "
            f"{_duration(elapsed)} elapsed, ETA {_duration(left)}"
        )


def _duration(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    return f"{minutes} min {seconds:02d} s" if minutes else f"{seconds} s"
