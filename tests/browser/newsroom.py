"""The newsroom for the admin's browser tests: three papers, each with a policy translating its stories
from its own language into Kazakh and Russian, a journalist with a byline and an editor, and one Kazakh
translator for all of them, who reads the admin in Russian (nobody holds Russian, so those requests wait
in the editors' queue).

- Koryo Ilbo (Korean and Russian sections): journalist and editor chose Korean.
- Deutsche Allgemeine Zeitung: nobody chose an admin language; they get their outlet's, German.
- Uyghur Avazi: the journalist chose Uyghur in the Arabic script (right to left); the editor chose
  nothing and gets Russian (Wagtail has no Cyrillic Uyghur).

The German and the Uyghur paper also have a published story whose Russian request waits to be assigned.
"""

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
# (slug, default-language title, language, section title, journalist (username, admin language, byline),
#  editor (username, admin language), a published story: title and lead, or None)
OUTLETS = [
    ("koryo-ilbo", "Коре ильбо", "ko", "고려일보", ("minsu", "ko", "김민수"), ("koryo-editor", "ko"), None),
    (
        "daz",
        "Deutsche Allgemeine Zeitung",
        "de",
        "Deutsche Allgemeine Zeitung",
        ("jana", "", "Jana Weber"),
        ("daz-editor", ""),
        (
            "Deutsches Theater in Almaty eröffnet die Saison",
            "Das Deutsche Theater hat die neue Saison mit einer Premiere eröffnet.",
        ),
    ),
    (
        "uyghur-avazi",
        "Уйгур авази",
        "ug",
        "Уйғур авази",
        ("dilnur", "ug-arab", "Дилнур Һамутова"),
        ("uyghur-avazi-editor", ""),
        ("Алмутидики уйғур театри йеңи мәвсүмни ачти", "Уйғур театри йеңи мәвсүмни премьера билән ачти."),
    ),
]
# Languages whose section exists besides the outlet's own (a Russian section for the Korean paper).
OTHER_SECTIONS = {"koryo-ilbo": {"ru": "Корё ильбо"}}


def build() -> dict:
    """{"outlets": {language: {outlet, section, journalist, byline, editor, story}}, "translator": user}."""
    home = ensure_home("Этникалық баспасөз")
    index = factories.OutletIndexPageFactory(parent=home, title="Басылымдар", slug="outlets")
    translator = make_user("aigerim", admin_language="ru")
    sync_grants(Translator.objects.create(user=translator, languages=["kk"]))
    outlets = {}
    # The default-language titles have no letter peculiar to Kazakh, so any such letter on a screen is the
    # admin's own Kazakh fallback, which the tests look for.
    for slug, title, code, section_title, journalist, editor, story in OUTLETS:
        outlet = factories.OutletPageFactory(parent=index, title=title, slug=slug, languages=[code, "ru"])
        section = in_locale(outlet, code, title=section_title)
        for other, other_title in OTHER_SECTIONS.get(slug, {}).items():
            in_locale(outlet, other, title=other_title)
        LanguagePolicy.objects.create(outlet=outlet, source_languages=[code], target_languages=["kk", "ru"])
        username, admin_language, name = journalist
        writer = make_user(username, outlet, JOURNALIST, admin_language=admin_language)
        byline = factories.JournalistFactory(name=name, slug=username, user=writer)
        people = {
            "outlet": outlet,
            "section": section,
            "journalist": writer,
            "byline": byline,
            "editor": make_user(editor[0], outlet, EDITOR, admin_language=editor[1]),
            "story": None,
        }
        if story is not None:
            article = ArticlePage(
                title=story[0],
                slug=f"{slug}-season",
                lead=story[1],
                locale=section.locale,
                published_at=timezone.now() - datetime.timedelta(hours=2),
            )
            section.add_child(instance=article)
            article.save_revision().publish()
            people["story"] = article
        outlets[code] = people
    return {"outlets": outlets, "translator": translator}
