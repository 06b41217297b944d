"""The seeding's reference index: the rows Wagtail's `rebuild_references_index` writes."""

from django.core.management import call_command

from wagtail.models import ReferenceIndex

import pytest

from demo.references import rebuild_references
from newsroom.models import ArticleByline, ArticleCorrection, ArticleTopic
from tests import factories
from tests.ethnic_press.test_import_rows import REFERENCE_COLUMNS
from tests.helpers import in_locale

pytestmark = pytest.mark.django_db


def _rows() -> list[tuple]:
    return sorted(ReferenceIndex.objects.values_list(*REFERENCE_COLUMNS))


def test_rebuilt_reference_rows_are_those_of_wagtails_rebuild(outlet):
    image = factories.PressImageFactory()
    other_outlet = factories.OutletPageFactory(parent=outlet.get_parent())
    linked = factories.ArticlePageFactory(parent=other_outlet, hero_image=image)
    article = factories.ArticlePageFactory(
        parent=outlet,
        region=factories.RegionFactory(),
        republished_from=linked,
        body=[
            ("paragraph", f'<p>See <a linktype="page" id="{linked.pk}">this</a> and</p>'),
            ("image", {"image": image, "caption": "", "alt_text": ""}),
        ],
    )
    ArticleByline.objects.create(page=article, journalist=factories.JournalistFactory())
    ArticleTopic.objects.create(page=article, topic=factories.TopicFactory())
    ArticleCorrection.objects.create(page=article, kind="correction", text="Fixed.")
    article.save_revision().publish()
    in_locale(article, "ru", title="Перевод")
    call_command("rebuild_references_index", verbosity=0)
    wagtails = _rows()
    assert {row[0] for row in wagtails} >= {outlet.content_type_id, article.content_type_id}
    assert any(row[6].startswith("body.") for row in wagtails)
    assert any(row[6].startswith("bylines.") for row in wagtails)

    ReferenceIndex.objects.all().delete()
    assert rebuild_references() == len(wagtails)
    assert _rows() == wagtails
