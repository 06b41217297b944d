"""Articles the archive import writes in bulk are real Wagtail pages, and a batch that fails is retried line by line."""

from django.db import DatabaseError
from django.urls import reverse

from wagtail.models import Page, ReferenceIndex, Revision
from wagtail.search.models import IndexEntry

import pytest
from wagtail_localize.models import TranslationSource

from ethnic_press.importing import bulk, runner
from ethnic_press.management.commands import import_articles
from newsroom.models import ArticlePage
from search.models import SearchDocument, SearchDocumentTopic, SearchText
from tests.ethnic_press.importing import DOSTYQ_KK, DOSTYQ_RU, KORYO_KO, run_import
from tests.helpers import article_form, in_locale

pytestmark = pytest.mark.django_db

MANY = [{**DOSTYQ_KK, "source_id": f"dq-bulk-{n}", "title": f"{DOSTYQ_KK['title']} {n}"} for n in range(12)]


def test_bulk_imported_article_serves_shows_in_the_explorer_is_found_and_has_its_revision(
    outlets, tmp_path, client, admin_client
):
    out, err, _ = run_import(tmp_path, [DOSTYQ_KK, DOSTYQ_RU, KORYO_KO])
    assert "created 3, updated 0, failed 0" in out and err == ""
    page = ArticlePage.objects.get(source_id=DOSTYQ_KK["source_id"])

    assert client.get(page.url).status_code == 200
    explorer = admin_client.get(reverse("wagtailadmin_explore", args=[page.get_parent().pk]))
    assert page.title in explorer.content.decode()
    assert [hit.pk for hit in ArticlePage.objects.live().search("Наурыз")] == [page.pk]
    api = client.get("/api/search/", {"q": "Наурыз", "lang": "kk"}).json()
    assert [result["title"] for result in api["results"]] == [page.title]
    revision = page.live_revision
    assert revision is not None and page.latest_revision_id == revision.pk
    assert revision.as_object().title == page.title
    assert list(revision.as_object().body.raw_data) == list(page.body.raw_data)
    assert ReferenceIndex.get_references_for_object(page).exists()  # its topic, region, journalist
    assert all(not problems for problems in Page.find_problems())


def test_bulk_imported_article_is_edited_and_republished_in_the_admin(outlets, tmp_path, admin_client, client):
    run_import(tmp_path, [DOSTYQ_KK])
    page = ArticlePage.objects.get(source_id=DOSTYQ_KK["source_id"])
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert admin_client.get(edit).status_code == 200

    response = admin_client.post(
        edit, article_form(page, title="Наурыз мерекесі: түзетілген тақырып", **{"action-publish": "1"})
    )

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and page.title == "Наурыз мерекесі: түзетілген тақырып"
    assert Revision.page_revisions.filter(object_id=str(page.pk)).count() == 2
    assert "түзетілген тақырып" in client.get(page.url).content.decode()


def test_many_lines_share_a_batch_and_keep_the_tree_consistent(outlets, outlet, tmp_path):
    outlet_page = outlet.get_translation(outlet.locale)  # the Kazakh page of dostyq
    children_before = outlet_page.numchild

    out, err, _ = run_import(tmp_path, MANY)

    assert "created 12, updated 0, failed 0" in out and err == ""
    outlet_page.refresh_from_db()
    assert outlet_page.numchild == children_before + 12 == outlet_page.get_children().count()
    slugs = list(ArticlePage.objects.filter(source_id__startswith="dq-bulk-").values_list("slug", flat=True))
    assert len(set(slugs)) == 12
    assert all(not problems for problems in Page.find_problems())


def test_a_batch_over_several_outlets_numbers_slugs_against_each_outlets_own_articles(outlets, tmp_path):
    run_import(tmp_path, [DOSTYQ_KK, KORYO_KO])
    dostyq_article, koryo_article = (
        ArticlePage.objects.get(source_id=line["source_id"]) for line in (DOSTYQ_KK, KORYO_KO)
    )
    dostyq, koryo = dostyq_article.get_parent(), koryo_article.get_parent()
    taken = dostyq_article.slug

    chosen = bulk.available_slugs_under([(dostyq, [taken, taken, "new"]), (koryo, [taken, koryo_article.slug])])

    assert chosen == [[f"{taken}-1", f"{taken}-2", "new"], [taken, f"{koryo_article.slug}-1"]]
    assert chosen == [
        bulk.available_slugs(dostyq, [taken, taken, "new"]),
        bulk.available_slugs(koryo, [taken, koryo_article.slug]),
    ]


def test_a_batch_that_fails_is_written_line_by_line_and_reports_only_the_bad_line(outlets, tmp_path):
    run_import(tmp_path, [MANY[1]])
    ArticlePage.objects.get(source_id=MANY[1]["source_id"]).unpublish()

    out, err, failed = run_import(tmp_path, MANY[:3])

    assert failed and err.strip().startswith("line 2: article ") and "unpublished by an editor" in err
    assert "created 2, updated 0, failed 1" in out
    assert (
        ArticlePage.objects.filter(source_id__in=[MANY[0]["source_id"], MANY[2]["source_id"]], live=True).count() == 2
    )


