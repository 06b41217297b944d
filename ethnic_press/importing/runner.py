"""Reading an import file and importing it batch by batch.

Every line of a batch is decoded and validated first (a bad one is reported with its number and
left out); the good ones are then written together in one transaction (writer.write_batch: new articles
in bulk). If that fails — a line that only the database refuses, an article an editor unpublished — the
batch is rolled back and written again line by line, each line in its own transaction, so the report
names the line and nothing else is lost. A batch never holds two lines for the same article: a repeated
(outlet, language, source_id) starts a new batch, so the later line updates what the earlier created.
"""

import contextlib
import gc
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
from .validation import ArticleLine, author_names, validate
from .writer import CREATED, UNCHANGED, UPDATED, existing_article, unchanged, write, write_batch

BOM = b"\xef\xbb\xbf"
# Lines per batch: written in one transaction; the script variants of a batch's articles are published
# by one background task.
BATCH_LINES = 1000


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    failed: int = 0
    unchanged: int = 0  # re-imported lines that would change nothing: skipped
    dry_run: bool = False

    def __str__(self) -> str:
        text = f"created {self.created}, updated {self.updated}, failed {self.failed}"
        if self.unchanged:
            text += f", unchanged {self.unchanged}"
        return f"{text} (dry run: nothing was written)" if self.dry_run else text


def import_file(
    path: Path,
    *,
    dry_run: bool = False,
    trust_language: bool = False,
    on_error: Callable[[int, str], None],
    on_success: Callable[[int, str], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Import every line of a JSON Lines file. Problems go to `on_error(line number, reason)`;
    `on_progress(lines read)` is called after each batch.

    Raises OSError when the file cannot be opened; nothing else in the file's content raises.
    """
    summary = ImportSummary(dry_run=dry_run)
    lookups = Lookups()
    # In a dry run nothing is written, so a second line with the same archive id would still look
    # new; remembering the ids seen gives the same created/updated counts as the real run.
    seen: set[tuple[str, str, str]] = set()
    with open(path, "rb") as file, long_lived_frozen():
        lines = _lines(file)
        while chunk := list(islice(lines, BATCH_LINES)):
            if dry_run:
                _import_lines(chunk, summary, lookups, dry_run, seen, trust_language, on_error, on_success)
            else:
                _import_batch(chunk, summary, lookups, trust_language, on_error, on_success)
            if on_progress is not None:
                on_progress(chunk[-1][0])
    return summary


@contextlib.contextmanager
def long_lived_frozen():
    """Python's cyclic garbage collector leaves the objects that exist when the import starts (Django's, Wagtail's,
    the apps' and their modules': they outlive it) out of its collections until the import ends (`gc.freeze`): a
    batch makes many short-lived objects, and each full collection they triggered went through all those others
    again (0.49 of 4.8 s of CPU in full collections on 4,000 lines, 0.09 s frozen). Whatever becomes garbage
    meanwhile is collected as before; after the import, everything is again (`gc.unfreeze`). The worker's search
    indexing of an import's batches runs in it too (search/tasks.py). Inside a freeze already (a task run at once
    inside an import; a web worker, frozen by gunicorn's pre_fork: cms/prefork.py) it leaves that one as it is."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _import_batch(chunk, summary, lookups, trust_language, on_error, on_success) -> None:
    """Validate every line of `chunk`, then write the good ones in groups without a repeated article."""
    group: list[tuple[int, str, ArticleLine]] = []
    keys: set[tuple] = set()
    decoded = [(number, text, _decoded(text)) for number, text in chunk]
    # Every author of the batch in one query, instead of one per name.
    lookups.prefetch_journalists(name for _, _, data in decoded for name in author_names(data))
    for number, text, data in decoded:
        try:
            if isinstance(data, LineError):
                raise data
            line = validate(data, lookups, trust_language=trust_language)
        except LineError as error:
            summary.failed += 1
            on_error(number, str(error))
            continue
        key = (line.outlet.source.translation_key, line.language, line.source_id)
        if key in keys:
            _write_group(group, summary, lookups, trust_language, on_error, on_success)
            group, keys = [], set()
        group.append((number, text, line))
        keys.add(key)
    _write_group(group, summary, lookups, trust_language, on_error, on_success)


def _write_group(group, summary, lookups, trust_language, on_error, on_success) -> None:
    if not group:
        return
    try:
        with deferral.batch(), transaction.atomic():
            outcomes = write_batch([line for _, _, line in group], lookups)
    except (LineError, ValidationError, DatabaseError):
        # Written again line by line, each validated afresh: the report names the line at fault.
        lookups.forget_written()
        with deferral.batch():
            _import_lines(
                [(number, text) for number, text, _ in group],
                summary,
                lookups,
                False,
                set(),
                trust_language,
                on_error,
                on_success,
            )
        return
    for (number, _, _), outcome in zip(group, outcomes, strict=True):
        setattr(summary, outcome, getattr(summary, outcome) + 1)
        if on_success is not None:
            on_success(number, outcome)


def _import_lines(lines, summary, lookups, dry_run, seen, trust_language, on_error, on_success) -> None:
    """Import `lines`, each in its own transaction."""
    for number, text in lines:
        try:
            with transaction.atomic():
                if text is None:
                    raise LineError("not valid UTF-8")
                outcome = _import_line(text, lookups, dry_run, seen, trust_language)
                if dry_run:
                    transaction.set_rollback(True)
        except (LineError, ValidationError, DatabaseError) as error:
            if not dry_run:
                # The line's transaction is rolled back: a journalist it created is not remembered either.
                lookups.forget_written()
            summary.failed += 1
            on_error(number, str(error) if isinstance(error, LineError) else f"could not be saved: {_message(error)}")
            continue
        setattr(summary, outcome, getattr(summary, outcome) + 1)
        if on_success is not None:
            on_success(number, outcome)


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
    line = validate(_decode(text), lookups, trust_language=trust_language)
    if not dry_run:
        return write(line, lookups)
    key = (line.outlet.source.translation_key, line.language, line.source_id)
    if key in seen:
        return UPDATED
    seen.add(key)
    article = existing_article(line)
    if article is None:
        return CREATED
    return UNCHANGED if unchanged(article, line) else UPDATED


def _decoded(text: str | None) -> object:
    """The decoded line, or the LineError that reports why it cannot be decoded."""
    try:
        if text is None:
            raise LineError("not valid UTF-8")
        return _decode(text)
    except LineError as error:
        return error


def _decode(text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise LineError(f"invalid JSON: {error.msg} at column {error.colno}") from None
    except RecursionError:
        raise LineError("invalid JSON: nested too deeply") from None
    except ValueError as error:  # e.g. a number with more digits than Python converts
        raise LineError(f"invalid JSON: {error}") from None


def _message(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return "; ".join(error.messages)
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
