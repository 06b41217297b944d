"""Articles as search documents: one row per live, public, unexpired article under a live outlet."""

from collections.abc import Iterator

from django.db.models import Q
from django.utils import timezone

from wagtail.models import Page

from ethnic_press.models import OutletPage
from newsroom.blocks import stream_text
from newsroom.models import ArticlePage

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
            region = article.region or outlet.region
            body = stream_text(article.body)
            yield Document(
                page_id=article.pk,
                kind=self.kind,
                language=article.locale.language_code,
                translation_key=article.translation_key,
                published_at=article.published_at,
                expire_at=article.expire_at,
                title=article.title,
                text="\n".join(part for part in (article.lead, body) if part),
                outlet=outlet,
                region=region.code if region else "",
                topics=sorted({item.topic.slug for item in article.article_topics.all()}),
                original_key=originals.get(article.republished_from_id),
                # The body, not the lead or title: a reprint often gets a headline and standfirst of its own.
                fingerprint_text=body or article.lead,
            )


SOURCE = ArticleSource()
