"""Facet values with labels in the reader's language (one query per facet kind, read as rows: every
locale's version of each value comes back, so instantiating them cost more than the query)."""

from wagtail.models import Page

import languages
from ethnic_press.models import Community, OutletPage, Region
from languages.compiled import run_compiled
from newsroom.models import Topic

from .backends.base import as_uuid


def _prefer(rows, language: str) -> dict:
    """{value: label fields} from (value, *label fields, language code) rows, one per value, the reader's
    locale winning over its script variants, those over the others (the first row of a rank wins)."""
    chosen = {}
    family = languages.family(language)
    for value, *fields, code in rows:
        rank = 0 if code == language else 1 if code in family else 2
        current = chosen.get(value)
        if current is None or rank < current[0]:
            chosen[value] = (rank, fields)
    return {value: fields for value, (_rank, fields) in chosen.items()}


def labelled(facets: dict[str, dict[str, int]], language: str) -> dict[str, list[dict]]:
    """Each facet kind's values with their labels and counts. The reads are compiled to SQL once per process
    and number of values (languages/compiled.py): on the search page, building them was a tenth of its CPU."""
    result: dict[str, list[dict]] = {}
    outlet_counts = facets.get("outlet", {})
    keys = [as_uuid(key) for key in outlet_counts]
    outlets = _prefer(
        (
            (str(key), slug, title, code)
            for key, slug, title, code in run_compiled(_outlet_rows, (len(keys),), tuple(keys))
        ),
        language,
    )
    result["outlet"] = [
        {"value": outlets[key][0], "label": outlets[key][1], "count": count}
        for key, count in outlet_counts.items()
        if key in outlets
    ]
    for name, model, field in (("community", Community, "slug"), ("region", Region, "code"), ("topic", Topic, "slug")):
        counts = facets.get(name, {})
        labels = _prefer(run_compiled(_label_rows, (model, field, len(counts)), tuple(counts)), language)
        result[name] = [
            {"value": value, "label": labels[value][0] if value in labels else value, "count": count}
            for value, count in counts.items()
        ]
    return result


def _outlet_rows(count: int, *keys):
    # From the page table alone (its translation_key index): joined to the outlet table, PostgreSQL walked
    # every page by id to the last outlet's (40-70 ms at 100,000 articles, more with every article).
    outlets = Page.objects.type(OutletPage).filter(translation_key__in=keys).order_by()
    return outlets.values_list("translation_key", "slug", "title", "locale__language_code")


def _label_rows(model, field: str, count: int, *values):
    return model.objects.filter(**{f"{field}__in": values}).values_list(field, "name", "locale__language_code")
