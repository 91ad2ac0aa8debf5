"""Numbers written in digits or in words, in every form Arabic pages use.

``2500``, ``2,500``, ``٢٥٠٠``, ``٢٬٥٠٠``, ``2.5``, ``٢٫٥`` and ``2,5`` (the Maghrebi decimal comma) all
parse with :func:`parse_number`. :func:`find_numbers` finds whole figures in running text: digits, number
words (``ثلاث``، ``خمسة وعشرون``، ``ألفين``، ``عشرات الآلاف``، ``نصف``) and digits with a scale word
(``2.5 ألف``، ``3 آلاف``، ``1.5 مليار``), each with its value and its span in the text as written.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from marsad.lang.ar import numbers as number_words
from marsad.lang.ar.numbers import FRACTION as _FRACTION
from marsad.lang.ar.numbers import HUNDRED as _HUNDRED
from marsad.lang.ar.numbers import NUMBER_WORDS as _WORDS
from marsad.lang.ar.numbers import SCALE as _SCALE
from marsad.lang.ar.numbers import WHOLE as _WHOLE

from .normalize import normalize_key, search_key

__all__ = [
    "NUMBER_PATTERN",
    "NUMBER_RE",
    "NUMBER_WORDS",
    "NumberMatch",
    "find_numbers",
    "parse_number",
    "parse_number_words",
    "word_alternation",
]

_DIGIT = r"[0-9\u0660-\u0669\u06F0-\u06F9]"
_SEP = r"[.,\u066B\u066C]"
# A run of digits with inner separators: the separator must sit between digits, so a sentence-final
# period or a list comma after a number is not swallowed.
NUMBER_PATTERN = rf"{_DIGIT}+(?:{_SEP}{_DIGIT}+)*"
NUMBER_RE = re.compile(NUMBER_PATTERN)

_TO_ASCII = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_TO_ASCII |= {"\u066b": ".", "\u066c": ","}
_TRANS = str.maketrans(_TO_ASCII)
_GROUP_SEPARATORS = re.compile(_SEP)


def parse_number(text: str) -> float | None:
    """Parse a number written with digits; return ``None`` when ``text`` is not one.

    A comma followed by groups of exactly three digits is a thousands separator (``2,500`` = 2500);
    otherwise a single comma is a decimal comma (``2,5`` = 2.5). The Arabic separators ``٬`` (thousands)
    and ``٫`` (decimal) are unambiguous.

    >>> parse_number("٢٬٥٠٠"), parse_number("2.5"), parse_number("2,5")
    (2500.0, 2.5, 2.5)
    """
    s = text.strip().translate(_TRANS)
    if not s or not NUMBER_RE.fullmatch(s):
        return None
    if "," in s and "." in s:
        # 1,234.5 (English) or 1.234,5 (continental): the last separator is the decimal one
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else s.replace(",", "")
    elif "," in s:
        groups = s.split(",")
        if len(groups) > 2 or all(len(g) == 3 for g in groups[1:]):
            s = s.replace(",", "")
        else:
            s = s.replace(",", ".")
    elif s.count(".") > 1:
        s = s.replace(".", "")  # 1.234.567 written with dots as thousands separators
    try:
        value = float(s)
    except ValueError:
        return None
    # a run of 310 digits or more is past what a float holds: no figure anyone reads (a digit run of a
    # hostile input gave inf, which no renderer can print and JSON cannot hold)
    return value if math.isfinite(value) else None


# --- number words ------------------------------------------------------------------------------------

# The words and what each does when a figure is read left to right (see parse_number_words).

_VAGUE = frozenset(normalize_key(w) for w in number_words.VAGUE)
_ARTICLE_OK = frozenset(normalize_key(w) for w in number_words.ADJECTIVAL_NUMBERS)

NUMBER_WORDS: dict[str, tuple[float, str]] = {normalize_key(w): (v, role) for w, v, role in _WORDS}
NUMBER_WORDS |= {"ال" + k: NUMBER_WORDS[k] for k in _ARTICLE_OK}
# accusative scale words, read only in a figure that opens with digits (``13 مليونا``)
_AFTER_DIGITS: dict[str, float] = {normalize_key(w): v for w, v in number_words.SCALES_AFTER_DIGITS}


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A figure found in text: ``text[start:end]`` (proclitics such as ``ب``/``و`` excluded), its
    ``value``, whether it was written with ``digits``, and whether it is ``vague`` (``عشرات``, ``آلاف``:
    the value is then the order of magnitude)."""

    start: int
    end: int
    value: float
    digits: bool
    vague: bool = False


