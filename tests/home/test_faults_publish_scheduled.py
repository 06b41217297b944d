"""`publish_scheduled` started twice at the same moment (two cron hosts, an overlapping run) publishes a
scheduled article once: one publish, one log entry, one live revision."""

import datetime

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import PageLogEntry, Revision

import pytest

from newsroom.models import ArticlePage
from tests import factories
from tests.faults import at_once, needs_concurrent_database

pytestmark = [needs_concurrent_database, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_publish_scheduled_run_twice_at_once_publishes_once(outlet, client):
    page = factories.ArticlePageFactory(parent=outlet, title="Жоспарланған мақала", live=False)
    page.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
    revisions = Revision.objects.filter(object_id=str(page.pk)).count()

    at_once(lambda: call_command("publish_scheduled"), lambda: call_command("publish_scheduled"))

    page = ArticlePage.objects.get(pk=page.pk)
    assert page.live and page.live_revision is not None
    assert PageLogEntry.objects.filter(page_id=page.pk, action__startswith="wagtail.publish").count() == 1
    assert Revision.objects.filter(object_id=str(page.pk)).count() == revisions
    assert not Revision.objects.filter(object_id=str(page.pk), approved_go_live_at__isnull=False).exists()
    assert client.get(page.url).status_code == 200
