from django import forms
from django.utils.translation import gettext_lazy as _

from .models import LANGUAGE_CHOICES


class CorrectionForm(forms.Form):
    text = forms.CharField(
        label=_("Text of the page"), required=False, strip=False, widget=forms.Textarea(attrs={"rows": 30})
    )
    language = forms.ChoiceField(
        label=_("Language of the page"),
        choices=LANGUAGE_CHOICES,
        help_text=_("Search analyses the page in this language."),
    )
