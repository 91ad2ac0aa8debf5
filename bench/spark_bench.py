"""The Spark job in local mode on SaudiNewsNet: 1k, 10k and all 31,030 articles.

    .venv/bin/python bench/spark_bench.py                 # local[2], ingest → cluster, no story reading
    .venv/bin/python bench/spark_bench.py --sizes 1000 --read --master local[2]

For each size, the first N articles are written (not timed) as JSON lines shards of 5,000 articles, the
same input ``bench/scale.py`` gives one machine, and ``python -m marsad.scale digest`` runs on them in a
fresh process. Prints its per-stage seconds and articles per second, and the peak resident memory of
the driver's Python process (the JVM's heap is capped by ``spark.driver.memory``, 2 GB by default).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import write_shards


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", nargs="+", type=int, default=[1000, 10000, -1], help="-1 means all")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--read", action="store_true", help="read stories out too (extraction, summaries)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            folder = Path(tmp) / f"n{size}"
            folder.mkdir()
            paths, total = write_shards(None if size < 0 else size, folder)
            command = [
                sys.executable,
                "-m",
                "marsad.scale",
                "digest",
                *paths,
                "--master",
                args.master,
                "--json",
            ]
            command += ["--out", str(folder / "out")]
            if not args.read:
                command.append("--no-read")
            wrapper = (
                "import resource, runpy, sys; sys.argv = sys.argv[1:]; "
                "code = 0\ntry:\n    runpy.run_module('marsad.scale', run_name='__main__')\n"
                "except SystemExit as exit:\n    code = exit.code or 0\n"
                "print('RSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\nsys.exit(code)"
            )
            done = subprocess.run(
                [sys.executable, "-c", wrapper, *command[2:]], check=True, capture_output=True, text=True
            )
            lines = done.stdout.strip().splitlines()
            report = json.loads(lines[-2])
            driver_mb = lines[-1].split()[1]
            n = report["articles"]
            print(
                f"\n== Spark {args.master}, {total} articles in: {n} usable, {report['problems']} problems; "
                f"{report['duplicate_groups']} duplicate groups, {report['borrowed_passages']} borrowed "
                f"passages, {report['stories']} stories ({report['stories_with_2_or_more']} with 2+)"
            )
            for stage, seconds in report["seconds"].items():
                print(f"{stage:<28} {seconds:8.2f} s  {n / seconds if seconds else 0:10.0f} articles/s")
            print(f"peak resident memory of the driver's Python: {float(driver_mb):.0f} MB")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
