"""Throughput and freshness of ``marsad watch`` on this machine (issue 15).

    .venv/bin/python bench/watch_bench.py                      # 50 sources, every 5 min, ~1 article/s, 10 min
    .venv/bin/python bench/watch_bench.py --sources 20 --minutes 3 --every 60
    .venv/bin/python bench/watch_bench.py --memory 2500     # memory over many articles, simulated clock

A loopback news web (``bench/newsreplay.py``) publishes real SaudiNewsNet articles at ``--rate`` articles
per second in all, spread over ``--sources`` feeds (each on its own loopback address, so the polite
client's one request per second per host applies as on the real web). A :class:`marsad.watch.Watcher`
polls each feed every ``--every`` seconds with the default politeness and stores into a SQLite store;
``marsad serve`` runs on the same store in a process of its own. After each committed batch a checker
fetches the story page of every new article until the article shows on it.

The run goes on after the last publication until every article is stored (the last ones wait for
their source's next poll), or one polling interval and a minute at most. Printed: what was published and
stored; freshness — from the first feed response that listed an article
to its story page showing it (what marsad adds), and from publication to the page (which the polling
interval dominates: on average half of it); the resident memory of the watching process, minute by
minute. The replay server lives in the same process: its memory (the articles, loaded at the start) is
in the figure and does not grow.
"""

from __future__ import annotations

import argparse
import itertools
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpora
import newsreplay
from marsad.memo import memo_entries
from marsad.store import open_store
from marsad.watch import BatchOutcome, Politeness, Source, WatchConfig, Watcher


def rss_mb() -> float:
    """Resident memory of this process, in MB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def build_outlets(sources: int, articles: int) -> list[newsreplay.Outlet]:
    """``sources`` feeds sharing ``articles`` SaudiNewsNet articles of two days (in corpus order), one
    article to each feed in turn; a feed is named after the outlet of its first article."""
    records = [r for r in itertools.chain(corpora.saudinewsnet_day("2015-08-01"), corpora.saudinewsnet_day("2015-08-02"))
               if r["text"].strip() and r["title"].strip()][:articles]
    if len(records) < articles:
        raise SystemExit(f"only {len(records)} usable articles in the two days")
    feeds: list[list[dict]] = [[] for _ in range(sources)]
    for i, record in enumerate(records):
        feeds[i % sources].append(record)
    outlets = []
    for n, chosen in enumerate(feeds):
        replayed = [newsreplay.ReplayArticle(k, r["title"].strip(), r["text"].strip(), 0.0) for k, r in enumerate(chosen, 1)]
        outlets.append(newsreplay.Outlet(f"feed{n:02d}-{chosen[0]['outlet']}", chosen[0]["outlet"], replayed))
    return outlets


def schedule(outlets: list[newsreplay.Outlet], rate: float) -> None:
    """Article i of all (feed i % n) published at i / rate seconds: ``rate`` articles a second in all."""
    n = len(outlets)
    for outlet_number, outlet in enumerate(outlets):
        for k, article in enumerate(outlet.articles):
            article.at = (k * n + outlet_number) / rate


def serve(db: str, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen([sys.executable, "-m", "marsad.cli", "serve", "--db", db, "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
            return process
        except httpx.HTTPError:
            time.sleep(0.3)
    process.kill()
    raise SystemExit("marsad serve did not start")


class Checker(threading.Thread):
    """Fetches the story page of each newly stored article until it shows the article's link."""

    def __init__(self, base: str) -> None:
        super().__init__(daemon=True)
        self.base = base
        self.todo: queue.Queue[tuple[str, str, str | None, float] | None] = queue.Queue()
        self.seen: dict[str, tuple[float, float]] = {}  # url -> (committed, seen on its page)
        self.missing: list[str] = []

    def run(self) -> None:
        with httpx.Client(timeout=10) as client:
            while (job := self.todo.get()) is not None:
                url, article_id, story, committed = job
                if story is None:
                    self.missing.append(url)
                    continue
                link = f"/articles/{quote(article_id, safe='')}"
                for _ in range(50):
                    page = client.get(f"{self.base}/stories/{story}")
                    if page.status_code == 200 and link in page.text:
                        self.seen[url] = (committed, time.time())
                        break
                    time.sleep(0.2)
                else:
                    self.missing.append(url)


