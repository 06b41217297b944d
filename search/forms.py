"""Validation of reader input: anything a browser can send gives a clean answer or a clear error."""

import datetime

from django import forms
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

import languages

from .engine import MAX_PAGE, MAX_QUERY_LENGTH, SORTS
from .filters import SearchParams
from .models import SearchDocument

FILTER_MAX_LENGTH = 100
# Dates in an order no locale reads differently, accepted on every page beside the page language's own.
UNAMBIGUOUS_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%Y.%m.%d")
# The example under the date boxes: a day past 12, so the order of day and month shows.
EXAMPLE_DATE = datetime.date(2025, 12, 31)


def date_input_formats() -> list[str]:
    """The formats a date may be typed in on a page in the active language, the language's own first."""
    return list(dict.fromkeys([*formats.get_format("DATE_INPUT_FORMATS"), *UNAMBIGUOUS_DATE_FORMATS]))


def local_date(value: datetime.date) -> str:
    """`value` written as a reader of the active language types it (the first of its input formats)."""
    return value.strftime(date_input_formats()[0])


PLAIN_PARAMETERS = ("q", "lang", "outlet", "community", "region", "topic", "sort", "page", "kind")


class SearchForm(forms.Form):
    # Labels name a field in an error message (a hand-edited address: "Page: Enter a whole number.").
    q = forms.CharField(
        required=False,
        label=_("Search"),
        max_length=MAX_QUERY_LENGTH,
        error_messages={"max_length": _("The search text is too long: at most %(limit_value)d characters.")},
    )
    lang = forms.ChoiceField(required=False, label=_("Language"), choices=[(code, code) for code in languages.BY_CODE])
    outlet = forms.CharField(required=False, label=_("Outlet"), max_length=FILTER_MAX_LENGTH)
    community = forms.CharField(required=False, label=_("Community"), max_length=FILTER_MAX_LENGTH)
    region = forms.CharField(required=False, label=_("Region"), max_length=FILTER_MAX_LENGTH)
    topic = forms.CharField(required=False, label=_("Topic"), max_length=FILTER_MAX_LENGTH)
    date_from = forms.DateField(required=False, label=_("From"))
    date_to = forms.DateField(required=False, label=_("To"))
    sort = forms.ChoiceField(required=False, label=_("Sort"), choices=[(sort, sort) for sort in SORTS])
    page = forms.IntegerField(required=False, label=_("Page"), min_value=1, max_value=MAX_PAGE)
    kind = forms.ChoiceField(required=False, label=_("Search in"), choices=SearchDocument.Kind.choices)

    def __init__(self, query_dict, language: str):
        # The public parameters are `from` and `to`, which are Python keywords.
        data = {key: query_dict.get(key, "") for key in PLAIN_PARAMETERS}
        data["date_from"] = query_dict.get("from", "")
        data["date_to"] = query_dict.get("to", "")
        super().__init__(data)
        self.language = language
        # Typed in the page language's order (a text box, not the browser's date picker, whose order follows
        # the browser's language); the API takes the same, ISO dates included.
        example = local_date(EXAMPLE_DATE)
        for name in ("date_from", "date_to"):
            self.fields[name].input_formats = date_input_formats()
            # The project's message, in every locale (Django's falls back to Kazakh where it has no catalog).
            self.fields[name].error_messages["invalid"] = gettext("Enter a date such as %(example)s.") % {
                "example": example
            }

    def date_values(self) -> dict[str, str]:
        """What the date boxes show: a valid date in the page language's order, else what was typed."""
        values = {}
        for name in ("date_from", "date_to"):
            value = self.cleaned_data.get(name) if hasattr(self, "cleaned_data") else None
            values[name.removeprefix("date_")] = local_date(value) if value else self.data[name]
        return values

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("date_from") and cleaned.get("date_to") and cleaned["date_from"] > cleaned["date_to"]:
            raise forms.ValidationError(_("The start date is after the end date."))
        return cleaned

    def params(self) -> SearchParams:
        data = self.cleaned_data
        return SearchParams(
            q=data["q"],
            language=data.get("lang") or self.language,
            outlet=data["outlet"].strip(),
            community=data["community"].strip(),
            region=data["region"].strip(),
            topic=data["topic"].strip(),
            date_from=data["date_from"],
            date_to=data["date_to"],
            sort=data["sort"] or "relevance",
            page=data["page"] or 1,
            kind=data["kind"],
        )

    def error_list(self) -> list[dict]:
        """Errors for the API: the public parameter name (None for the form as a whole) and the message."""
        return [
            {"field": None if field == "__all__" else field.removeprefix("date_"), "message": str(error)}
            for field, errors in self.errors.items()
            for error in errors
        ]

    def error_messages(self) -> list[str]:
        messages = []
        for field, errors in self.errors.items():
            prefix = "" if field == "__all__" else f"{self.fields[field].label or field}: "
            messages.extend(f"{prefix}{error}" for error in errors)
        return messages
