"""Hero images for the demo, drawn with Pillow (nothing is downloaded).

Each image is an abstract composition of a colour field and ornament-like shapes (circles, rhombi,
arcs as in Kazakh and Central Asian decorative art), reproducible from the seed.
"""

import io
import math
import random

from django.core.files.images import ImageFile

from wagtail.models import Collection

from PIL import Image, ImageDraw

import languages
from ethnic_press.models import PressImage

from . import loader

PALETTES = [
    ((0, 114, 187), (255, 204, 0)),  # sky blue and gold
    ((170, 40, 40), (250, 230, 200)),
    ((20, 110, 90), (240, 240, 220)),
    ((60, 50, 120), (255, 170, 60)),
    ((200, 90, 30), (30, 40, 60)),
    ((30, 90, 160), (230, 240, 250)),
    ((120, 30, 90), (250, 210, 120)),
    ((40, 40, 40), (220, 180, 80)),
]
WIDTH, HEIGHT = 1200, 675


def draw(rng: random.Random, width: int = WIDTH, height: int = HEIGHT) -> bytes:
    base, accent = rng.choice(PALETTES)
    image = Image.new("RGB", (width, height), base)
    pixels = ImageDraw.Draw(image)
    for y in range(0, height, 3):  # vertical gradient towards a darker base
        shade = 1 - 0.35 * y / height
        pixels.rectangle([0, y, width, y + 3], fill=tuple(int(c * shade) for c in base))
    for _ in range(rng.randint(6, 12)):
        x, y, r = rng.randint(0, width), rng.randint(0, height), rng.randint(30, 160)
        pixels.ellipse([x - r, y - r, x + r, y + r], outline=accent, width=rng.randint(3, 9))
    for _ in range(rng.randint(3, 7)):
        cx, cy, r = rng.randint(0, width), rng.randint(0, height), rng.randint(40, 120)
        pixels.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], outline=accent, width=5)
    cx, cy = width // 2, height // 2
    for i in range(12):  # a rosette in the middle
        angle = i * math.pi / 6
        x, y = cx + 140 * math.cos(angle), cy + 140 * math.sin(angle)
        pixels.arc([x - 70, y - 70, x + 70, y + 70], start=0, end=300, fill=accent, width=6)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82)
    return buffer.getvalue()


def demo_collection() -> Collection:
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name="Demo images").first()
    return existing or root.add_child(name="Demo images")


def ensure_images(count: int, seed: int) -> list[PressImage]:
    """`count` demo images, created once; later runs reuse them."""
    collection = demo_collection()
    images = list(PressImage.objects.filter(collection=collection, title__startswith="demo-").order_by("title"))
    existing = {image.title for image in images}
    rng = random.Random(seed)
    for number in range(count):
        content = draw(rng)  # drawn even when it exists, so the sequence stays reproducible
        title = f"demo-{number:02d}"
        if title in existing:
            continue
        # No credit: these are drawings, not photographs, and a credit is shown to readers as it is written,
        # in every language; the article's photographer is credited in its byline, spelled per language.
        image = PressImage(
            title=title,
            description=loader.site()["image_alt"][languages.DEFAULT_LANGUAGE],
            credit="",
            collection=collection,
        )
        image.file = ImageFile(io.BytesIO(content), name=f"{title}.jpg")
        image.save()
        images.append(image)
    return sorted(images, key=lambda image: image.title)[:count]
