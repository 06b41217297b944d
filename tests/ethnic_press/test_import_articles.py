import datetime
import json

from django.core.management import ManagementUtility

from wagtail.models import Page, Revision

import pytest

from ethnic_press.importing import deferral, runner
from ethnic_press.models import OutletPage
from languages.localize import translate_page
from newsroom.models import ArticlePage, Journalist
from tests import factories
from tests.ethnic_press.importing import AVAZI_UG, DOSTYQ_KK, DOSTYQ_RU, KORYO_KO, run_import
from tests.helpers import in_locale


def imported(source_id: str, language: str) -> ArticlePage:
    return ArticlePage.objects.get(source_id=source_id, locale__language_code=language)


def test_good_file_imports_live_rendered_searchable_articles_in_every_language(outlets, tmp_path, client):
    out, err, failed = run_import(tmp_path, [DOSTYQ_KK, "", DOSTYQ_RU, "   ", KORYO_KO, AVAZI_UG])

    assert (err, failed) == ("", False)
    assert "created 4, updated 0, failed 0" in out
    for line in (DOSTYQ_KK, DOSTYQ_RU, KORYO_KO, AVAZI_UG):
        page = imported(line["source_id"], line["language"])
        assert page.live and page.original_language == line["language"]
        outlet = page.get_parent().specific
        assert isinstance(outlet, OutletPage) and outlet.locale.language_code == line["language"]
        assert (
            outlet.translation_key
            == OutletPage.objects.get(slug=line["outlet"], locale__language_code="kk").translation_key
        )
        response = client.get(page.url)
        assert response.status_code == 200
        assert line["title"] in response.content.decode()
    for word, source_id in [
        ("Наурыз", "dq-2024-031"),
        ("тренинг", "dq-2024-040"),
        ("음악회", "ki-100"),
        ("Наврузни", "ua-5512"),
    ]:
        assert [page.source_id for page in ArticlePage.objects.live().search(word)] == [source_id]


def test_outlet_and_its_ancestors_are_translated_for_a_new_language(outlets, tmp_path):
    run_import(tmp_path, [KORYO_KO])

    korean_pages = Page.objects.filter(locale__language_code="ko")
    assert sorted(page.specific_class.__name__ for page in korean_pages) == [
        "ArticlePage",
        "HomePage",
        "OutletIndexPage",
        "OutletPage",
    ]
    assert all(page.live for page in korean_pages)


def test_imported_article_records_dates_region_topics_and_authors(outlets, tmp_path):
    aigul = factories.JournalistFactory(name="Айгүл Сәрсенова", name_latin="Aigul Sarsenova")
    lines = [
        {**DOSTYQ_KK, "authors": ["Aigul Sarsenova", "Ерлан Жұмабаев", "Айгүл Сәрсенова"]},
        {**AVAZI_UG, "topics": ["culture"]},
    ]
    run_import(tmp_path, lines)

    page = imported("dq-2024-031", "kk")
    assert page.published_at == datetime.datetime(2024, 3, 21, 5, 0, tzinfo=datetime.UTC)
    assert page.first_published_at == page.published_at
    assert page.region.code == "KZ-75"
    assert [item.topic.slug for item in page.article_topics.all()] == ["culture"]
    bylines = [byline.journalist for byline in page.bylines.all()]
    assert bylines[0] == aigul and len(bylines) == 2
    created = Journalist.objects.get(name="Ерлан Жұмабаев")
    assert (created.locale.language_code, created.slug) == ("kk", "ерлан-жұмабаев")
    # A date without a time zone is Almaty time.
    assert imported("ua-5512", "ug").published_at == datetime.datetime(2024, 3, 21, 19, 0, tzinfo=datetime.UTC)


def test_html_body_keeps_headings_paragraphs_and_links_as_the_editor_would(outlets, tmp_path, client):
    run_import(tmp_path, [DOSTYQ_KK])

    page = imported("dq-2024-031", "kk")
    assert [block.block_type for block in page.body] == ["paragraph", "heading", "paragraph"]
    assert 'data-block-key="' in page.body[0].value.source
    html = client.get(page.url).content.decode()
    assert '<h2 class="block-heading">Концерт</h2>' in html
    assert "<b>жиырмадан астам</b>" in html
    assert '<a href="https://dostyq.kz/">билерге</a>' in html


