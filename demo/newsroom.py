"""Demo newsroom: outlet staff accounts, the journalists' club with its events, and print editions.

Called by the Seeder as `seed_newsroom(context)` (a demo.context.DemoContext); idempotent like the rest
of the seeding (users by username, pages by slug under their parent, documents by title). The club, its
16 regional clubs and its events (demo/data/club.toml) exist in every locale.

Accounts (README, "Demo logins"): for each known (non-sample) outlet `<slug>-editor`,
`<slug>-journalist-1` and `<slug>-journalist-2`, plus `network-editor`. Their password is
DEMO_PASSWORD; without it the run's generated demo password (the administrator's too, when created in
the same run), printed once. Existing accounts keep their password unless DEMO_PASSWORD is set.
"""

import datetime

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Locale

import languages
from ethnic_press.models import OutletAccess, PrintEditionPage, Region
from ethnic_press.permissions import EDITOR, JOURNALIST, add_member, ensure_network_editors
from ethnic_press.provisioning import access_for
from languages.admin_language import admin_language_for
from languages.transliteration import transliterate
from newsroom.models import ClubEventPage, ClubPage, Journalist, RegionalClubPage

from . import loader
from .text import localized_text

EDITIONS_PER_OUTLET = 3
MEMBER_PREFIX = "club-member-"


