"""From a pattern match to a TIMEX3-like value: ``2021-07-26`` (day), ``2021-12`` (month), ``2021``
(year), ``2021-W29`` (week), ``2021-SU`` (season), ``194`` (decade), ``2018/2021`` (a period), ``P3Y`` (a
length of time), ``XXXX-XX-XXT10:30`` (a clock time), ``PRESENT_REF``.

Relative expressions count from the anchor (the publication date). Where the text leaves a choice open —
the year of ``26 تموز``، the order of ``9/10/2021`` — the evidence used is written into the note, and when
there is none the value is ``None`` with the reason: nothing is guessed silently.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from marsad.lang.ar import function_words, morphology
from marsad.lang.ar import time as t
from marsad.text import normalize_key, parse_number
from marsad.text.normalize import KeyOrigin
from marsad.text.numbers import NUMBER_WORDS, find_numbers

from .patterns import COORDINATED_SHIFT_RE, COORDINATED_YEAR_RE, GREGORIAN_MONTH_KEYS, NUMERIC_DATE_RE

__all__ = ["Context", "Resolution", "resolve"]

# hijridate's Umm al-Qura table: 1343-1500 AH (1924-2077).
_HIJRI_YEARS = (1343, 1500)
# A year written without era between the start of the Umm al-Qura table (1343 AH, 1924) and ten years past
# the publication's Hijri year is Hijri: ``ميزانية عام 1436``، ``ولد بالرياض عام 1396``، ``فتحت عام 1378``
# in 2015 (SaudiNewsNet 2015-07-21: Saudi papers write Hijri years bare). A Gregorian year read so would be
# of the 14th or 15th century, which history pieces mark with م; ``عام 1473`` (Copernicus) lies past it.
_HIJRI_NEAR = 10
_HIJRI_RANGE = "hijridate's Umm al-Qura table covers 1343–1500 AH"
# How far past the publication date a day written without year or future cue may be (``تبدأ الدراسة في 6
# تشرين أول`` written on 9 September): a month covers announcements of the coming weeks.
_DAYS_AHEAD = 31
_MONTHS_OF_SEASON = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_PART_NOTE = {"start": "start of", "end": "end of", "mid": "middle of"}
_PAST_DIRECTIONS = frozenset(normalize_key(w) for w in t.PAST_DIRECTIONS)
_AFTER_BARE_YEAR = frozenset(normalize_key(w) for w in function_words.AFTER_BARE_YEAR)
_SPACES = re.compile(r"\s+")
_MONTH_CUES = frozenset(normalize_key(w) for w in t.MONTH_CUES)
_FUTURE_VERB = re.compile(r"(?<!\w)[وف]?س[يتن](\w{3,})")
_FIRST_PERSON_FUTURE = re.compile(rf"(?<!\w)[وف]?{t.FUTURE_FIRST_PERSON}\w{{2,}}")
# A month name right before a month written with و: the first of two joined months (``حزيران وآب``).
_AFTER_MONTH = re.compile(rf"(?<!\w)(?P<before>{GREGORIAN_MONTH_KEYS})(?!\w)\s*$")


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a match means: its ``value`` and ``granularity`` (``None`` when unresolved), a ``note`` with the
    evidence or the reason, and whether the value was counted from the anchor (``relative``)."""

    value: str | None
    granularity: str | None
    note: str | None = None
    relative: bool = False


@dataclass(frozen=True, slots=True)
class Context:
    """What resolution may look at besides the match: the key and original text, and the anchor."""

    key: str
    text: str
    origin: KeyOrigin
    anchor: date | None

    def original(self, start: int, end: int) -> str:
        s, e = self.origin.text_span(start, end)
        return self.text[s:e]


def _word(m: re.Match[str], name: str) -> str | None:
    value = m.group(name)
    return _SPACES.sub(" ", value.strip()) if value else None


def _day(d: date) -> str:
    return d.isoformat()


