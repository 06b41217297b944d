"""A small reader site for the browser tests: Kazakh, Korean and Uyghur (Arabic script) front pages,
outlets, stories with photos, bylines and a topic, the club with an event, and Kazakh Latin versions."""

import datetime

from django.test import Client
from django.utils import timezone

from home.site_tree import ensure_home
from languages.localize import translate_page
from newsroom.models import ClubEventPage, ClubPage, RegionalClubPage
from tests import factories
from tests.ethnic_press import editions
from translations.variants import sync_variant

# Written for the tests. Kazakh Latin exists for the way to the first story only: once its front page
# exists, the script-variant machinery transliterates and publishes every Kazakh page published after.
LANGUAGES = ("ko", "ug-arab")

# One story per row, in Kazakh, Korean and Uyghur (Arabic script).
STORIES = [
    ("Достық үйінде Наурыз мерекесі өтті", "우정의 집에서 나우르즈 축제 열려", "دوستلۇق ئۆيىدە نورۇز بايرىمى ئۆتتى"),
    (
        "Алматыда ұлттық театрлар фестивалі ашылды",
        "알마티에서 민족극장 축제 개막",
        "ئالمۇتىدا مىللەتلەر تىياتىر فېستىۋالى ئېچىلدى",
    ),
    (
        "Жас журналистер байқауының жеңімпаздары марапатталды",
        "청소년 기자 공모전 수상자 시상식 열려",
        "ياش ژۇرنالىستلار مۇسابىقىسىنىڭ غالىپلىرى تەقدىرلەندى",
    ),
]
LEAD = (
    "Алматыдағы Достық үйінде ұлттық мәдени орталықтардың мерекелік кеші өтті.",
    "알마티 우정의 집에서 민족문화센터들이 함께하는 축제의 밤이 열렸다.",
    "ئالمۇتىدىكى دوستلۇق ئۆيىدە مىللەتلەر مەدەنىيەت مەركەزلىرىنىڭ بايرام كېچىسى ئۆتتى.",
)
# One body per story (kk, ko, ug-arab): search groups copies of one text as one story (a MinHash
# fingerprint of the body, search/stories), so stories that share most of their body would be one.
BODIES = (
    (
        "Кешке үш жүзден астам адам келді. Әр орталық өз ән-биін, ұлттық тағамын ұсынды.",
        "행사에는 300명이 넘는 시민이 참석했다. 각 센터는 노래와 춤, 전통 음식을 선보였다.",
        "كېچىگە ئۈچ يۈزدىن ئوشۇق ئادەم كەلدى. ھەر بىر مەركەز ئۆز ناخشا-ئۇسسۇللىرىنى تونۇشتۇردى.",
    ),
    (
        "Фестивальге он екі ұлттық театр қатысады. "
        "Алғашқы күні корей және ұйғыр театрларының спектакльдері көрсетілді.",
        "축제에는 열두 개 민족극장이 참가한다. 첫날에는 고려극장과 위구르극장의 공연이 무대에 올랐다.",
        "فېستىۋالغا ئون ئىككى مىللىي تىياتىر قاتنىشىدۇ. "
        "تۇنجى كۈنى كورېي ۋە ئۇيغۇر تىياتىرلىرىنىڭ ئويۇنلىرى كۆرسىتىلدى.",
    ),
    (
        "Байқауға елдің барлық өңірінен жүзден астам жас тілші жұмыс жіберді. "
        "Жеңімпаздар редакцияларда тағылымдамадан өтеді.",
        "공모전에는 전국 각지에서 백 명이 넘는 청소년 기자가 작품을 보냈다. 수상자들은 신문사에서 연수를 받는다.",
        "مۇسابىقىگە دۆلەتنىڭ ھەممە جايلىرىدىن يۈزدىن ئوشۇق ياش مۇخبىر ئەسەر ئەۋەتتى. "
        "غالىپلار تەھرىراتلاردا ئەمەلىيات ئۆتەيدۇ.",
    ),
)
SECTION_TITLES = {
    "home": ("Этникалық баспасөз", "민족 언론", "ئېتنىك مەتبۇئاتى"),
    "outlets": ("Басылымдар", "신문과 잡지", "نەشرلەر"),
    "outlet": ("Қазақстан достығы", "카자흐스탄 우정", "قازاقىستان دوستلۇقى"),
    "club": ("Журналистер клубы", "기자 클럽", "ژۇرنالىستلار كۇلۇبى"),
    "event": ("Фактчекинг мектебі", "팩트체크 학교", "پاكىتلارنى تەكشۈرۈش مەكتىۋى"),
    "regional club": ("Алматы клубы", "알마티 클럽", "ئالمۇتا كۇلۇبى"),
    "about": ("Біз туралы", "소개", "بىز ھەققىدە"),
}
TOPIC = ("Мәдениет", "문화", "مەدەنىيەت")
HERO_CAPTION = ("Достық үйіндегі мереке", "우정의 집의 축제", "دوستلۇق ئۆيىدىكى بايرام")
# The outlet's community and region, named in each language (kk, ko, ug-arab, kk-latn) as a network editor
# translates the snippets: the search page's facets and the outlet's page show them.
COMMUNITY = ("Достық үйі", "우정의 집", "دوستلۇق ئۆيى", "Dostyq üıi")
REGION = ("Алматы", "알마티", "ئالمۇتا", "Almaty")
PRINT_PAGE_TWO = "Кітапханаға газеттердің ескі тігінділері тапсырылды"


