"""A journalist's admin: "Write an article" opens the form in their outlet and language, the explorer
starts at their outlet, and "Submit for review" is their primary action."""

import re

from django.urls import reverse

import pytest

from newsroom.models import ArticlePage
from tests.helpers import in_locale, login

pytestmark = pytest.mark.django_db


@pytest.fixture
def korean_section(outlet_a):
    """Koryo Ilbo (main language Korean) in Korean."""
    return in_locale(outlet_a, "ko", title="고려일보")


def test_write_an_article_opens_the_form_in_the_journalists_outlet_and_language(journalist_a, korean_section, editor_a):
    html = login(journalist_a).get(reverse("wagtailadmin_home")).content.decode()
    add_url = reverse("wagtailadmin_pages:add", args=["newsroom", "articlepage", korean_section.pk])
    assert "data-write-article" in html and f'href="{add_url}"' in html and "Write an article" in html
    assert login(journalist_a).get(add_url).status_code == 200
    assert "data-write-article" not in login(editor_a).get(reverse("wagtailadmin_home")).content.decode()


def test_the_explorer_starts_at_the_outlet_in_its_main_language(journalist_a, korean_section):
    html = login(journalist_a).get(reverse("wagtailadmin_home")).content.decode()
    explorer = re.search(r'PageExplorerMenuItem", "_args": \[\{"name": "explorer".*?"url": "[^"]*"\}, (\d+)\]', html)
    assert explorer is not None and int(explorer.group(1)) == korean_section.pk


def test_submit_for_review_is_a_journalists_primary_action(journalist_a, editor_a, korean_section):
    article = ArticlePage(title="고려극장 새 시즌", slug="season", live=False)
    korean_section.add_child(instance=article)
    article.save_revision()
    edit = reverse("wagtailadmin_pages:edit", args=[article.pk])

    journalist = login(journalist_a).get(edit).content.decode()
    footer = journalist.split('class="footer', 1)[1]
    assert footer.index('name="action-submit"') < footer.index("action-save")  # the first, primary button
    assert "Submit for review" in footer and "editorial review:" not in footer
    editor = login(editor_a).get(edit).content.decode().split('class="footer', 1)[1]
    assert editor.index('name="action-publish"') < editor.index('name="action-submit"')
