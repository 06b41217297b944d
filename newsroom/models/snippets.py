"""Newsroom snippets: topics and journalists."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.images import get_image_model_string
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from wagtail_localize.fields import SynchronizedField, TranslatableField

import languages
from languages.transliteration import transliterate
from languages.transliteration._text import word_script


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A subject readers follow across outlets (culture, education, the journalists' club …)."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=True)

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]
    search_fields = [index.SearchField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name


class Journalist(TranslatableMixin, index.Indexed, models.Model):
    """A journalist of the network. The name is kept in each script readers use."""

    name = models.CharField(_("name"), max_length=150, help_text=_("As the journalist writes it."))
    name_cyrillic = models.CharField(_("name in Cyrillic"), max_length=150, blank=True)
    name_latin = models.CharField(_("name in Latin script"), max_length=150, blank=True)
    name_arabic = models.CharField(_("name in Arabic script"), max_length=150, blank=True)
    name_hangul = models.CharField(_("name in Hangul"), max_length=150, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=True)
    bio = models.TextField(_("biography"), blank=True)
    photo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("admin account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    club_memberships = models.ManyToManyField(
        "newsroom.RegionalClubPage",
        verbose_name=_("club memberships"),
        blank=True,
        related_name="+",
        limit_choices_to={"locale__language_code": languages.DEFAULT_LANGUAGE},
        help_text=_("Regional clubs of the journalists' club this journalist belongs to."),
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("name_cyrillic"),
                FieldPanel("name_latin"),
                FieldPanel("name_arabic"),
                FieldPanel("name_hangul"),
            ],
            heading=_("Name in other scripts"),
        ),
        FieldPanel("slug"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("club_memberships", widget=forms.CheckboxSelectMultiple),
    ]
    translatable_fields = [
        TranslatableField("bio"),
        SynchronizedField("name"),
        SynchronizedField("name_cyrillic"),
        SynchronizedField("name_latin"),
        SynchronizedField("name_arabic"),
        SynchronizedField("name_hangul"),
        SynchronizedField("slug"),
        SynchronizedField("photo"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("name_cyrillic"),
        index.SearchField("name_latin"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("journalist")
        verbose_name_plural = _("journalists")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name

    def name_in(self, language_code: str) -> str:
        """The name in the script of the reader's language, falling back to the journalist's own."""
        script = languages.BY_CODE[language_code].script if language_code in languages.BY_CODE else ""
        by_script = {
            "Cyrl": self.name_cyrillic,
            "Latn": self.name_latin,
            "Arab": self.name_arabic,
            "Hang": self.name_hangul,
        }
        if script == "Arab" and not self.name_arabic:
            return self._arabic_from_cyrillic() or self.name
        return by_script.get(script) or self.name

    def _arabic_from_cyrillic(self) -> str:
        """No Arabic-script spelling: the Cyrillic form by the Uyghur Arabic letter rules, as Uyghur
        Arabic-script newspapers write Korean, German or Russian names (Елена Ким → يېلېنا كىم)."""
        cyrillic = self.name_cyrillic or (self.name if word_script(self.name) == "Cyrl" else "")
        return transliterate(cyrillic, "ug", "ug-arab") if cyrillic else ""


register_snippet(Topic)
register_snippet(Journalist)
