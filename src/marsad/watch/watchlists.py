"""Watchlists: which new and grown stories deserve an alert.

A watchlist names entities, words and outlets (:class:`~marsad.watch.config.WatchlistSpec`). It is
matched against the articles a batch added to a story — what is new, not what the reader was already
told — and the story they joined:

* **entities**: a watched name matches an entity of the story that one of the new articles mentions,
  when the entity resolution (:func:`marsad.extract.resolve_entities`) puts the name and the entity's
  spellings together: the alias table (``داعش`` = ``تنظيم الدولة الإسلامية``), spelling variants
  (``ماكنزي``/``ماكينزي``), the same words in another order, a part of a longer name (``الكاظمي`` of
  ``مصطفى الكاظمي``) — the same rules that merged the story's own mentions;
* **words**: a watched word or phrase matches a new article's title or text whatever its spelling
  variant or attached clitics, as ``marsad search`` matches (the search keys of
  :mod:`marsad.store.search`, widened to spellings one long vowel apart); a phrase matches its words in a row;
* **outlets**: a new article comes from a watched outlet (compared by matching key: ``الجزيره نت`` is
  ``الجزيرة نت``).

An article matches when it matches each kind the watchlist gives (entities *and* words *and* outlets:
"Mayadeen articles that say قتالية"); within a kind, any one is enough. A story matches when one of its
new articles does, and its alert lists those articles. A watchlist that gives only outlets alerts on
everything those outlets publish.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..extract import resolve_entities
from ..model import Article, Entity, Mention, Story
from ..store.search import close_variants, index_keys, query_terms, skeleton
from ..text.normalize import normalize_key
from .config import WatchlistSpec

__all__ = ["Watchlist", "names_entity"]

# The article id of the watched name when it is given to the entity resolution beside a story's mentions:
# no stored article's id holds a NUL (the store refuses them), so it is no article of the story.
_PROBE_ARTICLE = "\x00watchlist"


def names_entity(name: str, entity: Entity) -> bool:
    """Whether the entity resolution takes ``name`` for ``entity``: the name is resolved together with
    one mention of each of the entity's spellings, as a mention of the entity's type, and must land in
    the same entity."""
    key = normalize_key(name)
    if not key:
        return False
    if any(normalize_key(v) == key for v in (entity.name, *entity.variants)):
        return True
    spellings: dict[str, Mention] = {}
    for mention in entity.mentions:
        spellings.setdefault(mention.text, mention)
    if not spellings:
        return False
    probe = Mention(_PROBE_ARTICLE, 0, len(name), name, entity.type)
    resolved = resolve_entities([*spellings.values(), probe], [])
    return any(probe in e.mentions and len(e.mentions) > 1 for e in resolved)


@dataclass(frozen=True)
class _Phrase:
    given: str
    terms: tuple[str, ...]


class Watchlist:
    """A watchlist ready to match: its spec with the words turned into search terms once."""

    def __init__(self, spec: WatchlistSpec) -> None:
        self.spec = spec
        self.name = spec.name
        self._phrases = [_Phrase(w, tuple(query_terms(w))) for w in spec.words]
        self._outlets = {normalize_key(o): o for o in spec.outlets}

    def match(self, story: Story, new: Sequence[Article]) -> tuple[dict[str, list[str]], list[Article]] | None:
        """Which of the ``new`` articles of ``story`` match — each article must match every kind the
        watchlist gives —, and what of the watchlist they matched (``entities``, ``words``, ``outlets``:
        the watched names as given, in the watchlist's order); None when no article matches."""
        found: dict[str, set[str]] = {}
        matching = []
        for article in new:
            hits = self._article_hits(story, article)
            if hits is not None:
                matching.append(article)
                for kind, names in hits.items():
                    found.setdefault(kind, set()).update(names)
        if not matching:
            return None
        order = {"entities": self.spec.entities, "words": self.spec.words, "outlets": self.spec.outlets}
        return {kind: [n for n in order[kind] if n in names] for kind, names in sorted(found.items())}, matching

    def _article_hits(self, story: Story, article: Article) -> dict[str, list[str]] | None:
        hits: dict[str, list[str]] = {}
        if self._outlets:
            key = normalize_key(article.outlet) if article.outlet else ""
            if key not in self._outlets:
                return None
            hits["outlets"] = [self._outlets[key]]
        if self._phrases:
            words = [p.given for p in self._phrases if _holds(article, p.terms)]
            if not words:
                return None
            hits["words"] = words
        if self.spec.entities:
            named = [e for e in story.entities if any(m.article == article.id for m in e.mentions)]
            names = [n for n in self.spec.entities if any(names_entity(n, e) for e in named)]
            if not names:
                return None
            hits["entities"] = names
        return hits


def _holds(article: Article, terms: Sequence[str]) -> bool:
    """Whether the article's title or text holds ``terms`` in a row (as search keys, each widened to
    the article's own terms one long vowel apart)."""
    if not terms:
        return False
    keys = index_keys(article.title, article.text)
    vocabulary = set(keys.title) | set(keys.body) | set(keys.alt)
    by_skeleton: dict[str, list[str]] = {}
    for term in vocabulary:
        by_skeleton.setdefault(skeleton(term), []).append(term)
    wanted = [set(close_variants(t, by_skeleton.get(skeleton(t), []))) for t in terms]
    if len(terms) == 1:
        return bool(wanted[0] & vocabulary)
    for sequence in (keys.title, keys.body):
        for start in range(len(sequence) - len(terms) + 1):
            if all(sequence[start + i] in wanted[i] for i in range(len(terms))):
                return True
    return False
