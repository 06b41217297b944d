"""The newsroom for the admin's browser tests: Koryo Ilbo with Korean, Kazakh and Russian sections, a
policy translating its Korean stories into Kazakh and Russian, a journalist and an editor who read the
admin in Korean, and a Kazakh translator who reads it in Russian (nobody holds Russian, so those
requests wait in the editors' queue). Beside it a German and an Uyghur paper, each with a published
story and an editor whose admin language nobody chose: they get their outlet's (German), else Russian."""

import datetime

from django.utils import timezone

from ethnic_press.permissions import EDITOR, JOURNALIST
from home.site_tree import ensure_home
from newsroom.models import ArticlePage
from tests import factories
from tests.helpers import in_locale, make_user
from translations.access import sync_grants
from translations.models import LanguagePolicy, Translator

PASSWORD = "x"  # make_user's
# Outlets in their own language: (slug, default-language title, language, section title, story title, lead)
OTHER_OUTLETS = [
    (
        "daz",
        "Deutsche Allgemeine Zeitung",
        "de",
        "Deutsche Allgemeine Zeitung",
        "Deutsches Theater in Almaty eröffnet die Saison",
        "Das Deutsche Theater hat die neue Saison mit einer Premiere eröffnet.",
    ),
    (
        "uyghur-avazi",
        "Уйгур авази",
        "ug",
        "Уйғур авази",
        "Алмутидики уйғур театри йеңи мәвсүмни ачти",
        "Уйғур театри йеңи мәвсүмни премьера билән ачти.",
    ),
]


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
    others = {}
    for slug, title, code, section_title, story, lead in OTHER_OUTLETS:
        other = factories.OutletPageFactory(parent=index, title=title, slug=slug, languages=[code, "ru"])
        section = in_locale(other, code, title=section_title)
        LanguagePolicy.objects.create(outlet=other, source_languages=[code], target_languages=["kk", "ru"])
        article = ArticlePage(
            title=story,
            slug=f"{slug}-season",
            lead=lead,
            locale=section.locale,
            published_at=timezone.now() - datetime.timedelta(hours=2),
        )
        section.add_child(instance=article)
        article.save_revision().publish()
        others[code] = {"editor": make_user(f"{slug}-editor", other, EDITOR, admin_language=""), "story": article}
    return {
        "others": others,
        "outlet": outlet,
        "sections": sections,
        "journalist": journalist,
        "byline": byline,
        "editor": editor,
        "translator": translator,
    }
