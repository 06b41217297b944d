"""The outlet directory and the outlets themselves."""

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, OuterRef
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from wagtail_localize.fields import SynchronizedField, TranslatableField

import languages
from languages.compiled import private_sections, run_compiled
from languages.localize import live_translations, localize_all, localized, translation_row
from newsroom.feeds import OutletFeed
from newsroom.forms import MediaScopedPageForm
from newsroom.models import ArticleByline, ArticlePage, Journalist
from newsroom.renditions import prefetch_renditions
from newsroom.tree import path_range, path_range_q

from .editions import PrintEditionPage
from .snippets import Community, Region

LATEST_EDITIONS = 4
ARTICLES_PER_PAGE = 12
TEAM_SHOWN = 8


class OutletIndexPage(Page):
    """The directory of the network's newspapers and magazines (one per locale)."""

    base_form_class = MediaScopedPageForm
    template = "ethnic_press/outlet_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["ethnic_press.OutletPage"]
    max_count_per_parent = 1

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [TranslatableField("title"), TranslatableField("slug"), TranslatableField("intro")]

    class Meta:
        verbose_name = _("outlet directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        outlets = (
            OutletPage.objects.child_of(self)
            .live()
            .public()
            .select_related("community", "region", "logo")
            .prefetch_related("outlet_languages")
            .order_by("title")
        )
        language = request.GET.get("language", "")
        community = request.GET.get("community", "")
        region = request.GET.get("region", "")
        if language in dict(languages.CONTENT_CHOICES):
            outlets = outlets.filter(outlet_languages__language=language)
        if community:
            outlets = outlets.filter(community__slug=community)
        if region:
            outlets = outlets.filter(region__code=region)
        outlets = list(outlets)
        communities = localize_all([outlet.community for outlet in outlets])
        regions = localize_all([outlet.region for outlet in outlets])
        for outlet, community_localized, region_localized in zip(outlets, communities, regions, strict=True):
            outlet.community_localized, outlet.region_localized = community_localized, region_localized
        prefetch_renditions([outlet.logo for outlet in outlets], "directory_logo")
        default = {"locale__language_code": languages.DEFAULT_LANGUAGE}
        context.update(
            outlets=outlets,
            language_choices=[language.code for language in languages.CONTENT_LANGUAGES],
            community_choices=sorted(
                localize_all(list(Community.objects.filter(**default))), key=lambda item: item.name.casefold()
            ),
            region_choices=sorted(
                localize_all(list(Region.objects.filter(**default))), key=lambda item: item.name.casefold()
            ),
            selected_language=language,
            selected_community=community,
            selected_region=region,
        )
        return context


