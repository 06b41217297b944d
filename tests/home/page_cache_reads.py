"""What the page cache's tests read: the surfaces that show an article, a page's text, a page's queries."""

from urllib.parse import quote

from django.db import connection
from django.test.utils import CaptureQueriesContext

WORD = "Наурыз"


def surfaces(story, topic, journalist) -> list[str]:
    outlet = story.get_parent()
    return [
        story.url,
        outlet.url,
        "/kk/",
        f"/kk/topics/{topic.slug}/",
        f"/kk/journalists/{journalist.slug}/",
        "/kk/feed/",
        f"{outlet.url}feed/",
        f"/kk/topics/{topic.slug}/feed/",
        "/kk/search/?q=" + quote(WORD),
    ]


def read(client, url: str, **headers) -> str:
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response.content.decode()


def read_all(client, urls: list[str]) -> dict[str, str]:
    return {url: read(client, url) for url in urls}


def queries_of(client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code in (200, 404)
    return len(context.captured_queries)


def queries_of_head(client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.head(url).status_code == 200
    return len(context.captured_queries)
