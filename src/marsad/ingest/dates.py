"""Publication dates as sources give them, made ISO 8601.

Sources write dates as ISO dates or datetimes (manifests, JSON lines, Atom, HTML metadata), as RFC 822
dates (RSS ``pubDate``), and, in exports and spreadsheets, as people write them: ``25/07/2021 14:05``,
``الأحد، 25 يوليو 2021``, ``25 تموز / يوليو 2021``, ``July 25, 2021``, ``16 ذو الحجة 1442 هـ``, or as Unix
time (``1627210800``), sometimes with Arabic-Indic digits. All of these are read (:func:`iso_date`), with
the month names of every Arabic system from :mod:`marsad.lang.ar.time` and Hijri dates converted by
hijridate's Umm al-Qura table, as the time stage converts them.

A numeric date with the year last is read only when it reads one way (``25/07/2021``; ``9/10/2021`` may be
9 October or 10 September: day-first and month-first both occur in Arabic pages, and a wrong date is worse
than none). Such a date is kept (``meta["published_raw"]``) for the dating stage, which decides it on the
text's own evidence (:func:`marsad.extract.published.infer_published`).
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

from hijridate import Hijri

from marsad.lang.ar.time import GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS
from marsad.text import normalize_key

__all__ = ["DateOrder", "iso_date", "numeric_readings"]

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
    >>> iso_date("9/10/2021") is None, iso_date("25/07/2021 14:05"), iso_date("الأحد، 25 يوليو/تموز 2021")
    (True, '2021-07-25T14:05:00', '2021-07-25')
    >>> iso_date("Sunday, July 25, 2021"), iso_date("16 ذو الحجة 1442 هـ"), iso_date("1627210800")
    ('2021-07-25', '2021-07-26', '2021-07-25T11:00:00+00:00')
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
    found = _unix_time(text) or _written(normalize_key(text))
    if found:
        return found
    try:  # lenient: after the written forms, which read a clock's am/pm that it would leave out
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


class DateOrder:
    """How one file writes its numeric dates with the year last, learnt as it is read: a date that reads
    one way (``25/07/2021``: the day first; ``07/25/2021``: the month first) sets the order, and a date of
    the same file that reads two ways (``05/07/2021``) is then read in it. One export is written by one
    program, in one order; a file seen writing both has none, and its two-way dates stay undecided. A
    two-way date met before the first one-way date stays undecided too (the article's text may decide it,
    :func:`marsad.extract.published.infer_published`).

    >>> order = DateOrder()
    >>> order.read("05/07/2021"), order.undecided
    (None, (datetime.date(2021, 7, 5), datetime.date(2021, 5, 7)))
    >>> order.read("25/07/2021"), order.read("05/07/2021"), order.how
    ('2021-07-25', '2021-07-05', 'day/month, as the dates of this file that read one way')
    """

    def __init__(self) -> None:
        self.day_first: bool | None = None
        self.mixed = False
        self.how: str | None = None  # how the last date read was decided, when the order decided it
        # the last date read, when it reads two ways and the order did not decide: day first, month first
        self.undecided: tuple[date, date] | None = None

    def read(self, value: str) -> str | None:
        """``value`` as :func:`iso_date` reads it, a two-way numeric date read in the file's order."""
        self.how = self.undecided = None
        found = iso_date(value)
        match = _numeric(value)
        if match is None:
            return found
        a, b = int(match["a"]), int(match["b"])
        if found is not None:
            if a != b and (a > 12 or b > 12):
                seen = a > 12
                self.mixed = self.mixed or (self.day_first is not None and self.day_first != seen)
                self.day_first = seen
            return found
        readings = numeric_readings(a, b, int(match["y"]))
        if len(readings) != 2:
            return None
        if self.day_first is None or self.mixed:
            self.undecided = (readings[0], readings[1])
            return None
        self.how = f"{'day/month' if self.day_first else 'month/day'}, as the dates of this file that read one way"
        return _with_time(readings[0] if self.day_first else readings[1], match)


def _numeric(value: str) -> re.Match[str] | None:
    """The match of a numeric date with the year last (``9/10/2021 14:05``), or ``None``."""
    return _NUMERIC_YEAR_LAST.fullmatch(_bare(normalize_key(value.strip().translate(_DIGITS))))


# Unix time in seconds or milliseconds, read only between 2000 and 2100 (a bare number outside is no date).
_UNIX = re.compile(r"(\d{10})(\d{3})?(?:\.\d+)?")
_UNIX_RANGE = (946_684_800, 4_102_444_800)


def _unix_time(text: str) -> str | None:
    match = _UNIX.fullmatch(text)
    if not match or not _UNIX_RANGE[0] <= int(match.group(1)) < _UNIX_RANGE[1]:
        return None
    return datetime.fromtimestamp(int(match.group(1)), UTC).isoformat()


