from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.urls import serve_pattern
from wagtail.utils.urlpatterns import decorate_urlpatterns

from ethnic_press import admin_guards, documents
from ethnic_press.autosave_race import settle_autosave_race
from ethnic_press.editions import urls as edition_urls
from home import routing
from home.health import healthz
from home.sitemaps import MultilingualSitemap, news_sitemap
from home.views import editions_index, favicon, reader_language, robots_txt
from newsroom.feeds import ArticleFeed, TopicFeed
from newsroom.views import journalist_profile, topic_index, topic_page
from search import urls as search_urls
from translations.guards import guard as translator_guard

from .api import api_router
from .sprite import sprite

# Every admin view behind two guards: outlet isolation (ethnic_press/admin_guards.py: pages, revisions and
# people the viewer may not see) and translators' rights (translations/guards.py). Inside them, the page create
# view settles its autosave racing its submit (ethnic_press/autosave_race.py).
admin_urlpatterns = decorate_urlpatterns(
    decorate_urlpatterns(decorate_urlpatterns(wagtailadmin_urls.urlpatterns, settle_autosave_race), admin_guards.guard),
    translator_guard,
)
admin_guards.narrow_people_filters()

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"

urlpatterns = [
    # Wagtail's icon sprite, cacheable by its hash (cms/sprite.py); in front of Wagtail's never-cached one.
    path("admin/sprite/", sprite, name="wagtailadmin_sprite"),
    path("admin/", include(admin_guards.urlpatterns)),
    path("admin/", include(admin_urlpatterns)),
    path("documents/", include(documents.urlpatterns)),
    path("print-pages/", include(edition_urls)),
    path("api/v2/", api_router.urls),
    path("api/search/", include(search_urls.api_urlpatterns)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("sitemap-news.xml", news_sitemap, name="news_sitemap"),
    path("robots.txt", robots_txt),
    path("healthz", healthz),
    path("favicon.ico", favicon),
    path("language/<str:code>/", reader_language, name="reader_language"),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    # Not django.conf.urls.static.static(): it serves nothing with DEBUG off (the demo runs so).
    from django.views.static import serve

    urlpatterns.append(
        re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    )

urlpatterns += i18n_patterns(
    path("search/", include(search_urls.urlpatterns)),
    path("journalists/<str:slug>/", journalist_profile, name="journalist_profile"),
    path("feed/", ArticleFeed(), name="feed"),
    path("topics/", topic_index, name="topics"),
    path("topics/<str:slug>/", topic_page, name="topic"),
    path("topics/<str:slug>/feed/", TopicFeed(), name="topic_feed"),
    path("editions/", editions_index, name="editions"),
    # Wagtail's patterns (password-protected pages, its login), its page view replaced by the same view
    # with the page found in two queries (home/routing.py).
    *(pattern for pattern in wagtail_urls.urlpatterns if getattr(pattern, "name", "") != "wagtail_serve"),
    re_path(serve_pattern, routing.serve, name="wagtail_serve"),
    prefix_default_language=True,
)
