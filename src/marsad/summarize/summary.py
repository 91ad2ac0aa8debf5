"""A cited multi-document summary of one story, made of whole sentences as the outlets published them.

The method, step by step:

1. **Units.** Every sentence of every article (:class:`~marsad.summarize.index.StoryIndex`); only fit
   ones (:func:`~marsad.summarize.fitness.unfit_reason`) may be chosen, and articles that duplicate an
   earlier one of the story (a dedup :class:`~marsad.model.DuplicateGroup`) neither vote nor get chosen,
   so a wire copy reprinted five times does not outvote independent reporting. A sentence that leans on
   the one before it (:func:`~marsad.summarize.fitness.needs_context`: ``وأضاف أن``، ``كما``، ``وهو ما``)
   may only be chosen after that sentence, and is shown right behind it; a sentence that quotes someone
   the quote finder could not name is never chosen.
2. **Score.** A blend of six signals, each scaled to a maximum of 1 over the story. Two kinds of evidence
   that a sentence carries the news weigh most: its **position** (each report's lead tells that report's
   news: 1 for the article's first fit sentence, 0 for the others) and its
   **agreement** (how many other outlets say the same thing: centrality across outlets, the outlets the
   citation will list). Then continuous LexRank centrality over the fit sentences' TF-IDF similarity;
   similarity to the article's own headline; the figures the sentence reports that other outlets also
   report; and coverage, the words it shares with other outlets that no chosen sentence has said yet.
3. **Select.** Maximal marginal relevance (Carbonell & Goldstein 1998): repeatedly take the sentence with
   the best score minus its similarity to what is already chosen, never one at or above
   :attr:`~marsad.settings.SummarySettings.same_thing` (the same fact in another outlet's words, or a borrowed passage), and never one
   that would overrun the word budget. A corroborated figure counts once, and so does a word several
   outlets use (the budgeted concept coverage of Gillick & Favre 2009, with words as concepts).
4. **Order** (:func:`reading_order`). Newest development first, then the background: the chosen lead
   sentences of the reports (each report's news), newest report first; then the other chosen sentences
   (details and background), newest report first too; within one report, its own order, and a sentence
   that leans on the one before it always right behind it. An undated article is read at the date of the
   dated article it shares most same-thing sentences with, or after all dated ones if it shares none.
5. **Cite.** Each sentence cites its own span first, then, for every other article, that article's most
   similar sentence if it reaches :attr:`~marsad.settings.SummarySettings.same_thing`, most similar first: the outlets that agree. A
   sentence holding a direct quotation names its speaker (``speaker``), as the quote finder read it.

:func:`summarize_update` summarizes what a story's new articles add to the ones a reader has seen: the
same steps over the new articles' sentences, with every sentence that says what a seen article said
(:attr:`~marsad.settings.SummarySettings.same_thing`) left out and the rest penalized for what they repeat.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from marsad.model import Article, BorrowedPassage, Citation, DuplicateGroup, Quote, SummarySentence
from marsad.settings import DEFAULT, SummarySettings

from .figures import figures
from .fitness import needs_context
from .index import StoryIndex
from .lexrank import lexrank

__all__ = [
    "reading_order",
    "summarize_story",
    "summarize_update",
]

def summarize_story(
    articles: Sequence[Article],
    *,
    words: int | None = None,
    borrowed: Sequence[BorrowedPassage] = (),
    duplicates: Sequence[DuplicateGroup] = (),
    index: StoryIndex | None = None,
    quotes: Sequence[Quote] = (),
    settings: SummarySettings = DEFAULT.summary,
) -> tuple[SummarySentence, ...]:
    """Summarize one story in at most ``words`` words (default ``settings.words``).

    Input: the story's clean articles (ids unique), and optionally the borrowed passages and duplicate
    groups the dedup stage found among them and the quotes the quote finder read in them. Output: summary
    sentences in reading order (:func:`reading_order`).

    Guarantees: the word count (whitespace tokens of the shown text) never exceeds ``words``; a budget
    smaller than every fit sentence gives the opening clauses of the best one, up to a comma, marked ``cut``
    (:func:`_opening_clauses`), or an empty summary when no clause of :data:`_LEAST_CUT_WORDS` words or more fits;
    each sentence's text is exactly ``article.text[start:end]`` of its first citation; no two sentences reach :attr:`~marsad.settings.SummarySettings.same_thing`
    similarity; a sentence that leans on the one before it is shown right after it; a story with no fit
    sentence (headlines only) gives an empty summary.

    ``index`` may give the story's :class:`StoryIndex` when the caller has built it (from the same
    articles and borrowed passages); :func:`~marsad.summarize.story_title` can share it.
    """
    if index is None:
        index = StoryIndex(articles, borrowed)
    budget = settings.words if words is None else words
    return _summarize(index, budget, _duplicate_articles(index.articles, duplicates), set(), quotes, settings)


def summarize_update(
    articles: Sequence[Article],
    seen: Collection[str],
    *,
    words: int | None = None,
    borrowed: Sequence[BorrowedPassage] = (),
    duplicates: Sequence[DuplicateGroup] = (),
    index: StoryIndex | None = None,
    quotes: Sequence[Quote] = (),
    settings: SummarySettings = DEFAULT.summary,
) -> tuple[SummarySentence, ...]:
    """What the story's new articles add to the ones a reader has ``seen`` (article ids), in at most
    ``words`` words (default ``settings.update_words``).

    Only sentences of unseen articles are shown, none that reaches :attr:`~marsad.settings.SummarySettings.same_thing` similarity with a
    fit sentence of a seen article (what the reader has read, in the same or other words), and the others
    are penalized by their similarity to what was seen as they are to what is already chosen. Position,
    agreement and the other signals are counted among the new articles only: the update's news is what
    the new reports lead with and agree on. Citations may name seen articles that say the same thing as a
    new sentence. Empty when nothing is new. Same guarantees as :func:`summarize_story`.
    """
    if index is None:
        index = StoryIndex(articles, borrowed)
    old = {a for a, article in enumerate(index.articles) if article.id in seen}
    muted = _duplicate_articles(index.articles, duplicates)
    return _summarize(index, settings.update_words if words is None else words, muted, old, quotes, settings)


def _summarize(
    index: StoryIndex, words: int, muted: set[int], seen: set[int], quotes: Sequence[Quote], settings: SummarySettings
) -> tuple[SummarySentence, ...]:
    speakers = _speakers(index, quotes)
    silent = muted | seen
    candidates = np.array(
        [
            i
            for i, u in enumerate(index.units)
            if u.unfit is None and u.article not in silent and speakers.get(i, "") is not None
        ],
        dtype=int,
    )
    if words <= 0 or not len(candidates):
        return ()
    said = np.zeros(len(candidates))
    if seen:
        old = np.array([i for a in seen for i in index.units_of(a) if index.units[i].unfit is None], dtype=int)
        if len(old):
            said = index.similarity[np.ix_(candidates, old)].max(axis=1)
    scores = _score(index, candidates, silent, settings)
    chosen = _select(index, candidates, scores, words, said, settings)
    if not chosen and not seen:
        opening = _opening_clauses(index, candidates, scores, words, speakers, settings)
        return (opening,) if opening is not None else ()
    cites = {i: _cites(index, i, settings.same_thing) for i in chosen}
    return tuple(
        SummarySentence(index.units[i].text, cites[i], speakers.get(i))
        for i in reading_order(index, chosen, settings.same_thing, cites)
    )


def _opening_clauses(
    index: StoryIndex, candidates: np.ndarray, scores: _Scores, words: int, speakers: dict[int, str | None],
    settings: SummarySettings,
) -> SummarySentence | None:
    """When every fit sentence of a story is longer than the whole budget, the opening clauses of the best one that
    leans on none: up to its last comma or semicolon within the budget, at least :data:`_LEAST_CUT_WORDS` words, as
    published, marked ``cut``. A report written as one long sentence (a ministry's reply of 162 words, an analyst's
    account of 216) had no summary at all in a digest of 120 words a story (SaudiNewsNet 2015-07-24: 2 of 99 stories,
    2015-08-08: 4 of 95). ``None`` when no such clause fits."""
    for position in np.argsort(-scores.base, kind="stable"):
        if scores.after[position] >= 0:
            continue  # a sentence that leans on the one before it, which is not shown
        unit = int(candidates[position])
        text = index.units[unit].text
        cut = None
        for mark in _CLAUSE_ENDS.finditer(text):
            clause = text[: mark.start()].rstrip()
            n = len(clause.split())
            if n > words:
                break
            if n >= _LEAST_CUT_WORDS:
                cut = clause
        if cut is None:
            continue
        own, *others = _cites(index, unit, settings.same_thing)
        return SummarySentence(cut, (Citation(own.article, own.start, own.start + len(cut)), *others),
                               speakers.get(unit), cut=True)
    return None


_CLAUSE_ENDS = re.compile(r"[،,؛;]")
_LEAST_CUT_WORDS = 8  # words of an opening worth showing cut: a clause that says who did what


def _duplicate_articles(articles: Sequence[Article], duplicates: Sequence[DuplicateGroup]) -> set[int]:
    """Positions of the articles that repeat an earlier article of the story."""
    position = {article.id: a for a, article in enumerate(articles)}
    muted: set[int] = set()
    for group in duplicates:
        members = sorted(position[m] for m in group.articles if m in position)
        muted.update(members[1:])
    return muted


def _speakers(index: StoryIndex, quotes: Sequence[Quote]) -> dict[int, str | None]:
    """For each unit holding a direct quotation or a part of one, who is quoted: the speaker as the quote finder
    names them (``speaker_name``), or ``None`` when it could not say (such a unit is never shown: a quotation
    without a speaker). The first named quotation of a unit wins. A quotation runs on over sentences
    (``وصرح داود أوغلو «لقد تم تحديد هوية مشتبه به ... تركيا. الاحتمال الأكبر هو ... بداعش»``): its later
    sentences are the speaker's words too, and were shown with no one named (SaudiNewsNet 2015-07-22)."""
    position = {article.id: a for a, article in enumerate(index.articles)}
    found: dict[int, str | None] = {}
    for quote in quotes:
        a = position.get(quote.article)
        if a is None or quote.kind != "direct":
            continue
        for i in index.units_of(a):
            unit = index.units[i]
            if unit.start >= quote.end:
                break  # the units come in text order: the rest lie after the quotation
            if quote.start < unit.end and found.get(i) is None:
                found[i] = quote.speaker_name
    return found


