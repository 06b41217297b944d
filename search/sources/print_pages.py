"""Pages of print editions as search documents: one row per page with text, of each edition readers may see.

The text is the page's (corrected or extracted) text from ethnic_press.editions, analysed in the page's
own language, so a Korean reader finds the Korean pages of an edition whatever locale it was created in.
The locale versions of an edition share its PDF (a synchronised field): the rows hang on one of them,
the version in the text's language when it is live, else the oldest live one; a page's key is
uuid5(edition key, page number), so the page is one result. ethnic_press.editions re-indexes every
version of an edition when one is published or unpublished and when a page's text changes.
"""

import datetime
import uuid
from collections.abc import Iterator

from django.db.models import Q
from django.utils import timezone

from wagtail.models import Page

from ethnic_press.editions.models import PrintPage
from ethnic_press.models import OutletPage, PrintEditionPage

from ..models import SearchDocument
from .base import Document


def visible_editions():
    return (
        PrintEditionPage.objects.live()
        .public()
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()), pdf__isnull=False)
    )


def page_key(edition: PrintEditionPage, number: int) -> uuid.UUID:
    return uuid.uuid5(edition.translation_key, str(number))


class PrintPageSource:
    kind = SearchDocument.Kind.PRINT_PAGE
    models = (PrintEditionPage,)
    containers = (OutletPage,)

    def documents(self, page_ids: list[int]) -> Iterator[Document]:
        editions = list(visible_editions().filter(pk__in=page_ids).select_related("pdf__collection"))
        if not editions:
            return
        holders = self._holders({edition.translation_key for edition in editions})
        paths = {edition.path[: -Page.steplen] for edition in editions}
        outlets = {
            outlet.path: outlet
            for outlet in OutletPage.objects.filter(path__in=paths).select_related("community", "region")
        }
        pages = PrintPage.objects.filter(
            edition_text__document__in=[edition.pdf_id for edition in editions], status=PrintPage.Status.DONE
        ).select_related("edition_text")
        by_document: dict[int, list[PrintPage]] = {}
        for page in pages:
            by_document.setdefault(page.edition_text.document_id, []).append(page)
        for edition in editions:
            outlet = outlets.get(edition.path[: -Page.steplen])
            if holders.get(edition.translation_key) != edition.pk or outlet is None or not outlet.live:
                continue
            if not edition.readers_may_see():  # a PDF in a private collection never reaches search
                continue
            published_at = timezone.make_aware(datetime.datetime.combine(edition.issue_date, datetime.time.min))
            for page in by_document.get(edition.pdf_id, []):
                if page.text.strip():
                    yield Document(
                        page_id=edition.pk,
                        part=page.number,
                        kind=self.kind,
                        language=page.language,
                        translation_key=page_key(edition, page.number),
                        published_at=published_at,
                        expire_at=edition.expire_at,
                        title=edition.title,
                        text=page.text,
                        outlet=outlet,
                        region=outlet.region.code if outlet.region else "",
                    )

    @staticmethod
    def _holders(keys: set[uuid.UUID]) -> dict[uuid.UUID, int]:
        """The edition page that holds the rows of each translation group (see the module's docstring)."""
        versions = (
            visible_editions()
            .filter(translation_key__in=keys)
            .select_related("locale", "pdf__edition_text")
            .order_by("pk")
        )
        holders: dict[uuid.UUID, PrintEditionPage] = {}

        def in_text_language(edition: PrintEditionPage) -> bool:
            state = getattr(edition.pdf, "edition_text", None)
            return state is not None and edition.locale.language_code == state.language

        for edition in versions:
            current = holders.get(edition.translation_key)
            if current is None or (in_text_language(edition) and not in_text_language(current)):
                holders[edition.translation_key] = edition
        return {key: edition.pk for key, edition in holders.items()}


SOURCE = PrintPageSource()
