"""Administrators add people to an outlet from the outlet's page in the admin."""

from django.urls import reverse

import pytest

from tests.helpers import TO_DASHBOARD, assert_refused, make_user

pytestmark = pytest.mark.django_db


def test_administrator_adds_an_editor_from_the_outlet_page(admin_client, outlet_a):
    person = make_user("aliya")
    header = admin_client.get(reverse("wagtailadmin_explore", args=[outlet_a.pk]))
    staff_url = reverse("ethnic_press_outlet_staff", args=[outlet_a.pk])
    assert staff_url in header.content.decode()
    response = admin_client.post(staff_url, {"user": person.pk, "role": "editor"}, follow=True)
    assert response.status_code == 200
    assert list(person.groups.values_list("name", flat=True)) == ["Коре ильбо editors"]
    assert "aliya" in response.content.decode()


def test_new_journalist_can_then_write_in_the_outlet(admin_client, client, outlet_a):
    person = make_user("marat")
    admin_client.post(
        reverse("ethnic_press_outlet_staff", args=[outlet_a.pk]), {"user": person.pk, "role": "journalist"}
    )
    client.force_login(person)
    add = reverse("wagtailadmin_pages:add", args=["newsroom", "articlepage", outlet_a.pk])
    assert client.get(add).status_code == 200


def test_outlet_staff_cannot_add_people(editor_client, outlet_a):
    person = make_user("stranger")
    url = reverse("ethnic_press_outlet_staff", args=[outlet_a.pk])
    assert_refused(editor_client.post(url, {"user": person.pk, "role": "editor"}), TO_DASHBOARD)
    assert not person.groups.exists()
    header = editor_client.get(reverse("wagtailadmin_explore", args=[outlet_a.pk]))
    assert url not in header.content.decode()
