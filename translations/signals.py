"""What publishing, translating and reviewing do to translations.

- A source article republished, or given a new correction, records a SourceEdit: its translations
  are stale until re-reviewed (translations/status.py); its new text is synced to them at once, so the
  translator finds it in the translation editor. An edit published as minor is
  recorded as such (by the "Publish as minor edit" action, wagtail_hooks.py) and leaves them current;
  a correction makes them stale even in a minor edit.
- A source article published for the first time in an outlet with a language policy opens its requests
  (not one from an archive import: editors request translations of archive articles by hand).
- A published translation closes its assignment; a translation submitted for review, or sent back,
  moves its assignment along; the first translated string starts it.
- Any page published in a language with script variants publishes its variants (an archive import's,
  one background task per batch of lines: ethnic_press/importing/deferral.py).
"""

from django.db.models.signals import post_save
from django.utils import timezone

from wagtail.models import Page, WorkflowState
from wagtail.signals import page_published, workflow_rejected, workflow_submitted

from wagtail_localize.models import StringTranslation, TranslationSource

from ethnic_press.importing import deferral
from languages.admin_language import give_default_admin_language
from newsroom.models import ArticleCorrection, ArticlePage

from .access import sync_grants
from .models import Assignment, SourceEdit, Translator
from .requests import open_policy_requests
from .tasks import sync_variants_task
from .variants import sync_variants


def _assignments_of(page: Page):
    return Assignment.objects.filter(
        translation__source__object_id=page.translation_key, translation__target_locale_id=page.locale_id
    )


def _record_republish(page: ArticlePage, revision) -> bool:
    """A source published again (not for the first time, and not as a minor edit) is a change to follow."""
    if page.first_published_at == page.last_published_at:
        return False
    if revision is not None and SourceEdit.objects.filter(revision=revision, reason=SourceEdit.Reason.MINOR).exists():
        return False
    SourceEdit.objects.create(
        translation_key=page.translation_key,
        reason=SourceEdit.Reason.REPUBLISH,
        changed_at=page.last_published_at,
        revision=revision,
        edited_by=getattr(revision, "user", None),
    )
    return True


def _corrected_in(page: ArticlePage, revision) -> bool:
    """Whether this publication committed a new correction (on_correction_saved recorded it meanwhile)."""
    return (
        revision is not None
        and SourceEdit.objects.filter(
            translation_key=page.translation_key,
            reason=SourceEdit.Reason.CORRECTION,
            changed_at__gte=revision.created_at,
        ).exists()
    )


def _sync_translation_sources(page: ArticlePage) -> None:
    """The changed source's text reaches its translations' editors at once (wagtail-localize's "sync",
    which outlet editors have no button for); the translations stay stale until published again."""
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is not None and source.translations.filter(enabled=True).exists():
        source.update_from_db()


def on_page_published(sender, instance: Page, revision=None, **kwargs) -> None:
    if isinstance(instance, ArticlePage):
        if instance.is_source:
            if _record_republish(instance, revision) | _corrected_in(instance, revision):
                _sync_translation_sources(instance)
            if not deferral.importing():
                open_policy_requests(instance)
        else:
            _assignments_of(instance).update(status=Assignment.Status.PUBLISHED, updated_at=timezone.now())
    if not deferral.defer_variants(instance):  # an import batch publishes them in one task at its end
        sync_variants(instance)


def on_import_batch_written(sender, page_ids: list[int], **kwargs) -> None:
    """The script variants of an import batch's articles: one background task."""
    sync_variants_task.enqueue(page_ids)


def on_correction_saved(sender, instance: ArticleCorrection, created: bool, raw: bool = False, **kwargs) -> None:
    """A correction committed to a source article (on publish) makes its translations stale.

    Child objects reach the database when the page is published (drafts live in revisions), and
    translations copying the correction are not sources, so only real new corrections count.
    """
    if raw or not created or not instance.page.is_source:
        return
    SourceEdit.objects.create(
        translation_key=instance.page.translation_key, reason=SourceEdit.Reason.CORRECTION, changed_at=timezone.now()
    )


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
    """A translator's languages changed: their page grants follow (see translations/access.py); a new
    translator's admin speaks the first of their languages that has an admin catalogue, else Russian."""
    if not raw and set(update_fields or ()) != {"group"}:
        sync_grants(instance)
        give_default_admin_language(instance.user, instance.languages)


def connect() -> None:
    page_published.connect(on_page_published, dispatch_uid="translations.page_published")
    deferral.batch_written.connect(on_import_batch_written, dispatch_uid="translations.import_batch_written")
    workflow_submitted.connect(on_workflow_submitted, dispatch_uid="translations.workflow_submitted")
    workflow_rejected.connect(on_workflow_rejected, dispatch_uid="translations.workflow_rejected")
    post_save.connect(on_correction_saved, sender=ArticleCorrection, dispatch_uid="translations.correction_saved")
    post_save.connect(on_translator_saved, sender=Translator, dispatch_uid="translations.translator_saved")
    post_save.connect(on_string_translated, sender=StringTranslation, dispatch_uid="translations.string_translated")
