"""Print pages for the demo and the OCR benchmark: real text in its language, set in a Noto font, as a
born-digital PDF (a text layer, fpdf2) or as a scan (an image rendered with Pillow, slightly rotated,
grey paper, ink noise, a little blur; no text layer).

The text of every page is known, so the benchmark (bench/ocr_bench.py) measures recognition against it.
Fonts come from Debian's fonts-noto-core and fonts-noto-cjk; `fonts_missing()` says what to install.
"""

import io
import random
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

import languages

NOTO = Path("/usr/share/fonts/truetype/noto")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto")
# (regular, bold, face index in a collection) per ISO 15924 script.
FONTS = {
    "Cyrl": (NOTO / "NotoSerif-Regular.ttf", NOTO / "NotoSerif-Bold.ttf", 0),
    "Latn": (NOTO / "NotoSerif-Regular.ttf", NOTO / "NotoSerif-Bold.ttf", 0),
    "Hang": (NOTO_CJK / "NotoSerifCJK-Regular.ttc", NOTO_CJK / "NotoSerifCJK-Bold.ttc", 1),  # 1: the Korean face
    "Arab": (NOTO / "NotoNaskhArabic-Regular.ttf", NOTO / "NotoNaskhArabic-Bold.ttf", 0),
}
FONT_PACKAGES = {"Hang": "fonts-noto-cjk"}
MM = 72 / 25.4  # points per millimetre


@dataclass
class PrintPage:
    """One page as printed: the masthead line, a headline and paragraphs, in `language`."""

    language: str
    masthead: str
    headline: str
    paragraphs: list[str] = field(default_factory=list)
    width_mm: float = 210
    height_mm: float = 297

    @property
    def script(self) -> str:
        return languages.get(self.language).script

    @property
    def rtl(self) -> bool:
        return languages.get(self.language).bidi

    def blocks(self) -> list[tuple[str, float, bool]]:
        """(text, size in points, bold) from top to bottom."""
        blocks = [(self.masthead, 9, False), (self.headline, 17, True), *((p, 10.5, False) for p in self.paragraphs)]
        return [block for block in blocks if block[0]]

    def text(self) -> str:
        return "\n\n".join(text for text, _size, _bold in self.blocks())


def fonts_missing(scripts) -> list[str]:
    """Debian packages to install for the fonts of these scripts ([] when all are there)."""
    missing = set()
    for script in scripts:
        regular, bold, _index = FONTS[script]
        if not (regular.exists() and bold.exists()):
            missing.add(FONT_PACKAGES.get(script, "fonts-noto-core"))
    return sorted(missing)


# --- scans -------------------------------------------------------------------------------------


def _font(page: PrintPage, size_pt: float, bold: bool, dpi: int) -> ImageFont.FreeTypeFont:
    regular, heavy, index = FONTS[page.script]
    return ImageFont.truetype(str(heavy if bold else regular), round(size_pt * dpi / 72), index=index)


def _wrap(text: str, measure, width: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and measure(candidate) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines


def scan(page: PrintPage, dpi: int = 300, seed: int = 0) -> Image.Image:
    """The page as a scanner would give it: grey, rotated by up to ±1°, with paper and ink noise."""
    rng = random.Random(seed)
    width, height = round(page.width_mm / 25.4 * dpi), round(page.height_mm / 25.4 * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    margin = round(min(18, page.width_mm / 12, page.height_mm / 8) / 25.4 * dpi)
    direction = "rtl" if page.rtl else None
    y = margin
    for text, size, bold in page.blocks():
        font = _font(page, size, bold, dpi)
        line_height = round(size * 1.45 * dpi / 72)
        for line in _wrap(text, lambda t, f=font: f.getlength(t, direction=direction), width - 2 * margin):
            x = width - margin - font.getlength(line, direction=direction) if page.rtl else margin
            draw.text((x, y), line, font=font, fill=rng.randint(15, 45), direction=direction)
            y += line_height
        y += line_height // 2
    image = image.rotate(rng.uniform(-1.0, 1.0), resample=Image.Resampling.BICUBIC, fillcolor=255)
    return _age(image, rng)


def _age(image: Image.Image, rng: random.Random) -> Image.Image:
    """Yellowed paper (lighter grey), uneven ink, speckles, and the softness of a flatbed scan."""
    noise = Image.effect_noise(image.size, rng.uniform(14, 22))
    paper = Image.eval(image, lambda value: 35 + value * 200 // 255)  # ink ~35–70, paper ~235
    image = Image.blend(paper, noise, 0.12)
    draw = ImageDraw.Draw(image)
    for _speck in range(image.width * image.height // 40_000):
        x, y = rng.randrange(image.width), rng.randrange(image.height)
        radius = rng.choice((1, 1, 2))
        draw.ellipse((x, y, x + radius, y + radius), fill=rng.randint(60, 140))
    return image.filter(ImageFilter.GaussianBlur(0.6))


def scanned_pdf(pages: list[PrintPage], dpi: int = 300, seed: int = 0) -> bytes:
    """An image-only PDF of the pages' scans (JPEG at `dpi`), as a scanner's software writes it."""
    images = [scan(page, dpi, seed + number) for number, page in enumerate(pages)]
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=dpi, save_all=True, append_images=images[1:], quality=80)
    return buffer.getvalue()


# --- born-digital ------------------------------------------------------------------------------


def born_digital_pdf(pages: list[PrintPage], title: str = "") -> bytes:
    """A PDF with a text layer, as a newspaper's layout program exports it (fonts embedded, subset)."""
    document = FPDF(unit="pt")
    document.set_auto_page_break(False)
    document.set_title(title)
    for page in pages:
        regular, bold, index = FONTS[page.script]
        family = f"noto-{page.script}"
        if family.lower() not in document.fonts:
            document.add_font(family, "", str(regular), collection_font_number=index)
            # A CJK face takes seconds to load and subset: its headlines are set in the regular face.
            document.add_font(family, "B", str(regular if index else bold), collection_font_number=index)
        document.add_page(format=(page.width_mm * MM, page.height_mm * MM))
        margin = min(18, page.width_mm / 12, page.height_mm / 8) * MM
        document.set_xy(margin, margin)
        for text, size, is_bold in page.blocks():
            document.set_font(family, "B" if is_bold else "", size)
            document.multi_cell(page.width_mm * MM - 2 * margin, size * 1.45, text, align="L")
            document.ln(size * 0.7)
    return bytes(document.output())
