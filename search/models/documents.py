"""The search index: one row per document a reader may find (a live, public article; a page of a
print edition), holding its analysed terms.

Why a table of our own rather than Wagtail's search backend: readers search one language family
across every outlet, filter by outlet, community, region, topic and date, see facet counts and get
one result per story. Wagtail's database backend can index a pre-analysed field, but its queries
cannot group by translation_key, filter on the outlet's community or an article's topics, or count
facets, and a page's visibility (live, public, not expired, outlet live) is only checked when a
query asks. Here each of those is a column with an index; the full-text part is a SQLite FTS5 table
(search/backends/sqlite_schema.py) or a PostgreSQL tsvector column over the analysed terms
(migrations 0002 and 0003), and Elasticsearch gets the same documents
(search/backends/elasticsearch.py); the text for snippets is a SearchText row. Rows are written by
search/indexing.py on publish, unpublish, move and privacy change, from the document sources of
search/sources/, and disappear with their page (on_delete=CASCADE).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """A document as search sees it: filters and analysed terms (its text for snippets is a SearchText).

    `page` is the Wagtail page whose visibility governs the document: the article itself, or the
    print edition a printed page belongs to (`part` is then its page number; 0 for an article).
    """

    class Kind(models.TextChoices):
        ARTICLE = "article", _("article")
        PRINT_PAGE = "print_page", _("print edition page")

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="search_documents")
    part = models.PositiveIntegerField(default=0)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.ARTICLE)
    language = models.CharField(_("language"), max_length=10)
    translation_key = models.UUIDField(db_index=True)
    # One result per story_key: the translation_key of the story's original, shared by its
    # reprints in other outlets (search/stories.py).
    story_key = models.UUIDField(db_index=True)
    # The translation_key of the article this one is republished from, if any.
    original_key = models.UUIDField(null=True, blank=True, db_index=True)
    # The MinHash signature of the text's first words (search/stories.py), empty for short texts; its
    # bands are SearchFingerprintBand rows, which find the candidates it is compared with.
    fingerprint = models.CharField(max_length=256, blank=True)
    outlet_key = models.UUIDField(null=True, db_index=True)
    outlet_title = models.CharField(max_length=255, blank=True)
    community = models.CharField(max_length=80, blank=True, db_index=True)
    region = models.CharField(max_length=20, blank=True, db_index=True)
    published_at = models.DateTimeField()
    expire_at = models.DateTimeField(null=True)
    title = models.TextField()
    title_terms = models.TextField(blank=True)
    # The slugs of SearchDocumentTopic again, space-separated: PostgreSQL counts the topic facet
    # from the matching rows alone instead of joining 100,000 topic rows (search/backends/postgres.py).
    topic_slugs = models.TextField(blank=True, default="")
    terms = models.TextField(blank=True)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search document")
        indexes = [models.Index(fields=["language", "published_at"], name="search_doc_lang_date")]
        constraints = [models.UniqueConstraint(fields=["page", "part"], name="search_doc_page_part")]

    def __str__(self) -> str:
        return self.title


class SearchText(models.Model):
    """The lead and body as readers see them, read only for the snippets of a page of results.

    Kept out of SearchDocument so that matching, counting and facets, which read every matching
    row, read narrow rows: with the text inline a common word's 20,000 matches spread over most of
    a 145 MB heap.
    """

    document = models.OneToOneField(SearchDocument, on_delete=models.CASCADE, primary_key=True, related_name="body")
    text = models.TextField(blank=True)

    def __str__(self) -> str:
        return self.text[:60]


class SearchFingerprintBand(models.Model):
    """One band of a document's fingerprint (search/stories.py): documents sharing a band are
    candidates for being the same story, confirmed by comparing their whole signatures."""

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="fingerprint_bands")
    band = models.CharField(max_length=16, db_index=True)

    def __str__(self) -> str:
        return self.band


class SearchDocumentTopic(models.Model):
    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="topics")
    slug = models.CharField(max_length=80, db_index=True)

    class Meta:
        unique_together = [("document", "slug")]

    def __str__(self) -> str:
        return self.slug
