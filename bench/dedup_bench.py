"""Dedup at scale: duplicate groups and borrowed passages over SaudiNewsNet.

    .venv/bin/python bench/dedup_bench.py [N] [--data DIR] [--signer numpy|datasketch]

Loads the first ``N`` articles (default: all 31,030) of SaudiNewsNet — one zip per day, each a JSON list
of {source, url, date_extracted, title, author, content} — turns them into clean articles (paragraphs
are the content's non-empty lines, sentences from marsad.text.split_sentences), then times
``find_duplicates`` and ``borrowed_passages`` and prints articles/s per step, what each step found, and
the peak resident memory of the process. Loading and sentence splitting are not timed: they belong to
ingest and clean.

The data set is not part of the repository (CC BY-NC-SA 4.0); ``--data`` defaults to the shared data
folder next to the repository, ``<repo>/../shared/data/news/saudinewsnet/dataset``.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from marsad.clean import clean_article as clean
from marsad.dedup import borrowed_passages, find_duplicates
from marsad.dedup.minhash import datasketch_signatures, numpy_signatures
from marsad.model import Article

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "saudinewsnet" / "dataset"
T = TypeVar("T")
SIGNERS = {"numpy": numpy_signatures, "datasketch": datasketch_signatures}


def clean_article(
    article_id: str, title: str, body: str, published: str | None, outlet: str | None
) -> Article:
    """A clean article from a plain body, through the clean stage users run."""
    return clean(Article(id=article_id, text="", extracted=body, title=title, published=published, outlet=outlet))


def load(data: Path, limit: int | None) -> list[Article]:
    """The first ``limit`` articles (all when None), day by day; ids are ``<day>/<index in the day>``."""
    articles: list[Article] = []
    for path in sorted(data.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            items = json.loads(archive.read(archive.namelist()[0]))
        for index, item in enumerate(items):
            if limit is not None and len(articles) >= limit:
                return articles
            articles.append(
                clean_article(
                    f"{path.stem}/{index}",
                    item.get("title") or "",
                    item.get("content") or "",
                    item.get("date_extracted"),
                    item.get("source"),
                )
            )
    return articles


def timed(label: str, count: int, call: Callable[[], T]) -> T:
    """Run ``call``; print its wall and CPU time and its throughput (wall clock); return its result."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = call()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label:<37} {wall:7.2f} s wall {cpu:7.2f} s cpu {count / wall:8.0f} articles/s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=None, help="number of articles (default: all)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of SaudiNewsNet day zips")
    parser.add_argument("--signer", choices=sorted(SIGNERS), default="numpy", help="MinHash implementation")
    args = parser.parse_args()
    if not args.data.is_dir():
        sys.exit(f"no SaudiNewsNet data in {args.data} (give --data)")

    start = time.perf_counter()
    articles = load(args.data, args.n)
    n = len(articles)
    print(
        f"loaded {n} articles, {sum(len(a.sentences) for a in articles)} sentences, "
        f"{sum(len(a.text) for a in articles) / 1e6:.1f} M characters in {time.perf_counter() - start:.1f} s"
    )

    signer = SIGNERS[args.signer]
    groups = timed(
        f"find_duplicates ({args.signer} MinHash)", n, lambda: find_duplicates(articles, signer=signer)
    )
    kinds = Counter(group.kind for group in groups)
    for kind in ("exact", "near"):
        members = sum(len(g.articles) for g in groups if g.kind == kind)
        print(f"  {kind:<5} groups {kinds[kind]:6d}, articles in them {members:6d}")

    passages = timed("borrowed_passages", n, lambda: borrowed_passages(articles, skip=groups))
    pairs = {(p.source.article, p.target.article) for p in passages}
    lengths = sorted(len(p.target) for p in passages)
    print(f"  passages {len(passages)} between {len(pairs)} article pairs", end="")
    if lengths:
        print(f"; target length median {lengths[len(lengths) // 2]} chars, max {lengths[-1]}")
    else:
        print()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
