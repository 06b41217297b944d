from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap

from ethnic_press import admin_guards, documents
from ethnic_press.editions import urls as edition_urls
from home.sitemaps import MultilingualSitemap
from home.views import healthz, robots_txt
from newsroom.feeds import ArticleFeed, TopicFeed
from newsroom.views import journalist_profile
from search import urls as search_urls

from .api import api_router

urlpatterns = [
    path("admin/", include(admin_guards.urlpatterns)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(documents.urlpatterns)),
    path("print-pages/", include(edition_urls)),
    path("api/v2/", api_router.urls),
    path("api/search/", include(search_urls.api_urlpatterns)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("robots.txt", robots_txt),
    path("healthz", healthz),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", include(search_urls.urlpatterns)),
    path("journalists/<str:slug>/", journalist_profile, name="journalist_profile"),
    path("feed/", ArticleFeed(), name="feed"),
    path("topics/<str:slug>/feed/", TopicFeed(), name="topic_feed"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
