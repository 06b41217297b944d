"""The demo network: what `seed_demo` promises, and that a second run changes nothing.

The base network is built once for this module (`seed_demo --no-print`, the `seeded` fixture: about a
minute, kept open in a transaction around the module's tests, tests/shared_db.py); every test checks its
promises on it, and what a test writes (a second run, synthetic articles) is rolled back after it. The
demo newsroom (staff, the club, print editions in each outlet language) is checked here on the same
network, as `seed_demo` builds it. The print editions with real text (OCR) are in test_demo_print_archive.py.
"""

import json
import re
from collections import defaultdict
from html import unescape
from io import StringIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page, Revision
from wagtail.users.models import UserProfile

import pytest
from wagtail_localize.models import StringTranslation, Translation, TranslationLog

import languages
from demo import loader
from demo.context import edition_locales
from demo.newsroom import known_outlets
from demo.text import localized_text
from ethnic_press.models import Community, OutletPage, PressImage, PrintEditionPage, Region
from home.models import HomePage
from newsroom.models import (
    ArticleCorrection,
    ArticlePage,
    ClubEventPage,
    ClubPage,
    Journalist,
    RegionalClubPage,
    Topic,
)
from search.models import SearchDocument
from tests.shared_db import shared_rows

SCRIPT_PATTERNS = {
    "Cyrl": re.compile(r"[а-яёәғқңөұүһіїєґўҳҗ]", re.IGNORECASE),
    "Latn": re.compile(r"[a-zçğıöşüäñūêîû]", re.IGNORECASE),
    "Hang": re.compile(r"[\uac00-\ud7a3]"),
    "Arab": re.compile(r"[\u0600-\u06ff]"),
}


def snapshot() -> dict:
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "journalists": Journalist.objects.count(),
        "regions": Region.objects.count(),
        "communities": Community.objects.count(),
        "topics": Topic.objects.count(),
        "images": PressImage.objects.count(),
        "users": get_user_model().objects.count(),
        "last_edit": Page.objects.order_by("-latest_revision_created_at")
        .values_list("latest_revision_created_at", flat=True)
        .first(),
    }


PASSWORD = "demo-password-123"


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """`seed_demo --seed 7 --no-print` run once for the module; its output. Each test's own writes are
    rolled back after it (tests/shared_db.py), so every test sees the network as the first run left it."""

    def build():
        out = StringIO()
        with pytest.MonkeyPatch.context() as env:
            env.setenv("DEMO_PASSWORD", PASSWORD)
            call_command("seed_demo", "--seed", "7", "--no-print", stdout=out)
        return out.getvalue()

    with shared_rows(django_db_blocker, build) as output:
        yield output


