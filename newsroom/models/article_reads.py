"""What a reader's page of an article reads: its context, the story's versions, reprints and original, and the
outlet's other stories, in a fixed number of queries. Mixed into `ArticlePage` (pages.py)."""

from django.apps import apps
from django.db.models import Exists, F, OuterRef
from django.db.models.expressions import RawSQL

from wagtail.models import Page

import languages
from languages.compiled import private_sections, run_compiled
from languages.localize import localize_all, remember_live_translations

from ..blocks import stream_images
from ..outlet_rows import attach_outlet_rows, with_outlet_rows
from ..renditions import prefetch_renditions
from ..tree import path_range, path_range_q
from .corrections import ArticleCorrection
from .listing import CARD_FIELDS


def _union_of_ids(querysets: list) -> RawSQL:
    """One id subquery, `SELECT * FROM (…) UNION ALL …`, of querysets of ids (sliced ones included).

    Written by hand because an OR of `pk IN (…)` conditions is planned by PostgreSQL as a scan of the
    whole table with each subquery hashed (~130 ms at 100,000 articles for an article page's 14 rows),
    while one IN over a union is a semi-join on the primary key; Django cannot put a sliced, ordered
    queryset into `union()` on SQLite, and the derived tables here are accepted by both databases."""
    compiled = [queryset.query.sql_with_params() for queryset in querysets]
    sql = " UNION ALL ".join(
        f"SELECT * FROM ({part}) AS ids{number}" for number, (part, _params) in enumerate(compiled)
    )
    return RawSQL(sql, [param for _part, params in compiled for param in params])


class ArticleReaderReads:
    """Mixed into `ArticlePage` before `Page`: the reader's view of an article (`get_context`) and its reads."""

    def original_for_reader(self) -> Page | None:
        """The live original this article reprints, in this article's language when it exists there."""
        return self._reader_pages()[2]

    def copies_for_reader(self) -> list[Page]:
        """Live reprints of this story in other outlets, one per reprint, in this article's language
        where the reprint has it (reprints point at any language version of the original)."""
        return self._reader_pages()[1]

    def _reader_pages(self, outlet: Page | None = None) -> tuple:
        """(This story's live versions as `live_translations` gives them, its live reprints, the original it
        reprints, and with `outlet` the outlet's six newest other stories), in one query with each reprint's
        and the original's outlet (`with_outlet_rows`); kept on the page, and its versions given to
        `live_translations` (the language picker, hreflang and "read in")."""
        kept = getattr(self, "_reader_pages_read", None)
        if kept is not None and (outlet is None or kept[0] is outlet):
            return kept[1]
        key = self.translation_key
        # Compiled once per process (languages/compiled.py): building and compiling this query was the dearest
        # part of the article's reads.
        outlet_range = None if outlet is None else path_range(outlet.path)
        shape = (
            private_sections(),
            self.republished_from_id is not None,
            None if outlet is None else (outlet.depth, outlet_range[1] is not None),
        )
        values = [key]
        if self.republished_from_id is not None:
            values.append(self.republished_from_id)
        if outlet is not None:
            values += [part for part in outlet_range if part is not None]
            values.append(self.pk or 0)  # no pk yet (a preview): 0 excludes nothing
        rows = run_compiled(_reader_rows, shape, tuple(values))
        attach_outlet_rows(rows)
        versions, copies, originals, siblings = [], [], [], []
        # Reprints are listed oldest first (sorted here: compiling an ORDER BY costs more than the sort).
        for page in sorted(rows, key=lambda page: (page.published_at, page.pk)):
            if page.translation_key == key:
                versions.append(page)
            elif page.reprinted_key == key:
                copies.append(page)
            elif outlet is not None and page.path[: -Page.steplen] == outlet.path:
                # The newest six, and any older story of the outlet that matched above (none: a reprint is
                # of another outlet's story, and a story's versions are in other locales' outlets).
                siblings.append(page)
            else:
                originals.append(page)
        siblings = sorted(siblings, key=lambda page: (page.published_at, page.pk), reverse=True)[:6]
        for page in siblings:
            page.outlet = outlet
        live_versions = remember_live_translations(self, versions)
        stories: dict = {}
        for page in copies:
            stories.setdefault(page.translation_key, []).append(page)
        language = self.locale.language_code
        reprints = [_in_locale(pages, language) for pages in stories.values()]
        original = _in_locale(originals, language) if originals else None
        self._reader_pages_read = (outlet, (live_versions, reprints, original, siblings))
        return self._reader_pages_read[1]

    # What the reader's view of an article reads from its own row (home/routing.py selects them).
    reader_select_related = ("hero_image", "region")

    @classmethod
    def reader_annotations(cls) -> dict:
        """Read with the article's row by home/routing.py for its own view: whether it has corrections (most
        have none, and then their query is skipped)."""
        return {"has_corrections": Exists(ArticleCorrection.objects.filter(page_id=OuterRef("pk")))}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # One read of the way from the front page serves the breadcrumbs and the outlet (routing has
        # read it already when the page came through home.routing).
        ancestors = getattr(self, "route_ancestors", None)
        if ancestors is None:
            ancestors = list(self.get_ancestors().filter(depth__gt=1))
        ancestors = [page for page in ancestors if page.depth > 1]
        outlet = ancestors[-1]  # the template shows its title and links to it: the plain page serves
        bylines = self._reader_children("bylines", "journalist__photo")
        topics = [item.topic for item in self._reader_children("article_topics", "topic")]
        # The story's versions, reprints and original, and the outlet's other stories, in one query.
        live_versions, republications, republished_from, siblings = self._reader_pages(outlet)
        # Every rendition the page draws (hero, its share image, byline photos, body images, the cards of
        # the outlet's other stories) in one query.
        prefetch_renditions(
            [
                self.hero_image,
                *(byline.journalist.photo for byline in bylines),
                *stream_images(self.body),
                *(sibling.hero_image for sibling in siblings),
            ],
            "hero",
            "share",
            "byline",
            "body",
            "card",
        )
        # The region, topics and journalists in the reader's language: one query of rows (localize_all).
        journalists = [byline.journalist for byline in bylines]
        region, *localized_items = localize_all([self.region, *topics, *journalists])
        topics, journalists = localized_items[: len(topics)], localized_items[len(topics) :]
        translations = [(language, page) for language, page in live_versions if page.pk != self.pk]
        original = None
        if self.is_translation:
            original = next((page for language, page in translations if language.code == self.original_language), None)
        context.update(
            ancestors=ancestors,
            outlet=outlet,
            bylines=list(zip(bylines, journalists, strict=True)),
            topics=topics,
            region=region,
            siblings=siblings,
            original=original,
            translations=translations,
            original_language=languages.BY_CODE.get(self.original_language),
            corrections=sorted(self._reader_corrections(), key=lambda item: item.date, reverse=True),
            republished_from=republished_from,
            republications=republications,
        )
        return context

    def _reader_children(self, relation: str, related: str) -> list:
        """Bylines or topics (`relation`), `related` read with them: compiled SQL (languages/compiled.py), or
        the in-memory children of a preview or revision (modelcluster's)."""
        manager = getattr(self, relation)
        if manager.is_deferring or self.pk is None:
            return list(manager.select_related(related))
        return run_compiled(_children_of, (manager.model, related), (self.pk,))

    def _reader_corrections(self):
        """The article's corrections; none without a query when its row says it has none (`reader_annotations`;
        a page that did not come through routing, e.g. a preview, reads them from its own relation)."""
        if self.__dict__.get("has_corrections") is False:
            return []
        return self.corrections.all()


