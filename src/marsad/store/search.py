"""Search keys for stored articles, the user's query turned into terms, and highlighted snippets.

Both backends index the *same* keys, computed here rather than by the database's own tokenizer, so a
query finds the same articles in SQLite and PostgreSQL:

* every word of the title and clean text becomes its light stem
  (:func:`marsad.text.tokenize.light_stem` of :func:`marsad.text.normalize.normalize_key`): spelling
  variants (``الأمريكية``/``الامريكيه``) and the article with its proclitics (``بالعراق``/``العراق``)
  fold to one key;
* a word that may start with a bare proclitic (``لبغداد``, ``وواشنطن``) is also indexed under the stem
  of what follows it, in a separate low-weight field, since ``ل``/``ب``/``و`` may as well be the word's
  own first letter;
* numbers are indexed without thousands separators (``2,500`` and ``٢٥٠٠`` are ``2500``).

A query is tokenized here too (never handed to the database's query parser), so FTS syntax, quotes and
SQL are just words or nothing. Transliterated names vary by a long vowel (``أمريكية``/``أميركية``,
``ماكنزي``/``ماكينزي``): a query term is widened to the indexed terms with the same consonant skeleton
within one edit (:func:`close_variants`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from marsad.lang.ar import morphology

from ..text.normalize import normalize_key
from ..text.tokenize import Token, light_stem, proclitic_splits, tokenize

__all__ = [
    "MAX_QUERY_CHARS",
    "MAX_QUERY_TERMS",
    "IndexKeys",
    "QueryError",
    "Snippet",
    "close_variants",
    "highlights",
    "index_keys",
    "query_terms",
    "skeleton",
    "snippet",
    "token_keys",
]

MAX_QUERY_CHARS = 1000
MAX_QUERY_TERMS = 16
# Fuzzy widening only for terms this long: shorter words differ by a long vowel and mean something
# else (عراق/عرق, كتاب/كتب), while long transliterated names are the ones spelled several ways.
FUZZY_MIN_LETTERS = 5
# Long vowels (normalized: ى is already ي) whose presence varies in transliterated names.
_LONG_VOWELS = frozenset("اوي")
_BARE_PROCLITICS = frozenset(morphology.BARE_PROCLITICS)
SNIPPET_WORDS = 30
_CONTEXT_WORDS = 6  # words shown before the first match of a snippet


class QueryError(ValueError):
    """The query cannot be searched (nothing to search for, too long); the message says why."""


@dataclass(frozen=True, slots=True)
class IndexKeys:
    """The keys an article is indexed under: title and body stems in text order, and the extra stems
    found after bare proclitics."""

    title: tuple[str, ...]
    body: tuple[str, ...]
    alt: tuple[str, ...]

    def terms(self) -> set[str]:
        return {*self.title, *self.body, *self.alt}


@dataclass(frozen=True, slots=True)
class Snippet:
    """A window ``[start, end)`` of an article's clean text with the matched words inside it, as
    ``(start, end)`` offsets into the same clean text (not into the window)."""

    start: int
    end: int
    highlights: tuple[tuple[int, int], ...]


def token_keys(token: Token) -> tuple[str, tuple[str, ...]]:
    """The primary key of a word or number token and its alternative keys (after bare proclitics).

    Symbols have no key (``""``).
    """
    if token.kind == "number":
        return normalize_key(token.text).replace(",", ""), ()
    if token.kind != "word":
        return "", ()
    return _word_keys(token.text)


# Written forms repeat (a few thousand make most of a news corpus), and folding and stemming character by
# character is what indexing spends its time on: each form is keyed once.
@lru_cache(maxsize=200_000)
def _word_keys(word: str) -> tuple[str, tuple[str, ...]]:
    primary = light_stem(normalize_key(word))
    alternatives: list[str] = []
    for offset in proclitic_splits(word)[1:]:
        prefix, rest = normalize_key(word[:offset]), normalize_key(word[offset:])
        if prefix in _BARE_PROCLITICS:
            if prefix.endswith("ل") and rest.startswith("ل"):
                rest = "ا" + rest  # لل is ل + the article with its alef dropped: للعراق -> ل + العراق
            stem = light_stem(rest)
            if stem and stem != primary and stem not in alternatives:
                alternatives.append(stem)
    return primary, tuple(alternatives)


@lru_cache(maxsize=200_000)
def _chunk_keys(chunk: str) -> tuple[tuple[int, int, str, tuple[str, ...]], ...]:
    """``(start, end, key, alternative keys)`` of the word and number tokens of a run of text without
    white space (no token spans white space), offsets into the run. Runs repeat as words do, so each is
    tokenized once."""
    keyed = ((t.start, t.end, *token_keys(t)) for t in tokenize(chunk))
    return tuple(k for k in keyed if k[2])


_RUN = re.compile(r"\S+")


def _keyed_tokens(text: str) -> Iterator[tuple[int, int, str, tuple[str, ...]]]:
    """``(start, end, key, alternative keys)`` of every word and number of ``text``, in order."""
    for run in _RUN.finditer(text):
        at = run.start()
        for start, end, key, others in _chunk_keys(run.group()):
            yield at + start, at + end, key, others


def _keys(text: str) -> tuple[list[str], list[str]]:
    primary: list[str] = []
    alt: list[str] = []
    for run in text.split():
        for _, _, key, others in _chunk_keys(run):
            primary.append(key)
            alt.extend(others)
    return primary, alt


def index_keys(title: str, text: str) -> IndexKeys:
    """Keys of an article's title and clean text (see the module docstring)."""
    title_keys, title_alt = _keys(title)
    body_keys, body_alt = _keys(text)
    return IndexKeys(tuple(title_keys), tuple(body_keys), tuple(title_alt + body_alt))


