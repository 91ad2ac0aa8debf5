"""The figures a sentence reports, so that a figure several outlets agree on can raise its sentence, and a
sentence whose figures are all other than another's is not told as the same fact.

A story's key numbers (troops, casualties, sums) are what readers look for, and a figure that two or more
outlets report is the closest thing to a checked fact a summarizer has. The figures are the text package's
(:func:`marsad.text.numbers.find_numbers`: ``2500``، ``2,500``، ``٢٥٠٠``، ``2.5 ألف``، ``(2.5) ألف`` all give
2500), those written with digits, leaving years and small numbers out.
"""

from __future__ import annotations

from marsad.text.numbers import NUMBER_RE, find_numbers

__all__ = ["figures"]

# Numbers under this are mostly days of the month, counts of rounds and ordinals: two outlets sharing
# one corroborates nothing. Integers in the year range are dates, which the time extractor reads.
_SMALLEST_FIGURE = 100
_YEARS = range(1900, 2101)
_DIGIT = NUMBER_RE
_AFTER = 40  # characters after the digits their scale words may take (``مليون``، `` ألف مليون``)


def figures(text: str) -> frozenset[float]:
    """The figures ``text`` reports in digits (with their scale words): numbers under 100 and bare integers
    that look like years (1900-2100) left out."""
    found: set[float] = set()
    # only the stretch around each run of digits is read (a figure in digits starts at most a bracket
    # before them and its scale words end within a few words): reading whole sentences for their number
    # words cost 4 % of reading a story's articles
    for start, end in _windows(text):
        piece = text[start:end]
        for match in find_numbers(piece):
            if not match.digits or match.value < _SMALLEST_FIGURE:
                continue
            bare = piece[match.start : match.end].strip("()[] ").replace("\u066c", "").replace(",", "")
            if match.value.is_integer() and int(match.value) in _YEARS and bare.isdigit():
                continue
            found.add(match.value)
    return frozenset(found)


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around its runs of digits, from the word before to a few words after, merged
    where they meet."""
    out: list[tuple[int, int]] = []
    for m in _DIGIT.finditer(text):
        start = max(0, text.rfind(" ", 0, max(0, m.start() - 1)) + 1)
        end = min(len(text), m.end() + _AFTER)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
