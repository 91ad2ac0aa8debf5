"""Fixtures for the watch tests: a loopback news web replaying real SaudiNewsNet articles
(``bench/newsreplay.py``), with a simulated clock the tests move on, and sources files pointing at it.

Every server listens on a loopback address (127.0.0.x) and nothing else is ever contacted. Without the
shared data (``MARSAD_DATA``) the tests that replay SaudiNewsNet are skipped, saying where it was looked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bench_scripts import bench_module
from watch.support import SimClock


@pytest.fixture(scope="session")
def replay() -> object:
    """The ``newsreplay`` bench module (skips when SaudiNewsNet is not there)."""
    corpora = bench_module("corpora")
    if not list(corpora.SAUDINEWSNET.glob("*.zip")):
        pytest.skip(f"SaudiNewsNet not found under {corpora.SAUDINEWSNET} (set MARSAD_DATA)")
    return bench_module("newsreplay")


@pytest.fixture
def sim_clock() -> SimClock:
    return SimClock()


@pytest.fixture
def web_of(replay: object, sim_clock: SimClock) -> Iterator[Callable[..., object]]:
    """``web_of(outlets)``: a started replay web on the simulated clock, stopped after the test."""
    started = []

    def start(outlets: list, clock: Callable[[], float] | None = None) -> object:
        web = replay.ReplayWeb(outlets, clock or sim_clock).start()  # type: ignore[attr-defined]
        started.append(web)
        return web

    yield start
    for web in started:
        web.stop()


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'watch.db'}"
