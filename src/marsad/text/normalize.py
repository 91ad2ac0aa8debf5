"""Matching keys for Arabic text.

Three ways to key a text, for three uses: :func:`normalize_key` (letters, digits, punctuation and white
space folded; for comparing and indexing), :func:`fold` (the same, with an offset map back to the
original), and :func:`search_key` (one character to one character, white space and Arabic punctuation
kept, with a cheap offset map; what the extractors run their patterns on over whole corpora).

Normalization never changes what is shown: it makes *keys* for matching, indexing and clustering. Two
spellings an outlet would consider the same word (``الأمريكية``/``الامريكيه``, ``٢٥٠٠``/``2500``,
``إبريل``/``ابريل``) get the same key.

:func:`fold` also returns, for every character of the key, the offset of the character of the original
it came from, so a match found on keys maps back to a span of the original text.

Written by hand because the libraries that do this (pyarabic's ``strip_tashkeel``/``normalize_hamza``,
camel-tools' ``normalize_*``) each cover part of it, none keeps an offset map, and camel-tools pulls in
torch; the whole table is short and is tested character by character.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..memo import register

__all__ = [
    "CHAR_MAP",
    "DROPPED",
    "KEY_WORD_RE",
    "KeyOrigin",
    "fold",
    "fold_chars",
    "key_words",
    "normalize_key",
    "search_key",
    "strip_diacritics",
]

# Characters dropped from keys: Arabic diacritics (tashkeel U+064B–U+065F, superscript alef U+0670,
# Quranic annotation marks U+06D6–U+06ED), tatweel (U+0640), and invisible format controls that pages
# carry around RTL text: bidi marks and embeddings (U+200E/F, U+202A–U+202E, U+2066–U+2069, the Arabic
# letter mark U+061C) and zero-width characters (U+200B–U+200D, U+2060, U+FEFF).
DROPPED: frozenset[str] = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u061c"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)

# One character to one character. Sources: the Unicode Arabic block and the usual Arabic IR
# normalization (Larkey et al. 2002; the same choices as camel-tools' ``normalize_alef_ar``,
# ``normalize_alef_maksura_ar``, ``normalize_teh_marbuta_ar``), plus the punctuation variants seen in
# Arabic news pages.
CHAR_MAP: dict[str, str] = {
    # alef with hamza above/below, madda, wasla -> bare alef
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    # hamza on waw / on ya seat -> the seat letter
    "ؤ": "و", "ئ": "ي",
    # alef maqsura -> ya; teh marbuta -> heh; Persian/Urdu letter forms -> Arabic
    "ى": "ي", "ة": "ه", "ی": "ي", "ې": "ي", "ک": "ك", "ە": "ه", "ھ": "ه",
    # Arabic-Indic and Eastern Arabic-Indic (Persian) digits -> ASCII
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    # Arabic decimal and thousands separators, percent sign
    "٫": ".", "٬": ",", "٪": "%", "؉": "%",
    # Arabic comma, semicolon, question mark -> Latin
    "،": ",", "؛": ";", "؟": "?",
    # quotes of every kind -> ASCII double quote
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "‶": '"',
    "‘": '"', "’": '"', "‚": '"', "‛": '"', "'": '"', "`": '"', "‹": '"', "›": '"',
    # dashes and minus -> ASCII hyphen
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    # spaces of every width -> space
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ", "\u3000": " ",
}

# A word of a key: letters and digits (a key has no diacritics left to break a word).
KEY_WORD_RE = re.compile(r"[^\W_]+")


def _fold_char(ch: str) -> str:
    if ch in DROPPED:
        return ""
    mapped = CHAR_MAP.get(ch)
    if mapped is not None:
        return mapped
    code = ord(ch)
    # Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) and other compatibility characters: NFKC gives
    # the plain letters (ﻻ -> لا), which are then folded again.
    if code >= 0xFB50 or unicodedata.category(ch) == "Cf":
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed != ch:
            return "".join(_fold_char(c) for c in decomposed)
        if unicodedata.category(ch) == "Cf":
            return ""
    return ch.lower()


class _KeyTable(dict[int, str]):
    """A ``str.translate`` table giving :func:`_fold_char` of each character, filled the first time a
    character is met: a news corpus uses a few hundred distinct characters, so ``translate`` runs on
    dictionary hits at C speed (measured on SaudiNewsNet: 9 M characters/s against 2.4 M per character
    in Python)."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_KEY_TABLE = _KeyTable()


def fold_chars(text: str) -> str:
    """Each character of ``text`` folded to its key form; white space is left as it is."""
    return text.translate(_KEY_TABLE)


def fold(text: str) -> tuple[str, list[int]]:
    """Return ``(key, origin)``: the matching key of ``text`` and, for each key character, the index of
    the original character it came from (``len(origin) == len(key)``).

    Runs of white space fold to one space; the key is not stripped, so offsets stay simple.
    """
    out: list[str] = []
    origin: list[int] = []
    last_space = False
    for i, ch in enumerate(text):
        folded = _KEY_TABLE[ord(ch)]
        for c in folded:
            if c.isspace():
                if last_space:
                    continue
                c = " "
                last_space = True
            else:
                last_space = False
            out.append(c)
            origin.append(i)
    return "".join(out), origin


