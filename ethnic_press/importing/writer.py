"""Writing one validated line: the outlet's page in the line's locale, journalists, the published article."""

from django.utils.text import slugify

from wagtail.coreutils import find_available_slug

from ethnic_press.models import OutletPage
from languages.localize import translate_page
from newsroom.models import ArticleByline, ArticlePage, ArticleTopic, Journalist

from .errors import LineError
from .lookups import Lookups
from .validation import ArticleLine

CREATED = "created"
UPDATED = "updated"
SLUG_MAX_LENGTH = 80


def existing_article(line: ArticleLine) -> ArticlePage | None:
    """The article this line updates: same outlet, same archive id, same language."""
    if line.outlet.page is None:
        return None
    article = ArticlePage.objects.child_of(line.outlet.page).filter(source_id=line.source_id).first()
    if article is not None and not article.live:
        # An editor took it down (a correction, a legal request); a re-run must not put it back.
        raise LineError(f"article {article.title!r} was unpublished by an editor; not updated")
    return article


def write(line: ArticleLine, lookups: Lookups) -> str:
    """Create or update the article of a line and publish it; returns CREATED or UPDATED."""
    article = existing_article(line)
    if article is None:
        outlet = line.outlet.page or _translate_outlet(line)
        article = ArticlePage(
            locale=line.locale,
            slug=find_available_slug(outlet, _slug(line.title)),
            live=False,
            # Wagtail's "first published" is the archive's date, not the day of the import.
            first_published_at=line.published_at,
        )
        sibling = _same_story_in_another_language(line, outlet)
        if sibling is not None:
            # One story in several languages is one translation family (search shows it once).
            article.translation_key = sibling.translation_key
        _fill(article, line, lookups)
        outlet.add_child(instance=article)
        outcome = CREATED
    else:
        # The slug stays: the article's URL must survive a corrected title.
        _fill(article, line, lookups)
        outcome = UPDATED
    article.save_revision().publish()
    return outcome


def _translate_outlet(line: ArticleLine) -> OutletPage:
    for ancestor in line.outlet.missing_ancestors:
        translate_page(ancestor, line.language)
    return translate_page(line.outlet.source, line.language)


def _same_story_in_another_language(line: ArticleLine, outlet: OutletPage) -> ArticlePage | None:
    family = OutletPage.objects.filter(translation_key=outlet.translation_key).exclude(pk=outlet.pk)
    for other_outlet in family:
        sibling = ArticlePage.objects.child_of(other_outlet).filter(source_id=line.source_id).first()
        if sibling is not None and not sibling.get_translations().filter(locale=line.locale).exists():
            return sibling
    return None


def _fill(article: ArticlePage, line: ArticleLine, lookups: Lookups) -> None:
    article.title = line.title
    article.lead = line.lead
    article.body = line.body
    article.published_at = line.published_at
    article.region = line.region
    article.source_id = line.source_id
    # Two spellings of one name (Cyrillic and Latin) credit the journalist once.
    journalists = {}
    for name, journalist in line.authors:
        journalist = journalist or _create_journalist(name, lookups)
        journalists.setdefault(journalist.pk, journalist)
    article.bylines = [
        ArticleByline(journalist=journalist, role=ArticleByline.Role.AUTHOR, sort_order=index)
        for index, journalist in enumerate(journalists.values())
    ]
    article.article_topics = [ArticleTopic(topic=topic, sort_order=index) for index, topic in enumerate(line.topics)]


def _create_journalist(name: str, lookups: Lookups) -> Journalist:
    """An author the network does not know yet: created in the default locale, for editors to complete."""
    base = slugify(name, allow_unicode=True)[:SLUG_MAX_LENGTH].strip("-") or "journalist"
    slug, number = base, 1
    taken = Journalist.objects.filter(locale=lookups.default_locale)
    while taken.filter(slug=slug).exists():
        number += 1
        slug = f"{base[: SLUG_MAX_LENGTH - len(str(number)) - 1]}-{number}"
    return Journalist.objects.create(name=name, slug=slug, locale=lookups.default_locale)


def _slug(title: str) -> str:
    return slugify(title, allow_unicode=True)[:SLUG_MAX_LENGTH].strip("-") or "article"
