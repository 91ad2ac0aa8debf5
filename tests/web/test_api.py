"""The JSON API over the demo story, on SQLite and PostgreSQL: every read endpoint, its filters, and its
answers to bad ids and bad parameters (404 saying what was not found, 422 naming the parameter)."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from marsad.web import create_app
from web.support import DEMO_TITLE


@pytest.fixture(scope="module")
def api(demo_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(demo_url)) as client:
        yield client


def test_api_stories_lists_the_demo_story(api: TestClient) -> None:
    body = api.get("/api/stories").json()
    assert body["total"] == 1 and body["limit"] == 50 and body["offset"] == 0
    (story,) = body["stories"]
    assert story["title"] == DEMO_TITLE
    assert story["size"] == 5
    assert set(story["outlets"]) == {"الجزيرة نت", "العين الإخبارية", "الميادين", "بال بلس"}
    assert (story["first_day"], story["last_day"]) == ("2021-04-07", "2021-12-10")
    assert story["url"] == f"/stories/{story['id']}"


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ({"outlet": "الجزيرة نت"}, 1),
        ({"outlet": "الجزيره نت"}, 1),  # the outlet in another spelling
        ({"outlet": "سي إن إن بالعربية"}, 0),
        ({"entity": "الكاظمي"}, 1),
        ({"entity": "ميسي"}, 0),
        ({"date_from": "2021-12-01"}, 1),
        ({"date_from": "2022-01-01"}, 0),
        ({"date_to": "2021-04-07"}, 1),
        ({"date_to": "2021-01-01"}, 0),
        ({"date_from": "2021-05-01", "date_to": "2021-06-01"}, 1),  # the story spans April to December
        ({"outlet": "  "}, 1),  # a blank filter is no filter
    ],
)
def test_api_stories_filters(api: TestClient, query: dict[str, str], found: int) -> None:
    response = api.get("/api/stories", params=query)
    assert response.status_code == 200, response.text
    assert response.json()["total"] == found


@pytest.mark.parametrize(
    ("query", "param", "words"),
    [
        ({"date_from": "2021-13-01"}, "date_from", "YYYY-MM-DD"),
        ({"date_from": "yesterday"}, "date_from", "YYYY-MM-DD"),
        ({"date_to": "2021-7-1"}, "date_to", "YYYY-MM-DD"),
        ({"date_from": "2021-08-01", "date_to": "2021-07-01"}, "date_to", "before date_from"),
        ({"limit": "0"}, "limit", "greater than or equal to 1"),
        ({"limit": "5000"}, "limit", "less than or equal to 200"),
        ({"limit": "many"}, "limit", "integer"),
        ({"offset": "-1"}, "offset", "greater than or equal to 0"),
        ({"outlet": "ا" * 300}, "outlet", "at most 200"),
        ({"entity": "***"}, "entity", "no letter or digit"),
        ({"order": "alphabetical"}, "order", "importance"),
    ],
)
def test_api_stories_bad_parameters_are_422_naming_them(
    api: TestClient, query: dict[str, str], param: str, words: str
) -> None:
    response = api.get("/api/stories", params=query)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert detail.startswith(f"{param}:") and words in detail, detail


def test_api_story_cites_spans_that_hold_the_summary(api: TestClient) -> None:
    listed = api.get("/api/stories").json()["stories"][0]
    body = api.get(f"/api/stories/{listed['id']}").json()
    story = body["story"]
    assert story["title"] == DEMO_TITLE
    assert {a["id"] for a in body["articles"]} == set(story["articles"])
    assert all("text" not in a and a["page"].startswith("/articles/") for a in body["articles"])
    texts = {a: api.get(f"/api/articles/{a}").json()["text"] for a in story["articles"]}
    assert story["summary"]
    for sentence in story["summary"]:
        own = sentence["cites"][0]
        assert texts[own["article"]][own["start"] : own["end"]] == sentence["text"]
    for name in ("entities", "times", "quantities", "timeline", "quotes", "claims", "naming"):
        assert story[name], name
    kazimi = next(e for e in story["entities"] if e["name"] == "مصطفى الكاظمي")
    assert kazimi["type"] == "PER" and "الكاظمي" in kazimi["variants"]
    assert body["borrowed"] and all(b["source"]["article"] in texts for b in body["borrowed"])


@pytest.mark.parametrize("story_id", ["s999", "s0", "1", "abc", "s1;DROP TABLE stories", "s-1"])
def test_api_unknown_story_is_404_naming_it(api: TestClient, story_id: str) -> None:
    response = api.get(f"/api/stories/{quote(story_id, safe='')}")
    assert response.status_code == 404
    assert response.json() == {"detail": f"no story with id {story_id!r}"}


def test_api_article_gives_clean_text_spans_and_story(api: TestClient) -> None:
    story = api.get("/api/stories").json()["stories"][0]
    article_id = api.get(f"/api/stories/{story['id']}").json()["story"]["articles"][0]
    body = api.get(f"/api/articles/{article_id}").json()
    assert body["id"] == article_id and body["story"] == story["id"]
    assert (body["version"], body["versions"]) == (1, 1)
    assert body["raw"] is None and body["extracted"] is None
    assert body["paragraphs"][0]["start"] == 0
    assert all(body["text"][p["start"] : p["end"]].strip() for p in body["paragraphs"])
    full = api.get(f"/api/articles/{article_id}", params={"raw": "true"}).json()
    assert full["raw"] and full["extracted"]
    assert api.get(f"/api/articles/{article_id}", params={"version": 1}).json()["text"] == body["text"]


@pytest.mark.parametrize(
    ("path", "status", "detail"),
    [
        ("/api/articles/nope", 404, "no article with id 'nope'"),
        ("/api/articles/..%2F..%2Fetc%2Fpasswd", 404, "no article with id '../../etc/passwd'"),
        ("/api/articles/x'%20OR%20'1'='1", 404, "no article with id \"x' OR '1'='1\""),
        ("/api/articles/003_8b10d884f1f95237?version=9", 404, "article '003_8b10d884f1f95237' has no version 9"),
        ("/api/articles/003_8b10d884f1f95237?version=0", 422, "version: Input should be greater than or equal to 1"),
        ("/api/articles/003_8b10d884f1f95237?version=new", 422, "version: Input should be a valid integer"),
        ("/api/nothing-here", 404, "no page at /api/nothing-here"),
    ],
)
def test_api_article_bad_ids_and_parameters(api: TestClient, path: str, status: int, detail: str) -> None:
    response = api.get(path)
    assert response.status_code == status
    assert response.json()["detail"].startswith(detail), response.json()


def test_api_search_finds_spelling_variants_with_spans(api: TestClient) -> None:
    body = api.get("/api/search", params={"q": "امريكيه"}).json()
    assert body["query"] == "امريكيه" and body["count"] == len(body["hits"]) >= 4
    found = {h["text"] for hit in body["hits"] for h in hit["highlights"]}
    assert "الأمريكية" in found
    hit = body["hits"][0]
    assert hit["story"] and hit["page"].startswith(f"/articles/{hit['article']}?hl=")
    text = api.get(f"/api/articles/{hit['article']}").json()["text"]
    assert all(text[h["start"] : h["end"]] == h["text"] for h in hit["highlights"])
    assert text[hit["snippet"]["start"] : hit["snippet"]["end"]] == hit["snippet"]["text"]


def test_api_search_filters(api: TestClient) -> None:
    everything = api.get("/api/search", params={"q": "العراق"}).json()["count"]
    one_outlet = api.get("/api/search", params={"q": "العراق", "outlet": "الميادين"}).json()
    assert everything == 5 and one_outlet["count"] == 1
    assert one_outlet["hits"][0]["outlet"] == "الميادين"
    assert api.get("/api/search", params={"q": "العراق", "date_to": "2021-05-01"}).json()["count"] == 1
    assert api.get("/api/search", params={"q": "العراق", "limit": 2}).json()["count"] == 2


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ({}, "q: Field required"),
        ({"q": ""}, "q: String should have at least 1 character"),
        ({"q": "ا" * 600}, "q: String should have at most 500 characters"),
        ({"q": "؟ ، !"}, "q: the query has no words to search for"),
        ({"q": "العراق", "entity": "؟؟"}, "entity: has no letter or digit"),
        ({"q": "العراق", "date_from": "26/07/2021"}, "date_from: wants a date as YYYY-MM-DD"),
        ({"q": "العراق", "limit": "0"}, "limit: Input should be greater than or equal to 1"),
    ],
)
def test_api_search_bad_parameters_are_422(api: TestClient, query: dict[str, str], words: str) -> None:
    response = api.get("/api/search", params=query)
    assert response.status_code == 422
    assert words in response.json()["detail"], response.json()


def test_api_openapi_schema_lists_every_endpoint(api: TestClient) -> None:
    schema = api.get("/api/openapi.json").json()
    assert schema["info"]["title"] == "marsad"
    assert {"/api/stories", "/api/stories/{story_id}", "/api/articles/{article_id}", "/api/search", "/api/ingest"} <= set(
        schema["paths"]
    )
    assert "post" in schema["paths"]["/api/ingest"]
    # pages are not API: they are left out of the schema
    assert not any(not path.startswith("/api/") for path in schema["paths"])


def test_api_responses_carry_the_security_headers(api: TestClient) -> None:
    for path in ("/api/stories", "/api/stories/s999", "/"):
        headers = api.get(path).headers
        assert "script-src" not in headers["content-security-policy"]
        assert "default-src 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
