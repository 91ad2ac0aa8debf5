"""Which article is the source, what is skipped, what is too short to count, and where a passage is."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from marsad.dedup import borrowed_passages
from marsad.dedup.shingle import text_words
from marsad.model import Article, DuplicateGroup


@pytest.mark.parametrize(
    ("published_001", "source"),
    [
        ("2021-09-08", "001"),  # dates known: the earlier one is the source
        ("2021-09-10", "000"),
        ("2021-09-10T00:00:00", "000"),
        ("2021-09-09T18:30:00", "000"),  # same day as 000's date-only value: coverage decides
        (None, "000"),  # unknown: coverage decides
    ],
)
def test_source_is_the_earlier_article_else_the_one_mostly_made_of_the_passage(
    demo_articles: list[Article], published_001: str | None, source: str
) -> None:
    statement, reprint = demo_articles[0], dataclasses.replace(demo_articles[1], published=published_001)
    passages = borrowed_passages([statement, reprint])
    assert len(passages) == 2
    assert {p.source.article for p in passages} == {source}
    assert {p.target.article for p in passages} == {"000", "001"} - {source}


def test_articles_of_a_duplicate_group_are_not_compared(demo_articles: list[Article]) -> None:
    group = DuplicateGroup(("001", "000"), "near", 0.85)
    assert borrowed_passages(demo_articles, skip=[group]) == []
    # the two alone: every sentence they share is inside the group, and nothing is left to pair
    assert borrowed_passages([a for a in demo_articles if a.id in group.articles], skip=[group]) == []
    assert len(borrowed_passages(demo_articles, skip=[DuplicateGroup(("002", "003"), "near", 0.9)])) == 2


def test_stock_phrases_are_not_passages(make_article: Callable[..., Article]) -> None:
    # shared: a reporting verb, "the strategic dialogue between the two countries" and the King's full
    # title (9 words, 7 distinct 3-grams) — common formulas, not a borrowing
    a = make_article(
        "a",
        "وقال إن الحوار الاستراتيجي بين البلدين يمضي قدما في الملفات الاقتصادية والتجارية.\n"
        "وأشار خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود إلى أهمية التعاون الإقليمي.",
    )
    b = make_article(
        "b",
        "وقال إن الحوار الاستراتيجي بين البلدين لم يحقق شيئا يذكر حتى الآن بحسب المعارضة.\n"
        "واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وفدا رسميا في جدة أمس.",
    )
    assert borrowed_passages([a, b]) == []


def test_an_inserted_sentence_is_found_with_its_span(
    demo_articles: list[Article], make_article: Callable[..., Article]
) -> None:
    source = demo_articles[3]
    sentence = max((source.span_text(s) for s in source.sentences), key=len)
    paragraphs = [demo_articles[4].span_text(p) for p in demo_articles[4].paragraphs]
    target = make_article(
        "004",
        "\n".join([*paragraphs[:3], sentence, *paragraphs[3:]]),
        published=demo_articles[4].published,
    )
    (passage,) = borrowed_passages([source, target])
    assert (passage.source.article, passage.target.article) == ("003", "004")  # April before July
    assert text_words(passage.text) == text_words(sentence)
    assert text_words(source.span_text(passage.source)) == text_words(sentence)
    assert passage.similarity == 1.0
    inserted_at = target.text.index(sentence)
    assert inserted_at <= passage.target.start < passage.target.end <= inserted_at + len(sentence)


@pytest.mark.parametrize(("max_articles", "expected"), [(5, 0), (6, 15)])
def test_a_formula_in_more_than_max_articles_is_not_a_passage(
    demo_articles: list[Article], make_article: Callable[..., Article], max_articles: int, expected: int
) -> None:
    formula = demo_articles[0].span_text(demo_articles[0].sentences[-1])
    other = demo_articles[2]
    articles = [
        make_article(str(k), other.span_text(other.sentences[k + 2]) + "\n" + formula) for k in range(6)
    ]
    assert len(borrowed_passages(articles, max_articles=max_articles)) == expected


def test_an_article_without_sentences_is_split_here(demo_articles: list[Article]) -> None:
    plain = Article(id="001", text=demo_articles[1].text)  # no paragraphs, no sentences
    assert borrowed_passages([demo_articles[0], plain]) == borrowed_passages(demo_articles[:2])


def test_borrowed_passages_of_articles_too_short_for_one_ngram_is_empty() -> None:
    from marsad.dedup import borrowed_passages
    from marsad.model import Article, Sentence

    articles = [Article(id=i, text=t, sentences=(Sentence(0, len(t), 0),)) for i, t in (("a", "عاجل"), ("b", "..."))]
    assert borrowed_passages(articles) == []
