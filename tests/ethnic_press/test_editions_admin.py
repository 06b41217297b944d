"""Editors in the admin: progress of every edition, failures with their reason, retry, re-extraction,
page-by-page correction beside the page image, all limited to the outlets the editor works for; and the
task queue: uploading only enqueues, the worker does the reading."""

from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

import pytest
from django_tasks_db.models import DBTaskResult

from ethnic_press.editions.models import EditionText, PrintPage
from ethnic_press.permissions import EDITOR
from tests import factories
from tests.ethnic_press import editions as make
from tests.ethnic_press.test_editions_bad_input import limits
from tests.helpers import TO_DASHBOARD, assert_refused, login, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def koryo(outlet_index):
    return factories.OutletPageFactory(parent=outlet_index, title="Коре ильбо", slug="koryo-ilbo", languages=["ko"])


@pytest.fixture
def avazi(outlet_index):
    return factories.OutletPageFactory(parent=outlet_index, title="Уйғур авази", slug="uyghur-avazi", languages=["ug"])


@pytest.fixture
def edition(koryo, django_capture_on_commit_callbacks):
    """A live Koryo Ilbo edition: a born-digital page and a scanned one whose recognition failed."""
    content = make.merged(make.born_digital(make.strip("de", make.GERMAN)), make.scanned(make.strip("ko", make.KOREAN)))
    with limits(TESSERACT="/nonexistent/tesseract"), django_capture_on_commit_callbacks(execute=True):
        return make.edition(koryo, content, number=7)


@pytest.fixture
def editor(koryo):
    return login(make_user("koryo-editor", koryo, EDITOR))


def test_editor_sees_progress_and_failures_of_own_outlets_editions(editor, edition):
    index = editor.get(reverse("editions_index")).content.decode()
    assert edition.title in index and "1 / 2" in index
    failed = editor.get(reverse("editions_index") + "?status=failed").content.decode()
    assert edition.title in failed
    page = editor.get(reverse("editions_edition", args=[edition.pk])).content.decode()
    assert "1 of 2 pages read" in page and "1 page failed" in page
    assert "apt-get install tesseract-ocr" in page
    assert reverse("editions_page_image", args=[edition.pk, 1, "thumbnail"]) in page


def test_editor_of_another_outlet_sees_nothing_of_the_edition(client, avazi, edition):
    other = login(make_user("avazi-editor", avazi, EDITOR))
    assert edition.title not in other.get(reverse("editions_index")).content.decode()
    assert_refused(other.get(reverse("editions_edition", args=[edition.pk])), TO_DASHBOARD)
    assert_refused(other.get(reverse("editions_page", args=[edition.pk, 1])), TO_DASHBOARD)
    assert_refused(
        other.post(reverse("editions_page", args=[edition.pk, 1]), {"text": "x", "language": "ko"}), TO_DASHBOARD
    )
    assert_refused(other.post(reverse("editions_retry", args=[edition.pk, 2])), TO_DASHBOARD)
    assert_refused(other.post(reverse("editions_extract", args=[edition.pk]), {"force": "1"}), TO_DASHBOARD)
    assert PrintPage.objects.get(edition_text__document=edition.pdf, number=1).corrected_at is None


def test_failed_page_is_retried_from_the_admin(editor, edition, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(reverse("editions_retry", args=[edition.pk, 2]))
    assert response.status_code == 302
    page = PrintPage.objects.get(edition_text__document=edition.pdf, number=2)
    assert page.status == PrintPage.Status.DONE and page.method == PrintPage.Method.OCR and "학교" in page.text
    assert EditionText.objects.get(document=edition.pdf).status == EditionText.Status.DONE


def test_correction_is_saved_beside_the_page_image_and_survives_reextraction_unless_forced(
    editor, edition, django_capture_on_commit_callbacks
):
    url = reverse("editions_page", args=[edition.pk, 1])
    form = editor.get(url).content.decode()
    assert reverse("editions_page_image", args=[edition.pk, 1, "preview"]) in form and make.GERMAN in form
    corrected = "Neue Schule in Almaty eröffnet\n\nDie Schule hat achthundert Plätze."
    assert editor.post(url, {"text": corrected, "language": "de"}).status_code == 302
    page = PrintPage.objects.get(edition_text__document=edition.pdf, number=1)
    assert page.text == corrected and page.is_corrected and page.corrected_by.username == "koryo-editor"
    assert page.extracted_text.strip() == make.GERMAN and page.language == "de"

    with django_capture_on_commit_callbacks(execute=True):
        editor.post(reverse("editions_extract", args=[edition.pk]))
    page.refresh_from_db()
    assert page.text == corrected and page.status == PrintPage.Status.DONE

    with django_capture_on_commit_callbacks(execute=True):
        editor.post(reverse("editions_extract", args=[edition.pk]), {"force": "1"})
    page = PrintPage.objects.get(edition_text__document=edition.pdf, number=1)
    assert not page.is_corrected and page.text.strip() == make.GERMAN


def test_restoring_a_page_shows_the_extracted_text_again(editor, edition):
    url = reverse("editions_page", args=[edition.pk, 1])
    editor.post(url, {"text": "Tippfehler", "language": "de"})
    editor.post(url, {"text": "ignored", "language": "de", "restore": "1"})
    page = PrintPage.objects.get(edition_text__document=edition.pdf, number=1)
    assert not page.is_corrected and page.text.strip() == make.GERMAN


def test_page_images_are_public_only_for_public_editions(client, editor, edition, koryo):
    image = reverse("editions_page_image", args=[edition.pk, 1, "thumbnail"])
    assert editor.get(image)["Content-Type"] == "image/jpeg"
    assert client.get(image).status_code == 200  # a reader, not logged in
    edition.unpublish()
    assert client.get(image).status_code == 404
    assert client.get(reverse("editions_page_image", args=[edition.pk, 1, "other"])).status_code == 404


# transaction: the worker commits and closes connections as in production; serialized_rollback keeps the
# locales and the tree root that the flush after a transactional test would drop
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "print"]}})
def test_upload_only_enqueues_and_the_worker_reads_the_edition(koryo):
    edition = make.edition(koryo, make.born_digital(make.strip("de", make.GERMAN)))
    state = EditionText.objects.get(document=edition.pdf)
    assert state.status == EditionText.Status.QUEUED and state.pages.count() == 0
    task = DBTaskResult.objects.get(queue_name="print")
    assert task.task_path.endswith("extract_edition_task")

    call_command("db_worker", "--batch", "--queue-name", "print", "--no-startup-delay", "--no-reload", verbosity=0)
    state.refresh_from_db()
    assert state.status == EditionText.Status.DONE and make.GERMAN in state.pages.get().text
    assert DBTaskResult.objects.get(queue_name="print").status == "SUCCESSFUL"