def test_the_same_article_twice_in_one_batch_is_created_then_updated(outlets, tmp_path):
    changed = {**MANY[0], "lead": "Алматыдағы Достық үйінде мереке жалғасты, қонақтар көп болды."}

    out, err, _ = run_import(tmp_path, [MANY[0], MANY[1], changed])

    assert "created 2, updated 1, failed 0" in out and err == ""
    page = ArticlePage.objects.get(source_id=MANY[0]["source_id"])
    assert page.lead == changed["lead"]
    assert Revision.page_revisions.filter(object_id=str(page.pk)).count() == 2


def test_kazakh_batch_gets_latin_variants_in_bulk_that_follow_a_later_edit_of_the_base(
    outlets, outlet, tmp_path, admin_client, client, monkeypatch
):
    in_locale(outlet, "kk-latn")
    monkeypatch.setattr(runner, "BATCH_LINES", 5)
    out, _, _ = run_import(tmp_path, MANY[:7])
    assert "created 7, updated 0, failed 0" in out

    base = ArticlePage.objects.get(source_id=MANY[3]["source_id"], locale__language_code="kk")
    latin = ArticlePage.objects.get(translation_key=base.translation_key, locale__language_code="kk-latn")
    assert latin.live and latin.slug == base.slug and latin.title == "Dostyq üiınde Nauryz merekesı toilandy 3"
    assert "Merekege" in latin.body.raw_data[0]["value"] and latin.live_revision_id is not None
    assert [b.journalist_id for b in latin.bylines.all()] == [b.journalist_id for b in base.bylines.all()]
    assert client.get(latin.url).status_code == 200
    assert [hit.pk for hit in ArticlePage.objects.live().search("merekesı")][:1]  # indexed in Latin script

    # An editor's later edit of the Kazakh page updates the same Latin page through wagtail-localize.
    edit = reverse("wagtailadmin_pages:edit", args=[base.pk])
    admin_client.post(edit, article_form(base, title="Достық үйінде көктем мерекесі", **{"action-publish": "1"}))
    latin.refresh_from_db()
    assert latin.title == "Dostyq üiınde köktem merekesı"
    assert (
        ArticlePage.objects.filter(translation_key=base.translation_key, locale__language_code="kk-latn").count() == 1
    )
    assert TranslationSource.objects.filter(object_id=base.translation_key).exists()
    assert all(not problems for problems in Page.find_problems())


def _index_rows(page) -> list[dict]:
    """What the reader search index holds for a page, without row ids."""
    return [
        {
            **{k: v for k, v in row.items() if k not in {"id", "indexed_at"}},
            "text": SearchText.objects.get(document_id=row["id"]).text,
            "topics": sorted(SearchDocumentTopic.objects.filter(document_id=row["id"]).values_list("slug", flat=True)),
        }
        for row in SearchDocument.objects.filter(page_id=page.pk).order_by("part").values()
    ]


def _wagtail_index_rows(page) -> list[tuple]:
    return list(IndexEntry.objects.filter(object_id=str(page.pk)).values_list("title", "autocomplete", "body"))


def test_bulk_written_index_rows_are_those_a_wagtail_publish_writes(outlets, outlet, tmp_path):
    in_locale(outlet, "kk-latn")
    run_import(tmp_path, [DOSTYQ_KK, KORYO_KO])
    pages = [
        ArticlePage.objects.get(source_id=line["source_id"], locale__language_code=line["language"])
        for line in (DOSTYQ_KK, KORYO_KO)
    ]
    latin = ArticlePage.objects.get(translation_key=pages[0].translation_key, locale__language_code="kk-latn")
    pages.append(latin)
    imported = [(_index_rows(page), _wagtail_index_rows(page)) for page in pages]
    assert all(rows and rows[0]["terms"] for rows, _ in imported)

    for page, (rows, wagtail_rows) in zip(pages, imported, strict=True):
        page.save_revision().publish()  # Wagtail's publish: page_published re-indexes the page

        published = _index_rows(page)
        assert len(published) == len(rows)
        for bulk_row, row in zip(rows, published, strict=True):
            assert {key: (value, row[key]) for key, value in bulk_row.items() if row[key] != value} == {}
        assert _wagtail_index_rows(page) == wagtail_rows


