"""Elasticsearch, when ELASTICSEARCH_URL is set: the same analysed terms, in an index of our own.

Analysis stays in Python (search.analysis), so the index needs no language plugins: the analysed
fields use a whitespace tokenizer and nothing else, and queries send analysed terms. The database
keeps its SearchDocument rows (they hold snippets and translations); Elasticsearch answers the
matching, ranking, grouping by story (collapse on story_key) and facets.

Tested in this project as generated JSON (tests/search/test_elasticsearch_bodies.py); the live
cluster test module runs only when ELASTICSEARCH_URL is set.
"""

import functools
import uuid
from collections.abc import Iterable

from django.conf import settings
from django.utils import timezone

from elasticsearch import Elasticsearch
from elasticsearch.helpers import bulk

import languages
from ethnic_press.models import OutletPage

from ..filters import FACETS, SearchParams, day_start
from ..models import SearchDocument
from . import base
from .base import FACET_LIMIT, Hits, Term, alternatives, checked, pairs

FACET_FIELDS = {"outlet": "outlet_key", "community": "community", "region": "region", "topic": "topics"}


def enabled() -> bool:
    return bool(getattr(settings, "ELASTICSEARCH_URL", ""))


def index_name() -> str:
    return getattr(settings, "ELASTICSEARCH_INDEX", "ethnic-press-articles")


def index_body() -> dict:
    """Settings and mappings of the articles index."""
    keyword = {"type": "keyword"}
    analysed = {"type": "text", "analyzer": "analysed_terms", "search_analyzer": "analysed_terms"}
    return {
        "settings": {
            "analysis": {
                "analyzer": {
                    # Terms arrive stemmed, folded and lowercased; splitting on spaces is all that is left.
                    "analysed_terms": {"type": "custom", "tokenizer": "whitespace", "filter": []},
                }
            },
        },
        "mappings": {
            "dynamic": "strict",
            "properties": {
                "page_id": {"type": "long"},
                "part": {"type": "integer"},
                "kind": keyword,
                "language": keyword,
                "translation_key": keyword,
                "story_key": keyword,
                "outlet_key": keyword,
                "community": keyword,
                "region": keyword,
                "topics": keyword,
                "published_at": {"type": "date"},
                "expire_at": {"type": "date"},
                "title": {"type": "text", "index": False},
                "title_terms": analysed,
                "terms": analysed,
            },
        },
    }


def document_body(document, topics: list[str]) -> dict:
    return {
        "page_id": document.page_id,
        "part": document.part,
        "kind": document.kind,
        "language": document.language,
        "translation_key": str(document.translation_key),
        "story_key": str(document.story_key),
        "outlet_key": str(document.outlet_key) if document.outlet_key else None,
        "community": document.community or None,
        "region": document.region or None,
        "topics": topics,
        "published_at": document.published_at.isoformat(),
        "expire_at": document.expire_at.isoformat() if document.expire_at else None,
        "title": document.title,
        "title_terms": document.title_terms,
        "terms": document.terms,
    }


def _filters(params: SearchParams, outlet_keys: list[str] | None, skip: str | None = None) -> list[dict]:
    filters = []
    if params.outlet and skip != "outlet":
        filters.append({"terms": {"outlet_key": outlet_keys or []}})
    if params.community and skip != "community":
        filters.append({"term": {"community": params.community}})
    if params.region and skip != "region":
        filters.append({"term": {"region": params.region}})
    if params.topic and skip != "topic":
        filters.append({"term": {"topics": params.topic}})
    return filters


def _not_expired(now) -> dict:
    return {
        "bool": {
            "should": [
                {"bool": {"must_not": {"exists": {"field": "expire_at"}}}},
                {"range": {"expire_at": {"gt": now.isoformat()}}},
            ],
            "minimum_should_match": 1,
        }
    }