def _month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _add_months(y: int, m: int, delta: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + delta
    return n // 12, n % 12 + 1


def _make_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _no_anchor(granularity: str | None, note: str = "") -> Resolution:
    return Resolution(None, granularity, f"relative expression and no publication date to count from{note}")


_CUE_WORDS = _MONTH_CUES | t.YEAR_CUES


def _previous_word(ctx: Context, start: int) -> str:
    """The word before ``start`` in the key, without a leading و (وفي -> في); empty at a clause start."""
    window = ctx.key[max(0, start - 24) : start].rstrip()
    if not window or not (window[-1].isalnum()):
        return ""
    word = window.split()[-1]
    return word[1:] if word.startswith("و") and word[1:] in _CUE_WORDS else word


def _names_a_place(word: str) -> bool:
    """True when ``word`` (a key), with or without a proclitic, is a place's noun that a day and month after
    it name (:data:`marsad.lang.ar.time.PLACE_NAMING_NOUNS`)."""
    return word in t.PLACE_NAMING_NOUNS or any(
        word.startswith(p) and word[len(p) :] in t.PLACE_NAMING_NOUNS for p in morphology.BARE_PROCLITICS
    )


def _after_bi(ctx: Context, start: int) -> bool:
    """Whether the ordinal day at ``start`` is written with the preposition ب joined to it (``بالسادس من
    أكتوبر``): a date is "on" a day with في, a place is "in" it with ب (the Egyptian cities السادس من أكتوبر and
    العاشر من رمضان; all four such day names in SaudiNewsNet were those cities)."""
    return start > 0 and ctx.key[start - 1] == "ب" and (start == 1 or ctx.key[start - 2] in " و")


def _clause_before(ctx: Context, start: int) -> tuple[int, list[str], int] | None:
    """The clause before ``start``: where it begins, its tokens (keys) and the first of them after its last past
    marker (only what follows that marker tells the tense: ``تم تقديرها في أبريل`` after ``يتوقع``); ``None`` for
    a time after ``منذ`` (since: a state that began before, ``مسدلة منذ 29 يونيو``)."""
    begin = max(0, start - 120)
    if begin > 0 and not ctx.key[begin - 1].isspace():
        # the reach cut a word: its tail is no word of the clause (``ستورا`` of ``دي مستورا`` read as a future verb put
        # the Wednesday he met Hezbollah a week ahead, SaudiNewsNet 2015-07-24)
        space = ctx.key.find(" ", begin, start)
        begin = space + 1 if space >= 0 else start
    for stop in ".!?؟\n":
        begin = max(begin, ctx.key.rfind(stop, begin, start) + 1)
    tokens = ctx.key[begin:start].split()
    if tokens and tokens[-1].removeprefix("و") == t.SINCE:
        return None
    past = [k for k, w in enumerate(tokens) if w.removeprefix("و") in t.PAST_MARKERS]
    if not past:
        return begin, tokens, 0
    # an auxiliary's verb is in the past with it (``كان ينتظر``: was waiting), but not one in the future
    # (``إذا كانت ستمنحها``: if it will give her)
    first = past[-1] + 1
    if tokens[past[-1]].removeprefix("و") in t.PAST_AUXILIARIES and first < len(tokens) \
            and not _FUTURE_VERB.match(tokens[first]):
        first += 1
    return begin, tokens, first


def _clause_words(tokens: Sequence[str]) -> set[str]:
    words = set(tokens)
    return words | {w[1:] for w in words if w[:1] in "وف"}  # وسوف، فسوف


def _tense(ctx: Context, start: int) -> tuple[bool, bool]:
    """Whether the clause before ``start`` speaks of the future (سوف، من المقرر، سيعقد، سأرافق ...), and whether it
    tells what is scheduled in the imperfect (``وتبدأ الدراسة في``: :data:`marsad.lang.ar.time.SCHEDULED_WORDS`; a
    date without its year is then the nearest such date): the two arguments :func:`_choose_year` takes, read from
    one reading of the clause. Neither for a time after ``منذ`` (since: a state that began before, ``مسدلة منذ 29
    يونيو``)."""
    clause = _clause_before(ctx, start)
    if clause is None:
        return False, False
    begin, tokens, first = clause
    words = _clause_words(tokens[first:])
    scheduled = bool(words & t.SCHEDULED_WORDS)
    if words & t.FUTURE_WORDS:
        return True, scheduled
    window = " ".join(tokens[first:])
    if any(not m.group(0).lstrip("وف").startswith(t.NOT_FUTURE_STEMS) for m in _FUTURE_VERB.finditer(window)):
        return True, scheduled
    written = ctx.original(begin, start).split()
    future = _FIRST_PERSON_FUTURE.search(" ".join(written[first:] if len(written) == len(tokens) else written))
    return future is not None, scheduled


def _future_cue(ctx: Context, start: int) -> bool:
    """Whether the clause before ``start`` speaks of the future (:func:`_tense`)."""
    return _tense(ctx, start)[0]


def _choose_year(month: int, day: int | None, anchor: tuple[int, int, int], shift: int | None, future: bool,
                 weekday: int | None = None, *, nearest: bool = False) -> tuple[int, str]:
    """The year of a month (and day) written without one, counted from ``anchor`` (year, month, day).

    ``shift`` is -1 for ``الماضي``, +1 for ``المقبل``, 0 for ``الجاري``. Without one, news reports the past:
    the latest such date on or before the anchor, or up to :data:`_DAYS_AHEAD` days after it (a date
    announced for the coming days); a future cue in the clause takes the next one instead, and what is
    scheduled in the imperfect (``nearest``) the nearest one, ahead or behind. A weekday named with the date
    must agree.
    """
    ay, am, ad = anchor
    if shift == -1:
        year = ay if month < am else ay - 1
        why = "the last such month before publication" + (" (the publication month itself: last year's)" if month == am else "")
        return year, why
    if shift == 1:
        year = ay if month >= am else ay + 1
        why = "the next such month after publication" + (" (the publication month itself: read as this one)" if month == am else "")
        return year, why
    if shift == 0:
        return ay, "the current year"
    best: tuple[int, int] | None = None  # (signed distance, year)
    for year in (ay - 1, ay, ay + 1):
        if day is None:
            distance = (year * 12 + month) - (ay * 12 + am)  # in months; the publication month is 0
            ahead = 0
        else:
            d = _make_date(year, month, day)
            if d is None or (weekday is not None and d.weekday() != weekday):
                continue
            distance = (d - date(ay, am, ad)).days
            ahead = _DAYS_AHEAD
        if (future and distance < 0) or (not future and not nearest and distance > ahead):
            continue
        # as near behind as ahead (``ينتهي في يناير``, said in July): what is scheduled lies ahead
        if best is None or abs(distance) < abs(best[0]) or (nearest and abs(distance) == abs(best[0]) and distance > 0):
            best = (distance, year)
    if best is None:
        return ay, "year of publication (the weekday named fits no nearby year)"
    if future:
        why = "the next such date, the clause speaking of the future"
    elif nearest:
        why = "the nearest such date, the clause telling what is scheduled"
    else:
        why = "the last such date by publication" if best[0] <= 0 else "a date of the weeks after publication"
    if weekday is not None and day is not None:
        why += f", on {t.WEEKDAY_NAMES[weekday]}"
    return best[1], why


def _gregorian_month(m: re.Match[str], p: str) -> tuple[int, str | None]:
    """The month of a (possibly paired) month name, and a note when the two names disagree."""
    first = t.GREGORIAN_MONTHS[_word(m, f"{p}m1") or ""]
    other = _word(m, f"{p}m2") or _word(m, f"{p}m3") or _word(m, f"{p}m4")
    if other and t.GREGORIAN_MONTHS[other] != first:
        return first, f"paired month names disagree ({m.group(p + 'm1')} / {other}); the first is used"
    return first, None


def _year_of(m: re.Match[str], p: str) -> tuple[int | None, str | None]:
    """A year written in the match, as a Gregorian year; a Hijri year (هـ) is returned as is with 'AH'."""
    y = m.group(f"{p}y")
    if not y:
        return None, None
    era = m.group(f"{p}era")
    return int(y), (t.ERAS.get(_word(m, f"{p}era") or "") if era else None)


def _named_year(m: re.Match[str], p: str, anchor: date) -> tuple[int, str] | None:
    """The year a phrase after a month or a day names, counted from ``anchor`` (``من العام الماضي``،
    ``من هذا العام``: patterns ``_of_year``), with a note; ``None`` when the match holds none."""
    if m.group(f"{p}this"):
        return anchor.year, f"year {anchor.year}: this year, as the text says"
    shift = t.SHIFTS.get(_word(m, f"{p}yshift") or "")
    if shift is None:
        return None
    return anchor.year + shift, f"year {anchor.year + shift}: the year the text names, counted from publication"


def _opening_year(ctx: Context, start: int) -> int | None:
    """The year a sentence opens with, when a day and month written without one come later in it: an almanac's line
    (``1953 - الاتحاد السوفياتي يعلن ... ويجري اختبارا لتفجيرها في 12 اغسطس``: put in 2015 by the publication, SaudiNewsNet
    2015-08-08) or a year fronted with its comma (``وفي عام 2003، وفي 20 مارس بدأ الغزو``، ``2016 - يفتتح المعرض في 12
    مارس``)."""
    begin = max(ctx.key.rfind(stop, 0, start) for stop in ".!?؟\n") + 1
    found = _OPENING_YEAR.match(ctx.key, begin, start)
    if found is None:
        return None
    year = int(found.group("year"))
    return year if ctx.anchor is not None and _FIRST_OPENING_YEAR <= year <= ctx.anchor.year + _YEARS_AHEAD else None


def _following_year(ctx: Context, end: int) -> int | None:
    """The year written a few words after a day and month that lack one, in their clause (``ولد الملك عبدالعزيز في
    19 ذي الحجة بمدينة الرياض عام 1293``: put in 1435 by the publication, SaudiNewsNet 2015-07-21), not after a word
    opening another clause (``في 5 يوليو إلى الرياض التي زارها عام 2010``)."""
    found = _FOLLOWING_YEAR.match(ctx.key, end)
    if found is None or any(w.removeprefix("و") in _CLAUSE_OPENERS or w.startswith("و")
                            for w in found.group("between").split()):
        return None
    return int(found.group("year"))


# up to three words, then ``عام``/``سنة`` and the year (keys: ``سنه``, digits Western)
_FOLLOWING_YEAR = re.compile(r"(?P<between>(?:\s+[^\s\d،,.؛;:()«»\"]+){0,3}?)\s+(?:عام|العام|سنه)\s+(?P<year>\d{3,4})(?!\d)")
_CLAUSE_OPENERS = frozenset(normalize_key(w) for w in (*function_words.CONTINUATIONS, *function_words.EVENT_CLAUSE_OPENERS))


# a sentence's opening year: ``1953 -``، ``وفي عام 2003،``، ``في سنة 1990:`` (keys: ``سنه``, digits Western)
_OPENING_YEAR = re.compile(r"\s*(?:و?في\s+)?(?:(?:عام|العام|سنه)\s+)?(?P<year>\d{4})\s*م?\s*[-–—،,:]")
_FIRST_OPENING_YEAR = 1000
_YEARS_AHEAD = 10  # a later "year" is a number of something else


def _coordinated_year(ctx: Context, end: int) -> Resolution | None:
    """The year written after a second month joined to this one (``بين حزيران وآب من هذا العام``، ``شهري يونيو
    ويوليو 2021``), which is this month's too, as a year :class:`Resolution` (its value ``None`` when it is
    counted from a publication date the text lacks); ``None`` when no month with a year follows."""
    c = COORDINATED_YEAR_RE.match(ctx.key, end)
    if c is None:
        return None
    year, era = _year_of(c, "co_")
    if year is not None:
        return Resolution(f"{year:04d}", "year", "the year written after the next month") if era != "AH" else None
    if ctx.anchor is None:
        return _no_anchor("month", ": the year is named after the next month")
    named = _named_year(c, "co_", ctx.anchor)
    return Resolution(f"{named[0]:04d}", "year", f"{named[1]} (after the next month)", True) if named else None


def _hijri_to_gregorian(hy: int, hm: int, hd: int) -> date | None:
    try:
        return Hijri(hy, hm, hd).to_gregorian()
    except (OverflowError, ValueError):
        return None


def _to_hijri(d: date) -> tuple[int, int, int] | None:
    """``d`` in the Umm al-Qura calendar, or ``None`` outside hijridate's range (1343–1500 AH)."""
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (OverflowError, ValueError):
        return None
    return h.year, h.month, h.day


def _hijri_month_span(hy: int, hm: int) -> tuple[date, date] | None:
    try:
        first = Hijri(hy, hm, 1)
        return first.to_gregorian(), Hijri(hy, hm, first.month_length()).to_gregorian()
    except (OverflowError, ValueError):
        return None


def _hijri_numeric(y: int, era: str | None) -> bool:
    """Whether the year of a numeric date (``15/10/1436هـ``، ``1436/10/15``) is a Hijri year: when ``هـ``
    follows it, or when no era does and it lies in the Umm al-Qura table's range (1343–1500). Saudi and Gulf
    papers date official news by the Hijri calendar in numbers, often with the ``هـ`` dropped or written
    ``ه``; a Gregorian date of those centuries written in numbers is not something news prints."""
    return era == "AH" or (era is None and _HIJRI_YEARS[0] <= y <= _HIJRI_YEARS[1])


def _hijri_day(y: int, month: int, day: int, written: str, note: str | None = None) -> Resolution:
    d = _hijri_to_gregorian(y, month, day)
    label = f"Hijri {written}" + (f"; {note}" if note else "")
    if d is None:
        return Resolution(None, "day", f"{label}: not a date {_HIJRI_RANGE}")
    return Resolution(_day(d), "day", label)


def _numeric(m: re.Match[str], ctx: Context) -> Resolution | None:
    a, b, y = int(m.group("n_a")), int(m.group("n_b")), int(m.group("n_y"))
    if _hijri_numeric(y, t.ERAS.get(_word(m, "n_era") or "") if m.group("n_era") else None):
        # Hijri dates in numbers are written day first; month first only where the second cannot be a month
        if b > 12 >= a:
            return _hijri_day(y, a, b, f"{a}/{b}/{y}", "month/day/year: the second number cannot be a month")
        return _hijri_day(y, b, a, f"{a}/{b}/{y}")
    dmy, mdy = _make_date(y, b, a), _make_date(y, a, b)
    if dmy is None and mdy is None:
        return None
    if dmy is None or mdy is None or dmy == mdy:
        only = dmy or mdy
        note = None if only == dmy else "month/day/year: the second number cannot be a month"
        return Resolution(_day(only), "day", note) if only else None
    readings = f"{dmy} (day/month) or {mdy} (month/day)"
    weekday = _word(m, "n_wd")
    if weekday:
        wd = t.WEEKDAYS[weekday]
        fits = [d for d in (dmy, mdy) if d.weekday() == wd]
        if len(fits) == 1:
            return Resolution(_day(fits[0]), "day", f"{readings}: the weekday named fixes {fits[0]}")
    day_order = _day_order(ctx.key)
    if day_order:
        order, example = day_order
        d = dmy if order == "dmy" else mdy
        return Resolution(_day(d), "day", f"{readings}: the article's own {example} shows its order")
    if ctx.anchor:
        near = [d for d in (dmy, mdy) if abs((d - ctx.anchor).days) <= 1]
        if len(near) == 1:
            return Resolution(_day(near[0]), "day", f"{readings}: {near[0]} is the publication date {ctx.anchor}"
                              " or next to it")
    return Resolution(None, "day", f"ambiguous: {readings}; no weekday, article convention or publication date decides")


def _day_order(key: str) -> tuple[str, str] | None:
    """The day/month order the text's own unambiguous numeric dates show (``25/10/2010`` is day first),
    with one of them as the example; ``None`` if there is none or they disagree."""
    orders: dict[str, str] = {}
    for m in NUMERIC_DATE_RE.finditer(key):
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 >= b:
            orders.setdefault("dmy", m.group(0))
        elif b > 12 >= a:
            orders.setdefault("mdy", m.group(0))
    if len(orders) != 1:
        return None
    ((order, example),) = orders.items()
    return order, example


def _iso(m: re.Match[str], ctx: Context) -> Resolution | None:
    y, month, day = int(m.group("i_y")), int(m.group("i_m")), int(m.group("i_d"))
    if _hijri_numeric(y, None):
        return _hijri_day(y, month, day, f"{y}/{month}/{day}")
    d = _make_date(y, month, day)
    return Resolution(_day(d), "day") if d else None


def _weekday_note(d: date, weekday: str | None) -> str | None:
    if weekday and d.weekday() != t.WEEKDAYS[weekday]:
        return f"the weekday named ({weekday}) does not fall on {d} (a {t.WEEKDAY_NAMES[d.weekday()]})"
    return None


def _day_month(m: re.Match[str], ctx: Context) -> Resolution | None:
    day = int(m.group("d_dd")) if m.group("d_dd") else t.ORDINAL_DAYS[_word(m, "d_do") or ""]
    month, pair_note = _gregorian_month(m, "d_")
    year, era = _year_of(m, "d_")
    weekday = _word(m, "d_wd")
    notes = [pair_note] if pair_note else []
    if era == "AH":
        return None  # a Gregorian month with a Hijri year is a slip we do not guess at
    if year is not None:
        d = _make_date(year, month, day)
        if d is None:
            return None
        notes.append(_weekday_note(d, weekday) or "")
        return Resolution(_day(d), "day", "; ".join(n for n in notes if n) or None)
    if _names_a_place(_previous_word(ctx, m.start())) or (m.group("d_do") and _after_bi(ctx, m.start("d_do"))):
        return None  # a place named after a day (``قصر 22 مايو``، ``مدينة 6 أكتوبر``، ``بالسادس من أكتوبر``)
    if _previous_word(ctx, m.start()) in t.DATE_NAMING_NOUNS:
        # an event's name (``أحداث 11 سبتمبر``): its year when it is a known one, else no date
        named = t.NAMED_DAYS.get((day, month))
        d = _make_date(named, month, day) if named is not None else None
        return Resolution(_day(d), "day", "a named event's day") if d is not None else None
    if ctx.anchor is None:
        return _no_anchor("day", ": the year is not written")
    named = _named_year(m, "d_", ctx.anchor)
    if named is not None:
        d = _make_date(named[0], month, day)
        if d is None:
            return None
        notes.extend((named[1], _weekday_note(d, weekday) or ""))
        return Resolution(_day(d), "day", "; ".join(n for n in notes if n), relative=True)
    shift = t.SHIFTS.get(_word(m, "d_shift") or "")
    wd = t.WEEKDAYS[weekday] if weekday else None
    opening = _opening_year(ctx, m.start()) if shift is None else None
    if opening is not None:
        d = _make_date(opening, month, day)
        if d is None:
            return None
        notes.append(f"year {opening}: the year its sentence opens with")
        return Resolution(_day(d), "day", "; ".join(notes), relative=True)
    following = _following_year(ctx, m.end()) if shift is None else None
    if following is not None and _HIJRI_YEARS[1] < following <= ctx.anchor.year + _YEARS_AHEAD:
        # (a Hijri year after a Gregorian month, ``25 يوليو من عام 1436``, is a slip not guessed at)
        d = _make_date(following, month, day)
        if d is not None:
            notes.append(f"year {following}: the year written after it")
            return Resolution(_day(d), "day", "; ".join(notes))
    future, scheduled = _tense(ctx, m.start())
    year, why = _choose_year(month, day, (ctx.anchor.year, ctx.anchor.month, ctx.anchor.day), shift, future, wd,
                             nearest=scheduled)
    d = _make_date(year, month, day)
    if d is None:
        return None
    notes.append(f"year {year}: {why}")
    return Resolution(_day(d), "day", "; ".join(notes), relative=True)


def _month_first(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``يناير 8، 2005``: a Gregorian day written month first, with its year."""
    month, pair_note = _gregorian_month(m, "e_")
    d = _make_date(int(m.group("e_y")), month, int(m.group("e_dd")))
    if d is None:
        return None
    notes = [note for note in (pair_note, _weekday_note(d, _word(m, "e_wd"))) if note]
    return Resolution(_day(d), "day", "; ".join(notes) or None)


def _hijri(m: re.Match[str], ctx: Context) -> Resolution | None:
    hm = t.HIJRI_MONTHS[_word(m, "h_m") or ""]
    day = int(m.group("h_dd")) if m.group("h_dd") else (t.ORDINAL_DAYS[_word(m, "h_do") or ""] if m.group("h_do") else None)
    year = int(m.group("h_y")) if m.group("h_y") else None
    shift = t.SHIFTS.get(_word(m, "h_shift") or "")
    if day is None and year is None and not m.group("h_word") and shift is None:
        return None  # رجب، صفر alone are names and words, not months
    if hm == t.HIJRI_MONTHS[normalize_key("صفر")] and year is None and "/" in (m.group("h_span") or ""):
        return None  # ``على حساب مانشستر سيتي 3/ صفر``: a score, three to nil (SaudiNewsNet 2015-08-02)
    relative = False
    note = f"Hijri {m.group('h_m')}"
    if year is None and m.group("h_do") and _after_bi(ctx, m.start("h_do")):
        return None  # ``المنطقة الصناعية بالعاشر من رمضان``: a city named after the day
    if year is None and day is not None and shift is None:
        following = _following_year(ctx, m.end())
        if following is not None and following <= _HIJRI_YEARS[1]:  # (before the table: no date, not a wrong one)
            year, note = following, f"{note}; Hijri year {following}: the year written after it"
    if year is None:
        if ctx.anchor is None:
            return _no_anchor("day" if day else "month", ": the Hijri year is not written")
        h = _to_hijri(ctx.anchor)
        if h is None:
            return Resolution(None, "day" if day else "month", f"{note}: {_HIJRI_RANGE}")
        future, scheduled = _tense(ctx, m.start())
        year, why = _choose_year(hm, day, h, shift, future, nearest=scheduled)
        note += f"; Hijri year {year}: {why}"
        relative = True
    if day is not None:
        d = _hijri_to_gregorian(year, hm, day)
        if d is None:
            return Resolution(None, "day", f"{note}: not a date {_HIJRI_RANGE}")
        return Resolution(_day(d), "day", note, relative)
    span = _hijri_month_span(year, hm)
    if span is None:
        return Resolution(None, "month", f"{note}: {_HIJRI_RANGE}")
    return Resolution(f"{span[0]}/{span[1]}", "month", note, relative)


def _feast(m: re.Match[str], ctx: Context) -> Resolution | None:
    name = _word(m, "f_name") or ""
    hm, hd = t.HIJRI_FEASTS[name]
    year, era = _year_of(m, "f_")
    note = f"{m.group('f_name')}: {hd}/{hm} of the Hijri calendar"
    if year is not None and (era == "AH" or 1300 < year < 1600):
        d = _hijri_to_gregorian(year, hm, hd)
        return Resolution(_day(d), "day", note) if d else Resolution(None, "day", f"{note}; {_HIJRI_RANGE}")
    if year is not None:
        ends = [_to_hijri(date(year, 1, 1)), _to_hijri(date(year, 12, 31))] if 1 <= year <= 9999 else []
        for hy in (h[0] for h in ends if h):
            d = _hijri_to_gregorian(hy, hm, hd)
            if d and d.year == year:
                return Resolution(_day(d), "day", note)
        return Resolution(None, "day", f"{note}; {_HIJRI_RANGE}")
    if ctx.anchor is None:
        return _no_anchor("day")
    h = _to_hijri(ctx.anchor)
    if h is None:
        return Resolution(None, "day", f"{note}; {_HIJRI_RANGE}")
    future, scheduled = _tense(ctx, m.start())
    hy, why = _choose_year(hm, hd, h, None, future, nearest=scheduled)
    if future:
        # the feast of these days, still going on (``خامس أيام عيد الفطر``), is not next year's
        last, _ = _choose_year(hm, hd, h, None, False)
        began = _hijri_to_gregorian(last, hm, hd)
        if began is not None and 0 <= (ctx.anchor - began).days <= t.FEAST_DAYS:
            hy, why = last, f"the feast of the days of publication (began {(ctx.anchor - began).days} days before)"
    d = _hijri_to_gregorian(hy, hm, hd)
    return Resolution(_day(d), "day", f"{note}; Hijri year {hy}: {why}", True) if d else None


def _with_part(y: int, month: int | None, part: str | None, base_note: str | None) -> Resolution:
    """A year or month with نهاية/مطلع/منتصف before it."""
    notes = [n for n in (base_note,) if n]
    if month is not None:
        if part:
            notes.append(f"{_PART_NOTE[part]} the month")
        return Resolution(_month(y, month), "month", "; ".join(notes) or None)
    if part == "end":
        return Resolution(_month(y, 12), "month", "; ".join([*notes, "end of the year: its last month"]))
    if part == "start":
        return Resolution(_month(y, 1), "month", "; ".join([*notes, "start of the year: its first month"]))
    if part == "mid":
        notes.append("middle of the year")
    return Resolution(f"{y:04d}", "year", "; ".join(notes) or None)


def _joined_to_month(m: re.Match[str], ctx: Context, month: int) -> int | None:
    """The month that the month of ``m`` is joined to by و just before it (``أبريل ومايو``، ``حزيران وآب``),
    if any; not a month's other name beside it (the same month)."""
    if not (m.group("pro") or "").startswith("و"):
        return None
    before = _AFTER_MONTH.search(ctx.key, max(0, m.start() - 24), m.start())
    first = t.GREGORIAN_MONTHS[before.group("before")] if before is not None else None
    return first if first != month else None


def _month_rule(m: re.Match[str], ctx: Context) -> Resolution | None:
    if _previous_word(ctx, m.start()) in t.CONTRACT_MONTH_NOUNS:
        return None  # خام برنت تسليم سبتمبر: a contract's delivery month, no event's
    month, pair_note = _gregorian_month(m, "m_")
    key1 = _word(m, "m_m1") or ""
    start1 = m.start("m_m1")
    if key1 == "اب" and "آ" not in ctx.original(start1, m.end("m_m1")):
        return None  # أب (father) shares the key of آب
    year, era = _year_of(m, "m_")
    shift = t.SHIFTS.get(_word(m, "m_shift") or "")
    part = t.PERIOD_PARTS.get(_word(m, "m_part") or "")
    paired = bool(m.group("m_m2") or m.group("m_m3") or m.group("m_m4"))
    named = m.group("m_this") or m.group("m_yshift")
    if year is None and shift is None and not named and (joined := COORDINATED_SHIFT_RE.match(ctx.key, m.end())):
        shift = t.SHIFTS[joined.group("shift")]  # ``سبتمبر أو أكتوبر المقبلين``: the next September too
    coordinated = _coordinated_year(ctx, m.end()) if year is None and shift is None and not named else None
    alone = (year is None and shift is None and part is None and not m.group("m_word") and not paired
             and not named and coordinated is None)
    joined_to = _joined_to_month(m, ctx, month) if alone else None
    if alone and _previous_word(ctx, m.start()) not in _MONTH_CUES and joined_to is None:
        # a month name alone (مارس "he practised", نيسان the car maker) is not a date; the second of two
        # months joined by و (أبريل ومايو) is one
        return None
    if year is not None:
        if era == "AH":
            return None  # a Gregorian month with a Hijri year is a slip we do not guess at
        return _with_part(year, month, part, pair_note)
    if coordinated is not None:
        if coordinated.value is None:
            return coordinated
        res = _with_part(int(coordinated.value), month, part, "; ".join(n for n in (pair_note, coordinated.note) if n))
        return Resolution(res.value, res.granularity, res.note, coordinated.relative)
    if ctx.anchor is None:
        return _no_anchor("month", ": the year is not written")
    named_year = _named_year(m, "m_", ctx.anchor)
    if named_year is not None:
        res = _with_part(named_year[0], month, part, "; ".join(n for n in (pair_note, named_year[1]) if n))
        return Resolution(res.value, res.granularity, res.note, True)
    today = (ctx.anchor.year, ctx.anchor.month, ctx.anchor.day)
    if joined_to is not None:
        # the second month of ``بين يونيو وسبتمبر``: in the first one's year, or the next when it comes round
        first_year, why = _choose_year(joined_to, None, today, None, _future_cue(ctx, m.start()))
        year = first_year + (month < joined_to)
        why = f"the months joined to it run from {first_year}-{joined_to:02d} ({why})"
    else:
        future, scheduled = _tense(ctx, m.start())
        year, why = _choose_year(month, None, today, shift, future, nearest=scheduled)
    res = _with_part(year, month, part, "; ".join(n for n in (pair_note, f"year {year}: {why}") if n))
    return Resolution(res.value, res.granularity, res.note, True)


def _season(m: re.Match[str], ctx: Context) -> Resolution | None:
    code = t.SEASONS[_word(m, "s_s") or ""]
    year, _ = _year_of(m, "s_")
    if year is not None:
        return Resolution(f"{year:04d}-{code}", "season")
    if ctx.anchor is None:
        return _no_anchor("season")
    shift = t.SHIFTS.get(_word(m, "s_shift") or _word(m, "sc_shift") or "")
    if m.group("s_cal") and shift is not None:  # شتاء العام الماضي: the season of last year
        return Resolution(f"{ctx.anchor.year + shift:04d}-{code}", "season", None, True)
    return _season_from_anchor(code, shift or 0, ctx.anchor)


def _season_from_anchor(code: str, shift: int, anchor: date) -> Resolution:
    first, last = _MONTHS_OF_SEASON[code]
    year = anchor.year
    if shift == -1:
        done = anchor.month > last if first <= last else last < anchor.month < first
        year = year if done else year - 1
    elif shift == 1:
        ahead = anchor.month < first
        year = year if ahead else year + 1
    return Resolution(f"{year:04d}-{code}", "season", None, True)


def _relative_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    word = _word(m, "r_word") or ""
    if word == "اليوم" and not m.group("r_pod") and not m.group("r_wd") and _newspaper(m, ctx):
        return None
    if (
        word in t.RELATIVE_DAYS_AFTER_DAY_WORD and not m.group("r_pod")
        and _previous_word(ctx, m.start("r_word")) not in t.DAY_EVENT_NOUNS
    ):
        return None  # ``صحيفة الغد``، ``حزب الغد``، ``الأمس القريب``: no day
    if word == "اليوم" and not m.group("r_wd") and normalize_key(m.group("r_next") or "") in t.EVENT_RELATIVE_DAY:
        return Resolution(None, "day", f"«اليوم {m.group('r_next')}» counts from an event the text dates elsewhere")
    if word == "اليوم" and not m.group("r_pod") and not m.group("r_wd") and _day_spoken_of(m, ctx):
        return Resolution(None, "day", "«في اليوم» is each day or a day the text speaks of, not the publication day")
    if ctx.anchor is None:
        return _no_anchor("day")
    d = ctx.anchor + timedelta(days=t.RELATIVE_DAYS[word])
    weekday = _word(m, "r_wd")
    if not weekday or d.weekday() == t.WEEKDAYS[weekday]:
        return Resolution(_day(d), "day", None, True)
    wd = t.WEEKDAYS[weekday]
    back = (d.weekday() - wd) % 7
    named = d - timedelta(days=back) if back <= 3 else d + timedelta(days=7 - back)
    return Resolution(
        _day(named), "day",
        f"{d} counted from the publication date {ctx.anchor} is a {t.WEEKDAY_NAMES[d.weekday()]};"
        f" read as the {weekday} named, {named}", True,
    )


def _day_spoken_of(m: re.Match[str], ctx: Context) -> bool:
    """Whether ``اليوم`` follows a preposition of :data:`~marsad.lang.ar.time.NOT_TODAY_PREPOSITIONS`, glued
    (``باليوم``) or a word of its own (``في اليوم``، ``وفي اليوم``), or a word of
    :data:`~marsad.lang.ar.time.NOT_TODAY_BEFORE` (``ذلك اليوم``، ``نفس اليوم``)."""
    glued = (m.group("pro") or "").removeprefix("و")
    previous = "" if glued else _previous_word(ctx, m.start("r_word")).removeprefix("و")
    return glued in t.NOT_TODAY_PREPOSITIONS or previous in t.NOT_TODAY_PREPOSITIONS or previous in t.NOT_TODAY_BEFORE


_OPEN_QUOTE = re.compile(r"[«\"“]\s*$")
_CLOSE_QUOTE = re.compile(r"\s*[»\"”]")


def _newspaper(m: re.Match[str], ctx: Context) -> bool:
    """Whether ``اليوم`` names a newspaper: quoted alone (``لـ«اليوم»``) or after a word of
    :data:`~marsad.lang.ar.time.TODAY_NAME_NOUNS` (``صحيفة اليوم``، ``عين اليوم``)."""
    previous = _previous_word(ctx, m.start("r_word"))
    if previous in t.TODAY_NAME_NOUNS or (previous[:1] in "لب" and previous[1:] in t.TODAY_NAME_NOUNS):
        return True
    return _quoted_alone(ctx, m.start("r_word"), m.end("r_word"))


def _quoted_alone(ctx: Context, start: int, end: int) -> bool:
    """Whether the words at ``[start, end)`` of the key stand alone between quotation marks in the text: a name or a
    title (``لـ«اليوم»``، ``رواية جورج أورويل «1984»``)."""
    start, end = ctx.origin.text_span(start, end)
    return bool(_OPEN_QUOTE.search(ctx.text, max(0, start - 3), start) and _CLOSE_QUOTE.match(ctx.text, end))


_NAME_OPENS = re.compile(r"[«\"“(][^«»\"“”()\n]{1,40}$")
_NAME_CLOSES = re.compile(r"\s*[»\"”)]")


def _ends_a_quoted_name(ctx: Context, start: int, end: int) -> bool:
    """Whether the bare year at ``[start, end)`` of the key closes a short name in quotation marks or brackets, a
    word right before it, and the name is no event's (``t.YEAR_NAMING_NOUNS``: ``(كأس العالم 2014)`` is dated):
    ``وتشتمل (مدينة شباب 2030) على مراكز أربعة`` was a timeline entry of 2030 (SaudiNewsNet 2015-08-01), so would a
    jet's ``«ميراج 2000»`` be. Not a span of years (``(1982 - 1990)``) nor a year after a comma (``(لكاميرون أيضًا،
    1991)``)."""
    start, end = ctx.origin.text_span(start, end)
    before = ctx.text[max(0, start - 42) : start]
    opened = _NAME_OPENS.search(before)
    if opened is None or not _NAME_CLOSES.match(ctx.text, end) or not before.rstrip()[-1:].isalpha():
        return False
    name = before[opened.start() + 1 :]
    if any(ch.isdigit() or ch in ",،" for ch in name):
        return False  # ``(عام 1981، ومن 1995 إلى 1997)``، ``(الموافق 1980 ـــ 1985)``: years, not a name
    first = normalize_key(name).split()[:1]
    return not (first and (first[0] in t.YEAR_NAMING_NOUNS or first[0].removeprefix("ال") in t.YEAR_NAMING_NOUNS))


def _weekly(ctx: Context, start: int) -> bool:
    """Whether the weekday at ``start`` is every week's: after ``أيام``/``كل``, itself or the run of weekdays
    joined by و it ends (``أيام الثلاثاء والخميس والسبت``)."""
    words = ctx.key[max(0, start - 80) : start].split()
    while words and words[-1].removeprefix("و") in t.WEEKDAYS:
        words.pop()
    return bool(words) and words[-1].removeprefix("و") in t.WEEKLY_WORDS


_WORD_RE = re.compile(r"\S+")
_RUN_MARKS = "(),،."
_RUN_GAP = re.compile(r"[\s(),،.]*")


def _words_after(ctx: Context, end: int) -> str:
    """The key's words after ``end``, past the marks and spaces between (a few words' worth)."""
    return ctx.key[_RUN_GAP.match(ctx.key, end).end() : end + 60]


def _weekday_run(ctx: Context, start: int, end: int) -> tuple[int, int | None, str]:
    """Where the run of weekdays joined by و that holds the weekday at ``[start, end)`` begins, the run's first
    weekday (``None`` when it is this one) and the words after its last weekday (a shift, ``من كل أسبوع`` ...):
    ``الاثنين والثلاثاء والأربعاء المقبلة`` (SaudiNewsNet 2015-08-02: a club's three coming matches, ``(الاثنين والثلاثاء
    والأربعاء)``, were last week's Monday and Tuesday and next Wednesday). A weekday alone is a run of one."""
    window = max(0, start - 60)
    words = [(w.start(), w.end(), w.group().strip(_RUN_MARKS))
             for w in _WORD_RE.finditer(ctx.key, window, min(len(ctx.key), end + 60))]
    here = next((k for k, (s_, e_, _) in enumerate(words) if s_ <= start < e_ or start < s_), None)
    if here is None:
        return start, None, _words_after(ctx, end)

    def joined(word: str) -> bool:
        return word[:1] == "و" and word[1:] in t.WEEKDAYS

    i = here
    while i > 0 and joined(words[i][2]) and (words[i - 1][2] in t.WEEKDAYS or joined(words[i - 1][2])):
        i -= 1
    j = here
    while j + 1 < len(words) and joined(words[j + 1][2]):
        j += 1
    after = _words_after(ctx, words[j][1])
    if i == here:
        return start, None, after
    first = words[i][2]
    return words[i][0], t.WEEKDAYS[first[1:] if joined(first) else first], after


def _weekday(m: re.Match[str], ctx: Context) -> Resolution | None:
    previous = _previous_word(ctx, m.start())
    if previous in t.WEEKDAY_NAME_NOUNS:
        return None  # سوق الجمعة is a market
    if normalize_key(_word(m, "w_wd") or "") == t.SUNDAY and not _word(m, "w_shift"):
        following = ctx.key[m.end() : m.end() + 24].split()[:1]
        if previous in t.NOT_SUNDAY_AFTER or (following and following[0] in t.NOT_SUNDAY_BEFORE):
            return None  # الله الواحد الأحد, الأحد عشر: "the One", eleven
    # the weekdays of one run (``الاثنين والثلاثاء والأربعاء``) are read together: the shift written after the
    # last is theirs, and the clause's tense is read before the first
    first, first_wd, after = _weekday_run(ctx, m.start("w_wd"), m.end("w_wd"))
    if first_wd is None:
        first = m.start()  # a weekday alone: its clause is read before its whole expression (``يوم الأحد``)
    if _weekly(ctx, m.start()) or after.startswith(t.WEEKLY_AFTER):
        return None  # a timetable's days: every week's, no date (``عدا الجمعة والسبت``، ``يوم الإثنين من كل أسبوع``)
    if ctx.anchor is None:
        return _no_anchor("day")
    wd = t.WEEKDAYS[_word(m, "w_wd") or ""]
    shift = t.SHIFTS.get(_word(m, "w_shift") or "")
    if shift is None and (next_words := after.split(maxsplit=1)):
        shift = t.SHIFTS.get(next_words[0].strip(_RUN_MARKS))
    if first_wd is not None:  # a later day of a run: the days after the run's first, in order
        wd, later = first_wd, (wd - first_wd) % 7
    else:
        later = 0
    today = ctx.anchor.weekday()
    ahead, back = (wd - today) % 7, (today - wd) % 7
    future, scheduled = _tense(ctx, first) if shift is None else (False, False)
    if shift == -1:
        d, why = ctx.anchor - timedelta(days=back or 7), "the last one before publication"
    elif shift == 1:
        d, why = ctx.anchor + timedelta(days=ahead or 7), "the next one after publication"
    elif future:
        d, why = ctx.anchor + timedelta(days=ahead), "the next one, the clause speaking of the future"
    elif scheduled and ahead < back:
        # ``يصل صباح يوم الأحد المحترف اليوناني ...`` said on a Saturday: tomorrow, not six days ago
        d, why = ctx.anchor + timedelta(days=ahead), "the nearest one, the clause telling what is scheduled"
    else:
        d, why = ctx.anchor - timedelta(days=back), "the last one on or before publication"
    if later:
        d, why = d + timedelta(days=later), f"{later} days after the first weekday of its run, {why}"
    return Resolution(_day(d), "day", why, True)


# An approximator's last word (نحو، يقارب، ما يقارب): what follows is a count, not a year.
_APPROXIMATOR_WORDS = frozenset(a.split()[-1] for a in t.APPROXIMATORS if a.split()[-1] != "من")
_PARTITIVE_RE = re.compile(r"\s*من\s+ال\w")
_BEFORE_CHRIST_RE = re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in t.BEFORE_CHRIST) + r")(?!\w)")


