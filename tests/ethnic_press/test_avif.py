"""AVIF renditions are encoded at the effort the settings give (the test suite: the fastest)."""

import io

from django.conf import settings

from PIL import Image


def encoded(image, **options) -> bytes:
    output = io.BytesIO()
    image.save(output, "AVIF", quality=80, **options)
    return output.getvalue()


def test_avif_is_encoded_at_the_configured_speed_unless_a_caller_gives_one():
    image = Image.effect_mandelbrot((320, 180), (-2, -1, 1, 1), 100).convert("RGB")
    assert settings.AVIF_ENCODER_SPEED == 10
    assert encoded(image) == encoded(image, speed=10) != encoded(image, speed=6)
