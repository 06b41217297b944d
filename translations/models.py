"""Who translates what into which language, by when; and which outlets want which translations.

wagtail-localize keeps the text (sources, segments, translated strings); these models add what a
newsroom needs around it: an outlet's language policy, translators and the languages they hold, an
assignment with a due date and a status for each translation request, and the log of source edits
that decides which translations are stale.
"""

import datetime

from django import forms
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Revision

from wagtail_localize.models import Translation

import languages

TRANSLATABLE_CHOICES = [
    (language.code, f"{language.name} · {language.name_local}") for language in languages.CONTENT_LANGUAGES
]


class LanguageListField(models.JSONField):
    """A list of content language codes, edited as checkboxes (script variants are never chosen: they are automatic)."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
            required=not self.blank,
            choices=TRANSLATABLE_CHOICES,
            widget=forms.CheckboxSelectMultiple,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        unknown = [code for code in value or [] if code not in dict(TRANSLATABLE_CHOICES)]
        if unknown:
            raise ValidationError(_("Unknown languages: %(codes)s"), params={"codes": ", ".join(unknown)})


class LanguagePolicy(ClusterableModel):
    """An outlet's translation policy: the languages its stories are written in, the languages each
    published story is translated into, how many days translators get, and who translates into each
    language by default (a request into a language without one waits in the outlet's editors' queue)."""

    outlet = models.OneToOneField(
        "ethnic_press.OutletPage",
        verbose_name=_("outlet"),
        on_delete=models.CASCADE,
        related_name="language_policy",
        help_text=_("The outlet's page in the default language; the policy covers every language of it."),
    )
    source_languages = LanguageListField(
        _("source languages"), default=list, help_text=_("Stories written in these languages are translated.")
    )
    target_languages = LanguageListField(
        _("target languages"), default=list, help_text=_("Each published story is translated into these.")
    )
    deadline_days = models.PositiveSmallIntegerField(_("days to translate"), default=7)

    panels = [
        FieldPanel("outlet"),
        FieldPanel("source_languages"),
        FieldPanel("target_languages"),
        FieldPanel("deadline_days"),
        InlinePanel("default_translators", heading=_("Default translators"), label=_("default translator")),
    ]

    class Meta:
        verbose_name = _("language policy")
        verbose_name_plural = _("language policies")

    def __str__(self) -> str:
        return str(self.outlet)

    def clean(self):
        if self.outlet_id and self.outlet.locale.language_code != languages.DEFAULT_LANGUAGE:
            raise ValidationError({"outlet": _("Choose the outlet's page in the default language.")})

    def targets_for(self, source_code: str) -> list[str]:
        """The languages a story written in `source_code` is translated into (none if it is not a source language)."""
        if source_code not in self.source_languages:
            return []
        return [code for code in self.target_languages if code != source_code]

    def due_date(self, start: datetime.date | None = None) -> datetime.date:
        return (start or timezone.localdate()) + datetime.timedelta(days=self.deadline_days)

    def default_translator(self, code: str):
        """The active user who translates this outlet's stories into `code` by default, if any still holds it."""
        for row in self.default_translators.select_related("translator__translator"):
            user = row.translator
            profile = getattr(user, "translator", None)
            if row.language == code and user.is_active and profile is not None and profile.holds(code):
                return user
        return None


def translator_users():
    return {"translator__isnull": False, "is_active": True}


class DefaultTranslator(Orderable):
    """Who translates an outlet's stories into one language unless an editor assigns someone else."""

    policy = ParentalKey(LanguagePolicy, on_delete=models.CASCADE, related_name="default_translators")
    language = models.CharField(_("language"), max_length=10, choices=TRANSLATABLE_CHOICES)
    translator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("translator"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to=translator_users,
    )

    class Meta(Orderable.Meta):
        verbose_name = _("default translator")
        verbose_name_plural = _("default translators")
        constraints = [
            models.UniqueConstraint(fields=["policy", "language"], name="one_default_translator_per_language")
        ]

    def __str__(self) -> str:
        return f"{self.language}: {self.translator}"

    def clean(self):
        if not self.translator_id or not self.language:
            return
        profile = Translator.objects.filter(user_id=self.translator_id).first()
        if profile is None or not profile.holds(self.language):
            raise ValidationError(
                {
                    "translator": _("%(name)s does not translate into %(language)s.")
                    % {"name": self.translator, "language": languages.BY_CODE[self.language].name_local}
                }
            )


