"""manage.py seed_demo [--seed S] [--articles N] [--no-print]: the demo network, idempotently."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

from demo.seeding import Seeder, ensure_admin
from demo.synthetic import add_synthetic_articles


class Command(BaseCommand):
    help = "Build the demo network (all locales, 50+ outlets, journalists, articles). Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=2026, help="Random seed (same seed, same network).")
        parser.add_argument(
            "--articles", type=int, default=0, help="Also add N synthetic articles for benchmarks (bulk-created)."
        )
        parser.add_argument(
            "--no-print",
            action="store_true",
            help="Leave out the print editions with real text (drawing them and reading them by OCR takes minutes).",
        )

    def log(self, message: str) -> None:
        self.stdout.write(message)
        self.stdout.flush()  # progress shows as it happens, also when the output is a pipe

    def handle(self, *args, seed: int, articles: int, no_print: bool, **options):
        if articles < 0:
            raise CommandError("--articles must be zero or more.")
        # Not DEBUG's query log: it keeps every query's SQL, and on SQLite quotes its parameters with one more
        # query each (~200,000 queries here); seeding renders nothing that DEBUG would change.
        with override_settings(DEBUG=False):
            self.seed(seed, articles, no_print)

    def seed(self, seed: int, articles: int, no_print: bool) -> None:
        started = time.monotonic()
        seeder = Seeder(seed, log=self.log)
        created = seeder.run(print_editions=not no_print)
        summary = ", ".join(f"{name} {count}" for name, count in sorted(created.items()) if count) or "nothing new"
        self.log(f"Demo network ready ({summary}) in {time.monotonic() - started:.0f} s.")
        if articles:
            started = time.monotonic()
            added = add_synthetic_articles(articles, seed, log=self.log)
            self.log(f"Added {added} synthetic articles in {time.monotonic() - started:.0f} s.")
        ensure_admin(seeder.accounts, log=self.log)
