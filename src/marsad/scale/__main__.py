"""``python -m marsad.scale digest INPUT... --out DIR``: the Spark digest job from the command line.

Inputs are JSON lines files or Parquet datasets (local paths or any URI Spark reads: ``hdfs://``,
``s3a://``). Prints one line per stage with its seconds and articles per second, then what was found;
``--json`` prints the same as one JSON object. Exit code 0 on success, 1 when no article could be used,
2 when an input is not one the job reads (a folder of .txt, .html or feeds: ``marsad digest`` reads
those), said in one line before Spark starts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from marsad.settings import SettingsError, load_settings

from .ingest import unreadable_input
from .job import run_digest
from .session import spark_session

__all__ = ["main"]


def main(argv: Sequence[str] | None = None, prog: str = "python -m marsad.scale") -> int:
    """Parse ``argv`` (default ``sys.argv[1:]``), run the job, print the report; return the exit code.

    ``marsad spark digest ...`` calls it with ``prog="marsad spark"``."""
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    job = commands.add_parser("digest", help="ingest, clean, dedup, cluster and read stories on Spark")
    job.add_argument("inputs", nargs="+", help="JSON lines files or Parquet datasets")
    job.add_argument("--out", help="folder for the Parquet and JSON lines outputs (not written when absent)")
    job.add_argument("--master", default="local[2]", help="Spark master (default: local[2])")
    job.add_argument("--partitions", type=int, help="input and shuffle partitions (default: 2 a core)")
    job.add_argument("--block-days", type=int, help="cluster per block of N days (default: one block)")
    job.add_argument(
        "--no-read", action="store_true", help="stop after clustering: no extraction or summaries"
    )
    job.add_argument("--json", action="store_true", help="print the report as JSON")
    job.add_argument("--config", help="TOML file of settings (as `marsad digest --config`; see marsad.settings)")
    args = parser.parse_args(argv)
    try:
        settings = load_settings(args.config)
    except SettingsError as error:
        print(f"{prog}: --config: {error}", file=sys.stderr)
        return 2
    refused = [(path, why) for path in args.inputs if (why := unreadable_input(path)) is not None]
    for path, why in refused:
        print(
            f"{prog}: cannot read {path}: {why}; the Spark job reads JSON lines and Parquet "
            "(use `marsad digest` for folders, .txt, .html and feeds)",
            file=sys.stderr,
        )
    if refused:
        return 2

    spark = spark_session(args.master, partitions=args.partitions)
    try:
        run = run_digest(
            spark,
            args.inputs,
            args.out,
            read=not args.no_read,
            block_days=args.block_days,
            partitions=args.partitions,
            settings=settings,
        )
    finally:
        spark.stop()
    report = {
        "articles": run.articles,
        "problems": len(run.problems),
        "duplicate_groups": len(run.duplicates),
        "borrowed_passages": len(run.borrowed),
        "stories": len(run.stories),
        "stories_with_2_or_more": sum(1 for ids in run.stories if len(ids) > 1),
        "seconds": {stage: round(seconds, 2) for stage, seconds in run.seconds.items()},
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        for stage, seconds in run.seconds.items():
            rate = run.articles / seconds if seconds else float("inf")
            print(f"{stage:<28} {seconds:8.2f} s  {rate:10.0f} articles/s")
        print(
            f"articles: {run.articles} usable, {len(run.problems)} problems; {len(run.duplicates)} duplicate "
            f"groups, {len(run.borrowed)} borrowed passages, {len(run.stories)} stories "
            f"({report['stories_with_2_or_more']} with 2+ articles)"
        )
    return 0 if run.articles else 1


if __name__ == "__main__":
    sys.exit(main())
