"""The Lighthouse runner runs again only when Lighthouse itself asks to be run again."""

import pytest

from .lighthouse import TRANSIENT_ATTEMPTS, LighthouseFailed, _run_until_recorded


def _failing_until(tmp_path, failures: int, message: str) -> list[str]:
    """A command that fails `failures` times with `message` on stderr, then succeeds; it counts its runs."""
    counter = tmp_path / "runs"
    counter.write_text("0")
    script = (
        f"n=$(($(cat {counter}) + 1)); echo $n > {counter}; "
        f'if [ $n -le {failures} ]; then echo "{message}" >&2; exit 1; fi'
    )
    return ["sh", "-c", script]


def _runs(tmp_path) -> int:
    return int((tmp_path / "runs").read_text())


def test_a_trace_that_was_not_recorded_is_run_again_until_it_is(tmp_path):
    message = "Runtime error encountered: Something went wrong with recording the trace. (NO_NAVSTART)"
    _run_until_recorded(_failing_until(tmp_path, 1, message))
    assert _runs(tmp_path) == 2


def test_a_page_that_fails_every_time_fails_with_lighthouses_own_message(tmp_path):
    message = "Runtime error encountered: (NO_NAVSTART)"
    with pytest.raises(LighthouseFailed, match="NO_NAVSTART"):
        _run_until_recorded(_failing_until(tmp_path, TRANSIENT_ATTEMPTS, message))
    assert _runs(tmp_path) == TRANSIENT_ATTEMPTS


def test_any_other_failure_is_not_run_again(tmp_path):
    message = "Runtime error encountered: Lighthouse was unable to reliably load the page. (ERRORED_DOCUMENT_REQUEST)"
    with pytest.raises(LighthouseFailed, match="ERRORED_DOCUMENT_REQUEST"):
        _run_until_recorded(_failing_until(tmp_path, 3, message))
    assert _runs(tmp_path) == 1
