"""Image uploads: alt text is required, credit is kept, and hostile files are form errors, never crashes."""

import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.images.tests.utils import get_test_image_file

import pytest

from ethnic_press.models import OutletAccess, PressImage

pytestmark = pytest.mark.django_db


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def decompression_bomb(side: int = 20_000) -> bytes:
    """A PNG of a few hundred bytes that claims side×side pixels (400 million): a decompression bomb."""
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (side + 1) * 8, 9)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", rows) + png_chunk(b"IEND", b"")


def photo(size=(640, 480)) -> SimpleUploadedFile:
    return SimpleUploadedFile("stage.png", get_test_image_file(size=size).file.getvalue(), content_type="image/png")


@pytest.fixture
def collection(outlet_a):
    return OutletAccess.objects.get(translation_key=outlet_a.translation_key).collection


def upload(client, collection, file, **fields):
    data = {"title": "Сахна", "collection": collection.pk, "file": file, "description": "", "credit": "", **fields}
    return client.post(reverse("wagtailimages:add"), data)


def test_upload_without_alt_text_is_refused(journalist_client, collection):
    response = upload(journalist_client, collection, photo())
    assert response.status_code == 200
    assert response.context["form"].errors["description"]
    assert not PressImage.objects.exists()


def test_upload_keeps_alt_text_and_credit(journalist_client, collection, journalist_a):
    response = upload(
        journalist_client,
        collection,
        photo(),
        description="Театр сахнасындағы актерлер",
        credit="Ли Сон Хи / Коре ильбо",
    )
    assert response.status_code == 302, response.context["form"].errors
    image = PressImage.objects.get()
    assert (image.description, image.credit, image.collection) == (
        "Театр сахнасындағы актерлер",
        "Ли Сон Хи / Коре ильбо",
        collection,
    )
    assert image.uploaded_by_user == journalist_a
    edit = journalist_client.get(reverse("wagtailimages:edit", args=[image.pk])).content.decode()
    assert 'name="focal_point_x"' in edit


def test_decompression_bomb_is_a_form_error(journalist_client, collection):
    bomb = SimpleUploadedFile("bomb.png", decompression_bomb(), content_type="image/png")
    response = upload(journalist_client, collection, bomb, description="Бомба")
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not PressImage.objects.exists()


def test_corrupt_image_is_a_form_error(journalist_client, collection):
    broken = SimpleUploadedFile("photo.jpg", b"\xff\xd8\xff\xe0 not really a jpeg", content_type="image/jpeg")
    response = upload(journalist_client, collection, broken, description="Сынық файл")
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not PressImage.objects.exists()


def test_oversized_file_is_a_form_error(journalist_client, collection, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    response = upload(journalist_client, collection, photo(), description="Үлкен")
    assert response.status_code == 200
    assert response.context["form"].errors["file"]


def test_multiple_upload_works_and_then_asks_for_alt_text(journalist_client, collection):
    response = journalist_client.post(
        reverse("wagtailimages:add_multiple"), {"collection": collection.pk, "files[]": photo()}
    )
    assert response.json()["success"]
    image = PressImage.objects.get()
    details = journalist_client.post(
        reverse("wagtailimages:edit_multiple", args=[image.pk]),
        {
            f"image-{image.pk}-title": "Сахна",
            f"image-{image.pk}-collection": collection.pk,
            f"image-{image.pk}-description": "",
        },
    )
    assert not details.json()["success"]
    details = journalist_client.post(
        reverse("wagtailimages:edit_multiple", args=[image.pk]),
        {
            f"image-{image.pk}-title": "Сахна",
            f"image-{image.pk}-collection": collection.pk,
            f"image-{image.pk}-description": "Сахнадағы актерлер",
            f"image-{image.pk}-credit": "",
        },
    )
    assert details.json()["success"]
    image.refresh_from_db()
    assert image.description == "Сахнадағы актерлер"
