"""Events a headline names: ``الانتخابات البلدية``، ``كأس السوبر``، ``سوق عكاظ``.

A scheduled event is told for days before and while it runs, each report from its own town: the municipal
elections' committees in Taif, Dammam and Jazan, the Super Cup's two clubs, the fair's evenings. Their reports
share the event's name and little else (a workshop in Taif and posters in Jeddah), and the places they name
keep them apart (:mod:`marsad.cluster.places`): to the linkage and the anchors they are each a story. A reader
joins them by the name. So a headline's **event name** — a head of ``EVENT_HEADS`` (the language package's)
and the word after it that says which event (not what kind: ``مؤتمر صحفي`` names no event, ``EVENT_KINDS``) —
joins stories told within ``anchor_days`` of each other, and counts as a name for :mod:`marsad.cluster.named`.
A headline that names an event by its head's adjective only (``المخالفات الانتخابية``: ``EVENT_ADJECTIVES``) names
the event of that head most of the headlines name (the municipal elections of a Saudi day), or none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from marsad.extract.ner.features import stripped_keys
from marsad.lang.ar.morphology import ARTICLE_BEARING_PREFIXES
from marsad.lang.ar.names import EVENT_ADJECTIVES, EVENT_HEADS, EVENT_KINDS
from marsad.lang.ar.time import WEEKDAYS
from marsad.model import Article
from marsad.text.normalize import search_key

from .places import market_named, places_named

__all__ = ["event_names", "join_events"]


def _bare(form: str) -> str:
    """A key without its article (``الانتخابات`` → ``انتخابات``)."""
    return form[2:] if form.startswith("ال") and len(form) > 4 else form


_WORDS = re.compile(r"\w+")
# what ends a clause of a headline: stops, commas, colons, dashes, slashes, brackets (not quotation marks, which a
# name may stand in: ``ملتقى " نور الهدى "``)
_BREAKS = re.compile(r"[.,:;!?؟،؛|/\\()\[\]\u2013\u2014-]")
# a word opening with a preposition or a conjunction and the article (``بالمدينة``، ``والمجالس``) is no name's
_JOINED = tuple(prefix for prefix in ARTICLE_BEARING_PREFIXES if prefix != "ال")
_HEADS = frozenset(_bare(search_key(w)[0]) for w in EVENT_HEADS.split())
_KINDS = frozenset(_bare(search_key(w)[0]) for w in EVENT_KINDS.split())
# an event head's adjective, keyed as a headline's word is (``الانتخابية`` → ``الانتخابيه``), by the head's key
_ADJECTIVES = {search_key(adjective)[0]: _bare(search_key(head)[0]) for adjective, head in EVENT_ADJECTIVES.items()}


def _for_whom(key: str) -> bool:
    """Whether a key is a noun with ``ل`` (``للأندية``، ``لكرة``), not a verb (``ليستقطب``، ``لتعزيز``)."""
    return len(key) > 3 and key[0] == "ل" and key[1] not in "يتنا"


def event_names(articles: Sequence[Article], markets: Sequence[bool] | None = None) -> list[frozenset[str]]:
    """Each article's event names from its headline, as ``"head qualifier"`` keys without articles and
    proclitics (``للانتخابات البلدية`` → ``انتخابات بلديه``); none for a market's report (``مؤشر سوق مسقط
    يغلق``: a bourse's sessions are not one event). ``markets[i]`` says whether ``articles[i]``'s headline is
    about a market when it was asked already (:func:`marsad.cluster.places.market_named`)."""
    if markets is None:
        markets = [market_named(a.title) is not None for a in articles]
    found = [frozenset() if market else _headline_events(a.title) for a, market in zip(articles, markets, strict=True)]
    return _heads_named(found)


def _heads_named(found: list[frozenset[str]]) -> list[frozenset[str]]:
    """``found`` with each head alone (``انتخابات``, from an adjective: ``الحملات الانتخابية``) read as the event of
    that head that most of the headlines naming one name (more than half of them, two at least: the municipal
    elections, among a day's 22 election names, 17), and left out when none does: a head alone names no event."""
    named: dict[str, Counter[str]] = {}
    for names in found:
        for name in names:
            if " " in name:
                head, which = name.split()[:2]
                named.setdefault(head, Counter())[f"{head} {which}"] += 1
    most: dict[str, str] = {}
    for head, counts in named.items():
        (name, n), total = counts.most_common(1)[0], sum(counts.values())
        if n >= 2 and 2 * n > total:
            most[head] = name
    return [
        names if all(" " in name for name in names)
        else frozenset(most.get(name, name) for name in names if " " in name or name in most)
        for names in found
    ]


def _headline_events(title: str) -> frozenset[str]:
    """The event names of one headline (see :func:`event_names`). The name runs on as Arabic builds it: after a
    definite word (``كأس السوبر``) with a nisba adjective (``الفرنسي``: France's Super Cup is not Germany's) or a
    noun with ``ل`` (``كأس العالم للأندية``), after an indefinite one (``ملتقى شباب``, a construct) with the
    definite noun it governs (``ملتقى شباب الباحة`` is not ``ملتقى شباب أفريقيا``), but not with an adjective
    (``مهرجان جدة التاريخي`` is ``مهرجان جدة``)."""
    found: set[str] = set()
    for clause in _BREAKS.split(title):  # a name does not run past a stop or a colon (``القمة.. وبليسكوفا``)
        found |= _clause_events(clause)
    return frozenset(found)


def _clause_events(clause: str) -> set[str]:
    """The event names of one clause of a headline (:func:`_headline_events`)."""
    words = _WORDS.findall(clause)  # numbers kept: ``سوق عكاظ 9 الخميس`` ends the name before the day
    forms = [stripped_keys(w) for w in words]
    keys = [f[0] for f in forms]
    # a head alone, from its adjective (``والانتخابية`` too): named by :func:`_heads_named`
    found = {_ADJECTIVES[form] for word in forms for form in word if form in _ADJECTIVES}
    for i in range(len(words) - 1):
        heads = {_bare(form) for form in forms[i]} & _HEADS
        if not heads:
            continue
        written = keys[i + 1]
        name = _bare(written)
        if _in_a_town(words[i + 1]):
            # ``اللجنة المحلية للانتخابات بنجران``: the event of one of its towns, named by the head alone (read as
            # the event most of the day's headlines name, :func:`_heads_named`), not an event called ``بنجران``
            found.update(heads)
            continue
        if len(name) < 3 or name in _KINDS or name in _HEADS or not name.isalpha() or written.startswith(_JOINED):
            continue  # (another head names the event itself: ``مهرجان «سوق عكاظ»``)
        if name == written and _nisba(name) and not _a_place(words[i + 1]):
            continue  # an indefinite adjective says what kind of event (``مهرجان ترفيهي``), a place which (``بطولة دبي``)
        after = keys[i + 2] if i + 2 < len(keys) else ""
        definite_after = after.startswith("ال") and len(after) > 4 and after.isalpha()
        if name != written:  # a definite word: an adjective or a noun with ``ل`` may follow
            if definite_after and _nisba(after):
                name += " " + _masculine(_bare(after))
            elif _for_whom(after):
                name += " " + after
        elif definite_after and not _nisba(after) and after not in WEEKDAYS:
            name += " " + _bare(after)
        found.update(f"{head} {name}" for head in heads)
    return found


def _in_a_town(word: str) -> bool:
    """Whether a word is a town with the preposition ``ب`` written on it (``بنجران``، ``بمكة``; not ``بالرياض``,
    whose article the name rule already passes over, nor a country: ``الانتخابات بتركيا`` are Turkey's)."""
    if len(word) < 4 or word[0] != "ب" or word[1:3] == "ال":
        return False
    return bool(places_named(word[1:]).localities)  # (a country names no locality)


def _a_place(word: str) -> bool:
    """Whether a word names a country or a town (``دبي``، ``أبوظبي``), however it ends."""
    named = places_named(word)
    return bool(named.countries or named.localities)


def _nisba(key: str) -> bool:
    """Whether a key reads as a nisba adjective (``الفرنسي``، ``الالمانيه``)."""
    return key.endswith(("ي", "يه"))


def _masculine(key: str) -> str:
    """A nisba's masculine (``الالمانيه`` → ``الالماني``): a feminine name (``الكأس``) and a masculine one
    (``السوبر``) take it either way."""
    return key[:-1] if key.endswith("يه") else key


def join_events(
    stories: Sequence[Sequence[list[int]]],
    events: Sequence[frozenset[str]],
    days: Sequence[int | None],
    share: float,
    within_days: int,
    countries: Sequence[frozenset[int]] | None = None,
) -> list[list[list[int]]]:
    """``stories`` (each a list of parts, lists of rows) with those that name one event joined: a story names
    an event when a share ``share`` of its articles' headlines do (``events[i]``: :func:`event_names` of row
    ``i``), and stories naming one are joined, earliest first, while their days together span at most
    ``within_days`` (a league's season or a fair's weeks are not one story) and, when ``countries[i]`` gives the
    countries row ``i``'s headline and lead name, while they name countries in common or one names none (two
    countries' presidential elections are two stories). Joined stories take the place of the first; parts keep
    their order."""
    named: dict[str, list[int]] = {}
    for s, parts in enumerate(stories):
        rows = [i for part in parts for i in part]
        counts: dict[str, int] = {}
        for i in rows:
            for name in events[i]:
                counts[name] = counts.get(name, 0) + 1
        for name, n in counts.items():
            if n >= share * len(rows):
                named.setdefault(name, []).append(s)
    if not named:
        return [list(parts) for parts in stories]
    # the name written short is the one written in full when only one full name goes with it (``كأس السوبر`` and
    # ``كأس السوبر السعودي``), not when several do (France's, Germany's and Italy's the same weekend)
    # (the full names any headline gives, named by its story or not)
    longer: dict[str, set[str]] = {}
    for name in {name for names in events for name in names}:
        words = name.split()
        if len(words) > 2:
            longer.setdefault(" ".join(words[:2]), set()).add(name)
    for short, full in longer.items():
        if short in named and len(full) == 1 and (only := next(iter(full))) in named:
            named[only] = sorted(set(named[only]) | set(named.pop(short)))
    parent = list(range(len(stories)))

    def root(s: int) -> int:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    span = []
    named_countries = []
    for parts in stories:
        dated = [days[i] for part in parts for i in part if days[i] is not None]
        span.append((min(dated), max(dated)) if dated else None)
        named_countries.append(frozenset().union(*(countries[i] for part in parts for i in part)) if countries else frozenset())

    def fits(a: int, b: int) -> bool:
        first, second = span[a], span[b]
        if first is not None and second is not None and max(first[1], second[1]) - min(first[0], second[0]) > within_days:
            return False
        return not (named_countries[a] and named_countries[b] and not named_countries[a] & named_countries[b])

    for name in sorted(named):
        # each story naming the event joins the first group before it that it fits with, earliest first
        groups: list[int] = []  # roots, in the order their first story came
        for s in sorted(named[name], key=lambda s: (span[s] is None, span[s] or (0, 0), s)):
            b = root(s)
            a = next((g for g in groups if g != b and fits(g, b)), None)
            if a is not None:
                keep, gone = min(a, b), max(a, b)
                parent[gone] = keep
                named_countries[keep] = named_countries[a] | named_countries[b]
                first, second = span[a], span[b]
                span[keep] = (first or second) if first is None or second is None else (
                    min(first[0], second[0]), max(first[1], second[1])
                )
            groups = list(dict.fromkeys(root(g) for g in [*groups, b]))
    joined: dict[int, list[list[int]]] = {}
    for s, parts in enumerate(stories):
        joined.setdefault(root(s), []).extend(parts)
    return [joined[s] for s in sorted(joined)]
