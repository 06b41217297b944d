from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo network and `manage.py seed_demo`: the top of the project, the only app that imports every other."""

    name = "demo"