def test_plain_text_body_becomes_paragraphs_at_blank_lines(outlets, tmp_path, client):
    run_import(tmp_path, [DOSTYQ_RU])

    page = imported("dq-2024-040", "ru")
    html = client.get(page.url).content.decode()
    assert "Занятия вели редакторы республиканских изданий.<br/>Каждый день начинался с разбора публикаций.</p>" in html
    assert ">Участники подготовили материалы о жизни своих общин.</p>" in html
    assert page.body[0].value.source.count("<p ") == 2


BAD_LINES = [
    ('{"outlet": "dostyq", "language": "kk",', "invalid JSON"),
    ('["dostyq", "kk"]', "expected a JSON object, got an array"),
    ({**DOSTYQ_KK, "outlet": "zhas-alash"}, "unknown outlet 'zhas-alash'"),
    ({**DOSTYQ_KK, "language": "fr"}, "unknown language 'fr'"),
    ({**DOSTYQ_KK, "language": "kk-latn"}, "language 'kk-latn' is a script variant of 'kk'"),
    ({**DOSTYQ_KK, "title": "   "}, "missing title"),
    ({**DOSTYQ_KK, "title": "Достық " * 40}, "title is 279 characters long, the limit is 255"),
    ({key: value for key, value in DOSTYQ_KK.items() if key != "source_id"}, "missing source_id"),
    ({**DOSTYQ_KK, "published_at": "21.03.2024"}, "published_at '21.03.2024' is not an ISO 8601 date"),
    ({**DOSTYQ_KK, "published_at": "2024-02-30"}, "is not an ISO 8601 date"),
    ({**DOSTYQ_KK, "published_at": "0001-01-01T00:00:00"}, "is outside 1800–2200"),
    # Not a code RegionFactory makes (KZ-00, KZ-01, …: a worker that had made 100 regions had a KZ-99).
    ({**DOSTYQ_KK, "region": "KZ-XX"}, "unknown region 'KZ-XX'"),
    ({**DOSTYQ_KK, "topics": ["culture", "ауа райы"]}, "unknown topic 'ауа райы'"),
    ({**DOSTYQ_KK, "authors": "Айгүл Сәрсенова"}, "authors must be a list of strings"),
    ({**DOSTYQ_KK, "authors": [{"name": "Айгүл Сәрсенова"}]}, "authors must be a list of strings"),
    ({**DOSTYQ_KK, "autors": ["Айгүл Сәрсенова"]}, "unknown field 'autors'"),
    ({**DOSTYQ_KK, "title": "Наурыз\u0000"}, "title contains a NUL character"),
]


@pytest.mark.parametrize(("bad_line", "reason"), BAD_LINES, ids=[reason[:30] for _, reason in BAD_LINES])
def test_bad_line_is_reported_and_imports_nothing_while_good_lines_import(outlets, tmp_path, bad_line, reason):
    bad = {**bad_line, "source_id": "bad-1"} if isinstance(bad_line, dict) and "source_id" in bad_line else bad_line
    out, err, failed = run_import(tmp_path, [DOSTYQ_KK, bad, DOSTYQ_RU])

    assert failed
    assert err.startswith("line 2: ") and reason in err
    assert len(err.strip().splitlines()) == 1
    assert "created 2, updated 0, failed 1" in out
    assert sorted(ArticlePage.objects.values_list("source_id", flat=True)) == ["dq-2024-031", "dq-2024-040"]


def test_unpublished_outlet_translation_is_an_error_not_published_by_the_import(outlets, outlet, tmp_path):
    for page in [*outlet.get_ancestors().filter(depth__gt=1), outlet]:
        translated = translate_page(page, "ru")
    OutletPage.objects.get(pk=translated.pk).unpublish()
    _, err, failed = run_import(tmp_path, [DOSTYQ_RU])

    assert failed
    assert err.strip() == "line 1: the 'ru' page of outlet 'dostyq' is not published"
    assert not OutletPage.objects.get(slug="dostyq", locale__language_code="ru").live


def test_every_problem_of_a_line_is_reported_together(outlets, tmp_path):
    _, err, _ = run_import(tmp_path, [{**DOSTYQ_KK, "language": "xx", "region": "KZ-XY", "published_at": "вчера"}])

    assert err.strip() == (
        "line 1: unknown language 'xx'; published_at 'вчера' is not an ISO 8601 date; unknown region 'KZ-XY'"
    )


