"""The renditions reader pages show, and how listings load them.

Pages prefetch the renditions their templates render, so a page costs the same number of queries
whatever the number of images on it.
"""

from collections.abc import Iterable

from django.db.models import Prefetch, prefetch_related_objects

from wagtail.images import get_image_model
from wagtail.images.models import Filter

HERO_SPEC = "fill-1200x630"
CARD_SPEC = "fill-480x270"
# The responsive {% picture %} of templates/includes/article_card.html (AVIF and WebP with a JPEG
# fallback, two widths for srcset); listings prefetch every rendition it expands to.
CARD_PICTURE = "format-{avif,webp,jpeg} fill-{480x270,960x540}"
CARD_SPECS = Filter.expand_spec(CARD_PICTURE)
BODY_SPEC = "width-960"
COVER_SPEC = "fill-300x420"


def prefetch_renditions(images: Iterable, specs: list[str]) -> None:
    """Load the given renditions of many images in one query (Wagtail reads them from the prefetch cache)."""
    images = [image for image in images if image is not None]
    if images:
        renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
        prefetch_related_objects(images, Prefetch("renditions", queryset=renditions))