class Translator(models.Model):
    """A person who translates articles, and the languages they may translate into.

    Their access to pages is a group of their own holding edit permission on exactly the translations
    assigned to them (see translations/access.py), so every admin view, wagtail-localize's included,
    applies Wagtail's usual page permission checks to them.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="translator"
    )
    languages = LanguageListField(_("languages"), default=list, help_text=_("Languages this person translates into."))
    group = models.OneToOneField(Group, on_delete=models.PROTECT, related_name="+", null=True, editable=False)

    class Meta:
        verbose_name = _("translator")
        verbose_name_plural = _("translators")

    def __str__(self) -> str:
        return self.user.get_full_name() or self.user.get_username()

    def holds(self, code: str) -> bool:
        """Whether this translator may translate into locale `code` (a script variant counts as its base language)."""
        language = languages.BY_CODE.get(code)
        return language is not None and (language.variant_of or code) in self.languages


class Assignment(models.Model):
    """A translation request: one article into one language, with a translator and a due date."""

    class Status(models.TextChoices):
        REQUESTED = "requested", _("requested")
        IN_PROGRESS = "in_progress", _("in progress")
        READY_FOR_REVIEW = "ready_for_review", _("ready for review")
        PUBLISHED = "published", _("published")

    translation = models.OneToOneField(Translation, on_delete=models.CASCADE, related_name="assignment")
    translator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("translator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="translation_assignments",
    )
    due_date = models.DateField(_("due date"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.REQUESTED)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("translation assignment")
        verbose_name_plural = _("translation assignments")
        ordering = ["due_date", "pk"]

    def __str__(self) -> str:
        return f"{self.translation.source.object_repr} → {self.translation.target_locale.language_code}"

    @property
    def is_open(self) -> bool:
        return self.status != self.Status.PUBLISHED

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        return self.is_open and self.due_date < (today or timezone.localdate())


class SourceEditQuerySet(models.QuerySet):
    def latest_changes(self, translation_keys) -> dict:
        """{translation key: (when, reason)} of each story's latest edit its translations must follow."""
        follow = [self.model.Reason.REPUBLISH, self.model.Reason.CORRECTION]
        rows = (
            self.filter(translation_key__in=translation_keys, reason__in=follow)
            .values("translation_key")
            .annotate(
                republished=models.Max("changed_at", filter=models.Q(reason=self.model.Reason.REPUBLISH)),
                corrected=models.Max("changed_at", filter=models.Q(reason=self.model.Reason.CORRECTION)),
            )
        )
        latest = {}
        for row in rows:
            stamps = [
                (stamp, reason)
                for stamp, reason in (
                    (row["republished"], self.model.Reason.REPUBLISH),
                    (row["corrected"], self.model.Reason.CORRECTION),
                )
                if stamp is not None
            ]
            latest[row["translation_key"]] = max(stamps)
        return latest


class SourceEdit(models.Model):
    """A published change of a source article, and why it does or does not make its translations stale.

    The one record of staleness (translations/status.py reads it): republishing the source or adding
    a correction to it makes every translation published before the change stale until synced and
    reviewed again; an edit its editor published as minor ("Publish as minor edit") does not.
    """

    class Reason(models.TextChoices):
        REPUBLISH = "republish", _("source republished")
        CORRECTION = "correction", _("correction")
        MINOR = "minor", _("minor edit")

    translation_key = models.UUIDField(_("story"), db_index=True)
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    changed_at = models.DateTimeField(_("changed at"))
    revision = models.ForeignKey(Revision, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = SourceEditQuerySet.as_manager()

    class Meta:
        verbose_name = _("source edit")
        verbose_name_plural = _("source edits")
        ordering = ["-changed_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.translation_key} {self.reason} at {self.changed_at:%Y-%m-%d %H:%M}"
