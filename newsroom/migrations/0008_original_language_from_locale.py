from django.db import migrations, models


def repair_original_language(apps, schema_editor):
    """Every story gets the original language of the locale it was first written in.

    The field used to be a form field a journalist had to fill in: stories written in the admin kept
    it empty (and so were not treated as sources), and a translation requested later was taken for the
    original. A story whose versions agree on a language one of them is written in keeps it; any other
    story takes the language of its earliest page (pages are numbered in the order they are created;
    a script variant counts as its base language).
    """
    ArticlePage = apps.get_model("newsroom", "ArticlePage")
    stories: dict = {}
    rows = ArticlePage.objects.order_by("pk").values_list(
        "translation_key", "locale__language_code", "original_language"
    )
    for key, code, original in rows.iterator(chunk_size=2000):
        stories.setdefault(key, []).append((code.split("-")[0], original))
    for key, versions in stories.items():
        values = {original for _, original in versions}
        written_in = {base for base, _ in versions}
        if len(values) == 1 and next(iter(values)) in written_in:
            continue
        ArticlePage.objects.filter(translation_key=key).update(original_language=versions[0][0])


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0007_remove_source_changed_at"),
    ]

    operations = [
        migrations.AlterField(
            model_name="articlepage",
            name="original_language",
            field=models.CharField(
                blank=True,
                choices=[
                    ("kk", "Kazakh"),
                    ("ru", "Russian"),
                    ("ko", "Korean"),
                    ("de", "German"),
                    ("ug", "Uyghur"),
                    ("uz", "Uzbek"),
                    ("uk", "Ukrainian"),
                    ("pl", "Polish"),
                    ("tr", "Turkish (Ahiska)"),
                    ("ku", "Kurdish (Kurmanji)"),
                    ("tt", "Tatar"),
                ],
                editable=False,
                help_text="The language the story was written in. Translations keep the original's value.",
                max_length=10,
                verbose_name="original language",
            ),
        ),
        migrations.RunPython(repair_original_language, migrations.RunPython.noop),
    ]
