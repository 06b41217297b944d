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
    return factories.OutletPageFactory(
        parent=outlet_index, title="Қазақстан достығы", slug="dostyq", languages=["kk", "ru"]
    )


@pytest.fixture
def article(outlet):
    return factories.ArticlePageFactory(parent=outlet)


@pytest.fixture
def network(home, outlet_index, outlet, article):
    """Every page type in the default locale, translated into every other locale and script."""
    import languages
    from languages.localize import translate_page

    about = factories.StandardPageFactory(parent=home, slug="about")
    pages = {"home": home, "outlet_index": outlet_index, "about": about, "outlet": outlet, "article": article}
    translations = {code: {} for code in (language.code for language in languages.LANGUAGES)}
    translations[languages.DEFAULT_LANGUAGE] = pages
    for code in translations:
        if code == languages.DEFAULT_LANGUAGE:
            continue
        for name, page in pages.items():  # parents first: dict order is tree order
            translations[code][name] = translate_page(page, code, title=f"{page.title} [{code}]")
    return translations
