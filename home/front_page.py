"""What the network's front page shows in one language, in a fixed number of queries.

Network editors pick up to five stories (the first leads); a pick that does not exist in this language,
is not live or is missing is replaced by the latest story. "Latest" and "by community" are drawn from
the most recent RECENT_WINDOW stories of the language (an indexed, bounded read whatever the size of the
archive); the club's news are the latest stories on the home page's club topic.
"""

from django.apps import apps
from django.db.models import OuterRef, Subquery
from django.utils import timezone, translation

from wagtail.models import Page

from ethnic_press.models import Community, OutletPage, PrintEditionPage
from languages.compiled import private_sections, run_compiled
from languages.localize import localized, translation_row
from newsroom.models import ArticlePage, ClubEventPage, ClubPage, Topic
from newsroom.models.listing import CARD_FIELDS
from newsroom.renditions import prefetch_renditions
from newsroom.tree import in_locale
from search.listings import attach_copies, choose_story_rows, story_rows_query

from .memo import remembered

RECENT_WINDOW = 80
TOP_STORIES = 4
LATEST = 8
COMMUNITIES = 6
PER_COMMUNITY = 3
CLUB_NEWS = 3
EVENTS = 3
EDITIONS = 6


def front_page(home, request=None) -> dict:
    # Private sections are read once for the whole page, not once per listing (Wagtail's public()). The
    # page's reads are compiled to SQL once per process (languages/compiled.py: building and compiling them
    # was the dearest part of the page); the private sections are part of what each is compiled for.
    private = private_sections()
    locale_id = home.locale_id
    # One article per story, as search lists them: a story several outlets carry appears once, with
    # links to the others (`also_in`, search/listings.py).
    # The window is read as rows: only the stories the page shows become articles.
    recent_rows = choose_story_rows(run_compiled(_recent_rows, (private,), (locale_id,)), RECENT_WINDOW)
    story_of = {row[0]: story_key for story_key, row in recent_rows.items()}
    recent = list(recent_rows.values())
    picked = run_compiled(_picked_in_language, (private,), (locale_id, home.pk))
    with_image = [pk for pk, _path, image in recent if image]
    lead_pk = picked[0] if picked else (with_image[0] if with_image else (recent[0][0] if recent else None))
    top = [pk for pk in picked if pk != lead_pk]
    top += [pk for pk, *_ in recent if pk != lead_pk and pk not in top][: max(0, TOP_STORIES - len(top))]
    top = top[:TOP_STORIES]
    shown = {lead_pk, *top}
    latest = [pk for pk, *_ in recent if pk not in shown][:LATEST]
    club_news = []
    if home.club_topic_id:
        club_news = _one_per_story(run_compiled(_club_rows, (private,), (locale_id, home.club_topic_id)), CLUB_NEWS)
    editions = run_compiled(_editions, (private,), (locale_id,))
    paths = {path[: -Page.steplen] for _pk, path, _image in recent} | {e.path[: -Page.steplen] for e in editions}
    # Their titles, links and communities are what the page shows of them ("also in" compares their keys).
    # Their communities come with them, in the reader's language where translated (localize_all's work).
    language = translation.get_language() or ""  # the communities' names in the reader's language
    outlets = {outlet.path: outlet for outlet in run_compiled(_outlets, (len(paths),), (language, *sorted(paths)))}
    by_community = _by_community(recent, outlets, shown)
    wanted = {lead_pk, *top, *latest, *club_news, *(pk for _c, pks in by_community for pk in pks)} - {None}
    # Picks and club news older than the window come in the same query.
    articles = {
        article.pk: article for article in run_compiled(_articles, (private, len(wanted)), (locale_id, *sorted(wanted)))
    }
    for article in articles.values():
        article.outlet = outlets.get(article.path[: -Page.steplen])
        if article.pk in story_of:
            article.story_key = story_of[article.pk]
    # The other outlets carrying each story shown (not each of the window's: most are not shown).
    attach_copies([article for article in articles.values() if hasattr(article, "story_key")], request)
    for article in articles.values():
        article.also_in = getattr(article, "also_in", [])
    for edition in editions:
        edition.outlet = outlets.get(edition.path[: -Page.steplen])
    lead = articles.get(lead_pk)
    cards = [article.hero_image for pk, article in articles.items() if pk != lead_pk]
    images = [lead.hero_image if lead else None, *cards, *(edition.cover_image for edition in editions)]
    prefetch_renditions(  # every role, in one query
        images,
        "hero",
        "top_story",
        "card",
        "cover",
    )
    community_rows = {outlet.community_id: outlet.community_row for outlet in outlets.values()}
    communities = [localized(Community, community_rows.get(community.pk), community) for community, _ in by_community]
    return {
        "lead": lead,
        "top_stories": [articles[pk] for pk in top if pk in articles],
        "latest": [articles[pk] for pk in latest if pk in articles],
        "by_community": [
            (community, [articles[pk] for pk in pks if pk in articles])
            for community, (_c, pks) in zip(communities, by_community, strict=True)
        ],
        "club_news": [articles[pk] for pk in club_news if pk in articles],
        "club": min(run_compiled(_clubs, (private,), (locale_id,)), key=_path, default=None),
        "events": run_compiled(_events, (private,), (locale_id,)),
        # Topics change when an editor edits one (home/signals.py renews what routing remembers).
        "topics": remembered(
            f"front-page-topics:{home.locale_id}",
            lambda: run_compiled(_topics, (), (home.locale_id,)),
        ),
        "editions": editions,
    }


