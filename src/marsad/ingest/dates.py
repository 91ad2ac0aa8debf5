"""Publication dates as sources give them, made ISO 8601.

Sources write dates as ISO dates or datetimes (manifests, JSON lines, Atom, HTML metadata) or as
RFC 822 dates (RSS ``pubDate``), sometimes with Arabic-Indic digits. Slash dates with the year last
(``9/10/2021``) are not read: day-first and month-first both occur in Arabic pages, and a wrong date is
worse than none.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

__all__ = ["iso_date"]

# Arabic-Indic (U+0660–U+0669) and Eastern Arabic-Indic (U+06F0–U+06F9) digits -> ASCII.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# A date alone, year first: 2021-07-26, 2021/7/26, 2021.07.26, 20210726.
_YEAR_FIRST = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{4})(\d{2})(\d{2})")


def iso_date(value: str) -> str | None:
    """``YYYY-MM-DD`` for a date, the full ISO datetime (offset kept) for a datetime, ``None`` when
    ``value`` is empty or not a date this module reads.

    >>> iso_date("٢٠٢١/٠٧/٢٦")
    '2021-07-26'
    >>> iso_date("Mon, 26 Jul 2021 18:30:00 +0300")
    '2021-07-26T18:30:00+03:00'
    >>> iso_date("2021-09-09T10:00:00Z")
    '2021-09-09T10:00:00+00:00'
    >>> iso_date("9/10/2021") is None
    True
    """
    text = value.strip().translate(_DIGITS)
    if not text:
        return None
    match = _YEAR_FIRST.fullmatch(text)
    if match:
        try:
            return date(*(int(g) for g in match.groups() if g is not None)).isoformat()
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        return None