def query_body(
    params: SearchParams, terms: list[Term], limit: int, offset: int, outlet_keys: list[str] | None = None, now=None
) -> dict:
    """The search request: match all terms, the family and visibility as filters, reader filters as a
    post_filter so each facet can count with every filter but its own."""
    now = now or timezone.now()
    published: dict = {}
    if params.date_from:
        published["gte"] = day_start(params.date_from).isoformat()
    if params.date_to:
        published["lt"] = day_start(params.date_to, next_day=True).isoformat()
    base_filters: list[dict] = [
        {"terms": {"language": languages.family(params.language)}},
        _not_expired(now),
    ]
    if published:
        base_filters.append({"range": {"published_at": published}})
    if params.kind:
        base_filters.append({"term": {"kind": params.kind}})
    sort = [{"published_at": "desc"}, "_score"] if params.sort == "date" else ["_score", {"published_at": "desc"}]
    aggregations = {}
    for name in FACETS:
        aggregations[name] = {
            "filter": {"bool": {"filter": _filters(params, outlet_keys, skip=name)}},
            "aggs": {
                "values": {
                    "terms": {"field": FACET_FIELDS[name], "size": FACET_LIMIT},
                    "aggs": {"stories": {"cardinality": {"field": "story_key"}}},
                }
            },
        }
    aggregations["stories"] = {
        "filter": {"bool": {"filter": _filters(params, outlet_keys)}},
        "aggs": {"count": {"cardinality": {"field": "story_key", "precision_threshold": 40000}}},
    }
    groups = alternatives(terms)
    return {
        "query": ranked(
            {
                "bool": {
                    "must": _match(groups),
                    "filter": base_filters,
                }
            },
            groups,
            now,
        ),
        "post_filter": {"bool": {"filter": _filters(params, outlet_keys)}},
        "collapse": {"field": "story_key"},
        "sort": sort,
        "from": offset,
        "size": limit,
        "aggs": aggregations,
        "_source": ["story_key"],
        "track_total_hits": False,
    }


def _multi_match(query: str) -> dict:
    return {
        "multi_match": {
            "query": query,
            "type": "cross_fields",
            "fields": [f"title_terms^{base.RANKING.title_weight:g}", "terms"],
            "operator": "and",
        }
    }


def ranked(query: dict, groups: list[tuple[str, ...]], now) -> dict:
    """The ranking every backend applies (search.backends.base.Ranking): the BM25 score times
    1 + title (every word in the title) + phrase × share of adjacent word pairs found next to each
    other + fresh × 0.5^(age / half-life). function_score adds the weights of the functions that
    apply (score_mode sum; the unfiltered weight 1 is the "1 +") and multiplies the query's score by
    that sum (boost_mode multiply). Functions of weight 0 are left out."""
    ranking = base.RANKING
    in_title = {
        "bool": {
            "filter": [
                {"bool": {"should": [{"term": {"title_terms": term}} for term in group], "minimum_should_match": 1}}
                for group in groups
            ]
        }
    }
    functions: list[dict] = [{"weight": 1}, {"filter": in_title, "weight": ranking.title}]
    adjacent = pairs(groups)
    for left, right in adjacent:
        functions.append({"filter": _near(left, right), "weight": ranking.phrase / len(adjacent)})
    functions.append(
        {
            "exp": {"published_at": {"origin": now.isoformat(), "scale": f"{ranking.half_life_days:g}d", "decay": 0.5}},
            "weight": ranking.fresh,
        }
    )
    return {
        "function_score": {
            "query": query,
            "functions": [function for function in functions if function["weight"]],
            "score_mode": "sum",
            "boost_mode": "multiply",
        }
    }


def _near(left: tuple[str, ...], right: tuple[str, ...]) -> dict:
    """Two query words next to each other or one word apart, in either order, in the title or the
    text (as FTS5's NEAR(a b, 1) on SQLite and `a <-> b | a <2> b` on PostgreSQL)."""
    return {
        "bool": {
            "should": [
                {"match_phrase": {field: {"query": f"{x} {y}", "slop": 1}}}
                for field in ("title_terms", "terms")
                for a in left
                for b in right
                for x, y in ((a, b), (b, a))
            ],
            "minimum_should_match": 1,
        }
    }


