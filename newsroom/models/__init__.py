from .club import ClubEventPage, ClubPage, RegionalClubPage
from .corrections import ArticleCorrection

from .pages import ArticlePage  # isort: skip (registered before its bylines and topics, as when one module)
from .article_relations import ArticleByline, ArticleTopic  # isort: skip
from .snippets import Journalist, Topic

__all__ = [
    "ArticleByline",
    "ArticleCorrection",
    "ArticlePage",
    "ArticleTopic",
    "ClubEventPage",
    "ClubPage",
    "Journalist",
    "RegionalClubPage",
    "Topic",
]
