"""Word tokens with offsets, proclitics, and a light stem for matching keys.

Arabic attaches conjunctions (و، ف), prepositions (ب، ل، ك) and the article (ال) to the word they govern:
``وبغداد`` is "and Baghdad", ``للعراق`` "to the Iraq". A tokenizer that keeps whole words (for offsets and
display) must still let later stages find the word inside. :class:`Token` carries both: its span is the
whole written word, and :func:`proclitic_splits` lists where the word may begin.

Written by hand: pyarabic's ``tokenize`` loses offsets and splits ``2.5``; camel-tools' morphological
analyser would resolve clitics better but needs its downloaded database and torch at import (measured:
several seconds and hundreds of MB). A small, conservative rule set is enough for keys and spans; the
entity tagger decides ambiguous cases with its own features.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from marsad.lang.ar import morphology

from .normalize import DROPPED, key_words, normalize_key
from .numbers import NUMBER_PATTERN

__all__ = [
    "Token",
    "first_words",
    "light_stem",
    "name_safe_stem",
    "proclitic_splits",
    "split_proclitics",
    "tokenize",
    "tokenize_at",
    "word_keys",
    "word_texts",
]

_MARKS = "".join(sorted(DROPPED))
# A word: letters (any script) with diacritics, tatweel and joiners inside; a number: digits with inner
# separators (kept whole: 2,500 and 2.5 are one token each); anything else that is not space: one symbol.
_TOKEN_RE = re.compile(
    rf"(?P<number>{NUMBER_PATTERN})"
    rf"|(?P<word>(?:[^\W\d_]|[{re.escape(_MARKS)}])+)"
    r"|(?P<symbol>\S)"
)


class Token(NamedTuple):
    """A token: ``text`` is ``source[start:end]``; ``kind`` is ``word``, ``number`` or ``symbol``.

    A named tuple rather than a frozen dataclass: tokens are made by the million (every stage tokenizes),
    and a tuple is built in C, three times as fast.
    """

    text: str
    start: int
    end: int
    kind: str

    @property
    def key(self) -> str:
        return normalize_key(self.text)


# A word is rarely longer than this many characters: the first n words of a text lie in its first
# n * _WORD_CHARS characters, and splitting only those spares splitting a long text to take its lead.
_WORD_CHARS = 20


def first_words(text: str, count: int) -> str:
    """The first ``count`` white-space-separated words of ``text``, joined by single spaces (a lead, as
    clustering and the store read it)."""
    return " ".join(text[: count * _WORD_CHARS].split()[:count])


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word, number and symbol tokens with their offsets.

    >>> [t.text for t in tokenize("نحو 2.5 ألف جندي، أي 2,500.")]
    ['نحو', '2.5', 'ألف', 'جندي', '،', 'أي', '2,500', '.']
    """
    return list(_tokens(text) if len(text) <= _CACHED_TEXT else _tokenized(text))


def word_texts(text: str) -> list[str]:
    """The texts of ``text``'s word tokens, as :func:`tokenize` finds them, without making the tokens (a
    tagger given a headline's words; a third of the time).

    >>> word_texts("نحو 2.5 ألف جندي، أي 2,500.")
    ['نحو', 'ألف', 'جندي', 'أي']
    """
    return [
        m.group() for m in _TOKEN_RE.finditer(text) if m.lastgroup == "word" and m.group().strip(_MARKS)
    ]


# The stages of a story's reading (entities, quotes, times, figures, the summary) each tokenize the same
# sentences; tokens are immutable, so one tuple per sentence serves them all (a copy of the list is
# returned). Whole articles are not kept: a few thousand of them would hold a gigabyte of tokens.
_CACHED_TEXT = 1000


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[Token, ...]:
    return _tokenized(text)


# ``tuple.__new__`` straight: ``Token(...)`` goes through the named tuple's Python-level ``__new__``, which
# was a tenth of reading a story (millions of tokens).
_new_tuple = tuple.__new__


def _tokenized(text: str, offset: int = 0) -> tuple[Token, ...]:
    """The tokens of ``text``, their offsets moved ``offset`` on."""
    tokens = []
    append = tokens.append
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "symbol"
        word = m.group()
        if kind == "word" and not word.strip(_MARKS):
            kind = "symbol"  # a stray diacritic or tatweel is not a word
        start, end = m.span()
        append(_new_tuple(Token, (word, start + offset, end + offset, kind)))
    return tuple(tokens)


def tokenize_at(text: str, offset: int) -> list[Token]:
    """The tokens of ``text`` with offsets moved ``offset`` on: a sentence's tokens as offsets into the
    article that holds it at ``offset``.

    The entity and the quote finders both ask this of each sentence of a story's articles, so the answers
    for the last few thousand sentences are kept (making the tokens was a tenth of reading a story).
    """
    if len(text) > _CACHED_TEXT:
        return list(_tokenized(text, offset))
    return list(_tokens_at(text, offset))


# Made straight at their offsets: shifting the tokens of ``_tokens(text)`` made every token twice (a
# twentieth of reading a story). The entity finder tags these tokens (it reads their texts and their
# order only), so a sentence is tokenized once per article that holds it.
@lru_cache(maxsize=4096)
def _tokens_at(text: str, offset: int) -> tuple[Token, ...]:
    return _tokenized(text, offset)


_ARTICLE_PREFIXES = morphology.ARTICLE_PREFIX_SEQUENCES
_BARE_PREFIXES = morphology.BARE_PREFIX_SEQUENCES
_MIN_STEM = 2  # letters the word must keep after a prefix


def _letters(word: str) -> list[int]:
    """Indexes of the characters of ``word`` that are not diacritics/tatweel."""
    return [i for i, ch in enumerate(word) if ch not in DROPPED]


