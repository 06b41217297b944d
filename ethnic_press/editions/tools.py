"""External programs (the PDF reader child, pdftoppm, Tesseract) run with bounded time and memory.

Every child process gets an address-space limit and a CPU-time limit (set between fork and exec)
and a wall-clock timeout, so a decompression bomb, a pathological page or a hung renderer costs one
page its text, never the worker. Errors carry a message an editor can act on, in their language.
"""

import functools
import os
import resource
import shutil
import signal
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

# What to install on a Debian or Ubuntu server for each program (README, "Print archive").
APT_PACKAGES = {"tesseract": "tesseract-ocr", "pdftoppm": "poppler-utils"}


class ToolError(Exception):
    """A program could not do its work; `str(error)` is the message shown to editors."""


class ToolMissing(ToolError):
    pass


def limits() -> dict:
    return settings.PRINT_ARCHIVE


def command(name: str) -> str:
    """The configured command for "tesseract" or "pdftoppm"."""
    return limits()[name.upper()]


def missing_message(name: str, packages: Sequence[str] = ()) -> str:
    install = " ".join(packages or [APT_PACKAGES[name]])
    return _("%(program)s is not installed on the server. Install it with: apt-get install %(packages)s") % {
        "program": name,
        "packages": install,
    }


def available(name: str) -> bool:
    return shutil.which(command(name)) is not None


def require(name: str) -> str:
    path = shutil.which(command(name))
    if path is None:
        raise ToolMissing(missing_message(name))
    return path


def _limit_child(memory_mb: int, cpu_seconds: int):
    def apply() -> None:
        memory = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 5))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        os.nice(5)  # extraction yields to the web workers on a shared machine

    return apply


@dataclass
class Result:
    stdout: bytes
    seconds: float


def run(args: Sequence[str], *, label: str, timeout: int | None = None, env: dict | None = None) -> Result:
    """Run `args` with the page limits; raise ToolError with a readable reason when it fails."""
    timeout = timeout or limits()["PAGE_TIMEOUT"]
    memory_mb = limits()["MEMORY_LIMIT_MB"]
    started = time.monotonic()
    try:
        completed = subprocess.run(
            list(args),
            capture_output=True,
            timeout=timeout,
            preexec_fn=_limit_child(memory_mb, timeout),  # noqa: PLW1509 - no threads are started before exec
            env={**os.environ, **(env or {})},
            check=False,
        )
    except FileNotFoundError as error:
        raise ToolMissing(missing_message(label) if label in APT_PACKAGES else str(error)) from error
    except subprocess.TimeoutExpired as error:
        raise ToolError(
            _("%(program)s took longer than %(seconds)d s and was stopped.") % {"program": label, "seconds": timeout}
        ) from error
    if completed.returncode != 0:
        raise ToolError(failure_message(label, completed.returncode, completed.stderr, memory_mb))
    return Result(stdout=completed.stdout, seconds=time.monotonic() - started)


def failure_message(label: str, returncode: int, stderr: bytes, memory_mb: int) -> str:
    if returncode < 0 and -returncode in (signal.SIGKILL, signal.SIGXCPU, signal.SIGABRT, signal.SIGSEGV):
        return _(
            "%(program)s stopped: the page needs more than the limit of %(memory)d MB of memory or of processor time."
        ) % {"program": label, "memory": memory_mb}
    detail = stderr.decode("utf-8", "replace").strip().splitlines()
    return _("%(program)s failed: %(detail)s") % {"program": label, "detail": detail[-1] if detail else returncode}


@functools.lru_cache(maxsize=4)
def _tesseract_languages(path: str, _minute: int) -> frozenset[str]:
    output = run([path, "--list-langs"], label="tesseract", timeout=30).stdout.decode()
    return frozenset(line.strip() for line in output.splitlines()[1:] if line.strip())


def tesseract_languages() -> frozenset[str]:
    """Language data Tesseract has (re-read every minute, so installing a pack needs no worker restart)."""
    return _tesseract_languages(require("tesseract"), int(time.time() // 60))
