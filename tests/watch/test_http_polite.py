"""The polite client against loopback servers: conditional GET, robots.txt, one request per interval per
host, retries with backoff, bounded redirects and loops, the page size limit, drip-fed answers, the
User-Agent, and charsets from the header, the page, or neither (windows-1256 as ingest detects it)."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from marsad.watch import FetchError, PoliteClient, Politeness, Source
from marsad.watch.feeds import FeedItem
from marsad.watch.pages import page_article

DEMO = Path(__file__).resolve().parents[2] / "examples" / "iraq-2021"
TITLE, *BODY = [line for line in (DEMO / "000_0d20a9110642fab2.txt").read_text(encoding="utf-8").split("\n") if line]
PAGE = (
    "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head>{meta}<title>{title}</title></head><body><article>"
    "<h1>{title}</h1>{body}</article></body></html>"
).format(meta="{meta}", title=TITLE, body="".join(f"<p>{p}</p>" for p in BODY))

Route = Callable[[BaseHTTPRequestHandler], None]


class Site:
    """A loopback site whose answers the test sets per path; it notes each request's path, time and
    headers."""

    def __init__(self, host: str, robots: tuple[int, str] = (200, "User-agent: *\nDisallow: /private/\n")) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[str, float, dict[str, str]]] = []
        self.robots = robots
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                return None

            def do_GET(self) -> None:
                site.log.append((self.path, time.monotonic(), dict(self.headers)))
                if self.path == "/robots.txt":
                    status, text = site.robots
                    send(self, status, text.encode(), "text/plain")
                    return
                route = site.routes.get(self.path)
                if route is None:
                    send(self, 404, b"not found")
                else:
                    route(self)

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://{host}:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def asked(self, path: str) -> list[tuple[str, float, dict[str, str]]]:
        return [entry for entry in self.log if entry[0] == path]


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes = b"", content_type: str = "text/html; charset=utf-8",
         headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    if content_type:
        handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    try:
        handler.wfile.write(body)
    except (BrokenPipeError, ConnectionResetError):
        handler.close_connection = True


@pytest.fixture
def site() -> Iterator[Site]:
    made = Site("127.0.0.21")
    yield made
    made.server.shutdown()
    made.server.server_close()


POLITE = Politeness(contact="https://newsroom.example/marsad", per_host=0.0, timeout=0.5, deadline=1.0, retries=2,
                    backoff=0.05, max_redirects=3, max_page=200_000)


def client(**changes: object) -> PoliteClient:
    from dataclasses import replace

    return PoliteClient(replace(POLITE, **changes))


def test_conditional_get_and_user_agent(site: Site) -> None:
    def etag(handler: BaseHTTPRequestHandler) -> None:
        if handler.headers.get("If-None-Match") == '"v1"':
            send(handler, 304, content_type="")
        else:
            send(handler, 200, PAGE.format(meta="").encode(), headers={"ETag": '"v1"', "Last-Modified":
                                                                       "Sun, 01 Aug 2021 10:00:00 GMT"})

    site.routes["/page"] = etag
    http = client()
    first = http.get(f"{site.base}/page")
    assert first.status == 200 and first.etag == '"v1"' and first.last_modified
    again = http.get(f"{site.base}/page", etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.body == b""
    _, _, headers = site.asked("/page")[1]
    assert headers["If-None-Match"] == '"v1"' and headers["If-Modified-Since"] == first.last_modified
    assert headers["User-Agent"].startswith("marsad/") and "(+https://newsroom.example/marsad)" in headers["User-Agent"]
    assert len(site.asked("/robots.txt")) == 1  # asked once, then cached


def test_robots_txt_is_respected() -> None:
    forbidding = Site("127.0.0.22", robots=(200, "User-agent: marsad\nDisallow: /news/\n\nUser-agent: *\nAllow: /\n"))
    unreadable = Site("127.0.0.23", robots=(503, "busy"))
    missing = Site("127.0.0.24", robots=(404, "no robots here"))
    try:
        for made in (forbidding, unreadable, missing):
            made.routes["/news/1"] = lambda h: send(h, 200, PAGE.format(meta="").encode())
        http = client(retries=0)
        with pytest.raises(FetchError, match=r"robots\.txt forbids it") as refused:
            http.get(f"{forbidding.base}/news/1")
        assert not refused.value.retryable and forbidding.asked("/news/1") == []
        with pytest.raises(FetchError, match=r"robots.txt could not be read|robots.txt answered HTTP 503"):
            http.get(f"{unreadable.base}/news/1")
        assert unreadable.asked("/news/1") == []
        assert http.get(f"{missing.base}/news/1").status == 200  # no robots.txt: everything allowed
    finally:
        for made in (forbidding, unreadable, missing):
            made.server.shutdown()
            made.server.server_close()


def test_one_request_per_interval_per_host(site: Site) -> None:
    site.routes["/a"] = lambda h: send(h, 200, b"<html><body><p>a</p></body></html>")
    http = client(per_host=0.3)
    threads = [threading.Thread(target=http.get, args=(f"{site.base}/a",)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    times = sorted(t for path, t, _ in site.log)  # robots.txt counts as a request to the host
    assert len(times) == 5
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.28, gaps


def test_crawl_delay_of_robots_txt_slows_the_host() -> None:
    slow = Site("127.0.0.25", robots=(200, "User-agent: *\nCrawl-delay: 0.4\n"))
    try:
        slow.routes["/a"] = lambda h: send(h, 200, b"<p>a</p>")
        http = client()
        for _ in range(2):
            http.get(f"{slow.base}/a")
        (_, first, _), (_, second, _) = slow.asked("/a")
        assert second - first >= 0.38
    finally:
        slow.server.shutdown()
        slow.server.server_close()


def test_retries_with_exponential_backoff(site: Site) -> None:
    answers = iter([503, 500, 200])
    site.routes["/flaky"] = lambda h: send(h, next(answers), b"<p>ok</p>")
    http = client(backoff=0.1)
    assert http.get(f"{site.base}/flaky").status == 200
    times = [t for _, t, _ in site.asked("/flaky")]
    assert len(times) == 3
    assert times[1] - times[0] >= 0.1 and times[2] - times[1] >= 0.2  # doubled
    site.routes["/down"] = lambda h: send(h, 500, b"down")
    with pytest.raises(FetchError, match=r"HTTP 500 Internal Server Error"):
        http.get(f"{site.base}/down")
    assert len(site.asked("/down")) == 3  # one try and two retries
    site.routes["/gone"] = lambda h: send(h, 410, b"gone")
    with pytest.raises(FetchError, match=r"HTTP 410"):
        http.get(f"{site.base}/gone")
    assert len(site.asked("/gone")) == 1  # not something a retry mends


def test_redirects_are_bounded_and_loops_named(site: Site) -> None:
    site.routes["/loop-a"] = lambda h: send(h, 302, headers={"Location": "/loop-b"})
    site.routes["/loop-b"] = lambda h: send(h, 301, headers={"Location": "/loop-a"})
    for n in range(1, 6):
        site.routes[f"/hop{n}"] = lambda h, n=n: send(h, 302, headers={"Location": f"/hop{n - 1}"})
    site.routes["/hop0"] = lambda h: send(h, 200, PAGE.format(meta="").encode())
    http = client()
    with pytest.raises(FetchError, match=r"redirect loop: .*/loop-a -> .*/loop-b -> .*/loop-a"):
        http.get(f"{site.base}/loop-a")
    fetched = http.get(f"{site.base}/hop3")
    assert fetched.final_url == f"{site.base}/hop0"
    with pytest.raises(FetchError, match=r"more than 3 redirects"):
        http.get(f"{site.base}/hop5")


def test_page_size_limit_and_drip_fed_answers(site: Site) -> None:
    site.routes["/declared"] = lambda h: send(h, 200, b"x" * 300_000)

    def streamed(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        try:
            for _ in range(100):
                handler.wfile.write(b"<p>" + "حشو ".encode() * 2000 + b"</p>")
        except (BrokenPipeError, ConnectionResetError):
            pass

    def drip(handler: BaseHTTPRequestHandler) -> None:
        body = PAGE.format(meta="").encode()
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        try:
            for start in range(0, len(body), 50):
                handler.wfile.write(body[start : start + 50])
                handler.wfile.flush()
                time.sleep(0.1)
        except (BrokenPipeError, ConnectionResetError):
            pass

    site.routes["/streamed"] = streamed
    site.routes["/drip"] = drip
    http = client()
    with pytest.raises(FetchError, match=r"page too large: 293\.0 KB, the limit is 195\.3 KB") as large:
        http.get(f"{site.base}/declared")
    assert not large.value.retryable
    with pytest.raises(FetchError, match=r"page too large: over 195\.3 KB"):
        http.get(f"{site.base}/streamed")
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"too slow: the page was not whole after 1s"):
        client(retries=0).get(f"{site.base}/drip")
    # it gave up at the deadline, however steadily the bytes came (the whole page takes 4 s)
    assert time.monotonic() - started < 1.0 + 1.5


def test_timeouts_are_retried_then_reported(site: Site) -> None:
    site.routes["/hang"] = lambda h: (time.sleep(1.5), send(h, 200, b"late"))  # type: ignore[func-returns-value]
    with pytest.raises(FetchError, match=r"timed out: no answer within 0\.5s") as late:
        client(retries=1).get(f"{site.base}/hang")
    assert late.value.retryable and len(site.asked("/hang")) == 2


@pytest.mark.parametrize(
    ("content_type", "meta", "encoding"),
    [
        ("text/html; charset=windows-1256", "", "windows-1256"),  # the header says
        ("text/html", '<meta charset="windows-1256">', "windows-1256"),  # the page says
        ("text/html", "", "windows-1256"),  # neither: detected as ingest detects it
        ("text/html; charset=iso-8859-1", "", "windows-1256"),  # a wrong header is passed over
        ("text/html; charset=utf-8", '<meta charset="utf-8">', "utf-8"),
    ],
)
def test_charset_from_header_page_or_detection(site: Site, content_type: str, meta: str, encoding: str) -> None:
    body = PAGE.format(meta=meta).encode("utf-8" if encoding == "utf-8" else "cp1256")
    site.routes["/article"] = lambda h: send(h, 200, body, content_type)
    fetched = client().get(f"{site.base}/article")
    item = FeedItem(key="k", url=f"{site.base}/article", title="")
    article = page_article(Source("demo", f"{site.base}/feed", outlet="الجزيرة نت"), item, fetched, None)
    assert article.encoding == encoding
    assert article.title == TITLE  # from the page, the item had none
    assert BODY[0][:40] in article.extracted
    assert article.raw.startswith("<!DOCTYPE html>") and TITLE in article.raw  # the page as decoded is kept
