"""How common each clustering feature is in Arabic at large: the background document frequencies.

Story clustering weighs a word by how rare it is (inverse document frequency). Fitting those weights on
the articles being clustered makes every similarity depend on the rest of the input: the same two
articles are more or less alike in a batch of five than in a batch of 30,000, a store that grows hour by
hour weighs a word differently each hour, and the stories of ``marsad ingest`` in batches drift from those
of one ``marsad digest``. On a handful of articles the fitted weights mean nothing at all (every word is
in one or two of them). So the weights come from a fixed background instead: the document frequency of
each stem and character n-gram (:func:`marsad.cluster.vectors.content_stems`,
:func:`~marsad.cluster.vectors.stem_grams`) over passages of Arabic Wikipedia, made by
``scripts/build_story_background.py`` and shipped in ``cluster/data/background-df.tsv.gz``.

The table derives from Arabic Wikipedia text (the Comparable Wikipedia Corpus, 2017 dump; CC BY-SA 4.0):
it is distributed under CC BY-SA 4.0 with that attribution (docs/quality.md, "Story clustering").
"""

from __future__ import annotations

import gzip
import math
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import numpy as np

from marsad.text import folded_stem

__all__ = ["BACKGROUND_NAME", "Background", "background", "background_share"]

BACKGROUND_NAME = "background-df.tsv.gz"


@dataclass(frozen=True)
class Background:
    """Document frequencies of stems and n-grams over ``passages`` background passages.

    :meth:`stem_idf` and :meth:`gram_idf` give scikit-learn's smoothed idf, ``ln((1 + n) / (1 + df)) + 1``,
    with ``df`` 0 for a feature the background never saw (the rarest weight); :meth:`folded_idf` that of a
    :func:`~marsad.text.folded_stem`, whose ``df`` is the sum of the ``df`` of the stems folding to it (a
    passage holding two of them counts twice: an upper bound, a little lower an idf).
    """

    passages: int
    stems: dict[str, int]
    grams: dict[str, int]
    folded: dict[str, int] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        for stem, df in self.stems.items():
            key = folded_stem(stem)
            self.folded[key] = self.folded.get(key, 0) + df

    def folded_idf(self, stem: str) -> float:
        return math.log((1 + self.passages) / (1 + self.folded.get(stem, 0))) + 1

    def stem_idf(self, stem: str) -> float:
        return math.log((1 + self.passages) / (1 + self.stems.get(stem, 0))) + 1

    def gram_idf(self, gram: str) -> float:
        return math.log((1 + self.passages) / (1 + self.grams.get(gram, 0))) + 1

    def stem_share(self, stem: str) -> float:
        """The share of background passages that hold ``stem``."""
        return self.stems.get(stem, 0) / self.passages


def background_share(idf: np.ndarray) -> np.ndarray:
    """The share of the background's passages holding each stem or n-gram, from its :meth:`Background.stem_idf`
    (the smoothed idf inverted: ``(1 + n) / exp(idf - 1) - 1`` passages of ``n``)."""
    passages = background().passages
    return np.maximum((1 + passages) / np.exp(np.asarray(idf, dtype=np.float64) - 1) - 1, 0) / passages


@cache
def background() -> Background:
    """The shipped background table (read once per process).

    Its first line is ``#passages<TAB>N``; then ``s<TAB>stem<TAB>df`` and ``g<TAB>gram<TAB>df`` lines.
    """
    data = resources.files("marsad.cluster").joinpath("data", BACKGROUND_NAME).read_bytes()
    lines = gzip.decompress(data).decode("utf-8").split("\n")
    head, _, count = lines[0].partition("\t")
    if head != "#passages":
        raise ValueError(f"{BACKGROUND_NAME}: first line must be '#passages<TAB>N'")
    stems: dict[str, int] = {}
    grams: dict[str, int] = {}
    for line in lines[1:]:
        if not line:
            continue
        kind, feature, df = line.split("\t")
        (stems if kind == "s" else grams)[feature] = int(df)
    return Background(int(count), stems, grams)
