"""What readers can find follows publishing, unpublishing, deletion, moves, privacy and expiry at once."""

import datetime

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import PageViewRestriction

from search import engine, indexing
from search.filters import SearchParams
from search.models import SearchDocument, SearchDocumentTopic
from tests import factories

from .conftest import publish


def titles(query: str, language: str = "kk") -> list[str]:
    return [result.title for result in engine.search(SearchParams(q=query, language=language)).results]


def test_draft_is_never_found_and_publishing_makes_it_findable(outlet):
    draft = factories.ArticlePageFactory(parent=outlet, title="Газет жобасы", live=False)
    draft.save_revision()
    assert titles("газет") == []
    publish(draft)
    assert titles("газет") == ["Газет жобасы"]


def test_new_revision_changes_what_is_found(article_in):
    article = article_in("kk", title="Газет көрмесі", lead="")
    article.title = "Журнал көрмесі"
    publish(article)
    assert titles("газет") == []
    assert titles("журнал") == ["Журнал көрмесі"]


def test_unpublished_article_disappears(article_in):
    article = article_in("kk", title="Газет көрмесі", lead="")
    article.unpublish()
    assert titles("газет") == []


def test_deleted_article_disappears(article_in):
    article = article_in("kk", title="Газет көрмесі", lead="")
    article.delete()
    assert titles("газет") == []
    assert not SearchDocument.objects.exists()


def test_unpublished_outlet_hides_its_articles(article_in, outlet):
    article_in("kk", title="Газет көрмесі", lead="")
    outlet.unpublish()
    assert titles("газет") == []
    publish(outlet)
    assert titles("газет") == ["Газет көрмесі"]


def test_private_pages_are_never_found(article_in, outlet):
    article_in("kk", title="Газет көрмесі", lead="")
    restriction = PageViewRestriction.objects.create(page=outlet, restriction_type="password", password="редакция")
    assert titles("газет") == []
    restriction.delete()
    assert titles("газет") == ["Газет көрмесі"]


def test_moved_article_takes_its_new_outlet(article_in, outlet_index):
    article = article_in("kk", title="Газет көрмесі", lead="")
    other = publish(factories.OutletPageFactory(parent=outlet_index, title="Ақиқат", slug="aqiqat"))
    article.move(other, pos="last-child")
    [result] = engine.search(SearchParams(q="газет", language="kk")).results
    assert result.outlet == "Ақиқат"


def test_expired_article_is_not_found_even_before_it_is_unpublished(article_in):
    article = article_in("kk", title="Газет көрмесі", lead="")
    SearchDocument.objects.filter(page=article).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    assert titles("газет") == []


def test_update_index_rebuilds_everything(article_in):
    article_in("kk", title="Газет көрмесі", lead="")
    SearchDocument.objects.all().delete()
    assert titles("газет") == []
    call_command("update_index", "--reader-only", verbosity=0)
    assert titles("газет") == ["Газет көрмесі"]


def test_rebuild_replaces_existing_rows_and_topics_batch_by_batch(article_in, monkeypatch):
    monkeypatch.setattr(indexing, "BATCH_SIZE", 2)  # three articles: two batches
    culture = factories.TopicFactory(slug="culture", name="Мәдениет")
    for title in ("Газет көрмесі", "Газет күні", "Газет тарихы"):
        article = article_in("kk", title=title, lead="")
        factories.ArticleTopicFactory(page=article, topic=culture)
        publish(article)
    assert indexing.rebuild() == 3
    assert set(titles("газет")) == {"Газет көрмесі", "Газет күні", "Газет тарихы"}
    assert SearchDocument.objects.count() == 3
    assert SearchDocumentTopic.objects.filter(slug="culture").count() == 3


def test_deleting_an_outlet_removes_its_articles(article_in, outlet):
    article_in("kk", title="Газет көрмесі", lead="")
    outlet.delete()
    assert titles("газет") == []
    assert not SearchDocument.objects.exists()
