"""Name lists and trigger words for Arabic entity recognition, keyed, and the matcher that finds them.

The words themselves are in :mod:`marsad.lang.ar.names` (one home for every Arabic word list).

The lists complement the statistical tagger: its training data (NewsFANE, the ANERcorp text of 2006-2007)
predates names that fill today's news (``داعش``، ``الحشد الشعبي``) and writes without hamza, so the
tagger sees these lists as features and :func:`marsad.extract.entities.recognize_entities` also matches
them directly. They hold general world knowledge only — countries, capitals and large cities, regions,
major international and Arab-world organizations, news agencies and outlets — never names picked from a
test corpus. Spelling variants that :func:`marsad.text.normalize_key` does not fold (``أمريكا``/``أميركا``,
``غ``/``ج`` for a foreign G) are listed side by side.

Everything is matched on keys (:func:`marsad.text.normalize_key`), so hamza, teh marbuta and alef maqsura
forms need not be listed twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from marsad.lang.ar import names
from marsad.text import Token, normalize_key

__all__ = [
    "COUNTRY_KEYS",
    "ENLISTED_RANKS",
    "FIRST_NAMES",
    "GAZETTEER",
    "GAZETTEER_MATCHER",
    "LOC_TRIGGERS",
    "NATIONAL_TEAM_HEADS",
    "ORG_TRIGGERS",
    "PER_TITLES",
    "RANKS_ALSO_NOUNS",
    "RANK_QUALIFIERS",
    "RANK_TITLES",
    "RANK_WORDS",
    "Alias",
    "PhraseMatcher",
    "alias_table",
    "benediction_at",
]

# The lists are in marsad.lang.ar.names; here they are keyed.
FIRST_NAMES: frozenset[str] = frozenset(normalize_key(n) for n in names.FIRST_NAMES)
# ``عبد``، ``أبو`` as keys: a word opening with one is a compound name written as one word (``عبدالله``)
JOINED_NAME_OPENERS: tuple[str, ...] = tuple(normalize_key(w) for w in names.JOINED_NAME_OPENERS)

GAZETTEER: dict[str, str] = {
    **{normalize_key(n): "LOC" for n in (*names.COUNTRIES, *names.CITIES, *names.REGIONS)},
    **{normalize_key(n): "ORG" for n in (*names.ORGANIZATIONS, *names.NEWS_OUTLETS)},
}
"""Name key -> entity type, for every listed name."""

PER_TITLES: frozenset[str] = frozenset(normalize_key(t) for t in names.PERSON_TITLES)

COUNTRY_KEYS: frozenset[str] = frozenset(normalize_key(n) for n in names.COUNTRIES)

NATIONAL_TEAM_HEADS: frozenset[str] = frozenset(normalize_key(w) for w in names.NATIONAL_TEAM_HEADS)

RANK_TITLES: frozenset[str] = frozenset(normalize_key(t) for t in names.RANK_TITLES)

RANKS_ALSO_NOUNS: frozenset[str] = frozenset(normalize_key(t) for t in names.RANKS_ALSO_NOUNS)

ENLISTED_RANKS: frozenset[str] = frozenset(normalize_key(t) for t in names.ENLISTED_RANKS)

RANK_QUALIFIERS: frozenset[str] = frozenset(normalize_key(t) for t in names.RANK_QUALIFIERS)

# each benediction's words as keys, by its first word (asked of every word of a subject phrase)
_BENEDICTIONS: dict[str, list[tuple[str, ...]]] = {}
for _blessing in names.BENEDICTIONS:
    _words = tuple(normalize_key(w) for w in _blessing.split())
    _BENEDICTIONS.setdefault(_words[0], []).append(_words)


def benediction_at(tokens: Sequence[Token], j: int, end: int) -> int:
    """How many of ``tokens[j:end]`` a benediction takes (``رحمه الله``، ``صلى الله عليه وسلم``:
    :data:`~marsad.lang.ar.names.BENEDICTIONS`), or 0."""
    for words in _BENEDICTIONS.get(tokens[j].key, ()):
        if j + len(words) <= end and all(tokens[j + k].key == w for k, w in enumerate(words[1:], 1)):
            return len(words)
    return 0


# Every word of a rank (``اللواء بحري``، ``الجندي أول``): left out where roles are compared as offices.
RANK_WORDS: frozenset[str] = RANK_TITLES | ENLISTED_RANKS | RANK_QUALIFIERS

ORG_TRIGGERS: frozenset[str] = frozenset(normalize_key(t) for t in names.ORGANIZATION_HEADS)

LOC_TRIGGERS: frozenset[str] = frozenset(normalize_key(t) for t in names.PLACE_HEADS)


class PhraseMatcher:
    """Finds listed names (key -> type) in token sequences, longest match first."""

    def __init__(self, names: Mapping[str, str]) -> None:
        self._types = dict(names)
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for name in self._types:
            words = tuple(name.split())
            self._by_first.setdefault(words[0], []).append(words)
        for phrases in self._by_first.values():
            phrases.sort(key=len, reverse=True)
        self._openers = frozenset(self._by_first)

    @property
    def names(self) -> Mapping[str, str]:
        """The listed name keys and their types."""
        return self._types

    def match(self, first_forms: Sequence[Iterable[str]], keys: Sequence[str]) -> list[tuple[int, int, str]]:
        """Longest, leftmost matches of listed names in a token sequence.

        ``keys[i]`` is the key of token ``i``; ``first_forms[i]`` the keys token ``i`` may have when it
        opens a name (itself and its proclitic-stripped forms, so ``وبغداد`` opens ``بغداد``). Returns
        non-overlapping ``(start, end, type)`` token ranges, ``end`` exclusive.
        """
        found: list[tuple[int, int, str]] = []
        # the few tokens that may open a name, by one test in C each (most tokens open none)
        no_name = self._openers.isdisjoint
        end = 0  # tokens before this one are inside a name found
        for i in [i for i, forms in enumerate(first_forms) if not no_name(forms)]:
            if i < end:
                continue
            best: tuple[int, str] | None = None
            for form in first_forms[i]:
                for words in self._by_first.get(form, ()):
                    n = len(words)
                    if best is not None and n <= best[0]:
                        break
                    if tuple(keys[i + 1 : i + n]) == words[1:]:
                        best = (n, self._types[" ".join(words)])
                        break
            if best is not None:
                found.append((i, i + best[0], best[1]))
                end = i + best[0]
        return found


GAZETTEER_MATCHER = PhraseMatcher(GAZETTEER)
"""Matcher over :data:`GAZETTEER`, as the tagger's features use it."""


@dataclass(frozen=True, slots=True)
class Alias:
    """One line of the alias table: a canonical name, its type, the other names it goes by, and those among them
    that are also common words (``حماس``: zeal; written ``~حماس`` in the table), which join the entity when the
    tagger finds them as names but are never listed for the recognizer to find (``يستقبلها الشباب بحماس``)."""

    canonical: str
    type: str
    names: tuple[str, ...]
    words_too: tuple[str, ...] = ()


@cache
def alias_table() -> tuple[Alias, ...]:
    """The shipped alias table (``marsad/extract/data/aliases.tsv``), read once."""
    text = resources.files("marsad.extract").joinpath("data", "aliases.tsv").read_text(encoding="utf-8")
    table = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, kind, names = line.split("\t")
        written = [n for n in names.split("|") if n]
        table.append(Alias(
            canonical, kind, tuple(n for n in written if not n.startswith("~")),
            tuple(n[1:] for n in written if n.startswith("~")),
        ))
    return tuple(table)
