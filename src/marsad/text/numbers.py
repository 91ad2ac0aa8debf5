"""Numbers written in digits, in every form Arabic pages use.

``2500``, ``2,500``, ``٢٥٠٠``, ``٢٬٥٠٠``, ``2.5``, ``٢٫٥`` and ``2,5`` (the Maghrebi decimal comma) all
parse here; number *words* (``ثلاث``، ``ألفين``، ``مليون``) belong to the quantity extractor, which builds
on :data:`NUMBER_PATTERN` and :func:`parse_number`.
"""

from __future__ import annotations

import re

__all__ = ["NUMBER_PATTERN", "NUMBER_RE", "parse_number"]

_DIGIT = r"[0-9\u0660-\u0669\u06F0-\u06F9]"
_SEP = r"[.,\u066B\u066C]"
# A run of digits with inner separators: the separator must sit between digits, so a sentence-final
# period or a list comma after a number is not swallowed.
NUMBER_PATTERN = rf"{_DIGIT}+(?:{_SEP}{_DIGIT}+)*"
NUMBER_RE = re.compile(NUMBER_PATTERN)

_TO_ASCII = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_TO_ASCII |= {"\u066b": ".", "\u066c": ","}
_TRANS = str.maketrans(_TO_ASCII)


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
        return float(s)
    except ValueError:
        return None
