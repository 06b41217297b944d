"""Admin upload forms: alt text is required on images, and documents must really be PDFs.

Wired in through WAGTAILIMAGES_IMAGE_FORM_BASE and WAGTAILDOCS_DOCUMENT_FORM_BASE (cms/settings/base.py).
Wagtail checks the file extension (WAGTAILDOCS_EXTENSIONS = ["pdf"]); the PDF header check stops an
HTML or script file renamed to .pdf.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

PDF_MAGIC = b"%PDF-"


class PressImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            self.fields["description"].required = True
            self.fields["description"].help_text = _(
                "What the photo shows, for readers who cannot see it (alt text). Required."
            )


class PDFDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            position = upload.tell() if hasattr(upload, "tell") else 0
            upload.seek(0)
            header = upload.read(1024)
            upload.seek(position)
            if PDF_MAGIC not in header:
                raise forms.ValidationError(_("This file is not a PDF document."))
        return upload
