"""Matching keys for Arabic text.

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
from functools import cache

__all__ = ["CHAR_MAP", "DROPPED", "KEY_WORD_RE", "fold", "key_words", "normalize_key", "strip_diacritics"]

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

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
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


@cache
def _table() -> dict[int, str]:
    """:func:`_fold_char` of every character of the Basic Multilingual Plane, as a ``str.translate``
    table: keys for a whole corpus are made at C speed. Unchanged characters map to themselves too,
    because a missing entry costs ``translate`` an internal exception per character (measured: 3.8 vs
    6.3 Mchar/s). Built once, on first use (~0.1 s)."""
    table = {}
    for code in range(0x10000):
        if not 0xD800 <= code <= 0xDFFF:
            table[code] = _fold_char(chr(code))
    return table


def fold(text: str) -> tuple[str, list[int]]:
    """Return ``(key, origin)``: the matching key of ``text`` and, for each key character, the index of
    the original character it came from (``len(origin) == len(key)``).

    Runs of white space fold to one space; the key is not stripped, so offsets stay simple.
    """
    out: list[str] = []
    origin: list[int] = []
    last_space = False
    table = _table()
    for i, ch in enumerate(text):
        folded = table[ord(ch)] if ord(ch) < 0x10000 else _fold_char(ch)
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


def normalize_key(text: str) -> str:
    """The matching key of ``text``: folded as in :func:`fold`, white space collapsed and trimmed.

    >>> normalize_key("الأمـريكيّة") == normalize_key("الامريكيه")
    True
    """
    folded = text.translate(_table())  # leaves characters beyond the BMP (emoji, math letters) as they are
    if not folded.isascii():
        folded = _ASTRAL.sub(lambda m: _fold_char(m.group()), folded)
    return " ".join(folded.split())  # str.split() knows the same white space as \s, and is faster


def key_words(key: str) -> list[str]:
    """The words (letters/digits runs) of a key already made by :func:`normalize_key`."""
    return KEY_WORD_RE.findall(key)


def strip_diacritics(text: str) -> str:
    """Remove diacritics and tatweel only, keeping letters as written (for display-side comparisons)."""
    return "".join(ch for ch in text if ch not in DROPPED)
