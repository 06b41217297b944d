"""The judged relevance set (bench/relevance/<lang>.toml) stays usable: bench/judged_relevance.py --check."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("judged_relevance", ROOT / "bench" / "judged_relevance.py")
judged_relevance = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(judged_relevance)

FILES = judged_relevance.files()


@pytest.mark.parametrize("path", FILES, ids=[path.stem for path in FILES])
def test_judged_set_file_is_complete_and_consistent(path):
    assert judged_relevance.check(path) == []


def test_check_reports_unknown_keys_missing_threes_and_small_files(tmp_path):
    path = tmp_path / "xx.toml"
    path.write_text(
        'language = "xx"\n'
        '[[stories]]\nkey = "xx-001"\noutlet = "a"\ndays_ago = 1\ntitle = "T"\nlead = "L"\nbody = ["B"]\n'
        '[[stories]]\nkey = "xx-001"\noutlet = "d"\ndays_ago = 1\ntitle = "T"\nlead = "L"\nbody = ["B"]\n'
        '[[queries]]\nq = "t"\nkind = "title"\n[queries.judgments]\n"xx-001" = 2\n"xx-404" = 3\n'
    )
    errors = " | ".join(judged_relevance.check(path))
    assert "keys used more than once" in errors
    assert "xx-404" in errors
    assert "outlet 'd'" in errors
    assert "at least 92 needed" in errors and "at least 40 needed" in errors


def test_measures_count_a_group_once_and_grade_the_order():
    judged = {"s1": 3, "s2": 1}
    perfect = judged_relevance.measures(["s1", "s2"], judged)
    assert perfect["ndcg"] == pytest.approx(1.0)
    assert perfect["recall"] == 1.0 and perfect["mrr"] == 1.0
    swapped = judged_relevance.measures(["s2", "s1", "other"], judged)
    assert swapped["ndcg"] < 1.0 and swapped["mrr"] == 0.5
    assert judged_relevance.measures(["other"], judged)["ndcg"] == 0.0
