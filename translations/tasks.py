"""Background tasks of translations (Wagtail's task framework, django-tasks; the "default" queue)."""

from wagtail.models import Page

from django_tasks import task

from .variants import sync_variants


@task()
def sync_variants_task(page_ids: list[int]) -> dict:
    """Publish the script variants of pages published without them (an import batch: ethnic_press/importing/
    deferral.py). Pages no longer live are skipped; a variant that fails is logged by sync_variants."""
    synced = 0
    for page in Page.objects.filter(pk__in=page_ids, live=True).specific().order_by("path"):
        synced += len(sync_variants(page))
    return {"pages": len(page_ids), "variants": synced}
