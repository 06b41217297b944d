"""Documents of several kinds (articles, print edition pages): a page may have several rows, one
per part. On SQLite the table is rebuilt; search/backends/sqlite_schema.py restores the full-text
triggers after migrating."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0005_topic_slugs'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='searchdocument',
            name='kind',
            field=models.CharField(choices=[('article', 'article'), ('print_page', 'print edition page')], default='article', max_length=20),
        ),
        migrations.AddField(
            model_name='searchdocument',
            name='part',
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AlterField(
            model_name='searchdocument',
            name='page',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='search_documents', to=settings.WAGTAIL_PAGE_MODEL),
        ),
        migrations.AddConstraint(
            model_name='searchdocument',
            constraint=models.UniqueConstraint(fields=('page', 'part'), name='search_doc_page_part'),
        ),
    ]