@dataclass(frozen=True)
class _Scores:
    """What selection needs to know of each candidate: ``base`` (every signal but figures and coverage),
    the ``figures`` it reports with their ``support`` (scaled to at most 1), each candidate's matching
    ``words`` with their ``spread`` over the outlets (scaled to at most 1), and ``after``: for a sentence
    that leans on the one before it, that sentence's unit (it may be chosen only once that one is), else
    -1."""

    base: np.ndarray
    figures: list[frozenset[float]]
    support: dict[float, float]
    words: list[frozenset[str]]
    spread: dict[str, float]
    after: np.ndarray


def _score(index: StoryIndex, candidates: np.ndarray, muted: set[int], settings: SummarySettings) -> _Scores:
    """Each signal scaled to a maximum of 1 over the story, then blended by weight."""
    centrality = lexrank(index.similarity[np.ix_(candidates, candidates)])
    # Edmundson's title method (1969): the headline says what the editor thought the news was.
    headline = index.similarity_to([a.title for a in index.articles])
    articles = np.array([index.units[i].article for i in candidates])
    title = headline[candidates, articles]
    # The lead: the article's first candidate (residue and headlines above the first paragraph do not
    # push it down). A graded prior (MEAD's 1/sqrt(rank + 1), or 1/(rank + 1)) scored no better on
    # MultiLing dev and keeps fewer of the demo's facts (docs/summaries.md).
    lead = np.zeros(len(candidates))
    for a in np.unique(articles):
        lead[np.flatnonzero(articles == a)[0]] = 1.0
    base = (
        settings.centrality_weight * _scaled(centrality)
        + settings.title_weight * _scaled(title)
        + settings.position_weight * lead
        + settings.agreement_weight * _scaled(_agreement(index, candidates, articles, muted, settings.same_thing))
    )
    return _Scores(
        base=base,
        figures=[figures(index.units[i].text) for i in candidates],
        support=_figure_support(index, muted),
        words=[frozenset(index.keys[i]) for i in candidates],
        spread=_word_spread(index, muted),
        after=np.array([_leans_on(index, i) for i in candidates], dtype=int),
    )


