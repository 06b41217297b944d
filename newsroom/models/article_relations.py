"""What hangs off an article: its bylines (journalists in order, with their role) and its topics."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from .pages import ArticlePage


class ArticleByline(Orderable):
    """A journalist credited on an article, in order, with their role."""

    class Role(models.TextChoices):
        AUTHOR = "author", _("author")
        CO_AUTHOR = "co-author", _("co-author")
        PHOTOGRAPHER = "photographer", _("photographer")
        TRANSLATOR = "translator", _("translator")

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="bylines")
    journalist = models.ForeignKey(
        "newsroom.Journalist", verbose_name=_("journalist"), on_delete=models.CASCADE, related_name="bylines"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.AUTHOR)

    panels = [FieldPanel("journalist"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("byline")


class ArticleTopic(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="article_topics")
    topic = models.ForeignKey("newsroom.Topic", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("topic")]

    class Meta(Orderable.Meta):
        verbose_name = _("topic")
        unique_together = [("page", "topic")]
