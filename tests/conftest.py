import shutil

from django.conf import settings

import pytest

from home.site_tree import ensure_home
from tests import factories


@pytest.fixture(autouse=True, scope="session")
def _clean_media():
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture
def home(db):
    """The kk home page as the default site's root."""
    return ensure_home("Этникалық баспасөз")


@pytest.fixture
def outlet_index(home):
    return factories.OutletIndexPageFactory(parent=home)


@pytest.fixture
def outlet(outlet_index):
    return factories.OutletPageFactory(parent=outlet_index, title="Қазақстан достығы", slug="dostyq", languages=["kk", "ru"])
