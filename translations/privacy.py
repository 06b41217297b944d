"""Privacy follows a page to every copy the system makes of it.

A page's language versions (translations, and the script variants published automatically with their
base page, variants.py) and its aliases are separate pages in Wagtail's tree, each with its own view
restrictions. A restriction set on one of them is therefore copied to all of them: a password-protected
Kazakh story is password-protected in Kazakh Latin, Russian… too, and so absent from every listing,
feed, sitemap, search and API that lists public pages only. Lifting it lifts it everywhere; a copy made
later (a new translation or variant) starts with the restriction its siblings have.

The copies share the restriction's type, password and groups; each is a row of its own (Wagtail
remembers a passed password per restriction, so a reader enters it once per language).
"""

import threading

from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from wagtail.models import Page, PageViewRestriction, get_page_models

_deleting = threading.local()


def copies_of(page: Page):
    """The other pages that are the same content as `page`: its language versions and aliases."""
    same = Q(translation_key=page.translation_key) | Q(alias_of_id=page.pk)
    if page.alias_of_id:
        same |= Q(pk=page.alias_of_id)
    return Page.objects.filter(same).exclude(pk=page.pk)


def _same(a: PageViewRestriction, b: PageViewRestriction) -> bool:
    return (
        a.restriction_type == b.restriction_type
        and a.password == b.password
        and set(a.groups.values_list("pk", flat=True)) == set(b.groups.values_list("pk", flat=True))
    )


def _copy_to(restriction: PageViewRestriction, page_id: int) -> None:
    existing = PageViewRestriction.objects.filter(page_id=page_id).first()
    if existing is not None and _same(existing, restriction):
        return
    target = existing or PageViewRestriction(page_id=page_id)
    target.restriction_type = restriction.restriction_type
    target.password = restriction.password
    target.save()
    target.groups.set(restriction.groups.all())


def spread(restriction: PageViewRestriction) -> None:
    """Give each copy of the restricted page the same restriction."""
    for page_id in copies_of(restriction.page).values_list("pk", flat=True):
        _copy_to(restriction, page_id)


def _being_deleted() -> set:
    if not hasattr(_deleting, "pages"):
        _deleting.pages = set()
    return _deleting.pages


def on_restriction_saved(sender, instance: PageViewRestriction, raw: bool = False, **kwargs) -> None:
    if not raw:
        spread(instance)


def on_restriction_groups_changed(sender, instance, action: str, reverse: bool, **kwargs) -> None:
    if (
        not reverse
        and action in {"post_add", "post_remove", "post_clear"}
        and isinstance(instance, PageViewRestriction)
    ):
        spread(instance)


def on_page_deleting(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        _being_deleted().add(instance.pk)


def on_page_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        _being_deleted().discard(instance.pk)


def on_restriction_deleted(sender, instance: PageViewRestriction, **kwargs) -> None:
    """Lifted on one version: lifted on all (not when the restriction goes with its deleted page)."""
    if instance.page_id in _being_deleted():
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    for restriction in PageViewRestriction.objects.filter(page__in=copies_of(page)):
        restriction.delete()


def on_page_created(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    """A new translation, variant or alias starts with the restriction of the page it copies."""
    if raw or not created or not PageViewRestriction.objects.exists():  # a cheap answer on a site without any
        return
    restriction = PageViewRestriction.objects.filter(page__in=copies_of(instance)).first()
    if restriction is not None:
        _copy_to(restriction, instance.pk)


def connect() -> None:
    post_save.connect(on_restriction_saved, sender=PageViewRestriction, dispatch_uid="privacy.restriction_saved")
    post_delete.connect(on_restriction_deleted, sender=PageViewRestriction, dispatch_uid="privacy.restriction_deleted")
    m2m_changed.connect(
        on_restriction_groups_changed, sender=PageViewRestriction.groups.through, dispatch_uid="privacy.groups"
    )
    for model in get_page_models():
        label = model._meta.label
        post_save.connect(on_page_created, sender=model, dispatch_uid=f"privacy.page_created.{label}")
        pre_delete.connect(on_page_deleting, sender=model, dispatch_uid=f"privacy.page_deleting.{label}")
        post_delete.connect(on_page_deleted, sender=model, dispatch_uid=f"privacy.page_deleted.{label}")
