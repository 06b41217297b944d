"""The corrections and updates log readers see at the top of an article.

Each entry is translated with the article (its text is a translatable segment; date and kind are
synchronised).
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin

from wagtail_localize.fields import SynchronizedField, TranslatableField


class ArticleCorrection(TranslatableMixin, Orderable):
    """A dated correction of a mistake, or an update with new facts, on a published article."""

    class Kind(models.TextChoices):
        CORRECTION = "correction", _("correction")
        UPDATE = "update", _("update")

    page = ParentalKey("newsroom.ArticlePage", on_delete=models.CASCADE, related_name="corrections")
    date = models.DateTimeField(_("date"), default=timezone.now)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.CORRECTION)
    text = models.TextField(_("text"), help_text=_("What was wrong and what is right, or what is new."))

    panels = [FieldPanel("date"), FieldPanel("kind"), FieldPanel("text")]
    translatable_fields = [TranslatableField("text"), SynchronizedField("date"), SynchronizedField("kind")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("correction or update")
        verbose_name_plural = _("corrections and updates")
