"""Listings show responsive hero images (AVIF/WebP sources, srcset) at a constant query cost."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def add_articles(outlet, count: int) -> None:
    for _ in range(count):
        factories.ArticlePageFactory(
            parent=outlet,
            hero_image=factories.PressImageFactory(description="Сахна", file__width=1200, file__height=700),
        )


def test_cards_offer_modern_formats_and_sizes(client, outlet_a):
    add_articles(outlet_a, 1)
    html = client.get(outlet_a.url).content.decode()
    assert "<picture>" in html
    assert 'type="image/avif"' in html and 'type="image/webp"' in html
    assert " 960w" in html and " 480w" in html
    assert 'alt="Сахна"' in html


def test_card_renditions_are_prefetched(client, outlet_a):
    add_articles(outlet_a, 2)
    client.get(outlet_a.url)
    with CaptureQueriesContext(connection) as few:
        client.get(outlet_a.url)
    add_articles(outlet_a, 6)
    client.get(outlet_a.url)
    with CaptureQueriesContext(connection) as many:
        response = client.get(outlet_a.url)
    assert response.content.decode().count("<picture>") == 8
    assert len(many) == len(few)
