"""What the front page lists."""

import datetime

from django.utils import timezone, translation

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


def test_outlets_and_communities_show_as_they_are_now_at_every_read(home, outlet):
    """The outlets' read is compiled once per process (languages/compiled.py): its rows are read again each time."""
    now = timezone.now()
    for hours in range(15):  # past the lead, top stories and latest: the rest are listed by community
        factories.ArticlePageFactory(parent=outlet, published_at=now - datetime.timedelta(hours=hours))
    with translation.override("kk"):
        first = front_page(home)
        (community, _stories), *_ = first["by_community"]
        assert community.name == outlet.community.name
        assert first["lead"].outlet.title == outlet.title
        outlet.community.name = "Корей этномәдени бірлестігі"
        outlet.community.save()
        outlet.title = "Коре ильбо"
        outlet.save_revision().publish()
        again = front_page(home)
    (community, _stories), *_ = again["by_community"]
    assert community.name == "Корей этномәдени бірлестігі"
    assert again["lead"].outlet.title == "Коре ильбо"
