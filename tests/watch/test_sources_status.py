"""`marsad sources status`: a source failing for a day stands out (DOWN, listed first, exit code 3), one
with nothing new for a day is stale, and the counts per day are shown."""

from __future__ import annotations

import datetime as dt
import json

from typer.testing import CliRunner

from marsad.cli import app
from marsad.store import open_store
from marsad.store.watch import DayCounts, WatchState


def _at(hours_ago: float) -> str:
    return (dt.datetime.now(dt.UTC) - dt.timedelta(hours=hours_ago)).isoformat(timespec="seconds")


def test_a_source_failing_for_a_day_stands_out(db_url: str) -> None:
    with open_store(db_url) as store:
        state = WatchState(store)
        for name in ("aljazeera", "okaz", "sabq", "alriyadh"):
            state.register(name, f"https://{name}.example/rss")
        with state.transaction():
            # okaz: fine until 26 hours ago, failing since
            state.poll_succeeded("okaz", _at(27), listed_at=_at(27), etag=None, last_modified=None, found_new=True)
            state.poll_failed("okaz", _at(26), "HTTP 503 Service Unavailable")
            state.poll_failed("okaz", _at(0.1), "HTTP 503 Service Unavailable")
            state.problem("okaz", _at(0.1), "https://okaz.example/rss", "HTTP 503 Service Unavailable")
            # sabq: failing for two hours only
            state.poll_succeeded("sabq", _at(3), listed_at=_at(3), etag=None, last_modified=None, found_new=True)
            state.poll_failed("sabq", _at(2), "timed out: no answer within 20s")
            # alriyadh: polls succeed, but its last new article is two days old (a feed repeating itself)
            state.poll_succeeded("alriyadh", _at(48), listed_at=_at(48), etag=None, last_modified=None, found_new=True)
            state.poll_succeeded("alriyadh", _at(0.1), listed_at=_at(0.1), etag='"same"', last_modified=None,
                                 found_new=False)
            # aljazeera: all well
            state.poll_succeeded("aljazeera", _at(0.1), listed_at=_at(0.1), etag=None, last_modified=None,
                                 found_new=True)
            state.count_day("aljazeera", _at(0)[:10], DayCounts(polls=140, added=212, updated=9, problems=1))
    runner = CliRunner()
    table = runner.invoke(app, ["sources", "status", "--db", db_url])
    assert table.exit_code == 3  # a source is down
    rows = [line for line in table.stdout.splitlines() if line.startswith("│") and line.split("│")[1].strip()]
    assert [row.split("│")[1].strip() for row in rows] == ["okaz", "sabq", "alriyadh", "aljazeera"]
    assert "DOWN for 1d" in table.stdout and "HTTP 503 Service Unavailable" in table.stdout
    assert "212/9, 1 problem (140 polls)" in table.stdout
    status = {s["source"]: s for s in json.loads(runner.invoke(app, ["sources", "status", "--db", db_url,
                                                                       "--json"]).stdout)}
    assert {name: s["health"] for name, s in status.items()} == {
        "okaz": "down", "sabq": "failing", "alriyadh": "stale", "aljazeera": "ok"}
    assert status["okaz"]["failing_for_seconds"] >= 26 * 3600 - 60


def test_status_of_a_store_never_watched(db_url: str) -> None:
    open_store(db_url).close()
    result = CliRunner().invoke(app, ["sources", "status", "--db", db_url])
    assert result.exit_code == 1 and "no source has been watched" in result.stderr
