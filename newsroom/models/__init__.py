from .pages import ArticleByline, ArticlePage, ArticleTopic
from .snippets import Journalist, Topic

__all__ = ["ArticleByline", "ArticlePage", "ArticleTopic", "Journalist", "Topic"]