UNSAFE_BODIES = [
    ("<p>Жаңалық</p><script>alert(1)</script>", "<script> element"),
    ("<style>body { display: none }</style><p>Жаңалық</p>", "<style> element"),
    ('<iframe src="https://example.com/"></iframe>', "<iframe> element"),
    ('<object data="/media/x.swf"></object>', "<object> element"),
    ('<embed src="/media/x.swf">', "<embed> element"),
    ('<SVG onload="alert(1)"></SVG>', "<svg> element"),
    ('<form action="https://example.com/"><input name="q"></form>', "<form> element"),
    ('<p>Фото: <img src="/media/dostyq.jpg" onerror="alert(1)"></p>', "event handler attribute onerror on <img>"),
    ('<p onclick="steal()">Басыңыз</p>', "event handler attribute onclick on <p>"),
    ('<a href="javascript:alert(1)">сілтеме</a>', "javascript: URL in href of <a>"),
    ('<a href=" jav&#x09;ascript:alert(1)">сілтеме</a>', "javascript: URL in href of <a>"),
    ('<img src="data:image/svg+xml;base64,PHN2Zz4=">', "data: URL in src of <img>"),
    ('<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">сілтеме</a>', "data: URL in href of <a>"),
    ('<p style="background: url(javascript:alert(1))">Мәтін</p>', "style attribute of <p>"),
    ("<![CDATA[ > <img src=x onerror=alert(1)> ]]>", "CDATA section"),
]


@pytest.mark.parametrize(("body", "reason"), UNSAFE_BODIES, ids=[reason for _, reason in UNSAFE_BODIES])
def test_unsafe_html_is_rejected_not_stripped(outlets, tmp_path, body, reason):
    out, err, failed = run_import(tmp_path, [{**DOSTYQ_KK, "body": body}])

    assert failed
    assert err.startswith("line 1: unsafe HTML: ") and reason in err
    assert not ArticlePage.objects.exists()


def test_byte_order_mark_is_accepted_and_invalid_utf8_is_a_line_error(outlets, tmp_path):
    good = json.dumps(DOSTYQ_KK, ensure_ascii=False).encode()
    out, err, failed = run_import(tmp_path, [b"\xef\xbb\xbf" + good, b'{"title": "\xd0\x9f\xff"}'])

    assert failed
    assert err.strip() == "line 2: not valid UTF-8"
    assert "created 1, updated 0, failed 1" in out
    assert imported("dq-2024-031", "kk").title == DOSTYQ_KK["title"]


def test_dry_run_checks_every_line_and_writes_nothing(outlets, tmp_path):
    pages, revisions, journalists = Page.objects.count(), Revision.objects.count(), Journalist.objects.count()
    renamed = {**DOSTYQ_KK, "title": "Достық үйінде Наурыз мейрамы кеңінен тойланды"}
    out, err, failed = run_import(
        tmp_path, [DOSTYQ_KK, KORYO_KO, {**DOSTYQ_RU, "region": "KZ-XX"}, renamed], "--dry-run"
    )

    assert failed
    assert err.strip() == "line 3: unknown region 'KZ-XX'"
    assert "created 2, updated 1, failed 1 (dry run: nothing was written)" in out
    assert (Page.objects.count(), Revision.objects.count(), Journalist.objects.count()) == (
        pages,
        revisions,
        journalists,
    )
    assert not Page.objects.filter(locale__language_code="ko").exists()


def test_dry_run_of_a_good_file_succeeds(outlets, tmp_path):
    out, err, failed = run_import(tmp_path, [DOSTYQ_KK], "--dry-run")

    assert (err, failed) == ("", False)
    assert "created 1, updated 0, failed 0 (dry run: nothing was written)" in out
    assert not ArticlePage.objects.exists()


def test_reimport_updates_the_article_in_place_with_a_new_revision(outlets, tmp_path, client):
    run_import(tmp_path, [DOSTYQ_KK])
    first = imported("dq-2024-031", "kk")
    corrected = {**DOSTYQ_KK, "title": "Достық үйінде Наурыз мейрамы кеңінен тойланды", "topics": [], "authors": []}
    out, err, failed = run_import(tmp_path, [corrected])

    assert (err, failed) == ("", False)
    assert "created 0, updated 1, failed 0" in out
    page = ArticlePage.objects.get(source_id="dq-2024-031")
    assert page.pk == first.pk and page.slug == first.slug and page.live
    assert page.title == corrected["title"]
    assert not page.article_topics.exists() and not page.bylines.exists()
    assert Revision.page_revisions.filter(object_id=str(page.pk)).count() == 2
    assert corrected["title"] in client.get(page.url).content.decode()
    assert [hit.pk for hit in ArticlePage.objects.live().search("кеңінен")] == [page.pk]


