"""The newsroom of one Korean paper for the admin's browser tests: Koryo Ilbo with Korean, Kazakh and
Russian sections, a policy translating its Korean stories into Kazakh and Russian, a journalist and an
editor who read the admin in Korean, and a Kazakh translator who reads it in Russian (nobody holds
Russian, so that request waits in the editors' queue)."""

from ethnic_press.permissions import EDITOR, JOURNALIST
from home.site_tree import ensure_home
from tests import factories
from tests.helpers import in_locale, make_user
from translations.access import sync_grants
from translations.models import LanguagePolicy, Translator

PASSWORD = "x"  # make_user's


def build() -> dict:
    home = ensure_home("Этникалық баспасөз")
    index = factories.OutletIndexPageFactory(parent=home, title="Басылымдар", slug="outlets")
    # The default-language title has no letter peculiar to Kazakh, so any such letter on a screen is the
    # admin's own Kazakh fallback, which the tests look for.
    outlet = factories.OutletPageFactory(parent=index, title="Коре ильбо", slug="koryo-ilbo", languages=["ko", "ru"])
    sections = {
        code: in_locale(outlet, code, title=title) for code, title in (("ko", "고려일보"), ("ru", "Корё ильбо"))
    }
    LanguagePolicy.objects.create(outlet=outlet, source_languages=["ko"], target_languages=["kk", "ru"])
    journalist = make_user("minsu", outlet, JOURNALIST, admin_language="ko")
    journalist.first_name, journalist.last_name = "민수", "김"
    journalist.save()
    byline = factories.JournalistFactory(name="김민수", slug="kim-minsu", user=journalist)
    editor = make_user("koryo-editor", outlet, EDITOR, admin_language="ko")
    translator = make_user("aigerim", admin_language="ru")
    sync_grants(Translator.objects.create(user=translator, languages=["kk"]))
    return {
        "outlet": outlet,
        "sections": sections,
        "journalist": journalist,
        "byline": byline,
        "editor": editor,
        "translator": translator,
    }
