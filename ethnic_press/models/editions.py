"""Print editions: an outlet's issues as they went to press, with their cover and a PDF."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Page

from wagtail_localize.fields import SynchronizedField, TranslatableField

import languages
from newsroom.forms import MediaScopedPageForm


class PrintEditionPage(Page):
    """One printed issue of a newspaper or magazine: number, date, cover and the issue as a PDF."""

    base_form_class = MediaScopedPageForm
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
    language = models.CharField(
        _("language of the print"),
        max_length=10,
        blank=True,
        choices=[(language.code, language.name_local) for language in languages.LANGUAGES],
        help_text=_("The language the PDF's text is read in. Empty: the outlet's main language."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("issue_number"), FieldPanel("issue_date")], heading=_("Issue")),
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        MultiFieldPanel([FieldPanel("pdf"), FieldPanel("language")], heading=_("The issue as printed")),
    ]
    # The API shows an edition's metadata; the PDF's address only when readers may see it (pdf_url).
    api_fields = [APIField("issue_number"), APIField("issue_date"), APIField("language"), APIField("pdf_url")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("summary"),
        SynchronizedField("issue_number"),
        SynchronizedField("issue_date"),
        SynchronizedField("cover_image"),
        SynchronizedField("pdf"),
        SynchronizedField("language"),
    ]

    class Meta:
        verbose_name = _("print edition")
        verbose_name_plural = _("print editions")
        ordering = ["-issue_date"]

    def text_language(self) -> str:
        """The language the PDF is read and searched in: the edition's own, else the outlet's main one."""
        if self.language:
            return self.language
        outlet = self.get_parent().specific
        codes = getattr(outlet, "language_codes", None)
        return codes[0] if codes else self.locale.language_code

    def readers_may_see(self) -> bool:
        """Whether readers may see the edition's PDF and pages: the page live, unexpired and unrestricted,
        and the PDF not in a private collection (private documents never reach readers, search or the API)."""
        if not self.live or self.expired or self.pdf is None or self.get_view_restrictions().exists():
            return False
        return not self.pdf.collection.get_view_restrictions().exists()

    @property
    def pdf_url(self) -> str | None:
        return reverse("editions_pdf", args=[self.pk]) if self.readers_may_see() else None