def test_seed_demo_builds_the_promised_network_once(seeded, db, client):
    assert f"admin / {PASSWORD}" in seeded
    assert "Outlets in every locale 58/58" in seeded  # progress as it goes

    # Every locale has the whole structural tree.
    for language in languages.LANGUAGES:
        home = HomePage.objects.get(locale__language_code=language.code)
        assert home.live
        assert client.get(f"/{language.code}/").status_code == 200, language.code
        assert OutletPage.objects.live().filter(locale__language_code=language.code).count() >= 50, language.code

    # 50+ outlets covering all 11 languages; known outlets with their facts; samples labelled.
    sources = OutletPage.objects.filter(locale__language_code="kk")
    assert sources.count() >= 50
    main_languages = {
        outlet.outlet_languages.first().language for outlet in sources.prefetch_related("outlet_languages")
    }
    assert main_languages == {language.code for language in languages.CONTENT_LANGUAGES}
    koryo = sources.get(slug="koryo-ilbo")
    assert (koryo.founded, koryo.frequency, koryo.is_sample) == (1923, "weekly", False)
    assert set(koryo.language_codes) == {"ko", "ru"}
    assert sources.get(slug="deutsche-allgemeine-zeitung").founded == 1966
    assert sources.get(slug="uyghur-avazi").founded == 1957
    assert sources.filter(is_sample=True).count() == len([item for item in loader.outlets() if item.get("sample")])
    assert Journalist.objects.filter(locale__language_code="kk").count() >= 60

    # At least five live articles per outlet, in the outlet's language and script.
    for outlet in sources.prefetch_related("outlet_languages"):
        main = outlet.language_codes[0]
        local_outlet = outlet.get_translation(outlet.locale.__class__.objects.get(language_code=main))
        articles = ArticlePage.objects.child_of(local_outlet).live()
        assert articles.count() >= 5, outlet.slug
        script = SCRIPT_PATTERNS[languages.get(main).script]
        for article in articles:
            assert article.original_language == main
            assert script.search(article.title), (outlet.slug, article.title)
            assert "lorem" not in (article.title + article.lead).lower()

    # Some stories are translated into Kazakh and Russian; variants are in their own script.
    translated = (
        ArticlePage.objects.live()
        .exclude(original_language="")
        .exclude(original_language="kk")
        .filter(locale__language_code="kk")
    )
    assert translated.count() >= 10
    assert ArticlePage.objects.live().exclude(original_language="ru").filter(locale__language_code="ru").count() >= 10
    for variant in languages.VARIANTS:
        pages = ArticlePage.objects.live().filter(locale__language_code=variant.code)
        base_count = ArticlePage.objects.live().filter(locale__language_code=variant.variant_of).count()
        assert pages.count() == base_count, variant.code
        for page in pages:
            assert SCRIPT_PATTERNS[variant.script].search(page.title), (variant.code, page.title)
            assert not SCRIPT_PATTERNS["Cyrl"].search(page.title), (variant.code, page.title)

    # Pages of every type render in the locales and scripts readers use.
    for article in ArticlePage.objects.live().filter(locale__language_code__in=["ko", "ug-arab", "kk-latn", "tr"])[:40]:
        response = client.get(article.url)
        assert response.status_code == 200, article.url
        assert article.title in response.content.decode()
        # an image credit is shown as written: none in another language's words or script (no English
        # "Ethnic Press demo" on a Korean page)
        script = SCRIPT_PATTERNS[languages.get(article.locale.language_code).script]
        for credit in re.findall(r'class="credit"><bdi>© ([^<]*)<', response.content.decode()):
            assert script.search(credit) and "demo" not in credit, (article.url, credit)

    check_publication_dates(client)
    check_hero_alt_text_in_each_language(client)

    check_club_in_every_locale(client)
    check_republications_and_corrections(client)
    check_variants_in_the_translation_editor(client)

    # Every demo account has an admin language the admin is translated into.
    permitted = {code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES}
    users = get_user_model().objects.all()
    assert users.count() >= 30
    for user in users:
        assert UserProfile.get_for_user(user).preferred_language in permitted, user.username
    assert UserProfile.get_for_user(users.get(username="koryo-ilbo-editor")).preferred_language == "ko"


def test_a_second_run_writes_nothing(seeded, db, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", PASSWORD)
    before = snapshot()
    out = StringIO()
    call_command("seed_demo", "--seed", "7", "--no-print", stdout=out)
    assert snapshot() == before
    assert "nothing new" in out.getvalue()


def test_articles_adds_synthetic_articles_in_bulk_indexed_and_consistent(seeded, db, client, monkeypatch):
    """--articles N adds N synthetic articles in bulk, live, spread over outlets and languages."""
    monkeypatch.setenv("DEMO_PASSWORD", PASSWORD)
    call_command("seed_demo", "--seed", "7", "--no-print", "--articles", "60", stdout=StringIO())
    synthetic = ArticlePage.objects.filter(slug__startswith="bench-")
    assert synthetic.count() == 60
    assert synthetic.filter(live=True).count() == 60
    assert len(set(synthetic.values_list("locale", flat=True))) == len(languages.CONTENT_LANGUAGES)
    assert client.get(synthetic.first().url).status_code == 200
    # ...and in the reader search index (each batch indexed once written), one row each.
    indexed = SearchDocument.objects.filter(page__in=synthetic)
    assert sorted(indexed.values_list("page_id", flat=True)) == sorted(synthetic.values_list("pk", flat=True))
    assert all(row.terms for row in indexed)

    problems = Page.find_problems()  # the bulk-written tree stays consistent
    assert all(not problem for problem in problems), problems


def check_hero_alt_text_in_each_language(client):
    """Every hero and inline image is one of the demo's drawn images, described in Kazakh; each article version
    carries their alt text in its own language and script (a variant's transliterated from its base), which its
    page shows."""
    texts = loader.site()["image_alt"]
    hero_alt = re.compile(r'class="article__hero">.*?<img[^>]*?\salt="([^"]*)"', re.DOTALL)
    inline_alt = re.compile(r'class="block-image">.*?<img[^>]*?\salt="([^"]*)"', re.DOTALL)
    for code, script in (("ko", "Hang"), ("ug-arab", "Arab"), ("de", "Latn"), ("kk", "Cyrl"), ("kk-latn", "Latn")):
        articles = ArticlePage.objects.live().filter(locale__language_code=code).select_related("hero_image")
        # An inline image where a story has more than three paragraphs: the German demo stories have none.
        inline = next((page for page in articles if any(block.block_type == "image" for block in page.body)), None)
        assert inline is not None or code == "de", code
        article = inline or articles.first()
        assert article.hero_image.description == texts["kk"], code
        html = client.get(article.url).content.decode()
        for pattern in (hero_alt, inline_alt) if inline else (hero_alt,):
            found = pattern.search(html)
            assert found, (code, article.url, pattern.pattern)
            alt = unescape(found.group(1))
            assert alt == localized_text(texts, code) and SCRIPT_PATTERNS[script].search(alt), (code, alt)
            assert code.startswith("kk") or alt != texts["kk"], (code, alt)


def check_variants_in_the_translation_editor(client):
    """Seeded script variants are wagtail-localize translations of their base page, as an editor's publication
    makes them: an enabled translation, the publication logged with its revision, every string transliterated,
    and the admin's edit view is the translation editor showing them."""
    client.force_login(get_user_model().objects.get(username="admin"))
    for variant in languages.VARIANTS:
        pages = ArticlePage.objects.live().filter(locale__language_code=variant.code).order_by("path")
        for page in (pages.first(), pages.last()):
            translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=page.locale)
            assert translation.enabled
            assert TranslationLog.objects.filter(
                source=translation.source, locale=page.locale, revision=page.live_revision
            ).exists()
            strings = StringTranslation.objects.filter(context__object_id=page.translation_key, locale=page.locale)
            assert strings.count() == translation.source.stringsegment_set.count() > 0
            assert strings.get(context__path="title").data == page.title
            html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
            editor = re.search(r'class="js-translation-editor" data-props="([^"]*)"', html)
            assert editor, page.url
            assert page.title in json.dumps(json.loads(unescape(editor.group(1))), ensure_ascii=False), page.url
    client.logout()


