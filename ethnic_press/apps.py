from django.apps import AppConfig


class EthnicPressConfig(AppConfig):
    name = "ethnic_press"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import provisioning, spreadsheets

        provisioning.connect()
        spreadsheets.protect_wagtail_exports()
