"""What is new since a reader last looked, as the store, the CLI and the web page tell it: the demo
story stored in two batches (the three reports of April-September, then the two of later), and the
update of the second batch read against the first."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from marsad.model import Problem
from marsad.pipeline import load_articles
from marsad.settings import DEFAULT
from marsad.store import open_store
from marsad.store.stories import StoryBuilder
from marsad.summarize import StoryIndex
from marsad.updates import parse_since, stories_since
from marsad.web import create_app

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "examples" / "iraq-2021"
FIRST = ("000", "003", "004")  # the reports a reader saw (file names start with the article ids)
LATER = ("001", "002")


def _batch(folder: Path, prefixes: tuple[str, ...]) -> Path:
    """A copy of the demo folder with only the files whose names start with ``prefixes``."""
    folder.mkdir()
    entries = [json.loads(line) for line in (DEMO / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    kept = [e for e in entries if e["file"].startswith(prefixes)]
    for entry in kept:
        shutil.copy(DEMO / entry["file"], folder / entry["file"])
    (folder / "manifest.jsonl").write_text(
        "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in kept), encoding="utf-8"
    )
    return folder


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """A SQLite store where the demo story was stored in two batches, and the time between them."""
    root = tmp_path_factory.mktemp("updates")
    url = f"sqlite:///{root / 'news.db'}"
    builder = StoryBuilder()
    problems: list[Problem] = []
    with open_store(url, create=True) as store:
        store.ingest(load_articles([_batch(root / "first", FIRST)], problems), stories=builder)
        time.sleep(1.1)  # ingest times are kept to the second
        since = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        time.sleep(1.1)
        store.ingest(load_articles([_batch(root / "later", LATER)], problems), stories=builder)
    assert not problems
    return url, since


def test_updates_parse_since_reads_days_and_times() -> None:
    assert parse_since("2021-07-25T08:30:00+03:00") == "2021-07-25T05:30:00+00:00"
    assert parse_since("2021-07-25T05:30Z") == "2021-07-25T05:30:00+00:00"
    local = dt.datetime(2021, 7, 25).astimezone(dt.UTC).isoformat(timespec="seconds")
    assert parse_since("2021-07-25") == local
    with pytest.raises(ValueError, match="'yesterday' is not a day"):
        parse_since("yesterday")


def test_updates_story_that_grew_says_only_what_is_new(grown: tuple[str, str]) -> None:
    url, since = grown
    with open_store(url) as store:
        (story,) = stories_since(store, since)
        articles = [store.article(a) for a in story.articles]
    update = story.update
    assert update is not None and update.since == since
    assert sorted(a[:3] for a in update.articles) == sorted(LATER)
    assert update.summary
    assert sum(len(s.text.split()) for s in update.summary) <= 60
    index = StoryIndex(articles)
    seen_units = [i for i, u in enumerate(index.units) if index.articles[u.article].id[:3] in FIRST and u.unfit is None]
    for sentence in update.summary:
        own = sentence.cites[0]
        assert own.article in update.articles  # quoted from a new report
        article = next(a for a in articles if a.id == own.article)
        assert article.text[own.start : own.end] == sentence.text
        unit = next(i for i, u in enumerate(index.units) if index.articles[u.article].id == own.article
                    and u.start == own.start)
        assert max(index.similarity[unit, seen_units]) < DEFAULT.summary.same_thing  # nothing the reader has read


def test_updates_nothing_grew_after_the_last_batch(grown: tuple[str, str]) -> None:
    url, _ = grown
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)).isoformat(timespec="seconds")
    with open_store(url) as store:
        assert stories_since(store, later) == []
        (story,) = stories_since(store, "2000-01-01T00:00:00+00:00")  # every article is new
        assert len(story.update.articles) == 5


def test_updates_cli_digest_since(grown: tuple[str, str], tmp_path: Path) -> None:
    url, since = grown
    run = subprocess.run(
        [sys.executable, "-m", "marsad.cli", "digest", "--db", url, "--since", since, "--json", str(tmp_path / "u.json")],
        capture_output=True, text=True, cwd=REPO, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert "### جديد منذ" in run.stdout and "(مقالان جديدان)" in run.stdout
    (story,) = json.loads((tmp_path / "u.json").read_text(encoding="utf-8"))["stories"]
    assert story["update"]["since"] == since
    assert story["update"]["summary"] and all(s["cites"] for s in story["update"]["summary"])
    html = subprocess.run(
        [sys.executable, "-m", "marsad.cli", "digest", "--db", url, "--since", since, "-q", "--html", str(tmp_path / "u.html")],
        capture_output=True, text=True, cwd=REPO, timeout=300,
    )
    assert html.returncode == 0 and "جديد منذ" in (tmp_path / "u.html").read_text(encoding="utf-8")
    late = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)).isoformat(timespec="seconds")
    quiet = subprocess.run(
        [sys.executable, "-m", "marsad.cli", "digest", "--db", url, "--since", late],
        capture_output=True, text=True, cwd=REPO, timeout=300,
    )
    assert quiet.returncode == 1 and "no story grew since" in quiet.stderr
    bad = subprocess.run(
        [sys.executable, "-m", "marsad.cli", "digest", "--db", url, "--since", "last week"],
        capture_output=True, text=True, cwd=REPO, timeout=300,
    )
    assert bad.returncode == 2 and "'last week' is not a day" in bad.stderr


def test_updates_web_story_page_new_since(grown: tuple[str, str]) -> None:
    url, since = grown
    with TestClient(create_app(url)) as client:
        (story_id,) = [s["id"] for s in client.get("/api/stories").json()["stories"]]
        html = client.get(f"/stories/{story_id}", params={"since": since}).text
        assert "جديد منذ" in html and "(مقالان جديدان)" in html
        assert '<form method="get" class="since">' in client.get(f"/stories/{story_id}").text
        body = client.get(f"/api/stories/{story_id}", params={"since": since}).json()["story"]
        assert [s["text"] for s in body["update"]["summary"]] and body["update"]["since"] == since
        assert client.get(f"/stories/{story_id}", params={"since": "soon"}).status_code == 422
