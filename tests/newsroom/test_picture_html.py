"""Prefetched images are drawn as Wagtail draws them (newsroom/picture_html.py writes the same HTML cheaply)."""

from django.core.files.storage import FileSystemStorage, default_storage
from django.forms.utils import flatatt
from django.template import Context, Template
from django.utils.safestring import mark_safe

import pytest

from newsroom.picture_html import attributes, file_url
from newsroom.renditions import RENDITIONS, prefetch_renditions
from tests import factories

TAG = '{% load press_images %}{% rendition image "ROLE" alt=alt sizes="(min-width: 40em) 50vw, 100vw" loading="lazy" %}'


@pytest.mark.django_db
@pytest.mark.parametrize("role", list(RENDITIONS))
def test_a_prefetched_image_is_drawn_byte_for_byte_as_wagtails_tag_draws_it(role):
    image = factories.PressImageFactory(description='Сахна "<театр>" & зал', file__width=1300, file__height=900)
    template = Template(TAG.replace("ROLE", role))
    context = {"alt": 'Актёры & "зрители"'}
    by_wagtail = template.render(Context({**context, "image": image}))  # makes the renditions
    fresh = type(image).objects.get(pk=image.pk)
    prefetch_renditions([fresh], role)
    assert fresh.rendition_rows  # drawn from the rows, not by Wagtail's tag
    assert template.render(Context({**context, "image": fresh})) == by_wagtail


@pytest.mark.django_db
def test_a_prefetched_rendition_named_with_as_gives_wagtails_url_and_size(django_assert_num_queries):
    image = factories.PressImageFactory(file__width=1300, file__height=900)
    template = Template(
        '{% load press_images %}{% rendition image "share" as og %}{{ og.url }} {{ og.width }}x{{ og.height }}'
    )
    by_wagtail = template.render(Context({"image": image}))  # makes the rendition
    fresh = type(image).objects.get(pk=image.pk)
    prefetch_renditions([fresh], "share")
    with django_assert_num_queries(0):
        assert template.render(Context({"image": fresh})) == by_wagtail
    assert by_wagtail.startswith("/media/") and by_wagtail.endswith(" 1200x630")


@pytest.mark.parametrize(
    "attrs",
    [
        {"src": "/media/a.jpg", "width": 480, "height": 270, "alt": "a \"b\" <c> & 'd'"},
        {"loading": "lazy", "hidden": True, "inert": False, "title": None, "class": mark_safe("<b>x</b>")},
        {"z": "1", "a": "2", "sizes": "(min-width: 40em) 50vw, 100vw", "async": True, "defer": True},
        {},
    ],
)
def test_attributes_are_written_as_djangos_flatatt_writes_them(attrs):
    assert attributes(attrs) == flatatt(attrs)


@pytest.mark.parametrize(
    "name",
    [
        "images/photo.fill-480x270.format-avif.avif",
        "images/a b.jpg",
        "images/Сахна.jpg",
        "images//double.jpg",
        "images/../up.jpg",
        "images/./here.jpg",
        "/rooted.jpg",
        "images/q?x=1.jpg",
        "images/100%.jpg",
    ],
)
def test_file_urls_are_the_storages_own(name):
    for storage in (default_storage, FileSystemStorage(base_url="https://media.example.org/m/")):
        assert file_url(storage, name) == storage.url(name)