def _alternation(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


# The English month names and their three-letter forms (``Sept`` too), keyed as the text is (lower case).
_ENGLISH_MONTHS = {
    **{name.lower(): n for n, name in enumerate(calendar.month_name) if n},
    **{name.lower(): n for n, name in enumerate(calendar.month_abbr) if n},
    "sept": 9,
}
_ENGLISH_DAYS = [name.lower() for name in (*calendar.day_name, *calendar.day_abbr)]
_MONTH = rf"(?:{_alternation([*GREGORIAN_MONTHS, *_ENGLISH_MONTHS])})\.?"
_TIME = r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?:\s*(?P<pm>pm|p\.m\.|م|مساء)|\s*(?P<am>am|a\.m\.|ص|صباحا))?"
# A clock time written before the date (``14:05 25/07/2021``) is read as if written after it; a label
# before a colon (``نشر في: 25 يوليو 2021``, ``آخر تحديث:``) is left out.
_LEADING_TIME = re.compile(r"(\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm|ص|م))?)[\s,\-|]+(.+)")
_LABEL = re.compile(r"[^\d:]{1,30}:\s*(.+)")
# What may stand around a written date: a weekday, commas and dashes, ``الساعة``/``at`` before the time.
_DAY_NAME = rf"(?:(?:{_alternation([*WEEKDAYS, *_ENGLISH_DAYS])})\.?[\s,]*)?"
_TAIL = rf"(?:[\s,\-|]*(?:الساعه|at)?\s*{_TIME})?\s*(?:(?P<utc>gmt|utc|z)|بتوقيت [^\d]+)?"
_NUMERIC_YEAR_LAST = re.compile(rf"{_DAY_NAME}(?P<a>\d{{1,2}})[/.\-](?P<b>\d{{1,2}})[/.\-](?P<y>\d{{4}}){_TAIL}")
_DAY_MONTH_YEAR = re.compile(
    rf"{_DAY_NAME}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:من\s+)?(?P<m>{_MONTH})"
    rf"(?:\s*/\s*{_MONTH})?[\s,]*(?P<y>\d{{4}})\s*(?:م\b)?{_TAIL}"
)
_MONTH_DAY_YEAR = re.compile(rf"{_DAY_NAME}(?P<m>{_MONTH})\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[\s,]+(?P<y>\d{{4}}){_TAIL}")
_HIJRI = re.compile(
    rf"{_DAY_NAME}(?P<d>\d{{1,2}})\s*(?:من\s+)?(?P<m>{_alternation(HIJRI_MONTHS)})[\s,]*(?P<y>\d{{4}})"
    rf"\s*(?:ه|هـ|هجري|للهجره)?\.?{_TAIL}"
)


def numeric_readings(day_or_month: int, month_or_day: int, year: int) -> list[date]:
    """The dates ``a/b/year`` may be: day first, then month first, impossible ones left out, each once."""
    out: list[date] = []
    for day, month in ((day_or_month, month_or_day), (month_or_day, day_or_month)):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found not in out:
            out.append(found)
    return out


def _written(key: str) -> str | None:
    """A date written as people write it (see the module's text), from its matching key; ``None`` for a
    numeric date that reads two ways, or anything else."""
    key = _bare(key)
    if match := _NUMERIC_YEAR_LAST.fullmatch(key):
        readings = numeric_readings(int(match["a"]), int(match["b"]), int(match["y"]))
        return _with_time(readings[0], match) if len(readings) == 1 else None
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        if match := pattern.fullmatch(key):
            month = GREGORIAN_MONTHS.get(match["m"].rstrip(".")) or _ENGLISH_MONTHS.get(match["m"].rstrip("."))
            try:
                return _with_time(date(int(match["y"]), month, int(match["d"])), match)
            except (TypeError, ValueError):
                return None
    if match := _HIJRI.fullmatch(key):
        try:
            return _with_time(Hijri(int(match["y"]), HIJRI_MONTHS[match["m"]], int(match["d"])).to_gregorian(), match)
        except (OverflowError, ValueError):  # outside the Umm al-Qura table, or no such day
            return None
    return None


def _bare(key: str) -> str:
    """A date's key without a label before a colon, its clock time moved after it."""
    key = key.strip(" ,")
    if label := _LABEL.fullmatch(key):
        key = label.group(1)
    if leading := _LEADING_TIME.fullmatch(key):
        key = f"{leading.group(2)} {leading.group(1)}"
    return key


def _with_time(day: date, match: re.Match[str]) -> str | None:
    """``day`` in ISO, with the match's clock time when it has one (``2021-07-25T14:05:00``)."""
    if match["h"] is None:
        return day.isoformat()
    hour = int(match["h"]) % 12 + (12 if match["pm"] else 0) if match["pm"] or match["am"] else int(match["h"])
    try:
        zone = UTC if match["utc"] else None  # a local time (بتوقيت مكة) keeps no offset: which one is unsure
        return datetime(day.year, day.month, day.day, hour, int(match["mi"]), int(match["s"] or 0), tzinfo=zone).isoformat()
    except ValueError:
        return day.isoformat()
