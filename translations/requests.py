"""Opening translation requests: a wagtail-localize translation plus an assignment.

A request creates (or re-enables) the Translation of the article's source into the target locale and
saves its target page as a draft, so the translation editor has a page to open; nothing is published
until the outlet's editors approve it. An outlet's language policy opens requests by itself when one
of its source-language articles is published; editors open others by hand for any locale.

Every request has an owner: a translator (the one an editor chose; for a policy's request the policy's
default translator for the language, else the least loaded person who holds it), or, while it has
none, the outlet's editors, whose admin home counts it among the unassigned until one of them assigns
it (`assign`, from the overview, the page header or that panel).
"""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, Q

from wagtail.models import Locale, Page

from wagtail_localize.models import Translation, TranslationSource

from .access import sync_grants_for
from .models import Assignment, LanguagePolicy, Translator


def policy_for(page: Page) -> LanguagePolicy | None:
    """The language policy of the outlet an article belongs to."""
    parent = page.get_parent()
    return LanguagePolicy.objects.filter(outlet__translation_key=parent.translation_key).first()


def translators_for(code: str | None = None):
    """Users who hold language `code` (every translator when None), the least loaded (fewest open
    assignments, `open_work`) first."""
    holders = [translator.user_id for translator in Translator.objects.all() if code is None or translator.holds(code)]
    return (
        get_user_model()
        .objects.filter(pk__in=holders, is_active=True)
        .annotate(
            open_work=Count(
                "translation_assignments",
                filter=~Q(translation_assignments__status=Assignment.Status.PUBLISHED),
            )
        )
        .order_by("open_work", "username")
    )


@transaction.atomic
def open_request(
    page: Page,
    locale: Locale,
    *,
    due_date: datetime.date,
    translator=None,
    requested_by=None,
) -> Assignment:
    """Request the translation of `page` into `locale`, assigned to `translator` (or nobody yet)."""
    if translator is not None:
        profile = Translator.objects.filter(user=translator).first()
        if profile is None or not profile.holds(locale.language_code):
            raise ValueError(f"{translator} does not translate into {locale.language_code}")
    source, _ = TranslationSource.update_or_create_from_instance(page.specific)
    translation, created = Translation.objects.get_or_create(source=source, target_locale=locale)
    if not created and not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    translation.save_target(user=requested_by, publish=False)
    assignment = Assignment.objects.filter(translation=translation).first()
    previous = assignment.translator if assignment else None
    if assignment is None:
        assignment = Assignment(translation=translation)
    assignment.translator = translator
    assignment.due_date = due_date
    assignment.requested_by = requested_by
    if assignment.status == Assignment.Status.PUBLISHED:
        assignment.status = Assignment.Status.IN_PROGRESS
    assignment.save()
    if previous is not None and previous != translator:
        sync_grants_for(previous)
    sync_grants_for(translator)
    return assignment


@transaction.atomic
def assign(assignment: Assignment, translator, due_date: datetime.date | None = None) -> Assignment:
    """Give a request to `translator` (None: back to the outlet's editors' queue); their page grants follow."""
    if translator is not None:
        profile = Translator.objects.filter(user=translator).first()
        if profile is None or not profile.holds(assignment.translation.target_locale.language_code):
            raise ValueError(f"{translator} does not translate into {assignment.translation.target_locale}")
    previous = assignment.translator
    assignment.translator = translator
    if due_date is not None:
        assignment.due_date = due_date
    assignment.save()
    if previous is not None and previous != translator:
        sync_grants_for(previous)
    sync_grants_for(translator)
    return assignment


def open_policy_requests(page: Page) -> list[Assignment]:
    """Requests for the policy's target languages that this article has no translation into yet, each
    for the policy's default translator of its language, else the least loaded translator who holds
    it, else the editors' queue."""
    policy = policy_for(page)
    if policy is None:
        return []
    targets = policy.targets_for(page.locale.language_code)
    if not targets:
        return []
    existing = set(
        Page.objects.filter(translation_key=page.translation_key).values_list("locale__language_code", flat=True)
    )
    assignments = []
    for locale in Locale.objects.filter(language_code__in=targets).exclude(language_code__in=existing):
        assignments.append(
            open_request(
                page,
                locale,
                due_date=policy.due_date(),
                translator=policy.default_translator(locale.language_code)
                or translators_for(locale.language_code).first(),
            )
        )
    return assignments
