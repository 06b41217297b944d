"""What the seeding steps share: the context later steps read (DemoContext), translations made live in
one step, deferred indexing while pages are built, and progress lines. Split from seeding.py."""

import random
import time
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db.models.signals import post_save

from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_published

from modelsearch import signal_handlers
from modelsearch.index import get_indexed_models

import languages
from ethnic_press.models import OutletPage, PressImage, PrintEditionPage, Region
from home.models import HomePage
from languages.localize import translate_page
from newsroom.models import Journalist
from search import signals as search_signals
from translations.copying import publish_copy

from .accounts import DemoAccounts


@contextmanager
def deferred_indexing():
    """Skip the per-save search and reference index updates; the caller rebuilds both once at the end.

    Publishing a page through Wagtail updates both indexes several times per page (copy, revision,
    publish), and the reader search index once per publication (an outlet's: its whole subtree),
    which is most of the cost of seeding 1,500 pages.
    """
    models = [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(signal_handlers.post_save_signal_handler, sender=model)
    page_published.disconnect(dispatch_uid="search.page_published")
    # and a print edition's publication, which re-indexes every locale's version of it
    page_published.disconnect(sender=PrintEditionPage, dispatch_uid="search.edition_published")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(signal_handlers.post_save_signal_handler, sender=model)
        search_signals.connect()


def translation_of(page, code: str, created: Counter, **fields):
    """The translation of `page` in `code`, made with `fields` only when it does not exist yet."""
    existing = page.get_translations().filter(locale__language_code=code).first()
    if existing is not None:
        return existing.specific
    created["translations"] += 1
    parent = page.get_parent()
    if parent.is_root():  # a home page: Wagtail makes the other locale's home a sibling, with its own slug
        return translate_page(page, code, **fields)
    # the parent's translation (Wagtail's get_translation), found by the locale's code in one query
    return publish_translation(
        page.specific, parent.get_translations(inclusive=True).get(locale__language_code=code), fields
    )


def publish_translation(page, parent, fields: dict):
    """What languages.localize.translate_page makes, in one step: Wagtail's copy for translation, made
    live with `fields` at once (one revision, one publication, the same signals) instead of a draft
    that is then revised and published; this halves the cost of the demo's 800 translated pages."""
    return publish_copy(page, parent, **fields)


@dataclass
class DemoContext:
    """What the later seeding steps (club, staff, translation work, print editions) read of the network
    built before them. Tests build one from factories."""

    home: HomePage
    outlets: dict[str, OutletPage]  # the default-locale outlet page of each outlet slug
    journalists: dict[str, list[Journalist]]  # default-locale journalists of each outlet slug
    regions: dict[str, Region]  # default-locale region of each code
    images: list[PressImage]
    accounts: DemoAccounts
    rng: random.Random = field(default_factory=lambda: random.Random(0))
    seed: int = 0
    created: Counter = field(default_factory=Counter)
    log: Callable[[str], None] = print

    def translate(self, page, code: str, **fields):
        return translation_of(page, code, self.created, **fields)

    def translate_edition(self, edition, outlet_languages: list[str]) -> None:
        """A print edition listed in each of its outlet's languages and their script variants (Koryo Ilbo's
        in ko and ru, Uyghur Avazi's in ug and ug-arab): the same issue and PDF, a page in each locale."""
        codes = edition_locales(outlet_languages)
        parent_locales = set(edition.get_parent().get_translations().values_list("locale__language_code", flat=True))
        for code in codes:
            if code != edition.locale.language_code and code in parent_locales:
                title = EDITION_TITLE.get(code, edition.title).format(
                    number=edition.issue_number, date=edition.issue_date
                )
                self.translate(edition, code, title=title)


EDITION_TITLE = {"ko": "제{number}호 ({date:%Y.%m.%d})"}


def edition_locales(outlet_languages: list[str]) -> list[str]:
    """The outlet's languages, each followed by its script variants (ug → ug, ug-arab)."""
    codes = []
    for code in outlet_languages:
        codes += [code, *(variant.code for variant in languages.VARIANTS if variant.variant_of == code)]
    return codes


class Progress:
    """Progress lines with the time since seeding started: one per step, and every `every` items."""

    def __init__(self, log):
        self.log, self.started = log, time.monotonic()

    def __call__(self, message: str) -> None:
        self.log(f"[{time.monotonic() - self.started:5.0f} s] {message}")

    def items(self, label: str, items: list, every: int = 10):
        total = len(items)
        for number, item in enumerate(items, start=1):
            yield item
            if number % every == 0 or number == total:
                self(f"{label} {number}/{total}")
