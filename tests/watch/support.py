"""Helpers of the watch tests (conftest files are not importable under ``--import-mode=importlib``)."""

from __future__ import annotations

from marsad.watch import Politeness, Source, WatchConfig


class SimClock:
    """Simulated seconds, moved on by the test."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


# Politeness for tests: the waits of the real defaults (1 s per host, 20 s timeouts) made short, so the
# faults show in seconds; robots.txt, retries, redirects and size limits work as in production.
FAST = Politeness(contact="https://newsroom.example/marsad", per_host=0.0, timeout=0.4, deadline=0.8,
                  retries=1, backoff=0.05, max_redirects=5, max_page=2 * 2**20, recheck=None)


def config_for(outlets: list, politeness: Politeness = FAST, **extra: object) -> WatchConfig:
    """A config with one source per replayed outlet (its feed), polled every 10 simulated minutes."""
    sources = tuple(Source(o.key, f"{o.base}/feed.xml", every=600, recheck=politeness.recheck) for o in outlets)
    return WatchConfig(sources=sources, politeness=politeness, **extra)  # type: ignore[arg-type]
