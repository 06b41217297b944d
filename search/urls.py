from django.urls import path

from . import views

urlpatterns = [path("", views.search_page, name="search")]
api_urlpatterns = [
    path("", views.search_api, name="search_api"),
    path("suggest/", views.suggest_api, name="search_suggest"),
]
