"""The PDF side of extraction, run in a child process: `python -m ethnic_press.editions.pdf_reader`.

pypdf parses untrusted files; in a child with an address-space limit (tools.run) a decompression
bomb or a pathological page ends that child, not the worker. It prints JSON only, with error codes
rather than sentences: the parent (pdf.py) turns them into translated messages. No Django here, so
the child starts in a fraction of a second.

    read PATH MAX_PAGES     -> {"pages": [[width_pt, height_pt], ...], "count": N} or {"error": CODE, "detail": ...},
                               then the lines of `text PATH 1 N` when 0 < N <= MAX_PAGES
    text PATH FIRST LAST    -> one line per page: {"page": N, "text": ..., "images": bool}
                               or {"page": N, "error": ..., "detail": ...}
"""

import json
import logging
import re
import sys

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError

# Control characters (NUL above all, which PostgreSQL refuses) come from fonts whose Unicode map pypdf
# reads byte by byte; they are never text.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _open(path: str) -> PdfReader:
    reader = PdfReader(path, strict=False)
    if reader.is_encrypted:
        # Many publishers' files have only an owner password (printing or copying restrictions): they
        # open with the empty user password. A real user password is an error for the editor.
        try:
            if not reader.decrypt(""):
                raise FileNotDecryptedError("password required")
        except DependencyError as error:
            raise RuntimeError(f"crypto:{error}") from error
    return reader


def _error(error: BaseException) -> dict:
    if isinstance(error, FileNotDecryptedError):
        return {"error": "encrypted", "detail": str(error)}
    if isinstance(error, RuntimeError) and str(error).startswith("crypto:"):
        return {"error": "crypto", "detail": str(error)[7:]}
    if isinstance(error, MemoryError):
        return {"error": "memory", "detail": ""}
    if isinstance(error, LimitReachedError):
        return {"error": "bomb", "detail": str(error)}
    return {"error": "damaged", "detail": f"{type(error).__name__}: {error}"[:300]}


def _has_images(page) -> bool:
    """Whether the page draws an image (directly or in a form): a scan, or a photo beside the text."""
    resources = page.get("/Resources")
    pending = [resources.get_object()] if resources else []
    for _depth in range(3):
        found = []
        for resource in pending:
            xobjects = resource.get("/XObject")
            for item in xobjects.get_object().values() if xobjects else []:
                item = item.get_object()
                if item.get("/Subtype") == "/Image":
                    return True
                if item.get("/Subtype") == "/Form" and item.get("/Resources"):
                    found.append(item["/Resources"].get_object())
        pending = found
    return False


def inspect(reader: PdfReader, max_pages: int) -> dict:
    try:
        count = len(reader.pages)
        if count > max_pages:
            return {"pages": [], "count": count}
        sizes = []
        for page in reader.pages:
            box = page.mediabox
            width, height = float(box.width), float(box.height)
            if int(page.get("/Rotate", 0) or 0) % 180:
                width, height = height, width
            sizes.append([round(abs(width), 1), round(abs(height), 1)])
    except (Exception, MemoryError) as error:  # noqa: BLE001 - every failure of an untrusted file is a message
        return _error(error)
    return {"pages": sizes, "count": count}


def read(path: str, max_pages: int) -> None:
    try:
        reader = _open(path)
    except (Exception, MemoryError) as error:  # noqa: BLE001
        print(json.dumps(_error(error)), flush=True)
        return
    inspection = inspect(reader, max_pages)
    print(json.dumps(inspection), flush=True)
    if 0 < inspection.get("count", 0) <= max_pages:
        text(reader, 1, inspection["count"])


def text(reader: PdfReader, first: int, last: int) -> None:
    for number in range(first, last + 1):
        # The parent watches for this line: if the child dies on the page, the page gets the blame.
        print(json.dumps({"page": number, "started": True}), flush=True)
        try:
            page = reader.pages[number - 1]
            # Decode the content streams first: extract_text() turns pypdf's decompression limit into an
            # empty page, and a decompression bomb must be reported as one.
            page.get_contents()
            content = CONTROL.sub("", page.extract_text() or "")
            print(json.dumps({"page": number, "text": content, "images": _has_images(page)}), flush=True)
        except (Exception, MemoryError) as error:  # noqa: BLE001
            print(json.dumps({"page": number, **_error(error)}), flush=True)


def main(argv: list[str]) -> int:
    logging.disable(logging.WARNING)  # pypdf warns on every repaired xref; the parent needs JSON only
    if argv[:1] == ["read"] and len(argv) == 3:
        read(argv[1], int(argv[2]))
        return 0
    if argv[:1] == ["text"] and len(argv) == 4:
        first, last = int(argv[2]), int(argv[3])
        try:
            reader = _open(argv[1])
        except (Exception, MemoryError) as error:  # noqa: BLE001
            for number in range(first, last + 1):
                print(json.dumps({"page": number, **_error(error)}), flush=True)
            return 0
        text(reader, first, last)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
