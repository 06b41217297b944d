"""Build the demo network from the data in demo/data/, idempotently.

Every object has a stable identity (slug or code per locale, article key per outlet), so a second run
finds everything in place and writes nothing. Choices (hero images, bylines, dates) come from a
random generator seeded with --seed, so the same seed gives the same network.

`Seeder.run()` builds the base network (locales' page trees, outlets, journalists, articles, the club,
staff and translation work), rebuilds the search and reference indexes, and then, unless told not to,
adds the print editions and hands their text extraction to the task queue (demo/print_editions.py).
The later steps get a `DemoContext`: what they read of the network built before them.
"""

import datetime
import random
from collections import Counter, defaultdict

from django.core.management import call_command
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Locale

import languages
from ethnic_press.editions.extraction import deferred_extraction
from ethnic_press.models import Community, OutletIndexPage, OutletLanguage, OutletPage, Region
from ethnic_press.provisioning import deferred_provisioning
from home.models import StandardPage
from home.site_tree import ensure_home
from newsroom.models import ArticleByline, ArticleCorrection, ArticlePage, ArticleTopic, Journalist, Topic

from . import loader
from .accounts import DemoAccounts
from .context import DemoContext, Progress, deferred_indexing, translation_of
from .images import ensure_images
from .newsroom import seed_newsroom
from .print_editions import seed_print_editions
from .references import rebuild_references
from .text import article_body, localized_text, paragraphs_html, transliterated_story
from .translations import seed_translations

ARTICLES_PER_OUTLET = 5
DEMO_IMAGES = 24
ADMIN_USERNAME = "admin"
CLUB_TOPIC = "journalists-club"


