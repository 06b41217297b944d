"""The admin's icon sprite (cms/sprite.py): kept by the browser while its address names the current icons."""

from django.urls import reverse

from wagtail.admin.icons import get_icon_sprite_hash, get_icon_sprite_url, get_icons

import pytest

pytestmark = pytest.mark.django_db


def test_the_sprite_of_the_current_icons_is_cached_for_a_year(client):
    response = client.get(get_icon_sprite_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml; charset=utf-8"
    assert response.content.decode() == get_icons()
    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=31536000", "immutable"}
    assert "Set-Cookie" not in response and not response.cookies


@pytest.mark.parametrize("query", ["", "?h=00000000"])
def test_a_sprite_address_without_the_current_hash_is_not_cached(client, query):
    assert f"h={get_icon_sprite_hash()}" != query.lstrip("?")
    response = client.get(reverse("wagtailadmin_sprite") + query)
    assert response.status_code == 200
    assert response.content.decode() == get_icons()
    assert "no-store" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]


def test_admin_pages_ask_for_the_cacheable_sprite(admin_client):
    page = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert f'data-icon-url="{get_icon_sprite_url()}"' in page
