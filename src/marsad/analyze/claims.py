"""Claims across a story's articles: which figure or date each outlet gives for the same thing, and where
they agree or differ.

A **figure claim** starts from a :class:`~marsad.model.Quantity` (value, unit and counted noun are read by
the quantities extractor, never re-parsed here). What it is about is the noun phrase of the counted noun
(``2500 جندي أميركي``), or, for a figure given as ``عددها``/``عددهم``, the noun phrase it refers back to
(``القوات الأمريكية الموجودة حالياً في العراق، والتي يبلغ عددها 2500``). Two figures are about the same
thing when their phrases have the same **kind** (``قوات``، ``جنود``، ``جندي`` are all troops) and the same
**affiliation** (``الأمريكية``، ``الأميركية``، ``أميركي`` are all US; ``من قوات التحالف`` is the coalition),
in the same unit. ``2.5 ألف جندي``، ``2500``، ``2500 جندي`` then agree, and ``3 آلاف جندي من قوات التحالف``
is another claim. An article that gives several values for one subject is left out of its claims: it counts
several things of that kind (regions, categories, a toll that rose), not one fact.

A **date claim** starts from a resolved :class:`~marsad.model.TimeExpr`: what it dates is the rest of its
clause. Dates of clauses from different articles that share most of their content words are about the
same event; a date inside another (``2021-12-31`` in ``2021-12``) agrees with it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from marsad.cluster.places import localities_named
from marsad.lang.ar import function_words, morphology, names, quantities, reporting
from marsad.lang.ar import numbers as number_words
from marsad.lang.ar import time as time_words
from marsad.model import Article, Claim, ClaimSource, Quantity, TimeExpr
from marsad.text import normalize_key, split_sentences, word_keys

from .timeline import CLAUSE_WINDOW, DAY_VALUE, from_publication, interval, sentence_around

__all__ = ["SAME_EVENT_OVERLAP", "find_claims"]

_KINDS: dict[str, str] = {
    normalize_key(word): kind
    for kind, words in quantities.COUNTED_KINDS.items()
    for word in words.split()
}

_AFFILIATIONS: dict[str, str] = {
    normalize_key(word): key
    for key, words in names.AFFILIATIONS.items()
    for word in words.split()
}
_PROCLITICS = morphology.ARTICLE_PROCLITICS
_NISBA_ENDINGS = morphology.NISBA_ENDINGS
_PHRASE_STOPS = frozenset(word_keys(function_words.PHRASE_STOPS))
_PHRASE_WORDS = 6  # words of a subject phrase after its head
_COUNT_OF_RE = re.compile(r"(?<!\w)(?:و|ب)?(?:عدد|تعداد|قوام)(?:ها|هم|ه|هن)(?!\w)")
# A word with its diacritics and tatweel (``حالياً`` is one word).
_WORD_RE = re.compile(r"(?:[^\W\d_]|[\u064B-\u065F\u0670\u0640])+")

SAME_EVENT_OVERLAP = 0.5
"""Two dated clauses tell the same event when this share of the shorter one's content words is in the
other (and at least :data:`_MIN_SHARED` words): stricter than the timeline's 0.4, because a wrong match
here shows a conflict that is not there. Calibrated by hand on the demo story."""
_MIN_SHARED = 4
_MIN_CLAUSE_WORDS = 8  # as the timeline's clauses: fewer words do not say what is dated
_DATED = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# Words left out of a clause's content: the timeline's (function words and reporting verbs) and the words
# of relative time, which say when, not what.
_FUNCTION_WORDS = frozenset(
    word_keys(
        f"{function_words.CLAUSE_FUNCTION_WORDS} {reporting.CLAUSE_REPORTING_FORMS} {time_words.CLAUSE_TIME_WORDS}",
        stem=True,
    )
)


def _bare(word: str) -> str:
    """The key of ``word`` without a proclitic or the article: ``والقوات`` -> ``قوات``."""
    key = normalize_key(word)
    for prefix in _PROCLITICS:
        if key.startswith(prefix) and len(key) - len(prefix) >= 3:
            return key[len(prefix) :]
    return key


def _affiliation(bare: str) -> str | None:
    if bare in _AFFILIATIONS:
        return _AFFILIATIONS[bare]
    for ending in _NISBA_ENDINGS:
        if bare.endswith(ending):
            base = bare[: -len(ending)] + "ي"
            if base in _AFFILIATIONS:
                return _AFFILIATIONS[base]
    return None


def _phrase(text: str, start: int, limit: int) -> tuple[int, int]:
    """The noun phrase that opens at ``start``: its head and up to :data:`_PHRASE_WORDS` words after, to a
    punctuation mark, a relative pronoun or ``بينهم``, a word joined by ``و``, ``ب`` or ``ل`` (the next
    clause or an adverbial), or a figure."""
    end = start
    for count, m in enumerate(_WORD_RE.finditer(text, start, limit)):
        between = text[end : m.start()]
        if count and (between.strip() or "\n" in between):
            break  # punctuation or a figure between the words
        key = normalize_key(m.group())
        if count and (key in _PHRASE_STOPS or (key[:1] in "وبل" and not key.startswith("ال"))):
            break
        end = m.end()
        if count == _PHRASE_WORDS:
            break
    return start, end


def _kind_and_affiliation(phrase: str) -> tuple[str | None, str | None]:
    kind = affiliation = None
    for word in _WORD_RE.findall(phrase):
        bare = _bare(word)
        kind = kind or _KINDS.get(bare)
        affiliation = affiliation or _affiliation(bare)
    return kind, affiliation


def _antecedent(text: str, quantity: Quantity, sentence_start: int) -> tuple[int, int] | None:
    """For a figure given as ``عددها``/``عددهم``: the noun phrase of the nearest counted noun before it."""
    before = text[sentence_start : quantity.start]
    counts = list(_COUNT_OF_RE.finditer(before))
    if not counts:
        return None
    stop = sentence_start + counts[-1].start()
    for m in reversed(list(_WORD_RE.finditer(text, sentence_start, stop))):
        if _bare(m.group()) in _KINDS:
            return _phrase(text, m.start(), stop)
    return None


def _figure_subject(article: Article, quantity: Quantity, sentences: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Span of what ``quantity`` is about in its article, or ``None`` when it counts nothing readable."""
    text = article.text
    s_start, s_end = next(((s, e) for s, e in sentences if s <= quantity.start < e), (0, len(text)))
    antecedent = _antecedent(text, quantity, s_start)
    if antecedent is not None:
        return antecedent
    if quantity.counted_span is None:
        return None
    start = quantity.counted_span[0]
    return _phrase(text, start, s_end if start >= quantity.start else quantity.start)