def parse_number_words(words: Sequence[str]) -> float | None:
    """The value of a figure written as number words (and digits followed by scale words), given word by
    word as written; ``None`` when the words do not make one figure.

    Arabic reads units before tens (``خمسة وعشرون`` = 25), and a scale word multiplies what precedes it
    (``ثلاثة آلاف`` = 3000, ``عشرات الآلاف`` = 10000, ``2.5 ألف`` = 2500); a fraction after a scale with
    ``و`` is that fraction of the scale (``مليون ونصف`` = 1 500 000).

    >>> parse_number_words(["ثلاثة", "آلاف", "وخمسمائة"]), parse_number_words(["خمسة", "وعشرون"])
    (3500.0, 25.0)
    >>> parse_number_words(["2.5", "ألف"]), parse_number_words(["نصف", "مليون"])
    (2500.0, 500000.0)
    """
    total = 0.0
    current = 0.0
    last_scale = 0.0
    if not words:
        return None
    opens_with_digits = parse_number(normalize_key(words[0])) is not None
    spelled_out = False
    for i, word in enumerate(words):
        key = normalize_key(word)
        joined = i > 0 and key.startswith("و") and (key[1:] in NUMBER_WORDS or bool(NUMBER_RE.fullmatch(key[1:])))
        if joined:
            key = key[1:]
        digits = parse_number(key)
        if digits is not None:
            current += digits
            # written out to the unit with separators (``(5.969.428) مليون مسافر``): a scale word after it
            # only says its order of magnitude
            spelled_out = len(_GROUP_SEPARATORS.findall(key)) >= 2
            continue
        entry = NUMBER_WORDS.get(key)
        if entry is None and opens_with_digits and key in _AFTER_DIGITS:
            entry = (_AFTER_DIGITS[key], _SCALE)
        if entry is None:
            return None
        value, role = entry
        if role == _SCALE and spelled_out and current >= value:
            spelled_out = False
            continue
        spelled_out = False
        if role == _SCALE:
            current = (current or 1.0) * value
            total += current
            current, last_scale = 0.0, value
        elif role == _WHOLE:
            total += value
            current, last_scale = 0.0, value / 2
        elif role == _HUNDRED and value == 100 and 1 <= current <= 9 and not joined:
            current *= 100  # ثلاث مئة written apart
        elif role == _FRACTION and joined and last_scale:
            total += value * last_scale  # مليون ونصف
        elif role == _FRACTION and current and not joined:
            current *= value  # ثلاثة أرباع
        else:
            current += value
    return total + current


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` written as a trie (``ال(?:يوم|عام)``): Python's engine then
    follows one branch per character instead of trying every word in turn, which is what makes scanning
    every word of a corpus for a few thousand table words affordable. A space inside a word matches any
    run of white space."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(tree)


# Words that are figures only before عشر/عشرة: أحد/إحدى ("one of"), اثنا/اثني/اثنتا/اثنتي (اثني is also
# أثنى "he praised").
_ELEVEN_TWELVE = r"(?:احدي?|اثنت?[اي])\s+عشره?"
_ALONE = [k for k in NUMBER_WORDS if k not in number_words.ONE_OF_WORDS]
_WORD_ALT = _ELEVEN_TWELVE + "|" + word_alternation(_ALONE)
# Two-letter number words (ست) are not looked for behind a proclitic: لست is "you are not".
_CLITIC_WORD_ALT = _ELEVEN_TWELVE + "|" + word_alternation([k for k in _ALONE if len(k) > 2])
_SCALE_ALT = word_alternation([k for k, (_, role) in NUMBER_WORDS.items() if role in (_SCALE, _WHOLE)])
_DIGITS_SCALE_ALT = word_alternation([k for k, (_, role) in NUMBER_WORDS.items() if role in (_SCALE, _WHOLE)] + list(_AFTER_DIGITS))
_PROCLITIC = r"(?:و|ف|ب|ل|ك|وب|ول|وك|فب|فل)"
# ``5ر27`` is 27.5 as Kuwait's news agency (KUNA) and the Gulf copy taking its wire write a decimal: the
# fraction, ``ر``, the whole part (``50ر11 مليون يورو``، ``بواقع 5ر27 نقطة``). Read first, so that the
# digits on either side are not read as two figures, or the scale word alone as one million.
# Opened only where a run of digits begins: unanchored, each digit of a long run was the start of a match
# that ran to the run's end and back (bench/hostile.py's 100,000 digits without a space: 36 s, now under 3).
_REVERSED_DECIMAL_RE = re.compile(r"(?<![0-9])([0-9]+)ر([0-9]+)")
_DIGITS = r"[0-9]+(?:ر[0-9]+|(?:[.,][0-9]+)*)"
# A figure on the key: digits with optional scale words, or a run of number words. Items join with a
# space or with ``و``; a digit item only follows a scale word (``3 ملايين و500 ألف``), so that ``بين 2000
# و3000`` stays two figures.
# ``كمية``/``كميات`` (quantity) fold to ك + ``مئة``/``مئات`` on the key (ئ -> ي): the commonest word a
# proclitic made a figure of (``بإجمالي كمية تجاوزت`` gave 100, SaudiNewsNet 2015-08-02's claims).
_NOT_A_FIGURE = r"(?![وف]?كمي(?:ه|ات)(?!\w))"
_FIGURE_RE = re.compile(
    rf"(?<![\w.,]){_NOT_A_FIGURE}(?:{_PROCLITIC}(?=(?:{_CLITIC_WORD_ALT})(?!\w)|[0-9]))?"
    rf"(?P<figure>"
    rf"(?:\(\s*{_DIGITS}\s*\)\s*(?:{_DIGITS_SCALE_ALT})(?!\w)(?:\s*(?:{_DIGITS_SCALE_ALT})(?!\w))*"
    rf"|{_DIGITS}(?:\s*(?:{_DIGITS_SCALE_ALT})(?!\w))+"
    rf"|(?:{_WORD_ALT})(?!\w)(?:\s+و?(?:{_WORD_ALT})(?!\w))*"
    rf"|{_DIGITS}(?![\w]|[.,][0-9]))"
    rf"(?:\s+و(?:{_DIGITS}(?:\s+(?:{_SCALE_ALT})(?!\w))+|(?:{_WORD_ALT})(?!\w)))*"
    rf")"
)
_SPACE_SPLIT = re.compile(r"\s+")


_SCALE_WRITTEN_ON = re.compile(r"([0-9][0-9.,ر]*?)([^\W\d_]{2,})")


def _digit_words(word: str) -> tuple[str, ...]:
    """A figure's word that opens with digits as the words it reads: ``5ر27`` as ``27.5`` (the reversed
    decimal), ``12مليون`` as ``12`` and ``مليون`` (a scale word written on the digits)."""
    word = _REVERSED_DECIMAL_RE.sub(r"\2.\1", word)
    joined = _SCALE_WRITTEN_ON.fullmatch(word)
    return joined.groups() if joined else (word,)


_TEEN_ORDINALS = frozenset(normalize_key(w) for w in number_words.TEEN_ORDINALS)
_THOUSAND_WISHES = frozenset(normalize_key(w) for w in number_words.THOUSAND_WISHES)
_TEENS = frozenset(("عشر", "عشره"))
# characters looked at either side of a number word for the word before or after it (the longest of those
# words, ``والحاديه``، ``مرحبا``, is under 10): never the rest of the text, which a long article's every ``ألف``
# would read again
_NEAR = 24


def _not_a_figure(text: str, key: str, m: re.Match[str], words: Sequence[str], start: int) -> bool:
    """Number words that are not figures where they stand: a teen completing an ordinal (``التاسع عشر``),
    ``ألف`` wishing (``ألف مبروك``), and ``وأحد`` (and one of; its key is the number ``واحد``) as written
    with its hamza (``وأحد المسارحة``، a town)."""
    if len(words) != 1:
        return False
    word = words[0]
    if word in _TEENS:
        before = key[max(0, m.start("figure") - _NEAR) : m.start("figure")].split()[-1:]
        return bool(before) and before[0].removeprefix("و") in _TEEN_ORDINALS
    if word == "الف":
        after = key[m.end("figure") : m.end("figure") + _NEAR].split()[:1]
        return bool(after) and after[0] in _THOUSAND_WISHES
    return word in ("واحد", "واحده") and text[start : start + 2] in ("وأ", "وإ")


def find_numbers(text: str) -> list[NumberMatch]:
    """Every figure in ``text``, left to right, as :class:`NumberMatch` spans of ``text`` as written.

    >>> t = "انسحاب نحو 2.5 ألف جندي، وهجوم بثلاث طائرات، و٦٠٪ من القوات"
    >>> [(t[m.start:m.end], m.value) for m in find_numbers(t)]
    [('2.5 ألف', 2500.0), ('ثلاث', 3.0), ('٦٠', 60.0)]
    """
    key, origin = search_key(text)
    found: list[NumberMatch] = []
    for m in _FIGURE_RE.finditer(key):
        words = [
            part
            for w in _SPACE_SPLIT.split(m.group("figure").replace("(", " ").replace(")", " ").strip())
            for part in (_digit_words(w) if w[:1].isdigit() else (w,))
        ]
        value = parse_number_words(words)
        if value is None or not math.isfinite(value):  # ألف ألف ... multiplied past a float
            continue
        start, end = origin.text_span(m.start("figure"), m.end("figure"))
        if _not_a_figure(text, key, m, words, start):
            continue
        digits = words[0][0].isdigit()
        vague = words[0] in _VAGUE
        found.append(NumberMatch(start, end, value, digits, vague))
    return found
