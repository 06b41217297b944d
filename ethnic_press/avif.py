"""The AVIF encoder's effort for image renditions (libavif's speed: 0 slowest … 10 fastest; Pillow's default 6).

Wagtail asks Pillow for an AVIF rendition with a quality only; the speed is a save option of Pillow's own.
`settings.AVIF_ENCODER_SPEED` sets it for every AVIF Pillow writes, through Pillow's public save registry;
None (production) keeps Pillow's default. The test suite encodes at the fastest effort, as it hashes
passwords with MD5: the same renditions, files, sizes and markup, less work per file (a 1200 × 630 AVIF:
~1 s of CPU at speed 6, ~0.06 s at 10; a page's picture has seven of them per image).
"""

from PIL import Image


def use_avif_speed(speed: int | None) -> None:
    if speed is None:
        return
    Image.init()
    save_avif = Image.SAVE["AVIF"]

    def save(image, fp, filename):
        image.encoderinfo.setdefault("speed", speed)
        save_avif(image, fp, filename)

    Image.register_save("AVIF", save)