class OutletPage(RoutablePageMixin, Page):
    """A newspaper or magazine of the network, with its own section of articles and print editions."""

    base_form_class = MediaScopedPageForm
    template = "ethnic_press/outlet_page.html"
    parent_page_types = ["ethnic_press.OutletIndexPage"]
    subpage_types = ["newsroom.ArticlePage", "ethnic_press.PrintEditionPage"]

    class Frequency(models.TextChoices):
        DAILY = "daily", _("daily")
        WEEKLY = "weekly", _("weekly")
        FORTNIGHTLY = "fortnightly", _("fortnightly")
        MONTHLY = "monthly", _("monthly")
        QUARTERLY = "quarterly", _("quarterly")
        IRREGULAR = "irregular", _("irregular")

    class Kind(models.TextChoices):
        NEWSPAPER = "newspaper", _("newspaper")
        MAGAZINE = "magazine", _("magazine")
        JOURNAL = "journal", _("journal")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.NEWSPAPER)
    description = RichTextField(_("description"), blank=True)
    community = models.ForeignKey(
        "ethnic_press.Community",
        verbose_name=_("community"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="outlets",
    )
    region = models.ForeignKey(
        "ethnic_press.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="outlets",
    )
    city = models.CharField(_("city"), max_length=120, blank=True)
    founded = models.PositiveSmallIntegerField(_("founded"), null=True, blank=True)
    frequency = models.CharField(_("frequency"), max_length=20, choices=Frequency.choices, default=Frequency.WEEKLY)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "ethnic_press.PressImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_sample = models.BooleanField(
        _("sample outlet"), default=False, help_text=_("Demo outlet that does not exist in the real network.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("community"),
                FieldPanel("region"),
                FieldPanel("city"),
                FieldPanel("founded"),
                FieldPanel("frequency"),
                FieldPanel("website"),
                FieldPanel("is_sample"),
            ],
            heading=_("Facts"),
        ),
        InlinePanel("outlet_languages", label=_("languages"), min_num=1),
        FieldPanel("logo"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("description"),
        TranslatableField("city"),
        SynchronizedField("kind"),
        SynchronizedField("community"),
        SynchronizedField("region"),
        SynchronizedField("founded"),
        SynchronizedField("frequency"),
        SynchronizedField("website"),
        SynchronizedField("logo"),
        SynchronizedField("is_sample"),
        SynchronizedField("outlet_languages"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("description"),
        index.SearchField("city"),
        index.FilterField("expire_at"),  # Wagtail's live() also checks expiry (home/expiry.py)
    ]

    class Meta:
        verbose_name = _("outlet")

    # What the reader's view of an outlet reads from its own row (home/routing.py selects them).
    reader_select_related = ("community", "region", "logo")

    @classmethod
    def reader_annotations(cls) -> dict:
        """What home/routing.py reads with the outlet's row for the reader's view: its community and region
        in the reader's language (see get_context)."""
        return {
            "community_row": translation_row(Community, OuterRef("community__translation_key")),
            "region_row": translation_row(Region, OuterRef("region__translation_key")),
        }

    @property
    def language_codes(self) -> list[str]:
        return [item.language for item in self.outlet_languages.all()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        bounds = tuple(end for end in path_range(self.path) if end is not None)
        page = Paginator(_Articles(bounds, self.depth), ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
        ArticlePage.finish_listing(page.object_list, outlet=self, renditions=False)
        context["articles"] = page
        if "community_row" in self.__dict__:  # read with the page (reader_annotations)
            context["community"] = localized(Community, self.community_row, self.community)
            context["region"] = localized(Region, self.region_row, self.region)
        else:
            context["community"], context["region"] = localize_all([self.community, self.region])
        # Compiled to SQL once per process (languages/compiled.py), as the articles and the team's two reads.
        context["editions"] = editions = run_compiled(_latest_editions, (private_sections(), self.depth), bounds)
        context["outlet_languages"] = list(self.outlet_languages.all())
        context["native"] = self.in_own_language(context["outlet_languages"])
        context["team"] = team = self.editorial_team()
        images = [self.logo, *(person.photo for person in team), *(edition.cover_image for edition in editions)]
        images += [article.hero_image for article in page.object_list]
        prefetch_renditions(images, "logo", "byline", "cover", "card")  # one query
        return context

    def in_own_language(self, outlet_languages: list) -> "Page | None":
        """The outlet's live public page in its main language (its name in its own script), when that is not
        this page: one of the versions the language picker reads (live_translations), no query of its own."""
        main = outlet_languages[0].language if outlet_languages else None
        if main is None or main == self.locale.language_code:
            return None
        return next((version for language, version in live_translations(self) if language.code == main), None)

    def editorial_team(self) -> list:
        """The journalists credited most often on this outlet's live stories (two queries)."""
        bounds = tuple(end for end in path_range(self.path) if end is not None)
        keys = [key for key, _stories in run_compiled(_team_counts, (), bounds)]
        sources = run_compiled(_team_sources, (len(keys),), tuple(keys))
        people = {journalist.translation_key: journalist for journalist in sources}
        return [people[key] for key in keys if key in people]

    def print_editions(self):
        """Live, public print editions of this outlet in this language, newest first, covers prefetched."""
        return PrintEditionPage.objects.child_of(self).live().public().select_related("cover_image", "pdf")

    @path("feed/")
    def feed(self, request):
        """RSS 2.0 feed of the outlet's latest articles in this language."""
        return OutletFeed()(request, outlet=self)

    @path("editions/")
    @path("editions/<int:year>/")
    def print_archive(self, request, year: int | None = None):
        """The print archive, one year at a time (the latest year with an issue by default)."""
        editions = self.print_editions()
        years = sorted({date.year for date in editions.dates("issue_date", "year")}, reverse=True)
        if year is None and years:
            year = years[0]
        if year not in years:
            raise Http404
        issues = list(editions.filter(issue_date__year=year).order_by("-issue_date"))
        prefetch_renditions([issue.cover_image for issue in issues], "edition_cover")
        archive_url = self.url + self.reverse_subpage("print_archive")
        year_links = [(item, f"{archive_url}{item}/") for item in years]
        return self.render(
            request,
            # The breadcrumbs end with the outlet (the archive is one of its views, not a page of its own).
            context_overrides={
                "year": year,
                "years": year_links,
                "issues": issues,
                "ancestors": [item for item in self.get_ancestors(inclusive=True) if item.depth > 1],
            },
            template="ethnic_press/print_archive.html",
        )


class OutletLanguage(Orderable):
    """A language an outlet publishes in; the first is its main language."""

    outlet = ParentalKey(OutletPage, on_delete=models.CASCADE, related_name="outlet_languages")
    language = models.CharField(_("language"), max_length=10, choices=languages.CONTENT_CHOICES)

    panels = [FieldPanel("language")]

    class Meta(Orderable.Meta):
        verbose_name = _("language")
        unique_together = [("outlet", "language")]

    @property
    def info(self) -> languages.Language:
        return languages.get(self.language)


# The outlet page's reads built once per process by languages/compiled.py, with markers for the values after
# the shape: the ends of the outlet's path range (`path_range`: one, or two), or the journalists' keys.


class _Articles:
    """The outlet's live, public articles, newest first, for Django's Paginator: their number and a page of
    cards (`ArticlePage.listing_queryset`) read by SQL compiled once per process; a page beyond the first
    COMPILED_PAGES (its OFFSET is part of the SQL) by the queryset."""

    COMPILED_PAGES = 20

    def __init__(self, bounds: tuple, depth: int):
        self.bounds, self.depth, self.private = bounds, depth, private_sections()

    def count(self) -> int:
        return sum(run_compiled(_article_count, (self.private, self.depth), self.bounds))

    def __getitem__(self, window: slice) -> list:
        if window.start < self.COMPILED_PAGES * ARTICLES_PER_PAGE:
            return run_compiled(_article_page, (self.private, self.depth, window.start, window.stop), self.bounds)
        return list(_article_page(self.private, self.depth, window.start, window.stop, *self.bounds))


def _outlet_articles(private, depth: int, *bounds: str):
    return ArticlePage.objects.filter(path_range_q(*bounds), depth=depth + 1).live().exclude(private)


def _article_count(private, depth: int, *bounds: str):
    """The number of the outlet's live, public articles (one row; none when there are none)."""
    articles = _outlet_articles(private, depth, *bounds).order_by()
    return articles.values("depth").annotate(count=Count("pk")).values_list("count", flat=True)


def _article_page(private, depth: int, start: int, stop: int, *bounds: str):
    """The outlet's live, public articles from `start` to `stop`, newest first, as cards read them."""
    articles = _outlet_articles(private, depth, *bounds).order_by("-published_at", "-pk")
    return ArticlePage.listing_queryset(articles, outlets=False)[start:stop]


def _latest_editions(private, depth: int, *bounds: str):
    """The outlet's live, public print editions, newest first, covers read with them (`print_editions`;
    `private`: what `public()` excludes)."""
    editions = PrintEditionPage.objects.filter(path_range_q(*bounds), depth=depth + 1).live().exclude(private)
    return editions.select_related("cover_image", "pdf").order_by("-issue_date")[:LATEST_EDITIONS]


def _team_counts(*bounds: str):
    """(Journalist's translation key, stories) of those credited most often on the outlet's live stories."""
    bylines = ArticleByline.objects.filter(path_range_q(*bounds, field="page__path"), page__live=True)
    counted = bylines.values("journalist__translation_key").annotate(stories=Count("id")).order_by("-stories")
    return counted.values_list("journalist__translation_key", "stories")[:TEAM_SHOWN]


def _team_sources(count: int, *keys):
    """The source-language journalists of the `count` keys, photos read with them."""
    sources = Journalist.objects.filter(translation_key__in=keys, locale__language_code=languages.DEFAULT_LANGUAGE)
    return sources.select_related("photo")
