"""Every image readers see: its rendition specs, how pages prefetch them, and its alt text.

Templates name a rendition by its role, `{% rendition article.hero_image "card" alt=article.hero_alt %}`
(newsroom/templatetags/press_images.py), and pages prefetch the same roles, so what Python loads is
what templates render: a page costs the same number of queries whatever the number of images on it.

Prefetched renditions are read as rows (file, size), not as rendition objects: a front page draws some
twenty images of up to nine renditions each, and building ~150 model instances through Django's prefetch
machinery was a tenth of the page's CPU. The rendition tag draws Wagtail's HTML from the rows
(`RowRendition`); Wagtail's own API on such an image (`image.get_rendition`) gets rendition objects built
from the same rows when it first asks (`prefetched_renditions`), so neither costs a query.
"""

from collections.abc import Iterable

from django.db import connection

from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage, AbstractRendition, Filter

from languages.compiled import run_compiled

from .picture_html import file_url

RENDITIONS: dict[str, str] = {
    # an article's photo above its text (and its Open Graph image): AVIF and WebP with a JPEG fallback
    "hero": "format-{avif,webp,jpeg} fill-{480x252,800x420,1200x630}",
    # the image social networks and search engines show for a story (og:image, JSON-LD)
    "share": "fill-1200x630",
    # article cards in listings: AVIF and WebP with a JPEG fallback, two widths for srcset
    "card": "format-{avif,webp,jpeg} fill-{480x270,960x540}",
    # the small picture beside a top story on the front page
    "top_story": "fill-480x270",
    # photos and galleries in an article's body
    "body": "format-{avif,webp,jpeg} width-{480,960}",
    # a journalist's photo beside their byline, or in an outlet's editorial team
    "byline": "fill-96x96",
    # an outlet's logo in the directory
    "directory_logo": "max-112x112",
    # a print edition in its outlet's archive
    "cover": "fill-300x420",
    # the cover on a print edition's own page
    "edition_cover": "format-{avif,webp,jpeg} fill-{300x420,600x840}",
    # an outlet's logo in its header
    "logo": "max-192x192",
    # a journalist's photo on their profile
    "portrait": "fill-240x240",
}


def filter_specs(role: str) -> list[str]:
    """The filter spec of each rendition a role renders ("card" expands to six)."""
    return Filter.expand_spec(RENDITIONS[role])


_VARY: dict[str, tuple] = {}  # filter spec: the image fields its focal point key depends on

# A rendition row: what the HTML needs, in the model's field order (Model.from_db takes its values so).
_ROW_FIELDS = ("id", "filter_spec", "file", "width", "height", "focal_point_key", "image_id")


def prefetch_renditions(images: Iterable[AbstractImage | None], *roles: str) -> None:
    """Read the renditions of these roles for many images in one query, as rows kept on each image
    (`image.rendition_rows`: filter spec → rows), added to what an earlier call read."""
    by_pk: dict[int, list[AbstractImage]] = {}
    for image in images:
        if image is not None:
            by_pk.setdefault(image.pk, []).append(image)
    if not by_pk:
        return
    # Compiled once per process and number of images (languages/compiled.py): every listing reads them.
    rows = run_compiled(_rendition_rows, (roles,), tuple(by_pk))
    read: dict[int, list[tuple]] = {}
    for row in rows:
        read.setdefault(row[-1], []).append(row)
    for pk, same in by_pk.items():
        for image in same:
            kept = image.__dict__.get("rendition_rows")
            if kept is None:
                kept = image.rendition_rows = {}
                image.prefetched_renditions = _Renditions(image)
            for row in read.get(pk, ()):
                spec_rows = kept.setdefault(row[1], [])
                if all(other[0] != row[0] for other in spec_rows):  # a role read again for the same image
                    spec_rows.append(row)
                    image.prefetched_renditions.pending.append(row)


def _rendition_rows(roles: tuple[str, ...], *image_ids: int):
    specs = [spec for role in roles for spec in filter_specs(role)]
    rendition_model = get_image_model().get_rendition_model()
    return rendition_model.objects.filter(image_id__in=image_ids, filter_spec__in=specs).values_list(*_ROW_FIELDS)


class _Renditions(list):
    """Wagtail's `prefetched_renditions` of an image: rendition objects made from its rows on first use."""

    def __init__(self, image: AbstractImage):
        super().__init__()
        self._image = image
        self.pending: list[tuple] = []  # rows read, not yet made into renditions

    def _build(self) -> None:
        rendition_model = self._image.get_rendition_model()
        for row in self.pending:
            rendition = rendition_model.from_db(connection.alias, _ROW_FIELDS, row)
            rendition.image = self._image
            super().append(rendition)
        self.pending = []

    def __iter__(self):
        self._build()
        return super().__iter__()

    def append(self, rendition) -> None:  # Wagtail adds the renditions it has just made
        self._build()
        super().append(rendition)


class RowRendition:
    """A prefetched rendition as Wagtail's tags draw it (`<img>` and srcset attributes): the URL, size and the
    image's alt text, with Wagtail's own attribute and tag code."""

    __slots__ = ("image", "url", "width", "height")
    alt = AbstractRendition.alt
    attrs_dict = AbstractRendition.attrs_dict
    img_tag = AbstractRendition.img_tag

    def __init__(self, image: AbstractImage, url: str, width: int, height: int):
        self.image, self.url, self.width, self.height = image, url, width, height


def prefetched(image: AbstractImage, filters: list[Filter]) -> dict[str, RowRendition] | None:
    """The renditions of `filters` (spec → rendition) from the image's prefetched rows, or None when the image
    was not prefetched or one of them does not exist yet (Wagtail's tag then makes it)."""
    rows = image.__dict__.get("rendition_rows")
    if rows is None:
        return None
    storage = _storage()
    found = {}
    keys: dict[tuple, str] = {}  # a role's filters vary on the same fields (the focal point): one key for all
    for spec_filter in filters:
        vary = _vary_fields(spec_filter)
        focal_point_key = keys.get(vary)
        if focal_point_key is None:
            focal_point_key = keys[vary] = spec_filter.get_cache_key(image)
        row = next((row for row in rows.get(spec_filter.spec, ()) if row[5] == focal_point_key), None)
        if row is None:
            return None
        found[spec_filter.spec] = RowRendition(image, file_url(storage, row[2]), row[3], row[4])
    return found


def _vary_fields(spec_filter: Filter) -> tuple:
    """The image fields `Filter.get_cache_key` reads for this filter (its operations' `vary_fields`)."""
    vary = _VARY.get(spec_filter.spec)
    if vary is None:
        operations = spec_filter.operations
        vary = _VARY[spec_filter.spec] = tuple(f for op in operations for f in getattr(op, "vary_fields", ()))
    return vary


def _storage():
    return get_image_model().get_rendition_model()._meta.get_field("file").storage


def alt_text(image: AbstractImage | None, written: str = "") -> str:
    """What a screen reader announces: the alt text written for this place, in the page's language
    (a translated field of the page or block), else the image's own description."""
    if written:
        return written
    return image.default_alt_text if image is not None else ""
