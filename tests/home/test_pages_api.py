"""Wagtail API v2 shows live, public pages of every locale, and nothing else."""

from wagtail.models import PageViewRestriction

from tests import factories


def test_api_lists_live_public_pages_of_every_locale_only(client, network):
    outlet = network["kk"]["outlet"]
    draft = factories.ArticlePageFactory(parent=outlet, title="Жарияланбаған жоба", live=False)
    private = factories.ArticlePageFactory(parent=outlet, title="Тек редакцияға")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")

    response = client.get("/api/v2/pages/", {"type": "newsroom.ArticlePage", "limit": 20})
    assert response.status_code == 200
    ids = {item["id"] for item in response.json()["items"]}
    for code, pages in network.items():
        assert pages["article"].pk in ids, code
    assert draft.pk not in ids
    assert private.pk not in ids
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{private.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{network['ug-arab']['article'].pk}/").status_code == 200


def test_api_filters_by_locale(client, network):
    response = client.get("/api/v2/pages/", {"locale": "ug-arab", "type": "newsroom.ArticlePage"})
    assert response.status_code == 200
    assert [item["id"] for item in response.json()["items"]] == [network["ug-arab"]["article"].pk]
