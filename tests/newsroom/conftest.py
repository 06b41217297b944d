"""Two outlets with their staff, for the permission and workflow tests."""

from django.contrib.auth import get_user_model

import pytest

from ethnic_press.permissions import EDITOR, JOURNALIST, add_member
from ethnic_press.provisioning import access_for
from tests import factories


def make_user(username: str, outlet=None, role: str = JOURNALIST):
    user = get_user_model().objects.create_user(username, f"{username}@example.kz", "x")
    if outlet is not None:
        add_member(user, access_for(outlet), role)
    return user


@pytest.fixture
def outlet_a(outlet_index):
    return factories.OutletPageFactory(parent=outlet_index, title="Коре ильбо", slug="koryo-ilbo", languages=["ko"])


@pytest.fixture
def outlet_b(outlet_index):
    return factories.OutletPageFactory(parent=outlet_index, title="Уйғур авази", slug="uyghur-avazi", languages=["ug"])


@pytest.fixture
def article_a(outlet_a):
    return factories.ArticlePageFactory(parent=outlet_a, title="Алматыда Корей театрының маусымы ашылды")


@pytest.fixture
def article_b(outlet_b):
    return factories.ArticlePageFactory(parent=outlet_b, title="Ұйғыр театры жаңа қойылым дайындады")


@pytest.fixture
def journalist_a(outlet_a):
    return make_user("koryo-journalist", outlet_a, JOURNALIST)


@pytest.fixture
def editor_a(outlet_a):
    return make_user("koryo-editor", outlet_a, EDITOR)


@pytest.fixture
def editor_b(outlet_b):
    return make_user("uyghur-editor", outlet_b, EDITOR)


@pytest.fixture
def journalist_client(client, journalist_a):
    client.force_login(journalist_a)
    return client


@pytest.fixture
def editor_client(client, editor_a):
    client.force_login(editor_a)
    return client
