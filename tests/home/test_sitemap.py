"""The sitemap: every locale's live public pages, each with its hreflang alternates."""

import xml.etree.ElementTree as ET

from wagtail.models import PageViewRestriction

from tests import factories

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_sitemap_lists_every_locale_with_hreflang_alternates_and_no_hidden_pages(client, network):
    draft = factories.ArticlePageFactory(parent=network["kk"]["outlet"], title="Жоба", slug="draft-story", live=False)
    private = network["de"]["about"]
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    locations = [url.findtext("s:loc", namespaces=SITEMAP_NS) for url in root.findall("s:url", SITEMAP_NS)]
    for code, pages in network.items():
        assert pages["article"].full_url in locations, code
    assert draft.full_url not in locations
    assert private.full_url not in locations

    article_entry = next(
        url
        for url in root.findall("s:url", SITEMAP_NS)
        if url.findtext("s:loc", namespaces=SITEMAP_NS) == network["ug-arab"]["article"].full_url
    )
    hreflangs = {link.get("hreflang") for link in article_entry.findall("x:link", SITEMAP_NS)}
    assert hreflangs == set(network)
