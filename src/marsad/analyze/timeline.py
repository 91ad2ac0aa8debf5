"""A story's timeline: the events its articles date, in order, each told once with every outlet cited.

An event is the clause that carries a resolved time expression. The clause is cut from its sentence at
commas and semicolons outside quotations, and widened to its neighbours until it says enough to stand
alone (:data:`MIN_CLAUSE_WORDS`). Clauses dated alike whose words overlap are one event told by several
outlets: the entry shows the one that tells what most of the others tell, the shortest among equals and never
one leaning on the sentence before it when another stands alone, as published, and cites all.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import date, timedelta

from marsad.lang.ar import function_words, names, reporting
from marsad.lang.ar import time as time_words
from marsad.model import Article, Citation, TimeExpr, TimelineEntry
from marsad.summarize.fitness import needs_context
from marsad.text import CLAUSE_MARKS, normalize_key, split_sentences, word_keys

__all__ = [
    "CLAUSE_WINDOW", "DAY_VALUE", "MIN_CLAUSE_WORDS", "MOST_DATES_A_CLAUSE", "SAME_EVENT_OVERLAP", "build_timeline", "from_publication", "interval",
    "most_told", "sentence_around",
]

# Fewer words than this do not say what happened (``بينما عقدت الثانية خلال أغسطس/آب 2020``: the second
# what?); 8 keeps the demo story's clauses whole without running into the next event. Calibrated by hand
# on the demo corpus.
MIN_CLAUSE_WORDS = 8
# Two clauses with the same date tell the same event when this share of the shorter one's content words
# (the time expression's own words left out) is in the other. Calibrated on the demo story: the reports of
# the end-of-2021 deadline by 000, 001 and 002 overlap 0.40–0.97 and the fourth round's (000, 001) 0.86,
# while different events of 2021-09-09 (the command's statement, the Iraqi denial, the meeting) reach 0.36.
SAME_EVENT_OVERLAP = 0.4
# ... and they share at least this many content words: a clause cut short at a comma (``ودعا الرئيس اليمني
# خلال لقائه، أمس``) shares half of its three words with any clause of its day that names the president, and
# one story's timeline listed nine outlets' other events of that day under it (SaudiNewsNet 2015-07-27).
SAME_EVENT_SHARED = 3
# Clauses a day apart, one dated by a day counted from publication (``أمس``), tell one event when two of them
# share this share of the shorter's content words and this many (:func:`_a_day_off`): over all of SaudiNewsNet
# 2015-08-03 the joins above the bar were one event told a day off (a meeting "today" and "tomorrow", a toll
# "yesterday" and "today"); under it, 0.4-0.53 with 3-8 words, the Houthis' or Turkey's strikes of two days.
DAY_OFF_OVERLAP = 0.6
DAY_OFF_SHARED = 6

# A clause more times than this date is a list of dates, shown once at its first (:func:`_first_dated`): over
# 1,500 SaudiNewsNet articles, each its own timeline, 356 of 5,060 entries repeated a clause another entry showed,
# 58 of them in clauses of three dates or more.
MOST_DATES_A_CLAUSE = 2
# Values the timeline orders: a day, a month, a year, an ISO week. Periods, lengths of time, clock times
# and PRESENT_REF date no event.
_DATED = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?|-W(?P<w>\d{2}))?$")
_ASIDE_WORDS = 1  # words besides the time expression in a segment that is only an aside
_GRANULARITY_RANK = {"year": 0, "month": 1, "week": 2, "day": 3}
_QUOTES = frozenset('"«»“”')
_MARK_OR_QUOTE = re.compile("[" + re.escape("".join(sorted(CLAUSE_MARKS | _QUOTES))) + "]")
# Function words left out when comparing clauses (prepositions, particles, pronouns, reporting verbs;
# MSA closed class), stemmed as the clause words are.
_FUNCTION_WORDS = frozenset(
    word_keys(f"{function_words.CLAUSE_FUNCTION_WORDS} {reporting.CLAUSE_REPORTING_FORMS}", stem=True)
)


def build_timeline(articles: Sequence[Article], times: Sequence[TimeExpr]) -> tuple[TimelineEntry, ...]:
    """The dated events of ``articles``, ordered by date (coarser before finer on the same start), one
    entry per event with its most telling clause as ``text`` (see the module's docstring) and a
    :class:`Citation` for each article that tells it (its shortest clause of the event), the shown clause first.

    ``times`` are the articles' time expressions (:func:`marsad.extract.times.find_times`); those without
    a dated value (periods, lengths, unresolved) are left out.
    """
    by_id = {a.id: a for a in articles}
    sentences = {a.id: _sentences(a) for a in articles}
    # where each article's time expressions are: a comma inside one (``الثلاثاء 18 يناير، 2005``) cuts no clause
    spans: dict[str, list[tuple[int, int]]] = {}
    for x in times:
        spans.setdefault(x.article, []).append((x.start, x.end))
    for found in spans.values():
        found.sort()
    # the times ``منذ`` gives (``منذ 2004``، ``منذ قرابة أربعة أشهر``; not ``منذ 2004 وحتى 2012``: a span, both ends
    # told): no event of their own clause, they stay in the clause another time dates
    since_spans = {
        (x.start, x.end) for x in times
        if x.article in by_id and (_since(x.text) or _since(_word_before(by_id[x.article].text, x.start)))
        and not _UNTIL.match(by_id[x.article].text, x.end)
    }
    # and what a figure is compared with (``ارتفاعا خلال حزيران مقارنة بأيار``): the baseline, not when the clause's
    # event happened, dated by it only when no other time dates its clause; it still bounds the clauses of the others
    compared_spans = {
        (x.start, x.end) for x in times if x.article in by_id and _compared(by_id[x.article].text, x.start)
    }
    events: list[tuple[str, str, Citation, frozenset[str]]] = []
    counted: set[Citation] = set()  # the clauses dated by a day counted from publication
    seen: set[tuple[str, str, int, int]] = set()
    for x in sorted(times, key=lambda x: (x.article, x.start)):  # in text order: see _first_dated
        article = by_id.get(x.article)
        if article is None or not x.value or not x.granularity or not _DATED.match(x.value):
            continue
        if _occasion(article.text, x.start):
            continue  # the feast a greeting names, not the day of an event
        background = (x.start, x.end) in since_spans or (x.start, x.end) in compared_spans
        others = [] if background else [span for span in spans[x.article] if span not in since_spans]
        start, end = _clause(article.text, sentences[x.article], x.start, x.end, spans[x.article], others)
        if (x.value, x.article, start, end) in seen or _dateline(article.text, start, end, spans[x.article]):
            continue
        if background and any(
            start <= a and b <= end for a, b in spans[x.article] if (a, b) not in since_spans | compared_spans
        ):
            # another time dates the clause ``منذ`` is in: ``أعيد فتح مطار عدن اليوم (الاربعاء) ... وهي الأولى التي
            # تصله منذ قرابة أربعة أشهر`` happened today; four months ago the airport closed, which the clause does not
            # tell (SaudiNewsNet 2015-07-22 put the reopening in March)
            continue
        seen.add((x.value, x.article, start, end))
        words = _content(article.text[start : x.start] + " " + article.text[x.end : end])
        events.append((x.value, x.granularity, Citation(x.article, start, end), words))
        if from_publication(x.text):
            counted.add(Citation(x.article, start, end))
    events = _first_dated(_finest(events))
    entries: list[TimelineEntry] = []
    for group in _a_day_off(_same_events(events), counted):
        # the clause most of the others tell alike, of those that stand alone: the shortest stood for the Abha
        # bombing that thirty reports told, ``وذلك بعد الحادثة الإرهابية التي شهدتها المنطقة ظهر اليوم``, leaning
        # on its sentence's start and naming neither mosque nor place (SaudiNewsNet 2015-08-06)
        standing = [e for e in group if not needs_context(by_id[e[2].article].text[e[2].start : e[2].end])]
        # a group joined with clauses a day off (:func:`_a_day_off`) is shown by one of its own date
        standing = [e for e in standing if e[0] == group[0][0]] or standing
        shown = min(standing or group, key=lambda e: (-_told_alike(e, group), e[2].end - e[2].start))
        # each other article once, by its shortest clause: an article telling the event in two clauses was listed
        # twice among the outlets that tell it (88 of 2,407 entries of SaudiNewsNet 2015-08-11's digest)
        own: dict[str, Citation] = {}
        for e in sorted(group, key=lambda e: e[2].end - e[2].start):
            if e is not shown and e[2].article != shown[2].article:
                own.setdefault(e[2].article, e[2])
        cites = (shown[2], *(c for e in group if (c := own.get(e[2].article)) is e[2]))
        text = by_id[shown[2].article].text[shown[2].start : shown[2].end]
        entries.append(TimelineEntry(group[0][0], group[0][1], text, cites))
    return tuple(sorted(entries, key=_order))


def most_told(entries: Sequence[TimelineEntry], days: Sequence[str], most: int) -> list[int]:
    """The positions in ``entries`` of the ``most`` a short view of the timeline shows, in date order: the
    events told by the most articles; among events told by as many, those of the days the story was reported on
    (``days``, ISO dates) and what is set for after them, then the background, nearest first; then the earlier.

    Date order alone broke the ties: in a story of a mosque bombing (SaudiNewsNet 2015-08-06), one article's
    history of jihadist groups, dated 1958 to 1998, filled the briefing's timeline and left out the day of the
    bombing that every other article told once. What is scheduled is no background (``تأجيل كأس الخليج عاما كاملا
    إلى ديسمبر 2016``: SaudiNewsNet 2015-08-03).
    """
    reported = sorted(date.fromisoformat(d[:10]) for d in days if _ISO_DAY.match(d))

    def distance(entry: TimelineEntry) -> int:
        last = interval(entry.date)[1]
        return (reported[0] - last).days if reported and last < reported[0] else 0

    ranked = sorted(
        range(len(entries)),
        key=lambda i: (-len({c.article for c in entries[i].cites}), distance(entries[i]), i),
    )
    return sorted(ranked[:most])


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


# How far from a time expression its clause is looked for, in characters each side. Sentences of news are
# shorter (SaudiNewsNet's 267,083: median 164 characters, longest 4,033), so this changes nothing there;
# a "sentence" of 500,000 characters without a stop was read whole for each of its expressions (90 s for
# 3,000 dates in one such text).
CLAUSE_WINDOW = 5000


def sentence_around(sentences: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The sentence (of ``sentences``, in text order) holding offset ``start``, else ``(start, end)``;
    found by bisection."""
    at = bisect.bisect_right(sentences, (start, float("inf"))) - 1
    if at >= 0 and sentences[at][0] <= start < sentences[at][1]:
        return sentences[at]
    return start, end


def _sentences(article: Article) -> list[tuple[int, int]]:
    if article.sentences:
        return [(s.start, s.end) for s in article.sentences]
    return split_sentences(article.text)


def _clause(
    text: str, sentences: list[tuple[int, int]], start: int, end: int, times: Sequence[tuple[int, int]] = (),
    apart: Sequence[tuple[int, int]] = (),
) -> tuple[int, int]:
    """The shortest run of comma-separated segments of the sentence around ``[start, end)`` that has at
    least :data:`MIN_CLAUSE_WORDS` words (or the whole sentence, within :data:`CLAUSE_WINDOW`); no comma
    inside one of the text's time expressions (``times``, sorted spans) cuts it, and a clause opener between
    it and another time of ``apart`` does (:func:`_between_events`)."""
    s_start, s_end = sentence_around(sentences, start, end)
    s_start, s_end = max(s_start, start - CLAUSE_WINDOW), min(s_end, end + CLAUSE_WINDOW)
    cuts = [s_start]
    inside_quote = False
    for found in _MARK_OR_QUOTE.finditer(text, s_start, s_end):
        i = found.start()
        if text[i] in _QUOTES:
            inside_quote = not inside_quote
        elif not inside_quote and not start <= i < end and not _inside(times, i):
            cuts.append(i + 1)
    cuts.extend(_between_events(text, s_start, s_end, start, end, times, apart))
    cuts = sorted(set(cuts))
    cuts.append(s_end)
    first = max(k for k in range(len(cuts) - 1) if cuts[k] <= start)
    last = first + 1
    while last < len(cuts) - 1 and cuts[last] < end:
        last += 1
    if len(text[cuts[first] : cuts[last]].split()) - len(text[start:end].split()) <= _ASIDE_WORDS:
        # the expression is an aside between commas (``أكدت القيادة، اليوم الخميس، أن ...``): the event is
        # the sentence around it, on both sides
        first, last = max(first - 1, 0), min(last + 1, len(cuts) - 1)
    while len(text[cuts[first] : cuts[last]].split()) < MIN_CLAUSE_WORDS and (first > 0 or last < len(cuts) - 1):
        # widen towards the side with the shorter neighbour, so the clause grows as little as it can
        left = cuts[first] - cuts[first - 1] if first > 0 else None
        right = cuts[last + 1] - cuts[last] if last < len(cuts) - 1 else None
        if right is None or (left is not None and left <= right):
            first -= 1
        else:
            last += 1
    if first > 0 and _leans_back(text, cuts[first], cuts[last]) and not any(
        cuts[first - 1] <= a < cuts[first] for a, _ in times
    ):
        # a clause opening with a preposition after a comma is the rest of the one before, which holds its verb
        # and subject (``عقد الأمير محمد بن سلمان ... وزير الدفاع، في مكتبه بجدة اليوم اجتماعاً``: the timeline
        # showed ``في مكتبه بجدة اليوم اجتماعاً ...``, no one meeting; SaudiNewsNet 2015-07-22), unless that one
        # is dated itself (``فتحت اليونان بنوكها أول من أمس، بعد إغلاقها قبل ثلاثة أسابيع``: two events); so is
        # one opening with a relative pronoun, cut from its noun (``خيمة أبها السياحية الدعوية السابعة، التي ينظمها
        # مكتب الدعوة ... خلال الفترة من غد "السبت"``: whose organizing? SaudiNewsNet 2015-07-31)
        first -= 1
    if last < len(cuts) - 1 and not text[end : cuts[last]].strip(" ،,") and _object_next(text, cuts[last], cuts[last + 1]) \
            and not any(cuts[last] <= a < cuts[last + 1] for a, _ in times):
        # the time ends its clause at a comma and the verb's object follows it (``أعلن فرع تنظيم داعش في اليمن أمس،
        # مسؤوليته عن تفجير سيارة``: the timeline showed the announcing, not what was announced; SaudiNewsNet
        # 2015-07-21)
        last += 1
    return _trim(text, cuts[first], cuts[last])


def _object_next(text: str, start: int, end: int) -> bool:
    """Whether the segment ``[start, end)`` opens with a noun carrying the pronoun of the one before it, the
    object of its verb (``غاراتها الجوية على صنعاء``، ``مسؤوليته عن التفجير``)."""
    words = text[start:end].split(maxsplit=1)
    return bool(words) and len(words[0]) >= 5 and words[0][:1] not in "وف" and words[0].endswith(_OBJECT_PRONOUNS)


# the pronouns a verb's object carries back to its subject (its, their)
_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")


# What a wire's dateline holds besides its dates and its place: the words of a date line and the agencies' names
# (``جيزان 25 شوال 1436هـ الموافق 10 اغسطس 2015م واس``).
_WIRES = frozenset(word_keys(" ".join(n for n in names.NEWS_OUTLETS if " " not in n)))
_DATELINE_WORDS = frozenset(word_keys(" ".join(time_words.DATE_LINE_WORDS))) | _WIRES


def _dateline(text: str, start: int, end: int, times: Sequence[tuple[int, int]]) -> bool:
    """Whether the clause ``[start, end)`` is a dateline: outside its time expressions (``times``, sorted spans of
    the text), besides a date line's words and a wire's name, one word at most (the place), or two with the wire
    named (``المدينة المنورة``، ``إسلام آباد``). The Saudi Press Agency's datelines were an event of the day told by
    nine reports in a story's timeline (SaudiNewsNet 2015-08-10)."""
    pieces, at = [], start
    # the spans that may meet the clause, found by bisection (an article may date thousands of things)
    for k in range(max(bisect.bisect_left(times, (start, start)) - 1, 0), len(times)):
        a, b = times[k]
        if a >= end:
            break
        if b <= start:
            continue
        pieces.append(text[at:max(a, at)])
        at = max(at, b)
    pieces.append(text[at:end])
    words = [w for w in word_keys(" ".join(pieces)) if len(w) > 1 and not w.isdigit()]
    rest = len([w for w in words if w not in _DATELINE_WORDS])
    return rest <= 1 or (rest == 2 and any(w in _WIRES for w in words))


def _leans_back(text: str, start: int, end: int) -> bool:
    """Whether the clause ``[start, end)`` opens with a preposition or a word that continues the clause before
    (a relative pronoun: ``function_words.CONTINUATIONS``)."""
    words = word_keys(text[start:end])
    if any(tuple(w.removeprefix("و") if k == 0 else w for k, w in enumerate(words[: len(c)])) == c for c in _COMPARISONS):
        return False  # ``على غرار الهجوم الذي استهدف متحف باردو في 18 مارس``: another event, dated by its own date
    return bool(words) and (words[0].removeprefix("و") in _PREPOSITIONS or words[0] in _CONTINUATIONS)


_COMPARISONS = tuple(tuple(word_keys(c)) for c in function_words.COMPARISON_OPENERS)
_PREPOSITIONS = frozenset(word_keys(function_words.VERBAL_NOUN_PREPOSITIONS))
_CONTINUATIONS = frozenset(word_keys(" ".join(function_words.CONTINUATIONS)))


# Words that open a clause telling an event of its own (``عندما``، ``فيما``، ``منذ أن``، ``بعد أن``): where a
# sentence tells two events of two times, the clause of each ends at the word that opens the other's.
_EVENT_OPENER = re.compile(
    r"(?<!\w)(?:"
    + "|".join(sorted((w.replace(" ", r"\s+") for w in function_words.EVENT_CLAUSE_OPENERS), key=len, reverse=True))
    + "|(?:" + "|".join(function_words.TIME_CONJUNCTIONS.split()) + r")\s+[أا]ن"
    + r")(?!\w)"
)


def _between_events(
    text: str, s_start: int, s_end: int, start: int, end: int, times: Sequence[tuple[int, int]],
    apart: Sequence[tuple[int, int]],
) -> list[int]:
    """Where the sentence ``[s_start, s_end)`` may be cut between the time expression at ``[start, end)`` and
    another of its time expressions: before each clause opener between the two (SaudiNewsNet 2015-08-01: ``وصل
    إلى عدن اليوم السبت ليصبح أكبر مسؤول يزور المدينة منذ أن طرد مقاتلون محليون جماعة الحوثي منها قبل أكثر من
    أسبوعين`` stood whole under the week two weeks before, as the arrival's event)."""
    others = [(a, b) for a, b in apart if s_start <= a and b <= s_end and (a, b) != (start, end) and (b <= start or a >= end)]
    if not others:
        return []
    cuts = []
    for found in _EVENT_OPENER.finditer(text, s_start, s_end):
        i = found.start()
        if _inside(times, i):
            continue
        if any(min(end, b) <= i <= max(start, a) for a, b in others):
            cuts.append(i)
    return cuts


def _inside(spans: Sequence[tuple[int, int]], i: int) -> bool:
    """Whether offset ``i`` is inside one of ``spans`` (sorted by start)."""
    at = bisect.bisect_right(spans, (i, float("inf"))) - 1
    return at >= 0 and spans[at][0] <= i < spans[at][1]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in CLAUSE_MARKS):
        end -= 1
    return start, end


