"""What the search page says before and after a search."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_page_opened_without_a_search_reports_no_count(client, home):
    # It said "0 stories found", with the kind and order choices, before the reader had searched.
    html = client.get("/kk/search/").content.decode()
    assert 'class="search-count"' not in html and 'class="sort"' not in html
    assert 'id="search-q"' in html and 'class="facets"' in html  # the box, and the date filters
    html = client.get("/kk/search/?q=zzqqxxnonexistent").content.decode()
    assert 'class="search-count"' in html and 'class="search-result empty"' in html
