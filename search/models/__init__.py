from .documents import SearchDocument, SearchDocumentTopic, SearchFingerprintBand, SearchText
from .queries import QueryStat

__all__ = ["QueryStat", "SearchDocument", "SearchDocumentTopic", "SearchFingerprintBand", "SearchText"]
