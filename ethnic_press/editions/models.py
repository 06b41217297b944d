"""The text of print editions, page by page.

The text belongs to the PDF (a Wagtail document): every locale's copy of an edition page points at the
same document (the field is synchronised), so the text is extracted and corrected once.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

import languages

LANGUAGE_CHOICES = [(language.code, language.name_local) for language in languages.LANGUAGES]


class EditionText(models.Model):
    """A print edition's PDF as read by the extraction: its state, and a message when it cannot be read."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("in progress")
        DONE = "done", _("done")
        FAILED = "failed", _("cannot be read")

    document = models.OneToOneField(
        getattr(settings, "WAGTAILDOCS_DOCUMENT_MODEL", "wagtaildocs.Document"),
        on_delete=models.CASCADE,
        related_name="edition_text",
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    message = models.TextField(_("message"), blank=True)
    language = models.CharField(_("language"), max_length=10, choices=LANGUAGE_CHOICES)
    file_hash = models.CharField(max_length=40, blank=True)  # the document's SHA-1 when it was read
    page_count = models.PositiveIntegerField(_("pages"), default=0)
    queued_at = models.DateTimeField(null=True)
    started_at = models.DateTimeField(null=True)
    finished_at = models.DateTimeField(null=True)

    class Meta:
        verbose_name = _("edition text")

    def __str__(self) -> str:
        return str(self.document)


class PrintPage(models.Model):
    """One page of a print edition: its text, how it was read, and the editors' correction."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    class Method(models.TextChoices):
        TEXT_LAYER = "text", _("text layer")
        OCR = "ocr", _("recognition (OCR)")

    edition_text = models.ForeignKey(EditionText, on_delete=models.CASCADE, related_name="pages")
    number = models.PositiveIntegerField(_("page"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    method = models.CharField(_("method"), max_length=10, choices=Method.choices, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=LANGUAGE_CHOICES)
    confidence = models.FloatField(_("confidence"), null=True, help_text=_("Tesseract's mean word confidence, %"))
    extracted_text = models.TextField(_("extracted text"), blank=True)
    corrected_text = models.TextField(_("corrected text"), blank=True)
    corrected_at = models.DateTimeField(_("corrected"), null=True)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    message = models.TextField(_("message"), blank=True)
    width_mm = models.PositiveIntegerField(default=0)
    height_mm = models.PositiveIntegerField(default=0)
    preview = models.FileField(upload_to="print_pages/", blank=True)
    thumbnail = models.FileField(upload_to="print_pages/", blank=True)
    seconds = models.FloatField(null=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("print page")
        ordering = ["edition_text", "number"]
        constraints = [models.UniqueConstraint(fields=["edition_text", "number"], name="print_page_number")]

    def __str__(self) -> str:
        return f"{self.edition_text} p. {self.number}"

    @property
    def is_corrected(self) -> bool:
        return self.corrected_at is not None

    @property
    def text(self) -> str:
        """What readers see: the editors' correction when there is one, else the extracted text."""
        return self.corrected_text if self.is_corrected else self.extracted_text
