"""The "republished from" page chooser: other outlets' published articles (see newsroom/forms.py)."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from wagtail import hooks
from wagtail.models import Page

from .models import ArticlePage


def is_republication_chooser(request) -> bool:
    """Whether a page chooser request comes from the "republished from" field (newsroom/forms.py)."""
    return request.GET.get("page_type", "").lower() == "newsroom.articlepage"


@hooks.register("construct_page_chooser_queryset")
def republication_chooser_pages(pages, request):
    """The article chooser offers published pages only, whichever outlet they belong to (what any
    reader can see), and no article of the outlets given as `target_pages[]` (the reprinting one)."""
    if not is_republication_chooser(request):
        return pages
    pages = pages.live().public()
    articles = Q(content_type=ContentType.objects.get_for_model(ArticlePage))
    hidden = Q(pk__in=[])
    ids = [int(pk) for pk in request.GET.getlist("target_pages[]") if pk.isdigit()]
    for path in Page.objects.filter(pk__in=ids).values_list("path", flat=True):
        hidden |= articles & Q(path__startswith=path)
    return pages.exclude(hidden)
