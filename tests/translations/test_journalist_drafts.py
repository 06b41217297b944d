"""A journalist's "My drafts" lists the stories she wrote, not the translation copies of her story that
the language policy made when it was published (Wagtail copies the page, owner included)."""

from django.urls import reverse

import pytest

from newsroom.models import ArticlePage
from tests.ethnic_press.test_dashboard import panel
from tests.helpers import login

from .conftest import korean_article, publish_through_admin, translation_page

pytestmark = pytest.mark.django_db


def test_my_drafts_lists_her_stories_not_the_translation_copies_of_them(
    koryo, policy, koryo_editor, koryo_journalist, kazakh_translator, russian_translator
):
    story = korean_article(koryo, owner=koryo_journalist, title="고려극장 새 시즌 개막")
    publish_through_admin(koryo_editor, story)
    copies = [translation_page(story, code) for code in ("kk", "ru")]
    assert all(copy.owner_id == koryo_journalist.pk and not copy.live for copy in copies)  # why they showed
    draft = korean_article(koryo, owner=koryo_journalist, title="한글학교 개강", slug="hangul-school")

    drafts = panel(login(koryo_journalist).get(reverse("wagtailadmin_home")).content.decode(), "my-drafts")

    assert draft.title in drafts
    assert story.title not in drafts
    for copy in copies:
        assert reverse("wagtailadmin_pages:edit", args=[copy.pk]) not in drafts
    assert ArticlePage.objects.filter(owner=koryo_journalist, live=False).count() == 3
