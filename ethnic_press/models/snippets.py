"""Directory snippets shared by every outlet: the communities and Kazakhstan's regions."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from wagtail_localize.fields import SynchronizedField, TranslatableField


class Community(TranslatableMixin, index.Indexed, models.Model):
    """An ethnic community of Kazakhstan that publishes in the network (Korean, Uyghur, German …)."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=True)

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]
    search_fields = [index.SearchField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("community")
        verbose_name_plural = _("communities")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name


class Region(TranslatableMixin, index.Indexed, models.Model):
    """A region of Kazakhstan or a city of republican significance (Almaty, Astana, Shymkent)."""

    code = models.CharField(_("code"), max_length=20, help_text=_("Stable code used by imports, e.g. KZ-ALA."))
    name = models.CharField(_("name"), max_length=120)
    is_city = models.BooleanField(_("city of republican significance"), default=False)

    translatable_fields = [TranslatableField("name"), SynchronizedField("code"), SynchronizedField("is_city")]
    search_fields = [index.SearchField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("code", "locale")]

    def __str__(self) -> str:
        return self.name


register_snippet(Community)
register_snippet(Region)
