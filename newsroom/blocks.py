"""Article body blocks. StandardPage reuses them, so there is one definition of each."""

from html import unescape

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from .renditions import alt_text

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


class ImageValue(blocks.StructValue):
    @property
    def alt(self) -> str:
        """The photo's alt text in the page's language, or the image's own."""
        return alt_text(self["image"], self.get("alt_text", ""))


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    # Translated with the page (wagtail-localize segments), so each language describes the photo in
    # its own words; empty falls back to the image's own alt text.
    alt_text = blocks.CharBlock(
        required=False,
        default="",  # blocks stored before this field existed read as "", which wagtail-localize can segment
        max_length=250,
        label=_("alt text"),
        help_text=_("What the photo shows, for readers who cannot see it. Empty: the image's own alt text."),
    )
    caption = blocks.CharBlock(required=False, default="", max_length=300, label=_("caption"))
    credit = blocks.CharBlock(required=False, default="", max_length=200, label=_("credit"))

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        value_class = ImageValue


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("text"))
    attribution = blocks.CharBlock(required=False, max_length=200, label=_("attribution"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=pgettext_lazy("fact box", "title"))
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("body"))

    class Meta:
        icon = "list-ul"
        template = "blocks/fact_box_block.html"


class GalleryBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(ImageBlock(label=_("image")), **kwargs)

    class Meta:
        icon = "image"
        template = "blocks/gallery_block.html"


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("paragraph"))
    heading = HeadingBlock(max_length=200, label=_("heading"))
    image = ImageBlock(label=_("image"))
    quote = QuoteBlock(label=_("quote"))
    embed = EmbedBlock(label=_("embed"), template="blocks/embed_block.html")
    gallery = GalleryBlock(label=_("gallery"))
    fact_box = FactBoxBlock(label=_("fact box"))


def stream_images(stream_value) -> list:
    """Every image chosen in a body, in reading order (for prefetching renditions)."""
    images = []
    for child in stream_value:
        if child.block_type == "image" and child.value["image"]:
            images.append(child.value["image"])
        elif child.block_type == "gallery":
            images.extend(item["image"] for item in child.value if item["image"])
    return images


def plain_text(html: str) -> str:
    """Rich text as the reader reads it: tags removed and entities decoded (&amp; is "&"), so that
    whatever shows it escapes it once."""
    return unescape(strip_tags(html))


def stream_text(stream_value) -> str:
    """The readable text of a body, for search and feeds."""
    parts = []
    for child in stream_value:
        if child.block_type in ("paragraph",):
            parts.append(plain_text(child.value.source))
        elif child.block_type == "heading":
            parts.append(child.value)
        elif child.block_type == "quote":
            parts.extend([child.value["text"], child.value["attribution"]])
        elif child.block_type == "fact_box":
            parts.extend([child.value["title"], plain_text(child.value["body"].source)])
        elif child.block_type == "image":
            parts.append(child.value["caption"])
        elif child.block_type == "gallery":
            parts.extend(item["caption"] for item in child.value)
    return "\n".join(part for part in parts if part)
