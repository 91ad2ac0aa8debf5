"""The figures a sentence reports, so that a figure several outlets agree on can raise its sentence, and a
sentence whose figures are all other than another's is not told as the same fact.

A story's key numbers (troops, casualties, sums) are what readers look for, and a figure that two or more
outlets report is the closest thing to a checked fact a summarizer has. The figures are the text package's
(:func:`marsad.text.numbers.find_numbers`: ``2500``، ``2,500``، ``٢٥٠٠``، ``2.5 ألف``، ``(2.5) ألف`` all give
2500), those written with digits, leaving years and small numbers out.
"""

from __future__ import annotations

from marsad.text.numbers import find_numbers

__all__ = ["figures"]

# Numbers under this are mostly days of the month, counts of rounds and ordinals: two outlets sharing
# one corroborates nothing. Integers in the year range are dates, which the time extractor reads.
_SMALLEST_FIGURE = 100
_YEARS = range(1900, 2101)


def figures(text: str) -> frozenset[float]:
    """The figures ``text`` reports in digits (with their scale words): numbers under 100 and bare integers
    that look like years (1900-2100) left out."""
    found = set()
    for match in find_numbers(text):
        if not match.digits or match.value < _SMALLEST_FIGURE:
            continue
        bare = text[match.start : match.end].strip("()[] ").replace("\u066c", "").replace(",", "")
        if match.value.is_integer() and int(match.value) in _YEARS and bare.isdigit():
            continue
        found.add(match.value)
    return frozenset(found)
