"""A translator's rights are exactly "edit the assigned translation and submit it": no delete, no
disabling or converting the translation, no bulk or API page actions, no other outlet's media through
an override; broken PO uploads are messages, not server errors."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation

from ethnic_press.models import OutletAccess
from newsroom.models import ArticlePage
from tests import factories
from tests.helpers import TO_DASHBOARD, assert_refused, login

from .conftest import korean_article, publish_through_admin, translation_page

pytestmark = pytest.mark.django_db


def collection_of(outlet):
    return OutletAccess.objects.get(translation_key=outlet.translation_key).collection


def test_translator_may_still_open_the_translation_editor_and_their_list(kazakh_work, kazakh_translator):
    article, translation = kazakh_work
    client = login(kazakh_translator)
    page = translation_page(article, "kk")
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
    assert client.get(reverse("translations_mine")).status_code == 200
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_translator_cannot_delete_disable_or_convert_the_assigned_translation(kazakh_work, kazakh_translator):
    article, translation = kazakh_work
    client = login(kazakh_translator)
    page = translation_page(article, "kk")
    attempts = {
        "delete": client.post(reverse("wagtailadmin_pages:delete", args=[page.pk])),
        "disable": client.post(reverse("wagtail_localize:stop_translation", args=[translation.pk])),
        "convert to alias": client.post(reverse("wagtail_localize:convert_to_alias", args=[page.pk])),
        "bulk delete": client.post(
            reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={page.pk}"
        ),
        "unpublish": client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk])),
        "move": client.get(reverse("wagtailadmin_pages:move", args=[page.pk])),
        "copy": client.post(reverse("wagtailadmin_pages:copy", args=[page.pk])),
        "privacy": client.post(
            reverse("wagtailadmin_pages:set_privacy", args=[page.pk]), {"restriction_type": "login"}
        ),
        "explorer": client.get(reverse("wagtailadmin_explore", args=[page.get_parent().pk])),
    }
    for what, response in attempts.items():
        assert_refused(response, TO_DASHBOARD, what)
    api = client.post(reverse("wagtailadmin_api:pages:action", args=[page.pk, "delete"]))
    assert api.status_code in (302, 403), api.status_code
    assert ArticlePage.objects.filter(pk=page.pk).exists()
    assert Translation.objects.get(pk=translation.pk).enabled
    assert not ArticlePage.objects.get(pk=page.pk).alias_of_id


def test_an_override_cannot_attach_another_outlets_image(
    koryo, policy, koryo_editor, kazakh_translator, russian_translator, outlet
):
    own = factories.PressImageFactory(title="Театр сахнасы", collection=collection_of(koryo))
    foreign = factories.PressImageFactory(title="Басқа газеттің суреті", collection=collection_of(outlet))
    article = korean_article(koryo, hero_image=own, hero_alt_text="무대")
    publish_through_admin(koryo_editor, article, hero_image=own.pk, hero_alt_text="무대")
    translation = Translation.objects.get(source__object_id=article.translation_key, target_locale__language_code="kk")
    segment = OverridableSegment.objects.get(source=translation.source, context__path="hero_image")
    url = reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])

    response = login(kazakh_translator).put(
        url, f"value={foreign.pk}", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (302, 403)
    assert not SegmentOverride.objects.filter(locale=translation.target_locale).exists()

    editor_put = login(koryo_editor).put(url, f"value={foreign.pk}", content_type="application/x-www-form-urlencoded")
    assert editor_put.status_code in (302, 403)
    assert not SegmentOverride.objects.filter(locale=translation.target_locale).exists()


@pytest.mark.parametrize(
    "upload",
    [
        {},
        {"file": SimpleUploadedFile("kk.po", b'msgid ""\nmsgstr ""\n"Language: kk\\n"\n\nmsgid "a"\nmsgstr "b"\n')},
        {"file": SimpleUploadedFile("kk.po", b"\xff\xfe not a po file")},
    ],
    ids=["no file", "no translation header", "not a PO file"],
)
def test_a_broken_po_upload_is_a_message_not_a_server_error(kazakh_work, kazakh_translator, upload):
    article, translation = kazakh_work
    client = login(kazakh_translator)
    mine = reverse("translations_mine")
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {**upload, "next": mine}, follow=True
    )
    assert response.status_code == 200
    assert response.redirect_chain[0][0] == mine
    text = response.content.decode()
    assert "PO file" in text


def test_a_broken_po_upload_message_is_in_the_translators_admin_language(kazakh_work, kazakh_translator):
    article, translation = kazakh_work
    kazakh_translator.wagtail_userprofile.preferred_language = "ru"
    kazakh_translator.wagtail_userprofile.save()
    response = login(kazakh_translator).post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"next": reverse("translations_mine")},
        follow=True,
    )
    assert "Выберите PO-файл для загрузки." in response.content.decode()


def snippet_api(app_label: str, model_name: str, pk) -> str:
    return reverse("wagtail_localize:snippets_api_detail", args=[app_label, model_name, pk])


def test_the_editor_shows_the_translator_their_pages_region_and_nothing_else_of_the_directory(
    kazakh_work, kazakh_translator, koryo, koryo_editor
):
    # The translation editor asks the snippets API for the region's name; refused, it showed
    # "loading region…" forever (the refusal's redirect was parsed as JSON).
    article, translation = kazakh_work
    region = factories.RegionFactory(name="Қызылорда облысы")
    ArticlePage.objects.filter(translation_key=article.translation_key).update(region=region)
    other_region = factories.RegionFactory(name="Маңғыстау облысы")
    korean_article(koryo, title="비공개 초안", slug="unassigned-draft", region=other_region)  # not theirs
    journalist = factories.JournalistFactory(name="Елена Ким")
    client = login(kazakh_translator)

    response = client.get(snippet_api("ethnic_press", "region", region.pk))
    assert response.status_code == 200
    assert response.json()["title"] == "Қызылорда облысы"
    refused = {
        "a region only an unassigned draft shows": snippet_api("ethnic_press", "region", other_region.pk),
        "another snippet model": snippet_api("newsroom", "journalist", journalist.pk),
        "a page through the snippets API": snippet_api("wagtailcore", "page", article.pk),
        "not a model": snippet_api("ethnic_press", "nothing", region.pk),
        "not a key": snippet_api("ethnic_press", "region", "x"),
        "the listing": reverse("wagtail_localize:snippets_api_listing", args=["ethnic_press", "region"]),
    }
    for what, url in refused.items():
        assert_refused(client.get(url), TO_DASHBOARD, what)
    assert login(koryo_editor).get(snippet_api("ethnic_press", "region", other_region.pk)).status_code == 200
