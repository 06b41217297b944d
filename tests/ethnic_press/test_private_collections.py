"""Private collections: documents behind a collection's view restriction are not served to readers,
and a restricted collection's images stay out of the public API and out of other outlets' choosers."""

from django.core.files.base import ContentFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction

import pytest

from ethnic_press.models import OutletAccess
from tests import factories
from tests.helpers import TO_DASHBOARD, assert_refused

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_collection(outlet_b):
    collection = OutletAccess.objects.get(translation_key=outlet_b.translation_key).collection
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="редакция"
    )
    return collection


@pytest.fixture
def private_document(private_collection):
    document = get_document_model()(title="Уйғур авази: редакция жоспары", collection=private_collection)
    document.file.save("plan.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document.save()
    return document


def test_document_in_a_private_collection_is_not_served_to_readers(client, private_document):
    response = client.get(private_document.url)
    assert response.status_code == 200  # the password form, not the file
    assert not response.has_header("Content-Disposition")
    assert b"%PDF" not in response.content


def test_private_collection_images_stay_out_of_the_api_and_other_outlets_choosers(
    client, journalist_client, private_collection
):
    image = factories.PressImageFactory(title="Редакция кеңесінің суреті", collection=private_collection)
    assert client.get("/api/v2/images/").status_code == 404
    assert client.get(f"/api/v2/images/{image.pk}/").status_code == 404
    chooser = journalist_client.get(reverse("wagtailimages_chooser:choose_results"), {"q": "Редакция"})
    html = (
        chooser.json()["html"] if chooser["Content-Type"].startswith("application/json") else chooser.content.decode()
    )
    assert image.title not in html
    assert_refused(journalist_client.get(reverse("wagtailimages_chooser:chosen", args=[image.pk])), TO_DASHBOARD)
