"""One new article into a large store: how long until it is filed into its story and that story is read.

    .venv/bin/python bench/incremental.py                    # a store of 30,000 SaudiNewsNet articles, 100 new
    .venv/bin/python bench/incremental.py --stored 3000 --new 50

Issue 18's bound: on a store of 30,000 articles, one new article joins its story in under 1 s (median).

The first ``--stored`` clean SaudiNewsNet articles (file order, which is day order) are filed into a
fresh SQLite store in batches of 500 with stories grown as they arrive but not read out
(``StoryBuilder(read_stories=False)``: reading 11,000 stories is the digest's cost, measured by
``bench/full_digest.py``, not this one's). Then a story a new article joins is read whole the first time,
each of its articles too. With ``--read-stored`` the stories are read as they grow, as ``marsad ingest``
does, and the store keeps every article's reading: the store a user has (filing takes far longer). Then each of the next ``--new`` articles is ingested alone, as
``marsad ingest`` or ``POST /api/ingest`` of one article does, with the full story stages: filed into a
stored story (or a new one), and the stories it changed read again (entities, quotes, timeline, summary).
Printed: the time of each of those single ingests (median, p90, max), how many joined a stored story, and
the size of the stories they joined.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import saudinewsnet_records, write_jsonl
from marsad.pipeline import load_articles
from marsad.store import open_store
from marsad.store.stories import StoryBuilder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stored", type=int, default=30_000, help="articles in the store before the new ones")
    parser.add_argument("--new", type=int, default=100, help="articles then ingested one at a time")
    parser.add_argument(
        "--read-stored", action="store_true",
        help="file the stored articles with their stories read out, as `marsad ingest` does (kept readings)",
    )
    parser.add_argument("--keep", type=Path, help="copy the store, as it was before the new articles, here")
    parser.add_argument(
        "--start-from", type=Path, help="a store kept by --keep with the same --stored: copied and used instead of filing one"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "saudinewsnet.jsonl"
        write_jsonl(saudinewsnet_records(), source)
        problems: list = []
        articles = load_articles([str(source)], problems)
        if len(articles) < args.stored + args.new:
            raise SystemExit(f"only {len(articles)} clean articles: fewer than --stored + --new")
        stored, new = articles[: args.stored], articles[args.stored : args.stored + args.new]
        url = f"sqlite:///{folder / 'store.db'}"
        if args.start_from:
            shutil.copyfile(args.start_from, folder / "store.db")
            with open_store(url) as store:
                stories = store.count()
            if stories[0] != len(stored):
                raise SystemExit(f"{args.start_from} holds {stories[0]} articles, not --stored {len(stored)}")
            print(f"store: {args.start_from} ({len(stored)} articles filed into stories); counts {stories}")
        else:
            with open_store(url) as store:
                started = time.perf_counter()
                store.ingest(stored, batch_size=500, stories=StoryBuilder(read_stories=args.read_stored))
                filed = time.perf_counter() - started
                stories = store.count()
            how = "read out" if args.read_stored else "not read out"
            print(f"store: {len(stored)} articles filed into stories in {filed:.0f} s ({how}); counts {stories}")
        if args.keep:
            shutil.copyfile(folder / "store.db", args.keep)
        builder = StoryBuilder()
        seconds: list[float] = []
        joined: list[int] = []
        with open_store(url) as store:
            for article in new:
                started = time.perf_counter()
                store.ingest([article], stories=builder)
                seconds.append(time.perf_counter() - started)
                size = len(store.story(store.story_of(article.id)).articles)
                if size > 1:
                    joined.append(size)
        seconds.sort()
        p90 = seconds[min(len(seconds) - 1, int(0.9 * len(seconds)))]
        print(
            f"{len(new)} new articles, one ingest each: median {statistics.median(seconds):.3f} s, "
            f"p90 {p90:.3f} s, max {seconds[-1]:.3f} s"
        )
        sizes = sorted(joined)
        print(
            f"{len(joined)} joined a stored story, {len(new) - len(joined)} opened one"
            + (f"; the stories joined had {sizes[0]}-{sizes[-1]} articles then (median {statistics.median(sizes):.0f})"
               if sizes else "")
        )


if __name__ == "__main__":
    main()
