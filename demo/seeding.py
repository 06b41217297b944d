"""Build the demo network from the data in this package, idempotently.

Every object has a stable identity (slug or code per locale, article key per outlet), so a second run
finds everything in place and writes nothing. Choices (hero images, bylines, dates) come from a
random generator seeded with --seed, so the same seed gives the same network.
"""

import datetime
import os
import random
import secrets
from collections import defaultdict
from contextlib import contextmanager
from importlib import import_module

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Locale
from wagtail.signal_handlers import disable_reference_index_auto_update

from modelsearch import signal_handlers
from modelsearch.index import get_indexed_models

import languages
from ethnic_press.editions.extraction import deferred_extraction
from ethnic_press.models import Community, OutletIndexPage, OutletLanguage, OutletPage, Region
from home.models import StandardPage
from home.site_tree import ensure_home
from languages.localize import translate_page
from languages.transliteration import transliterate
from newsroom.models import ArticleByline, ArticlePage, ArticleTopic, Journalist, Topic

from . import network
from .images import ensure_images
from .newsroom import seed_newsroom
from .print_editions import seed_print_editions
from .translations import seed_translations

ARTICLES_PER_OUTLET = 5
DEMO_IMAGES = 24
ADMIN_USERNAME = "admin"


def articles_for(code: str) -> list[dict]:
    return import_module(f"demo.articles.{code}").ARTICLES


def localized_text(mapping: dict, code: str) -> str | None:
    """A locale's own text, or, for a script variant, its base language's text transliterated."""
    if mapping.get(code):
        return mapping[code]
    base = languages.BY_CODE[code].variant_of
    if base and mapping.get(base):
        return transliterate(mapping[base], base, code)
    return None


def paragraphs_html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def article_body(story: dict, inline_image=None) -> list[dict]:
    """StreamField data for a story: paragraphs, with the quote after the second and a fact box last."""
    blocks = [{"type": "paragraph", "value": f"<p>{escape(text)}</p>"} for text in story["body"]]
    if story.get("quote"):
        blocks.insert(min(2, len(blocks)), {"type": "quote", "value": dict(story["quote"])})
    if inline_image is not None:
        blocks.insert(
            min(1, len(blocks)),
            {"type": "image", "value": {"image": inline_image.pk, "alt_text": "", "caption": "", "credit": ""}},
        )
    if story.get("fact_box"):
        items = "".join(f"<li>{escape(item)}</li>" for item in story["fact_box"]["items"])
        blocks.append({"type": "fact_box", "value": {"title": story["fact_box"]["title"], "body": f"<ul>{items}</ul>"}})
    return blocks


def transliterated_story(story: dict, source: str, target: str) -> dict:
    def convert(text: str) -> str:
        return transliterate(text, source, target) if text else text

    result = {
        "title": convert(story["title"]),
        "lead": convert(story["lead"]),
        "body": [convert(p) for p in story["body"]],
    }
    if story.get("quote"):
        result["quote"] = {key: convert(value) for key, value in story["quote"].items()}
    if story.get("fact_box"):
        result["fact_box"] = {
            "title": convert(story["fact_box"]["title"]),
            "items": [convert(i) for i in story["fact_box"]["items"]],
        }
    return result


