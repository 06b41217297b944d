"""An archive import interrupted half-way leaves no partial article, and running it again completes it.

The interruption is a KeyboardInterrupt (what Ctrl-C or a SIGINT from a supervisor raises) thrown by the
database connection itself in the middle of line 3: the import writes batches of two lines here, and the
second batch (lines 3 and 4) is stopped after its page rows are written, at the moment its revisions are
inserted. Nothing in the importer is replaced; the injection point is a real SQL statement, so it stays
meaningful whatever the importer writes per line or per batch.
"""

import json

from django.db import connection

from wagtail.models import Page, Revision

import pytest

from ethnic_press.importing import runner
from newsroom.models import ArticlePage, Journalist
from tests.ethnic_press.importing import DOSTYQ_KK, run_import

pytestmark = pytest.mark.django_db

LINES = [
    {**DOSTYQ_KK, "source_id": f"dq-fault-{n}", "title": f"{DOSTYQ_KK['title']} {n}", "authors": [f"Автор Нөмір{n}"]}
    for n in range(1, 6)
]
INTERRUPTED = LINES[2]
BATCH_LINES = 2
INTERRUPT_AT = 2  # the revisions of each batch are one insert: the second is lines 3–4's


@pytest.fixture(autouse=True)
def small_batches(monkeypatch):
    monkeypatch.setattr(runner, "BATCH_LINES", BATCH_LINES)


class InterruptOnNthRevision:
    """A connection execute wrapper: raises KeyboardInterrupt at the n-th INSERT (or COPY, PostgreSQL's bulk
    insert) into Wagtail's revisions."""

    def __init__(self, n: int):
        self.n, self.seen = n, 0

    def __call__(self, execute, sql, params, many, context):
        if sql.lstrip().upper().startswith(("INSERT", "COPY")) and Revision._meta.db_table in sql:
            self.seen += 1
            if self.seen == self.n:
                raise KeyboardInterrupt("import interrupted")
        return execute(sql, params, many, context)


def articles() -> dict[str, ArticlePage]:
    return {page.source_id: page for page in ArticlePage.objects.filter(source_id__startswith="dq-fault-")}


def test_import_interrupted_half_way_leaves_no_partial_article(outlets, tmp_path):
    with (
        pytest.raises(KeyboardInterrupt),
        connection.execute_wrapper(InterruptOnNthRevision(INTERRUPT_AT)),
    ):
        run_import(tmp_path, LINES)

    done = articles()
    # The lines before the interruption are complete: live, with their published revision.
    assert set(done) <= {line["source_id"] for line in LINES[:2]}
    for page in done.values():
        assert page.live and page.live_revision_id is not None
    # The interrupted line left nothing: no page row of any type, no revision, no new journalist.
    assert not Page.objects.filter(title=INTERRUPTED["title"]).exists()
    assert not Journalist.objects.filter(name=INTERRUPTED["authors"][0]).exists()
    # The page tree stays consistent (treebeard's paths and child counts were rolled back too).
    assert all(not problems for problems in Page.find_problems())


def test_running_the_interrupted_import_again_completes_it_once(outlets, tmp_path, client):
    with (
        pytest.raises(KeyboardInterrupt),
        connection.execute_wrapper(InterruptOnNthRevision(INTERRUPT_AT)),
    ):
        run_import(tmp_path, LINES)
    before = set(articles())

    out, err, failed = run_import(tmp_path, LINES)

    assert (err, failed) == ("", False)
    # The lines imported before the interruption are recognised and left as they are.
    assert f"created {len(LINES) - len(before)}, updated 0, failed 0, unchanged {len(before)}" in out
    done = articles()
    assert sorted(done) == sorted(line["source_id"] for line in LINES)
    assert ArticlePage.objects.filter(source_id=INTERRUPTED["source_id"]).count() == 1
    assert Journalist.objects.filter(name=INTERRUPTED["authors"][0]).count() == 1
    page = done[INTERRUPTED["source_id"]]
    assert page.live and client.get(page.url).status_code == 200
    assert all(not problems for problems in Page.find_problems())

    # A third run changes nothing but says so: every line is the same article, unchanged.
    out, _, _ = run_import(tmp_path, LINES)
    assert f"created 0, updated 0, failed 0, unchanged {len(LINES)}" in out
    assert len(articles()) == len(LINES)


def test_import_file_cut_off_mid_line_reports_that_line_and_a_full_rerun_completes(outlets, tmp_path):
    """A copy of the archive truncated by a crash of the exporting side: the last line is cut mid-JSON."""
    text = "\n".join(json.dumps(line, ensure_ascii=False) for line in LINES[:3])
    cut = text[: len(text) - 40]
    out, err, failed = run_import(tmp_path, [cut])

    assert failed and "line 3: invalid JSON" in err
    assert "created 2, updated 0, failed 1" in out
    assert set(articles()) == {"dq-fault-1", "dq-fault-2"}

    out, err, failed = run_import(tmp_path, LINES)
    assert (err, failed) == ("", False)
    assert "created 3, updated 0, failed 0, unchanged 2" in out
