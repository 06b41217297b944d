"""Facet values with labels in the reader's language (one query per facet kind)."""

import languages
from ethnic_press.models import Community, OutletPage, Region
from newsroom.models import Topic


def _prefer(objects, language: str, key):
    """One object per key, the reader's locale winning over the others."""
    chosen = {}
    family = languages.family(language)
    for obj in objects:
        code = obj.locale.language_code
        rank = 0 if code == language else 1 if code in family else 2
        current = chosen.get(key(obj))
        if current is None or rank < current[0]:
            chosen[key(obj)] = (rank, obj)
    return {value: obj for value, (_rank, obj) in chosen.items()}


def labelled(facets: dict[str, dict[str, int]], language: str) -> dict[str, list[dict]]:
    result: dict[str, list[dict]] = {}
    outlet_counts = facets.get("outlet", {})
    outlets = _prefer(
        OutletPage.objects.filter(translation_key__in=list(outlet_counts))
        .select_related("locale")
        .only("slug", "title", "translation_key", "locale__language_code"),
        language,
        lambda outlet: str(outlet.translation_key),
    )
    result["outlet"] = [
        {"value": outlets[key].slug, "label": outlets[key].title, "count": count}
        for key, count in outlet_counts.items()
        if key in outlets
    ]
    for name, model, field in (("community", Community, "slug"), ("region", Region, "code"), ("topic", Topic, "slug")):
        counts = facets.get(name, {})
        objects = _prefer(
            model.objects.filter(**{f"{field}__in": list(counts)}).select_related("locale"),
            language,
            lambda obj, field=field: getattr(obj, field),
        )
        result[name] = [
            {"value": value, "label": objects[value].name if value in objects else value, "count": count}
            for value, count in counts.items()
        ]
    return result
