"""Work an import leaves to one background task per batch of lines instead of doing it per article.

Publishing an article in Kazakh, Uyghur or Uzbek publishes its script variant at once (translations/
variants.py): a second page, revision and index entry, most of an imported line's cost. During an import
batch (`batch()`), the apps above ask `defer_variants(page)` before that work; it records the page and
says yes. When the batch ends, `batch_written` is sent with the pages recorded, and translations enqueues
one task that publishes their variants (run by `manage.py db_worker`; at once in tests and in dev).
Each line keeps its own transaction and report: only the variants wait, and a page whose line was rolled
back is skipped by the task (it reads live pages only).
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.dispatch import Signal

# Sent after each batch of imported lines: page_ids = the pages whose script variants were deferred.
batch_written = Signal()

_deferred: ContextVar[list[int] | None] = ContextVar("import_deferred_variants", default=None)
_importing: ContextVar[bool] = ContextVar("importing", default=False)


def importing() -> bool:
    """Whether the publication under way is an archive import's (which opens no translation requests:
    an archive is history, and its translations are requested by editors, by hand)."""
    return _importing.get()


def defer_variants(page) -> bool:
    """Inside an import batch: remember `page` for the batch's variant task and return True."""
    deferred = _deferred.get()
    if deferred is None:
        return False
    deferred.append(page.pk)
    return True


@contextmanager
def batch():
    """One batch of lines: the script variants of what it publishes are made by one task at its end
    (also when the batch stops on an error: the lines written before it are live)."""
    deferred: list[int] = []
    token, importing_token = _deferred.set(deferred), _importing.set(True)
    try:
        yield
    finally:
        _deferred.reset(token)
        _importing.reset(importing_token)
        if deferred:
            batch_written.send(sender=batch, page_ids=list(dict.fromkeys(deferred)))
