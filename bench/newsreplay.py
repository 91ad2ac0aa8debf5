"""A loopback news web for ``marsad watch``: real SaudiNewsNet articles replayed as outlets' feeds and
pages that grow over simulated time, with the faults a monitor meets on the real web.

Each outlet is an HTTP server of its own on a loopback address (``127.0.0.2``, ``127.0.0.3``...: the
whole of 127.0.0.0/8 is the loopback interface on Linux, and distinct addresses are distinct hosts for
per-host politeness), serving ``/robots.txt``, ``/feed.xml`` (RSS 2.0 or Atom, the latest
:data:`FEED_SIZE` articles published by the simulated time) and one page per article ``/a/<n>.html``
(404 before it is published). Nothing listens anywhere but on loopback.

Faults (per outlet, :class:`Outlet.faults`):

``500``        the feed answers 500 Internal Server Error (to ``fail_requests`` requests, or always)
``timeout``    the feed answers nothing for ``hang_s`` seconds
``drip``       article pages are sent a few bytes at a time, ``drip_s`` seconds apart
``malformed``  the feed is cut in the middle of an element (XML that is not well-formed), every other time
``loop``       every article page redirects to another that redirects back
``huge``       every article page is 20 MB
``cp1256``     pages in windows-1256, with no charset in the Content-Type header nor in the page
``edit``       each article is edited (a paragraph added, the title changed) ``edit_after_s`` after it is
               published; the feed entry says so (Atom ``updated``, RSS description)
``remove``     every third article leaves the feed ``remove_after_s`` after it is published
``repeat``     the feed lists the same first articles forever, whatever the time
``robots``     robots.txt forbids ``/a/`` pages whose number is odd

Every request is counted by path (and each article page answered in full), and the server notes when (``time.time()``) a feed response first
listed each article: the start of the freshness the benchmark measures.

Used by ``tests/watch/`` (through ``tests/bench_scripts.py``) and ``bench/watch_bench.py``.
"""

from __future__ import annotations

import collections
import hashlib
import html
import itertools
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

if str(Path(__file__).parent) not in sys.path:  # loaded by path (the tests do): its sibling modules
    sys.path.insert(0, str(Path(__file__).parent))
import corpora

__all__ = ["FEED_SIZE", "Outlet", "ReplayArticle", "ReplayWeb", "saudinewsnet_outlets"]

FEED_SIZE = 20
HUGE_BYTES = 20 * 2**20
EPOCH = datetime(2015, 8, 1, 6, 0, tzinfo=UTC)  # simulated time 0


@dataclass
class ReplayArticle:
    """An article of the replay: published ``at`` simulated seconds."""

    number: int
    title: str
    text: str
    at: float
    edited_title: str | None = None
    edited_text: str | None = None


@dataclass
class Outlet:
    """One outlet's site: ``key`` (SaudiNewsNet's source id), ``name`` as shown, its articles, the feed
    format (``rss`` or ``atom``) and its faults with their settings."""

    key: str
    name: str
    articles: list[ReplayArticle]
    format: str = "rss"
    faults: set[str] = field(default_factory=set)
    fail_requests: int | None = None  # 500 this many times (None: always)
    hang_s: float = 5.0
    drip_s: float = 0.2
    edit_after_s: float = 600.0
    remove_after_s: float = 300.0
    host: str = ""
    port: int = 0
    feed_failures: int = 0
    feed_requests: int = 0

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, article: ReplayArticle) -> str:
        return f"{self.base}/a/{article.number}.html"


