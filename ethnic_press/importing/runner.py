"""Reading an import file line by line and importing each line in its own transaction."""

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction

from . import deferral
from .errors import LineError
from .lookups import Lookups
from .validation import validate
from .writer import CREATED, UPDATED, existing_article, write

BOM = b"\xef\xbb\xbf"
# Lines per batch: the script variants of a batch's articles are published by one background task.
BATCH_LINES = 100


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    failed: int = 0
    dry_run: bool = False

    def __str__(self) -> str:
        text = f"created {self.created}, updated {self.updated}, failed {self.failed}"
        return f"{text} (dry run: nothing was written)" if self.dry_run else text


def import_file(
    path: Path,
    *,
    dry_run: bool = False,
    trust_language: bool = False,
    on_error: Callable[[int, str], None],
    on_success: Callable[[int, str], None] | None = None,
) -> ImportSummary:
    """Import every line of a JSON Lines file. Problems go to `on_error(line number, reason)`.

    Raises OSError when the file cannot be opened; nothing else in the file's content raises.
    """
    summary = ImportSummary(dry_run=dry_run)
    lookups = Lookups()
    # In a dry run nothing is written, so a second line with the same archive id would still look
    # new; remembering the ids seen gives the same created/updated counts as the real run.
    seen: set[tuple[str, str, str]] = set()
    with open(path, "rb") as file:
        lines = _lines(file)
        while True:
            with deferral.batch():
                count = _import_lines(lines, summary, lookups, dry_run, seen, trust_language, on_error, on_success)
            if count < BATCH_LINES:
                return summary


def _import_lines(lines, summary, lookups, dry_run, seen, trust_language, on_error, on_success) -> int:
    """Import up to BATCH_LINES lines, each in its own transaction; returns how many were read."""
    count = 0
    for number, text in islice(lines, BATCH_LINES):
        count += 1
        try:
            with transaction.atomic():
                if text is None:
                    raise LineError("not valid UTF-8")
                outcome = _import_line(text, lookups, dry_run, seen, trust_language)
                if dry_run:
                    transaction.set_rollback(True)
        except LineError as error:
            summary.failed += 1
            on_error(number, str(error))
            continue
        except (ValidationError, DatabaseError) as error:
            summary.failed += 1
            on_error(number, f"could not be saved: {_message(error)}")
            continue
        setattr(summary, outcome, getattr(summary, outcome) + 1)
        if on_success is not None:
            on_success(number, outcome)
    return count


def _lines(file) -> Iterator[tuple[int, str | None]]:
    """(line number, text) for each non-blank line, streaming; text is None when not valid UTF-8."""
    for number, raw in enumerate(file, start=1):
        if number == 1 and raw.startswith(BOM):
            raw = raw[len(BOM) :]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield number, None
            continue
        if text.strip():
            yield number, text


def _import_line(text: str, lookups: Lookups, dry_run: bool, seen: set, trust_language: bool) -> str:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise LineError(f"invalid JSON: {error.msg} at column {error.colno}") from None
    except RecursionError:
        raise LineError("invalid JSON: nested too deeply") from None
    except ValueError as error:  # e.g. a number with more digits than Python converts
        raise LineError(f"invalid JSON: {error}") from None
    line = validate(data, lookups, trust_language=trust_language)
    if not dry_run:
        return write(line, lookups)
    key = (line.outlet.source.translation_key, line.language, line.source_id)
    outcome = UPDATED if key in seen or existing_article(line) is not None else CREATED
    seen.add(key)
    return outcome


def _message(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return "; ".join(error.messages)
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
