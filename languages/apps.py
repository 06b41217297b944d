from django.apps import AppConfig


class LanguagesConfig(AppConfig):
    """The language table, transliteration and the interface catalogs' tools; no models (the floor)."""

    name = "languages"
    verbose_name = "Languages"

    def ready(self):
        from django.utils.translation import gettext_lazy

        from wagtail.admin.viewsets.chooser import ChooserViewSet

        # Wagtail 8.0 translates the choosers' "Search" tab with a plain gettext in the class body, once,
        # when wagtail.admin.viewsets.chooser is imported, in the site's default language: every image,
        # document and snippet chooser showed Kazakh «Іздеу» whatever the admin's language. Lazy, it is
        # translated when each chooser opens (tests/languages/test_admin_language.py).
        ChooserViewSet.search_tab_label = gettext_lazy("Search")
