"""For the page cache's tests: views that answer how many times they have run (so a test sees a stored
reply), and a CDN backend that records what it is asked to purge."""

from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.urls import path

from wagtail.contrib.frontend_cache.backends.base import BaseBackend

runs = {"count": 0}


def counted(request):
    runs["count"] += 1
    return HttpResponse(f"run {runs['count']}")


def sets_cookie(request):
    response = counted(request)
    response.set_cookie("seen", "1")
    return response


def with_csrf_token(request):
    get_token(request)
    return counted(request)


def varies_by_agent(request):
    response = counted(request)
    response["Vary"] = "User-Agent"
    return response


urlpatterns = [
    path("kk/counted/", counted),
    path("kk/cookie/", sets_cookie),
    path("kk/csrf/", with_csrf_token),
    path("kk/agent/", varies_by_agent),
]


class RecordingBackend(BaseBackend):
    purged: list[str] = []

    def purge(self, url) -> None:
        self.purged.append(url)
