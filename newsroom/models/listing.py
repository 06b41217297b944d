"""What a listing's cards (title, hero image, outlet, date) read of articles, in a fixed number of queries:
the front page, outlets, topics, regions and search results use it through `ArticlePage`."""

from wagtail.models import Page

from ..outlet_rows import attach_outlet_rows, with_outlet_rows
from ..renditions import prefetch_renditions

# The article fields a card, a headline or the front page's lead story show or link with (`only()` of a read
# that serves nothing else: each column less is one less to convert per row; ~20 µs a row on SQLite).
CARD_FIELDS = ("title", "url_path", "path", "depth", "published_at", "lead", "hero_alt_text", "hero_image", "locale")


class ListingReads:
    """Mixed into `ArticlePage` (pages.py): its listing reads, as class and static methods."""

    @classmethod
    def prefetch_for_listing(
        cls, queryset, outlet: Page | None = None, renditions: bool = True, outlets: bool = True
    ) -> list[Page]:
        """Articles for a listing (cards: title, hero image, outlet, date) in a fixed number of queries.

        `outlet`: all of them are its children (no query for their outlets). `renditions=False`: the
        caller prefetches the "card" renditions together with its own. `outlets=False`: the caller sets
        `article.outlet` itself.
        """
        articles = list(cls.listing_queryset(queryset, outlets=outlet is None and outlets))
        cls.finish_listing(articles, outlet=outlet, renditions=renditions)
        return articles

    @staticmethod
    def listing_queryset(queryset, outlets: bool = True):
        """`queryset` with what cards show read in its query (and with `outlets` each outlet's row, which
        `finish_listing` turns into `article.outlet`)."""
        # Cards show no body: its JSON is the largest thing in a row, and parsing it the dearest.
        queryset = queryset.select_related("hero_image", "locale").defer("body")
        return with_outlet_rows(queryset) if outlets else queryset

    @staticmethod
    def finish_listing(articles: list[Page], outlet: Page | None = None, renditions: bool = True) -> None:
        """The rest of `prefetch_for_listing` for the articles of a `listing_queryset`."""
        attach_outlet_rows(articles)
        if renditions:
            prefetch_renditions([article.hero_image for article in articles], "card")
        if outlet is not None:
            for article in articles:
                article.outlet = outlet