def saudinewsnet_outlets(per_outlet: int, *, days: Iterable[str] = ("2015-08-01", "2015-08-02")) -> list[Outlet]:
    """The 14 SaudiNewsNet outlets with up to ``per_outlet`` articles each (with text), taken first
    from ``days`` (so that outlets report the same events) and then from the rest of the corpus for
    outlets with few articles those days; publication times are set by :meth:`ReplayWeb.schedule`."""
    chosen: dict[str, list[dict]] = collections.defaultdict(list)
    seen: set[str] = set()
    wanted = list(days)
    first = itertools.chain.from_iterable(corpora.saudinewsnet_day(d) for d in wanted)
    for record in itertools.chain(first, corpora.saudinewsnet_records()):
        if record["id"] in seen or not record["text"].strip() or not record["title"].strip():
            continue
        seen.add(record["id"])
        if len(chosen[record["outlet"]]) < per_outlet:
            chosen[record["outlet"]].append(record)
        if len(chosen) == 14 and all(len(v) >= per_outlet for v in chosen.values()):
            break
    outlets = []
    for key in sorted(chosen):
        articles = [ReplayArticle(n, r["title"].strip(), r["text"].strip(), 0.0) for n, r in enumerate(chosen[key], 1)]
        outlets.append(Outlet(key, key, articles, format="atom" if len(outlets) % 2 else "rss"))
    return outlets


