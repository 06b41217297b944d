from .documents import SearchDocument, SearchDocumentTopic, SearchText
from .queries import QueryStat

__all__ = ["QueryStat", "SearchDocument", "SearchDocumentTopic", "SearchText"]
