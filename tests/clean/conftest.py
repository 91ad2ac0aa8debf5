"""Fixtures for the clean stage: the demo corpus as ingest hands it over, the gold reading, and the check
that cleaning accounts for every character it was given."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from marsad.clean import REASONS, clean_article
from marsad.model import Article

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "examples" / "iraq-2021"
SHARED = REPO.parent / "shared"
GOLD = SHARED / "gold" / "iraq-2021.json"
HTML_DATA = SHARED / "data" / "html"


def article_from_txt(path: Path) -> Article:
    """An article built the way the .txt reader builds it: title = first non-empty line, extracted = the
    rest of the file."""
    title, _, body = path.read_text(encoding="utf-8").lstrip().partition("\n")
    return Article(id=path.name[:3], text="", title=title.strip(), extracted=body)


@pytest.fixture(scope="session")
def demo() -> dict[str, Article]:
    """The five demo articles, cleaned, by document key (``000`` ... ``004``)."""
    return {p.name[:3]: clean_article(article_from_txt(p)) for p in sorted(DEMO.glob("*.txt"))}


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    if not GOLD.exists():
        pytest.skip(f"gold reading not found at {GOLD} (shared folder absent)")
    return json.loads(GOLD.read_text(encoding="utf-8"))


def check_accounted(article: Article) -> None:
    """Every removal is a verbatim, non-overlapping piece of ``extracted`` with a known reason; what is
    not removed is the clean text, character for character once white space is set aside; paragraphs
    and sentences index the clean text."""
    source = article.extracted
    covered = bytearray(len(source))
    end = 0
    for removal in article.removed:
        assert removal.reason in REASONS, removal
        assert removal.rule, removal
        assert source[removal.offset : removal.offset + len(removal.text)] == removal.text, removal
        assert removal.offset >= end, f"overlapping removals at {removal.offset}"
        end = removal.offset + len(removal.text)
        covered[removal.offset : end] = b"\x01" * len(removal.text)
    kept = "".join(ch for ch, gone in zip(source, covered, strict=True) if not gone and not ch.isspace())
    assert kept == "".join(ch for ch in article.text if not ch.isspace())

    assert "\n\n".join(article.span_text(p) for p in article.paragraphs) == article.text
    for paragraph in article.paragraphs:
        body = article.span_text(paragraph)
        assert body and body == body.strip() and "\n" not in body and "  " not in body
    for sentence in article.sentences:
        paragraph = article.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end


@pytest.fixture
def accounted() -> Callable[[Article], None]:
    return check_accounted
