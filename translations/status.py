"""Where each translation of each article stands, computed for many articles at once.

A cell of the overview (one article in one locale) is one of: missing, requested, in progress (with
the share of segments translated), ready for review, published, stale, overdue. Progress counts
wagtail-localize's translated strings against the source's segments, never page existence: a
translation page is created at request time with the source text in it.

Stale: a translation that was published, whose source has since changed (its latest SourceEdit: a
republish or a correction, not a minor edit) and that has not been both synced (its
TranslationSource refreshed after the change) and published again after that sync.

Every function here issues a fixed number of queries whatever the number of articles and locales.
"""

import datetime
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, WorkflowState

from wagtail_localize.models import StringSegment, StringTranslation, Translation

from newsroom.models import ArticlePage

from .models import Assignment, SourceEdit

MISSING, REQUESTED, IN_PROGRESS, READY, PUBLISHED, STALE, OVERDUE = (
    "missing",
    "requested",
    "in_progress",
    "ready_for_review",
    "published",
    "stale",
    "overdue",
)
LABELS = {
    MISSING: _("missing"),
    REQUESTED: _("requested"),
    IN_PROGRESS: _("in progress"),
    READY: _("ready for review"),
    PUBLISHED: _("published"),
    STALE: _("stale"),
    OVERDUE: _("overdue"),
}


def with_progress(translations):
    """Annotate Translations with `total_segments` and `translated_segments` (one query in all)."""
    done = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=OuterRef(OuterRef("target_locale_id")),
        has_error=False,
    )
    segments = StringSegment.objects.filter(source_id=OuterRef("source_id")).order_by().values("source_id")
    total = segments.annotate(n=Count("pk")).values("n")
    translated = segments.filter(Exists(done)).annotate(n=Count("pk")).values("n")
    return translations.annotate(
        total_segments=Coalesce(Subquery(total, output_field=IntegerField()), Value(0)),
        translated_segments=Coalesce(Subquery(translated, output_field=IntegerField()), Value(0)),
    )


@dataclass
class Cell:
    """One article in one locale."""

    status: str
    percent: int | None = None
    page: Page | None = None
    translation: Translation | None = None
    assignment: Assignment | None = None
    stale: bool = False
    overdue: bool = False
    is_source: bool = False
    stale_reason: str = ""  # the SourceEdit reason that made the translation stale

    @property
    def stale_reason_label(self) -> str:
        return str(SourceEdit.Reason(self.stale_reason).label) if self.stale_reason else ""

    @property
    def label(self) -> str:
        if self.status in (IN_PROGRESS, OVERDUE) and self.percent is not None:
            return f"{LABELS[self.status]} {self.percent}%"
        return str(LABELS[self.status])


def is_stale(page, changed_at: datetime.datetime | None, synced_at: datetime.datetime | None) -> bool:
    """Whether a translation page needs to follow its source (see the module docstring)."""
    if page is None or page.first_published_at is None or changed_at is None:
        return False
    published = page.last_published_at or page.first_published_at
    if synced_at is None:
        # Made without wagtail-localize (a copy edited by hand): republishing it is the update.
        return changed_at > published
    return changed_at > synced_at or synced_at > published


def cells_for(articles: list[ArticlePage], locale_codes: list[str], today: datetime.date | None = None) -> dict:
    """{(article pk, locale code): Cell} for source `articles` in every locale of `locale_codes`."""
    today = today or timezone.localdate()
    keys = [article.translation_key for article in articles]
    pages = {
        (page.translation_key, page.locale.language_code): page
        for page in ArticlePage.objects.filter(translation_key__in=keys)
        .select_related("locale")
        .only(
            "id",
            "translation_key",
            "locale__language_code",
            "live",
            "first_published_at",
            "last_published_at",
            "title",
        )
    }
    translations = {}
    for translation in with_progress(
        Translation.objects.filter(source__object_id__in=keys, enabled=True).select_related(
            "source", "target_locale", "assignment", "assignment__translator"
        )
    ):
        translations[(translation.source.object_id, translation.target_locale.language_code)] = translation
    edits = SourceEdit.objects.latest_changes(keys)
    in_review = set(
        WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(page.pk) for page in pages.values()],
            status=WorkflowState.STATUS_IN_PROGRESS,
        ).values_list("object_id", flat=True)
    )
    cells = {}
    for article in articles:
        for code in locale_codes:
            page = pages.get((article.translation_key, code))
            translation = translations.get((article.translation_key, code))
            cells[article.pk, code] = cell(article, page, translation, edits, in_review, today)
    return cells


def cell(article, page, translation, edits: dict, in_review: set, today: datetime.date) -> Cell:
    if page is not None and page.pk == article.pk:
        return Cell(PUBLISHED if page.live else REQUESTED, page=page, is_source=True)
    if page is None and translation is None:
        return Cell(MISSING)
    assignment = getattr(translation, "assignment", None) if translation is not None else None
    percent = None
    if translation is not None and translation.total_segments:
        percent = round(100 * translation.translated_segments / translation.total_segments)
    changed_at, reason = edits.get(article.translation_key, (None, ""))
    stale = is_stale(page, changed_at, translation.source.last_updated_at if translation else None)
    overdue = assignment is not None and assignment.is_overdue(today)
    result = Cell(MISSING, percent, page, translation, assignment, stale, overdue, stale_reason=reason if stale else "")
    if overdue:
        result.status = OVERDUE
    elif stale:
        result.status = STALE
    elif page is not None and str(page.pk) in in_review:
        result.status = READY
    elif page is not None and page.live:
        result.status = PUBLISHED
    elif percent:
        result.status = IN_PROGRESS
    else:
        result.status = REQUESTED
    return result
