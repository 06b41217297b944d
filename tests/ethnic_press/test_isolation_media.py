"""A journalist of outlet A can neither see nor choose outlet B's photos and PDFs; the images API is closed."""

from django.core.files.base import ContentFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images.tests.utils import get_test_image_file

import pytest

from ethnic_press.models import OutletAccess, PressImage
from tests import factories
from tests.helpers import TO_DASHBOARD, assert_refused

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
