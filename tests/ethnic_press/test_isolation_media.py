"""A journalist of outlet A can neither see nor choose outlet B's photos and PDFs — in the admin views,
choosers, Wagtail's admin API or a page form posted with B's ids; the public images API is closed."""

from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import GroupPagePermission
from wagtail.test.utils.form_data import streamfield

import pytest

from ethnic_press.models import OutletAccess, PressImage
from newsroom.models import ArticlePage
from tests import factories
from tests.helpers import TO_DASHBOARD, article_form, assert_refused, login, make_user

pytestmark = pytest.mark.django_db


def collection_of(outlet):
    return OutletAccess.objects.get(translation_key=outlet.translation_key).collection


@pytest.fixture
def image_a(outlet_a, journalist_a):
    return factories.PressImageFactory(
        title="Корей театрының сахнасы", collection=collection_of(outlet_a), uploaded_by_user=journalist_a
    )


@pytest.fixture
def image_b(outlet_b):
    return factories.PressImageFactory(title="Ұйғыр ансамблінің концерті", collection=collection_of(outlet_b))


@pytest.fixture
def document_b(outlet_b):
    document = get_document_model()(title="Уйғур авази 12-сан", collection=collection_of(outlet_b))
    document.file.save("uyghur-avazi-12.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document.save()
    return document


@pytest.fixture
def document_a(outlet_a, journalist_a):
    document = get_document_model()(
        title="Коре ильбо 7-сан", collection=collection_of(outlet_a), uploaded_by_user=journalist_a
    )
    document.file.save("koryo-ilbo-7.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document.save()
    return document


def text(response) -> str:
    """The page, or for a chooser's JSON answer the HTML inside it (JSON escapes Cyrillic)."""
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]
    return response.content.decode()


@pytest.mark.parametrize("url_name", ["wagtailimages:index", "wagtailimages_chooser:choose"])
def test_image_listing_and_chooser_show_own_collection_only(journalist_client, image_a, image_b, url_name):
    response = journalist_client.get(reverse(url_name))
    assert response.status_code == 200
    assert image_a.title in text(response)
    assert image_b.title not in text(response)


def test_image_chooser_search_does_not_find_other_outlets_images(journalist_client, image_a, image_b):
    response = journalist_client.get(reverse("wagtailimages_chooser:choose_results"), {"q": "концерті"})
    assert image_b.title not in text(response)


def test_journalist_cannot_open_or_choose_another_outlets_image(journalist_client, image_b):
    for url in (
        reverse("wagtailimages:edit", args=[image_b.pk]),
        reverse("wagtailimages:delete", args=[image_b.pk]),
        reverse("wagtailimages_chooser:chosen", args=[image_b.pk]),
    ):
        assert_refused(journalist_client.get(url), TO_DASHBOARD)


@pytest.mark.parametrize("url_name", ["wagtaildocs:index", "wagtaildocs_chooser:choose"])
def test_document_listing_and_chooser_show_own_collection_only(journalist_client, document_a, document_b, url_name):
    response = journalist_client.get(reverse(url_name))
    assert response.status_code == 200
    assert document_a.title in text(response)
    assert document_b.title not in text(response)


def test_journalist_cannot_open_or_choose_another_outlets_document(journalist_client, document_b):
    for url in (
        reverse("wagtaildocs:edit", args=[document_b.pk]),
        reverse("wagtaildocs_chooser:chosen", args=[document_b.pk]),
    ):
        assert_refused(journalist_client.get(url), TO_DASHBOARD)


def test_journalist_uploads_land_in_own_collection_only(journalist_client, outlet_a, outlet_b):

    response = journalist_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Сахна",
            "description": "Театр сахнасындағы актерлер",
            "collection": collection_of(outlet_b).pk,
            "file": get_test_image_file(),
        },
    )
    assert response.status_code == 200  # the form comes back: B's collection is not a choice
    assert not PressImage.objects.filter(collection=collection_of(outlet_b)).exists()


def test_images_and_documents_api_is_not_exposed(client, image_b, document_b):
    assert client.get("/api/v2/images/", follow=True).status_code == 404
    assert client.get("/api/v2/documents/", follow=True).status_code == 404


@pytest.mark.parametrize("kind", ["images", "documents"])
def test_admin_api_lists_own_outlets_media_only(journalist_client, image_a, image_b, document_a, document_b, kind):
    own, other = {"images": (image_a, image_b), "documents": (document_a, document_b)}[kind]
    listing = journalist_client.get(f"/admin/api/main/{kind}/")
    assert listing.status_code == 200
    assert [item["title"] for item in listing.json()["items"]] == [own.title]
    found = journalist_client.get(f"/admin/api/main/{kind}/", {"search": other.title.split()[-1]})
    assert other.title not in found.content.decode()
    assert journalist_client.get(f"/admin/api/main/{kind}/{other.pk}/").status_code == 404
    assert journalist_client.get(f"/admin/api/main/{kind}/{own.pk}/").status_code == 200


@pytest.mark.parametrize("kind", ["images", "documents"])
def test_admin_api_shows_nothing_to_staff_without_collection_rights(image_b, document_b, kind):
    translator = make_user("translator-without-media")
    translator.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = login(translator)
    listing = client.get(f"/admin/api/main/{kind}/")
    assert listing.status_code == 200
    assert listing.json()["items"] == []
    other = image_b if kind == "images" else document_b
    assert client.get(f"/admin/api/main/{kind}/{other.pk}/").status_code == 404


def test_page_form_refuses_another_outlets_image_by_id(journalist_client, article_a, image_a, image_b):
    url = reverse("wagtailadmin_pages:edit", args=[article_a.pk])
    response = journalist_client.post(url, article_form(article_a, hero_image=image_b.pk, hero_alt_text="Сахна"))
    assert response.status_code == 200  # the form comes back with the error
    assert "collection you cannot use" in response.content.decode()
    assert ArticlePage.objects.get(pk=article_a.pk).get_latest_revision_as_object().hero_image_id != image_b.pk

    own = journalist_client.post(url, article_form(article_a, hero_image=image_a.pk, hero_alt_text="Сахна"))
    assert own.status_code == 302
    assert ArticlePage.objects.get(pk=article_a.pk).get_latest_revision_as_object().hero_image_id == image_a.pk


def test_page_form_refuses_another_outlets_image_in_the_body(journalist_client, article_a, image_b):
    body = streamfield([("image", {"image": image_b.pk, "caption": "", "alt_text": "Концерт", "credit": ""})])
    response = journalist_client.post(
        reverse("wagtailadmin_pages:edit", args=[article_a.pk]), article_form(article_a, body=body)
    )
    assert response.status_code == 200
    assert "collection you cannot use" in response.content.decode()


def test_admin_api_shows_an_image_to_whoever_may_edit_a_page_using_it(article_b, image_b, outlet_b):
    """The translation editor fetches the photo of the page it translates; a translator has no collection
    of their own, only a grant on that page (translations/access.py). Other photos stay hidden."""
    article_b.hero_image = image_b
    article_b.save_revision().publish()
    other = factories.PressImageFactory(title="Басқа сурет", collection=collection_of(outlet_b))
    translator = make_user("translator-of-the-page")
    group = Group.objects.create(name="Translator: translator-of-the-page")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=article_b, permission=Permission.objects.get(codename="change_page")
    )
    translator.groups.add(group)
    client = login(translator)
    assert client.get(f"/admin/api/main/images/{image_b.pk}/").status_code == 200
    assert client.get(f"/admin/api/main/images/{other.pk}/").status_code == 404
    assert client.get("/admin/api/main/images/").json()["items"] == []  # the listing stays collection-scoped
