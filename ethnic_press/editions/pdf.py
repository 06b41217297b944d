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


def inspect(path: str) -> list[tuple[float, float]]:
    """Page sizes in points; raise EditionError for a file that cannot be an edition."""
    try:
        result = tools.run(_child("inspect", path), label="PDF reader", timeout=INSPECT_TIMEOUT, env=_child_env())
    except tools.ToolError as error:
        raise EditionError(str(error)) from error
    data = json.loads(result.stdout or b"{}")
    if "error" in data:
        raise EditionError(error_message(data["error"], data.get("detail", "")))
    pages = [tuple(size) for size in data["pages"]]
    if not pages:
        raise EditionError(_("The PDF has no pages."))
    max_pages = tools.limits()["MAX_PAGES"]
    if len(pages) > max_pages:
        raise EditionError(
            _("The PDF has %(count)d pages; an edition may have at most %(limit)d. Split it into issues.")
            % {"count": len(pages), "limit": max_pages}
        )
    return pages


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
    number = first
    while number <= last:
        for page in _run_child(path, number, last):
            yield page
            number = page.number + 1


def _run_child(path: str, first: int, last: int) -> Iterator[PageText]:
    timeout = tools.limits()["PAGE_TIMEOUT"]
    process = subprocess.Popen(  # noqa: S603 - our own module, arguments are a path and numbers
        _child("text", path, str(first), str(last)),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        preexec_fn=tools._limit_child(tools.limits()["MEMORY_LIMIT_MB"], timeout * (last - first + 2)),  # noqa: PLW1509
        env={**os.environ, **_child_env()},
    )
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    expected, deadline, buffer = first, time.monotonic() + timeout, b""
    try:
        while expected <= last:
            if not selector.select(max(0.0, deadline - time.monotonic())):
                message = _("Reading the page took longer than %(seconds)d s.") % {"seconds": timeout}
                yield PageText(expected, error=message)
                return
            chunk = os.read(process.stdout.fileno(), 1 << 16)
            if not chunk:
                # The child ended without finishing the page: it hit its memory or processor limit.
                yield PageText(expected, error=error_message("memory"))
                return
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for line in lines:
                item = json.loads(line)
                if item.get("started"):
                    deadline = time.monotonic() + timeout
                    continue
                expected = item["page"] + 1
                if "error" in item:
                    yield PageText(item["page"], error=error_message(item["error"], item.get("detail", "")))
                else:
                    yield PageText(item["page"], text=item["text"], has_images=item["images"])
    finally:
        selector.close()
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()


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