def _figure_claims(articles: Sequence[Article], quantities: Sequence[Quantity]) -> list[Claim]:
    by_id = {a.id: a for a in articles}
    sentences = {a.id: split_sentences(a.text) for a in articles}
    groups: dict[tuple[str, str | None, str | None], list[ClaimSource]] = {}
    named_by_noun: set[tuple[str, str | None, str | None]] = set()  # groups whose kind is only the counted noun
    context: dict[int, frozenset[str]] = {}  # id of a source -> the content words of its clause
    others: dict[int, frozenset[str]] = {}  # id of a source -> the other figures of its sentence
    placed: dict[int, tuple[str, tuple[int, int]]] = {}  # id of a source -> its article's text and sentence
    told: dict[int, tuple[frozenset[int], frozenset[str]]] = {}

    def where_and_fate(source: ClaimSource) -> tuple[frozenset[int], frozenset[str]]:
        """The places a source's sentence names and what befell those it counts (killed, captured ...): read
        only for the figures that differ, most having none to differ from."""
        if id(source) not in told:
            text, sentence = placed[id(source)]
            s, e = _clause(text, source.start, source.end, sentence)
            told[id(source)] = (localities_named(text[sentence[0] : sentence[1]]), _fates(text[s:e]))
        return told[id(source)]

    for q in quantities:
        article = by_id.get(q.article)
        if article is None or _vague(q.text):
            continue
        span = _figure_subject(article, q, sentences[q.article])
        if span is None:
            continue
        about = article.text[span[0] : span[1]]
        kind, affiliation = _kind_and_affiliation(about)
        by_noun = kind is None and bool(q.counted)
        if by_noun:
            kind = _bare(q.counted)
        if kind is None:
            continue
        source = ClaimSource(q.article, q.start, q.end, q.text, q.value, about, span)
        groups.setdefault((kind, affiliation, q.unit), []).append(source)
        placed[id(source)] = (article.text, sentence_around(sentences[q.article], q.start, q.end))
        if by_noun:
            named_by_noun.add((kind, affiliation, q.unit))
            sentence = sentence_around(sentences[q.article], q.start, q.end)
            s, e = _clause(article.text, q.start, q.end, sentence)
            context[id(source)] = _content(article.text[s : q.start] + " " + article.text[q.end : e])
            others[id(source)] = frozenset(_NUMBER.findall(
                article.text[sentence[0] : q.start] + " " + article.text[q.end : sentence[1]]
            ))
    # A count whose phrase names no affiliation is the one affiliated count of its kind and unit, when there is
    # one: ``100 جريح في مدينة سوروتش`` and ``100 جريح … في مدينة سوروتش التركية`` (the adjective is the town's)
    # were two rows of one fact (SaudiNewsNet 2015-07-21). With two affiliations (the US troops and the
    # coalition's) it stays apart.
    for key in [k for k in groups if k[1] is None]:
        affiliated = [k for k in groups if k[0] == key[0] and k[2] == key[2] and k[1] is not None]
        if len(affiliated) == 1 and (key in named_by_noun) == (affiliated[0] in named_by_noun):
            groups[affiliated[0]].extend(groups.pop(key))
    claims = []
    for key, found in groups.items():
        unit = key[2]
        # An article giving several values for one subject counts several things of that kind (a civil
        # defence report's ``8632 بلاغا`` for one region and ``5593 بلاغا`` for another; a toll "rising from
        # 20 to 25"): its figures are no claim about one fact, and set beside another article's they showed
        # outlets "differing" where each counted something else (a SaudiNewsNet day's story of accident
        # reports had 30 such rows).
        values_in: dict[str, set[float]] = {}
        for source in found:
            values_in.setdefault(source.article, set()).add(round(float(source.value), 2))
        sources = [source for source in found if len(values_in[source.article]) == 1]
        values = list(dict.fromkeys(round(float(s.value), 2) for s in sources))
        for value in values:
            agree = tuple(s for s in sources if round(float(s.value), 2) == value)
            conflict = tuple(s for s in sources if round(float(s.value), 2) != value and _near(float(s.value), value))
            if key in named_by_noun:
                # A kind known only by its counted noun (``صفقة``، ``سهم``، ``بلاغ``) says little of what is
                # counted: the day's deals on five markets are five facts. Another value differs only where
                # its clause tells the same thing as one that agrees (:func:`_same_event`: ``65 بلاغا خلال
                # أيام العيد`` and ``116 بلاغا خلال أيام العيد`` do). A SaudiNewsNet day's market story
                # listed ten deal counts, each "differing" from the other nine. The sentences must not
                # both hold other figures that all differ either (:func:`_same_fact`). Kinds the lists know (casualties, troops, refugees,
                # people: ``COUNTED_KINDS``) are one subject by their kind and affiliation, as before.
                conflict = tuple(c for c in conflict if any(_same_fact(c, a, context, others) for a in agree))
            # two places' counts are two facts (the dead in Anbar and those of a clash on Kirkuk's border:
            # SaudiNewsNet 2015-07-27)
            conflict = tuple(c for c in conflict if any(
                all(map(_may_be_one, where_and_fate(c), where_and_fate(a))) for a in agree
            ))
            about = max((s.about for s in agree), key=lambda a: len(a.split()))
            claims.append(Claim(about, "figure", value, unit, _once_each(agree), _once_each(conflict)))
    return claims


