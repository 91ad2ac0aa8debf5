"""Time expressions in Arabic news: where they are, and the date they mean.

A rule-based tagger in the spirit of HeidelTime's resources, written for Arabic news as outlets print it:
Gregorian months by region (يوليو، تموز، يوليوز، جويلية) and in pairs (``26 تموز / يوليو``), ordinal days
(``السابع من إبريل``), Hijri dates (converted with hijridate), numeric dates whose day/month order is
settled by evidence, and expressions counted from the publication date (``أمس الخميس``، ``نهاية هذا
العام``، ``منذ عامين``). The tables are in :mod:`marsad.lang.ar.time`, the patterns in
:mod:`~marsad.extract.temporal.patterns` and the resolution rules in :mod:`~marsad.extract.temporal.resolve`.

Figures are not times: ``2.5 ألف``، ``60%`` and ``2500`` match no rule, and a bare four-digit number is a
year only in 1900–2100 and when no counted noun follows it (``1948 جندي`` is a count).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from marsad.lang.ar import time as tables
from marsad.model import Article, Mention, TimeExpr
from marsad.text import normalize_key
from marsad.text.normalize import KeyOrigin, search_key

from .temporal.patterns import MASTER_RE, RULES, TODAY_WEEKDAY_RE, candidate_starts
from .temporal.resolve import Context, resolve

__all__ = ["MAX_STAMP_LAG", "find_times", "parse_anchor", "tag_text"]

_RULE_NAMES = tuple(name for name, _ in RULES)


def parse_anchor(anchor: str | None) -> date | None:
    """The date of an ISO date or datetime string (``2021-09-09``, ``2021-09-09T10:00:00``), or ``None``."""
    if not anchor:
        return None
    try:
        return date.fromisoformat(anchor[:10])
    except ValueError:
        return None


def find_times(article: Article, *, anchor: str | None = None, mentions: Sequence[Mention] = ()) -> list[TimeExpr]:
    """The time expressions of ``article``'s clean text, in text order, with spans into ``article.text``.

    ``anchor`` (an ISO date) is what relative expressions count from; it defaults to
    ``article.published``. Expressions that cannot be resolved are kept with ``value=None`` and the
    reason in ``note``; the evidence behind a resolved ambiguity is in ``note`` too.

    ``mentions`` (the article's entity mentions) may name a person whose family name is a weekday (``أحمد الخميس``,
    the Saudi football federation's secretary-general): that weekday standing alone is his name there, not a day
    (``وأكد الخميس أن السعودية تقف دوما مع الإجماع الخليجي``: SaudiNewsNet 2015-08-03 dated it to the Thursday
    before). ``يوم الخميس`` and ``الخميس الماضي`` still are days.
    """
    found = tag_text(article.text, anchor=anchor or article.published, article=article.id)
    surnames = {
        key for m in mentions if m.type == "PER" and len(words := m.text.split()) >= 2
        and (key := normalize_key(words[-1])) in tables.WEEKDAYS
    }
    return [x for x in found if normalize_key(x.text) not in surnames] if surnames else found


def tag_text(text: str, *, anchor: str | None = None, article: str = "") -> list[TimeExpr]:
    """:func:`find_times` on any string (a headline, a removed header line, a benchmark sentence).

    >>> [(x.text, x.value) for x in tag_text("وفي 26 تموز / يوليو، توصلت بغداد وواشنطن إلى اتفاق", anchor="2021-12-10")]
    [('26 تموز / يوليو', '2021-07-26')]
    """
    published = parse_anchor(anchor)
    key, origin = search_key(text)
    anchor_date, shift_note = _text_today(text, key, origin, published)
    ctx = Context(key, text, origin, anchor_date)
    found: list[TimeExpr] = []
    done = 0
    for position in candidate_starts(key):
        if position < done:
            continue
        m = MASTER_RE.match(key, position)
        if m is None:
            continue
        done = m.end()
        rule = next(name for name in _RULE_NAMES if m.group(name) is not None)
        start, end = _unbracket(text, *origin.text_span(m.start(f"{rule}_span"), m.end(f"{rule}_span")))
        if "\n" in text[start:end]:
            continue  # a match across lines joins a header to the body or two list items
        res = resolve(rule, m, ctx)
        if res is None:
            continue
        note = "; ".join(n for n in (res.note, shift_note if res.relative else None) if n) or None
        found.append(TimeExpr(
            article=article, start=start, end=end, text=text[start:end], value=res.value,
            granularity=res.granularity, anchor=anchor_date.isoformat() if res.relative and anchor_date else None,
            note=note,
        ))
    return _ranges_in_order(text, found)


_RANGE_OPENERS = frozenset(normalize_key(w) for w in tables.RANGE_OPENERS)
_RANGE_MIDDLES = frozenset(normalize_key(p + w) for w in tables.UNTIL for p in ("", "و"))
# the note of a day and month whose year the resolver chose (:func:`marsad.extract.temporal.resolve._choose_year`)
_COUNTED_YEAR = re.compile(r"\byear \d{4}: ")


def _ranges_in_order(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """``found`` with the start of a range of days in the year before its end: a start whose year was counted,
    not written, takes the year that puts it on or before the end and within the year before it (``ومن المقرر أن
    تجرى الجلسات من 20 يوليو إلى 22 أكتوبر المقبل``, published on 21 July 2015: the clause's future put the 20th of
    July in 2016, after the October it runs to; ``من 20 ديسمبر إلى 5 يناير المقبل``, in July, put it in 2014)."""
    out = list(found)
    for k in range(len(out) - 1):
        first, last = out[k], out[k + 1]
        if not _gregorian_chosen(first, ("day",)) or not last.value \
                or not (last.anchor is None or _gregorian_chosen(last, ("day", "month"))):
            continue
        before = normalize_key(text[max(0, first.start - 6) : first.start]).split()[-1:]
        middle = normalize_key(text[first.end : last.start]).split()
        if not before or before[0] not in _RANGE_OPENERS:
            continue
        if not (len(middle) == 1 and middle[0] in _RANGE_MIDDLES) and not (
            before == ["بين"] and (middle == ["و"] or (not middle and text[last.start - 1 : last.start] == "و"))
        ):
            continue
        start, end = date.fromisoformat(first.value), int(last.value[:4])
        fits = [d for year in (end, end - 1) if (d := _same_day(start, year)) is not None
                and d.isoformat()[: len(last.value)] <= last.value]
        if fits and fits[0] != start:
            out[k] = TimeExpr(first.article, first.start, first.end, first.text, fits[0].isoformat(), first.granularity,
                              first.anchor, f"year {fits[0].year}: a range's start, in the year before its end ({last.text})")
    return out


def _gregorian_chosen(x: TimeExpr, granularities: tuple[str, ...]) -> bool:
    """Whether ``x`` is a Gregorian date of ``granularities`` whose year the resolver chose (a day and month:
    ``20 يوليو``، ``22 أكتوبر المقبل``), not one counted from the day (``غد``، ``نهاية الشهر``) nor a Hijri one."""
    return (
        bool(x.value) and x.granularity in granularities and bool(_COUNTED_YEAR.search(x.note or ""))
        and any(w in _GREGORIAN_MONTHS for w in normalize_key(x.text).split())
    )


_GREGORIAN_MONTHS = frozenset(tables.GREGORIAN_MONTHS)


def _same_day(day: date, year: int) -> date | None:
    """``day``'s day and month in ``year`` (``None`` for the 29th of February of a common year)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None


# How far before the publication date the text's "today" may be: a story written on Thursday evening and
# stamped at midnight (001 of the demo corpus: اليوم الخميس, stamped 9/10/2021 00:00) is one day off.
MAX_STAMP_LAG = 1


def _text_today(text: str, key: str, origin: KeyOrigin, published: date | None) -> tuple[date | None, str | None]:
    """The day relative expressions count from: the publication date, unless the text names today's
    weekday (``اليوم الخميس``), or yesterday's or tomorrow's (``أمس الأحد``: today is Monday), and that day is the
    day before it — then that day, with a note (SaudiNewsNet 2015-07-21: a Monday's wire, published on Tuesday,
    told of ``أمس الأحد`` and then of ``يوم امس``, which was put on the Monday)."""
    if published is None:
        return None, None
    m = TODAY_WEEKDAY_RE.search(key)
    if m is None:
        return published, None
    lag = (published.weekday() - tables.WEEKDAYS[m.group("wd")] + tables.RELATIVE_DAYS[m.group("day")]) % 7
    if not 0 < lag <= MAX_STAMP_LAG:
        return published, None
    today = published - timedelta(days=lag)
    start, end = origin.text_span(m.start(), m.end())
    return today, f"counted from {today}, the text's «{text[start:end]}»; published {published}"


def _unbracket(text: str, start: int, end: int) -> tuple[int, int]:
    """A span wholly in brackets (``( 1948 )``) without them: the brackets are punctuation around it."""
    if text[start] == "(" and text[end - 1] == ")":
        start, end = start + 1, end - 1
        while text[start].isspace():
            start += 1
        while text[end - 1].isspace():
            end -= 1
    return start, end
