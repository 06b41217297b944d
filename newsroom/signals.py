"""Marking translations stale when their source article gets a correction."""

from django.db.models.signals import post_save
from django.utils import timezone

from .models import ArticleCorrection, ArticlePage


def mark_translations_stale(sender, instance: ArticleCorrection, created: bool, raw: bool = False, **kwargs) -> None:
    """A correction committed to a source article (on publish) makes its translations need an update.

    Child objects reach the database when the page is published (drafts live in revisions), and
    translations copying the correction are not sources, so only real new corrections count.
    """
    if raw or not created:
        return
    page = instance.page
    if not page.is_source:
        return
    ArticlePage.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk).update(
        source_changed_at=timezone.now()
    )


def connect() -> None:
    post_save.connect(mark_translations_stale, sender=ArticleCorrection, dispatch_uid="newsroom.corrections_stale")