@contextmanager
def deferred_indexing():
    """Skip the per-save search and reference index updates; the caller rebuilds both once at the end.

    Publishing a page through Wagtail updates both indexes several times per page (copy, revision,
    publish), which is most of the cost of seeding 1,500 pages.
    """
    models = [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(signal_handlers.post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(signal_handlers.post_save_signal_handler, sender=model)


class Seeder:
    def __init__(self, seed: int, log=print):
        self.rng = random.Random(seed)
        self.seed = seed
        self.log = log
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.default = self.locales[languages.DEFAULT_LANGUAGE]
        self.created = defaultdict(int)
        self.demo_password = os.environ.get("DEMO_PASSWORD", "")
        self.generated_password = ""

    def new_account_password(self) -> str:
        """DEMO_PASSWORD, or one password generated for all the accounts this run creates."""
        if self.demo_password:
            return self.demo_password
        if not self.generated_password:
            self.generated_password = secrets.token_urlsafe(12)
        return self.generated_password

    def run(self) -> dict:
        with deferred_indexing(), deferred_extraction():
            self.build()
        if self.created:
            self.log("Rebuilding the search and reference indexes …")
            call_command("update_index", verbosity=0)
            call_command("rebuild_references_index", verbosity=0)
        seed_print_editions(self)
        return dict(self.created)

    def build(self) -> None:
        self.images = ensure_images(DEMO_IMAGES, self.seed)
        with transaction.atomic():
            self.regions = self.snippets(
                Region, network.REGIONS, "code", extra=lambda item: {"is_city": item["is_city"]}
            )
            self.communities = self.snippets(Community, network.COMMUNITIES, "slug")
            self.topics = self.snippets(Topic, network.TOPICS, "slug")
            self.site()
        self.outlets = {}
        for item in network.OUTLETS:
            with transaction.atomic():
                self.outlets[item["slug"]] = self.outlet(item)
        with transaction.atomic():
            self.journalists = self.journalist_directory()
        self.all_articles()
        seed_newsroom(self)
        seed_translations(self)

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
        site = network.SITE
        kk = self.default.language_code
        self.home = ensure_home(site["home_title"][kk])
        if not self.home.intro:
            self.home.intro = paragraphs_html([site["home_intro"][kk]])
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
        """Translation of `page` in `code` with `fields`, only written when it does not exist yet."""
        if page.get_translations().filter(locale=self.locales[code]).exists():
            return page.get_translation(self.locales[code]).specific
        self.created["translations"] += 1
        return translate_page(page, code, **fields)

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
            source.save_revision().publish()
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
        """Journalists by outlet slug (default-locale instances, with a Russian translation of the bio)."""
        by_outlet = defaultdict(list)
        russian = self.locales["ru"]
        for item in network.JOURNALISTS:
            names = {
                field: item.get(field, "") for field in ("name_cyrillic", "name_latin", "name_arabic", "name_hangul")
            }
            journalist, created = Journalist.objects.get_or_create(
                locale=self.default,
                slug=item["slug"],
                defaults={"name": item["name"], "bio": item["bio"].get("kk", ""), **names},
            )
            self.created["journalists"] += created
            Journalist.objects.get_or_create(
                locale=russian,
                translation_key=journalist.translation_key,
                defaults={"slug": item["slug"], "name": item["name"], "bio": item["bio"].get("ru", ""), **names},
            )
            for outlet_slug in item["outlets"]:
                by_outlet[outlet_slug].append(journalist)
        return by_outlet

    # --- articles -------------------------------------------------------------------------------
    def all_articles(self) -> None:
        position_in_language = defaultdict(int)
        now = timezone.now().replace(minute=0, second=0, microsecond=0)
        for item in network.OUTLETS:
            main = item["languages"][0]
            pool = articles_for(main)
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
        if page is None:
            page = ArticlePage(
                title=story["title"],
                slug=story["key"],
                lead=story["lead"],
                body=article_body(story, inline if len(story["body"]) > 3 else None),
                hero_image=hero,
                published_at=published_at,
                original_language=main,
                region=self.regions.get(story.get("region")) or outlet.region,
            )
            page.bylines = [
                ArticleByline(journalist=j, role="author" if n == 0 else "photographer")
                for n, j in enumerate(journalists[:2])
            ]
            page.article_topics = [
                ArticleTopic(topic=self.topics[slug]) for slug in story.get("topics", []) if slug in self.topics
            ]
            outlet_here.add_child(instance=page)
            page.save_revision().publish()
            self.created["articles"] += 1
        versions = {main: (page, story)}
        for code, translated in story.get("translations", {}).items():
            versions[code] = (self.translate(page, code, **self.article_fields(translated, inline)), translated)
        for variant in languages.VARIANTS:
            if variant.variant_of in versions:
                base_page, base_story = versions[variant.variant_of]
                self.translate(
                    base_page,
                    variant.code,
                    **self.article_fields(transliterated_story(base_story, variant.variant_of, variant.code), inline),
                )

    @staticmethod
    def article_fields(story: dict, inline) -> dict:
        return {
            "title": story["title"],
            "lead": story["lead"],
            "body": article_body(story, inline if len(story["body"]) > 3 else None),
        }


def ensure_admin(seeder: Seeder, log=print) -> None:
    """The demo administrator, with DEMO_PASSWORD or the run's generated password (printed once)."""
    User = get_user_model()
    user = User.objects.filter(username=ADMIN_USERNAME).first()
    if user is None:
        User.objects.create_superuser(ADMIN_USERNAME, "admin@example.com", seeder.new_account_password())
    elif seeder.demo_password:
        user.set_password(seeder.demo_password)
        user.save(update_fields=["password"])
    if seeder.generated_password:
        log(f"Demo administrator: {ADMIN_USERNAME} / {seeder.generated_password} (generated; shown only now)")
        log("Demo newsroom accounts created in this run have the same password (see README, Demo logins).")
    elif seeder.demo_password:
        log(f"Demo administrator: {ADMIN_USERNAME} / {seeder.demo_password} (from DEMO_PASSWORD)")
    else:
        log(f"Demo administrator: {ADMIN_USERNAME} (password unchanged; set DEMO_PASSWORD to reset it)")
