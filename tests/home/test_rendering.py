"""Every page type renders in every locale and script, as proper HTML."""

import re

import languages

PAGE_TYPES = ["home", "outlet_index", "about", "outlet", "article"]


def test_every_page_type_renders_in_every_locale(client, network):
    for language, name in ((language, name) for language in languages.LANGUAGES for name in PAGE_TYPES):
        page = network[language.code][name]
        assert page.url.startswith(f"/{language.code}/"), (name, page.url)
        response = client.get(page.url)
        assert response.status_code == 200, (name, page.url)
        html = response.content.decode()
        assert re.search(rf"<h1[^>]*>{re.escape(page.title)}", html), name
        assert "{{" not in html and "{%" not in html, f"raw template syntax in {name}"
        assert "&lt;p&gt;" not in html, f"escaped HTML shown as text in {name}"


def test_robots_txt_points_at_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()
