"""marsad's tunable values, in one place: a frozen :class:`Settings` with a section per stage.

Every value here was measured; the comment beside it says on what. A run takes one ``Settings`` (the
defaults unless given), and the batch digest, the store's story builder and the Spark job read the same
object, so that the same articles give the same stories whichever way they arrive.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["DEFAULT", "ClusterSettings", "Settings"]


@dataclass(frozen=True, slots=True)
class ClusterSettings:
    """Story clustering (:mod:`marsad.cluster`). Measured with ``bench/cluster_eval.py`` on the labelled
    SaudiNewsNet days, the MultiLing 2011 topics and the demo (docs/quality.md, "Story clustering")."""

    # --- articles to vectors (cluster/vectors.py) ---
    # The headline counts this many times, the first `lead_words` words of the text `lead_weight` times
    # and the rest of the text `body_weight` times: headline and lead name the event, the body wanders.
    title_weight: float = 3.0
    lead_words: int = 80
    lead_weight: float = 2.0
    body_weight: float = 0.5
    # Share of the cosine given to whole stems; the rest to the character n-grams of the stems rarer than
    # `gram_min_idf` in the background (0: of every stem; a floor near 6 keeps names and specific terms only,
    # faster on large corpora but it lost 6 points of B-cubed F1 on MultiLing and the demo's bridge).
    word_share: float = 0.5
    gram_min_idf: float = 0.0
    # An article with fewer distinct content stems than this (boilerplate left over, a bare caption) is
    # a story of its own: too little to say what it is about.
    min_content_stems: int = 4

    # --- the similarity graph (cluster/graph.py) ---
    # Pairs less similar than `floor` are never compared; each article keeps its `neighbours` most
    # similar partners; pairs further apart in time than `window_days` are never linked.
    floor: float = 0.02
    neighbours: int = 50
    window_days: int = 1100

    # --- story linkage (cluster/linkage.py) ---
    # Two groups merge when the mean similarity over all their pairs reaches
    #   (threshold + density_slope * ln(density / 2)) * (1 + gap / gap_days),
    # density being the mean number of articles published within `density_days` of the groups' articles
    # (the more reports compete on the same days, the more alike two must be to be one story: the
    # similarity an unrelated pair reaches by chance grows with the number of pairs) and gap the fewest
    # days between an article of one and an article of the other (a follow-up months later must resemble
    # its story more than a report of the same day).
    threshold: float = 0.1
    density_slope: float = 0.02
    density_days: int = 1
    gap_days: float = 730.0

    # --- the angles of one event (cluster/anchors.py) ---
    # A group of `anchor_min_articles` articles from `anchor_min_outlets` outlets or more is described by
    # its anchors: the stems in at least `anchor_share` of its articles, rarer than `anchor_min_idf`.
    # Two such groups are one story when the anchors they share weigh `anchor_overlap` of the lighter
    # set; a smaller group joins one when its articles hold `anchor_attach` of the group's anchor weight.
    anchor_min_articles: int = 3
    anchor_min_outlets: int = 2
    anchor_share: float = 0.5
    anchor_min_idf: float = 3.5
    anchor_overlap: float = 0.4
    anchor_attach: float = 0.5
    anchor_days: int = 7

    # --- which stories come first (cluster/importance.py) ---
    # Each `recency_days` a story is older than another costs as much as e times more outlets.
    recency_days: float = 3.0


@dataclass(frozen=True, slots=True)
class Settings:
    """All of marsad's settings; ``Settings()`` is the defaults."""

    cluster: ClusterSettings = field(default_factory=ClusterSettings)


DEFAULT = Settings()
