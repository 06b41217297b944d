"""The form an editor fills in to request a translation by hand."""

import datetime

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.widgets import AdminDateInput
from wagtail.models import Locale

import languages

from .models import Translator


class RequestTranslationForm(forms.Form):
    locale = forms.ModelChoiceField(label=_("Translate into"), queryset=Locale.objects.none())
    translator = forms.ModelChoiceField(
        label=_("Translator"),
        queryset=get_user_model().objects.none(),
        required=False,
        help_text=_("Someone who translates into that language; leave empty to assign later."),
    )
    due_date = forms.DateField(label=_("Due date"), widget=AdminDateInput)

    def __init__(self, *args, page, default_days: int, **kwargs):
        super().__init__(*args, **kwargs)
        variants = [language.code for language in languages.VARIANTS]
        self.fields["locale"].queryset = (
            Locale.objects.exclude(pk=page.locale_id).exclude(language_code__in=variants).order_by("language_code")
        )
        self.fields["locale"].label_from_instance = lambda locale: languages.BY_CODE[locale.language_code].name_local
        self.fields["translator"].queryset = (
            get_user_model().objects.filter(translator__isnull=False, is_active=True).order_by("username")
        )
        self.fields["due_date"].initial = timezone.localdate() + datetime.timedelta(days=default_days)

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
        due = cleaned.get("due_date")
        if due is not None and due < timezone.localdate():
            self.add_error("due_date", _("The due date has passed already."))
        return cleaned
