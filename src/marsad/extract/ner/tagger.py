"""The shipped CRF entity tagger: loaded once per process, offline, from package data.

The model (``marsad/extract/models/ner.crfsuite``) is trained by ``scripts/train_ner.py`` on NewsFANE
(CC BY-SA 3.0); beside it, ``ner-vocab.tsv`` lists the word keys of the training text with their counts,
which :func:`marsad.extract.entities.recognize_entities` uses to decide whether a name's first letter is
a proclitic (``وبغداد``) or its own (``واشنطن``). The features also read the word-cluster table
``ner-clusters.tsv.gz`` (:func:`marsad.extract.ner.features.word_clusters`; CC BY-NC-SA 4.0, see
docs/ner.md), which the model was trained with.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources

import pycrfsuite

from .features import SentenceFeatures, sentence_features

__all__ = ["MODEL_NAME", "VOCAB_NAME", "load_tagger", "tag_tokens", "word_counts"]

MODEL_NAME = "ner.crfsuite"
VOCAB_NAME = "ner-vocab.tsv"


def _model_file(name: str) -> resources.abc.Traversable:
    return resources.files("marsad.extract").joinpath("models", name)


@cache
def _loaded() -> tuple[pycrfsuite.Tagger, bytes]:
    # crfsuite reads the model in place: the bytes must live as long as the tagger (freeing them
    # crashes the process), so they are cached together.
    data = _model_file(MODEL_NAME).read_bytes()
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(data)
    return tagger, data


def load_tagger() -> pycrfsuite.Tagger:
    """The shipped tagger, read from package data on first use and kept for the process.

    Raises ``FileNotFoundError`` when the model file is missing from the installed package.
    """
    return _loaded()[0]


@cache
def word_counts() -> dict[str, int]:
    """Word key -> count in the tagger's training text (loaded once)."""
    counts: dict[str, int] = {}
    for line in _model_file(VOCAB_NAME).read_text(encoding="utf-8").splitlines():
        word, _, count = line.partition("\t")
        counts[word] = int(count)
    return counts


def tag_tokens(tokens: Sequence[str], tagger: pycrfsuite.Tagger | None = None) -> list[str]:
    """BIO tags (``B-PER``, ``I-LOC``, ``O`` ...) for one sentence's tokens, as written.

    ``tagger`` defaults to the shipped one; training and evaluation pass their own.
    """
    if not tokens:
        return []
    if tagger is None:
        return list(load_tagger().tag(_shipped_features()(tokens)))
    return list(tagger.tag(sentence_features(tokens)))


@cache
def _shipped_features() -> SentenceFeatures:
    """Features for the shipped model: only the attributes it has weights for (the same tags, sooner)."""
    return SentenceFeatures(frozenset(attribute for attribute, _ in load_tagger().info().state_features))