def _content(clause: str) -> frozenset[str]:
    return frozenset(w for w in word_keys(clause, stem=True) if w not in _FUNCTION_WORDS and not w.isdigit())


def _same_events(events: list[tuple[str, str, Citation, frozenset[str]]]) -> list[list[tuple[str, str, Citation, frozenset[str]]]]:
    """Group events with the same date value whose words overlap (single link)."""
    groups: list[list[tuple[str, str, Citation, frozenset[str]]]] = []
    for event in events:
        joined = [g for g in groups if g[0][0] == event[0] and any(_overlap(event[3], e[3]) for e in g)]
        for g in joined[1:]:
            joined[0].extend(g)
            groups.remove(g)
        if joined:
            joined[0].append(event)
        else:
            groups.append([event])
    return groups


def _a_day_off(
    groups: list[list[tuple[str, str, Citation, frozenset[str]]]], counted: set[Citation]
) -> list[list[tuple[str, str, Citation, frozenset[str]]]]:
    """``groups`` with each group whose every clause is dated by a day counted from publication (``أمس``) joined to
    the group a day from it that tells the same event and holds a date written out or named by its weekday: the
    collection date of a report may be a day after its paper's, so its ``أمس`` is known to a day either way (the Abha
    bombing of Thursday 2015-08-06 stood under 08-07 too, for four papers of 08-08 that said ``أمس``)."""
    firm = [g for g in groups if any(e[2] not in counted for e in g)]
    joined: list[list[tuple[str, str, Citation, frozenset[str]]]] = []
    for group in groups:
        if any(group is g for g in firm):
            continue
        near = [
            g for g in firm
            if DAY_VALUE.match(g[0][0]) and DAY_VALUE.match(group[0][0])
            and abs((date.fromisoformat(g[0][0]) - date.fromisoformat(group[0][0])).days) == 1
            and any(_told_the_same(e[3], f[3]) for e in group for f in g)
        ]
        if near:
            max(near, key=lambda g: sum(_told_the_same(e[3], f[3]) for e in group for f in g)).extend(group)
            joined.append(group)
    return [g for g in groups if not any(g is j for j in joined)]


