"""Two editors publishing one article at the same moment: both revisions are kept, one of them is live,
and readers see exactly the live one. Two threads, two database connections, two admin requests."""

from django.urls import reverse

from wagtail.models import PageLogEntry, Revision

import pytest

from ethnic_press.permissions import EDITOR
from newsroom.models import ArticlePage
from tests.faults import at_once, needs_concurrent_database
from tests.helpers import article_form, login, make_user

pytestmark = [needs_concurrent_database, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_two_concurrent_publishes_of_one_article_keep_both_revisions(article, outlet, client):
    article.save_revision().publish()
    before = Revision.objects.filter(object_id=str(article.pk)).count()
    editors = [login(make_user(name, outlet, EDITOR)) for name in ("editor-one", "editor-two")]
    titles = ["Бірінші редактордың тақырыбы", "Екінші редактордың тақырыбы"]
    url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    form = article_form(ArticlePage.objects.get(pk=article.pk))

    responses = at_once(
        *(
            lambda editor=editor, title=title: editor.post(url, {**form, "title": title, "action-publish": "1"})
            for editor, title in zip(editors, titles, strict=True)
        )
    )

    assert [response.status_code for response in responses] == [302, 302]
    revisions = Revision.objects.filter(object_id=str(article.pk)).order_by("pk")
    assert revisions.count() == before + 2
    assert sorted(revision.content["title"] for revision in revisions[before:]) == sorted(titles)
    page = ArticlePage.objects.get(pk=article.pk)
    assert page.live and page.live_revision_id in {revision.pk for revision in revisions[before:]}
    assert page.title == page.live_revision.content["title"]
    assert PageLogEntry.objects.filter(page_id=article.pk, action="wagtail.publish").count() >= 2
    html = client.get(page.url).content.decode()
    assert page.title in html and next(title for title in titles if title != page.title) not in html
