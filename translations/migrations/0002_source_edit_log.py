"""SourceEdit becomes the one record of why translations are stale: a log of source edits with a reason.

Existing rows were republishes; corrections were stamped on the translation pages
(newsroom.ArticlePage.source_changed_at) and minor edits kept in MinorEdit. Both are copied here
before newsroom drops its field (run_before) and MinorEdit is deleted.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def copy_in(apps, schema_editor):
    SourceEdit = apps.get_model("translations", "SourceEdit")
    MinorEdit = apps.get_model("translations", "MinorEdit")
    ArticlePage = apps.get_model("newsroom", "ArticlePage")
    Page = apps.get_model("wagtailcore", "Page")
    corrected = {}
    for key, stamp in ArticlePage.objects.filter(source_changed_at__isnull=False).values_list(
        "translation_key", "source_changed_at"
    ):
        corrected[key] = max(stamp, corrected.get(key, stamp))
    SourceEdit.objects.bulk_create(
        SourceEdit(translation_key=key, reason="correction", changed_at=stamp) for key, stamp in corrected.items()
    )
    minor = list(MinorEdit.objects.select_related("revision"))
    keys = dict(
        Page.objects.filter(pk__in=[int(edit.revision.object_id) for edit in minor]).values_list("pk", "translation_key")
    )
    SourceEdit.objects.bulk_create(
        SourceEdit(
            translation_key=keys[int(edit.revision.object_id)],
            reason="minor",
            changed_at=edit.marked_at,
            revision_id=edit.revision_id,
            edited_by_id=edit.marked_by_id,
        )
        for edit in minor
        if int(edit.revision.object_id) in keys
    )


def copy_out(apps, schema_editor):
    SourceEdit = apps.get_model("translations", "SourceEdit")
    MinorEdit = apps.get_model("translations", "MinorEdit")
    ArticlePage = apps.get_model("newsroom", "ArticlePage")
    for edit in SourceEdit.objects.filter(reason="correction"):
        ArticlePage.objects.filter(translation_key=edit.translation_key).exclude(
            original_language=models.F("locale__language_code")
        ).update(source_changed_at=edit.changed_at)
    for edit in SourceEdit.objects.filter(reason="minor", revision__isnull=False):
        MinorEdit.objects.get_or_create(revision_id=edit.revision_id, defaults={"marked_by_id": edit.edited_by_id})
    SourceEdit.objects.exclude(reason="republish").delete()
    # translation_key becomes unique again: keep each story's latest republish.
    for key in SourceEdit.objects.values_list("translation_key", flat=True).distinct():
        SourceEdit.objects.filter(translation_key=key).exclude(
            pk=SourceEdit.objects.filter(translation_key=key).order_by("-changed_at").values("pk")[:1]
        ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0001_initial"),
        ("newsroom", "0005_image_block_alt_text"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]
    run_before = [("newsroom", "0007_remove_source_changed_at")]

    operations = [
        migrations.AlterModelOptions(
            name="sourceedit",
            options={
                "ordering": ["-changed_at", "-pk"],
                "verbose_name": "source edit",
                "verbose_name_plural": "source edits",
            },
        ),
        migrations.AlterField(
            model_name="sourceedit",
            name="translation_key",
            field=models.UUIDField(db_index=True, verbose_name="story"),
        ),
        migrations.AlterField(
            model_name="sourceedit",
            name="changed_at",
            field=models.DateTimeField(verbose_name="changed at"),
        ),
        migrations.AddField(
            model_name="sourceedit",
            name="reason",
            field=models.CharField(
                choices=[("republish", "source republished"), ("correction", "correction"), ("minor", "minor edit")],
                default="republish",
                max_length=20,
                verbose_name="reason",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="sourceedit",
            name="revision",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.revision",
            ),
        ),
        migrations.AddField(
            model_name="sourceedit",
            name="edited_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.RunPython(copy_in, copy_out),
        migrations.DeleteModel(name="MinorEdit"),
    ]
