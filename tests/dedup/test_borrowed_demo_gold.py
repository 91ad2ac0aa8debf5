"""On the demo corpus, the two passages of the government statement that 001 reprints from 000 (the gold
``shared_passages``) are found, with spans that hold them in both articles, and nothing else is."""

from __future__ import annotations

import pytest

from marsad.dedup import borrowed_passages
from marsad.model import Article, BorrowedPassage


@pytest.fixture(scope="module")
def passages(demo_articles: list[Article]) -> list[BorrowedPassage]:
    return borrowed_passages(demo_articles)


def _by_id(articles: list[Article]) -> dict[str, Article]:
    return {article.id: article for article in articles}


def test_every_gold_passage_is_found_in_both_articles(
    demo_articles: list[Article], passages: list[BorrowedPassage], gold: dict
) -> None:
    articles = _by_id(demo_articles)
    assert len(gold["shared_passages"]) == 2
    for expected in gold["shared_passages"]:
        found = [
            p
            for p in passages
            if {p.source.article, p.target.article} == set(expected["docs"])
            and expected["contains"] in articles[p.source.article].span_text(p.source)
            and expected["contains"] in articles[p.target.article].span_text(p.target)
        ]
        assert len(found) == 1, expected["contains"]


def test_only_the_gold_passages_are_found(passages: list[BorrowedPassage], gold: dict) -> None:
    assert len(passages) == len(gold["shared_passages"])


def test_the_statement_is_the_source(passages: list[BorrowedPassage]) -> None:
    # 001 has no date, so the rule falls to coverage: the passages are a larger share of 000 (the
    # statement itself) than of 001, which wraps them in its own reporting
    assert {(p.source.article, p.target.article) for p in passages} == {("000", "001")}


def test_passages_quote_the_target_as_published(
    demo_articles: list[Article], passages: list[BorrowedPassage]
) -> None:
    articles = _by_id(demo_articles)
    for p in passages:
        assert p.text == articles[p.target.article].span_text(p.target)
        assert p.text == p.text.strip()
        assert 0.8 <= p.similarity <= 1.0  # one outlet dropped a word or two and some punctuation
    assert [p.target.start for p in passages] == sorted(p.target.start for p in passages)


@pytest.mark.parametrize("min_shared", [5, 10, 20])
def test_gold_passages_hold_across_the_calibrated_range(
    demo_articles: list[Article], min_shared: int
) -> None:
    # the best chance match between other sentences shares 5 distinct 3-grams; the gold ones 27 and 44
    found = borrowed_passages(demo_articles, min_shared=min_shared)
    assert {(p.source.article, p.target.article) for p in found} == {("000", "001")}
    assert len(found) == 2