def day(moment):
    return timezone.localtime(moment).date()


def check_publication_dates(client):
    """Readers see each story's own dates, not the time the seed ran: first published when the story was,
    last published at its latest correction or update; "Updated" only where that is a later day."""
    latest = defaultdict(list)
    for page_id, date in ArticleCorrection.objects.values_list("page", "date"):
        latest[page_id].append(date)
    pages = ArticlePage.objects.live().exclude(slug__startswith="bench-")
    for page in pages:
        assert page.first_published_at == page.published_at, page.url
        assert page.last_published_at == max([page.published_at, *latest.get(page.pk, [])]), page.url
    updated = [page for page in pages.filter(pk__in=latest) if day(page.last_published_at) > day(page.published_at)]
    assert updated  # the demo has stories updated a day or more after publication, and readers see it
    for page in (updated[0], pages.exclude(pk__in=latest).first()):
        meta = re.search(r'class="article__meta">(.*?)</p>', client.get(page.url).content.decode()).group(1)
        assert meta.count("<time") == (2 if page in updated else 1), (page.url, meta)


def check_club_in_every_locale(client):
    """The club, its 16 regional clubs and its events in every locale, in the locale's language; the
    club's news on every front page; about 500 members in 16 regional clubs wherever the club says so."""
    texts = loader.club()
    for language in languages.LANGUAGES:
        code = language.code
        club = ClubPage.objects.live().get(locale__language_code=code)
        assert RegionalClubPage.objects.child_of(club).live().count() == 16, code
        assert ClubEventPage.objects.descendant_of(club).live().count() == len(texts["events"]), code
        if code in texts["title"]:
            assert club.title == texts["title"][code]
            assert "500" in club.intro and "16" in club.intro, code
        html = client.get(club.url).content.decode()
        assert club.title in html, code
        home = HomePage.objects.get(locale__language_code=code)
        assert home.club_topic.slug == "journalists-club", code
        assert client.get(home.url).status_code == 200
    assert ClubPage.objects.get(locale__language_code="kk").member_count == texts["members"]["total"] == 500
    korean = ClubPage.objects.get(locale__language_code="ko")
    assert "기자 클럽" in korean.title
    assert any("팩트체크" in event.title for event in ClubEventPage.objects.descendant_of(korean))


