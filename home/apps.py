from django.apps import AppConfig
from django.conf.locale import LANG_INFO

import languages


class HomeConfig(AppConfig):
    name = "home"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Django has no entry for Kurmanji, and answers get_language_info("kk-latn") with the kk entry
        # (Cyrillic name, and the wrong direction for ug-arab); it offers no setting for this.
        LANG_INFO.update(languages.django_lang_info())

        from . import cdn, expiry, page_cache, page_urls, routing, signals

        signals.connect()
        expiry.connect()
        routing.install()
        page_urls.install()
        page_cache.connect()
        cdn.connect()
