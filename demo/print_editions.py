"""Demo print editions with real text: scanned 1990s issues (image-only PDFs, read by OCR) and recent
born-digital ones (a text layer) of outlets in Korean, Kazakh, Russian, Uyghur (Cyrillic, and an
Arabic-script supplement), and German. The pages carry the demo's own stories in each language
(demo/data/articles/), set in Noto fonts (demo/print_pages.py).

`seed_print_editions(context, log)` runs after the base network is built and indexed (demo/seeding.py;
`seed_demo --no-print` skips it): it adds these editions, then hands every edition not read yet (the
other demo editions too) to the task queue. With a worker (TASKS_BACKEND=database, as `make demo` runs
it) the site is up at once and the text arrives in the background; with tasks run at once (dev and
test settings) they are read here, two at a time.
"""

import datetime

from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import transaction

from wagtail.documents import get_document_model

from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks.backends.immediate import ImmediateBackend

from ethnic_press.editions.extraction import deferred_extraction
from ethnic_press.models import OutletAccess, PrintEditionPage
from languages.transliteration import transliterate

from . import loader
from .newsroom import known_outlets, placeholder_pdf
from .print_pages import PrintPage, born_digital_pdf, fonts_missing, scanned_pdf

# outlet slug, language of the print, issue number, date, scanned?, articles (index in that language's list)
EDITIONS = [
    ("koryo-ilbo", "ko", 12, datetime.date(1996, 3, 14), True, [0, 1]),
    ("koryo-ilbo", "ko", 31, datetime.date(2024, 8, 2), False, [2, 3]),
    ("dostyq-druzhba", "kk", 3, datetime.date(2003, 9, 19), True, [0]),
    ("dostyq-druzhba", "ru", 4, datetime.date(2003, 12, 12), True, [0]),
    ("dostyq-druzhba", "kk", 2, datetime.date(2024, 6, 21), False, [2, 3]),
    ("uyghur-avazi", "ug", 27, datetime.date(1994, 7, 8), True, [0, 1]),
    ("uyghur-avazi", "ug-arab", 28, datetime.date(1994, 7, 15), True, [2]),
    ("deutsche-allgemeine-zeitung", "de", 45, datetime.date(1998, 11, 6), True, [0]),
    ("deutsche-allgemeine-zeitung", "de", 19, datetime.date(2024, 5, 10), False, [1, 2]),
]
MASTHEAD = {
    "ko": "{name} 제{number}호 · {date:%Y}년 {date.month}월 {date.day}일",
    "de": "{name} · Nr. {number} · {date:%d.%m.%Y}",
}
SLUG_PREFIX = "print-"


def pages_for(name: str, code: str, number: int, date: datetime.date, stories: list[int]) -> list[PrintPage]:
    """The edition's pages: one story a page (headline, lead, the first two paragraphs), with the masthead."""
    base = code.split("-")[0]
    pool = loader.articles(base)
    masthead = MASTHEAD.get(base, "{name} · № {number} · {date:%d.%m.%Y}").format(name=name, number=number, date=date)

    def written(text: str) -> str:
        return transliterate(text, base, code) if code != base else text

    return [
        PrintPage(
            code,
            written(masthead),
            written(pool[index]["title"]),
            [written(paragraph) for paragraph in [pool[index]["lead"], *pool[index]["body"][:2]]],
        )
        for index in stories
    ]


def seed_print_editions(context, log) -> None:
    missing = fonts_missing(["Cyrl", "Hang", "Arab"])
    if missing:
        log(f"Demo print editions skipped: install the fonts with apt-get install {' '.join(missing)}")
    else:
        log("Print editions: drawing the pages …")
        with deferred_extraction():
            for slug, code, number, date, scanned, stories in EDITIONS:
                with transaction.atomic():
                    add_edition(context, slug, code, number, date, scanned, stories)
            for item in known_outlets():
                if item["slug"] in context.outlets:
                    draw_recent_editions(context.outlets[item["slug"]], item)
    if runs_tasks_at_once():
        log("Reading the print editions' text (OCR for the scanned ones; about two minutes) …")
        options = {"jobs": 2}
    else:
        options = {"enqueue": True}
    try:
        call_command("extract_editions", verbosity=0, **options)
    except CommandError as error:  # the reasons are on the editions, in the admin
        log(f"Print editions: {error}")
    if not options.get("enqueue"):
        log("Print editions read.")
    else:
        log("Print editions' text queued: a worker reads it (manage.py db_worker --queue-name print).")


def runs_tasks_at_once() -> bool:
    """Whether the task backend runs tasks in the caller (no worker to hand them to)."""
    return isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], ImmediateBackend)


def draw_recent_editions(outlet, item: dict) -> None:
    """The outlet's recent editions from the base network (demo/newsroom.py: № 48, 43, 38) get their real
    pages in place of the placeholder PDF: two of the demo's stories each, in the outlet's language, born
    digital. An edition whose PDF is no longer the placeholder (drawn, or replaced by an editor) is kept."""
    code = item["languages"][0]
    stories = len(loader.articles(code.split("-")[0]))
    for edition in PrintEditionPage.objects.child_of(outlet).filter(slug__startswith="issue-").select_related("pdf"):
        document, number, date = edition.pdf, edition.issue_number, edition.issue_date
        if document is None:
            continue
        with document.open_file() as file:
            if file.read() != placeholder_pdf(item, number, date):
                continue
        pages = pages_for(item["name"], code, number, date, [number % stories, (number + 1) % stories])
        name = f"{item['slug']}-{date:%Y}-{number}.pdf"
        document.file.delete(save=False)
        document.file.save(name, ContentFile(born_digital_pdf(pages, item["name"])), save=False)
        document._set_document_file_metadata()
        document.save()


def add_edition(context, slug: str, code: str, number: int, date, scanned: bool, stories: list[int]) -> None:
    outlet = context.outlets[slug]
    page_slug = f"{SLUG_PREFIX}{date:%Y}-{number}"
    item = next(item for item in loader.outlets() if item["slug"] == slug)
    existing = PrintEditionPage.objects.child_of(outlet).filter(slug=page_slug).first()
    if existing is not None:
        context.translate_edition(existing, item["languages"])
        return
    name = item["name"]
    pages = pages_for(name, code, number, date, stories)
    content = scanned_pdf(pages, seed=context.seed + number) if scanned else born_digital_pdf(pages, name)
    document = get_document_model()(
        title=f"{name} № {number}, {date:%d.%m.%Y}",
        collection=OutletAccess.objects.get(translation_key=outlet.translation_key).collection,
    )
    document.file.save(f"{slug}-{date:%Y}-{number}.pdf", ContentFile(content), save=False)
    document._set_document_file_metadata()  # size and hash, as Wagtail's upload form sets them
    document.save()
    edition = PrintEditionPage(
        title=f"№ {number} ({date:%d.%m.%Y})",
        slug=page_slug,
        issue_number=number,
        issue_date=date,
        language=code,
        pdf=document,
        cover_image=context.rng.choice(context.images),
    )
    outlet.add_child(instance=edition)
    edition.save_revision().publish()
    context.created["print editions"] += 1
    context.translate_edition(edition, item["languages"])
