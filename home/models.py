"""The network portal: one home page per locale, and plain pages (about, contacts, policy)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from wagtail_localize.fields import SynchronizedField, TranslatableField

from newsroom.blocks import BodyBlock
from newsroom.forms import MediaScopedPageForm

from .front_page import front_page
from .menus import Menu, MenuItem

__all__ = ["FrontPageStory", "HomePage", "Menu", "MenuItem", "StandardPage"]


class HomePage(Page):
    """The front page of the network in one language: the lead story, top stories, the latest from every
    outlet, communities, topics, the club and print editions. Network editors pick the lead and top
    stories; the rest (and any pick that does not exist in a language) comes from the latest stories."""

    base_form_class = MediaScopedPageForm
    template = "home/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["ethnic_press.OutletIndexPage", "newsroom.ClubPage", "home.StandardPage"]

    intro = RichTextField(_("introduction"), blank=True)
    club_topic = models.ForeignKey(
        "newsroom.Topic",
        verbose_name=_("club news topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Stories on this topic appear as the journalists' club's news."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [InlinePanel("front_page_stories", label=_("story"), max_num=5), FieldPanel("club_topic")],
            heading=_("Front page (the first story leads; empty places are filled with the latest)"),
        ),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        SynchronizedField("front_page_stories"),
        SynchronizedField("club_topic"),
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(front_page(self, request))
        return context


class FrontPageStory(Orderable):
    """A story network editors put on the front page; each language shows its own version of it."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="front_page_stories")
    article = models.ForeignKey(
        "newsroom.ArticlePage", verbose_name=_("story"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("front page story")


class StandardPage(Page):
    """A plain page: about the network, contacts, editorial policy."""

    base_form_class = MediaScopedPageForm
    template = "home/standard_page.html"
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("body")]
    translatable_fields = [TranslatableField("title"), TranslatableField("slug"), TranslatableField("body")]
    # expire_at: Wagtail's live() also checks expiry (home/expiry.py).
    search_fields = [*Page.search_fields, index.SearchField("body"), index.FilterField("expire_at")]

    class Meta:
        verbose_name = _("standard page")