def _path(page) -> str:
    return page.path


# The page's queries, built once per process by languages/compiled.py with markers for the values after
# `private` (what `public()` excludes; and the number of ids, where they are listed).


def _live(private, locale_id: int):
    return in_locale(ArticlePage.objects.live().exclude(private), locale_id)


def _recent_rows(private, locale_id: int):
    """The recent window's rows, for `choose_story_rows`."""
    newest = _live(private, locale_id).order_by("-published_at", "-pk")
    return story_rows_query(newest, RECENT_WINDOW, "path", "hero_image_id")


def _picked_in_language(private, locale_id: int, home_id: int):
    """The ids, in this language, of the stories editors put on the front page (in their order)."""
    picks = apps.get_model("home", "FrontPageStory").objects.filter(page_id=home_id)
    place = picks.filter(article__translation_key=OuterRef("translation_key")).values("sort_order")[:1]
    found = (
        _live(private, locale_id)
        .filter(translation_key__in=picks.values("article__translation_key"))
        .annotate(place=Subquery(place))
        .order_by("place")
    )
    return found.values_list("pk", flat=True)


def _club_rows(private, locale_id: int, topic_id: int):
    """The latest stories on the club's topic, as `_one_per_story` rows."""
    on_topic = _live(private, locale_id).filter(article_topics__topic_id=topic_id).order_by("-published_at")
    return on_topic.values_list("pk", "translation_key", "republished_from__translation_key")[: CLUB_NEWS * 3]


def _editions(private, locale_id: int):
    editions = in_locale(PrintEditionPage.objects.live().exclude(private), locale_id)
    shown = ("title", "url_path", "path", "depth", "issue_number", "issue_date", "cover_image")
    return editions.select_related("cover_image").only(*shown).order_by("-issue_date", "-pk")[:EDITIONS]


def _articles(private, count: int, locale_id: int, *pks: int):
    """The articles the page shows, of the `count` ids."""
    found = _live(private, locale_id).filter(pk__in=pks).select_related("hero_image", "locale")
    return found.only(*CARD_FIELDS).order_by()


def _outlets(count: int, language: str, *paths: str):
    """The outlets of the `count` tree paths (titles, links, communities in `language`)."""
    # The path index first, fenced by a LIMIT (the subquery is then not folded into a join): `path IN (…)`
    # on the joined table let PostgreSQL walk every page in id order to merge-join the outlets (29 ms at
    # 100,000 articles).
    return (
        OutletPage.objects.filter(pk__in=Page.objects.filter(path__in=paths).values("pk")[:count])
        .select_related("community")
        .only("title", "url_path", "path", "depth", "locale_id", "translation_key", "community")
        .order_by()
        .annotate(community_row=translation_row(Community, OuterRef("community__translation_key"), language))
    )


def _topics(locale_id: int):
    return Topic.objects.filter(locale_id=locale_id).order_by("name")


def _clubs(private, locale_id: int):
    """The clubs of the language (the first in tree order is sorted in Python: ordered by path, SQLite walked
    the path index of every page)."""
    return in_locale(ClubPage.objects.live().exclude(private), locale_id).only("title", "url_path", "path").order_by()


def _events(private, locale_id: int):
    """The next club events (the time is the clock at each run, as live()'s: languages/compiled.py)."""
    events = in_locale(ClubEventPage.objects.live().exclude(private), locale_id)
    shown = events.only("title", "url_path", "path", "starts_at", "place")
    return shown.filter(starts_at__gte=timezone.now()).order_by("starts_at")[:EVENTS]


def _one_per_story(rows, limit: int) -> list[int]:
    """Page ids of (pk, translation key, the original's translation key) rows, a story once (its original
    where both are listed): a story two outlets carry is one item of the club's news, as in "latest"."""
    chosen: dict = {}
    for pk, key, original_key in rows:
        story = original_key or key
        if story in chosen:
            if key == story:
                chosen[story] = pk
        elif len(chosen) < limit:
            chosen[story] = pk
    return list(chosen.values())


def _by_community(recent: list, outlets: dict, shown: set) -> list[tuple[Community, list[int]]]:
    """Up to COMMUNITIES communities with their latest stories not already on the page."""
    communities: dict[int, tuple[Community, list[int]]] = {}
    for pk, path, _image in recent:
        outlet = outlets.get(path[: -Page.steplen])
        if outlet is None or outlet.community is None or pk in shown:
            continue
        _community, stories = communities.setdefault(outlet.community_id, (outlet.community, []))
        if len(stories) < PER_COMMUNITY:
            stories.append(pk)
    return list(communities.values())[:COMMUNITIES]
