from django.apps import AppConfig

# Wagtail's own label, translated by Wagtail's catalogue (a name, so this project's catalogs do not take it).
WAGTAIL_COMMENT = "Comment"


class LanguagesConfig(AppConfig):
    """The language table, transliteration and the interface catalogs' tools; no models (the floor)."""

    name = "languages"
    verbose_name = "Languages"

    def ready(self):
        from django.utils.translation import gettext_lazy

        from wagtail.admin.viewsets.chooser import ChooserViewSet
        from wagtail.forms import TaskStateCommentForm

        # Wagtail 8.0 translates these labels with a plain gettext in a class body, once, when the module
        # is imported, in the site's default language, for everybody: the choosers' "Search" tab showed
        # Kazakh «Іздеу» and the workflow's "Request changes" dialog "Comment" in English (Kazakh has no
        # Wagtail catalogue) whatever the admin's language. Lazy, they are translated for each request
        # (tests/languages/test_admin_language.py).
        ChooserViewSet.search_tab_label = gettext_lazy("Search")
        TaskStateCommentForm.base_fields["comment"].label = gettext_lazy(WAGTAIL_COMMENT)