class Seeder:
    def __init__(self, seed: int, log=print):
        self.rng = random.Random(seed)
        self.seed = seed
        self.log = log
        self.progress = Progress(log)
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.default = self.locales[languages.DEFAULT_LANGUAGE]
        self.created = Counter()
        self.accounts = DemoAccounts(self.created)

    def run(self, print_editions: bool = True) -> dict:
        """Build the network; with `print_editions`, add the print editions and queue their text."""
        with deferred_indexing(), deferred_extraction():
            self.build()
        if any(self.created.values()):
            self.progress("Rebuilding the search and reference indexes …")
            call_command("update_index", verbosity=0)
            rebuild_references()  # the rows of Wagtail's rebuild_references_index, ~5× cheaper (references.py)
        self.progress("Base network ready.")
        if print_editions:
            seed_print_editions(self.context(), self.progress)
        return dict(self.created)

    def context(self) -> DemoContext:
        return DemoContext(
            home=self.home,
            outlets=self.outlets,
            journalists=self.journalists,
            regions=self.regions,
            images=self.images,
            accounts=self.accounts,
            rng=self.rng,
            seed=self.seed,
            created=self.created,
            log=self.progress,
        )

    def build(self) -> None:
        self.progress("Images, regions, communities, topics and the site's pages …")
        self.images = ensure_images(DEMO_IMAGES, self.seed)
        with transaction.atomic():
            self.regions = self.snippets(
                Region, loader.regions(), "code", extra=lambda item: {"is_city": item["is_city"]}
            )
            self.communities = self.snippets(Community, loader.communities(), "slug")
            self.topics = self.snippets(Topic, loader.topics(), "slug")
            self.site()
        self.outlets = {}
        for item in self.progress.items("Outlets in every locale", loader.outlets()):
            # Each outlet page is provisioned once, when the outlet stands in every locale.
            with transaction.atomic(), deferred_provisioning():
                self.outlets[item["slug"]] = self.outlet(item)
        with transaction.atomic():
            self.journalists = self.journalist_directory()
        self.all_articles()
        self.progress("The journalists' club, staff accounts and translation work …")
        context = self.context()
        seed_newsroom(context)
        seed_translations(context)
        with transaction.atomic():
            honest_publication_dates()

    # --- snippets -------------------------------------------------------------------------------
    def snippets(self, model, items: list[dict], key: str, extra=lambda item: {}) -> dict:
        """The default-locale snippet for each item, with a translation in every locale."""
        sources = {}
        for item in items:
            source, created = model.objects.get_or_create(
                locale=self.default,
                **{key: item[key]},
                defaults={"name": item["names"][self.default.language_code], **extra(item)},
            )
            self.created[model.__name__] += created
            for code, locale in self.locales.items():
                if locale == self.default:
                    continue
                _, created = model.objects.get_or_create(
                    locale=locale,
                    translation_key=source.translation_key,
                    defaults={
                        key: item[key],
                        "name": localized_text(item["names"], code) or source.name,
                        **extra(item),
                    },
                )
            sources[item[key]] = source
        return sources

    # --- structural pages -----------------------------------------------------------------------
    def site(self) -> None:
        site = loader.site()
        kk = self.default.language_code
        self.home = ensure_home(site["home_title"][kk])
        if not self.home.intro or self.home.club_topic_id is None:
            # The club's news on the front page: stories on the club's topic (synchronised to every locale).
            self.home.intro = self.home.intro or paragraphs_html([site["home_intro"][kk]])
            self.home.club_topic = self.topics.get(CLUB_TOPIC)
            self.home.save_revision().publish()
        self.index = OutletIndexPage.objects.child_of(self.home).first()
        if self.index is None:
            self.index = OutletIndexPage(
                title=site["outlets_title"][kk], slug="outlets", intro=paragraphs_html([site["outlets_intro"][kk]])
            )
            self.home.add_child(instance=self.index)
            self.index.save_revision().publish()
        about = StandardPage.objects.child_of(self.home).filter(slug="about").first()
        if about is None:
            about = StandardPage(
                title=site["about_title"][kk], slug="about", body=self.paragraph_blocks(site["about_body"][kk])
            )
            self.home.add_child(instance=about)
            about.save_revision().publish()
        for code in self.locales:
            if code == kk:
                continue
            self.translate(
                self.home,
                code,
                title=localized_text(site["home_title"], code),
                intro=paragraphs_html([localized_text(site["home_intro"], code)]),
            )
            self.translate(
                self.index,
                code,
                title=localized_text(site["outlets_title"], code),
                intro=paragraphs_html([localized_text(site["outlets_intro"], code)]),
            )
            body = [localized_text({c: " ".join(v) for c, v in site["about_body"].items()}, code)]
            self.translate(
                about, code, title=localized_text(site["about_title"], code), body=self.paragraph_blocks(body)
            )

    @staticmethod
    def paragraph_blocks(paragraphs: list[str]) -> list[dict]:
        return [{"type": "paragraph", "value": f"<p>{escape(text)}</p>"} for text in paragraphs]

    def translate(self, page, code: str, **fields):
        return translation_of(page, code, self.created, **fields)

    # --- outlets --------------------------------------------------------------------------------
    def outlet(self, item: dict) -> OutletPage:
        kk = self.default.language_code
        # The masthead in the outlet's own language unless a locale has its own form; script variants
        # transliterate their base language's form.
        names = {item["languages"][0]: item["name"], **item.get("names", {})}
        source = OutletPage.objects.child_of(self.index).filter(slug=item["slug"]).first()
        if source is None:
            source = OutletPage(
                title=names.get(kk) or item["name"],
                slug=item["slug"],
                kind=item.get("kind", "newspaper"),
                description=paragraphs_html([item["description"][kk]]) if item["description"].get(kk) else "",
                community=self.communities[item["community"]],
                region=self.regions.get(item.get("region")),
                city=item["city"].get(kk, ""),
                founded=item.get("founded"),
                frequency=item.get("frequency", "weekly"),
                website=item.get("website", ""),
                is_sample=item.get("sample", True),
            )
            source.outlet_languages = [OutletLanguage(language=code) for code in item["languages"]]
            self.index.add_child(instance=source)
            source.save_revision(clean=False).publish()  # validated by add_child's save just before
            self.created["outlets"] += 1
        for code in self.locales:
            if code == kk:
                continue
            description = localized_text(item["description"], code)
            self.translate(
                source,
                code,
                title=localized_text(names, code) or item["name"],
                description=paragraphs_html([description]) if description else "",
                city=localized_text(item["city"], code) or item["city"].get("ru") or source.city,
            )
        return source

    # --- journalists ----------------------------------------------------------------------------
    def journalist_directory(self) -> dict[str, list[Journalist]]:
        """Journalists by outlet slug (default-locale instances, translated into every language of their bio)."""
        by_outlet = defaultdict(list)
        for item in loader.journalists():
            names = {
                field: item.get(field, "") for field in ("name_cyrillic", "name_latin", "name_arabic", "name_hangul")
            }
            journalist, created = Journalist.objects.get_or_create(
                locale=self.default,
                slug=item["slug"],
                defaults={"name": item["name"], "bio": item["bio"].get("kk", ""), **names},
            )
            self.created["journalists"] += created
            for code, bio in item["bio"].items():
                if code == self.default.language_code or code not in self.locales:
                    continue
                Journalist.objects.get_or_create(
                    locale=self.locales[code],
                    translation_key=journalist.translation_key,
                    defaults={"slug": item["slug"], "name": item["name"], "bio": bio, **names},
                )
            for outlet_slug in item["outlets"]:
                by_outlet[outlet_slug].append(journalist)
        return by_outlet

    # --- articles -------------------------------------------------------------------------------
    def all_articles(self) -> None:
        """Five stories an outlet, from its language's pool; where outlets of a language outnumber the
        stories, a story appears again in a later outlet as an explicit republication of the first."""
        self.first_printed = {}  # (language, story key) -> the page of the outlet that carried it first
        position_in_language = defaultdict(int)
        now = timezone.now().replace(minute=0, second=0, microsecond=0)
        for item in self.progress.items("Articles of outlets", loader.outlets()):
            main = item["languages"][0]
            pool = loader.articles(main)
            start = position_in_language[main] * ARTICLES_PER_OUTLET
            position_in_language[main] += 1
            for offset in range(ARTICLES_PER_OUTLET):
                story = pool[(start + offset) % len(pool)]
                published_at = now - datetime.timedelta(hours=self.rng.randint(2, 24 * 120))
                hero, inline = self.rng.choice(self.images), self.rng.choice(self.images)
                with transaction.atomic():
                    self.article(item, main, story, published_at, hero, inline)

    def article(self, item: dict, main: str, story: dict, published_at, hero, inline) -> None:
        outlet = self.outlets[item["slug"]]
        outlet_here = (
            outlet.get_translation(self.locales[main]).specific if main != outlet.locale.language_code else outlet
        )
        page = ArticlePage.objects.child_of(outlet_here).filter(slug=story["key"]).first()
        journalists = self.journalists.get(item["slug"]) or [j for js in self.journalists.values() for j in js][:1]
        original = self.first_printed.get((main, story["key"]))
        if page is None:
            page = ArticlePage(
                title=story["title"],
                slug=story["key"],
                lead=story["lead"],
                body=article_body(story, inline if len(story["body"]) > 3 else None, self.hero_alt_text(main)),
                hero_image=hero,
                hero_alt_text=self.hero_alt_text(main),
                published_at=published_at,
                original_language=main,
                region=self.regions.get(story.get("region")) or outlet.region,
                republished_from=original,
            )
            if original is None:  # corrections belong to the story as first published, not to reprints
                page.corrections = [
                    ArticleCorrection(
                        kind=correction["kind"],
                        date=published_at + datetime.timedelta(hours=correction["hours_after"]),
                        text=correction["text"],
                    )
                    for correction in story.get("corrections", [])
                ]
            page.bylines = [
                ArticleByline(journalist=j, role="author" if n == 0 else "photographer")
                for n, j in enumerate(journalists[:2])
            ]
            page.article_topics = [
                ArticleTopic(topic=self.topics[slug]) for slug in story.get("topics", []) if slug in self.topics
            ]
            outlet_here.add_child(instance=page)
            page.save_revision(clean=False).publish()  # validated by add_child's save just before
            self.created["articles"] += 1
        self.first_printed.setdefault((main, story["key"]), page)
        versions = {main: (page, story)}
        for code, translated in story.get("translations", {}).items():
            versions[code] = (self.translate(page, code, **self.article_fields(translated, inline, code)), translated)
        for variant in languages.VARIANTS:
            if variant.variant_of in versions:
                base_page, base_story = versions[variant.variant_of]
                self.translate(
                    base_page,
                    variant.code,
                    **self.article_fields(
                        transliterated_story(base_story, variant.variant_of, variant.code), inline, variant.code
                    ),
                )

    def article_fields(self, story: dict, inline, code: str) -> dict:
        return {
            "title": story["title"],
            "lead": story["lead"],
            "body": article_body(story, inline if len(story["body"]) > 3 else None, self.hero_alt_text(code)),
            "hero_alt_text": self.hero_alt_text(code),
        }

    @staticmethod
    def hero_alt_text(code: str) -> str:
        """The hero and the inline image (the demo's drawn images) described in the article version's language and
        script: the image's own description is Kazakh, which a Korean or German screen reader would read out."""
        return localized_text(loader.site()["image_alt"], code)


