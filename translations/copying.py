"""A page copied for translation, live at once: the rows Wagtail's `Page.copy` writes, with less work per page.

`publish_copy(page, parent, **fields)` is `page.copy(to=parent, keep_live=True, copy_revisions=False,
reset_translation_key=False, log_action="wagtail.copy_for_translation", update_attrs=...)` with the copy's
translatable child objects moved to the parent's locale. It follows Wagtail's CopyPageAction step by step
(`_copy`, the tree position treebeard's `add_child` gives, the many-to-many relations, `save_revision`, the
publication's fields, `page_published`, the two history entries) and differs only where that work is spent
on nothing a copy can change:

- The new page is saved with `clean=False`, as Wagtail saves the descendants of a copied page: `add_child`
  saves it with `full_clean`, which re-validates every field of a page that is valid already (each foreign
  key with a query) and checks the slug, which `find_available_slug` has just chosen.
- The history entries ("created" when the page is saved, then "copied for translation" and "published") are
  inserted as `log()` would write them, without `BaseLogEntry.save`'s `full_clean` (it only checks that the
  actions are registered).
- Whether the copy is a site root (Wagtail's `Page.save` asks on every save, to clear its cache of site root
  paths) is asked once for both of its saves: a copy keeps its source's translation key, which decides it.

Anything not plain (a user making the copy, view restrictions on the page, pages ordered by `node_order_by`)
goes through Wagtail's own `copy`. The demo seeding makes ~1,450 pages this way; tests/translations/
test_copying.py compares its rows with Wagtail's.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from wagtail.coreutils import find_available_slug
from wagtail.log_actions import get_active_log_context
from wagtail.models import Page, PageLogEntry, Site, TranslatableMixin
from wagtail.models.copying import _copy, _copy_m2m_relations
from wagtail.signals import page_published

COPY_ACTION = "wagtail.copy_for_translation"


def publish_copy(page: Page, parent: Page, **fields) -> Page:
    """Wagtail's copy for translation of `page` under `parent` (a page of another locale), live at once with
    `fields`: one copy, one revision, one publication (its signals and log), instead of a draft copy that
    is then revised and published."""
    locale = parent.locale
    update_attrs = {"locale": locale, "slug": find_available_slug(parent, page.slug), **fields}
    if not _plain(page, parent):
        return _wagtail_copy(page, parent, locale, update_attrs)
    with transaction.atomic():
        return _copy_live(page.specific, parent, locale, update_attrs)


def _plain(page: Page, parent: Page) -> bool:
    # Wagtail copies the page's own view restrictions (unless the parent has some): a page without any is plain.
    return not Page.node_order_by and get_active_log_context().user is None and not page.view_restrictions.exists()


def _wagtail_copy(page: Page, parent: Page, locale, update_attrs: dict) -> Page:
    def child_in_locale(original_page, page_copy, child_relation, child_object):
        if isinstance(child_object, TranslatableMixin):
            child_object.locale = locale

    return page.copy(
        to=parent,
        update_attrs=update_attrs,
        copy_revisions=False,
        keep_live=True,
        reset_translation_key=False,
        process_child_object=child_in_locale,
        log_action=COPY_ACTION,
    ).specific


def _copy_live(specific: Page, parent: Page, locale, update_attrs: dict) -> Page:
    """CopyPageAction._copy_page for a live copy without revisions, user, recursion or restrictions."""
    exclude_fields = specific.default_exclude_fields_in_copy + specific.exclude_fields_in_copy
    base_update_attrs = {"alias_of": None, **update_attrs}
    page_copy, child_objects = _copy(specific, exclude_fields=exclude_fields, update_attrs=base_update_attrs)
    for child_object in child_objects.values():
        if isinstance(child_object, TranslatableMixin):
            child_object.locale = locale
    # Page.save's own question, answered once for the copy's two saves (and forgotten after them)
    page_copy._is_site_root = Site.objects.filter(root_page__translation_key=page_copy.translation_key).exists()
    _add_child(parent, page_copy)
    _copy_m2m_relations(specific, page_copy, exclude_fields=exclude_fields, update_attrs=base_update_attrs)

    latest = page_copy.get_latest_revision_as_object()
    for field, value in update_attrs.items():
        setattr(latest, field, value)
    revision = latest.save_revision(changed=False, clean=False)
    page_copy.latest_revision = page_copy.live_revision = revision
    page_copy.last_published_at = page_copy.first_published_at = revision.created_at
    page_copy.save(clean=False, update_fields=["live_revision", "last_published_at", "first_published_at"])
    del page_copy._is_site_root
    if page_copy.live:
        page_published.send(sender=page_copy.specific_class, instance=page_copy, revision=revision)
    _log(specific, page_copy, parent, revision)
    return page_copy.specific


def _add_child(parent: Page, page_copy: Page) -> None:
    """treebeard's `add_child(instance=page_copy)`: the parent's row locked and read, the copy's path after its
    last child, the parent's `numchild` raised; then the copy saved without re-validating it."""
    node = Page.objects.select_for_update().get(pk=parent.pk)
    page_copy.depth = node.depth + 1
    if node.is_leaf():
        page_copy.path = Page._get_path(node.path, page_copy.depth, 1)
    else:
        page_copy.path = node.get_last_child()._inc_path()
    Page.objects.filter(pk=node.pk).update(numchild=F("numchild") + 1)
    parent.numchild = node.numchild + 1
    page_copy._cached_parent_obj = parent
    page_copy.save(clean=False, log_action=None)
    _log_created(page_copy)


def _log_created(page_copy: Page) -> None:
    """The "created" entry `Page.save` logs for a new page, written at the same point."""
    context = get_active_log_context()
    entry = PageLogEntry(
        content_type=ContentType.objects.get_for_model(page_copy, for_concrete_model=False),
        label=page_copy.specific_deferred.get_admin_display_title(),
        action="wagtail.create",
        timestamp=timezone.now(),
        data={},
        user_id=page_copy.owner_id or getattr(context.user, "pk", None),
        uuid=context.uuid,
        content_changed=True,
        page=page_copy,
    )
    PageLogEntry.objects.bulk_create([entry])


def _log(specific: Page, page_copy: Page, parent: Page, revision) -> None:
    """The copy's two history entries, as CopyPageAction logs them through `log()`."""
    content_type = ContentType.objects.get_for_model(page_copy, for_concrete_model=False)
    title = page_copy.specific_deferred.get_admin_display_title()
    source = specific.get_parent()
    data = {
        "page": {
            "id": page_copy.id,
            "title": page_copy.get_admin_display_title(),
            "locale": {"id": page_copy.locale_id, "language_code": page_copy.locale.language_code},
        },
        "source": {"id": source.id, "title": source.specific_deferred.get_admin_display_title()} if source else None,
        "destination": {"id": parent.id, "title": parent.specific_deferred.get_admin_display_title()},
        "keep_live": page_copy.live,
        "source_locale": {"id": specific.locale_id, "language_code": specific.locale.language_code},
    }
    entries = [PageLogEntry(action=COPY_ACTION, data=data, timestamp=timezone.now())]
    if page_copy.live:
        entries.append(PageLogEntry(action="wagtail.publish", data={}, revision=revision, timestamp=timezone.now()))
    uuid = get_active_log_context().uuid
    for entry in entries:
        entry.content_type, entry.label, entry.page, entry.uuid = content_type, title, page_copy, uuid
    PageLogEntry.objects.bulk_create(entries)
