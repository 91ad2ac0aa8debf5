"""Fuzzing the text primitives and the sentence splitter on any text: keys and maps back to the text,
tokens, numbers and sentences. Every span lies inside its text, in order; nothing raises."""

from __future__ import annotations

import itertools
import math

from hypothesis import given

from fuzz import spans_inside, texts
from marsad.text import fold, normalize_key, parse_number, split_sentences, tokenize, word_keys
from marsad.text.normalize import search_key
from marsad.text.numbers import find_numbers


@given(texts)
def test_keys_and_their_offset_maps(text: str) -> None:
    key = normalize_key(text)
    assert key == key.strip() and "  " not in key
    folded, origin = fold(text)
    assert len(folded) == len(origin)
    assert all(0 <= i < len(text) for i in origin) and origin == sorted(origin)
    searched, where = search_key(text)
    assert len(searched) <= len(text)
    for k in range(len(searched)):
        assert 0 <= where[k] < len(text)
    for start, end in itertools.combinations(range(0, len(searched) + 1, max(1, len(searched) // 5)), 2):
        s, e = where.text_span(start, end)
        assert 0 <= s <= e <= len(text)
    assert all(isinstance(w, str) and w for w in word_keys(text))


@given(texts)
def test_tokens_are_their_text_in_order(text: str) -> None:
    tokens = tokenize(text)
    assert spans_inside([(t.start, t.end) for t in tokens], len(text))
    assert all(t.text == text[t.start : t.end] and t.end > t.start for t in tokens)
    assert all(t.kind in ("word", "number", "symbol") for t in tokens)


@given(texts)
def test_sentences_are_trimmed_spans_in_order(text: str) -> None:
    sentences = split_sentences(text)
    assert spans_inside(sentences, len(text))
    for start, end in sentences:
        piece = text[start:end]
        assert piece and piece == piece.strip()
    # no text outside a sentence but white space
    covered = set().union(*(range(s, e) for s, e in sentences)) if sentences else set()
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


@given(texts)
def test_numbers_parse_or_say_none(text: str) -> None:
    value = parse_number(text)
    assert value is None or math.isfinite(value)
    found = find_numbers(text)
    assert spans_inside([(n.start, n.end) for n in found], len(text))
    assert all(math.isfinite(n.value) for n in found)


def test_a_figure_past_what_a_float_holds_is_no_figure() -> None:
    """Found by bench/hostile.py: a run of digits became inf, and rendering the digest crashed on it."""
    assert parse_number("9" * 400) is None
    assert find_numbers("نحو " + "٩" * 400 + " جندي") == []
    assert find_numbers("بلغ العدد 2500 جندي")[0].value == 2500.0
