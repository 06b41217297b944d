from .documents import SearchDocument, SearchDocumentTopic
from .queries import QueryStat

__all__ = ["QueryStat", "SearchDocument", "SearchDocumentTopic"]
