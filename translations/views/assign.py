"""Editors assign or reassign a translation request (from the overview, the page header, their admin home)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.generic import FormView

from wagtail.models import Page

import languages
from ethnic_press.permissions import is_outlet_editor

from ..forms import AssignForm
from ..models import Assignment
from ..requests import assign
from .base import TranslationsAdminView


def source_page(assignment: Assignment) -> Page | None:
    source = assignment.translation.source
    return Page.objects.filter(translation_key=source.object_id, locale_id=source.locale_id).first()


class AssignView(TranslationsAdminView, FormView):
    template_name = "translations/assign.html"
    form_class = AssignForm
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        self.assignment = get_object_or_404(
            Assignment.objects.select_related("translation__source", "translation__target_locale", "translator"),
            pk=kwargs["assignment_id"],
        )
        self.source = source_page(self.assignment)
        if self.source is None or not is_outlet_editor(request.user, self.source):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @property
    def target_language(self):
        return languages.BY_CODE[self.assignment.translation.target_locale.language_code]

    def get_page_title(self) -> str:
        return _("Assign the translation into %(language)s") % {"language": self.target_language.name_local}

    def get_page_subtitle(self) -> str:
        return self.source.title

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "assignment": self.assignment}

    def next_url(self) -> str:
        wanted = self.request.POST.get("next") or self.request.GET.get("next", "")
        if wanted and url_has_allowed_host_and_scheme(wanted, {self.request.get_host()}):
            return wanted
        return reverse("translations_overview")

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "assignment": self.assignment,
            "source": self.source,
            "next": self.next_url(),
        }

    def form_valid(self, form):
        translator = form.cleaned_data["translator"]
        assign(self.assignment, translator, form.cleaned_data["due_date"])
        if translator is None:
            message = _("The translation into %(language)s waits in the editors' queue.")
        else:
            message = _("The translation into %(language)s is assigned to %(name)s.")
        messages.success(
            self.request,
            message
            % {
                "language": self.target_language.name_local,
                "name": translator and (translator.get_full_name() or translator.get_username()),
            },
        )
        return redirect(self.next_url())
