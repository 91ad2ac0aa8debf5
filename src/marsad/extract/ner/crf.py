"""The ``crf`` entity tagger, the default: a CRF over word features (python-crfsuite).

The model (``marsad/extract/models/ner.crfsuite``) is trained by ``scripts/train_ner.py`` on NewsFANE
(CC BY-SA 3.0), with the features of :mod:`marsad.extract.ner.features`. ``bench/ner_eval.py --tagger all``
measures it beside the ``fast`` and ``accurate`` taggers (docs/ner.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources

import pycrfsuite

from .features import SentenceFeatures, sentence_features

__all__ = ["MODEL_NAME", "CrfTagger", "load_crf_tagger"]

MODEL_NAME = "ner.crfsuite"


class CrfTagger:
    """The shipped CRF and the features it has weights for."""

    def __init__(self, data: bytes) -> None:
        # crfsuite reads the model in place: the bytes must live as long as the tagger (freeing them
        # crashes the process), so they are kept together
        self._data = data
        self.model = pycrfsuite.Tagger()
        self.model.open_inmemory(data)
        # only the attributes the model has weights for: the same tags, sooner (crfsuite skips the others)
        self.features = SentenceFeatures(frozenset(attribute for attribute, _ in self.model.info().state_features))

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each sentence's tokens (as written), one sentence at a time."""
        return [list(self.model.tag(self.features(tokens))) if tokens else [] for tokens in sentences]

    def tag_with_all_features(self, tokens: Sequence[str]) -> list[str]:
        """Tags from the full feature set, as training builds it (to check :attr:`features` loses nothing)."""
        return list(self.model.tag(sentence_features(tokens)))


@cache
def load_crf_tagger() -> CrfTagger:
    """The shipped CRF, read from package data once per process. Raises ``FileNotFoundError`` when the
    model file is missing from the installed package."""
    return CrfTagger(resources.files("marsad.extract").joinpath("models", MODEL_NAME).read_bytes())
