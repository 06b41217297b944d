"""RSS 2.0 feeds: the latest stories of a locale, of an outlet, of a topic.

Only live, public, unexpired articles; each entry carries the article's corrections and updates, so
feed readers see them too. A locale's and a topic's feed list a reprinted story once, by its original. A fixed number
of queries per feed, whatever its length.
"""

import copy

from django.contrib.syndication.views import Feed
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone, translation
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from newsroom.tree import in_language

from .absolute import absolute_url
from .models import ArticlePage, Topic
from .models.corrections import ArticleCorrection

FEED_LENGTH = 30


def readable(queryset):
    """What readers may read of the articles: live, public, unexpired."""
    return queryset.live().public().filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))


def once_per_story(articles):
    """`articles` without the reprints whose original (in any language) readers can read among `articles`:
    one story, once: the topic's page (newsroom/views.py) and the feeds."""
    originals = readable(articles).filter(translation_key=OuterRef("republished_from__translation_key"))
    return articles.exclude(Exists(originals))


def feed_articles(queryset) -> list[ArticlePage]:
    return list(
        readable(queryset)
        .select_related("locale")
        .prefetch_related(Prefetch("corrections", queryset=ArticleCorrection.objects.order_by("date")))
        .order_by("-published_at")[:FEED_LENGTH]
    )


class ArticleFeed(Feed):
    """Latest articles in the active language (the URL's locale prefix).

    cms/urls.py mounts one instance for every request, and threaded workers serve several at once:
    each request is answered by a copy of its own, which alone holds that request (item links are
    built for the request's site).
    """

    feed_type = Rss201rev2Feed
    request: HttpRequest | None = None

    def __call__(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        feed = copy.copy(self)
        feed.request = request
        return Feed.__call__(feed, request, *args, **kwargs)

    def title(self, obj=None):
        return _("Ethnic Press of Kazakhstan")

    def link(self, obj=None):
        return f"/{translation.get_language()}/"

    def description(self, obj=None):
        return _("Latest stories")

    def items(self, obj=None):
        return feed_articles(once_per_story(in_language(ArticlePage.objects.all(), translation.get_language())))

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return absolute_url(self.request, item.get_url(self.request))

    def item_guid(self, item):
        return self.item_link(item)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_description(self, item):
        parts = [item.lead] if item.lead else []
        for correction in item.corrections.all():
            label = correction.get_kind_display().capitalize()
            parts.append(f"{label} ({correction.date:%d.%m.%Y}): {correction.text}")
        return "\n\n".join(parts)


class TopicFeed(ArticleFeed):
    """Latest articles on one topic, in the active language."""

    def get_object(self, request, slug):
        topic = Topic.objects.filter(slug=slug, locale__language_code=translation.get_language()).first()
        topic = topic or Topic.objects.filter(slug=slug).first()
        if topic is None:
            raise Http404("No such topic")
        return topic

    def title(self, obj=None):
        return f"{obj.name} · {_('Ethnic Press of Kazakhstan')}"

    def items(self, obj=None):
        # Articles point at the default-locale topic; every translation of a topic shares its slug.
        on_topic = ArticlePage.objects.filter(
            locale__language_code=translation.get_language(), article_topics__topic__slug=obj.slug
        )
        return feed_articles(once_per_story(on_topic).distinct())


class OutletFeed(ArticleFeed):
    """Latest articles of one outlet page (served by OutletPage's feed/ route)."""

    def get_object(self, request, outlet):
        return outlet

    def title(self, obj=None):
        return obj.title

    def link(self, obj=None):
        return obj.get_url(self.request)

    def items(self, obj=None):
        return feed_articles(ArticlePage.objects.child_of(obj))
