"""The admin home page shows journalists their own work and editors their outlet's queue."""

import datetime

from django.urls import reverse
from django.utils import timezone

import pytest

from tests import factories
from tests.helpers import article_form, make_user

from .test_workflow import login, submit, workflow_action

pytestmark = pytest.mark.django_db


def own_article(outlet, user, title: str, live: bool = False):
    page = factories.ArticlePageFactory.build(title=title, slug=f"a-{abs(hash(title))}", live=live)
    page.owner = user
    outlet.add_child(instance=page)
    page.save_revision(user=user)
    return page


def panel(html: str, panel_id: str) -> str:
    start = html.index(f'id="{panel_id}')
    return html[start : start + 4000]


def test_journalist_sees_drafts_returned_work_and_schedule(journalist_a, editor_a, outlet_a):
    draft = own_article(outlet_a, journalist_a, "Корей тілі курстары басталды")
    returned = own_article(outlet_a, journalist_a, "Театр гастрольге шығады")
    submit(login(journalist_a), returned)
    workflow_action(login(editor_a), returned, "reject", comment="Гастроль кестесін қосыңыз.")
    scheduled = own_article(outlet_a, journalist_a, "Наурыз мерекесінің бағдарламасы")
    go_live = (timezone.localtime() + datetime.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    login(editor_a).post(
        reverse("wagtailadmin_pages:edit", args=[scheduled.pk]),
        article_form(scheduled, go_live_at=go_live, **{"action-publish": "1"}),
    )
    html = login(journalist_a).get(reverse("wagtailadmin_home")).content.decode()
    assert draft.title in panel(html, "my-drafts")
    assert returned.title in panel(html, "returned-to-me")
    assert "Гастроль кестесін қосыңыз." in panel(html, "returned-to-me")
    assert scheduled.title in panel(html, "my-scheduled")


def test_editor_sees_own_outlets_queue_and_recent_publications(
    journalist_a, editor_a, outlet_a, outlet_b, article_a, article_b
):
    waiting = own_article(outlet_a, journalist_a, "Корей мәдени орталығына 35 жыл")
    submit(login(journalist_a), waiting)
    elsewhere = factories.ArticlePageFactory.build(title="Ұйғыр мектебінің түлектері", slug="mektep", live=False)
    outlet_b.add_child(instance=elsewhere)
    elsewhere.save_revision()
    elsewhere.get_workflow().start(elsewhere, make_user("uyghur-journalist"))
    html = login(editor_a).get(reverse("wagtailadmin_home")).content.decode()
    assert waiting.title in panel(html, "outlet-review")
    assert article_a.title in panel(html, "outlet-published")
    assert article_b.title not in html
    assert elsewhere.title not in html
    assert "my-drafts" not in html  # editors are not shown the journalist's panels


def test_an_empty_panels_message_is_inset_like_its_heading(journalist_a):
    # The message sat against the panel's border (Wagtail pads the heading and the listing, not a bare
    # paragraph); inset by Wagtail's own spacing class, as the heading is.
    html = login(journalist_a).get(reverse("wagtailadmin_home")).content.decode()
    for panel_id in ("returned-to-me", "my-drafts", "my-scheduled"):
        content = panel(html, panel_id).split("</table>")[0]
        assert '<p class="w-px-5">' in content, panel_id