def test_reimport_updates_changed_articles_in_bulk_and_skips_unchanged_ones(
    outlets, outlet, tmp_path, monkeypatch, client
):
    in_locale(outlet, "kk-latn")
    run_import(tmp_path, MANY[:3])
    before = {
        line["source_id"]: ArticlePage.objects.get(source_id=line["source_id"], locale__language_code="kk")
        for line in MANY[:3]
    }
    changed = [
        {**MANY[0], "title": "Достық үйінде көктем мерекесі", "authors": ["Жаңа Автор"], "topics": []},
        MANY[1],
        {**MANY[2], "lead": "Алматыдағы Достық үйінде мереке жалғасты, қонақтар көп болды."},
    ]

    def no_wagtail_publish(*args, **kwargs):
        raise AssertionError("a re-import publishes through the bulk path")

    monkeypatch.setattr(ArticlePage, "save_revision", no_wagtail_publish)
    out, err, failed = run_import(tmp_path, changed)

    assert (err, failed) == ("", False)
    assert "created 0, updated 2, failed 0, unchanged 1" in out
    first, second, third = (ArticlePage.objects.get(pk=before[line["source_id"]].pk) for line in MANY[:3])
    assert (first.title, first.draft_title, first.slug) == (
        changed[0]["title"],
        changed[0]["title"],
        before[MANY[0]["source_id"]].slug,
    )
    assert [byline.journalist.name for byline in first.bylines.all()] == ["Жаңа Автор"]
    assert not first.article_topics.exists()
    assert third.lead == changed[2]["lead"]
    revisions = {page.pk: Revision.page_revisions.filter(object_id=str(page.pk)) for page in (first, second, third)}
    assert [revisions[page.pk].count() for page in (first, second, third)] == [2, 1, 2]
    assert first.live_revision == first.latest_revision == revisions[first.pk].order_by("-pk").first()
    assert first.live_revision.as_object().title == changed[0]["title"]
    assert second.live_revision_id == before[MANY[1]["source_id"]].live_revision_id
    assert changed[0]["title"] in client.get(first.url).content.decode()
    assert [hit.pk for hit in ArticlePage.objects.live().search("көктем")] == [first.pk]
    assert SearchDocument.objects.get(page_id=first.pk).title == changed[0]["title"]
    journalists = {reference.to_object_id for reference in ReferenceIndex.get_references_for_object(first)}
    assert str(first.bylines.get().journalist_id) in journalists
    # The Kazakh Latin variant (made in bulk) follows, in bulk too.
    latin = ArticlePage.objects.get(translation_key=first.translation_key, locale__language_code="kk-latn")
    assert latin.title == "Dostyq üiınde köktem merekesı" and latin.live
    assert Revision.page_revisions.filter(object_id=str(latin.pk)).count() == 2
    assert [byline.journalist_id for byline in latin.bylines.all()] == [first.bylines.get().journalist_id]
    assert all(not problems for problems in Page.find_problems())


def test_reimport_of_an_unchanged_file_writes_nothing_and_dry_run_counts_alike(outlets, tmp_path):
    run_import(tmp_path, MANY[:4])
    revisions = Revision.objects.count()

    dry, _, _ = run_import(tmp_path, [*MANY[:3], {**MANY[3], "lead": "Жаңа лид."}], "--dry-run")
    out, err, failed = run_import(tmp_path, MANY[:4])

    assert "created 0, updated 1, failed 0, unchanged 3 (dry run" in dry
    assert (err, failed) == ("", False)
    assert "created 0, updated 0, failed 0, unchanged 4" in out
    assert Revision.objects.count() == revisions


def test_progress_shows_lines_done_rate_and_time_left(outlets, tmp_path, monkeypatch):
    monkeypatch.setattr(import_articles, "LOG_EVERY_SECONDS", 0)
    monkeypatch.setattr(runner, "BATCH_LINES", 2)

    out, _, _ = run_import(tmp_path, MANY[:3])

    progress = [line for line in out.splitlines() if line.startswith("[")]
    assert progress[0].startswith("[" + "#" * 20) and " 2/3 lines " in progress[0]
    assert progress[-1].startswith("[" + "#" * 30 + "] 3/3 lines ")
    assert all(" lines/s " in line and " elapsed, ETA " in line for line in progress)


def test_a_new_author_of_a_line_rolled_back_is_created_again_by_the_next_line(outlets, tmp_path, monkeypatch):
    first, second = ({**line, "authors": ["Жаңа Архив Авторы"]} for line in MANY[:2])
    publish = ArticlePage.save_revision

    def fail_first(self, *args, **kwargs):
        if self.title == first["title"]:
            raise DatabaseError("refused by the database")
        return publish(self, *args, **kwargs)

    monkeypatch.setattr(runner, "write_batch", _refuse_batch)
    monkeypatch.setattr(ArticlePage, "save_revision", fail_first)
    out, err, _ = run_import(tmp_path, [first, second])

    assert err.strip() == "line 1: could not be saved: refused by the database"
    assert "created 1, updated 0, failed 1" in out
    page = ArticlePage.objects.get(source_id=second["source_id"])
    assert [byline.journalist.name for byline in page.bylines.all()] == ["Жаңа Архив Авторы"]


def _refuse_batch(lines, lookups):
    raise DatabaseError("the batch is written line by line")
