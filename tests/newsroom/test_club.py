"""The journalists' club: regional clubs with members and their latest articles, events upcoming and past."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest

from home.models import HomePage
from languages.transliteration._text import script_of
from newsroom.models import ClubEventPage, ClubPage, RegionalClubPage
from tests import factories
from tests.helpers import in_locale

pytestmark = pytest.mark.django_db


@pytest.fixture
def club(home):
    page = ClubPage(title="Журналистер клубы", slug="club", intro="<p>Республикалық және өңірлік БАҚ журналистері.</p>")
    home.add_child(instance=page)
    return page


@pytest.fixture
def almaty_club(club):
    region = factories.RegionFactory(code="KZ-ALA", name="Алматы")
    page = RegionalClubPage(title="Алматы клубы", slug="almaty", region=region)
    club.add_child(instance=page)
    return page


def event(parent, title: str, days: int, **fields) -> ClubEventPage:
    page = ClubEventPage(
        title=title,
        slug=f"event-{abs(days)}-{'future' if days > 0 else 'past'}",
        starts_at=timezone.now() + datetime.timedelta(days=days),
        place="Достық үйі, Алматы",
        **fields,
    )
    parent.add_child(instance=page)
    return page


def test_club_sits_under_the_home_page_and_holds_regional_clubs_and_events():
    assert ClubPage in HomePage.allowed_subpage_models()
    assert set(ClubPage.allowed_subpage_models()) == {RegionalClubPage, ClubEventPage}
    assert RegionalClubPage.allowed_parent_page_models() == [ClubPage]
    assert ClubEventPage in RegionalClubPage.allowed_subpage_models()


def test_club_page_counts_members_and_lists_events_upcoming_then_past(client, club, almaty_club):
    for _ in range(3):
        factories.JournalistFactory().club_memberships.add(almaty_club)
    factories.JournalistFactory()  # not a member
    event(club, "Жас журналистер байқауы", 30)
    event(almaty_club, "Деректерді тексеру тренингі", 5)
    event(club, "Көпұлтты БАҚ семинары", -20)
    html = client.get(club.url).content.decode()
    members_line = html[html.index('class="club__members"') :].split("</p>")[0]
    assert ">3 " in members_line
    assert almaty_club.title in html
    upcoming = html[html.index('id="upcoming-heading"') : html.index('id="past-heading"')]
    assert upcoming.index("Деректерді тексеру тренингі") < upcoming.index("Жас журналистер байқауы")
    assert "Көпұлтты БАҚ семинары" not in upcoming
    assert "Көпұлтты БАҚ семинары" in html[html.index('id="past-heading"') :]


def test_regional_club_lists_members_with_their_latest_article(client, almaty_club, outlet_a):
    coordinator = factories.JournalistFactory(name="Гүлнар Әбенова", slug="gulnar")
    almaty_club.coordinator = coordinator
    almaty_club.save_revision().publish()
    member = factories.JournalistFactory(name="Ли Сон Хи", slug="li-son-hi")
    member.club_memberships.add(almaty_club)
    older = factories.ArticlePageFactory(
        parent=outlet_a, title="Ескі мақала", published_at=timezone.now() - datetime.timedelta(days=9)
    )
    newer = factories.ArticlePageFactory(
        parent=outlet_a, title="Жаңа мақала", published_at=timezone.now() - datetime.timedelta(days=1)
    )
    for page in (older, newer):
        factories.ArticleBylineFactory(page=page, journalist=member)
    html = client.get(almaty_club.url).content.decode()
    assert "Гүлнар Әбенова" in html
    assert "Ли Сон Хи" in html and 'href="/kk/journalists/li-son-hi/"' in html
    assert "Жаңа мақала" in html and "Ескі мақала" not in html


def test_regional_club_queries_do_not_grow_with_members(client, almaty_club, outlet_a):
    def add_members(count):
        for _ in range(count):
            member = factories.JournalistFactory()
            member.club_memberships.add(almaty_club)
            factories.ArticleBylineFactory(page=factories.ArticlePageFactory(parent=outlet_a), journalist=member)

    add_members(2)
    client.get(almaty_club.url)
    with CaptureQueriesContext(connection) as few:
        client.get(almaty_club.url)
    add_members(6)
    with CaptureQueriesContext(connection) as many:
        response = client.get(almaty_club.url)
    assert response.content.decode().count('class="member"') == 8
    assert len(many) == len(few)


def test_event_page_shows_programme_and_registration_until_it_is_past(client, almaty_club):
    upcoming = event(
        almaty_club,
        "Фактчекинг мектебі",
        3,
        programme="<p>10:00 — дереккөздерді тексеру әдістері.</p>",
        registration="<p>Өтінімді 1 наурызға дейін жіберіңіз.</p>",
    )
    html = client.get(upcoming.url).content.decode()
    assert "дереккөздерді тексеру әдістері" in html and "Өтінімді 1 наурызға дейін жіберіңіз." in html
    past = event(almaty_club, "Өткен семинар", -3, registration="<p>Тіркеу жабық.</p>")
    assert "Тіркеу жабық." not in client.get(past.url).content.decode()


def test_memberships_are_edited_on_the_journalist_snippet(admin_client, almaty_club):
    journalist = factories.JournalistFactory()
    url = reverse("wagtailsnippets_newsroom_journalist:edit", args=[journalist.pk])
    assert 'name="club_memberships"' in admin_client.get(url).content.decode()


def test_ug_arab_regional_club_writes_member_names_in_arabic_script(client, almaty_club):
    """Names with no Arabic-script spelling come from their Cyrillic form by the Uyghur Arabic letter rules."""
    korean = factories.JournalistFactory(name="Елена Ким", name_cyrillic="Елена Ким", name_latin="Yelena Kim")
    german = factories.JournalistFactory(name="Katharina Wagner", name_cyrillic="Катарина Вагнер")
    own = factories.JournalistFactory(name="Азат Ясинов", name_arabic="ئازات ياسىنوۋ")
    for member in (korean, german, own):
        member.club_memberships.add(almaty_club)
    page = in_locale(almaty_club, "ug-arab", title="ئالمۇتا كۇلۇبى")
    html = client.get(page.url).content.decode()
    members = html.split('class="member-list"', 1)[1].split("</ul>", 1)[0]
    assert "ئازات ياسىنوۋ" in members
    assert "Елена" not in members and "Katharina" not in members and "Катарина" not in members
    assert korean.name_in("ug-arab") in members and german.name_in("ug-arab") in members
    assert all(script_of(char) in ("Arab", None) for char in korean.name_in("ug-arab") + german.name_in("ug-arab"))


def test_an_event_ending_the_day_it_starts_names_that_day_once(client, almaty_club):
    # "13 желтоқсан 2026 ж., 10:00 — 13 желтоқсан 2026 ж., 16:00": the end is its time alone on the same day.
    starts = timezone.make_aware(datetime.datetime(2026, 12, 13, 10, 0))
    one_day = event(almaty_club, "Фактчекинг мектебі", 3, ends_at=starts + datetime.timedelta(hours=6))
    one_day.starts_at = starts
    one_day.save()
    when = client.get(one_day.url).content.decode().split("<dd>", 1)[1].split("</dd>", 1)[0]
    assert when.count("13 желтоқсан 2026") == 1 and "16:00</time>" in when, when
    longer = event(almaty_club, "Медиа форумы", 5, ends_at=starts + datetime.timedelta(days=1))
    longer.starts_at = starts
    longer.save()
    when = client.get(longer.url).content.decode().split("<dd>", 1)[1].split("</dd>", 1)[0]
    assert "13 желтоқсан 2026" in when and "14 желтоқсан 2026" in when, when
