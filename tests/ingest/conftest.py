"""Shared paths and helpers for the ingest tests: the demo corpus in the repo and the real HTML pages in
the shared data folder (``<repo>/../shared/data/html``; tests that need them skip when it is absent)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from marsad.ingest import read_sources
from marsad.model import Article, Problem

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "examples" / "iraq-2021"
SHARED_HTML = REPO.parent / "shared" / "data" / "html"

def _read(paths: Iterable[str | Path] | str | Path, **options: int) -> tuple[list[Article], list[Problem]]:
    articles: list[Article] = []
    problems: list[Problem] = []
    for item in read_sources(paths, **options):
        (articles if isinstance(item, Article) else problems).append(item)
    return articles, problems


@pytest.fixture
def read() -> Callable[..., tuple[list[Article], list[Problem]]]:
    """``read(paths, max_bytes=...)`` -> ``(articles, problems)``, everything ``read_sources`` yields."""
    return _read


@pytest.fixture
def demo_article() -> str:
    """A real Arabic news article (demo corpus, العين الإخبارية), as text."""
    return (DEMO / "000_0d20a9110642fab2.txt").read_text(encoding="utf-8")


@pytest.fixture
def shared_html() -> Path:
    if not SHARED_HTML.is_dir():
        pytest.skip(f"shared HTML test pages not found at {SHARED_HTML}")
    return SHARED_HTML
