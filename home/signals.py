"""Keeping the cached navigation true: menus name pages, so page changes that readers see reset it."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

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
    ):
        signal.connect(invalidate, sender=sender, dispatch_uid=f"home.navigation.{signal!r}.{sender}")
