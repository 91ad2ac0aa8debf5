"""An entity's page and its API answer, over the demo story on both backends: reached from the story page
and from search by any of its names, showing its stories, names, each outlet's names, roles and what it
said; unknown ids are a 404 that says so."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from entity_reports import prince_reports
from marsad.store import open_store
from marsad.store.stories import StoryBuilder
from marsad.web import create_app


@pytest.fixture(scope="module")
def client(demo_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(demo_url)) as c:
        yield c


def _kadhimi(client: TestClient) -> dict:
    (found,) = client.get("/api/entities", params={"name": "الكاظمي"}).json()
    assert found["name"] == "مصطفى الكاظمي" and found["type"] == "PER" and found["stories"] == 1
    return found


def test_api_entity_gives_names_roles_outlets_stories_and_statements(client: TestClient) -> None:
    found = _kadhimi(client)
    body = client.get(f"/api/entities/{found['id']}").json()
    assert body["url"] == found["url"] == f"/entities/{found['id']}"
    variants = {v["text"]: v["count"] for v in body["variants"]}
    assert {"مصطفى الكاظمي", "الكاظمي"} <= set(variants) and all(n >= 1 for n in variants.values())
    assert any("رئيس الوزراء" in r["text"] for r in body["roles"])
    assert {"الجزيرة نت", "الميادين", "العين الإخبارية"} <= set(body["outlet_names"])
    (story,) = body["stories"]
    assert story["url"] == f"/stories/{story['story']}" and story["mentions"] >= 10
    assert body["statements"], "the prime minister's statements in the demo story"
    for s in body["statements"]:
        article = client.get(f"/api/articles/{s['article']}").json()
        assert article["text"][s["quote"]["start"] : s["quote"]["end"]] == s["quote"]["text"]
    days = [s["published"] for s in body["statements"] if s["published"]]
    assert days == sorted(days)


def test_search_finds_an_entity_by_any_variant(client: TestClient) -> None:
    found = _kadhimi(client)
    for q in ("مصطفى الكاظمي", "الكاظمي", "الكاظمى"):
        assert [e["id"] for e in client.get("/api/search", params={"q": q}).json()["entities"]] == [found["id"]], q
    page = client.get("/search", params={"q": "الكاظمي"}).text
    assert f'href="/entities/{found["id"]}"' in page
    assert client.get("/api/search", params={"q": "الطقس"}).json()["entities"] == []


def test_entity_page_is_linked_from_the_story_and_shows_the_entity(client: TestClient) -> None:
    found = _kadhimi(client)
    story = client.get("/api/stories").json()["stories"][0]["id"]
    assert f'href="/entities/{found["id"]}"' in client.get(f"/stories/{story}").text
    page = client.get(f"/entities/{found['id']}")
    assert page.status_code == 200
    html = page.text
    for part in ("مصطفى الكاظمي", "رئيس الوزراء", "الجزيرة نت", f'href="/stories/{story}"', "ما قاله"):
        assert part in html, part


@pytest.mark.parametrize("entity_id", ["ent-999999", "e1", "ent-", "ent-1x", "<script>"])
def test_unknown_entity_is_a_404_saying_so(client: TestClient, entity_id: str) -> None:
    api = client.get(f"/api/entities/{entity_id}")
    assert api.status_code == 404 and "no entity with id" in api.json()["detail"]
    page = client.get(f"/entities/{entity_id}")
    assert page.status_code == 404 and "<script>" not in page.text


def test_an_entity_merged_into_another_redirects_to_it(tmp_path) -> None:
    # two stories name a prince, one short and one in full (two entities); a third report names him both
    # ways, and the full name's entity is merged into the first: its page and API answer lead to it
    url = f"sqlite:///{tmp_path / 'store.db'}"
    with open_store(url) as store:
        jordan, expo, council = prince_reports()
        store.ingest([jordan], stories=StoryBuilder())
        store.ingest([expo], stories=StoryBuilder())
        (full,) = store.find_entities("محمد بن سلمان بن عبدالعزيز")
        store.ingest([council], stories=StoryBuilder())
    with TestClient(create_app(url)) as c:
        (prince,) = c.get("/api/entities", params={"name": "محمد بن سلمان"}).json()
        assert prince["id"] != full.id and prince["stories"] == 2
        api = c.get(f"/api/entities/{full.id}", follow_redirects=False)
        assert api.status_code == 308 and api.headers["location"] == f"/api/entities/{prince['id']}"
        page = c.get(f"/entities/{full.id}", follow_redirects=False)
        assert page.status_code == 308 and page.headers["location"] == prince["url"]
        assert "محمد بن سلمان بن عبدالعزيز" in c.get(f"/entities/{full.id}").text
