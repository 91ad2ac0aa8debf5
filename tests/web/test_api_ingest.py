"""POST /api/ingest (with an ingest token): JSON lines through the real ingest, clean and story stages
into the store; bad lines listed by number, never a 500; refused (403) on a read-only server and over the
size limit (413). Tokens themselves are tested in test_auth.py."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from marsad.store import open_store
from marsad.web import create_app
from web.support import HOSTILE_TITLE, bearer, empty_store, hostile_lines, jsonl


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with empty_store(request.param, tmp_path) as url:
        open_store(url).close()  # created empty, as `marsad serve --allow-ingest` does
        yield url


def test_ingest_is_403_on_a_read_only_server(store_url: str) -> None:
    with TestClient(create_app(store_url)) as client:
        response = client.post("/api/ingest", content=jsonl(hostile_lines()), headers=bearer(store_url, "ingest"))
    assert response.status_code == 403
    assert "--allow-ingest" in response.json()["detail"]
    with open_store(store_url) as store:
        assert store.count() == (0, 0, 0)


def test_ingest_stores_articles_files_them_in_a_story_and_lists_bad_lines(store_url: str) -> None:
    body = jsonl(hostile_lines()) + (
        b'{"id": "broken", "text": \n'  # line 3: broken JSON
        b'["not", "an", "object"]\n'  # line 4
        b'{"id": "empty", "title": "\xd8\xb9\xd9\x86\xd9\x88\xd8\xa7\xd9\x86"}\n'  # line 5: no text
        b"\n"
        b'{"id": "late", "published": "someday", "text": "\xd9\x86\xd8\xb5 \xd9\x82\xd8\xb5\xd9\x8a\xd8\xb1."}\n'
    )
    with TestClient(create_app(store_url, allow_ingest=True), headers=bearer(store_url, "ingest")) as client:
        response = client.post("/api/ingest", content=body, headers={"content-type": "application/x-ndjson"})
        assert response.status_code == 200, response.text
        report = response.json()
        assert (report["added"], report["updated"], report["unchanged"]) == (3, 0, 0)
        assert report["stories_opened"] >= 1
        problems = {p["line"]: p for p in report["problems"]}
        assert problems[3]["reason"].startswith("broken JSON") and problems[3]["level"] == "error"
        assert problems[4]["reason"] == "not a JSON object but list"
        assert problems[5]["reason"].startswith("no text")
        assert problems[7]["level"] == "warning" and "someday" in problems[7]["reason"]
        assert all(p["source"] == f"{report['batch']}:{line}" for line, p in problems.items())

        # what was stored is served: the hostile report, its story, and search over it
        article = client.get("/api/articles/hostile-text").json()
        assert article["title"] == HOSTILE_TITLE
        assert "<script>" in article["text"]  # stored as published: text, not markup
        assert article["story"] is not None
        assert client.get(f"/api/stories/{article['story']}").status_code == 200
        assert client.get("/api/search", params={"q": "أوبك"}).json()["count"] == 2

        again = client.post("/api/ingest", content=jsonl(hostile_lines())).json()
        assert (again["added"], again["unchanged"]) == (0, 2)


def test_ingest_ids_are_never_paths(store_url: str) -> None:
    line = {"id": "../../etc/passwd?x=1#y", "outlet": "وكالة", "published": "2022-01-02",
            "title": "خبر عن الطقس", "text": "هطلت أمطار غزيرة على العاصمة اليوم، وأعلنت الأرصاد تحذيراً من السيول."}
    with TestClient(create_app(store_url, allow_ingest=True), headers=bearer(store_url, "ingest")) as client:
        assert client.post("/api/ingest", content=jsonl([line])).json()["added"] == 1
        response = client.get(f"/api/articles/{quote(line['id'], safe='')}")
        assert response.status_code == 200 and response.json()["id"] == line["id"]
        page = client.get(f"/articles/{quote(line['id'], safe='')}")
        assert page.status_code == 200 and "خبر عن الطقس" in page.text


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (b"", "the body is empty"),
        (b"\n\n  \n", "the body is empty"),
        (b"not json at all\n{]\n", "no usable article"),
        (b'{"id": "x", "text": "   "}\n', "no usable article"),
        (b"\xff\xfe\x00garbage", "no usable article"),
    ],
)
def test_ingest_of_nothing_usable_is_422_with_the_problems(store_url: str, body: bytes, detail: str) -> None:
    with TestClient(create_app(store_url, allow_ingest=True), headers=bearer(store_url, "ingest")) as client:
        response = client.post("/api/ingest", content=body)
    assert response.status_code == 422
    payload = response.json()
    assert payload["detail"].startswith(detail)
    assert payload["added"] == 0
    if body.strip():
        assert payload["problems"] and all(p["reason"] for p in payload["problems"])


def test_ingest_body_over_the_limit_is_413(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'small.db'}"
    open_store(url).close()
    line = json.dumps({"id": "big", "title": "عنوان", "text": "كلمة " * 400}, ensure_ascii=False).encode() + b"\n"
    with TestClient(create_app(url, allow_ingest=True, max_body_bytes=1000), headers=bearer(url, "ingest")) as client:
        declared = client.post("/api/ingest", content=line)
        assert declared.status_code == 413
        assert "larger than the limit" in declared.json()["detail"]

        def chunks() -> Iterator[bytes]:  # no Content-Length: the limit holds while reading
            for _ in range(10):
                yield line[:300]

        streamed = client.post("/api/ingest", content=chunks())
        assert streamed.status_code == 413
        assert client.post("/api/ingest", content=b'{"id": "s", "text": "\xd9\x86\xd8\xb5."}\n').status_code == 200
    with open_store(url) as store:
        assert store.count()[0] == 1
