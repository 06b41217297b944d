"""Demo newsroom: outlet staff accounts, the journalists' club with its events, and print editions.

Called at the end of `Seeder.run()` as `seed_newsroom(seeder)`; idempotent like the rest of the seeding
(users by username, pages by slug under their parent, documents by title).

Accounts (README, "Demo logins"): for each known (non-sample) outlet `<slug>-editor`,
`<slug>-journalist-1` and `<slug>-journalist-2`, plus `network-editor`. Their password is
DEMO_PASSWORD; without it the run's generated demo password (the administrator's too, when created in
the same run), printed once. Existing accounts keep their password unless DEMO_PASSWORD is set.
"""

import datetime

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from wagtail.documents import get_document_model

from ethnic_press.models import OutletAccess, PrintEditionPage
from ethnic_press.permissions import EDITOR, JOURNALIST, add_member, ensure_network_editors
from ethnic_press.provisioning import access_for
from newsroom.models import ClubEventPage, ClubPage, RegionalClubPage

from . import network

# The club has 16 regional clubs: Astana, Almaty and the 14 regions that existed before 2022
# (Abai, Jetisu and Ulytau members meet with their neighbours' clubs; Shymkent with Turkistan's).
REGIONAL_CLUB_REGIONS = [
    "KZ-71", "KZ-75", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31",
    "KZ-35", "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-63",
]  # fmt: skip
CLUB = {
    "kk": {
        "title": "Этникалық баспасөз журналистерінің клубы",
        "intro": "Клуб республикалық және өңірлік басылымдардың 500-ге жуық журналисін біріктіреді: "
        "тренингтер, семинарлар, шығармашылық байқаулар өткізеді.",
    },
    "ru": {
        "title": "Клуб журналистов этнической прессы",
        "intro": "Клуб объединяет около 500 журналистов республиканских и региональных изданий: "
        "проводит тренинги, семинары и творческие конкурсы.",
    },
}
REGIONAL_TITLE = {"kk": "Журналистер клубы: {region}", "ru": "Клуб журналистов: {region}"}
EVENTS = [
    {
        "slug": "fact-checking-school",
        "kind": "training",
        "days": 12,
        "kk": (
            "Фактчекинг мектебі",
            "Достық үйі, Алматы",
            "Дереккөзді тексеру, фото мен видеоның түпнұсқасын анықтау.",
        ),
        "ru": ("Школа фактчекинга", "Дом дружбы, Алматы", "Проверка источников, поиск оригинала фото и видео."),
    },
    {
        "slug": "young-journalists-contest",
        "kind": "contest",
        "days": 40,
        "kk": (
            "Жас журналистер байқауы",
            "Астана",
            "Достық пен келісім тақырыбындағы үздік материалдар марапатталады.",
        ),
        "ru": ("Конкурс молодых журналистов", "Астана", "Награждаются лучшие материалы о дружбе и согласии."),
    },
    {
        "slug": "multilingual-media-seminar",
        "kind": "seminar",
        "days": -25,
        "kk": ("Көптілді БАҚ семинары", "Қарағанды", "Бір жаңалықты бірнеше тілде жариялау тәжірибесі."),
        "ru": ("Семинар о многоязычных СМИ", "Караганда", "Опыт публикации одной новости на нескольких языках."),
    },
    {
        "slug": "photojournalism-workshop",
        "kind": "training",
        "days": -60,
        "kk": ("Фотожурналистика шеберханасы", "Шымкент", "Репортаж түсіру және фотоға түсініктеме жазу."),
        "ru": ("Мастерская фотожурналистики", "Шымкент", "Репортажная съёмка и подписи к фотографиям."),
    },
]
REGISTRATION = {
    "kk": "Қатысуға өтінімді іс-шарадан бір апта бұрын клуб үйлестірушісіне жіберіңіз.",
    "ru": "Заявку на участие отправьте координатору клуба за неделю до мероприятия.",
}
EDITIONS_PER_OUTLET = 3


def known_outlets() -> list[dict]:
    return [item for item in network.OUTLETS if not item.get("sample", True)]


def minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a few lines of Latin text (Helvetica has no Cyrillic, so names are in Latin)."""
    text = " ".join(f"({line.replace('(', '[').replace(')', ']')}) Tj 0 -28 Td" for line in lines)
    stream = f"BT /F1 22 Tf 72 760 Td {text} ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    body, offsets = b"%PDF-1.4\n", []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return body


class NewsroomSeeder:
    def __init__(self, seeder):
        self.seeder = seeder
        self.log = seeder.log

    def run(self) -> None:
        with transaction.atomic():
            self.staff()
        with transaction.atomic():
            self.club()
        for item in known_outlets():
            with transaction.atomic():
                self.editions(item)

    # --- accounts -------------------------------------------------------------------------------
    def user(self, username: str):
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(username, f"{username}@example.kz", self.seeder.new_account_password())
            self.seeder.created["users"] += 1
        elif self.seeder.demo_password:
            user.set_password(self.seeder.demo_password)
            user.save(update_fields=["password"])
        return user

    def staff(self) -> None:
        self.user("network-editor").groups.add(ensure_network_editors())
        for item in known_outlets():
            access = access_for(self.seeder.outlets[item["slug"]])
            add_member(self.user(f"{item['slug']}-editor"), access, EDITOR)
            writers = [j for j in self.seeder.journalists.get(item["slug"], []) if j.user_id is None]
            for number in (1, 2):
                user = self.user(f"{item['slug']}-journalist-{number}")
                add_member(user, access, JOURNALIST)
                linked = [j for j in self.seeder.journalists.get(item["slug"], []) if j.user_id == user.pk]
                if not linked and writers:
                    journalist = writers.pop(0)
                    journalist.user = user
                    journalist.save(update_fields=["user"])

    # --- the club -------------------------------------------------------------------------------
    def child(self, parent, model, slug: str, **fields):
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = model(slug=slug, **fields)
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.seeder.created[model.__name__] += 1
        return page

    def club(self) -> None:
        home = self.seeder.home
        club = self.child(home, ClubPage, "club", title=CLUB["kk"]["title"], intro=f"<p>{CLUB['kk']['intro']}</p>")
        self.seeder.translate(club, "ru", title=CLUB["ru"]["title"], intro=f"<p>{CLUB['ru']['intro']}</p>")
        everyone = [j for journalists in self.seeder.journalists.values() for j in journalists]
        everyone = list({journalist.pk: journalist for journalist in everyone}.values())
        for position, code in enumerate(REGIONAL_CLUB_REGIONS):
            region = self.seeder.regions[code]
            members = everyone[position :: len(REGIONAL_CLUB_REGIONS)]
            regional = self.child(
                club,
                RegionalClubPage,
                code.lower(),
                title=REGIONAL_TITLE["kk"].format(region=region.name),
                region=region,
                coordinator=members[0] if members else None,
            )
            ru_region = region.get_translation_or_none(self.seeder.locales["ru"]) or region
            self.seeder.translate(regional, "ru", title=REGIONAL_TITLE["ru"].format(region=ru_region.name))
            for journalist in members:
                journalist.club_memberships.add(regional)
            if position < 2:
                self.event(regional, EVENTS[position % len(EVENTS)], suffix=f"-{code.lower()}")
        for event in EVENTS:
            self.event(club, event)

    def event(self, parent, event: dict, suffix: str = "") -> None:
        today = timezone.localtime().replace(hour=10, minute=0, second=0, microsecond=0)
        starts_at = today + datetime.timedelta(days=event["days"])
        title, place, programme = event["kk"]
        page = self.child(
            parent,
            ClubEventPage,
            event["slug"] + suffix,
            title=title,
            kind=event["kind"],
            starts_at=starts_at,
            ends_at=starts_at + datetime.timedelta(hours=6),
            place=place,
            programme=f"<p>{programme}</p>",
            registration=f"<p>{REGISTRATION['kk']}</p>",
        )
        if parent.get_translations().filter(locale=self.seeder.locales["ru"]).exists():
            title, place, programme = event["ru"]
            self.seeder.translate(
                page,
                "ru",
                title=title,
                place=place,
                programme=f"<p>{programme}</p>",
                registration=f"<p>{REGISTRATION['ru']}</p>",
            )

    # --- print editions -------------------------------------------------------------------------
    def editions(self, item: dict) -> None:
        outlet = self.seeder.outlets[item["slug"]]
        collection = OutletAccess.objects.get(translation_key=outlet.translation_key).collection
        latest = datetime.date.today() - datetime.timedelta(days=datetime.date.today().weekday())
        weeks = 13 if item.get("frequency") == "quarterly" else 1 if item.get("frequency") == "weekly" else 4
        if PrintEditionPage.objects.child_of(outlet).exists():
            return  # dates follow the calendar, so a later run must not add a second set
        for position in range(EDITIONS_PER_OUTLET):
            number = 48 - position * 5
            issue_date = latest - datetime.timedelta(weeks=weeks * position * 5)
            slug = f"issue-{issue_date.year}-{number}"
            self.child(
                outlet,
                PrintEditionPage,
                slug,
                title=f"№ {number} ({issue_date:%d.%m.%Y})",
                issue_number=number,
                issue_date=issue_date,
                cover_image=self.seeder.rng.choice(self.seeder.images),
                pdf=self.pdf(item, number, issue_date, collection),
            )

    def pdf(self, item: dict, number: int, issue_date: datetime.date, collection):
        Document = get_document_model()
        title = f"{item['name']} No. {number}, {issue_date:%d.%m.%Y}"
        document = Document.objects.filter(title=title).first()
        if document is None:
            document = Document(title=title, collection=collection)
            content = minimal_pdf([item["name"], f"No. {number}", f"{issue_date:%d.%m.%Y}"])
            document.file.save(f"{item['slug']}-{issue_date:%Y}-{number}.pdf", ContentFile(content), save=False)
            document.save()
        return document


def seed_newsroom(seeder) -> None:
    """Staff accounts and groups, the journalists' club with events, and print editions."""
    NewsroomSeeder(seeder).run()