def _partitive(ctx: Context, end: int) -> bool:
    """Whether ``من`` and a definite noun follow ``end`` (``2000 من المعتقلين``): a part of a whole."""
    return _PARTITIVE_RE.match(ctx.key, end) is not None


def _year_rule(m: re.Match[str], ctx: Context) -> Resolution | None:
    year = int(m.group("y_y"))
    era = t.ERAS.get(_word(m, "y_era") or "")
    part = t.PERIOD_PARTS.get(_word(m, "y_part") or "")
    # ``م`` after a number is also metres (1000 م مربع): it marks a year only where years are plausible
    era_marks = era == "AH" or (era == "AD" and (_word(m, "y_era") != "م" or 1900 <= year <= 2100))
    if _previous_word(ctx, m.start()) in t.MODEL_YEAR_NOUNS:
        return None  # موديل 2013: a car's model, no event's year
    if _BEFORE_CHRIST_RE.match(ctx.key, m.end()):
        return None  # عام 1004 قبل الميلاد: a year before the calendar the timeline orders
    if _quoted_alone(ctx, m.start("y_y"), m.end("y_y")):
        return None  # رواية جورج أورويل «1984», رواية صنصال «2084»: a title (SaudiNewsNet 2015-08-02's timeline)
    marked = bool(part or m.group("y_word") or era_marks or _previous_word(ctx, m.start()) in t.YEAR_CUES)
    if not marked:
        if not 1900 <= year <= 2100:
            return None
        after = normalize_key(m.group("y_next") or "")
        if after in NUMBER_WORDS:
            return None  # 2000 مليار is a figure
        previous = _previous_word(ctx, m.start())
        named = previous in t.YEAR_NAMING_NOUNS
        if not named and after and after[0].isalpha() and after not in _AFTER_BARE_YEAR:
            return None  # 1948 جندي is a count
        if previous in _APPROXIMATOR_WORDS or (after == "من" and _partitive(ctx, m.end())):
            return None  # ما يقارب 2000 من المعتقلين, 1500 من الجنود: counts
        if not named and _ends_a_quoted_name(ctx, m.start("y_y"), m.end("y_y")):
            return None  # (مدينة شباب 2030), «ميراج 2000», "خطة دبي 2021": a name's year, no event's
    why = ""
    if (
        era is None and ctx.anchor is not None and (now := _to_hijri(ctx.anchor))
        and _HIJRI_YEARS[0] <= year <= now[0] + _HIJRI_NEAR
    ):
        era, why = "AH", f": the publication's Hijri year is {now[0]}"  # ميزانية عام 1436, ولد عام 1396
    if era == "AH":
        first = _hijri_month_span(year, 1)
        last = _hijri_month_span(year, 12)
        if first is None or last is None:
            return Resolution(None, "year", f"Hijri year {year}: {_HIJRI_RANGE}")
        start, end = first[0].year, last[1].year
        return Resolution(f"{start:04d}" if start == end else f"{start:04d}/{end:04d}", "year",
                          f"Hijri year {year}{why}")
    if not 1000 <= year <= 2100:
        return None
    if m.group("y_y2"):
        y2 = int(m.group("y_y2"))
        if not 0 < y2 - year < 100:
            return None
        return Resolution(f"{year:04d}/{y2:04d}", "year")
    return _with_part(year, None, part, None)