_NUMBER = re.compile(r"\d+(?:[.,٫]\d+)*")


def _once_each(sources: Sequence[ClaimSource]) -> tuple[ClaimSource, ...]:
    """Each article's first source only: a report telling one figure twice (``21 حركة جوية`` in its lead and
    again below: SaudiNewsNet 2015-08-09) is one outlet agreeing, listed once."""
    seen: set[str] = set()
    return tuple(s for s in sources if not (s.article in seen or seen.add(s.article)))


def _may_be_one(first: frozenset, second: frozenset) -> bool:
    """Whether two sentences may count at one place, or one fate, given the places (fates) each names: not
    when both name some and none in common."""
    return not (first and second) or bool(first & second)


def _fates(clause: str) -> frozenset[str]:
    """What befell those a clause counts (``killed``، ``captured`` ...), by its words (a و before one aside)."""
    found = set()
    for word in word_keys(clause):
        fate = _FATES.get(word) or (_FATES.get(word[1:]) if word[:1] == "و" else None)
        if fate is not None:
            found.add(fate)
    return frozenset(found)


_FATES: dict[str, str] = {
    normalize_key(word): fate for fate, words in quantities.FATES.items() for word in words.split()
}


_VAGUE = frozenset(normalize_key(w) for w in number_words.VAGUE)


