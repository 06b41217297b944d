"""The demo newsroom: staff logins per known outlet, the club with 16 regional clubs, print editions."""

from collections import Counter

import pytest

from demo import loader
from demo.newsroom import minimal_pdf, seed_newsroom
from ethnic_press.models import PrintEditionPage
from home.site_tree import ensure_home
from newsroom.models import ClubEventPage, ClubPage, RegionalClubPage
from tests import factories
from tests.demo.newsroom_context import PASSWORD, demo_context
from tests.shared_db import shared_rows

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """The context, seeded once for the tests that read what seed_newsroom made (each test's own writes
    are rolled back after it, tests/shared_db.py)."""

    def build():
        with pytest.MonkeyPatch.context() as env:
            env.setenv("DEMO_PASSWORD", PASSWORD)
            home = ensure_home("Этникалық баспасөз")
            context = demo_context(home, factories.OutletIndexPageFactory(parent=home))
        seed_newsroom(context)
        return context

    with shared_rows(django_db_blocker, build) as context:
        yield context


def test_demo_staff_can_log_in_and_work_in_their_outlet(seeded, client):
    seeder = seeded
    assert client.login(username="koryo-ilbo-journalist-1", password=PASSWORD)
    outlet = seeder.outlets["koryo-ilbo"]
    assert client.get(f"/admin/pages/{outlet.pk}/").status_code == 200
    assert client.get(f"/admin/pages/{seeder.outlets['uyghur-avazi'].pk}/edit/").status_code == 302
    client.logout()
    assert client.login(username="koryo-ilbo-editor", password=PASSWORD)
    assert client.login(username="network-editor", password=PASSWORD)
    journalist = seeder.journalists["koryo-ilbo"][0]
    journalist.refresh_from_db()
    assert journalist.user.username == "koryo-ilbo-journalist-1"


def test_demo_club_has_sixteen_regional_clubs_with_members_and_events(seeded, client):
    club = ClubPage.objects.get(locale__language_code="kk")
    assert RegionalClubPage.objects.child_of(club).count() == 16
    assert club.member_count == loader.club()["members"]["total"] == 500  # as the club's introduction says
    events = ClubEventPage.objects.descendant_of(club)
    assert events.count() == len(loader.club()["events"]) == len({event.title for event in events})  # each once
    html = client.get(club.url).content.decode()
    assert "Фактчекинг мектебі" in html and "Көптілді БАҚ семинары" in html
    assert ClubPage.objects.filter(locale__language_code="ru").exists()


def test_demo_print_editions_have_real_pdfs(seeded, client):
    editions = PrintEditionPage.objects.child_of(seeded.outlets["koryo-ilbo"])
    assert editions.count() == 3
    response = client.get(editions.first().specific.pdf.url)
    assert b"".join(response.streaming_content).startswith(b"%PDF-1.4")


def test_seeding_twice_changes_nothing(seeded):
    first_run = Counter(seeded.created)  # the module's run, which made the club
    assert first_run["ClubPage"] == 1
    seed_newsroom(seeded)
    assert seeded.created == first_run, dict(seeded.created - first_run)  # the second made nothing


def test_minimal_pdf_is_well_formed():
    pdf = minimal_pdf(["Koryo Ilbo", "No. 12"])
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    offset = int(pdf.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert pdf[offset:].startswith(b"xref")
