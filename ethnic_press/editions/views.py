"""Admin views of the print archive's text: progress of every edition, an edition's pages with their
failures and a retry, the correction of one page beside its image, and the page images themselves.

Who may do what follows the edition page's own permissions: a user who can edit the edition (its
outlet's staff, network editors) sees and corrects its text; anyone else gets 403.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Min, Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies.pages import PagePermissionPolicy

import languages
from ethnic_press.models import PrintEditionPage

from . import extraction
from .forms import CorrectionForm
from .models import EditionText, PrintPage

PER_PAGE = 30


def editable_editions(user):
    """One edition page per PDF among those the user may edit, newest issue first."""
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    editions = PrintEditionPage.objects.filter(pk__in=editable.values("pk"), pdf__isnull=False)
    first_per_pdf = editions.values("pdf").annotate(first=Min("pk")).values("first")
    return PrintEditionPage.objects.filter(pk__in=first_per_pdf).order_by("-issue_date", "pk")


def edition_for(user, page_id: int) -> PrintEditionPage:
    edition = get_object_or_404(PrintEditionPage, pk=page_id)
    if not edition.permissions_for_user(user).can_edit():
        raise PermissionDenied
    if edition.pdf_id is None:
        raise Http404
    return edition


def archive_breadcrumbs() -> list[dict]:
    return [*ArchiveView.breadcrumbs_items, {"url": reverse("editions_index"), "label": ArchiveView.page_title}]


def with_progress(states):
    return states.annotate(
        done=Count("pages", filter=Q(pages__status=PrintPage.Status.DONE)),
        failed=Count("pages", filter=Q(pages__status=PrintPage.Status.FAILED)),
        corrected=Count("pages", filter=Q(pages__corrected_at__isnull=False)),
    )


class ArchiveView(WagtailAdminTemplateMixin, TemplateView):
    """Every edition the user may edit, with its extraction progress; `?status=failed` shows the problems."""

    template_name = "ethnic_press/print_admin_index.html"
    header_icon = "doc-full-inverse"
    page_title = gettext_lazy("Print archive text")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        editions = editable_editions(self.request.user).select_related("pdf")
        status = self.request.GET.get("status", "")
        if status == "failed":
            editions = editions.filter(
                Q(pdf__edition_text__status=EditionText.Status.FAILED)
                | Q(pdf__edition_text__pages__status=PrintPage.Status.FAILED)
            ).distinct()
        elif status == "missing":
            editions = editions.filter(pdf__edition_text__isnull=True)
        page = Paginator(editions, PER_PAGE).get_page(self.request.GET.get("p"))
        states = with_progress(EditionText.objects.filter(document__in=[edition.pdf for edition in page]))
        by_document = {state.document_id: state for state in states}
        rows = [(edition, by_document.get(edition.pdf_id)) for edition in page]
        return {**super().get_context_data(**kwargs), "rows": rows, "page": page, "status": status}


class EditionView(WagtailAdminTemplateMixin, TemplateView):
    """An edition's pages: status, method, confidence, failures with their reason, retry and re-extraction."""

    template_name = "ethnic_press/print_admin_edition.html"
    header_icon = "doc-full-inverse"

    def get_page_title(self):
        return self.edition.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [*archive_breadcrumbs(), {"url": "", "label": self.get_page_title()}]

    def get(self, request, page_id: int):
        self.edition = edition_for(request.user, page_id)
        return super().get(request)

    def get_context_data(self, **kwargs):
        state = with_progress(EditionText.objects.filter(document_id=self.edition.pdf_id)).first()
        pages = list(state.pages.all()) if state else []
        running = state is not None and state.status in (EditionText.Status.QUEUED, EditionText.Status.RUNNING)
        return {
            **super().get_context_data(**kwargs),
            "edition": self.edition,
            "outlet": self.edition.get_parent(),
            "state": state,
            "pages": pages,
            "running": running,
            "language": languages.BY_CODE.get(state.language if state else self.edition.text_language()),
        }


@require_POST
def extract(request, page_id: int):
    """Read the edition again; `force` also discards the editors' corrections."""
    edition = edition_for(request.user, page_id)
    force = request.POST.get("force") == "1"
    extraction.queue(edition.pdf, force=force)
    if force:
        messages.success(request, _("The edition is queued to be read again; corrections will be discarded."))
    else:
        messages.success(request, _("The edition is queued to be read again; corrected pages keep their corrections."))
    return redirect("editions_edition", page_id)


