"""The shape of a document source and of what it produces (see search/sources/__init__.py)."""

import datetime
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from wagtail.models import Page


@dataclass
class Document:
    """One findable document, before analysis: everything a SearchDocument row is made from."""

    page_id: int
    kind: str
    language: str
    translation_key: uuid.UUID
    published_at: datetime.datetime
    title: str
    text: str
    part: int = 0
    expire_at: datetime.datetime | None = None
    outlet: Page | None = None  # the OutletPage, with community and region loaded
    region: str = ""
    topics: list[str] = field(default_factory=list)
    # Same story as another (search/stories.py): the translation_key it is republished from, and the
    # text whose fingerprint finds copies made without the link (empty: not compared).
    original_key: uuid.UUID | None = None
    fingerprint_text: str = ""


class Source(Protocol):
    kind: str
    models: tuple[type[Page], ...]
    containers: tuple[type[Page], ...]

    def documents(self, page_ids: list[int]) -> Iterable[Document]:
        """Documents of the pages among `page_ids` that readers may see now."""
