from django.apps import AppConfig


class EthnicPressConfig(AppConfig):
    name = "ethnic_press"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.conf import settings

        from . import avif, provisioning, spreadsheets

        avif.use_avif_speed(settings.AVIF_ENCODER_SPEED)
        provisioning.connect()
        spreadsheets.protect_wagtail_exports()