def _translate(page, texts: tuple, **fields):
    """The page in every test language, titled from `texts` (kk, ko, ug-arab)."""
    versions = {"kk": page}
    for code, title in zip(LANGUAGES, texts[1:], strict=True):
        versions[code] = translate_page(page, code, title=title, **{k: v[code] for k, v in fields.items()})
    return versions


def _snippet_in_every_language(snippet, names: tuple):
    """`snippet` (kk) translated into ko, ug-arab and kk-latn under `names`[1:]."""
    for code, name in zip((*LANGUAGES, "kk-latn"), names[1:], strict=True):
        translated = snippet.copy_for_translation(factories.locale(code))
        translated.name = name
        translated.save()
    return snippet


def build() -> dict:
    """Every page type in kk, ko, ug-arab and kk-latn; returns {name: {language: page}}."""
    home = ensure_home(SECTION_TITLES["home"][0])
    pages = {"home": _translate(home, SECTION_TITLES["home"])}
    index = factories.OutletIndexPageFactory(parent=home, title=SECTION_TITLES["outlets"][0])
    pages["outlets"] = _translate(index, SECTION_TITLES["outlets"])
    outlet = factories.OutletPageFactory(
        parent=index,
        title=SECTION_TITLES["outlet"][0],
        slug="dostyq",
        languages=["kk", "ru", "ko"],
        community=_snippet_in_every_language(factories.CommunityFactory(name=COMMUNITY[0]), COMMUNITY),
        region=_snippet_in_every_language(factories.RegionFactory(name=REGION[0]), REGION),
    )
    pages["outlet"] = _translate(outlet, SECTION_TITLES["outlet"])
    topic = _snippet_in_every_language(factories.TopicFactory(name=TOPIC[0], slug="culture"), (*TOPIC, "Mädeniet"))
    journalist = factories.JournalistFactory(
        name="Айгүл Сәрсенова",
        name_latin="Aigül Särsenova",
        name_arabic="ئايگۈل سەرسېنوۋا",
        name_hangul="아이굴 사르세노바",
    )
    stories = []
    for number, titles in enumerate(STORIES):
        article = factories.ArticlePageFactory(
            parent=outlet,
            title=titles[0],
            lead=LEAD[0],
            hero_image=factories.PressImageFactory(file__width=1200, file__height=800),
            hero_caption=HERO_CAPTION[0],
            body=[{"type": "paragraph", "value": f"<p>{titles[0]}. {BODIES[number][0]}</p>"}],
            published_at=timezone.now() - datetime.timedelta(hours=number + 1),
        )
        factories.ArticleBylineFactory(page=article, journalist=journalist)
        factories.ArticleTopicFactory(page=article, topic=topic)
        article.save_revision().publish()  # indexed for search, as an editor's publish does
        paragraphs = {
            code: [{"type": "paragraph", "value": f"<p>{title}. {text}</p>"}]
            for code, title, text in zip(LANGUAGES, titles[1:], BODIES[number][1:], strict=True)
        }
        leads = dict(zip(LANGUAGES, LEAD[1:], strict=True))
        captions = dict(zip(LANGUAGES, HERO_CAPTION[1:], strict=True))
        stories.append(_translate(article, titles, lead=leads, body=paragraphs, hero_caption=captions))
    pages["article"] = stories[0]
    pages["stories"] = stories
    club = ClubPage(title=SECTION_TITLES["club"][0], slug="club")
    home.add_child(instance=club)
    pages["club"] = _translate(club, SECTION_TITLES["club"])
    event = ClubEventPage(
        title=SECTION_TITLES["event"][0],
        slug="fact-checking",
        starts_at=timezone.now() + datetime.timedelta(days=12),
        place="Алматы",
    )
    club.add_child(instance=event)
    pages["event"] = _translate(event, SECTION_TITLES["event"])
    regional = RegionalClubPage(title=SECTION_TITLES["regional club"][0], slug="almaty", coordinator=journalist)
    club.add_child(instance=regional)
    pages["regional club"] = _translate(regional, SECTION_TITLES["regional club"])
    pages["journalist"] = journalist
    about = factories.StandardPageFactory(parent=home, title=SECTION_TITLES["about"][0], slug="about")
    pages["about"] = _translate(about, SECTION_TITLES["about"])
    # A born-digital print edition of the outlet, two pages, read as on upload (tasks run at once here).
    pages["edition"] = {
        "kk": editions.edition(
            outlet,
            editions.born_digital(
                editions.strip("kk", editions.KAZAKH, [editions.PARAGRAPH]),
                editions.strip("kk", PRINT_PAGE_TWO),
            ),
            number=7,
        )
    }
    latin = factories.locale("kk-latn")
    for name in ("home", "outlets", "outlet", "article"):  # transliterated, as the network does it
        pages[name]["kk-latn"] = sync_variant(pages[name]["kk"], latin).specific
    return pages


def draw_the_images(pages: dict) -> None:
    """Every page with pictures requested once, so that their renditions exist (in every role the pages draw).

    A page makes the renditions it lacks as it renders; a test's own transaction is rolled back after it, so
    each test made them again (AVIF, WebP and JPEG in two or three sizes of each photo: ~0.3-0.5 s of the
    server's CPU per test that opened a page with a photo). A site in production has them from the first
    reader on; the tests now start from there. Renditions are per image, the same in every language."""
    client = Client()
    urls = [pages[name]["kk"].url for name in ("home", "outlets", "outlet", "edition")]
    urls += [story["kk"].url for story in pages["stories"]]
    urls += ["/kk/topics/culture/", "/kk/editions/", f"/kk/journalists/{pages['journalist'].slug}/"]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
