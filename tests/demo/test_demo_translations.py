"""The demo translation work: translators, policies, and Koryo Ilbo's stories in every state."""

from collections import defaultdict
from types import SimpleNamespace

import pytest

from demo.translations import KORYO_REQUESTS, POLICIES, STALE_STORY, seed_translations
from newsroom.models import ArticlePage
from tests import factories
from tests.helpers import in_locale
from tests.translations.conftest import korean_article, koryo  # noqa: F401  (koryo is a fixture)
from translations.models import Assignment, LanguagePolicy, Translator
from translations.status import cells_for

pytestmark = pytest.mark.django_db


def test_demo_translation_work_shows_every_state_and_runs_twice(koryo, outlet_index):  # noqa: F811
    outlets = {
        slug: factories.OutletPageFactory(parent=outlet_index, slug=slug) for slug in POLICIES if slug != "koryo-ilbo"
    }
    outlets["koryo-ilbo"] = koryo
    in_locale(koryo, "ru")
    stories = {}
    for key in {item[0] for item in KORYO_REQUESTS} | {STALE_STORY}:
        article = korean_article(koryo, slug=key, title=f"고려일보 {key}")
        article.save_revision().publish()
        stories[key] = article
    in_locale(stories[STALE_STORY], "kk", title="«Корё ильбо» оқырмандарымен кездесті")
    in_locale(stories[STALE_STORY], "ru", title="«Корё ильбо» встретилась с читателями")
    seeder = SimpleNamespace(
        outlets=outlets, created=defaultdict(int), demo_password="", new_account_password=lambda: "demo-password-123"
    )

    seed_translations(seeder)
    seed_translations(seeder)

    assert Translator.objects.count() == 5
    assert LanguagePolicy.objects.count() == len(POLICIES)
    assert Assignment.objects.count() == len(KORYO_REQUESTS)
    cells = cells_for(list(stories.values()), ["kk", "ru"])
    states = {cell.status for cell in cells.values()}
    assert {"requested", "in_progress", "ready_for_review", "overdue", "stale"} <= states
    assert ArticlePage.objects.get(pk=stories[STALE_STORY].pk).live
