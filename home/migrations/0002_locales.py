"""Create a Wagtail locale for every language and script variant in languages/__init__.py."""

from django.db import migrations


def create_locales(apps, schema_editor):
    import languages

    Locale = apps.get_model("wagtailcore", "Locale")
    for language in languages.LANGUAGES:
        Locale.objects.get_or_create(language_code=language.code)


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial"), ("wagtailcore", "0001_initial")]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
