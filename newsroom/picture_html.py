"""The HTML of a prefetched image (`<img>`, `<img srcset>`, `<picture>`), as Wagtail writes it, written cheaply.

Wagtail's `Picture`, `ResponsiveImage` and `img_tag` write each attribute through Django's `flatatt`, that is
`format_html_join` and a lazy-aware `conditional_escape` for every key and value: on a listing of twenty
cards of six renditions that was a tenth of the page's CPU (bench/RESULTS.md, "pagecpu7"). The layout of a
role's sources (which formats, which is the fallback) is also fixed by its spec, so it is worked out once
per template node here rather than at every render. The output is byte for byte Wagtail's: the same
attributes, sorted as `flatatt` sorts them, escaped as Django escapes them (`html.escape` of the text, or
the object's own `__html__`); bench/html_compare.py compares the reader pages before and after.
"""

import html
import re

from django.apps import apps
from django.core.files.storage import FileSystemStorage
from django.utils.safestring import mark_safe

from wagtail.images.image_operations import FormatOperation
from wagtail.images.models import Picture

# Names a storage URL keeps as they are: FileSystemStorage.url quotes nothing in them and urljoin changes
# nothing (no "." or ".." segment, no empty one, no scheme, no query).
_PLAIN_NAME = re.compile(r"(?!/)(?!.*//)(?!.*(?:^|/)\.{1,2}(?:/|$))[A-Za-z0-9_\-./]+\Z")


def _text(value) -> str:
    return value.__html__() if hasattr(value, "__html__") else html.escape(str(value))


def attributes(attrs: dict) -> str:
    """Django's `flatatt(attrs)`: ` key="value"` pairs sorted, then the true booleans' keys, sorted."""
    pairs, flags = [], []
    for key, value in attrs.items():
        if isinstance(value, bool):
            if value:
                flags.append(key)
        elif value is not None:
            pairs.append(key)
    written = [f' {_text(key)}="{_text(attrs[key])}"' for key in sorted(pairs)]
    written += [f" {_text(key)}" for key in sorted(flags)]
    return "".join(written)


def img_tag(rendition, extra: dict | None = None) -> str:
    """Wagtail's `AbstractRendition.img_tag(extra)`."""
    attrs = {"src": rendition.url, "width": rendition.width, "height": rendition.height, "alt": rendition.alt}
    attrs.update(apps.get_app_config("wagtailimages").default_attrs)
    if extra:
        attrs.update(extra)
    return f"<img{attributes(attrs)}>"


def _srcset(renditions: list) -> str:
    """Wagtail's `ResponsiveImage.get_width_srcset`."""
    if len(renditions) == 1:
        return renditions[0].url
    return ", ".join([f"{rendition.url} {rendition.width}w" for rendition in renditions])


def _responsive(renditions: list, attrs: dict) -> str:
    """Wagtail's `ResponsiveImage.__html__`."""
    if len(renditions) > 1:
        attrs["srcset"] = _srcset(renditions)
    return img_tag(renditions[0], attrs)


class Layout:
    """How Wagtail draws the renditions of a list of filter specs (in order): `<img srcset>`, or `<picture>`
    with a `<source>` per format other than the fallback (Wagtail's `Picture.get_formats`, worked out once)."""

    def __init__(self, specs: list[str], picture: bool):
        self.picture = picture
        formats: dict[str, list[int]] = {}
        for index, spec in enumerate(specs):
            for fmt in FormatOperation.supported_formats:
                if f"format-{fmt}" in spec:
                    formats.setdefault(fmt, []).append(index)
                    break
        self.sources: list[tuple[str, list[int]]] = []
        self.fallback: list[int] = []
        if picture and len(formats) >= 2:
            fallback = next(fmt.name for fmt in reversed(Picture.source_format_order) if fmt.name in formats)
            self.fallback = formats[fallback]
            self.sources = [
                (fmt.mime_type, formats[fmt.name])
                for fmt in Picture.source_format_order
                if fmt.name != fallback and fmt.name in formats
            ]

    def html(self, renditions: list, attrs: dict) -> str:
        """The element for `renditions` (one per spec, in the specs' order) with the tag's attributes."""
        if not self.picture:
            return mark_safe(_responsive(renditions, attrs))  # noqa: S308 - every attribute escaped above
        if not self.fallback:
            return mark_safe(f"<picture>{_responsive(renditions, attrs)}</picture>")  # noqa: S308 - as above
        sources = []
        for mime, indices in self.sources:
            source = {"srcset": _srcset([renditions[i] for i in indices]), "sizes": attrs.get("sizes"), "type": mime}
            sources.append(f"<source{attributes(source)}>")
        fallback = [renditions[i] for i in self.fallback]
        if len(fallback) > 1:
            attrs["srcset"] = _srcset(fallback)
        return mark_safe(f"<picture>{''.join(sources)}{img_tag(fallback[0], attrs)}</picture>")  # noqa: S308


def file_url(storage, name: str) -> str:
    """`storage.url(name)`, without quoting and joining a plain name on the file system's storage."""
    # `__class__`, not type(): the rendition field's storage is Django's lazy default storage.
    if storage.__class__ is FileSystemStorage and _PLAIN_NAME.match(name) and storage.base_url.endswith("/"):
        return storage.base_url + name
    return storage.url(name)
