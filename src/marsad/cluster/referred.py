"""The days an article refers to: the dated past (or coming) events its headline and lead name.

A follow-up published months or years after its event often names the event by its date: the trial of
the London bombers in 2008 opens on ``تفجيرات 7 يوليو 2005``, a Tsunami report five months on on ``الزلزال
الذي وقع في 26 ديسمبر 2004``. A reader puts it beside the event's reports however long after it was
written. So each date of day precision written with its year in the headline or the first ``lead_words``
words (resolved by the time tagger, :func:`marsad.extract.times.tag_text`, as the extract stage reads it
later) counts as one of the article's days when the linkage measures the time between two groups
(:class:`marsad.cluster.linkage.Requirement`), and the similarity graph's window reaches the articles
published near it (:func:`marsad.cluster.graph.with_referred_pairs`).

Only dates with their year written: a weekday or ``26 كانون الأول`` alone is resolved against the
publication date and says nothing a reader would not take from it. Measured on MultiLing's topics drawn
three, five and seven reports each (docs/quality.md, stop 48): B-cubed 0.950 -> 0.971, every set of a
day's news unchanged (within a day every article is near every other one already).

The tagger is a pure function of the text (it depends on the language tables only), so the clustering
stage may read dates before the extract stage does; the tagger runs only where a four-digit year is
written in the headline or lead (a fifth of SaudiNewsNet's articles).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from marsad.extract.times import tag_text
from marsad.model import Article
from marsad.text import first_words

__all__ = ["days_named", "referred_days"]

# A year of the Gregorian calendar written in digits (Western or Arabic-Indic, which the tagger reads too).
_YEAR = re.compile(r"(?<![0-9٠-٩])(?:19|20|١٩|٢٠)[0-9٠-٩]{2}(?![0-9٠-٩])")


def days_named(article: Article, lead_words: int) -> list[tuple[int, bool]]:
    """The days ``article``'s headline and first ``lead_words`` words name, in text order, as (proleptic
    ordinal, whether its year is written: resolved without the publication date), as the time tagger
    reads them against ``article.published`` (``اليوم الثلاثاء``, ``أمس``, ``7 يوليو 2005``)."""
    return list(_days_named(_lead(article, lead_words), article.published))


def referred_days(articles: Sequence[Article], days: Sequence[int | None], lead_words: int) -> list[tuple[int, ...]]:
    """For each article, the days (proleptic ordinals, sorted) of the dates with their year written in its
    headline and its first ``lead_words`` words, other than its publication day ``days[i]``; none for an
    undated article (its time is unknown: nothing to be near)."""
    found: list[tuple[int, ...]] = []
    for article, day in zip(articles, days, strict=True):
        lead = _lead(article, lead_words) if day is not None else ""
        # the tagger only where a year is written (a fifth of the leads): the rest name no such date
        if not _YEAR.search(lead):
            found.append(())
            continue
        found.append(tuple(sorted({named for named, written in _days_named(lead, article.published) if written} - {day})))
    return found


def _lead(article: Article, lead_words: int) -> str:
    return article.title + "\n" + first_words(article.text, lead_words)


# A store clusters its stories' articles again each time new ones may join them: the same leads, read once.
@lru_cache(maxsize=1 << 14)
def _days_named(lead: str, published: str | None) -> tuple[tuple[int, bool], ...]:
    named = []
    for expression in tag_text(lead, anchor=published):
        if expression.granularity != "day" or not expression.value:
            continue
        try:
            day = date.fromisoformat(expression.value).toordinal()
        except ValueError:
            continue  # a span (P13D) or a week, not a day
        named.append((day, expression.anchor is None))
    return tuple(named)