def _vague(text: str) -> bool:
    """Whether a figure is an order of magnitude (``عشرات القتلى``، ``آلاف المتظاهرين``): its value (10, 1000) is
    no count to agree with ``10 من رجال المقاومة`` or to differ from one."""
    first = word_keys(text[:24])[:1]
    return bool(first) and first[0] in _VAGUE

# Outlets that differ on one count differ within a few times of it (a bombing's dead: 12, 13, 15, 17; its
# wounded 7 and 9): a figure further off counts something else of the kind (the 200 soldiers of the camp, the
# "20 million soldiers" of a column, beside the dead: rows of a SaudiNewsNet story, 2015-08-07).
_FAR = 5.0


def _near(a: float, b: float) -> bool:
    """Whether two figures are near enough to be two reports of one count (:data:`_FAR`)."""
    low, high = sorted((abs(a), abs(b)))
    return high <= _FAR * low if low > 0 else high == 0


def _same_fact(a: ClaimSource, b: ClaimSource, context: dict[int, frozenset[str]],
               others: dict[int, frozenset[str]]) -> bool:
    """Whether two figures of a kind known only by its noun count the same thing: their clauses tell the
    same event, and their sentences do not both hold other figures none of which they share (a wire
    template's ``462.147 سهماً ... 134 صفقة`` and ``119.869.840 سهماً ... 364 صفقة`` are two markets' days)."""
    if not _same_event(context[id(a)], context[id(b)]):
        return False
    return not (others[id(a)] and others[id(b)] and not others[id(a)] & others[id(b)])


def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in word_keys(text, stem=True) if w not in _FUNCTION_WORDS and not w.isdigit())


# Outlets that differ on a date differ by a day or a few (yesterday or today, a weekday misread): dates of
# two clauses further apart than this tell two events of one template (``وحددت اللجنة التنفيذية`` the
# candidacies' deadline, 26 October, and the assembly, 26 February: SaudiNewsNet 2015-07-22), as figures
# further apart than :data:`_FAR` count two things.
_FAR_DAYS = 31


def _near_in_time(a: tuple[date, date], b: tuple[date, date]) -> bool:
    """Whether two dates' spans (:func:`~marsad.analyze.timeline.interval`: first and last day) are at most
    :data:`_FAR_DAYS` apart, or overlap."""
    (a0, a1), (b0, b1) = a, b
    return max(a0, b0) <= min(a1, b1) or min(abs((b0 - a1).days), abs((a0 - b1).days)) <= _FAR_DAYS


def _compatible(a: str, b: str) -> bool:
    """Whether two TIMEX3-like dates can be the same: equal, or one within the other."""
    return a.startswith(b) or b.startswith(a)


def _agrees(source: ClaimSource, value: str, counted: bool) -> bool:
    """Whether ``source``'s date may be ``value``: the same date or one within the other, or a day apart
    when either is counted from its publication (``counted``: every source giving ``value`` is; a day so counted
    is known to a day either way, :func:`~marsad.analyze.timeline.from_publication`). ``أمس الأول`` in a paper of
    Sunday and ``يوم الخميس الماضي`` in another are one Thursday's bombing (SaudiNewsNet 2015-08-09: shown as two
    outlets differing on its date)."""
    mine = str(source.value)
    if _compatible(mine, value):
        return True
    if not (counted or from_publication(source.text)) or not (DAY_VALUE.match(mine) and DAY_VALUE.match(value)):
        return False
    return abs((date.fromisoformat(mine) - date.fromisoformat(value)).days) <= 1


_CLAUSE_MARK = re.compile("[،,؛;]")


