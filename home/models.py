"""The network portal: one home page per locale, and plain pages (about, contacts, policy)."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from wagtail_localize.fields import TranslatableField

from ethnic_press.models import OutletIndexPage
from newsroom.blocks import BodyBlock
from newsroom.models import ArticlePage
from search.listings import one_per_story


class HomePage(Page):
    """The front page of the network in one language: latest stories from every outlet."""

    template = "home/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["ethnic_press.OutletIndexPage", "newsroom.ClubPage", "home.StandardPage"]

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [TranslatableField("title"), TranslatableField("slug"), TranslatableField("intro")]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        latest = ArticlePage.objects.live().public().filter(locale_id=self.locale_id).order_by("-published_at")
        # A story several outlets carry is listed once, with links to the others (search/listings.py).
        context["latest"] = one_per_story(latest, 12, request)
        context["outlet_index"] = OutletIndexPage.objects.child_of(self).live().first()
        return context


class StandardPage(Page):
    """A plain page: about the network, contacts, editorial policy."""

    template = "home/standard_page.html"
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("body")]
    translatable_fields = [TranslatableField("title"), TranslatableField("slug"), TranslatableField("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")
