"""An expired page disappears the moment it expires, on every surface, without waiting for
`publish_scheduled`: the page itself, the home page, its outlet, the sitemap and the pages API."""

import datetime

from django.core.management import call_command
from django.utils import timezone

import pytest

from newsroom.models import ArticlePage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def expired(outlet):
    page = factories.ArticlePageFactory(parent=outlet, title="Мерзімі өткен жарнама хабары", slug="expired")
    ArticlePage.objects.filter(pk=page.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=5))
    page.refresh_from_db()
    assert page.live  # publish_scheduled has not run yet
    return page


def test_an_expired_page_is_gone_from_every_surface_before_publish_scheduled_runs(client, expired, article):
    assert client.get(expired.url).status_code == 404
    for url in ("/kk/", expired.get_parent().url, "/sitemap.xml", "/api/v2/pages/", "/kk/feed/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert expired.title not in response.content.decode(), url
        assert f"/{expired.slug}/" not in response.content.decode(), url
    assert article.title in client.get(expired.get_parent().url).content.decode()
    assert client.get(f"/api/v2/pages/{expired.pk}/").status_code == 404


def test_publish_scheduled_still_unpublishes_it(expired):
    call_command("publish_scheduled")
    expired.refresh_from_db()
    assert not expired.live
