"""Building the locale trees: the network's home page and translations of pages into other locales.

Used by the demo seeding, the archive import and the tests, so the three build trees the same way.
"""

from django.db import transaction

from wagtail.models import Locale, Page, Site

from cms import languages

from .models import HomePage


def get_locale(language_code: str) -> Locale:
    return Locale.objects.get(language_code=language_code)


@transaction.atomic
def ensure_home(title: str, slug: str = "home", hostname: str = "localhost") -> HomePage:
    """The default-locale HomePage under the tree root, as the default site's root page."""
    root = Page.get_first_root_node()
    locale = get_locale(languages.DEFAULT_LANGUAGE)
    # The page Wagtail's first migration creates ("Welcome to your new Wagtail site!") is not ours;
    # deleting it also deletes the site pointing at it, which is recreated below.
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore", content_type__model="page").delete()
    home = HomePage.objects.filter(depth=2, locale=locale).first()
    if home is None:
        home = HomePage(title=title, slug=slug, locale=locale)
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname=hostname, port=80, root_page=home, is_default_site=True, site_name="Ethnic Press")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home


def translate_page(page: Page, language_code: str, **fields) -> Page:
    """The live translation of `page` in `language_code`, created (and published) if missing.

    The parent's translation must exist already. Synchronised fields and child relations are
    copied by Wagtail; `fields` sets the translated ones (title, lead, …).
    """
    locale = get_locale(language_code)
    page = page.specific
    translated = page.get_translation_or_none(locale)
    if translated is None:
        translated = page.copy_for_translation(locale)
    translated = translated.specific
    for name, value in fields.items():
        setattr(translated, name, value)
    if fields or not translated.live:
        translated.save_revision().publish()
        translated.refresh_from_db()  # publish() saves a copy built from the revision, not this object
    return translated
