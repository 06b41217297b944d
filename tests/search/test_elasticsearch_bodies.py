"""The Elasticsearch backend's requests, checked as the JSON it would send (no server involved)."""

import datetime
import uuid

from django.test import override_settings

from search.backends import elasticsearch, get_backend
from search.backends.elasticsearch import hits_from_response, index_body, query_body
from search.filters import SearchParams

NOW = datetime.datetime(2025, 3, 21, 12, 0, tzinfo=datetime.UTC)


def matching(body: dict) -> dict:
    """The boolean query that selects the documents, inside the ranking's function_score."""
    return body["query"]["function_score"]["query"]["bool"]


def test_backend_is_chosen_by_elasticsearch_url(db):
    with override_settings(ELASTICSEARCH_URL="http://search.internal:9200"):
        assert isinstance(get_backend(), elasticsearch.ElasticsearchBackend)
    with override_settings(ELASTICSEARCH_URL=""):
        assert not isinstance(get_backend(), elasticsearch.ElasticsearchBackend)


def test_analysed_fields_are_split_on_spaces_only():
    body = index_body()
    analyzer = body["settings"]["analysis"]["analyzer"]["analysed_terms"]
    assert analyzer == {"type": "custom", "tokenizer": "whitespace", "filter": []}
    properties = body["mappings"]["properties"]
    for name in ("title_terms", "terms"):
        assert properties[name]["analyzer"] == properties[name]["search_analyzer"] == "analysed_terms"
    for name in ("language", "translation_key", "story_key", "outlet_key", "community", "region", "topics"):
        assert properties[name] == {"type": "keyword"}


def test_query_matches_all_terms_in_the_language_family():
    body = query_body(SearchParams(q="газеттерде", language="kk-latn"), ["газет"], limit=10, offset=20, now=NOW)
    match = matching(body)["must"][0]["multi_match"]
    assert match == {
        "query": "газет",
        "type": "cross_fields",
        "fields": ["title_terms^4", "terms"],
        "operator": "and",
    }
    assert {"terms": {"language": ["kk", "kk-latn"]}} in matching(body)["filter"]
    assert body["collapse"] == {"field": "story_key"}
    assert (body["from"], body["size"]) == (20, 10)
    assert body["sort"] == ["_score", {"published_at": "desc"}]


def test_expired_documents_are_filtered_at_query_time():
    body = query_body(SearchParams(q="x", language="ru"), ["x"], limit=10, offset=0, now=NOW)
    expiry = matching(body)["filter"][1]["bool"]["should"]
    assert {"range": {"expire_at": {"gt": NOW.isoformat()}}} in expiry


def test_reader_filters_post_filter_and_facets_skip_their_own():
    params = SearchParams(
        q="газет",
        language="kk",
        outlet="dostyq",
        topic="culture",
        sort="date",
        date_from=datetime.date(2025, 1, 1),
        date_to=datetime.date(2025, 1, 31),
    )
    key = str(uuid.uuid4())
    body = query_body(params, ["газет"], limit=10, offset=0, outlet_keys=[key], now=NOW)
    assert body["post_filter"]["bool"]["filter"] == [
        {"terms": {"outlet_key": [key]}},
        {"term": {"topics": "culture"}},
    ]
    assert body["aggs"]["outlet"]["filter"]["bool"]["filter"] == [{"term": {"topics": "culture"}}]
    assert body["aggs"]["topic"]["filter"]["bool"]["filter"] == [{"terms": {"outlet_key": [key]}}]
    assert body["aggs"]["outlet"]["aggs"]["values"]["aggs"]["stories"] == {"cardinality": {"field": "story_key"}}
    published = matching(body)["filter"][2]["range"]["published_at"]
    assert published["gte"].startswith("2025-01-01T00:00:00")
    assert published["lt"].startswith("2025-02-01T00:00:00")
    assert body["sort"][0] == {"published_at": "desc"}


def test_unknown_outlet_filters_to_nothing():
    body = query_body(SearchParams(q="x", language="kk", outlet="nowhere"), ["x"], 10, 0, outlet_keys=[], now=NOW)
    assert body["post_filter"]["bool"]["filter"] == [{"terms": {"outlet_key": []}}]


def test_response_becomes_hits():
    key = uuid.uuid4()
    response = {
        "hits": {"hits": [{"_source": {"story_key": str(key)}}]},
        "aggregations": {
            "stories": {"count": {"value": 1}},
            "outlet": {"values": {"buckets": [{"key": "abc", "doc_count": 2, "stories": {"value": 1}}]}},
            "community": {"values": {"buckets": []}},
            "region": {"values": {"buckets": []}},
            "topic": {"values": {"buckets": []}},
        },
    }
    hits = hits_from_response(response)
    assert hits.count == 1
    assert hits.keys == [key]
    assert hits.facets["outlet"] == {"abc": 1}


def test_ranking_multiplies_the_score_by_title_phrase_and_freshness_bonuses():
    ranking = elasticsearch.base.RANKING
    body = query_body(
        SearchParams(q="летний лагерь для детей", language="ru"),
        ["летний", "лагерь", ("для", "длить"), "ребенок"],
        limit=10,
        offset=0,
        now=NOW,
    )
    scoring = body["query"]["function_score"]
    assert (scoring["score_mode"], scoring["boost_mode"]) == ("sum", "multiply")
    functions = scoring["functions"]
    # 1 + title + phrase share + freshness, as on SQLite and PostgreSQL.
    assert functions[0] == {"weight": 1}
    title = functions[1]
    assert title["weight"] == ranking.title
    assert title["filter"]["bool"]["filter"][2] == {
        "bool": {
            "should": [{"term": {"title_terms": "для"}}, {"term": {"title_terms": "длить"}}],
            "minimum_should_match": 1,
        }
    }
    near = functions[2:5]
    assert [function["weight"] for function in near] == [ranking.phrase / 3] * 3
    phrases = [clause["match_phrase"] for clause in near[1]["filter"]["bool"]["should"]]
    # лагерь next to для or длить, in either order, at most one word apart, in the title or the text.
    assert {"terms": {"query": "лагерь для", "slop": 1}} in phrases
    assert {"terms": {"query": "длить лагерь", "slop": 1}} in phrases
    assert {"title_terms": {"query": "для лагерь", "slop": 1}} in phrases
    assert len(phrases) == 8
    fresh = functions[5]
    assert fresh["weight"] == ranking.fresh
    assert fresh["exp"]["published_at"] == {
        "origin": NOW.isoformat(),
        "scale": f"{ranking.half_life_days:g}d",
        "decay": 0.5,
    }


def test_one_word_query_has_no_phrase_bonus_and_title_weight_is_shared():
    body = query_body(SearchParams(q="газет", language="kk"), ["газет"], limit=10, offset=0, now=NOW)
    functions = body["query"]["function_score"]["functions"]
    assert not any("match_phrase" in str(function) for function in functions)
    assert len(functions) == 3
    fields = matching(body)["must"][0]["multi_match"]["fields"]
    assert fields == [f"title_terms^{elasticsearch.base.RANKING.title_weight:g}", "terms"]
