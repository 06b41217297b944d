"""Requests that used to be server errors or half-done: each now gets a 4xx or a clear answer."""

from django.conf import settings
from django.contrib.sessions.models import Session
from django.urls import reverse

import pytest

from tests.helpers import login, make_user

pytestmark = pytest.mark.django_db


def test_get_logout_asks_to_confirm_and_keeps_the_session(journalist_client):
    response = journalist_client.get("/admin/logout/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'method="post"' in html and 'action="/admin/logout/"' in html
    assert settings.SESSION_COOKIE_NAME not in response.cookies  # the cookie is not cleared behind the user's back
    assert journalist_client.get(reverse("wagtailadmin_home")).status_code == 200  # still logged in


def test_post_logout_ends_the_session_on_the_server(journalist_a):
    client = login(journalist_a)
    session_key = client.session.session_key
    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert not Session.objects.filter(session_key=session_key).exists()
    assert client.get(reverse("wagtailadmin_home")).status_code == 302


def test_reverting_to_a_revision_that_does_not_exist_is_a_404_for_everyone(article_a):
    admin = make_user("site-admin")
    admin.is_superuser = True
    admin.save()
    for revision_id in (0, 999999):
        url = reverse("wagtailadmin_pages:revisions_revert", args=[article_a.pk, revision_id])
        assert login(admin).get(url).status_code == 404
