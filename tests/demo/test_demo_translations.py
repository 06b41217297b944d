"""The demo translation work: translators, policies, and Koryo Ilbo's stories in every state."""

from collections import Counter
from types import SimpleNamespace

import pytest

from demo import loader
from demo.accounts import DemoAccounts
from demo.translations import seed_translations
from newsroom.models import ArticlePage
from tests import factories
from tests.helpers import in_locale
from tests.translations.conftest import build_koryo, korean_article
from translations.models import Assignment, LanguagePolicy, Translator
from translations.status import cells_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def koryo(outlet_index):
    return build_koryo(outlet_index)


def test_demo_translation_work_shows_every_state_and_runs_twice(koryo, outlet_index):
    work = loader.translation_work()
    policies = [policy["outlet"] for policy in work["policies"]]
    requests, stale_story = work["requests"], work["stale_story"]
    outlets = {
        slug: factories.OutletPageFactory(parent=outlet_index, slug=slug) for slug in policies if slug != "koryo-ilbo"
    }
    outlets["koryo-ilbo"] = koryo
    in_locale(koryo, "ru")
    stories = {}
    for key in {item["story"] for item in requests} | {stale_story}:
        article = korean_article(koryo, slug=key, title=f"고려일보 {key}")
        article.save_revision().publish()
        stories[key] = article
    in_locale(stories[stale_story], "kk", title="«Корё ильбо» оқырмандарымен кездесті")
    in_locale(stories[stale_story], "ru", title="«Корё ильбо» встретилась с читателями")
    context = SimpleNamespace(outlets=outlets, created=Counter(), accounts=DemoAccounts())

    seed_translations(context)
    seed_translations(context)

    assert Translator.objects.count() == 5
    assert LanguagePolicy.objects.count() == len(policies)
    assert Assignment.objects.count() == len(requests)
    cells = cells_for(list(stories.values()), ["kk", "ru"])
    states = {cell.status for cell in cells.values()}
    assert {"requested", "in_progress", "ready_for_review", "overdue", "stale"} <= states
    assert ArticlePage.objects.get(pk=stories[stale_story].pk).live
