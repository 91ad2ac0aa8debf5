"""An article's publication date when its metadata has none, inferred from what the page itself says.

Where the date is looked for, in order: a date the source stated that reads two ways
(``meta["published_raw"]``, :mod:`marsad.ingest.dates`), the header residue the clean stage removed
(``Article.removed``: date and time lines such as ``9/10/2021`` and ``00:00``), the dateline (the first
lines of the clean text), then a date in the title written with its own weekday. A numeric date may read two ways (``9/10/2021``: 9 October or 10 September); the reading is
chosen only on evidence, and the evidence is returned with the date:

* the weekday the text calls today (``اليوم (الخميس)``) or yesterday (``أمس الخميس``): a reading fits if
  it is that day, or the day after it when the page is stamped at midnight (the night between writing and
  the time stamp, :data:`marsad.extract.times.MAX_STAMP_LAG`);
* the publication dates of other articles of the same story, when the caller passes them: the reading
  nearest to them, if it is within a week and the other is not.

With no evidence for one reading the result is ``None`` and the two readings are named.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, timedelta

from marsad.ingest.dates import numeric_readings
from marsad.lang.ar import time as tables
from marsad.model import Article
from marsad.text.normalize import search_key

from .temporal.patterns import NUMERIC_DATE_RE, TODAY_WEEKDAY_RE
from .times import MAX_STAMP_LAG, parse_anchor, tag_text

__all__ = ["infer_published"]

_WORD = re.compile(r"\w+")
_DATELINE_CHARS = 300  # datelines (``بغداد - 9 سبتمبر 2021``) sit at the very start of the text
_STORY_WINDOW_DAYS = 7  # a story's articles are published within days of each other


def infer_published(article: Article, *, story: Sequence[Article] = ()) -> tuple[str | None, str]:
    """``(date, evidence)``: ``article``'s publication date as ``YYYY-MM-DD`` (``None`` when it cannot be
    told) and a sentence saying where it came from.

    ``story`` may hold the other articles of the article's story; their metadata dates are then evidence
    too. A date in the metadata is returned as is, with the evidence ``metadata``.
    """
    if article.published:
        known = parse_anchor(article.published)
        if known:
            return known.isoformat(), "metadata"
    stated = article.meta.get("published_raw")  # a date the source gave that reads two ways (9/10/2021)
    sources = [(stated, "the stated date")] if isinstance(stated, str) and stated.strip() else []
    sources += [(r.text, "header residue") for r in article.removed] + [(article.text[:_DATELINE_CHARS], "dateline")]
    for source, where in sources:
        key, _ = search_key(source)
        numeric = NUMERIC_DATE_RE.search(key)
        if numeric:
            return _decide(article, story, numeric.group(0), where, _readings(numeric.groups()))
        days = [x for x in tag_text(source) if x.granularity == "day" and x.value and x.anchor is None]
        if days:
            return days[0].value, f"{where} «{days[0].text}»"
    if article.title and (written := _with_its_weekday(article.title)):
        return written[0], f"the title «{written[1]}», a date with its own weekday"
    return None, "no date in the metadata, the header residue, the dateline or the title"


def _with_its_weekday(text: str) -> tuple[str, str] | None:
    """The first full date in ``text`` written with its weekday, the two agreeing (``الجمعة 7 يوليو 2006``),
    as ``(date, as written)``. Such a date is a dateline wherever it stands: MultiLing's reports and other
    plain-text files put it on the title's line (``... يتذكر ضحايا يوم الجمعة 7 يوليو 2006 ...``). A date
    the title mentions without a weekday is what the news is about (``ذكرى هجمات 7 يوليو 2005``), not when
    it was written, and is not taken."""
    for x in tag_text(text):
        if x.granularity != "day" or not x.value or x.anchor is not None:
            continue
        words = _WORD.findall(search_key(x.text)[0])
        named = {tables.WEEKDAYS[w] for w in words if w in tables.WEEKDAYS}
        if named and date.fromisoformat(x.value[:10]).weekday() in named:
            return x.value[:10], x.text
    return None


def _readings(groups: Sequence[str]) -> list[date]:
    """The dates a numeric date may be: day/month first, then month/day, without impossible ones."""
    a, _, b, y = groups
    return numeric_readings(int(a), int(b), int(y))


def _decide(article: Article, story: Sequence[Article], written: str, where: str,
            readings: list[date]) -> tuple[str | None, str]:
    if not readings:
        return None, f"{where} «{written}» is not a date"
    if len(readings) == 1:
        return readings[0].isoformat(), f"{where} «{written}», which reads one way only"
    dmy, mdy = readings
    evidence = [f"{where} «{written}» reads {dmy} (day/month) or {mdy} (month/day)"]
    by_weekday = _fit_weekday(article, readings, evidence)
    by_story = _nearest_to_story(readings, story, evidence)
    for fits in (by_weekday, by_story):
        if len(fits) == 1:
            return fits[0].isoformat(), "; ".join([*evidence, f"so {fits[0]}"])
    return None, "; ".join([*evidence, "nothing decides between them"])


def _fit_weekday(article: Article, readings: list[date], evidence: list[str]) -> list[date]:
    """The readings that agree with the weekday the text calls today (or the day after it, for a page
    stamped at midnight); all of them when the text names none."""
    named = _named_today(article)
    if named is None:
        return readings
    weekday, phrase = named
    fits = [d for d in readings if (d.weekday() - weekday) % 7 <= MAX_STAMP_LAG]
    said = []
    for d in readings:
        lag = (d.weekday() - weekday) % 7
        said.append(f"{d} is " + ("that day" if lag == 0 else "the day after it" if lag <= MAX_STAMP_LAG
                                  else f"a {calendar.day_name[d.weekday()]}"))
    evidence.append(f"the text's «{phrase}» names a {calendar.day_name[weekday]}: " + ", ".join(said))
    if any("00:00" in r.text for r in article.removed):
        evidence.append("the header's time 00:00 is a midnight stamp, the night after the day written about")
    return fits


def _named_today(article: Article) -> tuple[int, str] | None:
    """The weekday of the publication day as the text names it: ``اليوم الخميس`` names it, ``أمس الخميس``
    names the day before."""
    key, origin = search_key(article.text)
    m = TODAY_WEEKDAY_RE.search(key)
    if m:
        start, end = origin.text_span(m.start(), m.end())
        return tables.WEEKDAYS[m.group("wd")], article.text[start:end]
    for x in tag_text(article.text):
        if x.text.startswith(("أمس", "امس")) and x.granularity == "day":
            for name, number in tables.WEEKDAYS.items():
                if search_key(x.text)[0].endswith(name):
                    return (number + 1) % 7, x.text
    return None


def _nearest_to_story(readings: list[date], story: Sequence[Article], evidence: list[str]) -> list[date]:
    """The readings within a week of one of the story's other publication dates."""
    dates = sorted({d for other in story if (d := parse_anchor(other.published))})
    if not dates:
        return readings
    window = timedelta(days=_STORY_WINDOW_DAYS)
    close = [r for r in readings if any(abs(r - d) <= window for d in dates)]
    evidence.append("the story's other articles are dated " + ", ".join(d.isoformat() for d in dates)
                    + (": " + " and ".join(str(r) for r in close) + " within a week of one" if close else ""))
    return close
