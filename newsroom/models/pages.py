"""Articles: the page model, its fields, admin form and panels, translation and search settings.

Its bylines and topics are in article_relations.py, its corrections in corrections.py, what a listing's cards
read in listing.py, what a reader's page of it reads in article_reads.py."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from wagtail_localize.fields import SynchronizedField, TranslatableField

import languages

from ..blocks import BodyBlock, stream_text
from ..forms import ArticlePageForm
from ..panels import ReviewChecksPanel
from ..renditions import alt_text
from .article_reads import ArticleReaderReads
from .listing import ListingReads


class ArticlePage(ListingReads, ArticleReaderReads, Page):
    """A news story or feature of one outlet, in one language (the original or a translation)."""

    template = "newsroom/article_page.html"
    parent_page_types = ["ethnic_press.OutletPage"]
    subpage_types: list[str] = []

    lead = models.TextField(_("lead"), blank=True, help_text=_("The standfirst shown under the title."))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    hero_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_caption = models.CharField(_("hero caption"), max_length=300, blank=True)
    hero_alt_text = models.CharField(
        _("hero alt text"),
        max_length=300,
        blank=True,
        help_text=_("What the photo shows, in this article's language. Empty: the image's own alt text."),
    )
    region = models.ForeignKey(
        "ethnic_press.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published_at = models.DateTimeField(_("publication date"), default=timezone.now, db_index=True)
    # Not a form field: the language of the locale the story was first written in, set when its
    # first page is created (see save()); its translations keep it (synchronised).
    original_language = models.CharField(
        _("original language"),
        max_length=10,
        choices=languages.CONTENT_CHOICES,
        blank=True,
        editable=False,
        help_text=_("The language the story was written in. Translations keep the original's value."),
    )
    source_id = models.CharField(
        _("archive id"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_("Identifier in the outlet's archive, set by the archive import."),
    )
    republished_from = models.ForeignKey(
        "newsroom.ArticlePage",
        verbose_name=_("republished from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="republications",
        help_text=_(
            "The other outlet's article this one reprints. Readers, search engines and reader search "
            "are pointed to the original; search and listings show the story once."
        ),
    )

    content_panels = [
        ReviewChecksPanel(),
        *Page.content_panels,
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt_text"), FieldPanel("hero_caption")],
            heading=_("Hero image"),
        ),
        FieldPanel("body"),
        InlinePanel("bylines", label=_("bylines")),
        InlinePanel("article_topics", label=_("topics")),
        InlinePanel("corrections", label=_("corrections and updates")),
        MultiFieldPanel(
            [
                FieldPanel("published_at"),
                FieldPanel("region"),
                FieldPanel("republished_from"),
            ],
            heading=_("Publication"),
        ),
    ]
    base_form_class = ArticlePageForm
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("lead"),
        TranslatableField("body"),
        TranslatableField("hero_caption"),
        TranslatableField("hero_alt_text"),
        SynchronizedField("hero_image"),
        SynchronizedField("region"),
        SynchronizedField("published_at"),
        SynchronizedField("original_language"),
        SynchronizedField("source_id"),
        # Every language version of a reprint reprints the same story; readers are sent to the
        # original's version in their own language (newsroom/republication.py).
        SynchronizedField("republished_from"),
        SynchronizedField("bylines"),
        SynchronizedField("article_topics"),
        TranslatableField("corrections"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body_text"),
        index.FilterField("published_at"),
        index.FilterField("region"),
        index.FilterField("expire_at"),  # Wagtail's live() also checks expiry (home/expiry.py)
    ]

    class Meta:
        verbose_name = _("article")

    @property
    def body_text(self) -> str:
        """The body's readable text (search indexes it). Kept with the body it was read from: Wagtail's index
        asks for it once per index column (three on SQLite, five on PostgreSQL), and stripping the tags of
        every paragraph each time was a good part of indexing an article; a new body gives a new text."""
        body = self.body
        kept = self.__dict__.get("_body_text")
        if kept is not None and kept[0] is body:
            return kept[1]
        text = stream_text(body)
        self.__dict__["_body_text"] = (body, text)
        return text

    @property
    def is_translation(self) -> bool:
        return not self.is_source

    @property
    def hero_alt(self) -> str:
        """The hero photo's alt text in this article's language, or the image's own."""
        return alt_text(self.hero_image, self.hero_alt_text)

    @property
    def is_source(self) -> bool:
        """Whether this is the version translations are made from (the original language's page)."""
        return self.original_language == self.locale.language_code

    def save(self, *args, **kwargs):
        if self._state.adding or not self.original_language:
            self.original_language = self.story_language()
        return super().save(*args, **kwargs)

    def story_language(self) -> str:
        """The story's original language: the one its other versions keep, or, for a story's first page,
        the language of the locale it is created in (a script variant counts as its base language)."""
        kept = (
            ArticlePage.objects.filter(translation_key=self.translation_key)
            .exclude(pk=self.pk)
            .exclude(original_language="")
            .order_by("pk")
            .values_list("original_language", flat=True)
            .first()
        )
        if kept:
            return kept
        # Wagtail sets a new page's locale (its parent's) when it first saves it, after this runs.
        code = (self.locale if self.locale_id else self.get_default_locale()).language_code
        return languages.BY_CODE[code].variant_of or code

    def clean(self):
        super().clean()
        original = self.republished_from
        if original is None:
            return
        # A reprint points at a live story of another outlet (the chooser offers nothing else; this
        # also covers forms posted by hand and imports).
        outlet_path = self.get_parent().path if self.pk else None
        if original.pk == self.pk or original.translation_key == self.translation_key:
            raise ValidationError({"republished_from": _("An article cannot be republished from itself.")})
        if not original.live:
            raise ValidationError({"republished_from": _("Choose a published article.")})
        if outlet_path and original.path.startswith(outlet_path):
            raise ValidationError({"republished_from": _("Choose an article of another outlet.")})
        if original.republished_from_id and original.republished_from.translation_key == self.translation_key:
            raise ValidationError({"republished_from": _("That article is itself republished from this one.")})
