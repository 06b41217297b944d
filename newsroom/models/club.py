"""The journalists' club of the network: the club, its 16 regional clubs and their events."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from wagtail_localize.fields import SynchronizedField, TranslatableField

from languages.localize import localize_all

from ..forms import MediaScopedPageForm
from .pages import ArticlePage
from .snippets import Journalist

PAST_EVENTS_SHOWN = 10
MEMBER_ARTICLE_ROWS = 500


def upcoming_and_past(events) -> dict:
    """Upcoming events soonest first, then the latest past ones (two queries whatever the number)."""
    now = timezone.now()
    events = events.live().public().select_related("region")
    return {
        "upcoming": list(events.filter(starts_at__gte=now).order_by("starts_at")),
        "past": list(events.filter(starts_at__lt=now).order_by("-starts_at")[:PAST_EVENTS_SHOWN]),
    }


class ClubPage(Page):
    """The network's journalists' club: about 500 journalists of republican and regional media."""

    base_form_class = MediaScopedPageForm
    template = "newsroom/club_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["newsroom.RegionalClubPage", "newsroom.ClubEventPage"]
    max_count_per_parent = 1

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [TranslatableField("title"), TranslatableField("slug"), TranslatableField("intro")]

    class Meta:
        verbose_name = _("journalists' club")

    @property
    def member_count(self) -> int:
        return Journalist.objects.filter(club_memberships__isnull=False).values("translation_key").distinct().count()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["regional_clubs"] = list(
            RegionalClubPage.objects.child_of(self).live().public().select_related("region").order_by("title")
        )
        context.update(upcoming_and_past(ClubEventPage.objects.descendant_of(self)))
        return context


class RegionalClubPage(Page):
    """One of the 16 regional clubs, with its coordinator, members and events."""

    base_form_class = MediaScopedPageForm
    template = "newsroom/regional_club_page.html"
    parent_page_types = ["newsroom.ClubPage"]
    subpage_types = ["newsroom.ClubEventPage"]

    region = models.ForeignKey(
        "ethnic_press.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    coordinator = models.ForeignKey(
        "newsroom.Journalist",
        verbose_name=_("coordinator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("region"), FieldPanel("coordinator"), FieldPanel("intro")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("intro"),
        SynchronizedField("region"),
        SynchronizedField("coordinator"),
    ]

    class Meta:
        verbose_name = _("regional club")

    def members(self) -> list:
        """Members (journalists whose memberships name this club in any language), in name order."""
        return list(
            Journalist.objects.filter(club_memberships__translation_key=self.translation_key)
            .select_related("photo")
            .distinct()
            .order_by("name")
        )

    def latest_articles_of(self, members: list) -> dict:
        """Each member's latest live article in this page's language (two queries for all members)."""
        keys = {member.translation_key: member for member in members}
        rows = (
            ArticlePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, bylines__journalist__translation_key__in=keys)
            .order_by("-published_at")
            .values_list("bylines__journalist__translation_key", "pk")[:MEMBER_ARTICLE_ROWS]
        )
        latest: dict = {}
        for key, pk in rows:
            latest.setdefault(key, pk)
        pages = ArticlePage.objects.in_bulk(latest.values())
        return {keys[key].pk: pages[pk] for key, pk in latest.items() if pk in pages}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        members = self.members()
        latest = self.latest_articles_of(members)
        region, coordinator = localize_all([self.region, self.coordinator])
        context.update(
            members=[(member, latest.get(member.pk)) for member in members],
            region=region,
            coordinator=coordinator,
            **upcoming_and_past(ClubEventPage.objects.child_of(self)),
        )
        return context


class ClubEventPage(Page):
    """A training, seminar or contest of the club: when, where, the programme and how to register."""

    base_form_class = MediaScopedPageForm
    template = "newsroom/club_event_page.html"
    parent_page_types = ["newsroom.ClubPage", "newsroom.RegionalClubPage"]
    subpage_types: list[str] = []

    class Kind(models.TextChoices):
        TRAINING = "training", _("training")
        SEMINAR = "seminar", _("seminar")
        CONTEST = "contest", _("contest")
        MEETING = "meeting", _("meeting")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.SEMINAR)
    starts_at = models.DateTimeField(_("starts"), db_index=True)
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=255)
    region = models.ForeignKey(
        "ethnic_press.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    programme = RichTextField(_("programme"), blank=True)
    registration = RichTextField(
        _("registration"), blank=True, help_text=_("How to take part: deadline, contact, form link.")
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("starts_at"),
                FieldPanel("ends_at"),
                FieldPanel("place"),
                FieldPanel("region"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("programme"),
        FieldPanel("registration"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("place"),
        TranslatableField("programme"),
        TranslatableField("registration"),
        SynchronizedField("kind"),
        SynchronizedField("starts_at"),
        SynchronizedField("ends_at"),
        SynchronizedField("region"),
    ]

    class Meta:
        verbose_name = _("club event")

    @property
    def is_upcoming(self) -> bool:
        return self.starts_at >= timezone.now()