def query_terms(query: str) -> list[str]:
    """The distinct search terms of a user's query, in order: primary keys of its words and numbers.

    Everything else (punctuation, quotes, ``*``, parentheses) is dropped, so no query syntax of either
    database can be expressed. Raises :class:`QueryError` when the query is too long, has no word, or has
    more than :data:`MAX_QUERY_TERMS` words.
    """
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is too long ({len(query)} characters; at most {MAX_QUERY_CHARS})")
    terms: list[str] = []
    for token in tokenize(query):
        key, _ = token_keys(token)
        if key and key not in terms:
            terms.append(key)
    if not terms:
        raise QueryError("the query has no words to search for")
    if len(terms) > MAX_QUERY_TERMS:
        raise QueryError(f"the query has {len(terms)} distinct words; at most {MAX_QUERY_TERMS}")
    return terms


@lru_cache(maxsize=200_000)
def skeleton(term: str) -> str:
    """``term`` without its long vowels after the first letter: ``امريك`` and ``اميرك`` -> ``امرك``."""
    return term[:1] + "".join(ch for ch in term[1:] if ch not in _LONG_VOWELS)


def _within_one_edit(a: str, b: str) -> bool:
    """True when ``a`` becomes ``b`` by at most one insertion, deletion, substitution or transposition
    of adjacent letters."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        i, j = diff[0], diff[-1]
        return len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


def close_variants(term: str, candidates: Iterable[str]) -> list[str]:
    """``term`` first, then the ``candidates`` (indexed terms sharing its :func:`skeleton`) within one
    edit of it, for terms of at least :data:`FUZZY_MIN_LETTERS` letters; sorted, without repeats."""
    if len(term) < FUZZY_MIN_LETTERS:
        return [term]
    found = sorted(
        {c for c in candidates if c != term and len(c) >= FUZZY_MIN_LETTERS and _within_one_edit(term, c)}
    )
    return [term, *found]


def _hit(key: str, alternatives: tuple[str, ...], terms: set[str]) -> str | None:
    """The term of ``terms`` a token is indexed under, if any."""
    if key in terms:
        return key
    return next((a for a in alternatives if a in terms), None)


def highlights(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """Offsets of the words of ``text`` indexed under any of ``terms``, as written in ``text``."""
    return [(start, end) for start, end, key, others in _keyed_tokens(text) if _hit(key, others, terms)]


def snippet(text: str, terms: set[str], words: int = SNIPPET_WORDS) -> Snippet:
    """The window of about ``words`` words of ``text`` that holds the most distinct matched terms (then
    the most matches), starting a few words before a match; with the matches inside it. Offsets are into
    ``text`` itself: what is shown is the text as published, however the query was spelled.

    With no match in ``text``, the window is its first ``words`` words.
    """
    tokens = list(_keyed_tokens(text))
    if not tokens:
        return Snippet(0, 0, ())
    hit_keys = [_hit(key, others, terms) for _, _, key, others in tokens]
    starts = sorted({max(0, i - _CONTEXT_WORDS) for i, k in enumerate(hit_keys) if k}) or [0]
    best, best_score = 0, (-1, -1)
    for first in starts:
        window = [k for k in hit_keys[first : first + words] if k]
        score = (len(set(window)), len(window))
        if score > best_score:
            best, best_score = first, score
    last = min(len(tokens), best + words) - 1
    marks = tuple((tokens[i][0], tokens[i][1]) for i in range(best, last + 1) if hit_keys[i])
    return Snippet(tokens[best][0], tokens[last][1], marks)
