"""ROUGE for Arabic summaries: n-gram and skip-bigram recall against human summaries (Lin 2004).

``rouge_score``'s tokenizer keeps only ``[a-z0-9]`` and scores two identical Arabic texts 0, so the
tokens here are marsad's matching words (:func:`marsad.text.word_keys`: normalized, not stemmed, no stop
list). With several references, matches and totals are pooled over them, as ROUGE-1.5.5 does by default
(Lin 2004, eq. 1; its ``-f A``): recall = matched reference grams / all reference grams, precision =
matched grams / (peer grams x number of references).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.text import word_keys

__all__ = ["Rouge", "rouge_n", "rouge_su", "rouge_tokens"]


@dataclass(frozen=True, slots=True)
class Rouge:
    """Recall, precision and their harmonic mean, each in ``[0, 1]``."""

    recall: float
    precision: float
    f1: float


def rouge_tokens(text: str, limit: int | None = None) -> list[str]:
    """The tokens ROUGE counts in ``text``, cut to the first ``limit`` (ROUGE's ``-l``) when given."""
    tokens = word_keys(text)
    return tokens if limit is None else tokens[:limit]


def rouge_n(peer: Sequence[str], references: Sequence[Sequence[str]], n: int) -> Rouge:
    """ROUGE-N of the token list ``peer`` against the token lists ``references``."""
    return _pooled(_ngrams(peer, n), [_ngrams(r, n) for r in references])


def rouge_su(peer: Sequence[str], references: Sequence[Sequence[str]], skip: int = 4) -> Rouge:
    """ROUGE-SU: ordered word pairs with at most ``skip`` words between them, plus single words (ROUGE-1.5.5
    ``-2 4 -u`` for the default ``skip``, i.e. ROUGE-SU4)."""
    return _pooled(_skip_bigrams(peer, skip), [_skip_bigrams(r, skip) for r in references])


def _ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _skip_bigrams(tokens: Sequence[str], skip: int) -> Counter[tuple[str, ...]]:
    grams: Counter[tuple[str, ...]] = Counter(
        (tokens[i], tokens[j]) for i in range(len(tokens)) for j in range(i + 1, min(i + skip + 2, len(tokens)))
    )
    grams.update((t,) for t in tokens)
    return grams


def _pooled(peer: Counter[tuple[str, ...]], references: Sequence[Counter[tuple[str, ...]]]) -> Rouge:
    matched = sum(sum(min(count, reference[gram]) for gram, count in peer.items()) for reference in references)
    reference_total = sum(sum(reference.values()) for reference in references)
    peer_total = sum(peer.values()) * len(references)
    recall = matched / reference_total if reference_total else 0.0
    precision = matched / peer_total if peer_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Rouge(recall, precision, f1)
