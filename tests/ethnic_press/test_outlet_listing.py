"""An outlet page lists its live, public articles newest first, page by page (compiled reads, and the queryset
beyond the compiled pages, give the same pages); drafts, expired and private articles are never listed."""

import datetime

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from ethnic_press.models import pages as outlet_pages
from newsroom.models import ArticlePage
from tests import factories
from tests.helpers import in_locale

pytestmark = pytest.mark.django_db


def titles(client, outlet, page: int) -> list[str]:
    response = client.get(f"{outlet.url}?page={page}")
    assert response.status_code == 200
    return [article.title for article in response.context["articles"].object_list]


@pytest.mark.parametrize("compiled_pages", [20, 1])
def test_pages_of_live_public_articles_newest_first_and_nothing_else(client, outlet, monkeypatch, compiled_pages):
    monkeypatch.setattr(outlet_pages, "ARTICLES_PER_PAGE", 2)
    monkeypatch.setattr(outlet_pages._Articles, "COMPILED_PAGES", compiled_pages)
    now = timezone.now()
    for hours, title in enumerate(["Бірінші", "Екінші", "Үшінші", "Төртінші", "Бесінші"]):
        factories.ArticlePageFactory(parent=outlet, title=title, published_at=now - datetime.timedelta(hours=hours))
    factories.ArticlePageFactory(parent=outlet, title="Жоба", live=False, published_at=now)
    expired = factories.ArticlePageFactory(parent=outlet, title="Мерзімі өткен", published_at=now)
    ArticlePage.objects.filter(pk=expired.pk).update(expire_at=now - datetime.timedelta(minutes=5))
    private = factories.ArticlePageFactory(parent=outlet, title="Жабық", published_at=now)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert titles(client, outlet, 1) == ["Бірінші", "Екінші"]
    assert titles(client, outlet, 2) == ["Үшінші", "Төртінші"]
    assert titles(client, outlet, 3) == ["Бесінші"]
    assert titles(client, outlet, 9) == ["Бесінші"]  # past the end: the last page, as Paginator.get_page gives
    assert client.get(outlet.url).context["articles"].paginator.count == 5


def test_an_outlet_without_articles_lists_none(client, outlet):
    assert titles(client, outlet, 1) == []


def test_an_outlet_with_no_article_in_the_readers_language_points_to_its_own_language(client, outlet_index):
    # Koryo Ilbo's Uyghur page had only "no articles in this language yet": a dead end for the reader.
    outlet = factories.OutletPageFactory(parent=outlet_index, title="Коре ильбо", slug="koryo", languages=["ko", "ru"])
    korean = in_locale(outlet, "ko", title="고려일보")
    factories.ArticlePageFactory(parent=korean, title="고려극장 새 시즌 개막")
    html = client.get(in_locale(outlet, "ug-arab", title="كورىيو ئىلبو").url).content.decode()
    empty = html.split('<p class="empty">', 1)[1].split("</p>", 1)[0]
    assert f'<a href="{korean.url}" hreflang="ko" lang="ko"><bdi>고려일보</bdi></a>' in empty
    html = client.get(korean.url).content.decode()
    assert "고려극장 새 시즌 개막" in html and '<p class="empty">' not in html
