"""Every page type renders in every locale and script, as proper HTML."""

from django.db import OperationalError

import languages

PAGE_TYPES = ["home", "outlet_index", "about", "outlet", "article"]


def test_every_page_type_renders_in_every_locale(client, network):
    for language, name in ((language, name) for language in languages.LANGUAGES for name in PAGE_TYPES):
        page = network[language.code][name]
        assert page.url.startswith(f"/{language.code}/"), (name, page.url)
        response = client.get(page.url)
        assert response.status_code == 200, (name, page.url)
        html = response.content.decode()
        assert f"<h1>{page.title}" in html or f"<h1>{page.title} " in html, name
        assert "{{" not in html and "{%" not in html, f"raw template syntax in {name}"
        assert "&lt;p&gt;" not in html, f"escaped HTML shown as text in {name}"


def test_healthz_reports_database_ok(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_is_503_when_the_database_fails(client, db, monkeypatch):
    class DownDatabase:
        def cursor(self):
            raise OperationalError("database is down")

    monkeypatch.setattr("home.views.connection", DownDatabase())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error"


def test_robots_txt_points_at_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()