def _leans_on(index: StoryIndex, unit: int) -> int:
    """The unit right before ``unit`` in its article when ``unit`` cannot be read without it, else -1
    (also -1 for an article's first sentence: with nothing before it, it is read as it stands)."""
    if not needs_context(index.units[unit].text):
        return -1
    own = index.units_of(index.units[unit].article)
    at = int(np.searchsorted(own, unit))
    return int(own[at - 1]) if at > 0 else -1


def _agreement(
    index: StoryIndex, candidates: np.ndarray, articles: np.ndarray, muted: set[int], same_thing: float
) -> np.ndarray:
    """For each candidate, how many (not muted) reports of other outlets say the same thing: the reports
    its citation will list, but its own outlet's.

    Other outlets' reports only: a fact is corroborated when another newsroom tells it. A series of
    follow-ups by one outlet repeats its background in every report (``وكانت السيول قد اجتاحت ...``), and
    counting its reports as agreeing made that background outrank each day's news (MultiLing's
    single-source series: ROUGE-2 0.2748 counting every report, 0.2816 so; docs/summaries.md). Reports, not
    outlets: counted once per outlet, the casualty figures 27 reports of six outlets told weighed no more
    than a condolence five outlets printed once each (the Abha bombing, SaudiNewsNet 2015-08-07). Articles
    of no known outlet are taken as one source, as a folder of unattributed files most often is: they do
    not corroborate each other, but they do a known outlet (and it them). (Clustering's anchors take the
    other side, :func:`marsad.cluster.anchors.join_angles`: there an unknown outlet counts as its own, so
    that missing metadata never keeps a story apart; here a sentence's rank is raised only on evidence
    that two newsrooms told it.)"""
    outlet = np.array([a.outlet or "" for a in index.articles], dtype=object)
    own = outlet[articles]
    support = np.zeros(len(candidates))
    for a in range(len(index.articles)):
        units = np.array([i for i in index.units_of(a) if index.units[i].unfit is None], dtype=int)
        if a in muted or not len(units):
            continue
        best = index.similarity[np.ix_(candidates, units)].max(axis=1)
        support += (own != outlet[a]) & (best >= same_thing)
    return support