def check_republications_and_corrections(client):
    """A story carried by several outlets of a language is published first by one; the others are
    explicit republications of that one. Some stories carry a correction in their own language."""
    by_story = defaultdict(list)
    for page in ArticlePage.objects.live().filter(source_id="").order_by("path"):
        if page.locale.language_code == page.original_language and not page.slug.startswith("bench-"):
            by_story[(page.original_language, page.slug)].append(page)
    repeated = {key: pages for key, pages in by_story.items() if len(pages) > 1}
    assert repeated
    for pages in repeated.values():
        originals = [page for page in pages if page.republished_from_id is None]
        assert len(originals) == 1, [page.url for page in pages]
        assert all(page.republished_from_id == originals[0].pk for page in pages if page is not originals[0])
    reprint = next(iter(repeated.values()))[1]
    assert client.get(reprint.url).status_code == 200

    corrected = ArticlePage.objects.live().filter(corrections__isnull=False).distinct()
    assert corrected.count() >= 5
    for page in corrected:
        assert page.republished_from_id is None
        correction = page.corrections.first()
        assert correction.locale_id == page.locale_id
        assert correction.text in client.get(page.url).content.decode(), page.url
    assert ArticleCorrection.objects.filter(page__locale__language_code="ko").exists()


def test_demo_staff_can_log_in_and_work_in_their_outlet(seeded, db, client):
    outlets = OutletPage.objects.filter(locale__language_code="kk")
    assert client.login(username="koryo-ilbo-journalist-1", password=PASSWORD)
    assert client.get(f"/admin/pages/{outlets.get(slug='koryo-ilbo').pk}/").status_code == 200
    assert client.get(f"/admin/pages/{outlets.get(slug='uyghur-avazi').pk}/edit/").status_code == 302
    client.logout()
    assert client.login(username="koryo-ilbo-editor", password=PASSWORD)
    assert client.login(username="network-editor", password=PASSWORD)
    writers = {item["slug"] for item in loader.journalists() if "koryo-ilbo" in item["outlets"]}
    linked = Journalist.objects.get(locale__language_code="kk", user__username="koryo-ilbo-journalist-1")
    assert linked.slug in writers  # the login writes as one of the outlet's journalists


def test_demo_club_has_sixteen_regional_clubs_with_members_and_events(seeded, db, client):
    club = ClubPage.objects.get(locale__language_code="kk")
    assert RegionalClubPage.objects.child_of(club).count() == 16
    assert club.member_count == loader.club()["members"]["total"] == 500  # as the club's introduction says
    events = ClubEventPage.objects.descendant_of(club)
    assert events.count() == len(loader.club()["events"]) == len({event.title for event in events})  # each once
    html = client.get(club.url).content.decode()
    assert "Фактчекинг мектебі" in html and "Көптілді БАҚ семинары" in html
    assert ClubPage.objects.filter(locale__language_code="ru").exists()


def test_demo_print_editions_have_real_pdfs(seeded, db, client):
    koryo = OutletPage.objects.get(locale__language_code="kk", slug="koryo-ilbo")
    editions = PrintEditionPage.objects.child_of(koryo)
    assert editions.count() == 3
    response = client.get(editions.first().specific.pdf.url)
    assert b"".join(response.streaming_content).startswith(b"%PDF-1.4")


def test_demo_print_editions_are_listed_in_each_outlet_language(seeded, db, client):
    """Koryo Ilbo's editions in ko (and ru), Uyghur Avazi's in ug and ug-arab; a Korean reader's print
    archive lists them; no edition in a locale that is not one of its outlet's languages (issue 14, item 11)."""
    outlets = OutletPage.objects.filter(slug__in=["koryo-ilbo", "uyghur-avazi"])
    koryo = outlets.get(slug="koryo-ilbo", locale__language_code="ko")
    korean = client.get(koryo.url + "editions/")
    assert korean.status_code == 200
    assert "제48호" in korean.content.decode()
    for code in ("ug", "ug-arab"):
        response = client.get(outlets.get(slug="uyghur-avazi", locale__language_code=code).url + "editions/")
        # the sign and the number joined by a no-break space, as the catalogs write it
        assert response.status_code == 200 and "№\u00a048" in response.content.decode()
    assert PrintEditionPage.objects.child_of(koryo).count() == 3
    assert "제48호" in client.get("/ko/editions/").content.decode()
    for item in known_outlets():
        # the outlet's languages and the default one (where the editions are made), with their script variants
        wanted = set(edition_locales([*item["languages"], languages.DEFAULT_LANGUAGE]))
        for outlet in OutletPage.objects.filter(slug=item["slug"]).select_related("locale"):
            editions = PrintEditionPage.objects.child_of(outlet)
            expected = 3 if outlet.locale.language_code in wanted else 0
            assert editions.count() == expected, (item["slug"], outlet.locale.language_code)
