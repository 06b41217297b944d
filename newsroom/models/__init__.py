from .club import ClubEventPage, ClubPage, RegionalClubPage
from .corrections import ArticleCorrection
from .pages import ArticleByline, ArticlePage, ArticleTopic
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
