"""Which script a text is written in: its letters counted, and how many of them are Arabic.

Counted by a table lookup over the text's code points in numpy rather than per character in Python or
by the regex engine: clustering asks it of every article (``findall`` over 2,000 characters of 31,030
articles took 6.7 s, the table 0.3 s), and summaries of every sentence.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np

__all__ = ["letter_counts", "mostly_not_arabic", "vocalized_share"]

# Arabic letters: the Arabic blocks (Arabic, Supplement, Extended-A, presentation forms A and B).
_ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_OTHER, _LETTER, _ARABIC = 0, 1, 2


@cache
def _kinds() -> np.ndarray:
    """For each code point of the Basic Multilingual Plane: 0 not a letter, 1 a letter, 2 an Arabic letter
    (``str.isalpha``). Code points beyond it count as no letter (the last entry)."""
    kinds = np.fromiter((chr(c).isalpha() for c in range(0x10000)), dtype=np.uint8, count=0x10000)
    for low, high in _ARABIC_BLOCKS:
        block = kinds[low : high + 1]
        block[block == _LETTER] = _ARABIC
    kinds[0xFFFF] = _OTHER
    return kinds


def letter_counts(text: str) -> tuple[int, int]:
    """``(letters, arabic_letters)`` of ``text``: what ``str.isalpha`` accepts, and those of them in the
    Arabic blocks (diacritics, digits and punctuation are not letters)."""
    if not text:
        return 0, 0
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    counts = np.bincount(_kinds()[np.minimum(points, 0xFFFF)], minlength=3)
    return int(counts[_LETTER] + counts[_ARABIC]), int(counts[_ARABIC])


def mostly_not_arabic(text: str, *, share: float = 0.5, empty: bool = True) -> bool:
    """Whether fewer than ``share`` of ``text``'s letters are Arabic (an embedded tweet, an English
    credit, an article in another language); ``empty`` is the answer for a text with no letter."""
    letters, arabic = letter_counts(text)
    if not letters:
        return empty
    return arabic < share * letters


# The short vowels, tanween, shadda and sukun (U+064B-U+0652): what a vocalized text writes on its letters.
_HARAKAT = re.compile("[\u064b-\u0652]")


def vocalized_share(text: str) -> float:
    """The number of short-vowel, tanween, shadda and sukun marks in ``text`` per Arabic letter (0 without
    Arabic letters). News copy writes a few (``مُتْرَف`` to tell a word apart: under 0.05 a sentence); a Quranic
    verse, a hadith or a poem quoted as it is recited is written vocalized (0.5 and more). Most sentences carry
    no mark at all, and are answered by one search."""
    marks = len(_HARAKAT.findall(text))
    if not marks:
        return 0.0
    letters = letter_counts(text)[1]
    return marks / letters if letters else 0.0
