"""Every image readers see: its rendition specs, how pages prefetch them, and its alt text.

Templates name a rendition by its role, `{% rendition article.hero_image "card" alt=article.hero_alt %}`
(newsroom/templatetags/press_images.py), and pages prefetch the same roles, so what Python loads is
what templates render: a page costs the same number of queries whatever the number of images on it.
"""

from collections.abc import Iterable

from django.db.models import Prefetch, prefetch_related_objects

from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage, Filter

RENDITIONS: dict[str, str] = {
    # an article's photo above its text
    "hero": "fill-1200x630",
    # article cards in listings: AVIF and WebP with a JPEG fallback, two widths for srcset
    "card": "format-{avif,webp,jpeg} fill-{480x270,960x540}",
    # photos and galleries in an article's body
    "body": "width-960",
    # a print edition in its outlet's archive
    "cover": "fill-300x420",
    # the cover on a print edition's own page
    "edition_cover": "format-{avif,webp,jpeg} fill-{300x420,600x840}",
    # an outlet's logo in its header
    "logo": "max-160x160",
    # a journalist's photo on their profile
    "portrait": "fill-240x240",
}


def filter_specs(role: str) -> list[str]:
    """The filter spec of each rendition a role renders ("card" expands to six)."""
    return Filter.expand_spec(RENDITIONS[role])


def prefetch_renditions(images: Iterable[AbstractImage | None], *roles: str) -> None:
    """Load the renditions of these roles for many images in one query (Wagtail reads the prefetch cache)."""
    images = [image for image in images if image is not None]
    if images:
        specs = [spec for role in roles for spec in filter_specs(role)]
        renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
        prefetch_related_objects(images, Prefetch("renditions", queryset=renditions))


def alt_text(image: AbstractImage | None, written: str = "") -> str:
    """What a screen reader announces: the alt text written for this place, in the page's language
    (a translated field of the page or block), else the image's own description."""
    if written:
        return written
    return image.default_alt_text if image is not None else ""
