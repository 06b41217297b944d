"""The admin view that adds a person to an outlet as a journalist or an editor.

Reached from the "Staff" button in the header of an outlet page in the admin (see wagtail_hooks.py),
at /admin/outlets/<page id>/staff/. Only people who may manage users (administrators) can use it.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import OutletPage
from .permissions import EDITOR, JOURNALIST, add_member, can_manage_staff
from .provisioning import access_for


class OutletStaffForm(forms.Form):
    user = forms.ModelChoiceField(
        label=gettext_lazy("Person"),
        queryset=get_user_model().objects.filter(is_active=True).order_by("username"),
    )
    role = forms.ChoiceField(
        label=gettext_lazy("Role"),
        choices=[(JOURNALIST, gettext_lazy("Journalist")), (EDITOR, gettext_lazy("Editor"))],
        widget=forms.RadioSelect,
        initial=JOURNALIST,
    )


class OutletStaffView(WagtailAdminTemplateMixin, FormView):
    template_name = "ethnic_press/admin/outlet_staff.html"
    form_class = OutletStaffForm
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not can_manage_staff(request.user):
            raise PermissionDenied
        self.outlet = get_object_or_404(OutletPage, pk=kwargs["page_id"])
        self.access = access_for(self.outlet)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self) -> str:
        return _("Staff of %(outlet)s") % {"outlet": self.outlet.title}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            outlet=self.outlet,
            editors=self.access.editors.user_set.order_by("username"),
            journalists=self.access.journalists.user_set.order_by("username"),
        )
        return context

    def form_valid(self, form):
        user, role = form.cleaned_data["user"], form.cleaned_data["role"]
        group = add_member(user, self.access, role)
        messages.success(self.request, _("%(user)s joined %(group)s.") % {"user": user.get_username(), "group": group})
        return redirect(reverse("ethnic_press_outlet_staff", args=[self.outlet.pk]))
