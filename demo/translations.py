"""Demo translation work: translators, outlet language policies, and articles in every state.

The data is in demo/data/translation_work.toml. Called at the end of the seeder's build step as
`seed_translations(context)` (a DemoContext); idempotent (translators by username, policies by outlet,
requests only where the article has none in that language yet).

Translators (README, "Demo logins"; password as for the other demo accounts): translator-aigerim
(Kazakh), translator-olga (Russian), translator-minji (Korean, Russian), translator-dilnur (Uyghur,
Kazakh), translator-anna (German, Russian).

Koryo Ilbo's Korean stories show each state in the translation overview: requested, in progress,
ready for review, overdue, published (the seeded Kazakh and Russian translations) and stale (a story
republished after it was translated).
"""

import datetime

from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale

from wagtail_localize.models import StringSegment, StringTranslation

from newsroom.models import ArticlePage
from translations.models import Assignment, LanguagePolicy, SourceEdit, Translator
from translations.requests import open_request

from . import loader
from .newsroom import admin_language


def seed_translations(context) -> None:
    work = loader.translation_work()
    with transaction.atomic():
        users = {item["username"]: translator_account(context.accounts, item) for item in work["translators"]}
        for policy in work["policies"]:
            LanguagePolicy.objects.get_or_create(
                outlet=context.outlets[policy["outlet"]],
                defaults={
                    "source_languages": policy["sources"],
                    "target_languages": policy["targets"],
                    "deadline_days": policy["deadline_days"],
                },
            )
    koryo = context.outlets["koryo-ilbo"].get_translation(Locale.objects.get(language_code="ko"))
    for request in work["requests"]:
        key, target, username, title = request["story"], request["target"], request["translator"], request.get("title")
        article = ArticlePage.objects.child_of(koryo).filter(slug=key).first()
        if article is None or article.get_translations().filter(locale__language_code=target).exists():
            continue
        with transaction.atomic():
            assignment = open_request(
                article,
                Locale.objects.get(language_code=target),
                due_date=timezone.localdate() + datetime.timedelta(days=request["due_in_days"]),
                translator=users[username],
            )
            if title:
                translate_title(assignment, title, users[username])
            if request["submit"]:
                assignment.translation.save_target(user=users[username], publish=False)
                page = assignment.translation.get_target_instance()
                page.get_workflow().start(page, users[username])
            context.created["translation requests"] += 1
    stale = ArticlePage.objects.child_of(koryo).filter(slug=work["stale_story"]).first()
    if stale is not None and not SourceEdit.objects.filter(translation_key=stale.translation_key).exists():
        # Republished after its Kazakh and Russian translations were made: both become stale.
        stale.save_revision(log_action=True).publish()


def translator_account(accounts, item: dict):
    user = accounts.ensure(
        item["username"],
        first_name=item["first_name"],
        last_name=item["last_name"],
        language=admin_language(item["languages"][0]),
    )
    Translator.objects.get_or_create(user=user, defaults={"languages": item["languages"]})
    return user


def translate_title(assignment: Assignment, title: str, user) -> None:
    translation = assignment.translation
    segment = StringSegment.objects.select_related("string", "context").get(
        source=translation.source, context__path="title"
    )
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=translation.target_locale,
        context=segment.context,
        defaults={"data": title, "translation_type": "manual", "last_translated_by": user},
    )
