"""The context seed_newsroom reads (home, known outlets, journalists, regions, images), built from
factories for the demo newsroom's tests."""

from demo import loader
from demo.accounts import DemoAccounts
from demo.context import DemoContext
from demo.newsroom import known_outlets
from languages.localize import translate_page
from tests import factories

PASSWORD = "demo-newsroom-2025"  # DEMO_PASSWORD while the context is made


def demo_context(home, outlet_index) -> DemoContext:
    """The context seed_newsroom reads: home, known outlets, journalists, regions, images."""
    for page in (home, outlet_index):
        translate_page(page, "ru")
    regions = {
        item["code"]: factories.RegionFactory(code=item["code"], name=item["names"]["kk"]) for item in loader.regions()
    }
    outlets, journalists = {}, {}
    for item in known_outlets():
        outlets[item["slug"]] = factories.OutletPageFactory(
            parent=outlet_index, title=item["name"], slug=item["slug"], region=regions["KZ-75"]
        )
        journalists[item["slug"]] = [factories.JournalistFactory(), factories.JournalistFactory()]
    return DemoContext(
        home=home,
        outlets=outlets,
        journalists=journalists,
        regions=regions,
        images=[factories.PressImageFactory() for _ in range(3)],
        accounts=DemoAccounts(),
        log=lambda message: None,
    )
