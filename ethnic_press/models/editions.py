"""Print editions: an outlet's issues as they went to press, with their cover and a PDF."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page

from wagtail_localize.fields import SynchronizedField, TranslatableField


class PrintEditionPage(Page):
    """One printed issue of a newspaper or magazine: number, date, cover and the issue as a PDF."""

    template = "ethnic_press/print_edition_page.html"
    parent_page_types = ["ethnic_press.OutletPage"]
    subpage_types: list[str] = []

    issue_number = models.PositiveIntegerField(_("issue number"))
    issue_date = models.DateField(_("issue date"), db_index=True)
    summary = models.TextField(_("in this issue"), blank=True)
    cover_image = models.ForeignKey(
        "ethnic_press.PressImage",
        verbose_name=_("cover"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    pdf = models.ForeignKey(
        getattr(settings, "WAGTAILDOCS_DOCUMENT_MODEL", "wagtaildocs.Document"),
        verbose_name=_("PDF"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("issue_number"), FieldPanel("issue_date")], heading=_("Issue")),
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        FieldPanel("pdf"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("summary"),
        SynchronizedField("issue_number"),
        SynchronizedField("issue_date"),
        SynchronizedField("cover_image"),
        SynchronizedField("pdf"),
    ]

    class Meta:
        verbose_name = _("print edition")
        verbose_name_plural = _("print editions")
        ordering = ["-issue_date"]