def proclitic_splits(word: str) -> list[int]:
    """Every place where ``word`` may start after proclitics, as character offsets into ``word``.

    The list starts with 0 (no proclitic) and goes on from the shortest to the longest prefix. For
    ``لل`` the offset is after the preposition only, so the stem keeps the article's lam (``للعراق`` ->
    ``لعراق``, whose key is looked up as ``العراق`` by the caller).

    >>> w = "وبغداد"; [w[i:] for i in proclitic_splits(w)]
    ['وبغداد', 'بغداد', 'غداد']
    """
    return list(_proclitic_splits(word))


_ALL_PREFIXES = sorted(set(_ARTICLE_PREFIXES + _BARE_PREFIXES), key=len)


@lru_cache(maxsize=1 << 17)
def _proclitic_splits(word: str) -> tuple[int, ...]:
    letters = _letters(word)
    key = "".join(normalize_key(word[i]) for i in letters)
    offsets = [0]
    for prefix in _ALL_PREFIXES:
        if key.startswith(prefix) and len(key) - len(prefix) >= _MIN_STEM:
            n = len(prefix) - 1 if prefix.endswith("لل") else len(prefix)
            offsets.append(letters[n] if n < len(letters) else len(word))
    return tuple(sorted(set(offsets)))


def split_proclitics(word: str) -> tuple[str, str]:
    """Split off proclitics only where the split is unambiguous: before the article.

    ``والعراق`` -> (``و``, ``العراق``); ``للعراق`` -> (``ل``, ``لعراق``); ``بالعراق`` -> (``ب``, ``العراق``);
    but ``واشنطن`` and ``بغداد`` stay whole, since a bare و/ب/ل/ك may be the word's own first letter.
    The article itself stays with the word (it is part of names such as ``العراق``).
    """
    letters = _letters(word)
    key = "".join(normalize_key(word[i]) for i in letters)
    for prefix in _ARTICLE_PREFIXES:
        if key.startswith(prefix) and len(key) - len(prefix) >= _MIN_STEM:
            # keep the article (or the lam standing for it in لل) with the word
            n = len(prefix) - 1 if prefix.endswith("لل") else len(prefix) - 2
            if n <= 0:
                return "", word
            cut = letters[n]
            return word[:cut], word[cut:]
    return "", word


_STEM_PREFIXES = morphology.LIGHT10_PREFIXES
_STEM_SUFFIXES = morphology.LIGHT10_SUFFIXES
_ALEF_ENDINGS = morphology.ALEF_ENDINGS


# called per word by clustering, search and summaries (a Zipfian vocabulary); bounded as the word keys are (normalize._WordKeys)
@lru_cache(maxsize=1 << 16)
def light_stem(key: str) -> str:
    """Light stem of a *normalized* word key (see :func:`marsad.text.normalize.normalize_key`).

    >>> light_stem("والقوات") == light_stem("قواتها") == light_stem("قوات")
    True
    """
    return _light10(key, 2)


@lru_cache(maxsize=1 << 16)
def name_safe_stem(key: str) -> str:
    """Light stem of a *normalized* word key that never leaves fewer than three letters.

    Light10 cuts short names to two letters shared with common words (``ابها`` Abha -> ``اب``, father;
    ``بنها`` -> ``بن``); where a word is weighed by how rare it is (story clustering), that turns a place
    that names the event into noise. Three letters keep them whole and still conflate inflections:

    >>> name_safe_stem("ابها"), name_safe_stem("والقوات") == name_safe_stem("قواتها")
    ('ابها', True)
    """
    return _light10(key, 3)


@lru_cache(maxsize=1 << 16)
def folded_stem(stem: str) -> str:
    """A :func:`name_safe_stem` with what Light10 leaves on a word news writes both ways cut too: the
    accusative alef and the verb's plural ``وا`` (:data:`marsad.lang.ar.morphology.ALEF_ENDINGS`; not after
    ``ه``, where ``ها`` is a pronoun or a name's own: ``ابها``), and a hamza written apart after a final ya
    (``الطوارىء``, an older spelling of ``الطوارئ``); then Light10 again, three letters kept.

    >>> [folded_stem(name_safe_stem(k)) for k in ("مسجدا", "ارهابيا", "الطواريء", "ادانوا", "ابها")]
    ['مسجد', 'ارهاب', 'طوار', 'ادان', 'ابها']

    Kept apart from :func:`name_safe_stem`: story clustering asks with it whether a report holds an
    event's words (its anchors), where a word's two spellings are one word; its similarity vectors keep
    the plain stems, whose every weight the linkage's requirement was measured with (folding there too
    moved every similarity a little: docs/quality.md, stop 41).
    """
    key = stem
    if key.endswith("يء") and len(key) > 4:
        key = key[:-1]
    elif not key.endswith("ها"):
        for ending in _ALEF_ENDINGS:
            if key.endswith(ending) and len(key) - len(ending) >= 3:
                key = key[: -len(ending)]
                break
    return stem if key == stem else _light10(key, 3)


def _light10(key: str, keep: int) -> str:
    """Light10's prefixes and suffixes stripped from ``key`` while ``keep`` letters remain."""
    w = key
    for p in _STEM_PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= keep:
            w = w[len(p) :]
            break
    else:
        if w.startswith("و") and len(w) > 3:
            w = w[1:]
    for s in _STEM_SUFFIXES:  # each suffix once, in list order, as light10 does
        if w.endswith(s) and len(w) - len(s) >= keep:
            w = w[: -len(s)]
    return w


def word_keys(text: str, stem: bool = False) -> list[str]:
    """The normalized words of ``text`` (numbers included), optionally light-stemmed — for matching."""
    words = key_words(normalize_key(text))
    return [light_stem(w) for w in words] if stem else words
