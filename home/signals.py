"""Keeping the cached navigation and what reader pages remember true (home/memo.py): menus name pages,
routing remembers sites, home pages and view restrictions, the front page its topics; the changes
readers see reset them."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from ethnic_press.importing.bulk import bulk_published
from newsroom.models import Topic

from . import memo
from .menus import Menu, MenuItem
from .navigation import invalidate


def connect() -> None:
    for signal, sender in (
        (post_save, Menu),
        (post_delete, Menu),
        (post_save, MenuItem),
        (post_delete, MenuItem),
        (post_delete, Page),
        (page_published, None),
        (page_unpublished, None),
        (post_page_move, None),
        (bulk_published, None),
    ):
        signal.connect(invalidate, sender=sender, dispatch_uid=f"home.navigation.{signal!r}.{sender}")
    for signal, sender in (
        (post_save, Topic),  # the front page's list of topics
        (post_delete, Topic),
        (post_save, Site),
        (post_delete, Site),
        (post_save, Locale),
        (post_delete, Locale),
        (post_save, PageViewRestriction),
        (post_delete, PageViewRestriction),
        (post_delete, Page),
        (page_published, None),
        (page_unpublished, None),
        (post_page_move, None),
        (bulk_published, None),
    ):
        signal.connect(memo.invalidate, sender=sender, dispatch_uid=f"home.memo.{signal!r}.{sender}")
