from django.core.management.base import BaseCommand

from home.page_cache import invalidate


class Command(BaseCommand):
    help = "Forget every cached reader page (after a deploy that changes templates, or a bulk database edit)."

    def handle(self, *args, **options):
        invalidate()
        self.stdout.write("Page cache: a new generation started; every stored page is stale.")
