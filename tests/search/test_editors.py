"""Editors see what readers search for per locale, and promote stories per locale."""

from django.contrib.auth.models import User

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.models import QueryStat


def test_searches_are_logged_per_locale_with_zero_results(client, article_in):
    article_in("kk", title="Газет көрмесі", lead="")
    client.get("/api/search/", {"q": "Газет", "lang": "kk"})
    client.get("/api/search/", {"q": "газет", "lang": "kk"})
    client.get("/api/search/", {"q": "жоқ сөз", "lang": "kk"})
    client.get("/api/search/", {"q": "газет", "lang": "ru"})
    stats = {
        (stat.query.query_string, stat.language): (stat.hits, stat.zero_result_hits) for stat in QueryStat.objects.all()
    }
    assert stats == {("газет", "kk"): (2, 0), ("жоқ сөз", "kk"): (1, 1), ("газет", "ru"): (1, 1)}
    # Wagtail's own query statistics count too.
    assert Query.objects.get(query_string="газет").hits == 3


def test_report_lists_zero_result_and_popular_queries_by_locale(client, db):
    client.get("/api/search/", {"q": "газет", "lang": "kk"})
    client.get("/api/search/", {"q": "zeitung", "lang": "de"})
    editor = User.objects.create_superuser("editor", "editor@example.kz", "password")
    client.force_login(editor)
    response = client.get("/admin/reports/reader-search/", {"language": "kk"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "газет" in html
    assert "zeitung" not in html


def test_report_is_closed_to_readers_and_journalists(client, db):
    journalist = User.objects.create_user("journalist", "j@example.kz", "password")
    client.force_login(journalist)
    assert client.get("/admin/reports/reader-search/").status_code in (302, 403)


def test_editors_picks_show_in_their_locale_only(client, article_in):
    kk_story = article_in("kk", title="Наурыз мерекесі", lead="")
    SearchPromotion.objects.create(query=Query.get("наурыз"), page=kk_story, description="Мерекелік нөмір")
    kk = client.get("/api/search/", {"q": "Наурыз", "lang": "kk"}).json()
    ru = client.get("/api/search/", {"q": "Наурыз", "lang": "ru"}).json()
    assert [pick["title"] for pick in kk["promotions"]] == ["Наурыз мерекесі"]
    assert ru["promotions"] == []
    page = client.get("/kk/search/", {"q": "наурыз"})
    assert "Мерекелік нөмір" in page.content.decode()
