"""The forms editors fill in to request a translation by hand and to assign or reassign one.

The translator chooser offers only people who translate into the target language, each with their
current load (open requests); on the request form, where the language is chosen in the same form,
every translator is listed with the languages they hold and static/translations/translator_chooser.js
hides those who do not hold the chosen one (the server checks it again).
"""

import datetime

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.widgets import AdminDateInput
from wagtail.models import Locale

import languages

from .models import Translator
from .requests import translators_for


def translator_label(user) -> str:
    """ "Aigerim Nurlanqyzy — 2 open requests" (the load an editor weighs before assigning)."""
    name = user.get_full_name() or user.get_username()
    count = getattr(user, "open_work", 0)
    load = ngettext("%(count)d open request", "%(count)d open requests", count) % {"count": count}
    return f"{name} — {load}"


class TranslatorSelect(forms.Select):
    """A select whose options carry the languages each translator holds (`data-languages`)."""

    def __init__(self, *args, held: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.held = held or {}

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        key = getattr(value, "value", value)
        if key in self.held:
            option["attrs"]["data-languages"] = " ".join(self.held[key])
        return option


class TranslatorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user) -> str:
        return translator_label(user)


class DueDateMixin:
    def clean_due_date(self):
        due = self.cleaned_data.get("due_date")
        if due is not None and due < timezone.localdate():
            raise forms.ValidationError(_("The due date has passed already."))
        return due


class RequestTranslationForm(DueDateMixin, forms.Form):
    locale = forms.ModelChoiceField(label=_("Translate into"), queryset=Locale.objects.none())
    translator = TranslatorChoiceField(
        label=_("Translator"),
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label=_("The outlet's editors (assign later)"),
        help_text=_(
            "Only people who translate into the chosen language are listed, with their open requests. "
            "Without a translator the request waits in the editors' queue on their admin home."
        ),
    )
    due_date = forms.DateField(label=_("Due date"), widget=AdminDateInput)

    def __init__(self, *args, page, default_days: int, **kwargs):
        super().__init__(*args, **kwargs)
        variants = [language.code for language in languages.VARIANTS]
        self.fields["locale"].queryset = (
            Locale.objects.exclude(pk=page.locale_id).exclude(language_code__in=variants).order_by("language_code")
        )
        self.fields["locale"].label_from_instance = lambda locale: languages.BY_CODE[locale.language_code].name_local
        self.fields["locale"].widget.attrs["data-translator-language"] = ""
        self.fields["translator"].queryset = translators_for(None)
        self.fields["translator"].widget = TranslatorSelect(
            held={profile.user_id: self._held(profile) for profile in Translator.objects.all()}
        )
        self.fields["translator"].widget.choices = self.fields["translator"].choices
        self.fields["due_date"].initial = timezone.localdate() + datetime.timedelta(days=default_days)

    @staticmethod
    def _held(profile: Translator) -> list[str]:
        """The locale ids a translator may take, script variants included (matched against the locale select)."""
        return [str(locale.pk) for locale in Locale.objects.all() if profile.holds(locale.language_code)]

    def clean(self):
        cleaned = super().clean()
        locale, user = cleaned.get("locale"), cleaned.get("translator")
        if locale is not None and user is not None:
            translator = Translator.objects.get(user=user)
            if not translator.holds(locale.language_code):
                self.add_error(
                    "translator",
                    _("%(name)s does not translate into %(language)s.")
                    % {"name": translator, "language": languages.BY_CODE[locale.language_code].name_local},
                )
        return cleaned


class AssignForm(forms.Form):
    """Assign or reassign one request: a translator of its language, or back to the editors' queue."""

    translator = TranslatorChoiceField(
        label=_("Translator"),
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label=_("The outlet's editors (unassigned)"),
        help_text=_("People who translate into this language, the least loaded first, with their open requests."),
    )
    due_date = forms.DateField(label=_("Due date"), widget=AdminDateInput)

    def __init__(self, *args, assignment, **kwargs):
        kwargs.setdefault("initial", {"translator": assignment.translator_id, "due_date": assignment.due_date})
        super().__init__(*args, **kwargs)
        self.assignment = assignment
        self.fields["translator"].queryset = translators_for(assignment.translation.target_locale.language_code)

    def clean_due_date(self):
        """A past date is refused unless it is the one the request already has (reassigning overdue work)."""
        due = self.cleaned_data.get("due_date")
        if due is not None and due < timezone.localdate() and due != self.assignment.due_date:
            raise forms.ValidationError(_("The due date has passed already."))
        return due
