"""Journalists' names per script, for the script variants (languages/names registry).

A journalist's `name_latin` and `name_arabic` are the forms readers know: a Kazakh article that names
«Елена Ким» reads «Yelena Kim» in kk-latn, not the letter-by-letter «Elena Kim». The transliterator asks
the registry, which asks this provider after any journalist was saved or deleted.
"""

from django.db.models.signals import post_delete, post_save

from languages import names

from .models import Journalist


def journalist_names() -> list[names.Name]:
    rows = (
        Journalist.objects.order_by("translation_key", "pk")
        .distinct()
        .values_list("translation_key", "slug", "name_cyrillic", "name_latin", "name_arabic", "name_hangul")
    )
    found: dict = {}
    for key, slug, cyrillic, latin, arabic, hangul in rows:
        spellings = {"cyrillic": cyrillic, "latin": latin, "arabic": arabic, "hangul": hangul}
        found.setdefault(key, names.Name(kind="person", key=slug, spellings={k: v for k, v in spellings.items() if v}))
    return list(found.values())


def _changed(sender, **kwargs) -> None:
    names.changed()


def connect() -> None:
    names.register(journalist_names)
    post_save.connect(_changed, sender=Journalist, dispatch_uid="newsroom.journalist_names_saved")
    post_delete.connect(_changed, sender=Journalist, dispatch_uid="newsroom.journalist_names_deleted")
