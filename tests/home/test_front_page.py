"""What the front page lists."""

import datetime

from django.utils import timezone

from home.front_page import front_page
from tests import factories


def test_club_news_show_a_story_several_outlets_carry_once_as_its_original(home, outlet):
    topic = factories.TopicFactory(name="Клуб", slug="club")
    home.club_topic = topic
    home.save()
    other_outlet = factories.OutletPageFactory(parent=outlet.get_parent(), slug="other")
    now = timezone.now()
    original = factories.ArticlePageFactory(parent=outlet, published_at=now - datetime.timedelta(hours=3))
    reprint = factories.ArticlePageFactory(
        parent=other_outlet, republished_from=original, published_at=now - datetime.timedelta(hours=1)
    )
    another = factories.ArticlePageFactory(parent=outlet, published_at=now - datetime.timedelta(hours=2))
    for article in (original, reprint, another):
        factories.ArticleTopicFactory(page=article, topic=topic)

    club_news = front_page(home)["club_news"]

    assert [article.pk for article in club_news] == [original.pk, another.pk]
