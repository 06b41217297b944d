"""Demo translation work: translators, outlet language policies, and articles in every state.

Called at the end of the seeder's build step as `seed_translations(seeder)`; idempotent (translators by
username, policies by outlet, requests only where the article has none in that language yet).

Translators (README, "Demo logins"; password as for the other demo accounts): translator-aigerim
(Kazakh), translator-olga (Russian), translator-minji (Korean, Russian), translator-dilnur (Uyghur,
Kazakh), translator-anna (German, Russian).

Koryo Ilbo's Korean stories show each state in the translation overview: requested, in progress,
ready for review, overdue, published (the seeded Kazakh and Russian translations) and stale (a story
republished after it was translated).
"""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale

from wagtail_localize.models import StringSegment, StringTranslation

from newsroom.models import ArticlePage
from translations.models import Assignment, LanguagePolicy, SourceEdit, Translator
from translations.requests import open_request

TRANSLATORS = {
    "translator-aigerim": ("Әйгерім", "Нұрланқызы", ["kk"]),
    "translator-olga": ("Ольга", "Ким", ["ru"]),
    "translator-minji": ("민지", "박", ["ko", "ru"]),
    "translator-dilnur": ("Дилнур", "Һезимова", ["ug", "kk"]),
    "translator-anna": ("Anna", "Becker", ["de", "ru"]),
}
POLICIES = {
    "koryo-ilbo": (["ko"], ["kk", "ru"], 5),
    "deutsche-allgemeine-zeitung": (["de"], ["kk", "ru"], 7),
    "uyghur-avazi": (["ug"], ["kk", "ru"], 7),
    "ahiska": (["tr"], ["kk", "ru"], 7),
    "dostyq-druzhba": (["kk"], ["ru"], 3),
}
# (story key, target, translator, days until due (negative: overdue), translated title or None, submit for review)
KORYO_REQUESTS = [
    ("chuseok-taldykorgan", "kk", "translator-aigerim", 5, None, False),
    (
        "korean-theatre-youth-workshop",
        "kk",
        "translator-aigerim",
        4,
        "Корей театрының актерлері демалыстағы жасөспірімдерге актерлік шеберлік сабағын өткізді",
        False,
    ),
    (
        "korean-theatre-youth-workshop",
        "ru",
        "translator-olga",
        2,
        "Актёры Корейского театра провели мастерскую актёрского мастерства для школьников на каникулах",
        True,
    ),
    (
        "kyzylorda-sunday-korean-school",
        "ru",
        "translator-minji",
        -3,
        "В кызылординской воскресной школе корейского языка вдвое больше учеников",
        False,
    ),
]
STALE_STORY = "koryo-ilbo-readers-day"


def seed_translations(seeder) -> None:
    with transaction.atomic():
        users = {username: translator_account(seeder, username, *info) for username, info in TRANSLATORS.items()}
        for slug, (sources, targets, days) in POLICIES.items():
            LanguagePolicy.objects.get_or_create(
                outlet=seeder.outlets[slug],
                defaults={"source_languages": sources, "target_languages": targets, "deadline_days": days},
            )
    koryo = seeder.outlets["koryo-ilbo"].get_translation(Locale.objects.get(language_code="ko"))
    for key, target, username, days, title, submit in KORYO_REQUESTS:
        article = ArticlePage.objects.child_of(koryo).filter(slug=key).first()
        if article is None or article.get_translations().filter(locale__language_code=target).exists():
            continue
        with transaction.atomic():
            assignment = open_request(
                article,
                Locale.objects.get(language_code=target),
                due_date=timezone.localdate() + datetime.timedelta(days=days),
                translator=users[username],
            )
            if title:
                translate_title(assignment, title, users[username])
            if submit:
                assignment.translation.save_target(user=users[username], publish=False)
                page = assignment.translation.get_target_instance()
                page.get_workflow().start(page, users[username])
            seeder.created["translation requests"] += 1
    stale = ArticlePage.objects.child_of(koryo).filter(slug=STALE_STORY).first()
    if stale is not None and not SourceEdit.objects.filter(translation_key=stale.translation_key).exists():
        # Republished after its Kazakh and Russian translations were made: both become stale.
        stale.save_revision(log_action=True).publish()


def translator_account(seeder, username: str, first_name: str, last_name: str, codes: list[str]):
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User.objects.create_user(
            username,
            f"{username}@example.kz",
            seeder.new_account_password(),
            first_name=first_name,
            last_name=last_name,
        )
        seeder.created["users"] += 1
    elif seeder.demo_password:
        user.set_password(seeder.demo_password)
        user.save(update_fields=["password"])
    Translator.objects.get_or_create(user=user, defaults={"languages": codes})
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
