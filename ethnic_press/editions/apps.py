from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditionsConfig(AppConfig):
    name = "ethnic_press.editions"
    label = "editions"
    verbose_name = _("Print archive text")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks, signals  # noqa: F401 - checks register themselves on import

        signals.connect()
