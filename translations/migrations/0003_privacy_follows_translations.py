"""Restrictions set before privacy followed a page to its copies (translations/privacy.py): each page
restricted in one language is restricted the same way in its other language versions and aliases."""

from django.db import migrations
from django.db.models import Q


def spread_restrictions(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    PageViewRestriction = apps.get_model("wagtailcore", "PageViewRestriction")
    for restriction in PageViewRestriction.objects.select_related("page").order_by("pk"):
        page = restriction.page
        copies = Page.objects.filter(Q(translation_key=page.translation_key) | Q(alias_of_id=page.pk)).exclude(pk=page.pk)
        for copy in copies.exclude(pk__in=PageViewRestriction.objects.values("page_id")):
            new = PageViewRestriction.objects.create(
                page=copy, restriction_type=restriction.restriction_type, password=restriction.password
            )
            new.groups.set(restriction.groups.all())


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0002_source_edit_log"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(spread_restrictions, migrations.RunPython.noop)]