def _period(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit = _word(m, "p_u1") or _word(m, "p_u2") or _word(m, "p_u3") or ""
    shift = t.SHIFTS.get(_word(m, "p_shift") or _word(m, "p_shift3") or "", 0)
    part = t.PERIOD_PARTS.get(_word(m, "p_part") or "")
    if ctx.anchor is None:
        return _no_anchor(t.CALENDAR_UNITS.get(unit, "season"))
    a = ctx.anchor
    if unit in t.SEASONS:
        return _season_from_anchor(t.SEASONS[unit], shift, a)
    granularity = t.CALENDAR_UNITS[unit]
    if granularity == "year":
        res = _with_part(a.year + shift, None, part, None)
        return Resolution(res.value, res.granularity, res.note, True)
    if granularity == "month":
        y, mo = _add_months(a.year, a.month, shift)
        return Resolution(_month(y, mo), "month", f"{_PART_NOTE[part]} the month" if part else None, True)
    if granularity == "week":
        # Arab working weeks start on Sunday (Saturday in some countries): on a Sunday, "this week" is the
        # one that starts, ISO week + 1.
        base = a + timedelta(days=1) if a.weekday() == 6 else a
        note = "the week starting on the publication Sunday" if a.weekday() == 6 else None
        return Resolution(_week(base + timedelta(weeks=shift)), "week", note, True)
    return Resolution(f"{a.year // 10 + shift:03d}", "decade", None, True)


def _count(text: str | None) -> float | None:
    if not text:
        return None
    number = parse_number(text)
    if number is not None:
        return number
    found = find_numbers(text)
    return found[0].value if len(found) == 1 and not found[0].vague else None


def _shift_by(a: date, n: int, granularity: str) -> tuple[str, str]:
    """``a`` moved by ``n`` units of ``granularity``: the value and the granularity it is stated at."""
    if granularity in ("hour", "minute", "second"):
        return _day(a), "day"  # hours ago: the publication day, as precise as the anchor is
    if granularity == "day":
        return _day(a + timedelta(days=n)), "day"
    if granularity == "week":
        return _week(a + timedelta(weeks=n)), "week"
    if granularity == "month":
        return _month(*_add_months(a.year, a.month, n)), "month"
    if granularity == "year":
        return f"{a.year + n:04d}", "year"
    if granularity == "decade":
        return f"{a.year // 10 + n:03d}", "decade"
    return f"{a.year // 100 + n:02d}", "century"


def _last_n(m: re.Match[str], ctx: Context) -> Resolution | None:
    granularity = t.PERIOD_PLURALS[_word(m, "l_unit") or ""]
    direction = _word(m, "l_dir") or ""
    n = _count(m.group("l_n"))
    if direction == "الاولي":
        return Resolution(None, granularity, "the first units of a period the text dates elsewhere")
    if n is None or n != int(n):
        return Resolution(None, granularity, "a period of unstated length")
    if ctx.anchor is None:
        return _no_anchor(granularity)
    sign = -1 if direction in _PAST_DIRECTIONS else 1
    other, shown = _shift_by(ctx.anchor, sign * int(n), granularity)
    here, _ = _shift_by(ctx.anchor, 0, granularity)
    value = f"{other}/{here}" if sign < 0 else f"{here}/{other}"
    return Resolution(value, shown, None, True)


_NEXT_WORDS = re.compile(r"\s+(\w+)")
_NOW_WORDS = frozenset(w for w in t.PRESENT if " " not in w) | {normalize_key("اليوم")}  # ``قبل عام من الآن``


def _ago(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit = _word(m, "a_unit") or ""
    granularity, dual = t.UNITS[unit]
    written = m.group("a_n")
    n = _count(written) if written else (2 if dual == 2 else (1 if unit not in _PLURAL_UNITS else None))
    after = normalize_key(m.group("a_next") or "")
    rest = _NEXT_WORDS.match(ctx.key, m.end("a_next")) if m.group("a_next") else None
    if after in ("واحد", "واحده") and rest is not None:
        # ``قبل يوم واحد من التفجير``: one day before the bombing (SaudiNewsNet 2015-08-09 dated it yesterday)
        after, rest = rest.group(1), _NEXT_WORDS.match(ctx.key, rest.end(1))
    if after in ("من", "علي") and m.group("a_cue") == "قبل" and (rest is None or rest.group(1) not in _NOW_WORDS):
        return Resolution(None, granularity, "counted from an event, not from the publication date")
    if n is None or n != int(n):
        return Resolution(None, granularity, "an unstated number of units ago")
    if ctx.anchor is None:
        return _no_anchor(granularity)
    value, shown = _shift_by(ctx.anchor, -int(n), granularity)
    note = "approximate" if m.group("a_approx") else None
    return Resolution(value, shown, note, True)


def _decade(m: re.Match[str], ctx: Context) -> Resolution | None:
    tens = t.DECADES[_word(m, "c_d") or ""]
    century_word = _word(m, "c_c")
    century = {"الماضي": 19, "العشرين": 19, "التاسع عشر": 18, "الحالي": 20}.get(century_word or "", 19)
    note = None if century_word else "century not named: read as the 20th"
    return Resolution(f"{century}{tens}", "decade", note)


def _clock(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m.group("k_hh"):
        hour, minute = int(m.group("k_hh")), int(m.group("k_mm"))
        period = _word(m, "k_ap2")
    elif m.group("k_hd"):
        # an hour its part of the day follows: a range is dated by its start, which shares the part of the day
        # (``من 7 إلى 8.30 مساء``: 19:00)
        start = "k_from" if m.group("k_from") else "k_hd"
        hour, minute = int(m.group(start)), int(m.group("k_fm" if start == "k_from" else "k_md") or 0)
        period = _word(m, "k_ap3")
        if not 1 <= hour <= 12 or not 1 <= int(m.group("k_hd")) <= 12:
            return None  # ``15 مساء`` is no hour of a twelve-hour clock
    else:
        hour = int(m.group("k_h")) if m.group("k_h") else t.CLOCK_HOURS[_word(m, "k_hw") or ""]
        minute = int(m.group("k_m") or 0)
        minute += {"والنصف": 30, "والربع": 15}.get(m.group("k_frac") or "", 0)
        period = _word(m, "k_ap")
    if period and t.CLOCK_PERIODS[period] and hour < 12:
        hour += 12
    if hour > 24 or minute > 59:
        return None
    granularity = "minute" if minute or m.group("k_hh") or m.group("k_m") or m.group("k_frac") else "hour"
    return Resolution(f"XXXX-XX-XXT{hour:02d}:{minute:02d}", granularity, "clock time; the day is not part of it")


def _present(m: re.Match[str], ctx: Context) -> Resolution | None:
    return Resolution("PRESENT_REF", None)


def _duration(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m.group("u_dual"):
        unit, n = _word(m, "u_dual") or "", 2.0
    else:
        unit = _word(m, "u_unit") or ""
        count = _count(m.group("u_n"))
        if count is None:
            return Resolution(None, t.UNITS[unit][0], "a length of time of unstated size")
        n = count
    granularity = t.UNITS[unit][0]
    size = f"{n:g}"
    value = {
        "second": f"PT{size}S", "minute": f"PT{size}M", "hour": f"PT{size}H", "day": f"P{size}D",
        "week": f"P{size}W", "month": f"P{size}M", "year": f"P{size}Y", "decade": f"P{n * 10:g}Y",
        "century": f"P{n * 100:g}Y",
    }[granularity]
    return Resolution(value, granularity, "a length of time")


_PLURAL_UNITS = frozenset(normalize_key(w) for w in t.PLURAL_UNITS)

_RESOLVERS = {
    "n": _numeric, "i": _iso, "d": _day_month, "e": _month_first, "h": _hijri, "f": _feast, "m": _month_rule, "s": _season,
    "r": _relative_day, "y": _year_rule, "w": _weekday, "p": _period, "l": _last_n, "a": _ago, "c": _decade,
    "k": _clock, "z": _present, "u": _duration,
}


def resolve(rule: str, m: re.Match[str], ctx: Context) -> Resolution | None:
    """Resolve a match of ``rule``; ``None`` when the match turns out not to be a time expression."""
    return _RESOLVERS[rule](m, ctx)
