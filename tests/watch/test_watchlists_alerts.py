"""Watchlists and alerts on the demo story (five real articles on the US forces in Iraq), published by
two loopback outlets over two polls: a name matches any of its variants through the entity resolution,
words any spelling, outlets their outlet; alerts go to a JSON lines file, to webhooks (retried, never
holding up the poller) and to the web app's Atom feeds."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import feedparser
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import marsad
from bench_scripts import bench_module
from marsad.cli import app
from marsad.store import open_store
from marsad.store.watch import WatchState
from marsad.watch import Source, WatchConfig, Watcher, WatchlistSpec, names_entity
from marsad.watch.alerts import WebhookSender
from marsad.web import create_app
from watch.support import FAST, SimClock

DEMO = Path(__file__).resolve().parents[2] / "examples" / "iraq-2021"


@pytest.mark.parametrize(
    ("watched", "entity", "named"),
    [
        ("الكاظمي", "مصطفى الكاظمي", True),  # a part of the full name
        ("مصطفى الكاظمى", "مصطفى الكاظمي", True),  # ى for ي
        ("كينيث ماكينزي", "كينيث ماكنزي", True),  # a spelling variant
        ("أنتوني بلينكين", "أنتوني بلينكن", True),
        ("البنتاغون", "وزارة الدفاع الأمريكية", True),  # the alias table
        ("تنظيم داعش", "تنظيم الدولة الإسلامية", True),
        ("وزارة الدفاع", "وزارة الدفاع الأمريكية", True),  # the opening of a longer name
        ("جو بايدن", "مصطفى الكاظمي", False),
        ("بغداد", "إيران", False),
        ("الكاظمي", "تحسين الخفاجي", False),
    ],
)
def test_a_watched_name_matches_any_variant(demo_digest, watched: str, entity: str, named: bool) -> None:
    entities = {e.name: e for e in demo_digest.stories[0].entities}
    assert names_entity(watched, entities[entity]) is named


class Hook:
    """A loopback webhook receiver: answers ``statuses`` in turn (then 200), after ``delay`` seconds."""

    def __init__(self, host: str, statuses: list[int], delay: float = 0.0) -> None:
        self.bodies: list[dict] = []
        self.attempts = 0
        hook = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                return None

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                time.sleep(delay)
                hook.attempts += 1
                status = statuses.pop(0) if statuses else 200
                if status == 200:
                    hook.bodies.append(body)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://{host}:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def alerted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """The demo published by two outlets over two polls, watched with three watchlists."""
    replay = bench_module("newsreplay")
    manifest = [json.loads(line) for line in (DEMO / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = {}
    for entry in manifest:
        title, _, body = (DEMO / entry["file"]).read_text(encoding="utf-8").strip().partition("\n")
        texts[entry["file"]] = (title, body.strip())
    first, second = sorted(texts)[:2], sorted(texts)[2:]
    # outlet one publishes two articles before the first poll and one after; outlet two, two after
    plan = {"one": [(first[0], 0), (first[1], 0), (second[0], 700)], "two": [(second[1], 700), (second[2], 700)]}
    outlets = [
        replay.Outlet(key, key, [replay.ReplayArticle(n, *texts[f], at) for n, (f, at) in enumerate(files, 1)])
        for key, files in plan.items()
    ]
    clock = SimClock()
    folder = tmp_path_factory.mktemp("alerts")
    url = f"sqlite:///{folder / 'watch.db'}"
    good = Hook("127.0.0.31", [500, 500])
    slow = Hook("127.0.0.32", [], delay=4.0)
    web = replay.ReplayWeb(outlets, clock).start()
    names = {o.key: "الجزيرة نت" if o.key == "one" else "الميادين" for o in outlets}
    sources = tuple(Source(o.key, f"{o.base}/feed.xml", outlet=names[o.key], every=600) for o in outlets)
    config = WatchConfig(
        sources=sources,
        politeness=replace(FAST, site="https://marsad.example"),
        watchlists=(
            WatchlistSpec("kadhimi", entities=("الكاظمي",)),
            WatchlistSpec("erdogan", entities=("رجب طيب أردوغان",)),
            WatchlistSpec("slow", words=("القوات الأمريكية",), webhook=slow.url),
        ),
        alerts_jsonl=folder / "alerts.jsonl",
        webhook=good.url,
    )
    sender = WebhookSender(FAST.contact, "https://marsad.example", first_backoff=0.05)
    runs = []
    try:
        with open_store(url) as store:
            WatchState(store).add_watchlist("mayadeen", [], ["قتالية"], ["الميادين"], None)
            for step, now in enumerate((0.0, 900.0)):
                clock.now = now
                started = time.monotonic()
                Watcher(config, store, webhooks=sender, gather=0.5).run(once=True)
                state = WatchState(store)
                runs.append({
                    "seconds": time.monotonic() - started,
                    "slow_undelivered": [a.id for a in state.alerts(watchlist="slow", undelivered=True)],
                    "step": step,
                })
            deadline = time.monotonic() + 10
            to_good = [a.id for a in WatchState(store).alerts(limit=100) if a.webhook == good.url]
            while len(good.bodies) < len(to_good):
                assert time.monotonic() < deadline, f"the webhook got {good.bodies} of {to_good}"
                time.sleep(0.1)
            time.sleep(0.2)
            Watcher(config, store, webhooks=sender).run(once=True)  # records the deliveries
        yield {"url": url, "good": good, "slow": slow, "runs": runs, "jsonl": folder / "alerts.jsonl"}
    finally:
        sender.close(timeout=0.5)
        web.stop()
        good.close()
        slow.close()


def test_alerts_for_new_and_grown_stories(alerted: dict) -> None:
    with open_store(alerted["url"]) as store:
        state = WatchState(store)
        (story,) = store.stories()  # the five articles are one story, as in `marsad digest`
        kadhimi = state.alerts(watchlist="kadhimi")[::-1]
        # the first poll opened the story, the second grew it (in one batch or more: a batch takes what
        # has arrived after at most GATHER_S seconds)
        assert kadhimi[0].kind == "new" and {a.kind for a in kadhimi[1:]} == {"grown"}
        assert {a.story for a in kadhimi} == {story.id}
        assert all(a.matched == {"entities": ["الكاظمي"]} for a in kadhimi)
        alerted_articles = [x["id"] for a in kadhimi for x in a.articles]
        assert sorted(alerted_articles) == sorted(story.articles)  # every article names him; each once
        assert state.alerts(watchlist="erdogan") == []
        # words and outlet together: only the second poll brought a Mayadeen article saying it
        (mayadeen,) = state.alerts(watchlist="mayadeen")
        assert mayadeen.kind == "grown" and mayadeen.matched == {"outlets": ["الميادين"], "words": ["قتالية"]}
        assert [a["outlet"] for a in mayadeen.articles] == ["الميادين"]
        assert state.alerts(watchlist="slow")  # "القوات الأمريكية" in any spelling (الأميركية too)


def test_alerts_as_json_lines(alerted: dict) -> None:
    lines = [json.loads(line) for line in alerted["jsonl"].read_text(encoding="utf-8").splitlines()]
    with open_store(alerted["url"]) as store:
        stored = WatchState(store).alerts(limit=100)
    assert sorted(line["id"] for line in lines) == sorted(a.id for a in stored)  # each once
    first = min(lines, key=lambda line: line["id"])
    assert first["page"] == f"https://marsad.example/stories/{first['story']}"
    assert set(first) >= {"watchlist", "kind", "title", "articles", "matched", "created_at"}


def test_webhooks_are_retried_and_never_hold_up_the_poller(alerted: dict) -> None:
    good, runs = alerted["good"], alerted["runs"]
    with open_store(alerted["url"]) as store:
        state = WatchState(store)
        to_good = [a for a in state.alerts(limit=100) if a.webhook == good.url]
        assert to_good and all(a.delivered_at is not None for a in to_good)
        assert sorted(b["id"] for b in good.bodies) == sorted(a.id for a in to_good)
        assert good.attempts == len(to_good) + 2  # the two 500s were retried
        assert max(a.attempts for a in to_good) == 3
    # the slow receiver takes 4 s an alert: each poll was over, its alerts stored, before it answered
    for run in runs:
        assert run["slow_undelivered"], run


def test_atom_feeds_of_a_watchlist_and_of_stories(alerted: dict) -> None:
    with TestClient(create_app(alerted["url"])) as client:
        response = client.get("/feeds/watchlists/kadhimi.atom")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/atom+xml")
        feed = feedparser.parse(response.content)
        assert not feed.bozo and feed.version == "atom10"
        titles = [e.title.split(":")[0] for e in feed.entries]
        assert titles[-1] == "قصة جديدة" and set(titles[:-1]) == {"قصة نمت"}  # latest first
        assert all(e.link.startswith("http://testserver/stories/s") for e in feed.entries)
        stories = feedparser.parse(client.get("/feeds/stories.atom").content)
        assert not stories.bozo and len(stories.entries) == 1
        assert "المقالات: 5" in stories.entries[0].summary
        assert client.get("/feeds/watchlists/nobody.atom").status_code == 404
        assert client.get("/feeds/watchlists/..%2Fx.atom").status_code in (404, 422)
        page = client.get("/")
        assert 'type="application/atom+xml"' in page.text  # feed readers find it from the pages


def test_watchlists_in_the_store_from_the_command_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'lists.db'}"
    runner = CliRunner()
    added = runner.invoke(app, ["watchlist", "add", "iraq", "--entity", "مصطفى الكاظمي", "-w", "الانتخابات",
                                "--db", db])
    assert added.exit_code == 0 and "added" in added.stdout
    assert runner.invoke(app, ["watchlist", "add", "iraq", "-o", "الجزيرة نت", "--db", db]).stdout.strip().endswith("replaced")
    listed = runner.invoke(app, ["watchlist", "list", "--db", db, "--json"])
    (record,) = json.loads(listed.stdout)
    assert record["name"] == "iraq" and record["outlets"] == ["الجزيرة نت"] and record["entities"] == []
    assert runner.invoke(app, ["watchlist", "add", "bad name", "-w", "x", "--db", db]).exit_code == 2
    assert runner.invoke(app, ["watchlist", "add", "nothing", "--db", db]).exit_code == 2
    assert runner.invoke(app, ["watchlist", "remove", "iraq", "--db", db]).exit_code == 0
    assert runner.invoke(app, ["watchlist", "remove", "iraq", "--db", db]).exit_code == 1
    assert runner.invoke(app, ["watchlist", "list", "--db", db]).exit_code == 1


def test_demo_is_one_story_in_a_batch_run(demo_digest) -> None:
    # the premise of the alerts above: the five articles make one story
    assert len(demo_digest.stories) == 1 and len(demo_digest.articles) == 5
    assert isinstance(marsad.__version__, str)
