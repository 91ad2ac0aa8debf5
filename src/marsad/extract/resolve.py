"""Cross-document entity resolution inside one story: many spellings, one actor.

:func:`resolve_entities` groups the mentions of a story's articles into :class:`Entity` objects. Two
names are merged, in this order, when

1. the shipped alias table says so (``داعش`` = ``تنظيم الدولة الإسلامية``; ``واع`` = ``وكالة الأنباء
   العراقية``), also for a listed name followed by a qualifier (``وكالة الأنباء العراقية الرسمية``);
2. they are spellings of each other, word by word (``ماكنزي``/``ماكينزي``، ``الأمريكية``/``الأميركية``,
   the slip ``أفعانستان``; :func:`marsad.extract.ner.spelling.similar_words`);
3. they are the same words in another order (``حسين فؤاد`` = ``فؤاد حسين``), or the same words with and
   without the ``بن`` of a lineage (``سعد بن سعيد الحجري`` = ``سعد سعيد الحجري``), for people; or, of any type,
   the same letters written in one word and in two (``فيسبوك`` = ``فيس بوك``);
4. they share a surname but not a first name, and were introduced in the same office (``فرانك ماكنزي``
   and ``كينيث ماكنزي``, both ``قائد القيادة المركزية``): only with that role evidence, so two ministers
   named ``الحسن`` stay two people;
5. one is part of exactly one longer name of the story (``الكاظمي`` -> ``مصطفى الكاظمي``; ``القيادة
   المركزية`` -> a longer organization name it opens; a person's last names ``منصور هادي`` -> ``عبد ربه منصور
   هادي``); a part that fits several stays on its own, unless a single name ends exactly one of them
   and opens none (``هادي``: news names people by their family name; ``محمد`` may be a first name).

Mentions are compared by *name keys*: the matching key (:func:`marsad.text.normalize_key`) with quotes
dropped and ``أبو``/``ابن`` joined to the next word (``أبومهدي`` = ``أبو مهدي``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache

from marsad.lang.ar import names
from marsad.model import Article, Entity, Mention
from marsad.text import light_stem, normalize_key, word_keys

from .ner.features import borne_by_many, person_word_counts
from .ner.gazetteers import GAZETTEER, JOINED_NAME_OPENERS, RANK_WORDS, Alias, alias_table
from .ner.spelling import MAX_LENGTH_GAP, similar_words, spelled_one_way

__all__ = ["name_key", "resolve_entities", "similar_names"]

# Words joined to the word after them in a key, the compound's first part first (``عبد الله`` and ``عبدالله``,
# ``ابن عبد العزيز`` and ``بن عبدالعزيز`` are one key): ``عبد`` before the others, which may come before it.
# Each is joined where it is a word of its own (``المعبد الكبير`` keeps its space).
_JOINED = tuple(
    re.compile(rf"(?:^|(?<= )){word} ")
    for word in (*dict.fromkeys(normalize_key(w) for w in JOINED_NAME_OPENERS), "ابن", "بن", "ام")
)
_COURTESY = frozenset(normalize_key(w) for w in names.RESOLUTION_COURTESY_TITLES)
# a sovereign's titles as a role's keys open with them, a space after each (``الملك `` opens ``الملك سلمان``، not ``الملكي``)
_SOVEREIGN = tuple(" ".join(word_keys(w)) + " " for w in names.SOVEREIGN_TITLES)
_MIN_OFFICE_WORDS = 2  # ``رئيس`` alone is not evidence that two people are one


@lru_cache(maxsize=1 << 16)  # a story's mentions repeat their names, and a story is read again as it grows
def name_key(text: str) -> str:
    """The key names are compared by: ``name_key("أبو مهدي") == name_key("أبومهدي")``, ``name_key("عبد الملك
    الحوثي") == name_key("عبدالملك الحوثي")``; ``ابن`` inside a name is ``بن`` (``عبدالله الثاني ابن الحسين``)."""
    key = " ".join(word_keys(text)).replace(" ابن ", " بن ")  # inside a name both are "son of"
    for joined in _JOINED:
        key = joined.sub(lambda m: m.group()[:-1], key)
    return key


@cache
def _alias_index() -> dict[str, Alias]:
    index: dict[str, Alias] = {}
    for alias in alias_table():
        for name in (alias.canonical, *alias.names, *alias.words_too):
            index.setdefault(name_key(name), alias)
    return index


def _alias_of(key: str) -> Alias | None:
    """The alias entry of a name key, or of its longest listed opening of two words or more."""
    index = _alias_index()
    words = key.split()
    for n in range(len(words), 1, -1):
        alias = index.get(" ".join(words[:n]))
        if alias is not None:
            return alias
    return index.get(key)


def _office(role: str) -> tuple[str, ...]:
    """Light-stemmed words of a role without ranks and courtesy titles: ``قائد القيادة المركزية،
    الجنرال`` -> (قائد, قياد, مركز)."""
    return tuple(light_stem(w) for w in word_keys(role) if w not in RANK_WORDS and w not in _COURTESY)


def _same_office(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether some role of ``a`` and some role of ``b`` name one office: one's words open the other's,
    two words at least (``وزير الخارجية`` and ``وزير الخارجية العراقي`` do; ``وزير المالية`` does not)."""
    for ra in map(_office, a):
        for rb in map(_office, b):
            n = min(len(ra), len(rb))
            if n >= _MIN_OFFICE_WORDS and ra[:n] == rb[:n]:
                return True
    return False


class _Clusters:
    """Union-find over name keys."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.parent = {k: k for k in keys}

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for key in self.parent:
            out.setdefault(self.find(key), []).append(key)
        return out


class _WordIndex:
    """Distinct words, to find the ones :func:`similar_words` holds for without trying them all: a short
    word has no other spelling, and the others need the same initial and lengths at most
    ``MAX_LENGTH_GAP`` apart (so they are kept by initial, in length order)."""

    def __init__(self, words: Iterable[str]) -> None:
        self._all = set(words)
        self._words: dict[str, list[str]] = {}
        for word in sorted((w for w in self._all if not spelled_one_way(w)), key=lambda w: (len(w), w)):
            self._words.setdefault(word[:1], []).append(word)
        self._lengths = {initial: [len(w) for w in found] for initial, found in self._words.items()}

    def similar(self, word: str) -> list[str]:
        """The indexed words that are spellings of ``word`` (itself included when indexed)."""
        if spelled_one_way(word):
            return [word] if word in self._all else []
        found = self._words.get(word[:1])
        if not found:
            return []
        lengths = self._lengths[word[:1]]
        low = bisect_left(lengths, len(word) - MAX_LENGTH_GAP)
        high = bisect_right(lengths, len(word) + MAX_LENGTH_GAP)
        return [other for other in found[low:high] if similar_words(word, other)]


def similar_names(a: str, b: str) -> bool:
    """Whether two name keys are spellings of one name, word for word (:func:`~marsad.extract.ner.spelling.
    similar_words`: ``كينيث ماكنزي`` / ``كينيث ماكينزي``)."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(similar_words(x, y) for x, y in zip(wa, wb, strict=True))


def _without_lineage(key: str) -> str:
    """A person's name key without the ``بن`` of its lineage: ``فيصل بن خالد بن عبدالعزيز`` and ``فيصل بن خالد
    عبدالعزيز`` (one outlet's and another's writing of the emir of Asir, SaudiNewsNet 2015-08-11), ``سعد بن سعيد
    الحجري`` and ``سعد سعيد الحجري`` are one name. In a key ``بن`` is joined to the name after it (:func:`name_key`);
    it is taken off where what follows is a given name (``بنخالد``, ``بنبندر``, ``بنعبدالعزيز``), never from the
    first word (``بن لادن``) nor from a name that only begins with its letters (``بندر``)."""
    words = key.split()
    return " ".join([words[0], *(w[2:] if w.startswith("بن") and _given_name(w[2:]) else w for w in words[1:])])


def _reordered(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2 or wa == wb:
        return False
    rest = list(wb)
    for word in wa:
        match = next((w for w in rest if similar_words(word, w)), None)
        if match is None:
            return False
        rest.remove(match)
    return True


def _merge(keys: dict[str, str], roles: dict[str, list[str]], mentioned: dict[str, int]) -> _Clusters:
    """Cluster name keys (key -> type) of one story; ``roles`` lists the roles each key was given,
    ``mentioned`` how often each key was written."""
    clusters = _Clusters(keys)
    listed: dict[str, str] = {}
    for key in keys:
        alias = _alias_of(key)
        if alias is not None:
            anchor = listed.setdefault(alias.canonical, key)
            clusters.union(anchor, key)
    ordered = sorted(keys)
    # a person's name written with the بن of its lineage and without it: one name
    lineage_free: dict[str, str] = {}
    for key in ordered:
        if keys[key] == "PER" and len(key.split()) >= 2:
            clusters.union(lineage_free.setdefault(_without_lineage(key), key), key)
    # a name written in one word and in two (``فيسبوك``، ``فيس بوك``; ``واتساب``، ``واتس اب``): one name of one type
    spaceless: dict[tuple[str, str], str] = {}
    for key in ordered:
        clusters.union(spaceless.setdefault((keys[key], key.replace(" ", "")), key), key)
    # Every test below compares words with similar_words, which holds only for words that open with the
    # same letter. So names are compared only within buckets whose words open alike: the same clusters as
    # comparing every pair, without the pairs that cannot match (a story's names grow with its text; every
    # pair of one type and length was tried, and a story of 190 articles took 5 s to resolve, again each
    # time it grew).
    def initials(words: Sequence[str]) -> tuple[str, ...]:
        return tuple(w[:1] for w in words)

    split = {key: key.split() for key in ordered}
    alike: dict[tuple[str, tuple[str, ...]], list[str]] = {}
    for key in ordered:
        alike.setdefault((keys[key], initials(split[key])), []).append(key)
    for bucket in alike.values():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                if similar_names(a, b):
                    clusters.union(a, b)
    # a person's name with its words in another order: the same initials, in another order
    shuffled: dict[tuple[str, ...], list[str]] = {}
    for key in ordered:
        if keys[key] == "PER":
            shuffled.setdefault(tuple(sorted(initials(split[key]))), []).append(key)
    for bucket in shuffled.values():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                if _reordered(a, b):
                    clusters.union(a, b)
    # people of one surname and one office: the pairs in name order (a union here changes what the
    # pairs after it see), of similar surnames only (found among the distinct surnames)
    people = [k for k in ordered if keys[k] == "PER" and len(split[k]) >= 2]
    holding: dict[str, list[int]] = {}
    for n, key in enumerate(people):
        holding.setdefault(split[key][-1], []).append(n)
    surnames = _WordIndex(holding)
    pairs = sorted(
        {
            (min(i, j), max(i, j))
            for first in holding
            for second in surnames.similar(first)
            for i in holding[first]
            for j in holding[second]
            if i != j
        }
    )
    groups = clusters.groups()  # made again only after a union (made for every pair, it was a third of the time)
    for i, j in pairs:
        a, b = people[i], people[j]
        if clusters.find(a) != clusters.find(b):
            group_a = [r for k in groups[clusters.find(a)] for r in roles[k]]
            group_b = [r for k in groups[clusters.find(b)] for r in roles[k]]
            if _same_office(group_a, group_b):
                clusters.union(a, b)
                groups = clusters.groups()
    # longer names a shorter one may be part of: a person's single name is any word of a longer name (the
    # distinct words of people's longer names, by initial, each with the names holding it: a story's
    # names share their words, and comparing a single name with every word of every longer name was most
    # of the time of resolving a big story); another name opens the longer one (indexed by the first
    # word's initial)
    names_with: dict[str, list[str]] = {}
    longer_of: dict[tuple[str, str], list[str]] = {}
    for key in ordered:
        words = split[key]
        if keys[key] == "PER":
            if len(words) >= 2:
                for word in dict.fromkeys(words):
                    names_with.setdefault(word, []).append(key)
        else:
            longer_of.setdefault((keys[key], words[0][:1]), []).append(key)
    # a person's name of several words that ends a longer one (``منصور هادي`` -> ``عبد ربه منصور هادي``;
    # ``عبدالله صالح`` -> ``علي عبد الله صالح``, the space inside عبد الله aside): news drops the first names
    # and keeps the last ones; when it ends exactly one longer name of the story. Before the single names,
    # so that ``هادي`` then finds one person, not two.
    ending: dict[str, set[str]] = {}
    written: dict[str, str] = {}  # one name however its words are spaced (عبدالله / عبد الله)
    for key in ordered:
        words = split[key]
        if keys[key] == "PER" and len(words) >= 2:
            clusters.union(key, written.setdefault("".join(words), key))
            for k in range(1, len(words) - 1):
                ending.setdefault("".join(words[k:]), set()).add(key)
    # the people's names of three words or more by the initials of their first and last words
    by_ends: dict[tuple[str, str], list[str]] = {}
    for key in ordered:
        words = split[key]
        if keys[key] == "PER" and len(words) >= 3:
            by_ends.setdefault((words[0][:1], words[-1][:1]), []).append(key)

    def join_to_one_longer(order: Iterable[str], longer_names: Callable[[str], Iterable[str]]) -> None:
        """Each of the people's names in ``order`` joins the longer name ``longer_names`` gives it when
        those are one person's names."""
        for key in order:
            longer = {clusters.find(o) for o in longer_names(key)}
            if len(longer) == 1 and clusters.find(key) not in longer and not kings_apart(key, next(iter(longer))):
                clusters.union(key, next(iter(longer)))

    def kings_apart(key: str, cluster: str) -> bool:
        """Whether ``key`` is a king's name (given a sovereign's title) and ``cluster`` someone the story gives
        other offices only (``الملك عبدالله بن عبدالعزيز`` and ``الأمير عبدالله بن عبدالعزيز بن مساعد``)."""
        if not _sovereign(roles[key]):
            return False
        other = [r for k in clusters.groups()[cluster] for r in roles[k]]
        return bool(other) and not _sovereign(other)

    def ended_by(key: str) -> Iterable[str]:
        """The longer names ``key`` ends; when they are several people, those whose words before it are
        all name words: a span the tagger ran a noun into (``باحتيار دي ماريا``, by choosing) is no fuller
        name, and kept ``دي ماريا`` (24 times) from ``أنخيل دي ماريا`` (SaudiNewsNet 2015-08-07). Only then:
        a first name Wikidata's people do not bear (``نيمار``) still opens the one longer name; and when
        still several, the one the story names far most often (``علي عبد الله صالح``, 7 times, beside his
        nephew ``يحيى محمد عبدالله صالح``, once: SaudiNewsNet 2015-08-01).

        None when ``key`` is a father's name: it says so (``محمد بن لادن`` in ``سناء محمد بن لادن``), or it opens
        with the given name of another longer name of its family (``سعد دوابشة``, the father, beside ``سعد
        محمد دوابشة`` and his son ``أحمد سعد دوابشة``: SaudiNewsNet 2015-08-01)."""
        words = split[key]
        if words[1].startswith(_SON_OF) and len(words[1]) >= _SON_OF_KEY:
            return ()
        longer = ending.get("".join(words), set())
        if not longer or any(
            o not in longer and len(split[o]) > len(words) and _kept_ends(words, split[o])
            for o in by_ends.get((words[0][:1], words[-1][:1]), ())
        ):
            return ()
        if len({clusters.find(o) for o in longer}) <= 1:
            return longer
        n = len(words)
        named = [o for o in longer if all(_name_word(w) for w in split[o][: len(split[o]) - n])]
        if len({clusters.find(o) for o in named}) <= 1:
            return named
        best = _dominant({clusters.find(o) for o in named}, clusters, mentioned)
        return [o for o in named if best is not None and clusters.find(o) in best]

    join_to_one_longer(people, ended_by)
    # a person's name that keeps the first and last words of one longer name and drops some between
    # (``عبد ربه هادي`` -> ``عبد ربه منصور هادي``; ``علي صالح`` -> ``علي عبد الله صالح``): the same person,
    # when it is so for exactly one longer name of the story
    join_to_one_longer(people, lambda key: (
        o for o in by_ends.get((split[key][0][:1], split[key][-1][:1]), ())
        if len(split[o]) > len(split[key]) and _kept_ends(split[key], split[o])
    ))
    # a person's name of several words that opens one longer name (``محمد بن سلمان`` -> ``محمد بن سلمان بن
    # عبد العزيز آل سعود``; ``عبد الله الثاني`` -> ``عبد الله الثاني بن الحسين``): news writes a name's lineage
    # and family out once and drops them after; when it opens exactly one longer name of the story. Compared
    # without spaces (``بن عبدالعزيز`` / ``بن عبد العزيز``). A connector is joined to the word after it in
    # the key (``بنسلمان``), so ``سلمان بن عبد العزيز`` (the father) opens nothing of his son's name.
    # The longer name must go on with name words only: a span the tagger ran on (``عبد الله صالح بتعهداته``)
    # is not a fuller name, and would be shown as the person's name.
    opening: dict[str, set[str]] = {}
    for key in people:
        words = split[key]
        # the shortest tail of name words only: the name may be cut before any word of it
        tail = len(words)
        while tail > 0 and (words[tail - 1] == "ال" or _name_word(words[tail - 1])):
            tail -= 1
        for k in range(max(2, tail), len(words)):
            opening.setdefault("".join(words[:k]), set()).add(key)
    # the longer first: one person's names join up before a shorter one looks for a single longer name
    join_to_one_longer(sorted(people, key=lambda k: -len(split[k])), lambda key: opening.get("".join(split[key]), ()))
    name_words = _WordIndex(names_with)

    def ended_after_given_name(word: str, holders: list[str]) -> set[str]:
        """The clusters of the names of two words or more among ``holders`` that ``word`` ends and that open
        with a given name many people bear."""
        return {
            clusters.find(o) for o in holders
            if len(split[o]) >= 2 and similar_names(word, split[o][-1]) and _given_name(split[o][0])
        }

    for key in ordered:
        words = split[key]
        if keys[key] == "PER":
            if len(words) != 1:  # a person's name of several words: above
                continue
            holders = [other for word in name_words.similar(words[0]) for other in names_with[word]]
            candidates = {clusters.find(other) for other in holders}
            if len(candidates) > 1 and not any(similar_names(words[0], split[o][0]) for o in holders):
                # a single name that opens no name of the story is a family name: the one person whose
                # name ends with it (``هادي``); one that opens a name may be a first name (``الأمير محمد``)
                candidates = {clusters.find(o) for o in holders if similar_names(words[0], split[o][-1])}
            if len(candidates) > 1 and (
                words[0].startswith("ال") or not any(
                    similar_names(words[0], split[o][0]) and any(_name_word(w) for w in split[o][1:])
                    for o in holders
                )
            ):
                # still several, for a family name (one with the article is no first name, whatever span
                # it opens): the one whose name it ends and opens with a given name many people bear
                # (``حيدر العبادي``), not a verb or a noun the tagger ran into it (``التقى العبادي``،
                # ``قرارات العبادي``: SaudiNewsNet 2015-08-10, where ``العبادي`` alone, 61 times, stayed
                # apart from ``حيدر العبادي`` because of them)
                named = ended_after_given_name(words[0], holders)
                if len(named) == 1:
                    candidates = named
                elif len(named) > 1:
                    # still several: the family name alone is the one its story names far most often
                    # (``السيسي`` beside ``عبد الفتاح السيسي``, named in full 15 times, and ``فريدة السيسي``)
                    candidates = _dominant(named, clusters, mentioned) or candidates
            if len(candidates) > 1 and not words[0].startswith("ال"):
                # a name alone that ends one person's name and opens or is inside others' (``صالح``: ``علي عبد الله
                # صالح``, ``صالح بن حبتور``, ``نايف صالح البكري``) is the one the story names far most often, when its
                # name ends with it (news names people by their last name; ``سلمان`` does not end ``محمد بن سلمان``,
                # whose key joins ``بنسلمان``): SaudiNewsNet 2015-07-21, where ``صالح`` alone, 58 times, was apart
                ending = ended_after_given_name(words[0], holders)
                best = _dominant(candidates, clusters, mentioned) if ending else None
                if best is not None and best <= ending:
                    candidates = best
        else:
            if len(words) < 2:
                continue
            candidates = {
                clusters.find(other)
                for other in longer_of.get((keys[key], words[0][:1]), ())
                if len(split[other]) > len(words) and _opens(words, split[other])
            }
        if len(candidates) == 1 and clusters.find(key) not in candidates:
            if keys[key] == "PER" and kings_apart(key, next(iter(candidates))):
                continue  # a king named alone joins no one the story gives another office
            clusters.union(key, next(iter(candidates)))
    return clusters


def _sovereign(roles: Iterable[str]) -> bool:
    """Whether one of ``roles`` opens with a sovereign's title (``الملك``، ``العاهل الأردني``), not one naming a king
    further on (``مستشار الملك``)."""
    return any(f"{' '.join(word_keys(role))} ".startswith(_SOVEREIGN) for role in set(roles))


# How many times as often as all the others together, and how many times at least, a person must be named
# in full for their family name alone to be theirs. On a SaudiNewsNet day (the first 600 articles of
# 2015-08-07) the family names shared so: ``السيسي`` 15 against 1 (the president, rightly), ``دي ماريا`` 23
# against 3; at 4 against 1 ``التركي`` (the interior ministry's spokesman and the Muslim World League's head,
# both quoted alone in the bombing's story) and ``سالوبيك`` (a hostage and his father): left apart.
_DOMINANT = 3
_DOMINANT_LEAST = 5


def _dominant(candidates: set[str], clusters: _Clusters, mentioned: dict[str, int]) -> set[str] | None:
    """The one of ``candidates`` (cluster roots) whose names the story writes at least :data:`_DOMINANT`
    times as often as all the others' together, and :data:`_DOMINANT_LEAST` times, as a set; None when none
    does."""
    groups = clusters.groups()
    times = {root: sum(mentioned.get(key, 1) for key in groups[root]) for root in candidates}
    best = max(times, key=lambda root: times[root])
    others = sum(times.values()) - times[best]
    return {best} if times[best] >= max(_DOMINANT * others, _DOMINANT_LEAST) else None


def _named_in_full_nearby(ranked: Sequence[Mention], keys: dict[str, str], clusters: _Clusters) -> dict[int, str]:
    """The mentions (positions in ``ranked``) of a person's one-word name that their own article says are
    another person than the story's: the article names in full exactly one person whose name ends with that
    word, and that person's names are apart from the word's in the story (a cluster root for each).

    News names a person in full once and by the last name after: ``قال مهند هادي، المدير الإقليمي لبرنامج
    الأغذية العالمي`` then ``قال هادي:`` (SaudiNewsNet 2015-07-22), in a story where ``هادي`` alone is the
    Yemeni president everywhere else. The story's names are resolved by their keys, one entity per key; the
    article's own full name is the nearer witness for the mentions it holds."""
    found: dict[int, str] = {}
    by_article: dict[str, list[int]] = {}
    for n, m in enumerate(ranked):
        by_article.setdefault(m.article, []).append(n)
    # a word that opens one of the story's full names may be a first name (``عمر`` beside ``عمر الشريف``,
    # ``محمد`` beside ``محمد بن سلمان``)
    first_words = {key.split()[0] for key, kind in keys.items() if kind == "PER" and " " in key}
    for positions in by_article.values():
        people = [(n, key, key.split()) for n in positions if keys.get(key := name_key(ranked[n].text)) == "PER"]
        # last word -> the clusters of the article's full names ending with it so far (in text order: the full
        # name comes first), not a family's or a father's name (``عبدالعزيز آل سعود``، ``محمد بن سعود``)
        full: dict[str, set[str]] = {}
        for n, key, words in people:
            if len(words) >= 2:
                if words[-2] != "ال" and not (words[-1].startswith(_SON_OF) and len(words[-1]) >= _SON_OF_KEY) \
                        and all(_name_word(w) for w in words[:-1]):
                    full.setdefault(words[-1], set()).add(clusters.find(key))
                continue
            # the same word (an article spells its people one way): ``مبارك`` is not ``مباركي``
            if key in first_words:
                continue
            ends = full.get(key, set())
            if len(ends) == 1 and clusters.find(key) not in ends:
                found[n] = next(iter(ends))
    return found


def _kept_ends(words: list[str], longer: list[str]) -> bool:
    """``words`` are ``longer``'s first and last words with some of those between, in order."""
    if not (similar_words(words[0], longer[0]) and similar_words(words[-1], longer[-1])):
        return False
    rest = iter(longer[1:-1])
    return all(any(similar_words(w, o) for o in rest) for w in words[1:-1])


def _name_word(key: str) -> bool:
    """A word a name is made of: borne by one of Wikidata's people at least, or a connector (``بن``). A
    span that opens with a name and goes on with none (``صالح الموالية``, Saleh's loyal forces) does not
    make that name a first name."""
    return key.startswith(_JOINED_CONNECTORS) or person_word_counts().get(key, (0, 0))[0] > 0


def _given_name(key: str) -> bool:
    """Whether a name's first word (a key) is a name many people bear (``حيدر``: 25 of Wikidata's people),
    or opens a compound name (``عبد``، ``أبو``)."""
    if key in _COMPOUND_OPENERS or key.startswith(JOINED_NAME_OPENERS):  # ``عبدالله``، ``أبوبكر``
        return True
    return borne_by_many(key)


_COMPOUND_OPENERS = frozenset(normalize_key(w) for w in names.NAME_CONNECTORS)
# connectors as :func:`name_key` writes them, joined to the name after them (``بنسلمان``); not آل, whose key
# ``ال`` opens every definite word
_JOINED_CONNECTORS = tuple(k for k in _COMPOUND_OPENERS if k != "ال")
# "son of" as a key joins it to the father's name (``بنلادن``): a name whose second word opens so is a father's
# (a surname that only opens like it, ``بنيس``, is shorter than the connector and a name of three letters)
_SON_OF = tuple(normalize_key(w) for w in ("بن", "ابن", "بنت"))
_SON_OF_KEY = 5


def _opens(words: list[str], longer: list[str]) -> bool:
    """An organization's or place's shorter name (two words at least) opens the longer one."""
    return len(words) >= 2 and similar_names(" ".join(words), " ".join(longer[: len(words)]))


def _canonical(variants: Sequence[str], counts: Counter[str], first: dict[str, int], alias: Alias | None) -> str:
    """The alias table's name when one applies, else the fullest well-formed variant: a listed spelling
    first, then most words, then one written without tatweel (``وزارة الخـــــارجية`` is a headline's
    stretching, not the name), then most mentioned, then first written."""
    if alias is not None:
        return alias.canonical
    return min(
        variants,
        key=lambda v: (normalize_key(v) not in GAZETTEER, -len(v.split()), _TATWEEL in v, -counts[v], first[v]),
    )


_TATWEEL = "\u0640"


def resolve_entities(mentions: Sequence[Mention], articles: Sequence[Article]) -> list[Entity]:
    """The entities of one story, from the mentions of its articles.

    Every mention ends up in exactly one entity. Each entity's type is the type most of its mentions have
    (the alias table's type when a listed alias applies); ``variants`` are the distinct names as written,
    most used first; ``roles`` the distinct roles given to it; ``mentions`` in article then text order;
    ``outlets`` the outlets of the articles that mention it (articles without an outlet add none).
    Entities come most-mentioned first (then by first appearance) with ids ``e1``, ``e2``, ... in that
    order, so the same input always gives the same ids.
    """
    order = {a.id: i for i, a in enumerate(articles)}
    outlets = {a.id: a.outlet for a in articles}
    ranked = sorted(mentions, key=lambda m: (order.get(m.article, len(order)), m.start))

    votes: dict[str, Counter[str]] = {}
    roles: dict[str, list[str]] = {}
    for m in ranked:
        key = name_key(m.text)
        votes.setdefault(key, Counter())[m.type] += 1
        roles.setdefault(key, [])
        if m.role:
            roles[key].append(m.role)
    keys = {}
    for key, counter in votes.items():
        alias = _alias_of(key)
        keys[key] = alias.type if alias is not None else counter.most_common(1)[0][0]
    clusters = _merge(keys, roles, {key: sum(counter.values()) for key, counter in votes.items()})

    members: dict[str, list[Mention]] = {}
    fuller = _named_in_full_nearby(ranked, keys, clusters)
    for n, m in enumerate(ranked):
        members.setdefault(fuller.get(n) or clusters.find(name_key(m.text)), []).append(m)
    built = []
    for group in members.values():
        counts = Counter(m.text for m in group)
        first = {}
        for i, m in enumerate(group):
            first.setdefault(m.text, i)
        variants = sorted(counts, key=lambda v: (-counts[v], first[v]))
        alias = next((a for m in group if (a := _alias_of(name_key(m.text))) is not None), None)
        kind = alias.type if alias is not None else Counter(keys[name_key(m.text)] for m in group).most_common(1)[0][0]
        seen_roles: dict[str, str] = {}
        for m in group:
            # a courtesy title alone says nothing of who the person is (``مصطفى أكينجي — السيد``)
            if m.role and any(w not in _COURTESY for w in word_keys(m.role)):
                seen_roles.setdefault(normalize_key(m.role), m.role)
        seen_outlets = dict.fromkeys(o for m in group if (o := outlets.get(m.article)))
        built.append(
            (group, _canonical(variants, counts, first, alias), kind, tuple(variants), tuple(seen_roles.values()),
             tuple(seen_outlets))
        )
    built.sort(key=lambda b: (-len(b[0]), order.get(b[0][0].article, len(order)), b[0][0].start))
    return [
        Entity(f"e{i}", name, kind, variants, roles_, tuple(group), outlets_)
        for i, (group, name, kind, variants, roles_, outlets_) in enumerate(built, 1)
    ]
