"""The Korean model in one analyser process that gunicorn's workers ask (search/analysis/korean_service.py)."""

import os
import threading
from multiprocessing.connection import Listener

import pytest

from search.analysis import korean, korean_service

SENTENCE = "고려인들은 1937년 크즐오르다에서 한국어 신문을 다시 발행했다."
TEXTS = [SENTENCE, "알마티에서 기자들이 신문을 만들었다", "강제이주 80주년", "Koryo Ilbo 고려일보", ""]


@pytest.fixture(autouse=True)
def _no_connection_left():
    yield
    korean_service._drop()


@pytest.fixture
def local():
    """Each text's groups as this process's own model analyses them."""
    return [korean.groups(text) for text in TEXTS]


def _listen(tmp_path, monkeypatch, handler):
    path = str(tmp_path / "socket")
    listener = Listener(path, family="AF_UNIX")
    threading.Thread(target=handler, args=(listener,), daemon=True).start()
    monkeypatch.setenv(korean_service.ENV, path)
    return listener


def test_the_analyser_process_answers_what_the_model_in_this_process_answers(tmp_path, monkeypatch, local):
    # korean_service.serve over a real socket, in a thread, with this process's model
    _listen(tmp_path, monkeypatch, lambda listener: korean_service.serve(listener, korean._get_kiwi()))
    asked = []
    tokenize = korean_service.tokenize
    monkeypatch.setattr(korean_service, "tokenize", lambda texts: asked.append(texts) or tokenize(texts))
    monkeypatch.setattr(korean, "_get_kiwi", lambda: pytest.fail("analysed in this process"))

    assert [korean.groups(text) for text in TEXTS] == local
    assert len(asked) == len(TEXTS)
    assert "크즐오르다" in {group[0] for group in local[0]}


def test_a_worker_analyses_on_its_own_when_nothing_listens(tmp_path, monkeypatch, local, caplog):
    monkeypatch.setenv(korean_service.ENV, str(tmp_path / "no-socket"))

    assert [korean.groups(text) for text in TEXTS] == local
    assert "Korean analyser process unavailable" in caplog.text


def test_a_worker_that_gets_no_answer_in_time_analyses_on_its_own_and_asks_again_next_time(
    tmp_path, monkeypatch, local
):
    answering = threading.Event()

    def slow_then_serving(listener):
        silent = listener.accept()  # reads nothing, answers nothing
        answering.wait(10)
        silent.close()
        korean_service.serve(listener, korean._get_kiwi())

    _listen(tmp_path, monkeypatch, slow_then_serving)
    monkeypatch.setattr(korean_service, "TIMEOUT", 0.2)

    with pytest.raises(korean_service.Unavailable):
        korean_service.tokenize([SENTENCE])
    assert korean.groups(SENTENCE) == local[0]  # no answer again: this process's model
    answering.set()
    assert korean_service.tokenize(TEXTS[1:2])[0] == [
        (token.form, token.tag, token.start, token.len) for token in korean._get_kiwi().tokenize(TEXTS[1])
    ]


def test_a_request_that_is_not_a_list_of_texts_closes_the_connection(tmp_path, monkeypatch):
    _listen(tmp_path, monkeypatch, lambda listener: korean_service.serve(listener, korean._get_kiwi()))
    connection = korean_service._connection()
    connection.send_bytes(b'{"__class__": "os.system"}')

    with pytest.raises(EOFError):
        connection.recv_bytes()


def test_the_master_starts_the_analyser_process_and_the_workers_find_it(monkeypatch, local):
    monkeypatch.delenv(korean_service.ENV, raising=False)
    analyser = korean_service.Analyser()
    try:
        analyser.start()
        assert os.environ[korean_service.ENV] == analyser.path
        assert os.stat(analyser.directory).st_mode & 0o077 == 0  # only this user reaches the socket
        assert [[tuple(group) for group in korean.groups(text)] for text in TEXTS] == local
        assert analyser.alive()

        analyser.process.kill()
        analyser.process.wait()
        assert not analyser.alive()
        assert korean.groups(SENTENCE) == local[0]  # the worker's own model meanwhile
    finally:
        analyser.stop()
    assert korean_service.ENV not in os.environ
    assert not os.path.exists(analyser.directory)