def honest_publication_dates() -> None:
    """The seed publishes every story at the time it runs; readers must see the story's own dates: first
    published at `published_at`, last published at its latest correction or update (else `published_at`),
    so "Updated" shows only on a story the demo data corrects or updates a day or more later."""
    latest = dict(ArticleCorrection.objects.values("page").annotate(latest=Max("date")).values_list("page", "latest"))
    pages = list(
        ArticlePage.objects.filter(live=True, published_at__isnull=False).only(
            "published_at", "first_published_at", "last_published_at"
        )
    )
    changed = []
    for page in pages:
        first, last = page.published_at, max(page.published_at, latest.get(page.pk, page.published_at))
        if (page.first_published_at, page.last_published_at) != (first, last):
            page.first_published_at, page.last_published_at = first, last
            changed.append(page)
    ArticlePage.objects.bulk_update(changed, ["first_published_at", "last_published_at"], batch_size=500)


def ensure_admin(accounts: DemoAccounts, log=print) -> None:
    """The demo administrator, with DEMO_PASSWORD or the run's generated password (printed once)."""
    accounts.ensure(ADMIN_USERNAME, superuser=True)
    if accounts.generated_password:
        log(f"Demo administrator: {ADMIN_USERNAME} / {accounts.generated_password} (generated; shown only now)")
        log("Demo newsroom accounts created in this run have the same password (see README, Demo logins).")
    elif accounts.demo_password:
        log(f"Demo administrator: {ADMIN_USERNAME} / {accounts.demo_password} (from DEMO_PASSWORD)")
    else:
        log(f"Demo administrator: {ADMIN_USERNAME} (password unchanged; set DEMO_PASSWORD to reset it)")
