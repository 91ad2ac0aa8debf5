"""`marsad watch` as a process, against SaudiNewsNet outlets replayed on loopback in real time: it keeps
running through failing sources, stops cleanly on SIGTERM, and a kill -9 mid-poll loses nothing that was
committed and stores nothing twice after a restart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from marsad.store import open_store

MARSAD = [sys.executable, "-m", "marsad.cli"]


def _sources(path: Path, outlets: list) -> Path:
    lines = [
        "[watch]",
        'contact = "https://newsroom.example/marsad"',
        'per_host = "0s"',
        'timeout = "0.5s"',
        'deadline = "1s"',
        "retries = 0",
        'recheck = "off"',
        "",
    ]
    for outlet in outlets:
        lines += ["[[source]]", f'name = "{outlet.key}"', f'feed = "{outlet.base}/feed.xml"', 'every = "1s"', ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _stored_urls(url: str) -> set[str]:
    with open_store(url) as store:
        return {a.url for a in store.articles()}


def _wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def _start(sources: Path, url: str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([*MARSAD, "watch", str(sources), "--db", url, *extra], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})


@pytest.fixture
def outlets(replay) -> list:
    """Five outlets, three articles each, one of them answering 500 and one never answering its feed."""
    chosen = replay.saudinewsnet_outlets(3)[:5]
    chosen[3].faults = {"500"}
    chosen[4].faults, chosen[4].hang_s = {"timeout"}, 2.0
    return chosen


def test_runs_through_failures_and_stops_on_sigterm(replay, web_of, outlets: list, tmp_path: Path, db_url: str) -> None:
    replay.ReplayWeb.schedule(outlets, 2.0)  # published over the first two seconds
    web = web_of(outlets, clock=lambda: time.monotonic() - started)
    started = time.monotonic()
    expected = {u for pages in web.expected().values() for u in pages}
    assert len(expected) == 9
    watch = _start(_sources(tmp_path / "sources.toml", outlets), db_url, "--quiet")
    try:
        _wait_for(lambda: os.path.exists(db_url.removeprefix("sqlite:///")) and _stored_urls(db_url) >= expected,
                  90, "every article to be stored")
        time.sleep(1.0)  # more polls of the failing sources
        assert watch.poll() is None, watch.stderr.read() if watch.stderr else ""  # still polling
        watch.send_signal(signal.SIGTERM)
        assert watch.wait(timeout=30) == 0
    finally:
        if watch.poll() is None:
            watch.kill()
    assert _stored_urls(db_url) == expected
    with open_store(db_url) as store:
        assert store.check() == []
    problems = watch.stderr.read() if watch.stderr else ""
    assert "HTTP 500" in problems and "timed out" in problems  # -q still names each problem


def test_kill_9_mid_poll_loses_nothing_committed(replay, web_of, outlets: list, tmp_path: Path, db_url: str) -> None:
    clean = outlets[:3]
    for outlet in clean:
        outlet.drip_s = 0.0
    replay.ReplayWeb.schedule(clean, 3.0)
    web = web_of(clean, clock=lambda: time.monotonic() - started)
    started = time.monotonic()
    sources = _sources(tmp_path / "sources.toml", clean)
    watch = _start(sources, db_url, "--quiet")
    try:
        _wait_for(lambda: os.path.exists(db_url.removeprefix("sqlite:///")) and len(_stored_urls(db_url)) >= 2,
                  60, "the first articles")
        watch.send_signal(signal.SIGKILL)
        assert watch.wait(timeout=10) == -signal.SIGKILL
    finally:
        if watch.poll() is None:
            watch.kill()
    with open_store(db_url) as store:
        assert store.check() == []
        before = {a.url for a in store.articles()}
        placed = [a for s in store.stories() for a in s.articles]
        assert len(placed) == len(set(placed)) == len(before)  # each committed article in one story
    served_before = {k: v for k, v in web.served.items()}
    _wait_for(lambda: time.monotonic() - started > 3.5, 10, "the last publication")
    again = subprocess.run([*MARSAD, "watch", str(sources), "--db", db_url, "--once"], capture_output=True,
                           text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    expected = {u for pages in web.expected().values() for u in pages}
    with open_store(db_url) as store:
        assert store.check() == []
        articles = list(store.articles())
        assert {a.url for a in articles} == expected and len(articles) == len(expected)
        assert all(len(store.versions(a.id)) == 1 for a in articles)
    for outlet in clean:
        for article in outlet.articles:
            path = (outlet.key, f"/a/{article.number}.html")
            if outlet.url(article) in before:  # committed before the kill: never asked again
                assert web.served[path] == served_before[path] == 1
            else:  # fetched at most once more than before
                assert web.served[path] <= served_before.get(path, 0) + 1


def test_live_status_on_a_terminal(replay, web_of, outlets: list, tmp_path: Path, db_url: str) -> None:
    import pty

    chosen = [outlets[0], outlets[3]]  # one that works, one that answers 500
    replay.ReplayWeb.schedule(chosen, 0.0)
    web_of(chosen, clock=lambda: 1.0)
    main, secondary = pty.openpty()
    watch = subprocess.Popen([*MARSAD, "watch", str(_sources(tmp_path / "sources.toml", chosen)), "--db", db_url,
                              "--once"], stdin=secondary, stdout=secondary, stderr=secondary,
                             env={**os.environ, "COLUMNS": "160", "TERM": "xterm"})
    os.close(secondary)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the terminal closed: the process ended
            break
        if not chunk:
            break
        shown += chunk
    os.close(main)
    assert watch.wait(timeout=60) == 3  # partial: a source failed
    screen = shown.decode("utf-8", errors="replace")
    assert "marsad watch · 2 sources" in screen
    for outlet in chosen:
        assert outlet.key in screen
    assert "HTTP 500" in screen and "last problem" in screen
    assert "2 polls (1 failed) · 3 new articles" in screen  # the summary after the table
