from django.db import migrations


class Migration(migrations.Migration):
    """Stale translations are recorded by the translations app (translations.SourceEdit), which copies
    these stamps first (its migration 0002 runs before this one)."""

    dependencies = [
        ("newsroom", "0006_article_republished_from"),
    ]

    operations = [
        migrations.RemoveField(model_name="articlepage", name="source_changed_at"),
    ]
