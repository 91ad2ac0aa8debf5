"""A story merged into another as articles arrived keeps answering under its old id: the page and the API
redirect (308) to the story it is part of now; lists come most important first, in the other orders on
request; the story page shows its angles (facets) and the days it was reported on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from marsad.model import Article, Problem
from marsad.pipeline import load_articles
from marsad.settings import ClusterSettings, Settings
from marsad.store import open_store
from marsad.store.stories import StoryBuilder
from marsad.web import create_app
from web.support import DEMO, empty_store


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, str]]:
    """A SQLite store where the demo's April and December reports made two stories (beyond a 150-day
    window) until the July report showed them to be one: (url, the surviving id, the merged id)."""
    problems: list[Problem] = []
    demo: dict[str, Article] = {a.id[:3]: a for a in load_articles([DEMO], problems)}
    builder = StoryBuilder(settings=Settings(cluster=ClusterSettings(window_days=150)), read_stories=False)
    with empty_store("sqlite", tmp_path_factory.mktemp("merged")) as url:
        with open_store(url) as store:
            store.ingest([demo["003"]], stories=builder)
            store.ingest([demo["002"]], stories=builder)
            kept, gone = store.story_of(demo["003"].id), store.story_of(demo["002"].id)
            store.ingest([demo["004"]], stories=builder)
        yield url, str(kept), str(gone)


def test_the_merged_story_redirects_on_the_page_and_the_api(merged: tuple[str, str, str]) -> None:
    url, kept, gone = merged
    with TestClient(create_app(url)) as client:
        page = client.get(f"/stories/{gone}", params={"since": "2021-01-01"}, follow_redirects=False)
        assert page.status_code == 308 and page.headers["location"].startswith(f"/stories/{kept}?since=")
        api = client.get(f"/api/stories/{gone}", follow_redirects=False)
        assert api.status_code == 308 and api.headers["location"] == f"/api/stories/{kept}"
        followed = client.get(f"/api/stories/{gone}")
        assert followed.status_code == 200 and followed.json()["story"]["id"] == kept
        assert client.get("/api/stories/s999").status_code == 404


def test_lists_come_most_important_first_and_in_other_orders(demo_sqlite: str, tmp_path: Path) -> None:
    with TestClient(create_app(demo_sqlite)) as client:
        default = client.get("/api/stories").json()["stories"]
        recent = client.get("/api/stories", params={"order": "recent"}).json()["stories"]
        assert {s["id"] for s in default} == {s["id"] for s in recent}
        assert client.get("/", params={"order": "size"}).status_code == 200


def test_the_story_page_shows_the_days_it_was_reported_on(demo_sqlite: str) -> None:
    with TestClient(create_app(demo_sqlite)) as client:
        (line,) = client.get("/api/stories").json()["stories"]
        story = client.get(f"/api/stories/{line['id']}").json()["story"]
        assert story["days"] == sorted(story["days"]) and "2021-04-07" in story["days"]
        page = client.get(f"/stories/{line['id']}").text
        assert "أيام التغطية" in page and "2021-12-10" in page
