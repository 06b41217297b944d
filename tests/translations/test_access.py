"""wagtail-localize's own views (preview, overrides, PO upload) are closed to anyone not assigned the translation."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

import polib
import pytest
from wagtail_localize.models import OverridableSegment, SegmentOverride, StringTranslation

from ethnic_press.permissions import JOURNALIST
from tests.helpers import FORBIDDEN, TO_DASHBOARD, TO_LOGIN, assert_refused, login, make_user

from .conftest import translation_page

pytestmark = pytest.mark.django_db


def snapshot(article, translation) -> tuple:
    """What a reader or the translation editor would see change on the Kazakh translation."""
    page = translation_page(article, "kk")
    return (
        page.title,
        page.live,
        page.latest_revision_id,
        StringTranslation.objects.filter(locale=translation.target_locale).count(),
        SegmentOverride.objects.filter(locale=translation.target_locale).count(),
    )


def kazakh_po(translator_client, translation) -> bytes:
    po = polib.pofile(
        translator_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])).content.decode()
    )
    for entry in po:
        entry.msgstr = "Біреудің аудармасына қол сұғу"
    return str(po).encode()


# The string and override endpoints are the translation editor's JavaScript API: a refusal there is
# a 403; the page views redirect to the dashboard with Wagtail's message.
REFUSALS = {"preview": TO_DASHBOARD, "override": FORBIDDEN, "upload": TO_DASHBOARD}


def attempts(client, translation, po: bytes) -> dict:
    segment = OverridableSegment.objects.filter(source=translation.source).first()
    assert segment is not None, "the article has a synchronised field a translator could override"
    return {
        "preview": client.get(reverse("wagtail_localize:preview_translation", args=[translation.pk])),
        "override": client.put(
            reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk]),
            "value=https%3A%2F%2Fexample.kz%2F",
            content_type="application/x-www-form-urlencoded",
        ),
        "upload": client.post(
            reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
            {"file": SimpleUploadedFile("kk.po", po), "next": reverse("translations_mine")},
        ),
    }


def test_the_assigned_translator_may_preview_the_translation(kazakh_work, kazakh_translator):
    article, translation = kazakh_work
    response = login(kazakh_translator).get(reverse("wagtail_localize:preview_translation", args=[translation.pk]))
    assert response.status_code == 200
    assert article.title in response.content.decode()  # nothing translated yet: the source text stands in


def test_translators_and_journalists_without_the_assignment_are_refused(
    kazakh_work, kazakh_translator, russian_translator, outlet
):
    article, translation = kazakh_work
    po = kazakh_po(login(kazakh_translator), translation)
    before = snapshot(article, translation)
    outsiders = {
        "russian translator": login(russian_translator),
        "another outlet's journalist": login(make_user("dostyq-journalist", outlet, JOURNALIST)),
    }
    for who, client in outsiders.items():
        for view, response in attempts(client, translation, po).items():
            assert_refused(response, REFUSALS[view], f"{view} by the {who}")
    assert snapshot(article, translation) == before


def test_an_anonymous_visitor_is_sent_to_the_login_page(kazakh_work, kazakh_translator):
    article, translation = kazakh_work
    po = kazakh_po(login(kazakh_translator), translation)
    before = snapshot(article, translation)
    for view, response in attempts(Client(), translation, po).items():
        assert_refused(response, TO_LOGIN, view)
    assert snapshot(article, translation) == before
