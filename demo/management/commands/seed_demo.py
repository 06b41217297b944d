"""manage.py seed_demo [--seed S] [--articles N]: the demo network, idempotently."""

import time

from django.core.management.base import BaseCommand, CommandError

from demo.seeding import Seeder, ensure_admin
from demo.synthetic import add_synthetic_articles


class Command(BaseCommand):
    help = "Build the demo network (all locales, 50+ outlets, journalists, articles). Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=2026, help="Random seed (same seed, same network).")
        parser.add_argument(
            "--articles", type=int, default=0, help="Also add N synthetic articles for benchmarks (bulk-created)."
        )

    def handle(self, *args, seed: int, articles: int, **options):
        if articles < 0:
            raise CommandError("--articles must be zero or more.")
        started = time.monotonic()
        seeder = Seeder(seed, log=self.stdout.write)
        created = seeder.run()
        summary = ", ".join(f"{name} {count}" for name, count in sorted(created.items()) if count) or "nothing new"
        self.stdout.write(f"Demo network ready ({summary}) in {time.monotonic() - started:.0f} s.")
        if articles:
            started = time.monotonic()
            added = add_synthetic_articles(articles, seed, log=self.stdout.write)
            self.stdout.write(f"Added {added} synthetic articles in {time.monotonic() - started:.0f} s.")
        ensure_admin(seeder, log=self.stdout.write)
