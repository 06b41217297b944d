"""The demo's print editions with real text (`seed_demo` without `--no-print`), drawn for their outlets alone
and read by OCR: the text the archive search finds. Apart from tests/demo/test_seed_demo.py, whose tests share
one seeded network (`--no-print`) kept open around that module."""

import datetime

import pytest

from demo import loader
from demo.accounts import DemoAccounts
from demo.context import DemoContext
from demo.newsroom import NewsroomSeeder
from demo.print_editions import EDITIONS, seed_print_editions
from ethnic_press.editions.models import EditionText
from ethnic_press.models import OutletAccess, PrintEditionPage
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

    # The base network's recent editions (demo/newsroom.py) carry a placeholder PDF: the print step draws
    # the issue a reader downloads, with the outlet's stories, and reads its text.
    daz = next(item for item in loader.outlets() if item["slug"] == "deutsche-allgemeine-zeitung")
    issue_date = datetime.date(2026, 11, 30)
    collection = OutletAccess.objects.get(translation_key=outlets[daz["slug"]].translation_key).collection
    recent = PrintEditionPage(
        title="№ 48", slug="issue-2026-48", issue_number=48, issue_date=issue_date,
        pdf=NewsroomSeeder(context).pdf(daz, 48, issue_date, collection),
    )  # fmt: skip
    outlets[daz["slug"]].add_child(instance=recent)
    recent.save_revision().publish()
    assert recent.pdf.file_size < 1000  # the placeholder: the name, number and date in Helvetica

    seed_print_editions(context, context.log)  # a second run adds nothing but the recent edition's pages
    assert PrintEditionPage.objects.count() == len(EDITIONS) + 1
    recent.pdf.refresh_from_db()
    assert recent.pdf.file_size > 10_000
    state = EditionText.objects.get(document=recent.pdf)
    assert state.status == EditionText.Status.DONE, messages
    text = " ".join(page.extracted_text for page in state.pages.all())
    stories = loader.articles("de")
    assert stories[48 % len(stories)]["title"].split()[1] in text, text[:300]
