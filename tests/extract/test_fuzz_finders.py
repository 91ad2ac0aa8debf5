"""Fuzzing the finders on any text, cleaned as the pipeline cleans it: the temporal parser (with any
anchor, even a broken one), the quantity finder, entity recognition and the quote finder. Every span
lies inside the clean text and holds the text it claims, in text order; nothing raises."""

from __future__ import annotations

import itertools
import math
import re

from hypothesis import given
from hypothesis import strategies as st

from fuzz import spans_inside, texts
from marsad.clean import clean_article
from marsad.extract import find_quantities, find_quotes, find_times, recognize_entities
from marsad.extract.times import tag_text
from marsad.model import Article

anchors = st.one_of(st.none(), st.dates().map(str), st.sampled_from(["2021-02-30", "yesterday", "٢٠٢١-٠٧-٢٦", ""]))
_VALUE = re.compile(r"\d{3,4}(-\d{2}(-\d{2})?|-W\d{2}|-(SP|SU|FA|WI)|-Q\d|-H\d)?|\d{3}X?")


def _article(text: str, anchor: str | None = None) -> Article:
    return clean_article(Article(id="fuzz", title="", text="", extracted=text, published=anchor or None))


@given(texts, anchors)
def test_time_expressions_are_spans_of_their_text(text: str, anchor: str | None) -> None:
    found = tag_text(text, anchor=anchor, article="fuzz")
    assert spans_inside([(t.start, t.end) for t in found], len(text))
    for t in found:
        assert t.text == text[t.start : t.end] and t.end > t.start
        assert t.value is None or _VALUE.fullmatch(t.value) or "T" in t.value, t.value
    article = _article(text, anchor)
    assert spans_inside([(t.start, t.end) for t in find_times(article)], len(article.text))


@given(texts)
def test_quantities_are_spans_of_their_text(text: str) -> None:
    article = _article(text)
    found = find_quantities(article)
    assert spans_inside([(q.start, q.end) for q in found], len(article.text))
    for q in found:
        assert q.text == article.text[q.start : q.end]
        assert math.isfinite(q.value)
        if q.counted_span is not None:
            assert spans_inside([q.counted_span], len(article.text))


@given(texts)
def test_mentions_and_quotes_are_spans_of_their_text(text: str) -> None:
    article = _article(text)
    assert spans_inside([(p.start, p.end) for p in article.paragraphs], len(article.text))
    assert spans_inside([(s.start, s.end) for s in article.sentences], len(article.text))
    mentions = recognize_entities(article)
    assert spans_inside([(m.start, m.end) for m in mentions], len(article.text))
    assert all(m.type in ("PER", "ORG", "LOC", "MISC") for m in mentions)
    quotes = find_quotes(article, mentions)
    assert spans_inside([(q.start, q.end) for q in quotes], len(article.text))
    for q in quotes:
        assert q.text == article.text[q.start : q.end] and q.kind in ("direct", "indirect")
        for extra in (q.cue_span, q.speaker_span):
            assert extra is None or spans_inside([extra], len(article.text))


def test_a_name_repeated_is_one_mention() -> None:
    """Found by the fuzzing above (deep profile): two overlapping ORG mentions, 0-20 and 8-20, from
    ``القيادة القيادة الآن”.`` (an institution head taken for one in construct although it has the article;
    that head is no longer a name's start, so the repeat is written in construct here)."""
    article = _article("قيادة قيادة القيادة الآن”.")
    mentions = recognize_entities(article)
    assert spans_inside([(m.start, m.end) for m in mentions], len(article.text))
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))
    assert [m.text for m in mentions] == ["قيادة القيادة الآن"]


def test_an_institution_head_with_the_article_opens_no_name() -> None:
    # ``المنظمة الدولية`` refers back to the United Nations; ``منظمة الصحة العالمية`` is the name
    text = "وقال إن المنظمة الدولية تتابع الوضع، فيما حذرت منظمة الصحة العالمية من انتشار المرض."
    orgs = [m.text for m in recognize_entities(_article(text)) if m.type == "ORG"]
    assert orgs == ["منظمة الصحة العالمية"]
    # a head whose letters only look like a conjunction, a preposition and the article (و ك ال in وكالة)
    text = "ونقلت وكالة الأنباء الجزائرية عن مصدر أن الوضع مستقر، وكشفت وكالة الاستخبارات المركزية عن الوثائق."
    orgs = [m.text for m in recognize_entities(_article(text)) if m.type == "ORG"]
    assert orgs == ["وكالة الأنباء الجزائرية", "وكالة الاستخبارات المركزية"]