def _figure_support(index: StoryIndex, muted: set[int]) -> dict[float, float]:
    """Each figure reported by two or more (not muted) articles, with how many other articles report it,
    scaled so that the best-supported figure has 1."""
    reported: dict[float, int] = {}
    for a, article in enumerate(index.articles):
        if a not in muted:
            for value in figures(article.text):
                reported[value] = reported.get(value, 0) + 1
    top = max(reported.values(), default=1)
    return {v: (n - 1) / (top - 1) for v, n in reported.items() if n > 1}


def _word_spread(index: StoryIndex, muted: set[int]) -> dict[str, float]:
    """Each matching word used by two or more (not muted) articles, with how many other articles use
    it, scaled so that the most widespread word has 1."""
    used: dict[str, int] = {}
    for a in range(len(index.articles)):
        if a not in muted:
            for word in {k for i in index.units_of(a) for k in index.keys[i]}:
                used[word] = used.get(word, 0) + 1
    top = max(used.values(), default=1)
    return {w: (n - 1) / (top - 1) for w, n in used.items() if n > 1}


def _scaled(values: np.ndarray) -> np.ndarray:
    top = values.max()
    return values / top if top > 0 else values


def _select(
    index: StoryIndex, candidates: np.ndarray, scores: _Scores, budget: int, said: np.ndarray, settings: SummarySettings
) -> list[int]:
    """Greedy MMR under the word budget; returns unit indexes in the order they were chosen.

    ``said`` is each candidate's similarity to what the reader has already read (zeros for a whole
    story): it starts the redundancy off, so a sentence at :attr:`~marsad.settings.SummarySettings.same_thing` with it is never chosen.
    A sentence that leans on another is open only once that one is chosen. A corroborated figure counts
    once: after a sentence reporting it is chosen, it adds nothing to the others (so 2500 troops told by
    three outlets brings in one sentence, not three). Coverage likewise counts only words not yet said,
    per square root of the sentence's length (so a long sentence is not preferred for its length alone),
    scaled by the best sentence's coverage before anything is chosen, so that it fades as the summary
    says the story's common words."""
    lengths = np.array([index.units[i].words for i in candidates])
    open_ = np.ones(len(candidates), dtype=bool)
    redundancy = said.copy()
    covered: set[float] = set()
    said_words: set[str] = set()
    top_coverage: float | None = None
    chosen: list[int] = []
    left = budget
    while True:
        open_ &= (lengths <= left) & (redundancy < settings.same_thing)
        leaning = scores.after >= 0
        ready = open_ & (~leaning | np.isin(scores.after, chosen))
        if not ready.any():
            return chosen
        figure = np.array([max((scores.support.get(v, 0.0) for v in f - covered), default=0.0) for f in scores.figures])
        coverage = np.array([sum(scores.spread.get(w, 0.0) for w in ws - said_words) for ws in scores.words])
        coverage /= np.sqrt(np.maximum(lengths, 1))
        if top_coverage is None:
            top_coverage = float(coverage.max()) or 1.0
        coverage /= top_coverage
        score = scores.base + settings.figure_weight * figure + settings.coverage_weight * coverage
        mmr = settings.mmr_lambda
        gain = np.where(ready, mmr * score - (1.0 - mmr) * redundancy, -np.inf)
        best = int(np.argmax(gain))
        unit = int(candidates[best])
        chosen.append(unit)
        covered |= scores.figures[best]
        said_words |= scores.words[best]
        left -= lengths[best]
        open_[best] = False
        redundancy = np.maximum(redundancy, index.similarity[unit, candidates])