class _WordKeys(dict[str, str]):
    """The matching key of a text, as ``normalize_key(text)``: folded as in :func:`fold`, white space
    collapsed and trimmed (``normalize_key("الأمـريكيّة") == normalize_key("الامريكيه")``).

    Most calls are for single words, from every stage (entities, quotes, summaries...): a story's reading
    asks for the key of the same few thousand words millions of times (measured on 2,000 SaudiNewsNet
    articles: 4.9 M calls, 99 % hits). So the keys of short texts are kept in this dictionary, and
    :func:`normalize_key` *is* its ``__getitem__``: a hit runs in C, with no Python frame at all (68 ns,
    against 164 ns through the Python function and ``functools`` cache this replaces). Bounded at 65k
    words: each costs about 300 bytes, and every process
    reading stories keeps its own table; when full it starts again. It is counted and emptied with
    marsad's other memo tables (:mod:`marsad.memo`).
    """

    def __missing__(self, text: str) -> str:
        if len(text) > _WORD_KEY_MAX:
            return _long_key(text)
        key = _folded(text)
        if len(self) >= _WORD_KEYS_KEPT:
            self.clear()
        self[text] = key
        return key


def _folded(text: str) -> str:
    return " ".join(fold_chars(text).split())  # str.split() knows the same white space as \s, and is faster


# A sentence's key is asked for by several readers of one story (the summary's fitness tests, its
# similarity index, the claims): the last few thousand are kept apart from the words' table (3,000
# SaudiNewsNet articles' stories folded each sentence five times, 1.9 CPU s of 48).
_long_key = register(lru_cache(maxsize=1 << 12)(_folded))


_WORD_KEY_MAX = 24  # longer texts (phrases, sentences) are kept apart, fewer of them (_long_key)
_WORD_KEYS_KEPT = 1 << 16
_WORD_KEYS = register(_WordKeys())

normalize_key = _WORD_KEYS.__getitem__
"""The matching key of ``text`` (see :class:`_WordKeys`)."""


def key_words(key: str) -> list[str]:
    """The words (letters/digits runs) of a key already made by :func:`normalize_key`."""
    return KEY_WORD_RE.findall(key)


def strip_diacritics(text: str) -> str:
    """Remove diacritics and tatweel only, keeping letters as written (for display-side comparisons)."""
    return "".join(ch for ch in text if ch not in DROPPED)


# --- the one-to-one search key --------------------------------------------------------------------------------

# CHAR_MAP's one-to-one entries (alef/hamza forms, teh marbuta, alef maqsura, digits, separators,
# punctuation) as a str.translate table; DROPPED characters are deleted.
# The Arabic comma, semicolon and question mark are kept as written: folded to ``,`` the comma in
# ``2014،2015`` would read as a separator inside one number.
_SEARCH_TABLE: dict[int, str | None] = {ord(k): v for k, v in CHAR_MAP.items() if len(v) == 1 and k not in "،؛؟"}
_SEARCH_TABLE |= {ord(ch): None for ch in DROPPED}
_DROPPED_RE = re.compile("[" + re.escape("".join(sorted(DROPPED))) + "]")



class KeyOrigin:
    """Where the characters of a :func:`search_key` key come from in its text: offsets are the same up
    to the characters deleted from the key, whose text offsets are kept (few: news is rarely vowelled).
    """

    __slots__ = ("_deleted", "_text_len")

    def __init__(self, deleted: list[int], text_len: int) -> None:
        self._deleted = deleted
        self._text_len = text_len

    def __getitem__(self, k: int) -> int:
        """The text offset of key character ``k``."""
        j = 0
        while True:  # the least j with j == #deleted offsets <= k + j
            n = bisect_right(self._deleted, k + j)
            if n == j:
                return k + j
            j = n

    def key_offset(self, offset: int) -> int:
        """The key offset of the first key character at or after text offset ``offset``."""
        return offset - bisect_left(self._deleted, offset)

    def text_span(self, start: int, end: int) -> tuple[int, int]:
        """The text span of key span ``[start, end)``. The diacritics and tatweel written on the span's
        last letter stay in it (``غداً``، ``هـ``)."""
        if start == end or not self._deleted:
            return start, end
        key_len = self._text_len - len(self._deleted)
        return self[start], self[end] if end < key_len else self._text_len


@lru_cache(maxsize=4)
def search_key(text: str) -> tuple[str, KeyOrigin]:
    """Return ``(key, origin)``: ``text`` folded one character to one character (``أإآ`` → ``ا``, ``ة`` →
    ``ه``, ``ى`` → ``ي``, Arabic-Indic digits → ASCII, ``٫`` → ``.``, ``٪`` → ``%``), diacritics, tatweel
    and invisible marks deleted; ``origin`` maps key offsets back to ``text``. White space is kept as is.
    The last few results are cached: the time tagger, the number finder and the quantity reader all key
    the same article text in turn.

    >>> search_key("٢٫٥ ألف")[0]
    '2.5 الف'
    >>> key, origin = search_key("غداً سيعقد")
    >>> key, origin.text_span(0, 3)
    ('غدا سيعقد', (0, 4))
    """
    deleted = [m.start() for m in _DROPPED_RE.finditer(text)]
    return text.translate(_SEARCH_TABLE), KeyOrigin(deleted, len(text))
