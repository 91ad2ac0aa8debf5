"""A big story names someone: a run of reports that name no one in common is a template, not an event.

An event has participants, and every report of it names them in its headline or its first lines: the
bombing's reports name Abha and Asir, a summit's the leaders who met, a market's close the market. A run
of one template does not: the day's Eid receptions (``موبايلي تقيم حفل معايدة لموظفيها``، ``جامعة جازان
تقيم حفل معايدة لمنسوبيها``) each name their own company or university, the half-year results (``تراجع صافي
أرباح «سابك»``) each their own firm, a war day's fronts each their own town. Their words match — the
template is the same — and the linkage and the anchors put them in one story that a careful reader would
never make.

So, among the articles of two outlets or more, a story of ``named_least_articles`` or more told within
``named_days`` days keeps together only when one name recurs in the headline or the first
``named_lead_words`` words of a share ``named_share`` of its articles, and of two at least (a pair keeps
together only when both name someone in common); otherwise it falls apart into its
copies (the reports at a cosine of ``one_outlet_copies`` or more, :func:`marsad.cluster.outlets.copy_groups`),
each a story of its own. A name is a span the shipped CRF tags as a person, an organization or a place
(keyed by its first word's forms with and without proclitics, so that ``أبها`` and ``وأبها`` meet), or the
market a headline is about (an oil report names no one: :func:`marsad.cluster.places.market_named`).

Why within two days (the day of an event and the two after it): a template run is a day's round (the
receptions after Eid, the results of one week of filings), which the print papers tell the next day, and
what holds a story together over weeks has passed the linkage's and the anchors'
rules for reports days apart, which ask more of them. A thread told over months often names no one in
common in its headlines: MultiLing's tsunami relief topic (ten reports over a year: the Indian Ocean in 3,
the United States in 2, the Red Cross in 2) is an event the tsunami names, a common noun, and it fell
apart when it was mixed with other outlets' reports.

Why the CRF alone and not the whole entity recognizer (CRF and CNN jointly, :mod:`marsad.extract.ner`):
the stories are read afterwards, and naming here must fit the clustering's time. The CRF over a headline
and 40 words gave the same stories as the whole recognizer over 60 (docs/quality.md, stop 51), and only
the articles of the stories that are big enough are tagged. Why not the countries and towns of
:mod:`marsad.cluster.places`: every Saudi item names the kingdom, and with them nothing split. Why not a
word's own CRF score without its sentence: it was measured weaker (a word out of its sentence is a weak
witness; ``جامعة`` opens many names but is not one).

Measured on every labelled set (docs/quality.md, stops 51-52): the held-out day 07-27's 27 Eid
receptions (25 events) fell apart, the unread day 08-03 0.901 -> 0.904, no set lost.

**A name a template names.** A day's road accidents in five regions were one story of 25 reports
(SaudiNewsNet 2015-07-21: Madinah, Qassim, Al-Baha, Afif, Tabuk), held by ``الهلال الأحمر``, the service
that answers every accident, in 20 of their leads; 2015-07-22's drownings and crashes by ``حرس الحدود``
and the Red Crescent (27 reports). The service is named as a place's own news is: what tells its events
apart is the place. So a story that passed on a name keeps together only when, among its articles whose
headline and lead name localities (a city that is not a capital, a region:
:func:`marsad.cluster.places.article_places`) — a share ``named_share`` of its articles or more — one
locality recurs in a share ``named_share``, or one is named anywhere in the text of a share ``named_share`` of
its articles; otherwise it falls apart into its parts (the angles the linkage made, which the places already
held apart: each region's accidents). An event's reports name its place (the Abha bombing's, Abha and Asir:
two localities, the city and its region, which a reaction names further down); reactions from the capital
name none. Changed no story of the labelled sets in a batch (``cluster.named_places``; docs/quality.md, stop
57).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import scipy.sparse as sp

from marsad.extract.ner.crf import load_crf_tagger
from marsad.extract.ner.features import stripped_keys
from marsad.extract.ner.spelling import similar_words
from marsad.memo import register
from marsad.model import Article
from marsad.settings import ClusterSettings
from marsad.text import first_words, word_texts

from .outlets import copy_groups
from .places import places_named

__all__ = ["NamesOf", "headline_names", "one_person_throughout", "unnamed_apart"]

# Given articles, the names of each (:func:`headline_names` by default; a batch run may have found them
# beforehand, in another process)
NamesOf = Callable[[Sequence[Article]], list[frozenset[str]]]

# The labels whose spans count as names (the CRF's other labels, if any, do not)
_NAME_TYPES = frozenset({"PER", "ORG", "LOC"})
# A person's span is also kept under its key behind this mark: a person recurring is asked of a story one outlet
# tells (:func:`one_person_throughout`). The marked key is in an article's names only beside its plain key, so
# the counts of :func:`unnamed_apart` come out the same with it.
_PERSON = "person "


def unnamed_apart(
    stories: Sequence[Sequence[list[int]]],
    articles: Sequence[Article],
    days: Sequence[int | None],
    markets: Sequence[frozenset[int]],
    vectors: sp.csr_matrix,
    settings: ClusterSettings,
    several_outlets: bool,
    names: NamesOf | None = None,
    localities: Sequence[frozenset[int]] | None = None,
    events: Sequence[frozenset[str]] | None = None,
) -> list[list[list[int]]]:
    """``stories`` (each a list of parts, each part a list of rows of ``articles`` and ``vectors``) with every
    story of ``settings.named_least_articles`` or more, its dated articles published within
    ``settings.named_days`` days (``days[i]``: ``articles[i]``'s day, an ordinal), in which no name recurs in
    a share ``settings.named_share`` of its articles split into the groups its copies make, each a story of
    one part. ``markets[i]``: the markets ``articles[i]``'s headline is about, names too. Unchanged unless
    ``several_outlets`` (the articles, or the store they join, hold two outlets or more), as
    :func:`marsad.cluster.outlets.one_outlet_apart`: one site's reader has nothing to compare with. Parts and
    stories keep their order; the groups of a split story follow in the order of their first row. ``names``
    gives the articles' names (default: :func:`headline_names` of the stories big enough, asked here).
    ``localities[i]``: the localities ``articles[i]``'s headline and lead name
    (:func:`marsad.cluster.places.article_places`); a named story whose articles name localities that none
    of them shares enough falls apart into its parts (see the module's docstring). ``events[i]``: the scheduled
    events ``articles[i]``'s headline names (:func:`marsad.cluster.events.event_names`); a story in whose
    headlines one recurs as often keeps together whatever its places: the municipal elections told from
    town after town."""
    least = settings.named_least_articles
    if not several_outlets or least <= 0:
        return [list(parts) for parts in stories]
    members = (sorted(i for part in parts for i in part) for parts in stories)
    # the rows of each story the rule asks of, none for the others
    checked = [
        rows if len(rows) >= least and _told_within(rows, days, settings.named_days) else [] for rows in members
    ]
    asked = sorted({i for rows in checked for i in rows})
    found = (
        names([articles[i] for i in asked]) if names is not None
        else headline_names([articles[i] for i in asked], settings.named_lead_words)
    )
    named = dict(zip(asked, found, strict=True))
    result: list[list[list[int]]] = []
    for parts, rows in zip(stories, checked, strict=True):
        if not rows:
            result.append(list(parts))
            continue
        counts = Counter(name for i in rows for name in named[i] | {f"market {m}" for m in markets[i]})
        held = Counter(name for i in rows for name in events[i]) if events is not None else Counter()
        if _recurs(held, len(rows), settings.named_share):
            result.append(list(parts))  # an event's name: its reports from town after town
        elif not _recurs(counts, len(rows), settings.named_share) \
                and not _person_recurs([named[i] for i in rows], settings.named_share):
            result.extend([group] for group in copy_groups(rows, vectors, settings.one_outlet_copies))
        elif settings.named_places and localities is not None and len(parts) > 1 \
                and _places_spread(rows, localities, settings.named_share, articles):
            result.extend([part] for part in parts)
        else:
            result.append(list(parts))
    return result


def _recurs(counts: Counter[str], rows: int, share: float) -> bool:
    """Whether one name of ``counts`` (how many of a story's ``rows`` articles name each) is named by a share
    ``share`` of them, and by two at least: a name one report gives is no name the story's reports share (two
    weddings of two families, each naming its own)."""
    return bool(counts) and max(counts.values()) >= max(2, share * rows)


def _person_recurs(names: Sequence[frozenset[str]], share: float) -> bool:
    """Whether one person is named by a share ``share`` of ``names`` (a story's articles' names), and by two
    at least, spelled as outlets spell one man: the same first name and a family name one spelling apart
    (:func:`~marsad.extract.ner.spelling.similar_words`), whatever stands between them. The keys of
    :func:`_recurs` are whole spans, and a martyr of a border post was ``أحمد جعفر حسن المجايشي`` in one outlet's
    lead and ``أحمد بن جعفر المجيشي`` in another's: one man, no name they shared, and the four reports of his funeral
    fell apart (SaudiNewsNet 2015-08-02). Only a span of two words or more counts: a first name alone is many
    people."""
    people: list[tuple[str, str, set[int]]] = []  # first name, family name, the articles naming him
    for row, found in enumerate(names):
        for key in found:
            if not key.startswith(_PERSON):
                continue
            words = key[len(_PERSON):].split()
            if len(words) < 2:
                continue
            first, last = words[0], words[-1]
            for known_first, known_last, naming in people:
                if known_first == first and similar_words(known_last, last):
                    naming.add(row)
            if not any(f == first and n == last for f, n, _ in people):
                people.append((first, last, {row}))
    return any(len(naming) >= max(2, share * len(names)) for _, _, naming in people)


def _places_spread(
    rows: Sequence[int], localities: Sequence[frozenset[int]], share: float, articles: Sequence[Article]
) -> bool:
    """Whether a share ``share`` or more of ``rows`` name localities in their headline and lead
    (``localities[i]``), no one locality is named by a share ``share`` of those, and none is named anywhere
    in the text of a share ``share`` of ``rows`` (an event's city and its region, ``أبها`` and ``عسير``, are
    two localities, and a reaction names the event's place further down)."""
    naming = [localities[i] for i in rows if localities[i]]
    if len(naming) < share * len(rows):
        return False
    counts = Counter(place for named in naming for place in named)
    if max(counts.values()) >= share * len(naming):
        return False
    anywhere = Counter(place for i in rows for place in places_named(f"{articles[i].title} {articles[i].text}").localities)
    return not anywhere or max(anywhere.values()) < share * len(rows)


def _told_within(rows: Sequence[int], days: Sequence[int | None], most: int) -> bool:
    """Whether the dated ones of ``rows`` were published within ``most`` days of each other (yes when none is
    dated)."""
    dated = [days[i] for i in rows if days[i] is not None]
    return not dated or max(dated) - min(dated) <= most


def headline_names(articles: Sequence[Article], lead_words: int) -> list[frozenset[str]]:
    """The names each article's headline and first ``lead_words`` words hold, as matching keys: each span
    the shipped CRF tags as a person, an organization or a place, keyed by each form of its first word
    (:func:`~marsad.extract.ner.features.stripped_keys`: with and without its proclitics) followed by the
    other words' plain keys. Kept per headline and lead, so that a store clustering the same articles again
    tags them once; the articles not yet known are tagged together, as the CRF is fastest."""
    texts = [(a.title, first_words(a.text, lead_words)) for a in articles]
    new = list(dict.fromkeys(text for text in texts if text not in _NAMES))
    found: dict[tuple[str, str], frozenset[str]] = {}
    for start in range(0, len(new), _BATCH):
        batch = new[start : start + _BATCH]
        sentences = [word_texts(part) for text in batch for part in text]
        tags = load_crf_tagger().tag(sentences)
        for k, text in enumerate(batch):
            found[text] = frozenset(key for n in (2 * k, 2 * k + 1) for key in _span_keys(sentences[n], tags[n]))
    names = [found[text] if text in found else _NAMES[text] for text in texts]
    if len(_NAMES) + len(found) > _NAMES_MOST:
        _NAMES.clear()
    _NAMES.update(list(found.items())[-_NAMES_MOST:])
    return names


# (headline, lead) -> its names; emptied when full, and with marsad's other memo tables
_NAMES: dict[tuple[str, str], frozenset[str]] = register({})
_NAMES_MOST = 65_536
# Articles tagged together: the CRF decodes a batch at once, in arrays of its sentences × their longest ×
# the labels (all 31,030 SaudiNewsNet articles at once held 700 MB more than in batches of this many)
_BATCH = 1000


def _span_keys(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """The keys of the name spans that BIO ``tags`` mark over ``words`` (see :func:`headline_names`)."""
    keys: list[str] = []
    n = len(words)
    for start, tag in enumerate(tags):
        if not tag.startswith("B-") or tag[2:] not in _NAME_TYPES:
            continue
        end = start + 1
        while end < n and tags[end] == f"I-{tag[2:]}":
            end += 1
        rest = [stripped_keys(word)[0] for word in words[start + 1 : end]]
        spans = [" ".join([form, *rest]) for form in stripped_keys(words[start])]
        keys.extend(spans)
        if tag == "B-PER":
            keys.extend(_PERSON + key for key in spans)
    return keys


def one_person_throughout(names: Sequence[frozenset[str]]) -> bool:
    """Whether one person is named in every one of ``names`` (articles' :func:`headline_names`): a desk's run
    on one person's affairs (Abadi's reforms told in six reports of one paper: the vote, the package, his
    rivals' rejection), where a newsroom's template run names its own people in each report (a page of
    wedding notices) or no one (crime briefs, a market's closes)."""
    if not names:
        return False
    common = {key for key in names[0] if key.startswith(_PERSON)}
    for found in names[1:]:
        common &= found
    return bool(common)
