"""Clean articles of the demo corpus, built here while the clean stage is written elsewhere.

The recipe is the brief's: title = first non-empty line; text = the other non-empty lines, one paragraph
each (a line broken mid-sentence, per :func:`marsad.text.is_broken_line`, is joined to the next with a
space), optionally without the lines holding the gold file's ``boilerplate`` strings; sentences from
:func:`marsad.text.split_sentences` per paragraph. Article ids are the first three characters of the
file names, as in the gold file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from marsad.model import Article, Digest, Paragraph, Sentence
from marsad.pipeline import digest
from marsad.text import is_broken_line, split_sentences

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "examples" / "iraq-2021"
GOLD = REPO.parent / "shared" / "gold" / "iraq-2021.json"


def build_article(
    article_id: str, raw: str, *, drop: Iterable[str] = (), outlet: str | None = None, published: str | None = None
) -> Article:
    """A clean Article from plain text, as described in the module docstring."""
    drop = tuple(drop)
    lines = [line.strip() for line in raw.splitlines()]
    lines = [line for line in lines if line and not any(d in line for d in drop)]
    title, body = (lines[0], lines[1:]) if lines else ("", [])
    paragraphs_text: list[str] = []
    for line in body:
        if paragraphs_text and is_broken_line(paragraphs_text[-1], line):
            paragraphs_text[-1] += " " + line
        else:
            paragraphs_text.append(line)
    text = "\n\n".join(paragraphs_text)
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    offset = 0
    for number, paragraph in enumerate(paragraphs_text):
        paragraphs.append(Paragraph(offset, offset + len(paragraph)))
        sentences.extend(Sentence(offset + s, offset + e, number) for s, e in split_sentences(paragraph))
        offset += len(paragraph) + 2
    return Article(
        id=article_id, text=text, title=title, outlet=outlet, published=published, raw=raw,
        paragraphs=tuple(paragraphs), sentences=tuple(sentences),
    )


def _gold() -> dict:
    if not GOLD.exists():
        pytest.skip(f"gold reading {GOLD} is absent (shared folder not mounted)")
    return json.loads(GOLD.read_text(encoding="utf-8"))


def _demo(drop_residue: bool) -> tuple[Article, ...]:
    boilerplate = _gold()["boilerplate"] if drop_residue else {}
    articles = []
    for line in (DEMO / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        article_id = entry["file"][:3]
        raw = (DEMO / entry["file"]).read_text(encoding="utf-8")
        articles.append(
            build_article(
                article_id, raw, drop=boilerplate.get(article_id, ()), outlet=entry["outlet"],
                published=entry["published"],
            )
        )
    return tuple(articles)


@pytest.fixture(scope="session")
def gold() -> dict:
    """The analyst's reading of the demo corpus."""
    return _gold()


@pytest.fixture(scope="session")
def demo_articles() -> tuple[Article, ...]:
    """The five demo articles, cleaned of the gold file's boilerplate lines."""
    return _demo(drop_residue=True)


@pytest.fixture(scope="session")
def demo_articles_with_residue() -> tuple[Article, ...]:
    """The five demo articles as a clean stage that missed every residue line would give them."""
    return _demo(drop_residue=False)


@pytest.fixture(scope="session")
def make_article() -> Callable[..., Article]:
    """:func:`build_article`, for tests that build their own stories."""
    return build_article


@pytest.fixture(scope="session")
def demo_digest() -> Digest:
    """The demo corpus read by the whole pipeline, as ``marsad digest examples/iraq-2021`` shows it: the
    real clean stage's sentences, and the dedup stage's borrowed passages."""
    return digest([DEMO])
