"""The admin side of an outlet: its media collection, staff groups and editorial workflow.

One row per outlet, keyed by the outlet page's translation_key, so the kk source page and every
translation of it share the same collection, groups and workflow (see ethnic_press/provisioning.py).
"""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Collection, Workflow


class OutletAccess(models.Model):
    """Who works on an outlet and where its photos, PDFs and reviews live. Maintained automatically."""

    translation_key = models.UUIDField(_("outlet"), unique=True, editable=False)
    collection = models.OneToOneField(Collection, on_delete=models.CASCADE, related_name="outlet_access")
    journalists = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="journalists_of")
    editors = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="editors_of")
    workflow = models.OneToOneField(Workflow, on_delete=models.CASCADE, related_name="outlet_access")

    class Meta:
        verbose_name = _("outlet access")
        verbose_name_plural = _("outlet access")

    def __str__(self) -> str:
        return self.collection.name
