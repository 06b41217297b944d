"""What search engines, aggregators and social networks read: meta, canonical, Open Graph, JSON-LD,
feeds' autodiscovery, the news sitemap, and absolute URLs from the request or BASE_URL."""

import datetime
import json
import re
import xml.etree.ElementTree as ET

from django.utils import timezone

from tests import factories
from tests.helpers import in_locale

NEWS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "n": "http://www.google.com/schemas/sitemap-news/0.9"}


def json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD"
    return json.loads(match.group(1))


def test_article_describes_itself_to_search_engines_and_social_networks(client, outlet):
    image = factories.PressImageFactory()
    article = factories.ArticlePageFactory(parent=outlet, hero_image=image, lead="Достық үйінде мереке өтті.")
    factories.ArticleBylineFactory(page=article, journalist=factories.JournalistFactory(name="Айгүл Сәрсенова"))
    html = client.get(article.url).content.decode()
    assert '<meta name="description" content="Достық үйінде мереке өтті.">' in html
    assert f'<link rel="canonical" href="http://testserver{article.url}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert re.search(r'<meta property="og:image" content="http://testserver/media/images/[^"]+">', html)
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert f'type="application/rss+xml" href="{outlet.url}feed/"' in html
    data = json_ld(html)
    assert data["@type"] == "NewsArticle" and data["headline"] == article.title
    assert data["inLanguage"] == "kk"
    assert data["author"][0]["name"] == "Айгүл Сәрсенова"
    assert data["publisher"]["name"] == outlet.title
    assert data["image"][0].startswith("http://testserver/media/")
    assert data["datePublished"] == article.published_at.isoformat()
    assert "isBasedOn" not in data


def test_translation_names_its_original_in_json_ld(client, article):
    latin = in_locale(article, "kk-latn", title="Dostyq üiinde mereke")
    russian = in_locale(article, "ru", title="Праздник в Доме дружбы")
    data = json_ld(client.get(russian.url).content.decode())
    assert data["inLanguage"] == "ru"
    assert data["isBasedOn"]["url"] == f"http://testserver{article.url}"
    assert data["isBasedOn"]["inLanguage"] == "kk"
    assert json_ld(client.get(latin.url).content.decode())["inLanguage"] == "kk-Latn"


def test_json_ld_cannot_be_closed_by_a_headline(client, outlet):
    article = factories.ArticlePageFactory(parent=outlet, title="Кеш </script><script>alert(1)</script>")
    html = client.get(article.url).content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)["headline"] == article.title


def test_home_title_is_not_doubled_and_profile_title_has_no_markup(client, home, article):
    home_html = client.get(home.url).content.decode()
    assert re.search(r"<title>([^<]*)</title>", home_html).group(1) == home.title
    journalist = factories.JournalistFactory(name="Ли Ён Хо", name_hangul="이영호")
    factories.ArticleBylineFactory(page=article, journalist=journalist)
    title = re.search(r"<title>([^<]*)</title>", client.get(f"/ko/journalists/{journalist.slug}/").content.decode())
    assert title and title.group(1).startswith("이영호 · ")


def test_urls_come_from_the_request_behind_a_proxy(client, article, settings):
    settings.USE_X_FORWARDED_HOST = True
    settings.ALLOWED_HOSTS = ["press.example.kz", "testserver"]
    html = client.get(article.url, HTTP_X_FORWARDED_HOST="press.example.kz").content.decode()
    assert f'<link rel="canonical" href="http://press.example.kz{article.url}">' in html
    feed = client.get("/kk/feed/", HTTP_X_FORWARDED_HOST="press.example.kz").content.decode()
    assert f"<link>http://press.example.kz{article.url}</link>" in feed


def test_base_url_setting_wins_over_the_request(client, article, settings):
    settings.BASE_URL = "https://ethnicpress.kz"
    html = client.get(article.url).content.decode()
    assert f'<link rel="canonical" href="https://ethnicpress.kz{article.url}">' in html
    assert f'hreflang="kk" href="https://ethnicpress.kz{article.url}"' in html
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"<loc>https://ethnicpress.kz{article.url}</loc>" in sitemap
    assert "Sitemap: https://ethnicpress.kz/sitemap-news.xml" in client.get("/robots.txt").content.decode()


def test_news_sitemap_lists_the_last_two_days_in_every_language(client, outlet):
    fresh = factories.ArticlePageFactory(
        parent=outlet, title="Бүгінгі жаңалық", published_at=timezone.now() - datetime.timedelta(hours=3)
    )
    old = factories.ArticlePageFactory(
        parent=outlet, title="Өткен аптаның хабары", published_at=timezone.now() - datetime.timedelta(days=3)
    )
    draft = factories.ArticlePageFactory(parent=outlet, title="Жоба", live=False)
    uyghur = in_locale(fresh, "ug-arab", title="بۈگۈنكى خەۋەر")
    response = client.get("/sitemap-news.xml")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    entries = {url.findtext("s:loc", namespaces=NEWS): url.find("n:news", NEWS) for url in root.findall("s:url", NEWS)}
    assert f"http://testserver{fresh.url}" in entries
    assert f"http://testserver{uyghur.url}" in entries
    assert entries[f"http://testserver{uyghur.url}"].findtext("n:publication/n:language", namespaces=NEWS) == "ug"
    assert entries[f"http://testserver{fresh.url}"].findtext("n:title", namespaces=NEWS) == fresh.title
    for hidden in (old, draft):
        assert f"http://testserver{hidden.url}" not in entries
