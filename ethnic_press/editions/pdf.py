"""Reading a PDF's structure and text layer through the sandboxed child (pdf_reader.py).

`inspect` checks an edition as a whole (opens at all, not password-protected, page count within
bounds); `text_layer` streams the text of a range of pages, one child for the range, and when the
child dies or hangs on a page that page gets the failure and a new child carries on with the next.
"""

import json
import os
import selectors
import subprocess
import sys
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from django.utils.translation import gettext as _

from . import tools

POINTS_PER_MM = 72 / 25.4
INSPECT_TIMEOUT = 120
# A page that draws an image uses its text layer when the layer holds at least this many letters (a scan
# with a few stamped words is OCR'd); any page's layer must be mostly real characters (not broken glyphs).
MIN_LETTERS = 40
MIN_TEXT_SHARE = 0.85


class EditionError(Exception):
    """The edition as a whole cannot be read; the message says why and what to do."""


@dataclass(frozen=True)
class PageText:
    number: int
    text: str | None = None
    error: str = ""
    has_images: bool = False


def _child(*args: str) -> list[str]:
    return [sys.executable, "-m", "ethnic_press.editions.pdf_reader", *args]


def _child_env() -> dict:
    # The child imports only pypdf; the project root on its path is enough.
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    return {"PYTHONPATH": root, "PYTHONDONTWRITEBYTECODE": "1"}


def error_message(code: str, detail: str = "") -> str:
    messages = {
        "encrypted": _("The PDF is protected by a password. Save it without a password and upload it again."),
        "crypto": _("The PDF is encrypted with a method the server cannot read (%(detail)s).") % {"detail": detail},
        "memory": _("Reading the PDF needed more memory than the limit; it may be a decompression bomb."),
        "bomb": _("The page's content expands to more than the 75 MB a page may have (a decompression bomb)."),
        "damaged": _("The PDF is damaged or incomplete and cannot be read (%(detail)s).") % {"detail": detail},
    }
    return messages.get(code, messages["damaged"])


def read(path: str) -> tuple[list[tuple[float, float]], Iterator[PageText]]:
    """The page sizes (in points) of an edition and an iterator over the text layer of all its pages, from one
    child process; raise EditionError for a file that cannot be an edition."""
    max_pages = tools.limits()["MAX_PAGES"]
    child = _Child(_child("read", path, str(max_pages)), cpu_seconds=INSPECT_TIMEOUT + max_pages * 5)
    try:
        data = child.line(INSPECT_TIMEOUT)
    except TimeoutError as error:
        child.close()
        raise EditionError(
            _("Reading the PDF's structure took longer than %(seconds)d s.") % {"seconds": INSPECT_TIMEOUT}
        ) from error
    if data is None or "error" in data:
        child.close()
        raise EditionError(error_message(data["error"], data.get("detail", "")) if data else error_message("memory"))
    if data["count"] > max_pages:
        child.close()
        raise EditionError(
            _("The PDF has %(count)d pages; an edition may have at most %(limit)d. Split it into issues.")
            % {"count": data["count"], "limit": max_pages}
        )
    if not data["pages"]:
        child.close()
        raise EditionError(_("The PDF has no pages."))
    sizes = [tuple(size) for size in data["pages"]]
    return sizes, _resuming(path, _pages(child, 1, len(sizes)), len(sizes))


def size_error(width_pt: float, height_pt: float) -> str:
    """A message when a page is too large to be a newspaper page (bounded rendering memory), else ""."""
    limit = tools.limits()["MAX_PAGE_SIDE_MM"]
    width, height = width_pt / POINTS_PER_MM, height_pt / POINTS_PER_MM
    if max(width, height) > limit or min(width, height) <= 0:
        return _("The page measures %(width)d × %(height)d mm; pages up to %(limit)d mm a side are read.") % {
            "width": round(width),
            "height": round(height),
            "limit": limit,
        }
    return ""


def text_layer(path: str, first: int, last: int) -> Iterator[PageText]:
    """The text layer of pages first..last, each within the page time limit."""
    return _resuming(path, iter(()), last, first)


def _resuming(path: str, pages: Iterator[PageText], last: int, first: int = 1) -> Iterator[PageText]:
    """`pages`, then a new child from the page after the last one given, until `last` (after a child died)."""
    number = first
    for page in pages:
        yield page
        number = page.number + 1
    while number <= last:
        child = _Child(_child("text", path, str(number), str(last)), cpu_seconds=tools.limits()["PAGE_TIMEOUT"])
        for page in _pages(child, number, last):
            yield page
            number = page.number + 1


class _Child:
    """The PDF reader child, read line by line with a deadline per line."""

    def __init__(self, args: list[str], cpu_seconds: int):
        self.process = subprocess.Popen(  # noqa: S603 - our own module, arguments are a path and numbers
            args,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            preexec_fn=tools._limit_child(tools.limits()["MEMORY_LIMIT_MB"], cpu_seconds),  # noqa: PLW1509
            env={**os.environ, **_child_env()},
        )
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.process.stdout, selectors.EVENT_READ)
        self.buffer = b""

    def line(self, timeout: float) -> dict | None:
        """The next JSON line; None when the child ended; TimeoutError after `timeout` seconds of silence."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            if not self.selector.select(max(0.0, deadline - time.monotonic())):
                raise TimeoutError
            chunk = os.read(self.process.stdout.fileno(), 1 << 16)
            if not chunk:
                return None
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return json.loads(line)

    def close(self) -> None:
        self.selector.close()
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.process.stdout.close()


def _pages(child: _Child, first: int, last: int) -> Iterator[PageText]:
    timeout = tools.limits()["PAGE_TIMEOUT"]
    expected = first
    try:
        while expected <= last:
            try:
                item = child.line(timeout)
            except TimeoutError:
                yield PageText(
                    expected, error=_("Reading the page took longer than %(seconds)d s.") % {"seconds": timeout}
                )
                return
            if item is None:
                # The child ended without finishing the page: it hit its memory or processor limit.
                yield PageText(expected, error=error_message("memory"))
                return
            if item.get("started"):
                continue
            expected = item["page"] + 1
            if "error" in item:
                yield PageText(item["page"], error=error_message(item["error"], item.get("detail", "")))
            else:
                yield PageText(item["page"], text=item["text"], has_images=item["images"])
    finally:
        child.close()


def usable(page: PageText) -> bool:
    """Whether a page's text layer is its text: not a scan (an image with little or no text over it),
    not broken glyphs (private-use characters from a font without a Unicode map)."""
    visible = [char for char in page.text or "" if not char.isspace()]
    if not visible:
        return not page.has_images  # an empty page is read as empty; an image-only page needs OCR
    broken = sum(1 for char in visible if unicodedata.category(char) in ("Co", "Cn", "Cs") or char == "\ufffd")
    letters = sum(1 for char in visible if char.isalpha())
    if broken / len(visible) > 1 - MIN_TEXT_SHARE:
        return False
    return letters >= MIN_LETTERS or not page.has_images
