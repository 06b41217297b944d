"""The demo's print editions with real text (`seed_demo` without `--no-print`), drawn for their outlets alone
and read by OCR: the text the archive search finds. Apart from tests/demo/test_seed_demo.py, whose tests share
one seeded network (`--no-print`) kept open around that module."""

import pytest

from demo import loader
from demo.accounts import DemoAccounts
from demo.context import DemoContext
from demo.print_editions import EDITIONS, seed_print_editions
from ethnic_press.editions.models import EditionText
from ethnic_press.models import PrintEditionPage
from tests import factories


@pytest.mark.print_archive
def test_demo_print_editions_are_drawn_and_read(db, home, outlet_index):
    """The print editions of the demo (scanned and born-digital, in five languages and two Uyghur
    scripts) are added to their outlets and read: the archive finds their text."""
    slugs = {edition[0] for edition in EDITIONS}
    outlets = {
        item["slug"]: factories.OutletPageFactory(parent=outlet_index, slug=item["slug"], title=item["name"])
        for item in loader.outlets()
        if item["slug"] in slugs
    }
    messages = []
    context = DemoContext(
        home=home,
        outlets=outlets,
        journalists={},
        regions={},
        images=[factories.PressImageFactory()],
        accounts=DemoAccounts(),
        seed=7,
        log=messages.append,
    )

    seed_print_editions(context, context.log)

    assert PrintEditionPage.objects.count() == len(EDITIONS)
    states = EditionText.objects.all()
    assert states.count() == len(EDITIONS)
    assert {state.status for state in states} == {EditionText.Status.DONE}, messages
    korean = EditionText.objects.get(document__title__startswith="고려일보 № 12")
    text = " ".join(page.extracted_text for page in korean.pages.all())
    words = loader.articles("ko")[0]["title"].split()  # a scanned 1996 page: OCR, a few errors allowed
    assert sum(word in text for word in words) >= len(words) / 2, text[:300]

    seed_print_editions(context, context.log)  # a second run adds nothing
    assert PrintEditionPage.objects.count() == len(EDITIONS)
