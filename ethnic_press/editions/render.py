"""Page images with poppler's pdftoppm: the grey render Tesseract reads, and the JPEG preview and
thumbnail that editors correct against and readers browse.
"""

import io
import math
from pathlib import Path

from PIL import Image

from . import tools

PREVIEW_WIDTH = 1000
THUMBNAIL_WIDTH = 240


def ocr_dpi(width_pt: float, height_pt: float) -> int:
    """OCR_DPI, lowered for a large page so the render stays under MAX_OCR_PIXELS (bounded memory)."""
    dpi = tools.limits()["OCR_DPI"]
    pixels = (width_pt / 72 * dpi) * (height_pt / 72 * dpi)
    budget = tools.limits()["MAX_OCR_PIXELS"]
    if pixels > budget:
        dpi = int(dpi * math.sqrt(budget / pixels))
    return max(dpi, 72)


def render_grey(pdf_path: str, number: int, dpi: int, folder: Path) -> Path:
    """Page `number` as an 8-bit grey image at `dpi` (PGM: no compression to spend time on)."""
    prefix = folder / f"page-{number}"
    tools.run(
        [tools.require("pdftoppm"), "-f", str(number), "-l", str(number), "-r", str(dpi), "-gray", "-singlefile"]
        + [pdf_path, str(prefix)],
        label="pdftoppm",
    )
    return prefix.with_suffix(".pgm")


def render_previews(pdf_path: str, first: int, last: int, folder: Path) -> dict[int, Path]:
    """JPEG previews (longest side PREVIEW_WIDTH × √2) of pages first..last, by page number."""
    prefix = folder / "preview"
    tools.run(
        [tools.require("pdftoppm"), "-f", str(first), "-l", str(last), "-scale-to", str(int(PREVIEW_WIDTH * 1.414))]
        + ["-jpeg", "-jpegopt", "quality=80", pdf_path, str(prefix)],
        label="pdftoppm",
        timeout=tools.limits()["PAGE_TIMEOUT"] * (last - first + 1),
    )
    return {int(path.stem.rsplit("-", 1)[1]): path for path in folder.glob("preview-*.jpg")}


def jpegs(image_path: Path) -> tuple[bytes, bytes]:
    """The preview and the thumbnail of a rendered page, as JPEG bytes."""
    with Image.open(image_path) as image:
        image = image.convert("L" if image.mode in ("L", "1") else "RGB")
        return _jpeg(image, PREVIEW_WIDTH), _jpeg(image, THUMBNAIL_WIDTH)


def _jpeg(image: Image.Image, width: int) -> bytes:
    copy = image.copy()
    copy.thumbnail((width, width * 2), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    copy.save(buffer, "JPEG", quality=78, optimize=True)
    return buffer.getvalue()
