"""Admin upload forms: alt text is required on images, and documents must really be PDFs.

Wired in through WAGTAILIMAGES_IMAGE_FORM_BASE and WAGTAILDOCS_DOCUMENT_FORM_BASE (cms/settings/base.py).
Wagtail checks the file extension (WAGTAILDOCS_EXTENSIONS = ["pdf"]); the PDF structure check (`is_pdf`)
stops an HTML or script file renamed to .pdf, and a polyglot that hides a PDF header after other content.
"""

import struct

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from pypdf import PdfReader
from pypdf.errors import PyPdfError

PDF_MAGIC = b"%PDF-"


class SafeImageField(WagtailImageField):
    """Wagtail's image field, which turns any file Pillow cannot read into a form error.

    Wagtail catches decompression bombs itself, but a truncated or corrupt file raises OSError
    (or SyntaxError, struct.error) while it reads the size, which would be a server error.
    """

    def to_python(self, data):
        try:
            return super().to_python(data)
        except (OSError, SyntaxError, ValueError, struct.error) as error:
            raise forms.ValidationError(self.error_messages["invalid_image"], code="invalid_image") from error


class PressImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            # Built per form (not declared on the class) so the upload limits follow the settings.
            original = self.fields["file"]
            self.fields["file"] = SafeImageField(
                label=original.label, required=original.required, widget=original.widget, help_text=original.help_text
            )
        if "description" in self.fields:
            # The multiple uploader first saves the bare file (title and collection only), then asks
            # for the details with this form: alt text is required wherever the form shows the field.
            self.fields["description"].required = not self.is_bound or self.add_prefix("description") in self.data
            self.fields["description"].help_text = _(
                "What the photo shows, for readers who cannot see it (alt text). Required."
            )


def is_pdf(upload) -> bool:
    """Whether `upload` is a PDF by its structure: it starts with the PDF header (not merely carries it
    somewhere in its first kilobyte, as an HTML/PDF polyglot does) and pypdf reads its cross-reference
    table and at least one page."""
    upload.seek(0)
    if not upload.read(len(PDF_MAGIC)) == PDF_MAGIC:
        return False
    upload.seek(0)
    try:
        reader = PdfReader(upload, strict=False)
        if reader.is_encrypted:
            return True  # its structure was read; an owner/reader password is the print archive's concern
        return len(reader.pages) > 0
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError):
        return False
    finally:
        upload.seek(0)


class PDFDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data and not is_pdf(upload):
            raise forms.ValidationError(_("This file is not a PDF document."))
        return upload
