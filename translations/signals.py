"""What publishing, translating and reviewing do to translations.

- A source article republished with a significant edit records a SourceEdit: its translations are
  stale until synced and re-reviewed (translations/status.py); an edit published as minor does not.
  A new correction always makes them stale (newsroom stamps `source_changed_at` on the translations).
- A source article published for the first time in an outlet with a language policy opens its requests.
- A published translation closes its assignment; a translation submitted for review, or sent back,
  moves its assignment along; the first translated string starts it.
- Any page published in a language with script variants publishes its variants.
"""

from django.db.models.signals import post_save
from django.utils import timezone

from wagtail.models import Page, WorkflowState
from wagtail.signals import page_published, workflow_rejected, workflow_submitted

from wagtail_localize.models import StringTranslation

from newsroom.models import ArticlePage

from .access import sync_grants
from .models import Assignment, MinorEdit, SourceEdit, Translator
from .requests import open_policy_requests
from .variants import sync_variants


def _assignments_of(page: Page):
    return Assignment.objects.filter(
        translation__source__object_id=page.translation_key, translation__target_locale_id=page.locale_id
    )


def on_page_published(sender, instance: Page, revision=None, **kwargs) -> None:
    if isinstance(instance, ArticlePage):
        if instance.is_source:
            minor = revision is not None and MinorEdit.objects.filter(revision=revision).exists()
            republished = instance.first_published_at != instance.last_published_at
            if republished and not minor:
                SourceEdit.objects.update_or_create(
                    translation_key=instance.translation_key, defaults={"changed_at": instance.last_published_at}
                )
            open_policy_requests(instance)
        else:
            _assignments_of(instance).update(status=Assignment.Status.PUBLISHED, updated_at=timezone.now())
    sync_variants(instance)


def _workflow_page(state: WorkflowState) -> Page | None:
    page = state.content_object
    return page if isinstance(page, Page) else None


def on_workflow_submitted(sender, instance: WorkflowState, **kwargs) -> None:
    page = _workflow_page(instance)
    if page is not None:
        _assignments_of(page).exclude(status=Assignment.Status.PUBLISHED).update(
            status=Assignment.Status.READY_FOR_REVIEW, updated_at=timezone.now()
        )


def on_workflow_rejected(sender, instance: WorkflowState, **kwargs) -> None:
    page = _workflow_page(instance)
    if page is not None:
        _assignments_of(page).filter(status=Assignment.Status.READY_FOR_REVIEW).update(
            status=Assignment.Status.IN_PROGRESS, updated_at=timezone.now()
        )


def on_string_translated(sender, instance: StringTranslation, created: bool, raw: bool = False, **kwargs) -> None:
    if raw or instance.context_id is None or instance.translation_type != StringTranslation.TRANSLATION_TYPE_MANUAL:
        return
    Assignment.objects.filter(
        status=Assignment.Status.REQUESTED,
        translation__source__object_id=instance.context.object_id,
        translation__target_locale_id=instance.locale_id,
    ).update(status=Assignment.Status.IN_PROGRESS, updated_at=timezone.now())


def on_translator_saved(sender, instance: Translator, raw: bool = False, update_fields=None, **kwargs) -> None:
    """A translator's languages changed: their page grants follow (see translations/access.py)."""
    if not raw and set(update_fields or ()) != {"group"}:
        sync_grants(instance)


def connect() -> None:
    page_published.connect(on_page_published, dispatch_uid="translations.page_published")
    workflow_submitted.connect(on_workflow_submitted, dispatch_uid="translations.workflow_submitted")
    workflow_rejected.connect(on_workflow_rejected, dispatch_uid="translations.workflow_rejected")
    post_save.connect(on_translator_saved, sender=Translator, dispatch_uid="translations.translator_saved")
    post_save.connect(on_string_translated, sender=StringTranslation, dispatch_uid="translations.string_translated")
