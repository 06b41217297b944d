"""The demo newsroom: staff logins per known outlet, the club with 16 regional clubs, print editions."""

import pytest

from demo import loader
from demo.accounts import DemoAccounts
from demo.context import DemoContext
from demo.newsroom import known_outlets, minimal_pdf, seed_newsroom
from ethnic_press.models import PrintEditionPage
from languages.localize import translate_page
from newsroom.models import ClubEventPage, ClubPage, RegionalClubPage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeder(home, outlet_index, monkeypatch):
    """The context seed_newsroom reads: home, known outlets, journalists, regions, images."""
    monkeypatch.setenv("DEMO_PASSWORD", "demo-newsroom-2025")
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


def test_demo_staff_can_log_in_and_work_in_their_outlet(seeder, client):
    seed_newsroom(seeder)
    assert client.login(username="koryo-ilbo-journalist-1", password="demo-newsroom-2025")
    outlet = seeder.outlets["koryo-ilbo"]
    assert client.get(f"/admin/pages/{outlet.pk}/").status_code == 200
    assert client.get(f"/admin/pages/{seeder.outlets['uyghur-avazi'].pk}/edit/").status_code == 302
    client.logout()
    assert client.login(username="koryo-ilbo-editor", password="demo-newsroom-2025")
    assert client.login(username="network-editor", password="demo-newsroom-2025")
    journalist = seeder.journalists["koryo-ilbo"][0]
    journalist.refresh_from_db()
    assert journalist.user.username == "koryo-ilbo-journalist-1"


def test_demo_club_has_sixteen_regional_clubs_with_members_and_events(seeder, client):
    seed_newsroom(seeder)
    club = ClubPage.objects.get(locale__language_code="kk")
    assert RegionalClubPage.objects.child_of(club).count() == 16
    assert club.member_count == loader.club()["members"]["total"] == 500  # as the club's introduction says
    events = ClubEventPage.objects.descendant_of(club)
    assert events.count() == len(loader.club()["events"]) == len({event.title for event in events})  # each once
    html = client.get(club.url).content.decode()
    assert "Фактчекинг мектебі" in html and "Көптілді БАҚ семинары" in html
    assert ClubPage.objects.filter(locale__language_code="ru").exists()


def test_demo_print_editions_have_real_pdfs(seeder, client):
    seed_newsroom(seeder)
    editions = PrintEditionPage.objects.child_of(seeder.outlets["koryo-ilbo"])
    assert editions.count() == 3
    response = client.get(editions.first().specific.pdf.url)
    assert b"".join(response.streaming_content).startswith(b"%PDF-1.4")


def test_seeding_twice_changes_nothing(seeder):
    seed_newsroom(seeder)
    seeder.created.clear()
    seed_newsroom(seeder)
    assert not any(seeder.created.values()), dict(seeder.created)


def test_minimal_pdf_is_well_formed():
    pdf = minimal_pdf(["Koryo Ilbo", "No. 12"])
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    offset = int(pdf.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert pdf[offset:].startswith(b"xref")
