"""An editor requests a translation of an article by hand, into any locale (from the page's header)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import FormView

import languages
from ethnic_press.permissions import is_outlet_editor
from newsroom.models import ArticlePage

from ..forms import RequestTranslationForm
from ..requests import open_request, policy_for
from .base import TranslationsAdminView

DEFAULT_DAYS = 7


class RequestTranslationView(TranslationsAdminView, FormView):
    template_name = "translations/request_translation.html"
    form_class = RequestTranslationForm
    header_icon = "wagtail-localize-language"

    def dispatch(self, request, *args, **kwargs):
        self.page = get_object_or_404(ArticlePage, pk=kwargs["page_id"])
        if not is_outlet_editor(request.user, self.page):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self) -> str:
        return _("Request a translation")

    def get_page_subtitle(self) -> str:
        return self.page.title

    def get_form_kwargs(self):
        policy = policy_for(self.page)
        return {
            **super().get_form_kwargs(),
            "page": self.page,
            "default_days": policy.deadline_days if policy else DEFAULT_DAYS,
        }

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "page": self.page}

    def form_valid(self, form):
        locale = form.cleaned_data["locale"]
        open_request(
            self.page,
            locale,
            due_date=form.cleaned_data["due_date"],
            translator=form.cleaned_data["translator"],
            requested_by=self.request.user,
        )
        messages.success(
            self.request,
            _("Translation into %(language)s requested.")
            % {"language": languages.BY_CODE[locale.language_code].name_local},
        )
        return redirect(reverse("translations_overview") + f"?outlet={self.page.get_parent().translation_key}")