def member_name(members: dict, number: int) -> str:
    """The `number`th club member's name: a first name and a surname (in its feminine form for women)."""
    firsts = members["female"] if number % 2 else members["male"]
    surnames = members["surnames"]
    first = firsts[(number // 2) % len(firsts)]
    surname = surnames[(number // 2 // len(firsts) + number * 7) % len(surnames)]
    if number % 2:
        for ending, feminine in (("ский", "ская"), ("ов", "ова"), ("ев", "ева"), ("ин", "ина")):
            if surname.endswith(ending):
                surname = surname[: -len(ending)] + feminine
                break
    return f"{first} {surname}"


def known_outlets() -> list[dict]:
    return [item for item in loader.outlets() if not item.get("sample", True)]


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


def placeholder_pdf(item: dict, number: int, issue_date: datetime.date) -> bytes:
    """The PDF an edition has in the base network until the print step draws the issue's pages
    (demo/print_editions.py; `seed_demo --no-print` keeps it)."""
    return minimal_pdf([item["name"], f"No. {number}", f"{issue_date:%d.%m.%Y}"])


class NewsroomSeeder:
    def __init__(self, context):
        self.context = context
        self.accounts = context.accounts
        self.created = context.created
        self.codes = [language.code for language in languages.LANGUAGES]

    def run(self) -> None:
        with transaction.atomic():
            self.staff()
        with transaction.atomic():
            self.club()
        for item in known_outlets():
            with transaction.atomic():
                self.editions(item)

    # --- accounts -------------------------------------------------------------------------------
    def staff(self) -> None:
        self.accounts.ensure("network-editor", language="ru").groups.add(ensure_network_editors())
        for item in known_outlets():
            language = admin_language_for(item["languages"])
            access = access_for(self.context.outlets[item["slug"]])
            add_member(self.accounts.ensure(f"{item['slug']}-editor", language=language), access, EDITOR)
            journalists = self.context.journalists.get(item["slug"], [])
            writers = [j for j in journalists if j.user_id is None]
            for number in (1, 2):
                user = self.accounts.ensure(f"{item['slug']}-journalist-{number}", language=language)
                add_member(user, access, JOURNALIST)
                linked = [j for j in journalists if j.user_id == user.pk]
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
            page.save_revision(clean=False).publish()  # validated by add_child's save just before
            self.created[model.__name__] += 1
        return page

    def translations(self, page, fields_in) -> None:
        """`page` in every other locale its parent has; `fields_in(code)` gives the translated fields."""
        parent_locales = set(
            page.get_parent().get_translations(inclusive=True).values_list("locale__language_code", flat=True)
        )
        for code in self.codes:
            if code != page.locale.language_code and code in parent_locales:
                self.context.translate(page, code, **fields_in(code))

    def club(self) -> None:
        data = loader.club()
        kk = languages.DEFAULT_LANGUAGE
        home = self.context.home
        club = self.child(home, ClubPage, "club", title=data["title"][kk], intro=f"<p>{data['intro'][kk]}</p>")
        self.translations(
            club,
            lambda code: {
                "title": localized_text(data["title"], code),
                "intro": f"<p>{localized_text(data['intro'], code)}</p>",
            },
        )
        everyone = [j for journalists in self.context.journalists.values() for j in journalists]
        everyone = list({journalist.pk: journalist for journalist in everyone}.values())
        regions = data["regional_club_regions"]
        events = loader.records("club", "events")
        regionals = {}
        for position, code in enumerate(regions):
            region = self.context.regions[code]
            members = everyone[position :: len(regions)]
            regional = self.child(
                club,
                RegionalClubPage,
                code.lower(),
                title=data["regional_title"][kk].format(region=region.name),
                region=region,
                coordinator=members[0] if members else None,
            )
            names = {
                local.locale.language_code: local.name
                for local in Region.objects.filter(translation_key=region.translation_key)
            }
            self.translations(
                regional,
                lambda language, names=names, region=region: {
                    "title": localized_text(data["regional_title"], language).format(
                        region=names.get(language, region.name)
                    )
                },
            )
            for journalist in members:
                journalist.club_memberships.add(regional)
            regionals[code] = regional
        # Each event once: held by a regional club or by the club itself.
        for event in events:
            self.event(regionals.get(event.get("regional_club"), club), event, data)
        self.members(data["members"], list(regionals.values()))

    def members(self, members: dict, regionals: list) -> None:
        """Club members without stories in the demo, so that the club has its `total` members (about
        500, as it says): names combined from the data's lists, spread over the regional clubs."""
        kk, ru = languages.DEFAULT_LANGUAGE, "ru"
        existing = Journalist.objects.filter(locale__language_code=kk, slug__startswith=MEMBER_PREFIX)
        writers = Journalist.objects.filter(locale__language_code=kk, club_memberships__isnull=False)
        wanted = members["total"] - writers.exclude(slug__startswith=MEMBER_PREFIX).distinct().count()
        start = existing.count()
        if start >= wanted:
            return
        locales = {code: Locale.objects.get(language_code=code) for code in (kk, ru)}
        people = [member_name(members, number) for number in range(start, wanted)]
        Journalist.objects.bulk_create(
            Journalist(
                locale=locales[kk],
                slug=f"{MEMBER_PREFIX}{number:03d}",
                name=name,
                name_cyrillic=name,
                name_latin=transliterate(name, kk, "kk-latn"),
            )
            for number, name in enumerate(people, start=start)
        )
        sources = list(Journalist.objects.filter(locale=locales[kk], slug__startswith=MEMBER_PREFIX).order_by("slug"))
        Journalist.objects.bulk_create(
            Journalist(
                locale=locales[ru],
                translation_key=source.translation_key,
                slug=source.slug,
                name=source.name,
                name_cyrillic=source.name_cyrillic,
                name_latin=source.name_latin,
            )
            for source in sources[start:]
        )
        Membership = Journalist.club_memberships.through
        Membership.objects.bulk_create(
            Membership(journalist_id=source.pk, regionalclubpage_id=regionals[number % len(regionals)].pk)
            for number, source in enumerate(sources[start:], start=start)
        )
        self.created["club members"] += len(people)

    def event(self, parent, event: dict, data: dict, suffix: str = "") -> None:
        kk = languages.DEFAULT_LANGUAGE
        today = timezone.localtime().replace(hour=10, minute=0, second=0, microsecond=0)
        starts_at = today + datetime.timedelta(days=event["days"])
        title, place, programme = event["text"][kk]
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
            registration=f"<p>{data['registration'][kk]}</p>",
        )

        def fields(code: str) -> dict:
            title, place, programme = (
                localized_text({language: text[n] for language, text in event["text"].items()}, code) for n in range(3)
            )
            registration = localized_text(data["registration"], code)
            return {
                "title": title,
                "place": place,
                "programme": f"<p>{programme}</p>",
                "registration": f"<p>{registration}</p>",
            }

        self.translations(page, fields)

    # --- print editions -------------------------------------------------------------------------
    def editions(self, item: dict) -> None:
        outlet = self.context.outlets[item["slug"]]
        collection = OutletAccess.objects.get(translation_key=outlet.translation_key).collection
        latest = datetime.date.today() - datetime.timedelta(days=datetime.date.today().weekday())
        weeks = 13 if item.get("frequency") == "quarterly" else 1 if item.get("frequency") == "weekly" else 4
        if not PrintEditionPage.objects.child_of(outlet).exists():  # dates follow the calendar: one set only
            self.new_editions(item, outlet, collection, latest, weeks)
        for edition in PrintEditionPage.objects.child_of(outlet).specific():
            self.context.translate_edition(edition, item["languages"])

    def new_editions(self, item: dict, outlet, collection, latest: datetime.date, weeks: int) -> None:
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
                cover_image=self.context.rng.choice(self.context.images),
                pdf=self.pdf(item, number, issue_date, collection),
            )

    def pdf(self, item: dict, number: int, issue_date: datetime.date, collection):
        Document = get_document_model()
        title = f"{item['name']} No. {number}, {issue_date:%d.%m.%Y}"
        document = Document.objects.filter(title=title).first()
        if document is None:
            document = Document(title=title, collection=collection)
            content = placeholder_pdf(item, number, issue_date)
            document.file.save(f"{item['slug']}-{issue_date:%Y}-{number}.pdf", ContentFile(content), save=False)
            document._set_document_file_metadata()  # size and hash, as Wagtail's upload form sets them
            document.save()
        return document


def seed_newsroom(context) -> None:
    """Staff accounts and groups, the journalists' club with events, and print editions."""
    NewsroomSeeder(context).run()
