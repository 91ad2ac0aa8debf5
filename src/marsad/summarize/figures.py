"""The figures a sentence reports, so that a figure several outlets agree on can raise its sentence.

A story's key numbers (troops, casualties, sums) are what readers look for, and a figure that two or more
outlets report is the closest thing to a checked fact a summarizer has. This reads digits with an
optional multiplier word (``2500``، ``2,500``، ``٢٥٠٠``، ``2.5 ألف`` all give 2500) and leaves years and
small numbers out. It is deliberately small: the quantity extractor (``marsad.extract``) will give richer
figures with the noun they count, and the summarizer should take those once that stage exists.
"""

from __future__ import annotations

from marsad.text import NUMBER_RE, normalize_key, parse_number, word_keys

__all__ = ["figures"]

# Multiplier words after a number, as keys, singular and plural. Source: MSA number words for 10^3,
# 10^6, 10^9 as written in the demo corpus and SaudiNewsNet (ألف، آلاف، مليون، ملايين، مليار، مليارات).
_MULTIPLIERS = {
    normalize_key(w): m
    for w, m in (("ألف", 1e3), ("آلاف", 1e3), ("ألفا", 1e3), ("مليون", 1e6), ("ملايين", 1e6),
                 ("مليار", 1e9), ("مليارات", 1e9))
}
# Numbers under this are mostly days of the month, counts of rounds and ordinals: two outlets sharing
# one corroborates nothing. Integers in the year range are dates, which the time extractor reads.
_SMALLEST_FIGURE = 100
_YEARS = range(1900, 2101)
_LOOKAHEAD = 12  # characters after a number searched for its multiplier word (longest: " مليارات")


def figures(text: str) -> frozenset[float]:
    """The figures ``text`` reports: digit numbers times a following multiplier word, leaving out
    numbers under 100 and bare integers that look like years (1900-2100)."""
    found = set()
    for match in NUMBER_RE.finditer(text):
        value = parse_number(match.group())
        if value is None:
            continue
        following = word_keys(text[match.end() : match.end() + _LOOKAHEAD])[:1]
        multiplier = _MULTIPLIERS.get(following[0]) if following else None
        if multiplier:
            value *= multiplier
        elif value.is_integer() and int(value) in _YEARS:
            continue
        if value >= _SMALLEST_FIGURE:
            found.add(value)
    return frozenset(found)
