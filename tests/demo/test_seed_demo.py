"""The demo network: what `seed_demo` promises, and that a second run changes nothing.

Seeding the whole network takes a few minutes, so one test builds it once and checks everything.
"""

import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page, Revision

import languages
from demo import network
from ethnic_press.models import Community, OutletPage, PressImage, Region
from home.models import HomePage
from newsroom.models import ArticlePage, Journalist, Topic

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


def test_seed_demo_builds_the_promised_network_once(db, client, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "demo-password-123")
    out = StringIO()
    call_command("seed_demo", "--seed", "7", stdout=out)
    assert "admin / demo-password-123" in out.getvalue()

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
    assert sources.filter(is_sample=True).count() == len([item for item in network.OUTLETS if item.get("sample")])
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

    # A second run writes nothing.
    before = snapshot()
    out = StringIO()
    call_command("seed_demo", "--seed", "7", stdout=out)
    assert snapshot() == before
    assert "nothing new" in out.getvalue()

    # --articles N adds N synthetic articles in bulk, live, spread over outlets and languages.
    call_command("seed_demo", "--seed", "7", "--articles", "60", stdout=StringIO())
    synthetic = ArticlePage.objects.filter(slug__startswith="bench-")
    assert synthetic.count() == 60
    assert synthetic.filter(live=True).count() == 60
    assert len(set(synthetic.values_list("locale", flat=True))) == len(languages.CONTENT_LANGUAGES)
    assert client.get(synthetic.first().url).status_code == 200

    problems = Page.find_problems()  # the bulk-written tree stays consistent
    assert all(not problem for problem in problems), problems
