"""Paragraphs an article says twice.

Pages repeat a paragraph when an embed quotes the article (003 of the demo corpus: the article's
sentence, then the same sentence as the prime minister's tweet, with ``٦٠٪`` for ``60%`` and bare alefs
for hamzas) or when a template prints the lead twice. Paragraphs are compared on the word pairs of their
matching keys (:func:`marsad.text.normalize_key` folds digits, hamza forms, diacritics and quotes), so
spelling variants of one paragraph compare equal while a substituted name breaks the pairs around it.

Two paragraphs of at least :data:`MIN_WORDS` words are the same when each holds at least
:data:`SAME_PARAGRAPH` of the other's word pairs and they quote the same figures. The text of an embedded
post (a tweet whose attribution follows it; at least :data:`MIN_EMBED_WORDS` words) is judged more
loosely, since the embed says it is a copy: it repeats the article when :data:`EMBED_REPEAT` of its word
pairs are in one paragraph of the article, before or after it.

Calibration on SaudiNewsNet (31,030 articles from 14 outlets, all paragraph pairs of an article): at 0.9
both ways the pairs found were reprinted paragraphs and quotes written with and without hamzas; below it
came list items that differ in a name or a figure, which are content. Official news also repeats formula
sentences about different people, word for word (``وعبر سموه عن عزائه ومواساته لأسر الشهداء ...`` after
each of four phone calls); the longest of those has 23 words, hence the minimum of 25: shorter repeats
stay, which costs a few true reprints of one short sentence. 003's tweet holds 0.85 of its pairs in the
article's paragraph (it adds the speaker's title); the lead-versus-body overlap of 004 is 0.52: the embed
threshold sits between them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

__all__ = [
    "EMBED_REPEAT",
    "MIN_EMBED_WORDS",
    "MIN_WORDS",
    "SAME_PARAGRAPH",
    "Fingerprint",
    "find_repeats",
    "fingerprint",
]

# Shorter paragraphs (subheadings such as ``تصريحات الكاظمي``, formulas, refrains) never collapse.
MIN_WORDS = 25
MIN_EMBED_WORDS = 8
SAME_PARAGRAPH = 0.9
EMBED_REPEAT = 0.6


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What paragraphs are compared on: the set of consecutive word pairs of the key and its numbers."""

    pairs: frozenset[tuple[str, str]]
    numbers: frozenset[str]
    words: int


def fingerprint(words: Sequence[str]) -> Fingerprint | None:
    """The fingerprint of a paragraph given its key words (:func:`marsad.text.word_keys`), or ``None``
    when it has fewer than :data:`MIN_EMBED_WORDS` words and so takes no part in any comparison."""
    if len(words) < MIN_EMBED_WORDS:
        return None
    return Fingerprint(frozenset(pairwise(words)), frozenset(w for w in words if w.isdigit()), len(words))


def find_repeats(prints: Sequence[Fingerprint | None], embeds: Sequence[bool]) -> dict[int, str]:
    """Which paragraphs repeat another one, by index, with the name of the test that found them.

    ``prints[i]`` is paragraph ``i``'s fingerprint (``None`` to leave it out); ``embeds[i]`` says it is the
    text of an embedded post. Guarantees: the first of a set of same paragraphs is never returned (the
    later ones are, as ``near-repeat``); an embed's text is returned as ``tweet-text`` when one other
    paragraph, not itself an embed, holds :data:`EMBED_REPEAT` of its word pairs and all its figures.
    Work is quadratic in the number of paragraphs only for pairs of about the same size; the size test
    rejects the others first.
    """
    found: dict[int, str] = {}
    kept: list[Fingerprint] = []
    for i, current in enumerate(prints):
        if current is None or embeds[i] or current.words < MIN_WORDS:
            continue
        if any(_same(current, earlier) for earlier in kept):
            found[i] = "near-repeat"
        else:
            kept.append(current)
    for i, current in enumerate(prints):
        if current is None or not embeds[i]:
            continue
        others = (p for j, p in enumerate(prints) if p is not None and not embeds[j] and j not in found)
        if any(_contained(current, other) >= EMBED_REPEAT for other in others):
            found[i] = "tweet-text"
    return found


def _same(a: Fingerprint, b: Fingerprint) -> bool:
    small, large = sorted((len(a.pairs), len(b.pairs)))
    if small < SAME_PARAGRAPH * large or a.numbers != b.numbers:
        return False
    return len(a.pairs & b.pairs) >= SAME_PARAGRAPH * large


def _contained(part: Fingerprint, whole: Fingerprint) -> float:
    """Share of ``part``'s word pairs found in ``whole`` (0 when ``part`` quotes a figure ``whole`` lacks)."""
    if not part.numbers <= whole.numbers or not part.pairs:
        return 0.0
    return len(part.pairs & whole.pairs) / len(part.pairs)
