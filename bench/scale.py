"""Single-machine scaling on SaudiNewsNet: 1k, 10k and all 31,030 articles in one run.

    .venv/bin/python bench/scale.py                      # 1000, 10000, all; with the datasketch baseline
    .venv/bin/python bench/scale.py --sizes 1000 5000 --no-baseline

Each size runs in a fresh process (so its peak resident memory is its own) over the first N articles,
written first (not timed) as JSON lines shards of 5,000 articles, as an archive export comes in several
files (the Spark bench reads the same shards). Per stage — ingest+clean (:func:`marsad.pipeline.load_articles`), dedup
(:func:`marsad.dedup.find_duplicates`), borrowed passages, cluster (:func:`marsad.cluster.cluster_stories`)
— it prints wall seconds, CPU seconds and articles per second; then end to end (ingest → cluster) and the
peak RSS. Then the scaling exponent: the slope of log(wall seconds) against log(articles), per stage
and end to end (1 is linear).

The dedup baseline is plain datasketch as one would write it: word 5-gram shingles as UTF-8 strings,
``MinHash(num_perm=128).update_batch`` per document, every document inserted into
``MinHashLSH(threshold=0.8)`` and queried. It runs twice: over plain white-space words (``str.split``),
and over marsad's normalized words (``text_words``: the same shingles marsad uses, normalization cost
included). Its pairs are the LSH candidates and, shown apart, those whose datasketch estimated Jaccard
is at least 0.8 ("kept"). The kept pairs are then split by their exact 5-gram Jaccard (marsad's
normalized words): at 0.8 or more they are duplicates by the definition both use, and the bench counts
how many of them marsad finds; below, they are the estimator's noise near the threshold, counted
apart. marsad's pairs are all pairs inside its duplicate groups (exact and near). Measured in the same
process, on the same clean articles, right after marsad's dedup.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from itertools import combinations, islice
from pathlib import Path

import numpy as np
from datasketch import MinHash, MinHashLSH

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import saudinewsnet_records, write_jsonl
from marsad.dedup.shingle import text_words

SHARD = 5000
STAGES = ("ingest+clean", "dedup (duplicates)", "borrowed passages", "cluster")


def write_shards(limit: int | None, folder: Path) -> tuple[list[str], int]:
    """The first ``limit`` SaudiNewsNet articles as JSON lines files of ``SHARD`` articles each."""
    records = saudinewsnet_records(limit)
    paths, total = [], 0
    while chunk := list(islice(records, SHARD)):
        path = folder / f"part-{len(paths):03d}.jsonl"
        total += write_jsonl(iter(chunk), path)
        paths.append(str(path))
    return paths, total


class Clock:
    """Wall and CPU seconds of each stage."""

    def __init__(self) -> None:
        self.stages: dict[str, tuple[float, float]] = {}

    def measure(self, stage: str, work, *args, **kwargs):
        wall, cpu = time.perf_counter(), cpu_seconds()
        result = work(*args, **kwargs)
        self.stages[stage] = (time.perf_counter() - wall, cpu_seconds() - cpu)
        return result


def cpu_seconds() -> float:
    """CPU seconds of this process and of its finished child processes (the pipeline's workers)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def datasketch_baseline(articles, words_of, threshold: float = 0.8, num_perm: int = 128) -> tuple[set, set]:
    """Plain datasketch near-duplicate search over the words ``words_of(text)`` gives: (LSH candidate
    pairs, those whose estimated Jaccard is at least ``threshold``)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    minhashes = {}
    for article in articles:
        words = words_of(article.text)
        shingles = [" ".join(words[i : i + 5]).encode() for i in range(max(len(words) - 4, 1))]
        minhash = MinHash(num_perm=num_perm)
        minhash.update_batch(shingles)
        minhashes[article.id] = minhash
        lsh.insert(article.id, minhash)
    candidates = {
        tuple(sorted((i, j))) for i, minhash in minhashes.items() for j in lsh.query(minhash) if j != i
    }
    verified = {pair for pair in candidates if minhashes[pair[0]].jaccard(minhashes[pair[1]]) >= threshold}
    return candidates, verified


def exact_jaccard(a: str, b: str) -> float:
    """Jaccard similarity of the word 5-gram sets of two texts (normalized words)."""
    sets = [{tuple(w[i : i + 5]) for i in range(max(len(w) - 4, 1))} for w in (text_words(a), text_words(b))]
    return len(sets[0] & sets[1]) / max(len(sets[0] | sets[1]), 1)


def one_size(paths: list[str], baseline: bool) -> dict:
    """Run the stages once over ``paths``; the figures as a JSON-able dict."""
    from marsad.cluster import cluster_stories
    from marsad.dedup import borrowed_passages, find_duplicates
    from marsad.pipeline import load_articles

    clock = Clock()
    problems: list = []
    articles = clock.measure("ingest+clean", load_articles, paths, problems)
    duplicates = clock.measure("dedup (duplicates)", find_duplicates, articles)
    borrowed = clock.measure("borrowed passages", borrowed_passages, articles, skip=duplicates)
    stories = clock.measure("cluster", cluster_stories, articles)
    figures = {
        "articles": len(articles),
        "problems": len(problems),
        "duplicate_groups": len(duplicates),
        "borrowed": len(borrowed),
        "stories": len(stories),
        "stories_2plus": sum(1 for s in stories if len(s) > 1),
        "stages": clock.stages,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "peak_worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }
    if baseline:
        ours = {tuple(sorted(pair)) for group in duplicates for pair in combinations(group.articles, 2)}
        text_of = {article.id: article.text for article in articles}
        figures["baselines"] = {}
        for name, words_of in (("plain words", str.split), ("normalized words", text_words)):
            candidates, verified = clock.measure(name, datasketch_baseline, articles, words_of)
            true = {pair for pair in verified if exact_jaccard(text_of[pair[0]], text_of[pair[1]]) >= 0.8}
            figures["baselines"][name] = {
                "seconds": clock.stages[name],
                "marsad_pairs": len(ours),
                "candidate_pairs": len(candidates),
                "verified_pairs": len(verified),
                "verified_found_by_marsad": len(verified & ours),
                "candidates_found_by_marsad": len(candidates & ours),
                "verified_exact_08": len(true),
                "verified_exact_08_found_by_marsad": len(true & ours),
                "verified_below_08_found_by_marsad": len((verified - true) & ours),
            }
    return figures


def report(sizes: list[dict]) -> None:
    for figures in sizes:
        n = figures["articles"]
        print(
            f"\n== {n} articles ({figures['problems']} problems): {figures['duplicate_groups']} duplicate "
            f"groups, {figures['borrowed']} borrowed passages, {figures['stories']} stories "
            f"({figures['stories_2plus']} with 2+)"
        )
        print(f"{'stage':<22} {'wall s':>8} {'CPU s':>8} {'articles/s':>11}")
        for stage in STAGES:
            wall, cpu = figures["stages"][stage]
            print(f"{stage:<22} {wall:8.2f} {cpu:8.2f} {n / wall:11.0f}")
        wall = sum(figures["stages"][s][0] for s in STAGES)
        cpu = sum(figures["stages"][s][1] for s in STAGES)
        print(f"{'end to end':<22} {wall:8.2f} {cpu:8.2f} {n / wall:11.0f}")
        print(
            f"peak resident memory: {figures['peak_rss_mb']:.0f} MB "
            f"(largest worker process: {figures.get('peak_worker_rss_mb', 0):.0f} MB, pages shared with the "
            "parent counted in both)"
        )
        ours_wall, ours_cpu = figures["stages"]["dedup (duplicates)"]
        for name, b in figures.get("baselines", {}).items():
            base_wall, base_cpu = b["seconds"]
            print(
                f"dedup vs datasketch baseline ({name}): marsad {ours_wall:.2f} s wall / {ours_cpu:.2f} s CPU "
                f"({n / ours_wall:.0f} articles/s), datasketch {base_wall:.2f} s / {base_cpu:.2f} s "
                f"({n / base_wall:.0f} articles/s): marsad {base_cpu / ours_cpu:.1f}x as fast by CPU, "
                f"{base_wall / ours_wall:.1f}x by wall"
            )
            below = b["verified_pairs"] - b["verified_exact_08"]
            print(
                f"  pairs: marsad {b['marsad_pairs']}; datasketch {b['candidate_pairs']} LSH candidates "
                f"({b['candidates_found_by_marsad']} also marsad's), {b['verified_pairs']} kept at estimated "
                f"Jaccard >= 0.8 ({b['verified_found_by_marsad']} also marsad's)"
            )
            print(
                f"  of datasketch's kept pairs, {b['verified_exact_08']} have an exact 5-gram Jaccard >= 0.8: "
                f"marsad finds {b['verified_exact_08_found_by_marsad']} of them; {below} are below 0.8 "
                f"(estimator noise; {b['verified_below_08_found_by_marsad']} of them are in marsad's groups "
                "through a chain of copies)"
            )
    if len(sizes) > 1:
        print("\nscaling exponent (slope of log wall time vs log articles; CPU in brackets):")
        n = np.log([f["articles"] for f in sizes])
        for stage in (*STAGES, "end to end"):
            wall, cpu = (np.polyfit(n, np.log([_seconds(f, stage, k) for f in sizes]), 1)[0] for k in (0, 1))
            print(f"{stage:<22} {wall:5.2f} ({cpu:.2f})")


def _seconds(figures: dict, stage: str, k: int) -> float:
    """Wall (``k=0``) or CPU (``k=1``) seconds of a stage, or of ingest → cluster for ``end to end``."""
    if stage == "end to end":
        return sum(figures["stages"][s][k] for s in STAGES)
    return figures["stages"][stage][k]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", nargs="+", type=int, default=[1000, 10000, -1], help="-1 means all")
    parser.add_argument("--no-baseline", action="store_true", help="skip the datasketch baseline")
    parser.add_argument("--one", nargs="+", help=argparse.SUPPRESS)  # a child run over these shards
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_size(args.one, not args.no_baseline)))
        return
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            folder = Path(tmp) / f"n{size}"
            folder.mkdir()
            paths, total = write_shards(None if size < 0 else size, folder)
            command = [sys.executable, __file__, "--one", *paths]
            if args.no_baseline:
                command.append("--no-baseline")
            print(f"running {total} articles ...", file=sys.stderr, flush=True)
            done = subprocess.run(command, check=True, capture_output=True, text=True)
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    report(results)


if __name__ == "__main__":
    main()
