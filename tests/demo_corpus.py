"""The demo corpus as the pipeline reads it (ingest, clean, publication dates), for tests of later stages.

Keyed and identified by the first three characters of each file name, as the gold file names them.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from pathlib import Path

from marsad.model import Article
from marsad.pipeline import load_articles

DEMO = Path(__file__).resolve().parents[1] / "examples" / "iraq-2021"


@cache
def demo_articles() -> dict[str, Article]:
    """Short id (``000`` …) -> the clean article, with that short id."""
    problems: list = []
    articles = load_articles([DEMO], problems)
    assert not problems, problems
    return {a.id[:3]: dataclasses.replace(a, id=a.id[:3]) for a in articles}