def _match(groups: list[tuple[str, ...]]) -> list[dict]:
    """Every query word must match; a word with alternatives (a folded spelling) matches any, and
    scores each one present, as on the databases, so the exact spelling ranks first."""
    if all(len(group) == 1 for group in groups):
        return [_multi_match(" ".join(group[0] for group in groups))]
    return [
        _multi_match(group[0])
        if len(group) == 1
        else {"bool": {"should": [_multi_match(term) for term in group], "minimum_should_match": 1}}
        for group in groups
    ]


def related_body(language: str, terms: list[str], story_key, outlet_key, limit: int, now=None) -> dict:
    """Related stories (search/related.py): any of the terms, scored as search scores them, one hit
    per story, outside the article's story and outlet."""
    now = now or timezone.now()
    must_not: list[dict] = [{"term": {"story_key": str(story_key)}}]
    if outlet_key:
        must_not.append({"term": {"outlet_key": str(outlet_key)}})
    return {
        "query": {
            "bool": {
                "must": [
                    {"bool": {"should": [_multi_match(term) for term in checked(terms)], "minimum_should_match": 1}}
                ],
                "filter": [
                    {"terms": {"language": languages.family(language)}},
                    {"term": {"kind": SearchDocument.Kind.ARTICLE.value}},
                    _not_expired(now),
                ],
                "must_not": must_not,
            }
        },
        "collapse": {"field": "story_key"},
        "sort": ["_score", {"published_at": "desc"}],
        "size": limit,
        "_source": ["story_key"],
        "track_total_hits": False,
    }


def hits_from_response(response: dict) -> Hits:
    aggregations = response.get("aggregations", {})
    facets = {}
    for name in FACETS:
        buckets = aggregations.get(name, {}).get("values", {}).get("buckets", [])
        facets[name] = {str(bucket["key"]): bucket["stories"]["value"] for bucket in buckets}
    count = aggregations.get("stories", {}).get("count", {}).get("value", 0)
    keys = [uuid.UUID(hit["_source"]["story_key"]) for hit in response.get("hits", {}).get("hits", [])]
    return Hits(count=count, keys=keys, facets=facets)


@functools.cache
def client() -> Elasticsearch:
    return Elasticsearch(settings.ELASTICSEARCH_URL, request_timeout=5)


class ElasticsearchBackend:
    name = "elasticsearch"

    def search(self, params: SearchParams, terms: list[Term], limit: int, offset: int) -> Hits:
        outlet_keys = None
        if params.outlet:
            keys = OutletPage.objects.filter(slug=params.outlet).values_list("translation_key", flat=True)
            outlet_keys = [str(key) for key in keys]
        body = query_body(params, terms, limit, offset, outlet_keys)
        return hits_from_response(client().search(index=index_name(), body=body))

    def related(self, language: str, terms: list[str], story_key, outlet_key, limit: int) -> list[uuid.UUID]:
        body = related_body(language, terms, story_key, outlet_key, limit)
        return hits_from_response(client().search(index=index_name(), body=body)).keys

    def index_emptied(self) -> None:
        """Start again from an empty index with the current mappings."""
        es = client()
        es.indices.delete(index=index_name(), ignore_unavailable=True)
        body = index_body()
        es.indices.create(index=index_name(), settings=body["settings"], mappings=body["mappings"])

    def documents_changed(self, page_ids: Iterable[int]) -> None:
        """Make the index hold exactly the current rows of these pages: their old documents go
        (a page may have had more parts than it has now), the current ones are written."""
        page_ids = list(page_ids)
        es = client()
        es.delete_by_query(index=index_name(), query=removal_query(page_ids), refresh=True, conflicts="proceed")
        bulk(es, index_actions(page_ids), raise_on_error=False, refresh="wait_for")


def removal_query(page_ids: list[int]) -> dict:
    return {"terms": {"page_id": page_ids}}


def index_actions(page_ids: list[int]) -> list[dict]:
    """Bulk actions writing the current rows of these pages, one Elasticsearch document per row."""
    rows = SearchDocument.objects.filter(page_id__in=page_ids).prefetch_related("topics")
    return [
        {
            "_index": index_name(),
            "_id": f"{row.page_id}-{row.part}",
            "_source": document_body(row, [topic.slug for topic in row.topics.all()]),
        }
        for row in rows
    ]
