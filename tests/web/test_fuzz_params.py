"""Fuzzing the web API and pages with any parameter values, and ingest with any body: every answer is
200, or a 404/422 saying in JSON (or a page) what was wrong — never a 500 — and carries the security
headers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from fuzz import encoded, news, texts
from marsad.store import open_store
from marsad.store.tokens import create_token
from marsad.web import create_app

values = st.one_of(
    texts.map(lambda t: t[:300]),
    st.integers(-(10**12), 10**12).map(str),
    st.dates().map(str),
    st.sampled_from(["", " ", "0", "-1", "1e9", "nan", "2021-02-30", "0-0", "5-2", "1-99999999999", "../../etc"]),
)
params = st.dictionaries(
    st.sampled_from(["q", "date_from", "date_to", "outlet", "entity", "limit", "offset", "page", "version", "raw", "hl"]),
    values,
    max_size=5,
)
paths = st.sampled_from(["/api/stories", "/api/search", "/", "/search", "/api/stories/{}", "/stories/{}",
                         "/api/articles/{}", "/articles/{}"])
ids = st.one_of(st.sampled_from(["s1", "s0", "s99999999999999999999", "000_0d20a9110642fab2"]), texts.map(lambda t: t[:100]))


@pytest.fixture(scope="module")
def client(demo_sqlite: str) -> Iterator[TestClient]:
    with TestClient(create_app(demo_sqlite)) as client:
        yield client


def _clean(value: str) -> str:
    # an HTTP client cannot send lone surrogates or NUL in a URL; everything else goes as is
    return value.encode("utf-8", "replace").decode("utf-8").replace("\x00", "")


@given(paths, ids, params)
def test_any_parameters_give_an_answer_not_a_crash(client: TestClient, path: str, some_id: str, query: dict[str, str]) -> None:
    url = path.format(quote(_clean(some_id), safe="")) if "{}" in path else path
    response = client.get(url, params={k: _clean(v) for k, v in query.items()})
    assert response.status_code in (200, 404, 422), (url, query, response.status_code, response.text[:300])
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'none'" in response.headers["content-security-policy"]
    if url.startswith("/api/") and response.status_code != 200:
        assert response.json()["detail"]


@pytest.mark.parametrize("story", ["s99999999999999999999", "s²", "s٣", "s-1", "s"])
def test_story_ids_no_database_integer_holds_are_404(client: TestClient, story: str) -> None:
    """Found by the fuzzing above (deep profile): a story id past 64 bits was a 500 (OverflowError)."""
    for path in (f"/api/stories/{quote(story)}", f"/stories/{quote(story)}"):
        assert client.get(path).status_code == 404


@pytest.fixture(scope="module")
def ingesting(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, dict[str, str]]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('fuzz-ingest') / 'ingest.db'}"
    open_store(url).close()
    with open_store(url) as store:
        _, token = create_token(store, "ingest")
    with TestClient(create_app(url, allow_ingest=True, ingest_per_minute=100_000)) as client:
        yield client, {"authorization": f"Bearer {token}"}


@settings(max_examples=15)  # each request that stores something reads its stories out: kept few
@given(st.one_of(encoded(), news.map(lambda t: t.encode()), st.lists(st.fixed_dictionaries(
    {"id": texts, "title": texts, "text": texts}, optional={"html": texts, "published": texts, "url": texts}
), max_size=3).map(lambda rows: "\n".join(json.dumps(r) for r in rows).encode())))
def test_any_ingest_body_gives_a_report_not_a_crash(ingesting: tuple[TestClient, dict[str, str]], body: bytes) -> None:
    client, headers = ingesting
    response = client.post("/api/ingest", content=body, headers=headers)
    assert response.status_code in (200, 422), response.text[:300]
    report = response.json()
    assert all(p["reason"] and p["level"] in ("error", "warning", "notice") for p in report.get("problems", []))
