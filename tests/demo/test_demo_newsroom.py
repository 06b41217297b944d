"""The demo newsroom: staff logins per known outlet, the club with 16 regional clubs, print editions."""

from wagtail.models import Locale

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


def test_demo_print_editions_are_listed_in_each_outlet_language(seeder, client):
    """Koryo Ilbo's editions in ko (and ru), Uyghur Avazi's in ug and ug-arab; a Korean reader's print
    archive lists them (issue 14, item 11)."""
    koryo, avazi = seeder.outlets["koryo-ilbo"], seeder.outlets["uyghur-avazi"]
    for code in ("ko", "ug", "ug-arab"):
        for page in (seeder.home, koryo.get_parent()):
            translate_page(page, code)
    for code in ("ko", "ru"):
        translate_page(koryo, code)
    for code in ("ug", "ug-arab"):
        translate_page(avazi, code)
    seed_newsroom(seeder)
    korean = client.get(koryo.get_translation(Locale.objects.get(language_code="ko")).url + "editions/")
    assert korean.status_code == 200
    assert "제48호" in korean.content.decode()
    for code in ("ug", "ug-arab"):
        page = avazi.get_translation(Locale.objects.get(language_code=code))
        response = client.get(page.url + "editions/")
        assert response.status_code == 200 and "№ 48" in response.content.decode()
    assert PrintEditionPage.objects.filter(locale__language_code="ko").count() == 3
    assert "제48호" in client.get("/ko/editions/").content.decode()
    assert not PrintEditionPage.objects.filter(locale__language_code="de").exists()  # not an outlet language
