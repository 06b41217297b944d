"""The network's image model: Wagtail's image with a photographer's credit.

The `description` field Wagtail provides is the alt text readers' screen readers announce.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition, Image


class PressImage(AbstractImage):
    """A photo or illustration uploaded to an outlet's collection."""

    credit = models.CharField(_("credit"), max_length=255, blank=True, help_text=_("Photographer or source."))

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class PressRendition(AbstractRendition):
    image = models.ForeignKey(PressImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