def _in_locale(versions: list[Page], language: str) -> Page:
    """The version of a story in `language`, else its original, else any."""
    return next(
        (page for page in versions if page.locale.language_code == language),
        next((page for page in versions if page.is_source), versions[0]),
    )


def _children_of(model, related: str, page_id: int):
    return model._default_manager.filter(page_id=page_id).select_related(related)


def _reader_rows(private, has_original: bool, outlet: tuple | None, key, *values):
    """The query of `ArticlePage._reader_pages`, built by languages/compiled.py with markers for `values`: the
    story's translation key; the original's id if it reprints one; with `outlet` (its depth, and whether its
    path range has an end) the range's ends and this page's id, for the outlet's newest stories. `private`:
    what `public()` excludes."""
    article_page = apps.get_model("newsroom", "ArticlePage")  # its module imports this one
    values = list(values)
    # Each part a set of ids read by an index (an OR of conditions on joined tables scans the table).
    parts = [
        Page.objects.filter(translation_key=key).order_by().values("pk"),
        article_page.objects.filter(republished_from__translation_key=key).order_by().values("pk"),
    ]
    if has_original:
        original_key = article_page.objects.filter(pk=values.pop(0)).values("translation_key")
        parts.append(Page.objects.filter(translation_key__in=original_key).order_by().values("pk"))
    if outlet is not None:  # the outlet's six newest other stories (its children: child_of as a path range)
        depth, bounded = outlet
        lower, upper, page_id = values if bounded else (values[0], None, values[1])
        newest = article_page.objects.filter(path_range_q(lower, upper), depth=depth + 1).live().exclude(private)
        parts.append(newest.exclude(pk=page_id).order_by("-published_at", "-pk").values("pk")[:6])
    rows = (
        article_page.objects.live()
        .exclude(private)
        .filter(pk__in=_union_of_ids(parts))
        .select_related("locale", "hero_image")
        .only(*CARD_FIELDS, "translation_key", "original_language")  # what the page shows of them
        .annotate(reprinted_key=F("republished_from__translation_key"))
        .order_by()
    )
    return with_outlet_rows(rows)
