"""The Korean analyser is loaded in gunicorn's master and used by forked workers (gunicorn.conf.py)."""

import json
import os

from search.analysis import korean

SENTENCE = "고려인들은 1937년 크즐오르다에서 한국어 신문을 다시 발행했다."


def test_analyser_starts_no_threads_so_it_survives_a_fork():
    # a thread pool started in the master would not exist in the forked workers
    threads = len(os.listdir("/proc/self/task"))
    korean._build().tokenize(SENTENCE)

    assert len(os.listdir("/proc/self/task")) == threads


def test_a_forked_process_analyses_like_the_process_that_loaded_the_model():
    korean.preload()
    expected = korean.groups(SENTENCE)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child, like a gunicorn worker forked after preload
        try:
            os.write(write_end, json.dumps(korean.groups(SENTENCE)).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        received = pipe.read()
    os.waitpid(pid, 0)

    assert [tuple(group) for group in json.loads(received)] == expected
    assert "크즐오르다" in {group[0] for group in expected}
