"""Elasticsearch, when ELASTICSEARCH_URL is set: the same analysed terms, in an index of our own.

Analysis stays in Python (search.analysis), so the index needs no language plugins: the analysed
fields use a whitespace tokenizer and nothing else, and queries send analysed terms. The database
keeps its SearchDocument rows (they hold snippets and translations); Elasticsearch answers the
matching, ranking, grouping by story (collapse on translation_key) and facets.

Tested in this project as generated JSON (tests/search/test_elasticsearch_bodies.py); the live
cluster test module runs only when ELASTICSEARCH_URL is set.
"""

import functools
import uuid

from django.conf import settings
from django.utils import timezone

import languages
from ethnic_press.models import OutletPage

from ..filters import FACETS, SearchParams, day_start
from ..models import SearchDocument
from .database import FACET_LIMIT, Hits

FACET_FIELDS = {"outlet": "outlet_key", "community": "community", "region": "region", "topic": "topics"}
TITLE_BOOST = 4


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
                "language": keyword,
                "translation_key": keyword,
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
        "language": document.language,
        "translation_key": str(document.translation_key),
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


def query_body(
    params: SearchParams, terms: list[str], limit: int, offset: int, outlet_keys: list[str] | None = None, now=None
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
        {
            "bool": {
                "should": [
                    {"bool": {"must_not": {"exists": {"field": "expire_at"}}}},
                    {"range": {"expire_at": {"gt": now.isoformat()}}},
                ],
                "minimum_should_match": 1,
            }
        },
    ]
    if published:
        base_filters.append({"range": {"published_at": published}})
    sort = [{"published_at": "desc"}, "_score"] if params.sort == "date" else ["_score", {"published_at": "desc"}]
    aggregations = {}
    for name in FACETS:
        aggregations[name] = {
            "filter": {"bool": {"filter": _filters(params, outlet_keys, skip=name)}},
            "aggs": {
                "values": {
                    "terms": {"field": FACET_FIELDS[name], "size": FACET_LIMIT},
                    "aggs": {"stories": {"cardinality": {"field": "translation_key"}}},
                }
            },
        }
    aggregations["stories"] = {
        "filter": {"bool": {"filter": _filters(params, outlet_keys)}},
        "aggs": {"count": {"cardinality": {"field": "translation_key", "precision_threshold": 40000}}},
    }
    return {
        "query": {
            "bool": {
                "must": [
                    {
                        "multi_match": {
                            "query": " ".join(terms),
                            "type": "cross_fields",
                            "fields": [f"title_terms^{TITLE_BOOST}", "terms"],
                            "operator": "and",
                        }
                    }
                ],
                "filter": base_filters,
            }
        },
        "post_filter": {"bool": {"filter": _filters(params, outlet_keys)}},
        "collapse": {"field": "translation_key"},
        "sort": sort,
        "from": offset,
        "size": limit,
        "aggs": aggregations,
        "_source": ["translation_key"],
        "track_total_hits": False,
    }


def hits_from_response(response: dict) -> Hits:
    aggregations = response.get("aggregations", {})
    facets = {}
    for name in FACETS:
        buckets = aggregations.get(name, {}).get("values", {}).get("buckets", [])
        facets[name] = {str(bucket["key"]): bucket["stories"]["value"] for bucket in buckets}
    count = aggregations.get("stories", {}).get("count", {}).get("value", 0)
    keys = [uuid.UUID(hit["_source"]["translation_key"]) for hit in response.get("hits", {}).get("hits", [])]
    return Hits(count=count, keys=keys, facets=facets)


@functools.cache
def client():
    from elasticsearch import Elasticsearch

    return Elasticsearch(settings.ELASTICSEARCH_URL, request_timeout=5)


class ElasticsearchBackend:
    name = "elasticsearch"

    def search(self, params: SearchParams, terms: list[str], limit: int, offset: int) -> Hits:
        outlet_keys = None
        if params.outlet:
            keys = OutletPage.objects.filter(slug=params.outlet).values_list("translation_key", flat=True)
            outlet_keys = [str(key) for key in keys]
        body = query_body(params, terms, limit, offset, outlet_keys)
        return hits_from_response(client().search(index=index_name(), body=body))


def recreate_index() -> None:
    es = client()
    es.indices.delete(index=index_name(), ignore_unavailable=True)
    body = index_body()
    es.indices.create(index=index_name(), settings=body["settings"], mappings=body["mappings"])


def sync_pages(page_ids: list[int]) -> None:
    """Index the rows these pages have now and delete the others from Elasticsearch."""
    from elasticsearch.helpers import bulk

    documents = SearchDocument.objects.filter(page_id__in=page_ids).prefetch_related("topics")
    present = set()
    actions = []
    for document in documents:
        present.add(document.page_id)
        topics = [topic.slug for topic in document.topics.all()]
        actions.append({"_index": index_name(), "_id": document.page_id, "_source": document_body(document, topics)})
    for page_id in set(page_ids) - present:
        actions.append({"_op_type": "delete", "_index": index_name(), "_id": page_id})
    bulk(client(), actions, raise_on_error=False, refresh="wait_for")
