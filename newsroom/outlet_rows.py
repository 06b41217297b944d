"""An article's outlet for listings: its parent page's row, read in the article's own query
(`with_outlet_rows` + `attach_outlet_rows`) or in one query for a list of articles (`attach_outlets`).

The outlet comes as a plain Page (title and URL are what listings show): articles sit below outlets in the
app layers and never import them.
"""

from django.db import connection
from django.db.models import JSONField, OuterRef, Subquery
from django.db.models.functions import JSONObject, Length, Substr

from wagtail.models import Page

# What a listing shows of an article's outlet and needs for its URL.
OUTLET_FIELDS = ("id", "title", "slug", "path", "depth", "url_path", "locale_id")
# The same in the model's field order (Model.from_db takes its values so).
_OUTLET_ATTNAMES = [field.attname for field in Page._meta.concrete_fields if field.attname in OUTLET_FIELDS]


def with_outlet_rows(queryset):
    """`queryset` with each article's outlet row read in the same query (`attach_outlet_rows` makes it
    `article.outlet`): the parent page's fields that listings show and its URL needs (OUTLET_FIELDS;
    `attach_outlets` reads the same in a query of its own)."""
    parent = (
        Page.objects.filter(path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen))
        .order_by()
        .values(row=JSONObject(**{name: name for name in OUTLET_FIELDS}))[:1]
    )
    return queryset.annotate(outlet_row=Subquery(parent, output_field=JSONField()))


def attach_outlet_rows(articles: list[Page]) -> None:
    """Set `article.outlet` (a plain Page, the other fields deferred) from the row `with_outlet_rows` read;
    articles read without it are left as they are."""
    for article in articles:
        if "outlet_row" not in article.__dict__:
            continue
        row = article.__dict__.pop("outlet_row")
        values = None if row is None else [row[name] for name in _OUTLET_ATTNAMES]
        article.outlet = None if values is None else Page.from_db(connection.alias, _OUTLET_ATTNAMES, values)


def attach_outlets(articles: list[Page]) -> None:
    """Set `article.outlet` on each article with one query (an article's parent is its outlet).

    The outlet comes as a plain Page (title and URL are what listings show): articles sit below
    outlets in the app layers and never import them.
    """
    parent_paths = {article.path[: -Page.steplen] for article in articles}
    outlets = {outlet.path: outlet for outlet in Page.objects.filter(path__in=parent_paths)} if articles else {}
    for article in articles:
        article.outlet = outlets.get(article.path[: -Page.steplen])
