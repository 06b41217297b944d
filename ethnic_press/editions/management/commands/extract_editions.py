"""manage.py extract_editions [--outlet SLUG] [--since DATE] [--force] [--jobs N] [--enqueue]"""

import datetime
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import reduce
from operator import or_

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.models import Count, Q

from tqdm import tqdm

from ethnic_press.editions import extraction
from ethnic_press.editions.models import EditionText, PrintPage
from ethnic_press.models import OutletPage, PrintEditionPage


def day(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"--since takes a date as YYYY-MM-DD, not {value!r}.") from error


class Command(BaseCommand):
    help = (
        "Read the text of print editions: those never read, with a new PDF or language, or with failures; "
        "--force reads every selected edition again and discards the editors' corrections."
    )

    def add_arguments(self, parser):
        parser.add_argument("--outlet", help="Only this outlet's editions (its slug).")
        parser.add_argument("--since", type=day, help="Only editions issued on or after this date (YYYY-MM-DD).")
        parser.add_argument("--force", action="store_true", help="Read every selected edition again.")
        parser.add_argument("--jobs", type=int, default=1, help="Editions read at the same time (default 1).")
        parser.add_argument("--enqueue", action="store_true", help="Hand the editions to the worker instead.")

    def handle(self, *args, outlet: str | None, since, force: bool, jobs: int, enqueue: bool, **options):
        documents = self.selected(outlet, since, force)
        if enqueue:
            for document in documents:
                extraction.queue(document, force=force)
            self.stdout.write(f"Queued {len(documents)} editions for the worker (db_worker --queue-name print).")
            return
        pages = failed_pages = failed_editions = 0
        with tqdm(total=len(documents), unit="edition", disable=options["verbosity"] == 0) as bar:
            for state in self.extract_all([document.pk for document in documents], force, jobs):
                counts = {status: 0 for status in PrintPage.Status.values} | dict(
                    state.pages.order_by().values_list("status").annotate(n=Count("pk"))
                )
                pages += sum(counts.values())
                failed_pages += counts[PrintPage.Status.FAILED]
                failed_editions += state.status == EditionText.Status.FAILED
                bar.set_postfix(pages=pages, failed=failed_pages + failed_editions)
                bar.update()
        self.stdout.write(
            f"Read {len(documents)} editions, {pages} pages: {failed_editions} editions and {failed_pages} pages "
            "could not be read (their reasons are in the admin, Print archive text)."
        )
        if failed_pages or failed_editions:
            raise CommandError("Some editions or pages could not be read.", returncode=1)

    @staticmethod
    def extract_all(document_ids: list[int], force: bool, jobs: int) -> Iterator[EditionText]:
        def extract(document_id: int) -> EditionText | None:
            return extraction.extract_edition(document_id, force, inline=True)

        # An in-memory SQLite database (the test suite's) is shared between threads with table locks
        # that fail at once instead of waiting: read one edition at a time there.
        if jobs <= 1 or connection.vendor == "sqlite" and connection.is_in_memory_db():
            results = map(extract, document_ids)
        else:
            # Threads are enough: the work is done by child processes (PDF reader, pdftoppm, Tesseract).
            def in_thread(document_id: int) -> EditionText | None:
                try:
                    return extract(document_id)
                finally:
                    connection.close()

            results = ThreadPoolExecutor(jobs).map(in_thread, document_ids)
        yield from (state for state in results if state is not None)

    @staticmethod
    def selected(outlet: str | None, since, force: bool) -> list:
        editions = PrintEditionPage.objects.filter(pdf__isnull=False).select_related("pdf")
        if outlet:
            outlets = list(OutletPage.objects.filter(slug=outlet))
            if not outlets:
                raise CommandError(f"No outlet with the slug {outlet!r}.")
            editions = editions.filter(reduce(or_, (Q(path__startswith=item.path) for item in outlets)))
        if since:
            editions = editions.filter(issue_date__gte=since)
        documents = {edition.pdf_id: edition.pdf for edition in editions.order_by("-issue_date", "pk")}
        if force:
            return list(documents.values())
        return [document for document in documents.values() if unfinished(document)]


def unfinished(document) -> bool:
    state = EditionText.objects.filter(document=document).first()
    return (
        extraction.needs_extraction(document)
        or state.status != EditionText.Status.DONE
        or state.pages.filter(status=PrintPage.Status.FAILED).exists()
    )
