"""The reader site's menus (primary navigation, footer): snippets network editors edit and translate.

A menu is a translatable snippet per slot; its items link to a page (shown in the reader's language,
under the page's own title unless the item has a label) or to a site path such as /topics/.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.snippets.models import register_snippet

from wagtail_localize.fields import SynchronizedField, TranslatableField


class Menu(TranslatableMixin, ClusterableModel):
    """A menu of the reader site: the primary navigation under the header, or the footer's links."""

    class Slot(models.TextChoices):
        PRIMARY = "primary", _("primary navigation")
        FOOTER = "footer", _("footer")

    slot = models.CharField(_("place"), max_length=20, choices=Slot.choices)

    panels = [FieldPanel("slot"), InlinePanel("items", label=_("links"))]
    translatable_fields = [SynchronizedField("slot"), TranslatableField("items")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("menu")
        verbose_name_plural = _("menus")
        unique_together = [("translation_key", "locale"), ("slot", "locale")]

    def __str__(self) -> str:
        return str(self.get_slot_display())


class MenuItem(TranslatableMixin, Orderable):
    """One link of a menu: a page, or a path of the site in the reader's language (e.g. /topics/)."""

    menu = ParentalKey(Menu, on_delete=models.CASCADE, related_name="items")
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Readers get this page in their language."),
    )
    link_path = models.CharField(
        _("site path"),
        max_length=200,
        blank=True,
        help_text=_("Instead of a page: a path without the language, e.g. /topics/ or /feed/."),
    )
    label = models.CharField(
        _("label"), max_length=80, blank=True, help_text=_("Empty: the page's title in the reader's language.")
    )

    panels = [FieldPanel("link_page"), FieldPanel("link_path"), FieldPanel("label")]
    translatable_fields = [TranslatableField("label"), SynchronizedField("link_page"), SynchronizedField("link_path")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("link")
        verbose_name_plural = _("links")

    def clean(self) -> None:
        if bool(self.link_page_id) == bool(self.link_path):
            raise ValidationError(_("Choose a page or enter a site path (one of the two)."))
        if self.link_path and not (self.link_path.startswith("/") and not self.link_path.startswith("//")):
            raise ValidationError({"link_path": _("A site path starts with one slash, e.g. /topics/.")})
        if self.link_path and not self.label:
            raise ValidationError({"label": _("A link to a site path needs a label.")})


register_snippet(Menu)
