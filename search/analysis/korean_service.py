"""The Korean analyser's model in one process that gunicorn's workers ask over a Unix socket.

Kiwi's model takes ~300 MB of memory once loaded (kiwipiepy 0.24, without its multi-word dictionary).
Loaded in gunicorn's master and shared copy-on-write, it counted in every worker's resident set: a worker
measured ~510 MB RSS, ~170 MB of it its own. Only Korean searches, suggestions and snippets use it, so
the master starts this process once (gunicorn.conf.py, `start`) and the workers send it their Korean
text (`tokenize`); their own memory is then the project's alone. A worker whose request fails (the
process died, or did not answer within TIMEOUT) analyses with a model of its own instead (korean.py):
the same answer, at the old memory cost, until gunicorn recycles it. The master restarts a dead analyser
before it forks the next worker.

Protocol: multiprocessing.connection's framing (a length, then the bytes); a request is a JSON list of
texts, the answer a JSON list, per text, of its tokens as [form, tag, start, len]. JSON, not pickle:
nothing received is executed. The socket is in a directory only this user can enter.

Run as a script (`python korean_service.py SOCKET`, which `start` does), this file imports only the
standard library and kiwipiepy: no Django, no project package, so the process holds the model and
little else.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from multiprocessing.connection import Client, Connection, Listener
from typing import NamedTuple

from kiwipiepy import Kiwi

# The socket's path, set in gunicorn's master before it forks the workers, which inherit it.
ENV = "KOREAN_ANALYSER_SOCKET"
# Seconds a worker waits for an answer (a long article takes tens of milliseconds).
TIMEOUT = 10.0
# Seconds the master waits for the model to load (~3 s on an idle core, ~15 s under load).
START_TIMEOUT = 120.0
WARM_TEXT = "고려인 신문은 알마티에서 발행된다."


def build() -> Kiwi:
    """The analyser as every process builds it (this one, or a process analysing on its own)."""
    # num_workers=0: analyse in the calling thread, with no thread pool. The default (-1) starts a
    # pool, and a pool built in a process before it forks does not exist in its children.
    # (kiwipiepy warns that 0 meant "all cores" before 0.21; it means one thread since.)
    # load_multi_dict=False: the multi-word dictionary is ~185 MB of the model's ~510 MB in memory, and
    # without it the 1,783 content morphemes of the demo's Korean texts and every Korean relevance figure
    # (bench/relevance/ko.toml: nDCG@10 0.947, recall@10 0.891, MRR 0.975) are unchanged. The typo
    # dictionary is left loaded: without it the model is no smaller (measured: 324 and 333 MB RSS).
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "behavior of `num_workers=0`", DeprecationWarning)
        return Kiwi(num_workers=0, load_multi_dict=False)


class Token(NamedTuple):
    """What korean.py reads of a Kiwi token."""

    form: str
    tag: str
    start: int
    len: int


class Unavailable(Exception):
    """The analyser process did not answer: the caller analyses on its own."""


# --- in the workers -----------------------------------------------------------------------------

_local = threading.local()


def address() -> str | None:
    return os.environ.get(ENV) or None


def tokenize(texts: list[str]) -> list[list[Token]]:
    """Each text's tokens, from the analyser process; raises Unavailable when it does not answer."""
    connection = _connection()
    try:
        connection.send_bytes(json.dumps(texts, ensure_ascii=False).encode())
        if not connection.poll(TIMEOUT):
            raise Unavailable(f"no answer within {TIMEOUT} s")
        answer = json.loads(connection.recv_bytes())
    except (OSError, EOFError, ValueError, Unavailable) as error:
        _drop()  # a late answer must not be read as the next request's
        raise Unavailable(str(error)) from error
    return [[Token(*token) for token in tokens] for tokens in answer]


def _connection() -> Connection:
    # One connection per thread, process and socket: a connection opened before a fork is not the child's.
    path = address()
    if path is None:
        raise Unavailable(f"{ENV} is not set")
    if getattr(_local, "key", None) != (os.getpid(), path):
        _local.connection, _local.key = None, (os.getpid(), path)
    if _local.connection is None:
        try:
            _local.connection = Client(path, family="AF_UNIX")
        except OSError as error:
            raise Unavailable(str(error)) from error
    return _local.connection


def _drop() -> None:
    connection, _local.connection = getattr(_local, "connection", None), None
    if connection is not None:
        connection.close()


# --- in gunicorn's master -------------------------------------------------------------------------


class Analyser:
    """The analyser process as the master sees it: started, checked, restarted, stopped."""

    def __init__(self) -> None:
        self.directory = tempfile.mkdtemp(prefix="ethnic-press-korean-")  # mode 0700
        self.path = os.path.join(self.directory, "socket")
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = START_TIMEOUT) -> None:
        """Start the process and wait until its model is loaded and it listens (it listens only then)."""
        if os.path.exists(self.path):
            os.unlink(self.path)
        self.process = subprocess.Popen([sys.executable, __file__, self.path], stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while not self._answers():
            if self.process.poll() is not None:
                raise RuntimeError(f"the Korean analyser exited with status {self.process.returncode}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the Korean analyser did not start within {timeout:.0f} s")
            time.sleep(0.05)
        os.environ[ENV] = self.path

    def _answers(self) -> bool:
        try:
            Client(self.path, family="AF_UNIX").close()
        except OSError:
            return False
        return True

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        if self.alive():
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        if os.environ.get(ENV) == self.path:
            del os.environ[ENV]
        shutil.rmtree(self.directory, ignore_errors=True)


# --- the analyser process ----------------------------------------------------------------------------


def serve(listener: Listener, kiwi: Kiwi) -> None:
    """Answer every connection, each in a thread; one analysis at a time."""
    lock = threading.Lock()
    while True:
        connection = listener.accept()
        threading.Thread(target=_answer, args=(connection, kiwi, lock), daemon=True).start()


def _answer(connection: Connection, kiwi: Kiwi, lock: threading.Lock) -> None:
    with connection:
        while True:
            try:
                texts = json.loads(connection.recv_bytes())
            except (EOFError, OSError, ValueError):
                return
            if not isinstance(texts, list) or not all(isinstance(text, str) for text in texts):
                return
            with lock:
                answer = [[[t.form, t.tag, t.start, t.len] for t in kiwi.tokenize(text)] for text in texts]
            try:
                connection.send_bytes(json.dumps(answer, ensure_ascii=False).encode())
            except OSError:
                return


def _exit_with(parent: int) -> None:
    # The master may be killed without stopping this process: leave with it.
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


def main(path: str) -> None:
    # Ctrl-C in gunicorn's terminal reaches this process too: the master stops it (Analyser.stop).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    kiwi = build()
    kiwi.tokenize(WARM_TEXT)  # Kiwi reads its model on the first analysis
    threading.Thread(target=_exit_with, args=(os.getppid(),), daemon=True).start()
    # Listening, the socket exists: the master waits for it (Analyser.start).
    with Listener(path, family="AF_UNIX") as listener:
        serve(listener, kiwi)


if __name__ == "__main__":
    main(sys.argv[1])
