"""Who said what: statements grouped by speaker, each speaker's in date order, with the outlet that
reported it and the cue verb that outlet chose (``قال`` / ``زعم`` / ``ادعى`` / ``أكد``: the verb frames
the statement, so it is shown with each one).

A speaker is the resolved entity (its id) when the quote is linked to one, else the name as the article
writes it (an unnamed ``مصدر أمني``). A quote whose speaker is uncertain
(:func:`marsad.extract.quotes.attributed` is false) is never shown under a name: it goes to the group of
unclear attribution.

:func:`who_said_what` makes the story page's section; :func:`statements_by` lists one speaker's
statements out of any quotes — a story's today, the store's once entities have ids that hold across
stories — for an entity page.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from marsad.extract.quotes import attributed
from marsad.model import Article, Entity, Quote
from marsad.text import word_keys

from .naming import outlet_key

__all__ = ["SAME_WORDS", "SpeakerStatements", "Statement", "statements_by", "who_said_what"]

SAME_WORDS = 0.8
"""Two quotes of one speaker are one statement when this share of the shorter one's words (matching keys,
at least :data:`_MIN_WORDS` of them) is in the other: the same sentence under another outlet's quotation
marks and spelling, not a paraphrase."""
_MIN_WORDS = 4


@dataclass(frozen=True, slots=True)
class Statement:
    """One quote as the lists show it: the quote, the column that reported it (its outlet, or the
    article id when the outlet is unknown), the article's publication date (``None`` when unknown) and,
    in a story's list, the other articles that report the same words (:data:`SAME_WORDS`)."""

    quote: Quote
    outlet: str
    published: str | None
    also: tuple[Statement, ...] = ()  # the same words of the same speaker as other articles report them


@dataclass(frozen=True, slots=True)
class SpeakerStatements:
    """A speaker's statements in date order. ``speaker`` is the entity id (``None`` for a speaker without
    an entity); ``name`` the entity's name or the name as written, ``None`` for the group of quotes whose
    attribution is unclear."""

    speaker: str | None
    name: str | None
    statements: tuple[Statement, ...]


def _statements(quotes: Iterable[Quote], articles: Sequence[Article]) -> list[Statement]:
    """``quotes`` as statements in date order: dated articles first (oldest first), then by article and
    position. A quote of an article not in ``articles`` is left out."""
    by_id = {a.id: a for a in articles}
    found = [Statement(q, outlet_key(by_id[q.article]), by_id[q.article].published) for q in quotes if q.article in by_id]
    return sorted(found, key=lambda s: (s.published is None, s.published or "", s.quote.article, s.quote.start))


def who_said_what(quotes: Sequence[Quote], entities: Sequence[Entity], articles: Sequence[Article]) -> list[SpeakerStatements]:
    """The speakers of ``quotes`` with their statements in date order; the speakers quoted by the most articles first,
    then those most present in the story (the number of its articles that name their entity), then those with the
    most statements (ties in order of first statement), the group of unclear attribution last. Counted by statements
    alone, a columnist's two experts quoted nine and seven times in one column opened the Abha bombing's "who said
    what", above the emir and the security chief its reports named in five and six articles (SaudiNewsNet
    2015-08-08). A statement that
    other articles report in the same words (a wire copy in three papers) is listed once, at its first
    report, with the others in its ``also``.

    A quote counts under its entity when linked (all spellings of a speaker together), else under its
    speaker's name as written; an unattributed quote (:func:`~marsad.extract.quotes.attributed` false)
    only in the unclear group.
    """
    names = {e.id: e.name for e in entities}
    groups: dict[tuple[str | None, str | None], list[Quote]] = {}
    for q in quotes:
        if not attributed(q):
            key: tuple[str | None, str | None] = (None, None)
        elif q.speaker in names:
            key = (q.speaker, names[q.speaker])
        else:
            key = (None, q.speaker_name)
        groups.setdefault(key, []).append(q)
    found = [
        SpeakerStatements(speaker, name, tuple(_fold_repeats(_statements(qs, articles))))
        for (speaker, name), qs in groups.items()
    ]
    found = [g for g in found if g.statements]
    named_in = {e.id: len({m.article for m in e.mentions}) for e in entities}

    def quoted_in(group: SpeakerStatements) -> int:
        return len({x.quote.article for s in group.statements for x in (s, *s.also)})

    return sorted(found, key=lambda g: (
        g.name is None, -quoted_in(g), -named_in.get(g.speaker or "", 0), -len(g.statements)
    ))


def statements_by(speaker: str, quotes: Sequence[Quote], articles: Sequence[Article]) -> list[Statement]:
    """The statements attributed to the entity ``speaker`` (an entity id) among ``quotes``, in date order, each
    article's repeat of its own once (:func:`_once_an_article`); quotes of unclear attribution are not among them."""
    statements = _statements((q for q in quotes if q.speaker == speaker and attributed(q)), articles)
    return [statement for statement, _ in _once_an_article(statements)]


def _once_an_article(statements: list[Statement]) -> list[tuple[Statement, frozenset[str]]]:
    """``statements`` (in date order) without an article's repeat of its own earlier statement (the same words,
    :data:`SAME_WORDS`), each with its words' keys (none keyed when there is one statement: nothing to compare):
    alwatan's report of the UN vote told a senator's words in its lead and again in its body, listed twice
    (SaudiNewsNet 2015-07-21)."""
    if len(statements) < 2:
        return [(statement, frozenset()) for statement in statements]
    kept: list[tuple[Statement, frozenset[str]]] = []
    for statement in statements:
        words = frozenset(word_keys(statement.quote.text))
        if not any(
            first.quote.article == statement.quote.article and _same_words(words, first_words)
            for first, first_words in kept
        ):
            kept.append((statement, words))
    return kept


def _fold_repeats(statements: list[Statement]) -> list[Statement]:
    """``statements`` (in date order), once an article (:func:`_once_an_article`), with each repeat of an earlier
    one folded into its ``also``, each other article once (okaz's report of the crown prince's words, quoted twice
    in it, was listed twice: SaudiNewsNet 2015-08-11)."""
    keyed = _once_an_article(statements)
    if len({s.quote.article for s, _ in keyed}) < 2:
        return [statement for statement, _ in keyed]  # one article's statements (most groups): nothing more to fold
    kept: list[tuple[Statement, frozenset[str], list[Statement]]] = []
    for statement, words in keyed:
        same = next(
            (
                others for first, first_words, others in kept
                if first.quote.article != statement.quote.article and _same_words(words, first_words)
            ),
            None,
        )
        if same is None:
            kept.append((statement, words, []))
        elif all(other.quote.article != statement.quote.article for other in same):
            same.append(statement)  # (a second repeat in one article is that article's again: listed once)
    return [dataclasses.replace(first, also=tuple(others)) if others else first for first, _, others in kept]


def _same_words(a: frozenset[str], b: frozenset[str]) -> bool:
    shorter = min(len(a), len(b))
    return shorter >= _MIN_WORDS and len(a & b) >= SAME_WORDS * shorter
