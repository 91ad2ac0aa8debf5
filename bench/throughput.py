"""Articles per second and peak memory of ingest → clean → dedup → cluster.

    python bench/throughput.py PATH...            # folders, files or JSONL, as `marsad digest` reads them
    python bench/throughput.py --saudinewsnet [N] # the first N SaudiNewsNet articles (all 31,030 by default)

SaudiNewsNet is first written to a temporary JSONL file (not timed), so ingest is measured on the
same reader users run. Prints one line per stage and the end-to-end figure.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import saudinewsnet_records, write_jsonl
from marsad.cluster import cluster_stories
from marsad.dedup import borrowed_passages, find_duplicates
from marsad.model import Problem
from marsad.pipeline import load_articles


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", help="inputs to read")
    parser.add_argument("--saudinewsnet", nargs="?", const=-1, type=int, metavar="N",
                        help="use the first N SaudiNewsNet articles (default: all)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        paths = list(args.paths)
        if args.saudinewsnet is not None:
            limit = None if args.saudinewsnet < 0 else args.saudinewsnet
            jsonl = Path(tmp) / "saudinewsnet.jsonl"
            n = write_jsonl(saudinewsnet_records(limit), jsonl)
            print(f"input: SaudiNewsNet, {n} articles ({jsonl.stat().st_size / 2**20:.1f} MB JSONL)")
            paths.append(str(jsonl))
        if not paths:
            parser.error("give PATH... or --saudinewsnet")

        timings: list[tuple[str, float]] = []
        problems: list[Problem] = []
        t0 = time.perf_counter()
        articles = load_articles(paths, problems)
        timings.append(("ingest+clean", time.perf_counter() - t0))
        n = len(articles)

        t = time.perf_counter()
        duplicates = find_duplicates(articles)
        timings.append(("dedup (duplicates)", time.perf_counter() - t))
        t = time.perf_counter()
        borrowed = borrowed_passages(articles, skip=duplicates)
        timings.append(("dedup (borrowed passages)", time.perf_counter() - t))
        t = time.perf_counter()
        stories = cluster_stories(articles)
        timings.append(("cluster", time.perf_counter() - t))
        total = time.perf_counter() - t0

    print(f"articles: {n} usable, {len(problems)} problems; {len(duplicates)} duplicate groups, "
          f"{len(borrowed)} borrowed passages, {len(stories)} stories "
          f"({sum(1 for s in stories if len(s) > 1)} with 2+ articles)")
    for problem in problems[:5]:
        print(f"  {problem}")
    if len(problems) > 5:
        print(f"  ... and {len(problems) - 5} more problems")
    for stage, seconds in timings:
        print(f"{stage:<28} {seconds:8.2f} s  {n / seconds if seconds else float('inf'):10.0f} articles/s")
    print(f"{'end to end':<28} {total:8.2f} s  {n / total:10.0f} articles/s")
    print(f"peak resident memory: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
