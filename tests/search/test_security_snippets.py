"""Search snippets escape the reader's text exactly once: an ampersand in a story reads as "&", never
as "&amp;" (the API carries HTML with one level of escaping; the page shows it as text)."""


def test_an_ampersand_in_the_story_is_escaped_once(client, article_in):
    # Rich text as Draftail stores it: the ampersand is an entity in the HTML.
    article_in("kk", title="Газеттер көрмесі", body="Оқырмандар &amp; газеттің алғашқы нөмірлері")
    result = client.get("/api/search/", {"q": "газеттің", "lang": "kk"}).json()["results"][0]
    assert "&amp; <mark>газеттің</mark>" in result["snippet"]
    assert "&amp;amp;" not in result["snippet"]
    page = client.get("/kk/search/", {"q": "газеттің"}).content.decode()
    assert "&amp; <mark>газеттің</mark>" in page
    assert "&amp;amp;" not in page