def test_reimport_does_not_republish_an_article_an_editor_unpublished(outlets, tmp_path):
    run_import(tmp_path, [DOSTYQ_KK])
    imported("dq-2024-031", "kk").unpublish()
    out, err, failed = run_import(tmp_path, [DOSTYQ_KK], "--dry-run")
    _, real_err, _ = run_import(tmp_path, [DOSTYQ_KK])

    assert failed and "failed 1" in out
    assert err == real_err
    assert err.strip() == f"line 1: article {DOSTYQ_KK['title']!r} was unpublished by an editor; not updated"
    assert not imported("dq-2024-031", "kk").live


def test_same_source_id_in_another_language_is_a_translation_of_the_story(outlets, tmp_path):
    russian = {**DOSTYQ_KK, "language": "ru", "title": "В Доме дружбы отметили Наурыз", "lead": "", "body": ""}
    run_import(tmp_path, [DOSTYQ_KK, russian])

    kazakh, translation = imported("dq-2024-031", "kk"), imported("dq-2024-031", "ru")
    assert kazakh.pk != translation.pk
    assert kazakh.translation_key == translation.translation_key
    assert translation.original_language == "kk"  # the story was first written in Kazakh


def test_slug_comes_from_the_title_and_is_unique_in_the_outlet(outlets, tmp_path):
    run_import(tmp_path, [DOSTYQ_KK, {**DOSTYQ_KK, "source_id": "dq-2024-032"}, KORYO_KO])

    slugs = sorted(ArticlePage.objects.filter(locale__language_code="kk").values_list("slug", flat=True))
    assert slugs == ["достық-үйінде-наурыз-мерекесі-тойланды", "достық-үйінде-наурыз-мерекесі-тойланды-1"]
    assert imported("ki-100", "ko").slug == "고려일보-창간-100주년-기념-음악회-열려"


def test_failed_import_exits_non_zero_without_a_traceback(outlets, tmp_path, capsys):
    path = tmp_path / "archive.jsonl"
    path.write_text(json.dumps(DOSTYQ_KK) + "\n{not json}\n", encoding="utf-8")

    with pytest.raises(SystemExit) as exit_info:
        ManagementUtility(["manage.py", "import_articles", str(path)]).execute()

    assert exit_info.value.code == 1
    captured = capsys.readouterr()
    assert "line 2: invalid JSON" in captured.err
    assert "Traceback" not in captured.err
    assert "created 1, updated 0, failed 1" in captured.out


def test_missing_file_is_a_clear_error(db, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        ManagementUtility(["manage.py", "import_articles", str(tmp_path / "missing.jsonl")]).execute()

    assert exit_info.value.code == 1
    assert "missing.jsonl: no such file" in capsys.readouterr().err


def test_kazakh_articles_get_their_latin_variants_from_one_task_per_batch(outlets, outlet, tmp_path, monkeypatch):
    in_locale(outlet, "kk-latn")  # the outlet publishes Latin script: its articles get variants
    monkeypatch.setattr(runner, "BATCH_LINES", 2)
    batches = []

    def record(sender, page_ids, **kwargs):
        batches.append(len(page_ids))

    deferral.batch_written.connect(record)
    try:
        lines = [
            {**DOSTYQ_KK, "source_id": f"dq-{number}", "title": f"{DOSTYQ_KK['title']} {number}"} for number in range(3)
        ]
        out, err, failed = run_import(tmp_path, [*lines, {**DOSTYQ_KK, "source_id": "bad", "region": "KZ-XX"}])
    finally:
        deferral.batch_written.disconnect(record)

    assert failed and err.strip() == "line 4: unknown region 'KZ-XX'"
    assert "created 3, updated 0, failed 1" in out
    assert batches == [2, 1]  # one task per batch of lines, for the lines written
    for number in range(3):
        article = imported(f"dq-{number}", "kk")
        latin = ArticlePage.objects.get(translation_key=article.translation_key, locale__language_code="kk-latn")
        assert latin.live and latin.title == f"Dostyq üiınde Nauryz merekesı toilandy {number}"