class ReplayWeb:
    """The outlets' servers, on loopback, with a simulated clock: ``clock()`` gives simulated seconds
    (by default the real seconds since :meth:`start`; tests set their own and move it on)."""

    def __init__(self, outlets: list[Outlet], clock: Callable[[], float] | None = None) -> None:
        self.outlets = outlets
        self._start = time.monotonic()
        self.clock = clock or (lambda: time.monotonic() - self._start)
        self.requests: collections.Counter[tuple[str, str]] = collections.Counter()
        self.served: collections.Counter[tuple[str, str]] = collections.Counter()  # pages answered 200
        self.first_listed: dict[tuple[str, int], float] = {}
        self.agents: set[str] = set()
        self._servers: list[ThreadingHTTPServer] = []
        self._lock = threading.Lock()

    # --- life --------------------------------------------------------------------------------------

    def start(self) -> ReplayWeb:
        for i, outlet in enumerate(self.outlets):
            server = ThreadingHTTPServer((f"127.0.0.{2 + i}", 0), _handler(self, outlet))
            server.daemon_threads = True
            outlet.host, outlet.port = server.server_address[0], server.server_address[1]
            self._servers.append(server)
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
        self._start = time.monotonic()
        return self

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()

    def __enter__(self) -> ReplayWeb:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @staticmethod
    def schedule(outlets: list[Outlet], span_s: float, *, start_s: float = 0.0) -> None:
        """Spread each outlet's articles evenly over ``span_s`` simulated seconds from ``start_s``, the
        outlets staggered so that publications interleave."""
        for i, outlet in enumerate(outlets):
            count = len(outlet.articles)
            step = span_s / count if count else 0.0
            for n, article in enumerate(outlet.articles):
                article.at = start_s + n * step + (i / max(1, len(outlets))) * step

    # --- what the sites hold -------------------------------------------------------------------------

    def published(self, outlet: Outlet) -> list[ReplayArticle]:
        """The articles of ``outlet`` published by now, newest first."""
        now = self.clock()
        if "repeat" in outlet.faults:
            return sorted(outlet.articles[:5], key=lambda a: -a.number)
        return sorted((a for a in outlet.articles if a.at <= now), key=lambda a: (-a.at, -a.number))

    def listed(self, outlet: Outlet) -> list[ReplayArticle]:
        """What the feed lists now: the latest published, less the removed ones."""
        now = self.clock()
        shown = self.published(outlet)
        if "remove" in outlet.faults:
            shown = [a for a in shown if not (a.number % 3 == 0 and now - a.at >= outlet.remove_after_s)]
        return shown[:FEED_SIZE]

    def edited(self, outlet: Outlet, article: ReplayArticle) -> bool:
        return "edit" in outlet.faults and self.clock() - article.at >= outlet.edit_after_s

    def version(self, outlet: Outlet, article: ReplayArticle) -> tuple[str, str]:
        """The article's title and text as the site shows them now."""
        if self.edited(outlet, article):
            title = article.edited_title or f"{article.title} (محدّث)"
            text = article.edited_text or (
                article.text + "\nوفي تحديث لاحق، أكدت مصادر مطلعة صحة ما ورد في هذا الخبر، مشيرة إلى أن "
                "الجهات المختصة ستعلن مزيدا من التفاصيل خلال الساعات المقبلة."
            )
            return title, text
        return article.title, article.text

    def expected(self) -> dict[str, dict[str, int]]:
        """What a watch that polled through the whole replay must have stored: per outlet, the url of
        each article it could read, with the number of versions (2 for an edited article)."""
        found: dict[str, dict[str, int]] = {}
        for outlet in self.outlets:
            if outlet.faults & {"huge", "loop", "timeout", "drip"} or ("500" in outlet.faults and outlet.fail_requests is None):
                continue
            articles = outlet.articles[:5] if "repeat" in outlet.faults else outlet.articles
            versions = {}
            for article in articles:
                if "robots" in outlet.faults and article.number % 2:
                    continue
                versions[outlet.url(article)] = 2 if "edit" in outlet.faults else 1
            found[outlet.key] = versions
        return found

    # --- rendering -----------------------------------------------------------------------------------

    def feed(self, outlet: Outlet) -> bytes:
        listed = self.listed(outlet)
        now_real = time.time()
        with self._lock:
            for article in listed:
                self.first_listed.setdefault((outlet.key, article.number), now_real)
        stamp = lambda seconds: EPOCH + timedelta(seconds=seconds)  # noqa: E731
        entries = []
        for article in listed:
            title, text = self.version(outlet, article)
            updated = article.at + (outlet.edit_after_s if self.edited(outlet, article) else 0)
            lead = html.escape(text.split("\n", 1)[0][:200])
            if outlet.format == "atom":
                entries.append(
                    f"<entry><id>tag:{outlet.key}.example,2015:{article.number}</id>"
                    f"<title>{html.escape(title)}</title><link rel=\"alternate\" href=\"{outlet.url(article)}\"/>"
                    f"<published>{stamp(article.at).isoformat()}</published>"
                    f"<updated>{stamp(updated).isoformat()}</updated><summary>{lead}</summary></entry>"
                )
            else:
                entries.append(
                    f"<item><title>{html.escape(title)}</title><link>{outlet.url(article)}</link>"
                    f"<guid isPermaLink=\"true\">{outlet.url(article)}</guid>"
                    f"<pubDate>{format_datetime(stamp(article.at))}</pubDate><description>{lead}</description></item>"
                )
        if outlet.format == "atom":
            body = (
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                f"<title>{html.escape(outlet.name)}</title><id>tag:{outlet.key}.example,2015:feed</id>"
                f"<updated>{stamp(self.clock()).isoformat()}</updated>{''.join(entries)}</feed>"
            )
        else:
            body = (
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                f"<title>{html.escape(outlet.name)}</title><link>{outlet.base}/</link>"
                f"{''.join(entries)}</channel></rss>"
            )
        outlet.feed_requests += 1
        if "malformed" in outlet.faults and outlet.feed_requests % 2:
            body = body[: len(body) * 2 // 3]  # cut in the middle of an element
        return body.encode("utf-8")

    def page(self, outlet: Outlet, article: ReplayArticle, views: int) -> bytes:
        title, text = self.version(outlet, article)
        paragraphs = "".join(f"<p>{html.escape(p.strip())}</p>" for p in text.split("\n") if p.strip())
        cp1256 = "cp1256" in outlet.faults
        charset = "" if cp1256 else "<meta charset=\"utf-8\">"
        published = (EPOCH + timedelta(seconds=article.at)).isoformat()
        page = (
            f"<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head>{charset}<title>{html.escape(title)} | "
            f"{html.escape(outlet.name)}</title><meta property=\"article:published_time\" content=\"{published}\">"
            "</head><body><header><nav><a href=\"/\">الرئيسية</a> <a href=\"/local\">محليات</a> "
            "<a href=\"/sport\">رياضة</a></nav></header><main><article>"
            f"<h1>{html.escape(title)}</h1><time datetime=\"{published}\">{published[:10]}</time>{paragraphs}"
            "</article></main><aside><h3>الأكثر قراءة</h3>"
            f"<p>عدد المشاهدات: {views}</p></aside><footer>جميع الحقوق محفوظة © {html.escape(outlet.name)}"
            "</footer></body></html>"
        )
        return page.encode("cp1256" if cp1256 else "utf-8", errors="replace" if cp1256 else "strict")


def _handler(web: ReplayWeb, outlet: Outlet) -> type[BaseHTTPRequestHandler]:
    by_number = {a.number: a for a in outlet.articles}
    views = collections.Counter()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            return None

        def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None,
                  content_type: str = "text/html; charset=utf-8") -> None:
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout): its right
                self.close_connection = True

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            with web._lock:
                web.requests[(outlet.key, path)] += 1
                web.agents.add(self.headers.get("User-Agent", ""))
            if path == "/robots.txt":
                rules = "User-agent: *\nDisallow: /private/\n"
                if "robots" in outlet.faults:
                    rules += "".join(f"Disallow: /a/{a.number}.html$\n" for a in outlet.articles if a.number % 2)
                self._send(200, rules.encode(), content_type="text/plain")
            elif path == "/feed.xml":
                self._feed()
            elif path.startswith("/a/") and path.endswith(".html"):
                self._article(path)
            elif path.startswith("/loop/"):
                target = "/loop/b" if path == "/loop/a" else "/loop/a"
                self._send(302, headers={"Location": target})
            else:
                self._send(404, b"not found")

        def _feed(self) -> None:
            if "500" in outlet.faults and (outlet.fail_requests is None or outlet.feed_failures < outlet.fail_requests):
                outlet.feed_failures += 1
                self._send(500, b"Internal Server Error")
                return
            if "timeout" in outlet.faults:
                time.sleep(outlet.hang_s)
                self._send(504, b"too late")
                return
            body = web.feed(outlet)
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self._send(304, content_type="")
                return
            kind = "application/atom+xml" if outlet.format == "atom" else "application/rss+xml"
            self._send(200, body, {"ETag": etag}, content_type=f"{kind}; charset=utf-8")

        def _article(self, path: str) -> None:
            try:
                number = int(path[3:-5])
            except ValueError:
                self._send(404, b"not found")
                return
            article = by_number.get(number)
            if article is None or article.at > web.clock():
                self._send(404, b"not found")
                return
            if "loop" in outlet.faults:
                self._send(301, headers={"Location": "/loop/a"})
                return
            if "huge" in outlet.faults:
                self._huge()
                return
            with web._lock:
                views[number] += 1
                seen = views[number]
                web.served[(outlet.key, path)] += 1
            body = web.page(outlet, article, seen)
            content_type = "text/html" if "cp1256" in outlet.faults else "text/html; charset=utf-8"
            if "drip" in outlet.faults:
                self._drip(body, content_type)
                return
            self._send(200, body, content_type=content_type)

        def _huge(self) -> None:
            # no Content-Length: the client finds out while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = ("<p>" + "حشو " * 4000 + "</p>").encode()
            sent = 0
            try:
                self.wfile.write(b"<!DOCTYPE html><html><body>")
                while sent < HUGE_BYTES:
                    self.wfile.write(chunk)
                    sent += len(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True

        def _drip(self, body: bytes, content_type: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                for start in range(0, len(body), 64):
                    self.wfile.write(body[start : start + 64])
                    self.wfile.flush()
                    time.sleep(outlet.drip_s)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True

    return Handler
