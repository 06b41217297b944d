"""The create form's autosave racing its own submit (issue 10).

Wagtail 8's admin autosaves the create form (the ``w-autosave`` controller POSTs it to the create URL with
``Accept: application/json`` about half a second after each change). Only when that reply arrives does the
browser switch the form's action to the new page's edit URL. A journalist who submits before then — easy on a
slow server — sends a second POST to the *create* view with the same slug. Wagtail answers it with a form error
("slug already in use", the submit is not done) or, when both requests passed the form's slug check before
either saved, with the ``ValidationError`` that ``Page.save()`` raises on the duplicate slug: a 500.

So a POST to the create view whose slug names a page the same user created under the same parent within the
last few minutes (never published; for a submit, not in a workflow) is answered by that page's edit view, as the browser
would have sent it a moment later:
- the submit (an HTML request) is saved / submitted / published on the autosaved page — one page, nothing lost;
- a late autosave (JSON) is answered the way Wagtail's edit view answers an autosave that would overwrite a
  newer version (400 ``invalid_revision``, which the autosave client shows): the submit that got there first
  always wins over an older autosave.
A duplicate slug that is no such twin (someone else's page, an old page) keeps Wagtail's form error; if the
collision happens only inside ``Page.save()``, the request is answered again, which now sees the other page.
The edit view's autosave already carries ``loaded_revision_id`` and Wagtail refuses a stale one. But Wagtail's
edit view performs whatever action a POST names, an autosave's too: "Request changes" and "Approve" add hidden
``action-workflow-action`` fields to the edit form and submit it, and an autosave sent in that moment carried
them, so the action ran twice and the second found no task in progress (a 500). An autosave (a POST to the edit
view that does not accept HTML) is therefore only ever a save: the action fields are dropped from it.
"""

from datetime import timedelta
from functools import wraps

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.urls import resolve, reverse
from django.utils import timezone

from wagtail.models import Page, PageLogEntry

# How long after the autosave created the page a POST to the create view still counts as the same form.
# The race lasts one server round trip; minutes leave room for a very slow server and a retrying client.
TWIN_WINDOW = timedelta(minutes=5)
# What only a button's own submit carries; the edit view acts on any POST that has one of them.
ACTION_FIELDS = (
    "action-publish",
    "action-submit",
    "action-restart-workflow",
    "action-cancel-workflow",
    "action-workflow-action",
    "workflow-action-name",
    "workflow-action-extra-data",
)


def _autosaved_twin(request, kwargs):
    slug = request.POST.get("slug", "")
    if not slug or not request.user.is_authenticated:
        return None
    try:
        model = apps.get_model(kwargs["content_type_app_name"], kwargs["content_type_model_name"])
    except (KeyError, LookupError):
        return None
    parent = Page.objects.filter(pk=kwargs.get("parent_page_id")).first()
    if parent is None:
        return None
    twin = (
        parent.get_children()
        .filter(
            slug=slug,
            owner=request.user,
            content_type=ContentType.objects.get_for_model(model),
            live=False,
            first_published_at__isnull=True,
        )
        .first()
    )
    # A submit is never replayed onto a page already in moderation (a double click); a late autosave, which is
    # only ever refused, may be.
    if twin is None or (request.accepts("text/html") and twin.workflow_in_progress):
        return None
    created_recently = PageLogEntry.objects.filter(
        page=twin, action="wagtail.create", user=request.user, timestamp__gte=timezone.now() - TWIN_WINDOW
    ).exists()
    return twin if created_recently else None


def _answer_as_edit(request, twin):
    """Hand the POST to the twin's edit view (through the same URL guards as any edit)."""
    match = resolve(reverse("wagtailadmin_pages:edit", args=[twin.pk]))
    if not request.accepts("text/html"):
        # An autosave arriving after the page exists is older than what created it: make Wagtail's own
        # conflict check refuse it (an ``overwrite_revision_id`` that is not the latest revision).
        post = request.POST.copy()
        post["overwrite_revision_id"] = "stale"
        request.POST = post
    request.resolver_match = match
    return match.func(request, *match.args, **match.kwargs)


def _only_a_save(request):
    """The autosave without the action fields a workflow button put into the form just before it submits."""
    if any(name in request.POST for name in ACTION_FIELDS):
        post = request.POST.copy()
        for name in ACTION_FIELDS:
            post.pop(name, None)
        request.POST = post
    return request


def settle_autosave_race(view):
    """URL decorator for the admin's patterns; acts on POSTs to ``wagtailadmin_pages:add`` and autosaves of
    ``wagtailadmin_pages:edit`` only."""

    @wraps(view)
    def settled(request, *args, **kwargs):
        match = getattr(request, "resolver_match", None)
        if request.method != "POST" or match is None:
            return view(request, *args, **kwargs)
        if match.view_name == "wagtailadmin_pages:edit" and not request.accepts("text/html"):
            return view(_only_a_save(request), *args, **kwargs)
        if match.view_name != "wagtailadmin_pages:add":
            return view(request, *args, **kwargs)
        if twin := _autosaved_twin(request, kwargs):
            return _answer_as_edit(request, twin)
        try:
            return view(request, *args, **kwargs)
        except ValidationError as error:
            if "slug" not in getattr(error, "error_dict", {}):
                raise
        # Another request saved a page with this slug after our form checked it: answer again, now knowing it.
        if twin := _autosaved_twin(request, kwargs):
            return _answer_as_edit(request, twin)
        return view(request, *args, **kwargs)  # the form now reports the slug as taken

    return settled
