"""Which countries and places an article's headline and lead are about, to tell two countries' or two
places' news apart.

Story clustering links articles by the words they share. Two countries' political news of one day share
most of theirs (الانتخابات، الحكومة، البرلمان، النتائج): issue 18's outside day merged one country's
election results with another country's new government. A reader parts them at once by the country. So
each article is given the countries its headline and lead name — by a listed country's name
(``lang/ar/names.py`` COUNTRIES), by a listed capital, city or region (CAPITALS_BY_COUNTRY,
CITIES_BY_COUNTRY, REGIONS_BY_COUNTRY: ``أبها`` and ``عسير`` are Saudi Arabia), or by the country's adjective (``التركية``، ``العراقيين``) — and two
articles of the same few days that both name countries and share none are made less alike
(:attr:`~marsad.settings.ClusterSettings.place_apart`).

Inside one country the same holds of its places: the regions' education departments interview their new
teachers on one day (``بدء المقابلات الشخصية للمرشحين للوظائف التعليمية بتعليم الباحة`` and ``تعليم الجوف يستقبل
مرشحي الوظائف التعليمية``), two cities' civil defence put out two fires, and the words they share are the
template's. So each article is also given the localities its headline and lead name — a listed city that
is not a capital, or a region (CITIES_BY_COUNTRY, REGIONS_BY_COUNTRY) — and two articles of the same few
days that both name localities and share none are made less alike by the same factor. Not capitals: Arabic
news names a government by its capital (``واشنطن تدين``، ``الرياض ترحب``), and a report's dateline is mostly
one; a reaction from the capital to an event in a city is the event's story.

The two levels are compared apart, each only between articles that both name one of its kind: a reaction
naming only the reacting country is not held apart from the event's reports for naming no city of theirs
(stop 36's guard, cities and countries in one set, parted them so, and was not kept). The reactions that
name another city of the same country (a sermon in Mecca on a bombing in Abha) are held apart when they
name no place of the event; measured over the labelled days, the event's largest story still grew (372 →
388 of the bombing's 434 reports: docs/quality.md, stop 42). The condolences of a foreign king name the
country they are sent to. Only the same few days (``place_days``): a follow-up months later is held to its
story by the linkage's time rule.

Written by hand because no library maps Arabic place names and nisba adjectives to countries; the names
are the language package's, never a second list.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import NamedTuple

import numpy as np
import scipy.sparse as sp

from marsad.extract.times import parse_anchor
from marsad.lang.ar import morphology, names
from marsad.lang.ar import quantities as quantity_words
from marsad.model import Article
from marsad.text import first_words, key_words, normalize_key, split_sentences

from .referred import days_named

__all__ = [
    "Places", "article_places", "countries_named", "localities_named", "market_named", "market_sessions", "places_apart",
    "places_named",
]

# A nisba's stem must keep this many letters (``هند`` of ``هندي``): shorter ones are other words' too.
_MIN_STEM = 3
# The letters a nisba adjective ends with, bare or with an ending (``سعودي``، ``العراقيين``، ``التركيه``).
_NISBA_LAST_LETTERS = tuple(sorted({"ي", *(ending[-1] for ending in morphology.NISBA_ENDINGS)}))
# Proclitics a place name may carry (``وبغداد``، ``بالعراق``); ``لل`` is ل + the article (``للعراق``).
_NAME_PROCLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك")


@dataclass(frozen=True, slots=True)
class _Places:
    names: dict[tuple[str, ...], int]  # a name's key words -> its country's number
    localities: dict[tuple[str, ...], int]  # a city's (not a capital's) or region's key words -> its number
    guarded: dict[str, int]  # a country named only after a word of place (``مالي``) -> its number
    # every way a word writes one of those, bare or with a preposition on it: only the few texts holding one are read
    # for it (one set test for the others, as the lead of every article is read)
    guarded_forms: frozenset[str]
    stems: dict[str, int]  # a country's nisba stem (``عراق``، ``ترك``) -> its number
    longest: int  # words in the longest name
    openers: frozenset[str]  # the first words of the names of two words or more


def _stem(name: str) -> str | None:
    """The stem a one-word country's adjective is made on: ``تركيا`` → ``ترك`` (``تركي``), ``السعودية`` →
    ``سعود`` (``سعودي``), ``العراق`` → ``عراق``. The article is taken off only where the name is written
    with it (``ألمانيا`` keeps its ``ال``: ``الماني``)."""
    if " " in name:
        return None
    stem = normalize_key(name)
    if name.startswith("ال"):
        stem = stem[2:]
    if stem.endswith(("يا", "يه")):
        stem = stem[:-2]
    elif stem.endswith(("ا", "ه")):
        stem = stem[:-1]
    return stem if len(stem) >= _MIN_STEM else None


@cache
def _places() -> _Places:
    ambiguous = {normalize_key(city) for city in names.CITIES_OF_TWO_COUNTRIES}
    number: dict[str, int] = {}  # a name's key -> its country's number
    stems: dict[str, int] = {}  # a one-word name's adjective stem -> its country's number
    countries = itertools.count()
    for group in names.COUNTRIES_OF_MANY_NAMES:
        country = next(countries)
        for name in group:
            number.setdefault(normalize_key(name), country)
    for name in names.COUNTRIES:
        key, stem = normalize_key(name), _stem(name)
        if key in ambiguous:
            continue
        # spellings with one stem are one country (``سوريا``، ``سورية``)
        country = number.get(key, stems.get(stem) if stem is not None else None)
        number[key] = next(countries) if country is None else country
        if stem is not None:
            stems.setdefault(stem, number[key])
    by_words = {tuple(key_words(key)): country for key, country in number.items()}
    # a city's country may be one COUNTRIES leaves out as a common word (``مالي``): numbered, never matched
    country_names = set(by_words)
    localities: dict[tuple[str, ...], int] = {}
    for by_country, local in (
        (names.CAPITALS_BY_COUNTRY, False), (names.CITIES_BY_COUNTRY, True), (names.REGIONS_BY_COUNTRY, True),
    ):
        for country, places in by_country.items():
            home = number.get(normalize_key(country))
            if home is None:
                home = number[normalize_key(country)] = next(countries)
            for place in places:
                words = tuple(key_words(normalize_key(place)))
                by_words.setdefault(words, home)
                # a name that is a country's too (``تونس``، ``الكويت``) is read as the country
                if local and words not in country_names:
                    localities.setdefault(words, len(localities))
    # a longer name holding a one-word locality is that place (``قطاع غزة`` and ``غزة``، ``مكة المكرمة`` and
    # ``مكة``، ``قناة السويس`` and ``السويس``): two reports naming it both ways are not two places' news
    one_word = {words[0]: number for words, number in localities.items() if len(words) == 1}
    for words in [words for words in localities if len(words) > 1]:
        same = next((one_word[word] for word in words if word in one_word), None)
        if same is not None:
            localities[words] = same
    openers = frozenset(words[0] for words in by_words if len(words) > 1)
    guarded = {key: number.setdefault(key, next(countries)) for key in map(normalize_key, names.COUNTRIES_AFTER_PLACE_WORDS)}
    forms = frozenset(prefix + key for key in guarded for prefix in ("", "ب", "ل", "وب", "ول"))
    return _Places(by_words, localities, guarded, forms, stems, max(len(words) for words in by_words), openers)


def _without_proclitic(word: str) -> list[str]:
    """``word`` and the forms it may be with a proclitic taken off (``للعراق`` → ``العراق``)."""
    forms = [word]
    if word.startswith("لل"):
        forms.append("ال" + word[2:])
    forms.extend(word[len(p) :] for p in _NAME_PROCLITICS if word.startswith(p) and len(word) - len(p) >= 2)
    return forms


def _adjective_country(word: str, stems: dict[str, int]) -> int | None:
    """The country whose adjective ``word`` is (``والتركية``، ``العراقيين``، ``سعودي``), if any."""
    if not word.endswith(_NISBA_LAST_LETTERS):  # most words: no proclitic taken off changes how they end
        return None
    bare = [word]
    bare.extend(word[len(p) :] for p in morphology.ARTICLE_PROCLITICS if word.startswith(p))
    for form in bare:
        nisba = form
        for ending in morphology.NISBA_ENDINGS:
            if form.endswith(ending):
                nisba = form[: -len(ending)] + "ي"
                break
        if nisba.endswith("ي"):
            country = stems.get(nisba[:-1])
            if country is not None:
                return country
    return None


class Places(NamedTuple):
    """What a text names: its countries and its localities, as numbers (only their sameness means
    something), and, for an article, the market its headline is about (:func:`market_named`)."""

    countries: frozenset[int]
    localities: frozenset[int]
    markets: frozenset[int] = frozenset()


@cache
def _markets() -> dict[tuple[str, ...], int]:
    """Each market word's key words -> its market's number (``lang/ar/quantities.MARKETS``)."""
    return {
        tuple(key_words(normalize_key(word))): number
        for number, words in enumerate(quantity_words.MARKETS.values())
        for word in words
    }


def market_named(headline: str) -> int | None:
    """The market a headline is about: the first one it names (``الذهب يتراجع مع صعود الدولار`` is gold's
    report, ``النفط يرتفع مع ضعف الدولار`` oil's), a word's proclitics aside (``وبرنت``، ``للنفط``)."""
    markets = _markets()
    words = key_words(normalize_key(headline))
    for k, word in enumerate(words):
        for form in _without_proclitic(word):
            for length in (3, 2, 1):
                name = (form, *words[k + 1 : k + length])
                if len(name) == length and name in markets:
                    return markets[name]
    return None


def market_session(article: Article, lead_words: int) -> int | None:
    """The trading day a market report is about, as a proleptic ordinal: the latest day its headline and
    first sentence name (``اليوم الثلاثاء``، ``أمس``، ``جلسة الأمس``), none after its publication day; else
    the latest its first ``lead_words`` words name; ``None`` when they name none or it has no date.

    Today's close and yesterday's are two events (docs/story_labelling.md), and a day's paper carries both:
    the print edition's ``أغلق مؤشر السوق أمس`` and the site's ``سجل المؤشر اليوم`` of the next session. The
    latest day named, because a report of today's session recalls the one before (``بعدما لامس أدنى
    مستوياته في الجلسة السابقة``، ``هبوطه أمس``), never the one after. The first sentence first, because a
    print report of yesterday's session goes on in the wire's words of that day (``أغلق مؤشر سوق الأسهم أمس
    ... وبلغ عدد الأسهم المتداولة اليوم``: SaudiNewsNet 2015-08-11, taken for the next day's session)."""
    published = parse_anchor(article.published)
    if published is None:
        return None
    last = published.toordinal()
    lead = first_words(article.text, lead_words)
    sentences = split_sentences(lead)
    for text in ((lead[: sentences[0][1]], lead) if len(sentences) > 1 else (lead,)):
        days = [day for day, _ in days_named(replace(article, text=text), lead_words) if day <= last]
        if days:
            return max(days)
    return None


def market_sessions(articles: Sequence[Article], places: Sequence[Places], lead_words: int) -> list[Places]:
    """``places`` with each market report's market told apart by its trading day (:func:`market_session`):
    two reports on one market and two sessions are as apart as two markets (:func:`places_apart`, and
    the anchors' join). A report whose session is not named stays with every session of its market."""
    session = [market_session(a, lead_words) if p.markets else None for a, p in zip(articles, places, strict=True)]
    numbers: dict[tuple[int, int | None], int] = {}
    for p, day in zip(places, session, strict=True):
        for market in p.markets:
            numbers.setdefault((market, day), len(numbers))
    told = []
    for p, day in zip(places, session, strict=True):
        if not p.markets:
            told.append(p)
            continue
        keys = {
            number for (market, when), number in numbers.items() if market in p.markets and (day is None or when == day)
        }
        told.append(p._replace(markets=frozenset(keys)))
    return told


def places_named(text: str) -> Places:
    """The countries and the localities ``text`` names."""
    places = _places()
    words = key_words(normalize_key(text))
    seen = list(map(_word, words))  # most words name nothing: one memo lookup each, in C
    countries: set[int] = set()
    localities: set[int] = set()
    after = 0  # words before this one are part of a name already read
    for k in [k for k, facts in enumerate(seen) if facts is not _NOTHING]:
        if k < after:
            continue
        country, locality, openers = seen[k]
        for length in range(min(places.longest, len(words) - k), 1, -1) if openers else ():
            rest = tuple(words[k + 1 : k + length])
            name = next((n for n in ((form, *rest) for form in openers) if n in places.names), None)
            if name is not None:
                country, locality, after = places.names[name], places.localities.get(name), k + length
                break
        if country is not None:
            countries.add(country)
        if locality is not None:
            localities.add(locality)
    if not places.guarded_forms.isdisjoint(words):
        countries.update(_guarded_countries(words, places.guarded))
    return Places(frozenset(countries), frozenset(localities))


_PLACE_WORDS = frozenset(normalize_key(w) for w in names.PLACE_WORDS_BEFORE_COUNTRY)



def _guarded_countries(words: Sequence[str], guarded: dict[str, int]) -> set[int]:
    """The countries of :data:`~marsad.lang.ar.names.COUNTRIES_AFTER_PLACE_WORDS` that ``words`` (keys) name: after
    a word of place (``وسط مالي``) or with a preposition on them (``بمالي``، ``لمالي``)."""
    found = set()
    for k, word in enumerate(words):
        if word in guarded and k > 0 and (words[k - 1] in _PLACE_WORDS or words[k - 1].removeprefix("و") in _PLACE_WORDS):
            found.add(guarded[word])
        elif word[:1] in "بل" and word[1:] in guarded:
            found.add(guarded[word[1:]])
        elif word[:2] in ("وب", "ول") and word[2:] in guarded:
            found.add(guarded[word[2:]])
    return found


def countries_named(text: str) -> frozenset[int]:
    """The countries ``text`` names, as numbers (only their sameness means something)."""
    return places_named(text).countries


def localities_named(text: str) -> frozenset[int]:
    """The localities (cities other than capitals, regions) ``text`` names, as numbers."""
    return places_named(text).localities


_NOTHING: tuple[int | None, int | None, tuple[str, ...]] = (None, None, ())


@lru_cache(maxsize=1 << 16)
def _word(word: str) -> tuple[int | None, int | None, tuple[str, ...]]:
    """The country ``word`` names alone (a country, a city or an adjective), the locality it is, and its
    forms without a proclitic that open a longer name (``والمملكة`` → ``المملكة``). Kept per word: a day's
    news repeats its words, and reading the countries of 3,000 articles word by word took 2 s."""
    places = _places()
    forms = _without_proclitic(word)
    name = next(((form,) for form in forms if (form,) in places.names), None)
    country = places.names[name] if name is not None else _adjective_country(word, places.stems)
    locality = places.localities.get(name) if name is not None else None
    openers = tuple(form for form in forms if form in places.openers)
    return _NOTHING if country is None and not openers else (country, locality, openers)


def article_places(
    article: Article, lead_words: int, most_localities: int | None = None, most_countries: int | None = None
) -> Places:
    """The countries and localities ``article``'s headline and first ``lead_words`` words name; no locality
    when they name more than ``most_localities`` (a report of many places: protests in five provinces, a
    region's weather), which is no one place's news, and no country when they name more than
    ``most_countries`` (the nationalities of those arrested, a summit's guests)."""
    # the lead's words from the text's opening only: splitting the whole text of every article was most of
    # the time
    lead = first_words(article.text, lead_words)
    title, opening = places_named(article.title or ""), places_named(lead)
    localities = title.localities | opening.localities
    if most_localities is not None and len(localities) > most_localities:
        localities = frozenset()
    countries = title.countries | opening.countries
    if most_countries is not None and len(countries) > most_countries:
        countries = frozenset()
    market = market_named(article.title or "")
    return Places(countries, localities, frozenset(() if market is None else (market,)))


def places_apart(
    graph: sp.csr_matrix,
    places: Sequence[Places],
    days: Sequence[int | None],
    *,
    factor: float,
    within_days: int,
) -> sp.csr_matrix:
    """``graph`` with the similarity of each pair of dated articles at most ``within_days`` apart multiplied
    by ``factor`` when both name countries and share none, both name localities and share none, or both
    headlines are about markets and not the same one, or the same on two trading days
    (:func:`market_sessions`; once when several hold)."""
    if graph.nnz == 0:
        return graph
    dated = np.array([d is not None for d in days], dtype=bool)
    day = np.array([d or 0 for d in days], dtype=np.int64)
    coo = graph.tocoo()
    rows, cols = coo.row, coo.col
    near = dated[rows] & dated[cols] & (np.abs(day[rows] - day[cols]) <= within_days)
    apart = np.zeros(len(rows), dtype=bool)
    for level in ([p.countries for p in places], [p.localities for p in places], [p.markets for p in places]):
        masks = _masks(level)
        named = masks.any(axis=1)
        apart |= named[rows] & named[cols] & ~((masks[rows] & masks[cols]) != 0).any(axis=1)
    data = coo.data.copy()
    data[near & apart] *= factor
    return sp.csr_matrix((data, (rows, cols)), shape=graph.shape, dtype=graph.dtype)


def _masks(sets: Sequence[frozenset[int]]) -> np.ndarray:
    """One row of bits per set (bit ``n`` set when ``n`` is in it), for testing many pairs at once."""
    width = 1 + max((n for named in sets for n in named), default=0) // 64
    masks = np.zeros((len(sets), width), dtype=np.uint64)
    for i, named in enumerate(sets):
        for n in named:
            masks[i, n // 64] |= np.uint64(1) << np.uint64(n % 64)
    return masks