def _clause(text: str, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The comma-separated segment of ``sentence`` around ``[start, end)``, widened to its neighbours
    until it has :data:`_MIN_CLAUSE_WORDS` words."""
    s_start, s_end = max(sentence[0], start - CLAUSE_WINDOW), min(sentence[1], end + CLAUSE_WINDOW)
    marks = (m.start() for m in _CLAUSE_MARK.finditer(text, s_start, s_end))
    cuts = [s_start] + [i + 1 for i in marks if not start <= i < end] + [s_end]
    first = max(k for k in range(len(cuts) - 1) if cuts[k] <= start)
    last = first + 1
    while len(text[cuts[first] : cuts[last]].split()) < _MIN_CLAUSE_WORDS and (first > 0 or last < len(cuts) - 1):
        if last < len(cuts) - 1:
            last += 1
        else:
            first -= 1
    a, b = cuts[first], cuts[last]
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in "،,؛;."):
        b -= 1
    return a, b


def _date_claims(articles: Sequence[Article], times: Sequence[TimeExpr]) -> list[Claim]:
    """Dates of the same event given by two articles or more.

    Only sentences with one dated expression are read: in ``أكد اليوم أن الانسحاب نهاية العام`` the two
    dates are of different things, and telling which is which needs more than word overlap.
    """
    by_id = {a.id: a for a in articles}
    sentences = {a.id: split_sentences(a.text) for a in articles}
    usable = [t for t in times if t.value and _DATED.match(t.value) and t.article in by_id]
    # each expression's sentence, and how many dated expressions each sentence holds, found once (counted
    # for each expression over all the others, 3,000 dates in one text took 9 s)
    sentence_of = [sentence_around(sentences[t.article], t.start, t.end) for t in usable]
    dated_in = Counter(zip((t.article for t in usable), sentence_of, strict=True))
    dated: list[tuple[ClaimSource, frozenset[str]]] = []
    for t, sentence in zip(usable, sentence_of, strict=True):
        article = by_id[t.article]
        if dated_in[(t.article, sentence)] > 1:
            continue
        s, e = _clause(article.text, t.start, t.end, sentence)
        words = _content(article.text[s : t.start] + " " + article.text[t.end : e])
        dated.append((ClaimSource(t.article, t.start, t.end, t.text, t.value, article.text[s:e], (s, e)), words))
    claims = []
    used: set[int] = set()
    spans = [interval(str(source.value)) for source, _ in dated]
    for i, (source, words) in enumerate(dated):
        if i in used:
            continue
        same = [i] + [
            j for j, (other, other_words) in enumerate(dated)
            if j > i and j not in used and other.article != source.article and _same_event(words, other_words)
            and _near_in_time(spans[i], spans[j])
        ]
        if len(same) < 2:
            continue
        used.update(same)
        members = [dated[k][0] for k in same]
        # a date written out before one counted from publication, a day before a month: when all agree, the
        # one claim shows it
        values = sorted(dict.fromkeys(str(m.value) for m in members),
                        key=lambda v: (all(from_publication(m.text) for m in members if str(m.value) == v), -len(v)))
        rows = []
        for value in values:
            # a value only days counted from publication give is known to a day either way; one a date written
            # out gives is that day
            counted = all(from_publication(m.text) for m in members if str(m.value) == value)
            agree = tuple(m for m in members if _agrees(m, value, counted))
            conflict = tuple(m for m in members if not _agrees(m, value, counted))
            rows.append((value, agree, conflict))
        # a value every source may give is the one row (``2015-08-06`` and ``أمس الأول`` of 08-07 agreeing): the
        # others differ from one another only by the day a date counted from publication may be off by
        # (``أمس``، ``اليوم``، ``اليوم الثلاثاء`` in three papers of two days: 08-04, 08-05 and 08-06, each shown
        # agreeing with one and differing from another, SaudiNewsNet 2015-08-06)
        whole = next((row for row in rows if not row[2]), None)
        for value, agree, conflict in [whole] if whole is not None else rows:
            about = min((m.about for m in agree), key=len)
            claims.append(Claim(about, "date", value, None, _once_each(agree), _once_each(conflict)))
    return claims


def _same_event(a: frozenset[str], b: frozenset[str]) -> bool:
    shared = len(a & b)
    return bool(a and b) and shared >= _MIN_SHARED and shared / min(len(a), len(b)) >= SAME_EVENT_OVERLAP


def find_claims(
    articles: Sequence[Article], quantities: Sequence[Quantity], times: Sequence[TimeExpr]
) -> tuple[Claim, ...]:
    """The story's claims: one per (subject, value), with the sources that give that value (``agree``)
    and those that give another for the same subject (``conflict``).

    Figure claims come first, those told by the most articles first; then date claims (only events dated
    by two articles or more). Every source's span indexes its article's clean text.
    """
    figures = sorted(_figure_claims(articles, quantities), key=lambda c: (-len({s.article for s in c.agree}), -len(c.conflict)))
    return tuple(figures + _date_claims(articles, times))
