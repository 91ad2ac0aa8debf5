"""Learn word clusters from unlabelled Arabic text for the entity tagger's distributional features.

    .venv/bin/python scripts/ner_wiki_sentences.py text     # first, once: the Wikipedia sentences
    .venv/bin/python scripts/train_word_clusters.py [--wiki DIR | --news DIR] [--out FILE]

A name the tagger never saw in training (``ماتيراتزي``، ``لاغونتواز``) usually shares its contexts with
names it did see: the cluster of a word generalises what the CRF learnt about its neighbours in the
cluster. Method (Levy, Goldberg & Dagan, TACL 2015, "Improving distributional similarity with lessons
learned from word embeddings"; clusters as CRF features as in Turian et al., ACL 2010):

1. words are matching keys (:func:`marsad.text.normalize_key`), numbers one class;
2. each of the ``--vocab`` most frequent words (seen ``--min-count`` times at least) is described by its
   immediate neighbours, direction and distance kept (left 2, left 1, right 1, right 2 — Brown-cluster-
   like contexts, which group words by their role in the phrase rather than by topic), over the
   ``--contexts`` most frequent words;
3. positive PMI with context-distribution smoothing (0.75), truncated SVD to ``--dims`` dimensions
   (singular values weighted by their square root), rows scaled to unit length, k-means into
   ``--clusters`` clusters;
4. a second round (``--no-pool`` skips it) with the first round's clusters of the context words as
   contexts: a rare word's few contexts are pooled into classes, which gave rare names (``غانا``،
   ``سلوفينيا``) the cluster of their peers where the first round had put them with noise;
5. Ward's hierarchy over the final centroids cut at 16, 64 and 256 clusters, so every word gets four
   nested ids, coarse to fine.

Source (the shipped table): the Arabic Wikipedia sentences that ``scripts/ner_wiki_sentences.py text``
chose from ``arwiki-2017-comparable.jsonl.gz`` (CC BY-SA 4.0; 296,038 sentences, 7.7M tokens, the
articles that overlap AQMAR left out), in ``--wiki DIR`` (default ``/tmp/ner-work``). The table is an
adaptation of that text and ships under CC BY-SA 4.0. ``--news DIR`` learns from SaudiNewsNet instead
(31k articles of 2015 from 14 Saudi outlets, 10M tokens): that table is CC BY-NC-SA 4.0 and must not ship
(docs/ner.md). Measured with the CRF (docs/ner.md, stop 31): no table 71.41 / 53.44 (NewsFANE held-out /
AQMAR, whole recognizer), Wikipedia's 73.39 / 58.22. Clusters learnt from the NewsFANE training part
(0.13M words) did not help.

No evaluation text is read. Writes ``src/marsad/extract/models/ner-clusters.tsv.gz``
(``word<TAB>c16<TAB>c64<TAB>c256<TAB>c1024`` lines, sorted, gzipped without a timestamp so that a rerun
gives the same bytes) and its record beside it (``ner-clusters.json``: source, licence, parameters,
checksum), which ``scripts/train_ner.py`` copies into the model's record. Deterministic (fixed seeds, one
thread); 92 s from Wikipedia on one core.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

# One BLAS thread: the machine is shared, and a fixed thread count keeps the run reproducible.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import numpy as np
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.cluster import MiniBatchKMeans
from sklearn.decomposition import TruncatedSVD

from marsad.extract.ner.features import CLUSTERS_NAME, CLUSTERS_RECORD
from marsad.text import normalize_key, tokenize

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_wiki_sentences import DEFAULT_WORK, read_sentences

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "src" / "marsad" / "extract" / "models" / CLUSTERS_NAME

NUMBER = "<num>"
LEVELS = (16, 64, 256)  # cuts of the hierarchy over the k-means centroids, coarse to fine
SEED = 0


def _news_lines(folder: Path) -> Iterator[str]:
    """Titles and paragraphs of every SaudiNewsNet article (zips of JSON lists, one per day)."""
    for path in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in sorted(archive.namelist()):
                for item in json.loads(archive.read(name)):
                    yield item.get("title") or ""
                    yield from (item.get("content") or "").splitlines()


def _tokenized_lines(lines: Iterator[str]) -> Iterator[list[str]]:
    keys: dict[str, str] = {}
    for line in lines:
        out = []
        for token in tokenize(line):
            if token.kind == "number":
                out.append(NUMBER)
                continue
            key = keys.get(token.text)
            if key is None:
                key = keys[token.text] = normalize_key(token.text)
            if key:
                out.append(key)
        if out:
            yield out


def _wiki_lines(work: Path) -> Iterator[str]:
    """The Wikipedia sentences ``scripts/ner_wiki_sentences.py text`` chose (AQMAR's articles left out),
    one line each."""
    return (" ".join(tokens) for tokens in read_sentences(work))


def cooccurrences(
    words: np.ndarray, contexts: np.ndarray, n_words: int, n_contexts: int, window: int
) -> sparse.csr_matrix:
    """Word x (offset, context) counts over the token stream. ``words[i]`` is token i's row (-1: none),
    ``contexts[i]`` its id as a context (-1: none); -1 also separates lines, so no context crosses one."""
    offsets = [d for d in range(-window, window + 1) if d]
    rows, cols = [], []
    for block, offset in enumerate(offsets):
        if offset < 0:
            w, c = words[-offset:], contexts[:offset]
        else:
            w, c = words[:-offset], contexts[offset:]
        keep = (w >= 0) & (w < n_words) & (c >= 0) & (c < n_contexts)
        rows.append(w[keep])
        cols.append(c[keep] + block * n_contexts)
    r, c = np.concatenate(rows), np.concatenate(cols)
    data = np.ones(len(r), dtype=np.float32)
    return sparse.csr_matrix((data, (r, c)), shape=(n_words, n_contexts * len(offsets)))


def ppmi(counts: sparse.csr_matrix, alpha: float = 0.75) -> sparse.csr_matrix:
    """Positive PMI with the context distribution raised to ``alpha`` (Levy et al. 2015)."""
    counts = counts.tocoo()
    total = counts.sum()
    word_sums = np.asarray(counts.sum(axis=1)).ravel()
    context_sums = np.asarray(counts.sum(axis=0)).ravel() ** alpha
    context_p = context_sums / context_sums.sum()
    pmi = np.log(counts.data / total / (word_sums[counts.row] / total) / context_p[counts.col])
    keep = pmi > 0
    return sparse.csr_matrix((pmi[keep].astype(np.float32), (counts.row[keep], counts.col[keep])), shape=counts.shape)


def _embedding(matrix: sparse.csr_matrix, dims: int) -> np.ndarray:
    """Rows of ``matrix`` reduced to ``dims`` by truncated SVD (U * S^0.5), scaled to unit length."""
    svd = TruncatedSVD(n_components=dims, algorithm="randomized", n_iter=7, random_state=SEED)
    vectors = svd.fit_transform(matrix) / np.sqrt(svd.singular_values_)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


def _clusters(vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """K-means cluster of each row, and the centroids."""
    kmeans = MiniBatchKMeans(n_clusters=k, random_state=SEED, batch_size=4096, n_init=3, max_iter=200)
    return kmeans.fit_predict(vectors), kmeans.cluster_centers_


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--wiki", type=Path, metavar="DIR", default=DEFAULT_WORK,
        help="the Wikipedia sentences of scripts/ner_wiki_sentences.py text (CC BY-SA 4.0; the default)",
    )
    source.add_argument(
        "--news", type=Path, metavar="DIR",
        help=f"SaudiNewsNet's zips instead (CC BY-NC-SA 4.0: not for the shipped table), e.g. {SHARED / 'news' / 'saudinewsnet' / 'dataset'}",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--vocab", type=int, default=100_000, help="most frequent words given a cluster")
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--contexts", type=int, default=10_000, help="most frequent words used as contexts")
    parser.add_argument("--window", type=int, default=2, help="context words each side")
    parser.add_argument("--dims", type=int, default=100)
    parser.add_argument("--clusters", type=int, default=1024)
    parser.add_argument("--no-pool", dest="pool", action="store_false", help="one round only (step 4 skipped)")
    args = parser.parse_args()

    started = time.perf_counter()
    lines = list(_tokenized_lines(_news_lines(args.news) if args.news else _wiki_lines(args.wiki)))
    counts = Counter(w for line in lines for w in line)
    ranked = [w for w, c in sorted(counts.items(), key=lambda x: (-x[1], x[0])) if c >= args.min_count]
    vocab = ranked[: args.vocab]
    index = {w: i for i, w in enumerate(ranked)}
    ids = np.concatenate(
        [np.append(np.fromiter((index.get(w, -1) for w in line), dtype=np.int64, count=len(line)), -1) for line in lines]
    )
    del lines
    n_contexts = min(args.contexts, len(ranked))
    matrix = ppmi(cooccurrences(ids, ids, len(vocab), n_contexts, args.window))
    fine, centroids = _clusters(_embedding(matrix, args.dims), args.clusters)
    if args.pool:
        # Second round: contexts are the first round's clusters of the context words, which pools the
        # few contexts of a rare word into classes that frequent words give reliable statistics for.
        classes = np.full(len(ranked) + 1, -1, dtype=np.int64)
        classes[:n_contexts] = fine[:n_contexts]
        matrix = ppmi(cooccurrences(ids, classes[ids], len(vocab), args.clusters, args.window))
        fine, centroids = _clusters(_embedding(matrix, args.dims), args.clusters)
    tree = linkage(centroids, method="ward")
    coarse = [fcluster(tree, level, criterion="maxclust") - 1 for level in LEVELS]

    rows = sorted(
        f"{w}\t" + "\t".join(str(int(level[fine[i]])) for level in coarse) + f"\t{int(fine[i])}\n"
        for i, w in enumerate(vocab)
    )
    args.out.write_bytes(gzip.compress("".join(rows).encode("utf-8"), mtime=0))
    record = {
        "source": "SaudiNewsNet (Alhagri 2015)" if args.news else "Arabic Wikipedia 2017, arwiki-2017-comparable",
        "licence": "CC BY-NC-SA 4.0" if args.news else "CC BY-SA 4.0",
        "sentences_sha256": None if args.news else hashlib.sha256((args.wiki / "wiki-sentences.jsonl.gz").read_bytes()).hexdigest(),
        "tokens": int(sum(counts.values())),
        "words_with_cluster": len(vocab),
        "min_count": args.min_count,
        "contexts": n_contexts,
        "window": args.window,
        "dims": args.dims,
        "clusters": [*LEVELS, args.clusters],
        "seconds": round(time.perf_counter() - started, 1),
        "sha256": hashlib.sha256(args.out.read_bytes()).hexdigest(),
        "bytes": args.out.stat().st_size,
    }
    args.out.with_name(CLUSTERS_RECORD).write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    print(json.dumps(record, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