def memory_run(sources: int, articles: int, every: float, step: int) -> None:
    """``--memory``: the same feeds on a simulated clock, polled as fast as the machine goes (one
    simulated second per article), printing the resident memory and the memo tables' entries every
    ``step`` articles: whether memory levels off once the tables are full."""
    clock_now = [0.0]
    outlets = build_outlets(sources, articles)
    schedule(outlets, 1.0)
    web = newsreplay.ReplayWeb(outlets, clock=lambda: clock_now[0]).start()
    config = WatchConfig(
        sources=tuple(Source(o.key, f"{o.base}/feed.xml", outlet=o.name, every=every) for o in outlets),
        politeness=Politeness(contact="https://newsroom.example/marsad", per_host=0.0),
    )
    folder = Path(tempfile.mkdtemp(prefix="marsad-watch-memory-"))
    print(f"memory: {articles} articles of {sources} feeds on a simulated clock, a poll of every feed each "
          f"{step} articles")
    print(f"{'stored':>8} {'RSS MB':>8} {'memo entries':>13} {'seconds':>8}")
    started = time.monotonic()
    with open_store(f"sqlite:///{folder / 'watch.db'}") as store:
        for now in range(0, articles + step + 1, step):
            clock_now[0] = float(now)
            Watcher(config, store, gather=0.2).run(once=True)
            print(f"{store.count()[0]:>8} {rss_mb():>8.0f} {memo_entries():>13,} {time.monotonic() - started:>8.0f}",
                  flush=True)
    web.stop()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=int, default=50)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--every", type=float, default=300.0, help="polling interval of each source, seconds")
    parser.add_argument("--rate", type=float, default=1.0, help="articles published per second, in all")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--memory", type=int, metavar="ARTICLES",
                        help="instead: this many articles on a simulated clock, memory every 150 (see memory_run)")
    args = parser.parse_args()
    if not list(corpora.SAUDINEWSNET.glob("*.zip")):
        raise SystemExit(f"SaudiNewsNet not found under {corpora.SAUDINEWSNET} (set MARSAD_DATA)")
    if args.memory:
        memory_run(args.sources, args.memory, args.every, 150)
        return
    duration = args.minutes * 60
    total = int(duration * args.rate)
    outlets = build_outlets(args.sources, total)
    schedule(outlets, args.rate)
    folder = Path(tempfile.mkdtemp(prefix="marsad-watch-bench-"))
    db = f"sqlite:///{folder / 'watch.db'}"
    open_store(db).close()
    load = os.getloadavg()
    print(f"sources {args.sources} · every {args.every:g} s · {total} articles published over {duration:g} s "
          f"({args.rate:g}/s) · {os.cpu_count()} cores, load average before {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    web = newsreplay.ReplayWeb(outlets).start()
    wall_start = time.time()  # simulated time 0: publication times count from here
    server = serve(db, args.port)
    checker = Checker(f"http://127.0.0.1:{args.port}")
    checker.start()
    politeness = Politeness(contact="https://newsroom.example/marsad")  # the defaults: 1 request/s/host...
    config = WatchConfig(
        sources=tuple(Source(o.key, f"{o.base}/feed.xml", outlet=o.name, every=args.every) for o in outlets),
        politeness=politeness,
    )
    memory: list[tuple[float, float]] = []
    batches: list[BatchOutcome] = []

    def on_batch(outcome: BatchOutcome) -> None:
        batches.append(outcome)
        for url, article_id, story in outcome.added:
            checker.todo.put((url, article_id, story, outcome.committed_at))

    with open_store(db) as store:
        watcher = Watcher(config, store, on_batch=on_batch)
        started = time.monotonic()

        def sample() -> None:
            # until every published article is stored, or one polling interval (and a minute) after the
            # last publication: the articles published last wait for their source's next poll
            while not watcher.stop_event.wait(60 if memory else 1):
                memory.append((time.monotonic() - started, rss_mb()))
                stored = sum(len(b.added) for b in batches)
                if stored >= total or time.monotonic() - started >= duration + args.every + 60:
                    watcher.stop()

        threading.Thread(target=sample, daemon=True).start()
        summary = watcher.run()
        memory.append((time.monotonic() - started, rss_mb()))
        articles, versions, stories = store.count()
    checker.todo.put(None)
    checker.join(timeout=120)
    server.terminate()
    server.wait(timeout=30)
    web.stop()

    print(f"stored {articles} of {total} articles ({versions} versions) in {summary.batches} batches, {stories} "
          f"stories, in {memory[-1][0]:.0f} s; {summary.polls} polls ({summary.failed_polls} failed), "
          f"{summary.problems} problems")
    published = {o.url(a): a.at for o in outlets for a in o.articles}
    by_key = {o.key: o for o in outlets}
    listed = {by_key[k].url(by_key[k].articles[n - 1]): t for (k, n), t in web.first_listed.items()}
    from_listed = [seen - listed[u] for u, (_, seen) in checker.seen.items() if u in listed]
    from_published = [seen - (wall_start + published[u]) for u, (_, seen) in checker.seen.items()]
    from_commit = [seen - committed for committed, seen in checker.seen.values()]
    print(f"on their story page: {len(checker.seen)} articles; not seen: {len(checker.missing)}")
    for label, values in (
        ("first listed in a feed -> on its story page", from_listed),
        ("published -> on its story page", from_published),
        ("committed -> on its story page", from_commit),
    ):
        if values:
            print(f"{label:45} median {statistics.median(values):6.2f} s · p90 {percentile(values, 0.9):6.2f} s · "
                  f"max {max(values):6.2f} s")
    print("resident memory (MB) by minute: " + " ".join(f"{m:.0f}" for _, m in memory))
    sizes = [len(b.ingested) for b in batches if b.ingested]
    if sizes:
        print(f"batch sizes: median {statistics.median(sizes):g}, max {max(sizes)} articles")
    print(f"memo table entries at the end: {memo_entries():,}")
    print(f"store: {folder / 'watch.db'}")


if __name__ == "__main__":
    main()
