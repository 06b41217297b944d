"""What search indexes: each kind of findable document has a source that turns pages into rows.

A source says which page types it reads (`models`), which page types its rows copy data from
(`containers`: publishing one of those re-indexes the pages below it), and produces a `Document`
for every page of a batch a reader may see, with visibility (live, public, not expired, outlet
live) decided by the source. search/indexing.py writes the rows and tells the backend; the
backends, the ranking and the result grouping treat every kind alike.

Documents with the same `translation_key` are one result (the language and script versions of a
story). A kind whose page yields several documents (the pages of a print edition, `part` = page
number) gives each part a key of its own, e.g. uuid.uuid5(page.translation_key, str(part)), so
that the same page in a transliterated edition groups with it and other pages do not.

To index a new kind: write a module with a source object like articles.SOURCE, add it to
SOURCES, and give its rows a `SearchDocument.Kind`. Results carry `kind` and `part`.
"""

from . import articles, print_pages
from .base import Document, Source

SOURCES: tuple[Source, ...] = (articles.SOURCE, print_pages.SOURCE)

__all__ = ["SOURCES", "Document", "Source"]