def reading_order(
    index: StoryIndex, chosen: Sequence[int], same_thing: float = DEFAULT.summary.same_thing,
    cites: Mapping[int, tuple[Citation, ...]] | None = None,
) -> list[int]:
    """The units ``chosen`` in reading order: newest development first, then the background.

    Chosen sentences that follow each other in one article form a passage, read as one. A passage that
    opens with its report's lead (the article's first fit sentence) is a development; the others are
    details and background. Developments come first, newest report first; then the other passages,
    newest report first too; passages of one report in its own order. An undated report is read at the
    date of :func:`_reading_dates`. Among passages of the same date, the one more reports tell (its citations,
    :func:`_cites`) comes first: on a day's story the news most outlets carry opens it (the king receiving Egypt's
    foreign minister, told by four of a story's eight reports, came after a report only two told because its
    article's id came first, SaudiNewsNet 2015-07-24). Remaining ties keep the story's article order. ``cites`` may
    give each chosen unit's citations when the caller has them (they are counted, not made again).
    """
    picked = set(chosen)
    dates = _reading_dates(index, same_thing)
    passages: list[list[int]] = []
    for unit in sorted(picked, key=lambda i: (index.units[i].article, i)):
        own = index.units_of(index.units[unit].article)
        at = int(np.searchsorted(own, unit))
        if passages and at > 0 and int(own[at - 1]) == passages[-1][-1]:
            passages[-1].append(unit)
        else:
            passages.append([unit])
    leads = {int(next(i for i in index.units_of(a) if index.units[i].unfit is None))
             for a in {index.units[i].article for i in picked}}

    def key(passage: list[int]) -> tuple[bool, bool, str, int, int, int]:
        first = index.units[passage[0]]
        date = dates[first.article]
        told = len(cites[passage[0]] if cites is not None else _cites(index, passage[0], same_thing))
        return (passage[0] not in leads, date is None, _descending(date or ""), -told, first.article, first.start)

    return [unit for passage in sorted(passages, key=key) for unit in passage]


def _descending(date: str) -> str:
    """A key that sorts ISO dates (and datetimes) newest first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in date)


def _same_thing_weight(similarity: np.ndarray, same_thing: float) -> float:
    """The summed similarity of the sentence pairs that say the same thing (at ``same_thing`` or above)."""
    return float(similarity[similarity >= same_thing].sum())


def _reading_dates(index: StoryIndex, same_thing: float) -> list[str | None]:
    """The date each article is read at: its own; for an undated article, the date of the dated article
    it shares most same-thing sentences with (a reprint, or a report of the same day); ``None`` when it
    shares none."""
    dated = [a for a, article in enumerate(index.articles) if article.published]
    dates: list[str | None] = []
    for a, article in enumerate(index.articles):
        if article.published or not dated:
            dates.append(article.published)
            continue
        # per pair of articles, not over the whole units × units matrix (made again for every story, dated or not)
        overlap = [_same_thing_weight(index.similarity[np.ix_(index.units_of(a), index.units_of(d))], same_thing)
                   for d in dated]
        best = int(np.argmax(overlap))
        dates.append(index.articles[dated[best]].published if overlap[best] > 0 else None)
    return dates


def _other_figures(told: frozenset[float], text: str) -> bool:
    """Whether ``text`` reports figures and none of ``told`` (which holds some)."""
    if not told:
        return False
    theirs = figures(text)
    return bool(theirs) and not theirs & told


def _cites(index: StoryIndex, unit: int, same_thing: float) -> tuple[Citation, ...]:
    """The unit's own citation, then the most similar sentence of each other article that says the
    same thing, most similar first. Only fit sentences count as agreement: a headline or caption shares
    words with everything its article says. Nor does a sentence whose figures are all other than the unit's
    (both with figures): two companies' results in the exchange's template (``سجل صافي أرباح شركة ... في
    النصف الأول``, SaudiNewsNet 2015-07-27) say two things in the same words."""
    own = index.units[unit].article
    told = figures(index.units[unit].text)
    agreeing: list[tuple[float, int]] = []
    for a in range(len(index.articles)):
        if a == own:
            continue
        others = np.array([i for i in index.units_of(a) if index.units[i].unfit is None], dtype=int)
        if not len(others):
            continue
        best = int(others[np.argmax(index.similarity[unit, others])])
        if index.similarity[unit, best] >= same_thing and not _other_figures(told, index.units[best].text):
            agreeing.append((float(index.similarity[unit, best]), best))
    agreeing.sort(key=lambda pair: -pair[0])
    return (index.citation(unit), *(index.citation(i) for _, i in agreeing))
