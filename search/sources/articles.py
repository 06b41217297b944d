"""Articles as search documents: one row per live, public, unexpired article under a live outlet."""

from collections.abc import Iterator

from django.db.models import Q
from django.utils import timezone

from wagtail.models import Locale, Page

from ethnic_press.models import OutletPage, Region
from newsroom.models import ArticlePage, Topic

from ..models import SearchDocument
from .base import Document


def visible_articles():
    """Articles a reader may see, wherever they are in the tree."""
    return ArticlePage.objects.live().public().filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))


class ArticleSource:
    kind = SearchDocument.Kind.ARTICLE
    models = (ArticlePage,)
    # Outlet title, community and region are copied into its articles' rows; unpublishing it hides them.
    containers = (OutletPage,)

    def documents(self, page_ids: list[int]) -> Iterator[Document]:
        articles = list(
            visible_articles()
            .filter(pk__in=page_ids)
            .select_related("locale", "region")
            .prefetch_related("article_topics__topic")
        )
        yield from self._documents(
            articles,
            languages={article.locale_id: article.locale.language_code for article in articles},
            regions={article.region_id: article.region for article in articles if article.region_id},
            topics={article.pk: [item.topic.slug for item in article.article_topics.all()] for article in articles},
        )

    def documents_of(self, pages: list[ArticlePage]) -> Iterator[Document]:
        """The documents `documents` gives, from articles a bulk writer holds in memory as it wrote them (with
        their topics set as child objects): only what they do not hold is read, in a few queries per batch —
        which of them readers may see, their locales' languages, regions and topics' slugs."""
        visible = set(visible_articles().filter(pk__in=[page.pk for page in pages]).values_list("pk", flat=True))
        articles = [page for page in pages if page.pk in visible]
        topic_ids = {item.topic_id for article in articles for item in article.article_topics.all()}
        slugs = dict(Topic.objects.filter(pk__in=topic_ids).values_list("pk", "slug")) if topic_ids else {}
        region_ids = {article.region_id for article in articles if article.region_id}
        yield from self._documents(
            articles,
            languages=dict(Locale.objects.values_list("pk", "language_code")),
            regions={region.pk: region for region in Region.objects.filter(pk__in=region_ids)} if region_ids else {},
            topics={
                article.pk: [slugs[item.topic_id] for item in article.article_topics.all()] for article in articles
            },
        )

    def _documents(self, articles, *, languages: dict, regions: dict, topics: dict) -> Iterator[Document]:
        originals = dict(
            ArticlePage.objects.filter(
                pk__in={article.republished_from_id for article in articles if article.republished_from_id}
            ).values_list("pk", "translation_key")
        )
        paths = {article.path[: -Page.steplen] for article in articles}
        outlets = {
            outlet.path: outlet
            for outlet in OutletPage.objects.filter(path__in=paths).select_related("community", "region")
        }
        for article in articles:
            outlet = outlets.get(article.path[: -Page.steplen])
            if outlet is None or not outlet.live:
                continue
            region = regions.get(article.region_id) or outlet.region
            body = article.body_text
            yield Document(
                page_id=article.pk,
                kind=self.kind,
                language=languages[article.locale_id],
                translation_key=article.translation_key,
                published_at=article.published_at,
                expire_at=article.expire_at,
                title=article.title,
                text="\n".join(part for part in (article.lead, body) if part),
                outlet=outlet,
                region=region.code if region else "",
                topics=sorted(set(topics[article.pk])),
                original_key=originals.get(article.republished_from_id),
                # The body, not the lead or title: a reprint often gets a headline and standfirst of its own.
                fingerprint_text=body or article.lead,
            )


SOURCE = ArticleSource()
