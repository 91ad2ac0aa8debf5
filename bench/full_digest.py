"""The full digest on SaudiNewsNet, stage by stage: what `marsad digest` does, timed and measured.

    .venv/bin/python bench/full_digest.py                 # all 31,030 articles, one worker per core
    .venv/bin/python bench/full_digest.py --limit 2000 --workers 1

Stages, as :func:`marsad.pipeline.digest` runs them and the CLI then renders: ingest+clean
(:func:`~marsad.pipeline.load_articles`), "dedup | cluster" (:func:`~marsad.pipeline.find_and_cluster`:
duplicates and borrowed passages in a forked process while this one clusters, with two cores or more),
reading stories out (:func:`~marsad.pipeline.build_stories`
on those clusters: entities, times, figures, quotes, claims, naming, title, summary), then the Markdown
briefing and the JSON document (written to a temporary file, as ``--json`` does). Input: the SaudiNewsNet
JSON lines written first (not timed).

Per stage: wall seconds, CPU seconds of this process and its finished workers, articles per second, and
the peak summed proportional set size (below) while it ran.
Memory: this process's peak resident set, the largest worker's, and the peak of the **summed
proportional set size** of this process and its workers (shared pages split between the processes that
share them) — what the run costs the machine. It is sampled every second by a separate process (a sampling
thread would keep the pipeline from forking its workers). Reading ``smaps_rollup`` costs about 25 ms of
CPU per 2 GB process: sampled every 0.2 s, as at first, the sampler took a third of a core from the run
it measured. Its CPU time is printed.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import saudinewsnet_records, write_jsonl

# Sums the Pss of a process and its children from /proc every second; appends "time kB" lines to a file.
_SAMPLER = r"""
import os, sys, time
root, out = int(sys.argv[1]), sys.argv[2]
def pss(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            return sum(int(line.split()[1]) for line in f if line.startswith("Pss:"))
    except OSError:
        return 0
def children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(c) for c in f.read().split()]
    except OSError:
        return []
while os.getppid() == root:
    now = pss(root) + sum(pss(c) for c in children(root) if c != os.getpid())
    with open(out, "a") as f:
        f.write(f"{time.time()} {now}\n")
    time.sleep(1.0)
"""


def cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="first N SaudiNewsNet articles (default: all)")
    parser.add_argument("--workers", type=int, help="worker processes (default: one per available core)")
    args = parser.parse_args()

    from marsad.model import Digest
    from marsad.pipeline import available_cores, build_stories, find_and_cluster, load_articles
    from marsad.render import write_digest_json, write_digest_markdown

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "saudinewsnet.jsonl"
        records = write_jsonl(saudinewsnet_records(args.limit), path)
        samples_file = Path(folder) / "pss-samples"
        sampler = subprocess.Popen([sys.executable, "-c", _SAMPLER, str(os.getpid()), str(samples_file)])
        stages: list[tuple[str, float, float]] = []
        spans: list[tuple[float, float]] = []  # each stage's start and end, on the sampler's clock

        def timed(label, work, *a, **k):
            wall, cpu, start = time.perf_counter(), cpu_seconds(), time.time()
            result = work(*a, **k)
            stages.append((label, time.perf_counter() - wall, cpu_seconds() - cpu))
            spans.append((start, time.time()))
            return result

        problems: list = []
        # as ``marsad digest`` reads them: the raw and extracted texts let go once clean
        articles = timed("ingest+clean", load_articles, [path], problems, workers=args.workers, keep_input=False)
        duplicates, borrowed, groups = timed("dedup | cluster", find_and_cluster, articles, workers=args.workers)
        stories = timed(
            "read stories", build_stories, articles, borrowed=borrowed, duplicates=duplicates,
            workers=args.workers, groups=groups,
        )
        digest = Digest(tuple(articles), tuple(stories), tuple(duplicates), tuple(borrowed), tuple(problems))
        def write_markdown() -> int:  # as ``marsad digest`` prints it: streamed
            with (Path(folder) / "digest.md").open("w", encoding="utf-8") as out:
                write_digest_markdown(digest, out)
            return (Path(folder) / "digest.md").stat().st_size

        markdown_bytes = timed("render Markdown", write_markdown)

        def write_json() -> int:  # as ``marsad digest --json`` writes a large digest: streamed
            with (Path(folder) / "digest.json").open("w", encoding="utf-8") as out:
                write_digest_json(digest, out)
            return (Path(folder) / "digest.json").stat().st_size

        json_bytes = timed("render JSON", write_json)
        children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        sampler.terminate()
        sampler.wait()
        children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        sampler_cpu = (children_after.ru_utime + children_after.ru_stime
                       - children_before.ru_utime - children_before.ru_stime)
        lines = samples_file.read_text().splitlines() if samples_file.exists() else []  # none on a very short run
        samples = [tuple(map(float, line.split())) for line in lines]
        summed = max((kb for _, kb in samples), default=float("nan")) / 1024
        # a stage's peak: the samples taken while it ran, and the one just after (sampled every second)
        stage_peaks = [
            max((kb for t, kb in samples if start <= t <= end + 1.0), default=float("nan")) / 1024
            for start, end in spans
        ]

    n = len(articles)
    print(f"SaudiNewsNet: {records} records -> {n} articles, {len(problems)} problems; {len(duplicates)} duplicate "
          f"groups, {len(borrowed)} borrowed passages, {len(stories)} stories "
          f"({sum(1 for s in stories if len(s.articles) > 1)} with 2+); workers: "
          f"{args.workers or available_cores()}")
    print(f"Markdown {markdown_bytes / 1e6:.1f} MB, JSON {json_bytes / 1e6:.1f} MB (UTF-8)")
    print(f"{'stage':<22} {'wall s':>8} {'CPU s':>8} {'articles/s':>11} {'peak MB':>8}")
    for (label, wall, cpu), peak in zip(stages, stage_peaks, strict=True):
        print(f"{label:<22} {wall:8.2f} {cpu:8.2f} {n / wall:11.0f} {peak:8.0f}")
    through_read = sum(wall for label, wall, _ in stages if not label.startswith("render"))
    through_cluster = sum(wall for label, wall, _ in stages[:2])
    print(f"{'ingest -> cluster':<22} {through_cluster:8.2f}")
    everything = sum(wall for _, wall, _ in stages)
    cpu = sum(c for _, _, c in stages)
    print(f"{'digest (no render)':<22} {through_read:8.2f}")
    print(f"{'digest + Markdown + JSON':<22} {everything:8.2f} {cpu:8.2f} {n / everything:11.0f}")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak resident memory: this process {own:.0f} MB, largest worker {worker:.0f} MB; "
          f"peak summed proportional set size (this process and its workers): {summed:.0f} MB "
          f"(sampled every second, the stages' column above; the sampler used {sampler_cpu:.1f} s of CPU)")


if __name__ == "__main__":
    main()
