"""Stories shown once across outlets: story_key (the original's translation_key), original_key and
the text fingerprint (search/stories.py). Existing rows start as their own story; run
`manage.py update_index --reader-only` to group existing reprints."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0006_document_kinds"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="story_key",
            field=models.UUIDField(db_index=True, null=True),
        ),
        migrations.RunSQL("UPDATE search_searchdocument SET story_key = translation_key", migrations.RunSQL.noop),
        migrations.AlterField(
            model_name="searchdocument",
            name="story_key",
            field=models.UUIDField(db_index=True),
        ),
        migrations.AddField(
            model_name="searchdocument",
            name="original_key",
            field=models.UUIDField(blank=True, db_index=True, null=True),
        ),
        migrations.AddField(
            model_name="searchdocument",
            name="fingerprint",
            field=models.CharField(blank=True, db_index=True, max_length=32, default=""),
            preserve_default=False,
        ),
    ]
