"""Background tasks of search (Wagtail's task framework, django-tasks; the "default" queue)."""

from django.dispatch import Signal

from wagtail.search.backends import get_search_backends

from django_tasks import task

from ethnic_press.importing.runner import long_lived_frozen
from newsroom.models import ArticlePage

from . import indexing

# Sent by the worker once an import batch's articles are searchable (page_ids): what search pages show changed,
# so a search page cached while they were live but not yet indexed is not served on (home.page_cache).
articles_indexed = Signal()


@task()
def index_imported_articles_task(page_ids: list[int]) -> dict:
    """Both search indexes of the articles an archive import's batch wrote (ethnic_press/importing/bulk.py):
    the reader index (language analysis, story fingerprints) and Wagtail's own (the admin's search). The pages
    are read once, as they are now, for both: one an editor changed or unpublished since is indexed as it is
    now, one deleted since is nothing to index. The worker's long-lived objects (its analysers' caches above
    all) are left out of the garbage collector's passes meanwhile (0.3 of ~3.4 ms an article)."""
    with long_lived_frozen():
        pages = list(ArticlePage.get_indexed_objects().filter(pk__in=page_ids).prefetch_related("article_topics"))
        rows = indexing.index_pages(page_ids, pages=pages)
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(ArticlePage, pages)
    articles_indexed.send(sender=ArticlePage, page_ids=page_ids)
    return {"pages": len(pages), "rows": rows}
