"""Load test of the web app on loopback: N requests, C at a time, to the demo story's page.

    python bench/web_load.py                               # 2,000 requests, 20 concurrent, SQLite
    python bench/web_load.py --requests 500 --concurrency 10 --path /articles/000_0d20a9110642fab2
    python bench/web_load.py --pg-url postgresql://...     # the store in PostgreSQL (a schema, dropped after)

The demo corpus (examples/iraq-2021) is read, cleaned and stored with its story in a fresh store; the
server is ``marsad serve`` in its own process on a free port of 127.0.0.1 (so client and server do not
share an interpreter); the client is httpx with asyncio, C requests in flight at a time. Bounded: it
sends exactly N requests and gives up after ``--max-seconds``. Prints requests, errors (any status but
200, or a failed connection), latency median / p95 / max and requests per second, with the machine's
load average before the run.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from marsad.model import Problem
from marsad.pipeline import load_articles
from marsad.store import open_store
from marsad.store.stories import StoryBuilder

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "examples" / "iraq-2021"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def demo_store(pg_url: str | None) -> Iterator[str]:
    """A fresh store holding the demo story: a SQLite file in a temporary folder, or a PostgreSQL schema."""
    problems: list[Problem] = []
    articles = load_articles([DEMO], problems)
    if problems:
        raise SystemExit(f"demo corpus: {problems}")
    if pg_url is None:
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite:///{Path(folder) / 'load.db'}"
            with open_store(url) as store:
                store.ingest(articles, stories=StoryBuilder())
            yield url
        return
    import psycopg

    schema = f"webload_{secrets.token_hex(4)}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    url = f"{pg_url}{'&' if '?' in pg_url else '?'}options=-csearch_path%3D{schema}"
    try:
        with open_store(url) as store:
            store.ingest(articles, stories=StoryBuilder())
        yield url
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@contextmanager
def server(db: str, port: int, workers: int) -> Iterator[str]:
    """``marsad serve`` in a child process; yields its base URL once it answers."""
    command = [sys.executable, "-m", "marsad.cli", "serve", "--db", db, "--port", str(port), "--workers", str(workers)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise SystemExit(f"the server exited with code {process.returncode}")
            try:
                if httpx.get(f"{base}/api/stories", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("the server did not answer within 60 s")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


async def load(url: str, requests: int, concurrency: int, max_seconds: float) -> tuple[list[float], int, float]:
    """Send ``requests`` GETs of ``url``, ``concurrency`` at a time; latencies (s) of the good ones, the
    number of errors, and the wall time."""
    latencies: list[float] = []
    errors = 0
    sent = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal sent, errors
        while sent < requests:
            sent += 1
            start = time.perf_counter()
            try:
                response = await client.get(url)
                ok = response.status_code == 200 and len(response.content) > 0
            except httpx.HTTPError:
                ok = False
            if ok:
                latencies.append(time.perf_counter() - start)
            else:
                errors += 1

    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        started = time.perf_counter()
        await asyncio.wait_for(asyncio.gather(*(worker(client) for _ in range(concurrency))), timeout=max_seconds)
        wall = time.perf_counter() - started
    return latencies, errors, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--path", default=None, help="Page to load (default: the demo story's page).")
    parser.add_argument("--workers", type=int, default=4, help="Store threads of the server (marsad serve --workers).")
    parser.add_argument("--pg-url", default=None, help="Store the demo in this PostgreSQL database instead of SQLite.")
    parser.add_argument("--max-seconds", type=float, default=600, help="Give up after this long.")
    args = parser.parse_args()
    if not 1 <= args.concurrency <= 200 or not 1 <= args.requests <= 100_000:
        raise SystemExit("--concurrency 1..200, --requests 1..100000")

    with demo_store(args.pg_url) as db:
        with open_store(db) as store:
            story_id = store.story_list()[0][0].id
        path = args.path or f"/stories/{story_id}"
        with server(db, free_port(), args.workers) as base:
            warm = httpx.get(base + path, timeout=30)
            if warm.status_code != 200:
                raise SystemExit(f"{path}: status {warm.status_code}")
            load_before = os.getloadavg()
            latencies, errors, wall = asyncio.run(load(base + path, args.requests, args.concurrency, args.max_seconds))

    ms = sorted(x * 1000 for x in latencies)
    p95 = ms[max(0, round(0.95 * len(ms)) - 1)] if ms else float("nan")
    backend = "PostgreSQL" if args.pg_url else "SQLite"
    print(f"GET {path} ({len(warm.content):,} bytes) · {backend} · server workers {args.workers} · "
          f"{os.cpu_count()} cores, load average before {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}")
    print(f"requests {args.requests} · concurrency {args.concurrency} · errors {errors}")
    if ms:
        print(f"latency ms: median {statistics.median(ms):.1f} · p95 {p95:.1f} · max {ms[-1]:.1f}")
    print(f"throughput {args.requests / wall:.1f} requests/s over {wall:.1f} s")


if __name__ == "__main__":
    main()