def _page(edition: PrintEditionPage, number: int) -> PrintPage:
    return get_object_or_404(PrintPage, edition_text__document_id=edition.pdf_id, number=number)


@require_POST
def retry(request, page_id: int, number: int):
    edition = edition_for(request.user, page_id)
    extraction.retry(_page(edition, number))
    messages.success(request, _("Page %(number)d is queued to be read again.") % {"number": number})
    return redirect("editions_edition", page_id)


class CorrectionView(WagtailAdminTemplateMixin, FormView):
    """One page's text beside its image; saving keeps the correction across re-extraction."""

    template_name = "ethnic_press/print_admin_page.html"
    header_icon = "edit"
    form_class = CorrectionForm

    def dispatch(self, request, page_id: int, number: int):
        self.edition = edition_for(request.user, page_id)
        self.page = _page(self.edition, number)
        return super().dispatch(request)

    def get_page_title(self):
        return _("Page %(number)d") % {"number": self.page.number}

    def get_page_subtitle(self):
        return self.edition.get_admin_display_title()

    def get_breadcrumbs_items(self):
        edition = {"url": reverse("editions_edition", args=[self.edition.pk]), "label": self.get_page_subtitle()}
        return [*archive_breadcrumbs(), edition, {"url": "", "label": self.get_page_title()}]

    def get_initial(self):
        return {"text": self.page.text, "language": self.page.language}

    def form_valid(self, form):
        page = self.page
        if "restore" in self.request.POST:
            page.corrected_text, page.corrected_at, page.corrected_by = "", None, None
            messages.success(self.request, _("The page shows the extracted text again."))
        else:
            page.corrected_text, page.corrected_at = form.cleaned_data["text"], timezone.now()
            page.corrected_by = self.request.user
            messages.success(self.request, _("Correction saved. It is kept when the edition is read again."))
        page.language = form.cleaned_data["language"]
        page.save()
        extraction.text_changed(self.edition.pdf_id)
        return redirect(self.request.path)

    def get_context_data(self, **kwargs):
        count = self.page.edition_text.page_count
        number = self.page.number
        return {
            **super().get_context_data(**kwargs),
            "edition": self.edition,
            "page": self.page,
            "language": languages.BY_CODE.get(self.page.language),
            "previous": number - 1 if number > 1 else None,
            "next": number + 1 if number < count else None,
        }


def _visible_edition(request, page_id: int) -> PrintEditionPage:
    """The edition if readers may see it, or the user may edit it; 404 otherwise (as if it did not exist)."""
    edition = get_object_or_404(PrintEditionPage.objects.select_related("pdf__collection"), pk=page_id)
    if edition.pdf is None or not (
        edition.readers_may_see()
        or (request.user.is_authenticated and edition.permissions_for_user(request.user).can_edit())
    ):
        raise Http404
    return edition


def edition_pdf(request, page_id: int):
    """The edition's PDF shown in the browser (search results link to a page of it with #page=N).

    Wagtail's document view serves every file as a download (WAGTAILDOCS_INLINE_CONTENT_TYPES = []), and a
    download cannot open at a page. This view serves print editions only, whose file was checked to be
    a PDF on upload, as application/pdf with nosniff: a browser hands it to its PDF viewer, never parses it
    as a page of this site.
    """
    edition = _visible_edition(request, page_id)
    response = FileResponse(edition.pdf.file.open("rb"), content_type="application/pdf")
    response["Content-Disposition"] = "inline"
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "public, max-age=3600" if edition.readers_may_see() else "private"
    return response


def page_image(request, page_id: int, number: int, kind: str):
    """A page's preview or thumbnail: for readers when the edition is public, else for its editors."""
    if kind not in ("preview", "thumbnail"):
        raise Http404
    edition = _visible_edition(request, page_id)
    page = _page(edition, number)
    image = page.preview if kind == "preview" else page.thumbnail
    if not image:
        raise Http404
    response = FileResponse(image.open("rb"), content_type="image/jpeg")
    response["Cache-Control"] = "public, max-age=86400" if edition.readers_may_see() else "private"
    response["X-Content-Type-Options"] = "nosniff"
    return response