def _told_the_same(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two clauses' content words say they tell one event a day off (:data:`DAY_OFF_OVERLAP`)."""
    shared = len(a & b)
    return bool(a and b) and shared >= DAY_OFF_SHARED and shared / min(len(a), len(b)) >= DAY_OFF_OVERLAP


def from_publication(text: str) -> bool:
    """Whether a time expression counts its day from the publication date alone (``أمس``، ``أول من أمس``،
    ``اليوم``: :data:`~marsad.lang.ar.time.RELATIVE_DAYS`), with no weekday to fix it (``أمس الخميس``)."""
    key = " " + _NOT_WORD.sub(" ", normalize_key(text)) + " "
    if any(f" {day} " in key for day in _WEEKDAY_KEYS):
        return False
    return any(f" {day} " in key or f" و{day} " in key for day in _PUBLICATION_DAYS)


_PUBLICATION_DAYS = tuple(sorted(time_words.RELATIVE_DAYS, key=len, reverse=True))
_WEEKDAY_KEYS = tuple(time_words.WEEKDAYS)
_NOT_WORD = re.compile(r"[^\w ]")
DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
"""A TIMEX3-like value that is one day."""


def _told_alike(event: tuple[str, str, Citation, frozenset[str]], group: list[tuple[str, str, Citation, frozenset[str]]]) -> int:
    """How many other articles' clauses of ``group`` tell what ``event``'s clause tells (:func:`_overlap`)."""
    return len({e[2].article for e in group if e[2].article != event[2].article and _overlap(event[3], e[3])})


def _overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    shared = len(a & b)
    return shared >= min(SAME_EVENT_SHARED, len(a), len(b)) and shared / min(len(a), len(b)) >= SAME_EVENT_OVERLAP


def _finest(events: list[tuple[str, str, Citation, frozenset[str]]]) -> list[tuple[str, str, Citation, frozenset[str]]]:
    """``events`` without those whose clause another event of the same clause dates more finely, within
    the same time: ``يوم الاثنين من هذا الأسبوع`` is the Monday, not also the week; ``في 15 يوليو من الشهر
    الماضي`` the day. Two times of one clause that do not hold each other (``بين 2004 و2005``) both stay."""
    spans: dict[Citation, list[tuple[date, date]]] = {}
    for value, _, cite, _ in events:
        spans.setdefault(cite, []).append(interval(value))
    kept = []
    for event in events:
        first, last = interval(event[0])
        if not any(first <= a and b <= last and (a, b) != (first, last) for a, b in spans[event[2]]):
            kept.append(event)
    return kept


def _first_dated(events: list[tuple[str, str, Citation, frozenset[str]]]) -> list[tuple[str, str, Citation, frozenset[str]]]:
    """``events`` (in text order) with a clause that more than :data:`MOST_DATES_A_CLAUSE` times date shown once,
    dated by the first: a list of dates is one clause (a schedule's six Fridays ``الجمعة الموافق 18/8/1436 الجمعة
    الموافق 25/8/1436 ...``, a player's clubs of 2004, 2007 and 2011, a payment made on Monday for the instalments
    missed on 30 June and 13 July), and was shown once per date, the same words six times over. Two dates stay
    two entries: a span's two ends (``منذ 2004 وحتى 2012``), a day and the year it refers to (``الثلاثاء 18 يناير،
    2005 ... عام 2004``), where the first is not always the event's."""
    dates: dict[Citation, int] = {}
    for event in events:
        dates[event[2]] = dates.get(event[2], 0) + 1
    seen: set[Citation] = set()
    kept = []
    for event in events:
        if dates[event[2]] <= MOST_DATES_A_CLAUSE or event[2] not in seen:
            seen.add(event[2])
            kept.append(event)
    return kept


_UNTIL = re.compile(r"\s*و?(?:" + "|".join(time_words.UNTIL) + r")(?!\w)")


def _word_before(text: str, at: int) -> str:
    """The word right before offset ``at`` (``منذ`` of ``منذ فبراير 2013``), or ``""``."""
    words = text[max(0, at - 12) : at].split()
    return words[-1] if words else ""


def _occasion(text: str, at: int) -> bool:
    """Whether the time expression at ``at`` is what ``بمناسبة`` names (``بمناسبة عيد الفطر``، ``لمناسبة حلول
    شهر رمضان``)."""
    words = [normalize_key(w) for w in text[max(0, at - 30) : at].split()[-2:]]
    if words and words[-1] in time_words.OCCASION_ARRIVALS:
        words.pop()
    return bool(words) and words[-1][1:] == time_words.OCCASION and words[-1][:1] in "بل"


# what opens a baseline a figure is compared with, before a time: a comparison word at most three words before it
# within its clause (``مقارنة بأيار``، ``مقارنة بنحو 895 في 2013``), or the same period ``من``/``في``
_COMPARED = re.compile(
    r"(?<!\w)(?:(?:" + "|".join(normalize_key(w) for w in time_words.COMPARED_WITH) + r")(?:\s*[^\s،,.؛;:]+){0,3}"
    r"|(?:" + "|".join(normalize_key(w) for w in time_words.SAME_PERIOD) + r")\s+(?:من|في)\s*ب?)\s*$"
)


def _compared(text: str, at: int) -> bool:
    """Whether the time expression at ``at`` is what a figure is compared with (``مقارنة بأيار``، ``عن الفترة نفسها
    من العام الماضي``)."""
    return _COMPARED.search(normalize_key(text[max(0, at - 40) : at])) is not None


def _since(text: str) -> bool:
    """Whether a time expression, or the word before it, is one of ``منذ`` (``منذ قرابة أربعة أشهر``، ``ومنذ``)."""
    key = normalize_key(text)
    return key.startswith(time_words.SINCE) or key.startswith("و" + time_words.SINCE)


def interval(value: str) -> tuple[date, date]:
    """The first and last day of a dated value (a day, an ISO week, a month, a year)."""
    m = _DATED.match(value)
    assert m is not None  # only dated values become events
    year = int(m.group("y"))
    if m.group("w"):
        monday = date.fromisocalendar(year, int(m.group("w")), 1)
        return monday, monday + timedelta(days=6)
    if m.group("d"):
        day = date(year, int(m.group("m")), int(m.group("d")))
        return day, day
    if m.group("m"):
        month = int(m.group("m"))
        following = date(year + month // 12, month % 12 + 1, 1)
        return date(year, month, 1), following - timedelta(days=1)
    return date(year, 1, 1), date(year, 12, 31)


def _order(entry: TimelineEntry) -> tuple[date, int]:
    return interval(entry.date)[0], _GRANULARITY_RANK.get(entry.granularity, 0)
