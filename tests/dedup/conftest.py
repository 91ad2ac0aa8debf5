"""Clean articles for the dedup tests, built here so the tests do not depend on the clean stage.

A plain body becomes a clean article the simple way: its non-empty lines (stripped) are the paragraphs,
joined by a blank line, and each paragraph is split into sentences by marsad.text.split_sentences.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from marsad.model import Article, Paragraph, Sentence
from marsad.text import normalize_key, split_sentences

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "examples" / "iraq-2021"
GOLD = REPO.parent / "shared" / "gold" / "iraq-2021.json"
SAUDINEWSNET = REPO.parent / "shared" / "data" / "news" / "saudinewsnet" / "dataset"

ArticleMaker = Callable[..., Article]


def clean_article(
    article_id: str, body: str, *, title: str = "", published: str | None = None, outlet: str | None = None
) -> Article:
    """A clean article whose paragraphs are the non-empty lines of ``body``."""
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    paragraphs, sentences, offset = [], [], 0
    for number, line in enumerate(lines):
        paragraphs.append(Paragraph(offset, offset + len(line)))
        sentences.extend(Sentence(offset + s, offset + e, number) for s, e in split_sentences(line))
        offset += len(line) + 2
    return Article(
        id=article_id,
        text="\n\n".join(lines),
        title=title,
        outlet=outlet,
        published=published,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
    )


@pytest.fixture(scope="session")
def make_article() -> ArticleMaker:
    return clean_article


@pytest.fixture(scope="session")
def demo_articles() -> list[Article]:
    """The five demo articles, ids ``000``..``004`` as in the gold file; title is the first line."""
    articles = []
    for line in (DEMO / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        lines = (DEMO / entry["file"]).read_text(encoding="utf-8").split("\n")
        first = next(i for i, text in enumerate(lines) if text.strip())
        articles.append(
            clean_article(
                entry["file"][:3],
                "\n".join(lines[first + 1 :]),
                title=lines[first].strip(),
                published=entry["published"],
                outlet=entry["outlet"],
            )
        )
    return articles


@pytest.fixture(scope="session")
def gold() -> dict:
    if not GOLD.is_file():
        pytest.skip(f"gold reading of the demo corpus not found at {GOLD}")
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def saudinewsnet_sample() -> list[Article]:
    """500 articles of SaudiNewsNet's 2015-07-25: every article whose title another outlet also ran that
    day (the wire copies, 71), then evenly spaced others from all outlets; ids are the day's indexes."""
    day = SAUDINEWSNET / "2015-07-25.zip"
    if not day.is_file():
        pytest.skip(f"SaudiNewsNet not found at {SAUDINEWSNET} (the shared data folder)")
    with zipfile.ZipFile(day) as archive:
        items = json.loads(archive.read(archive.namelist()[0]))
    outlets: dict[str, set[str]] = {}
    for item in items:
        outlets.setdefault(normalize_key(item.get("title") or ""), set()).add(item["source"])
    shared = {i for i, item in enumerate(items) if len(outlets[normalize_key(item.get("title") or "")]) > 1}
    others = [i for i in range(len(items)) if i not in shared]
    others = others[:: len(others) // (500 - len(shared))][: 500 - len(shared)]
    return [
        clean_article(
            str(i),
            items[i].get("content") or "",
            title=items[i].get("title") or "",
            published=items[i].get("date_extracted"),
            outlet=items[i]["source"],
        )
        for i in sorted(shared | set(others))
    ]
