"""Listings: RSS, Atom, news sitemaps and sitemap indexes read into items; broken and hostile ones refused
with a reason; and a watch of a news sitemap index on loopback storing the demo articles it lists."""

from __future__ import annotations

import gzip
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from marsad.store import open_store
from marsad.watch import Source, WatchConfig, Watcher
from marsad.watch.feeds import FeedError, read_listing
from watch.support import FAST

DEMO = Path(__file__).resolve().parents[2] / "examples" / "iraq-2021"

RSS = """<?xml version="1.0" encoding="windows-1256"?>
<rss version="2.0"><channel><title>الجزيرة نت</title>
<item><title>الكاظمي: العراق لم يعد بحاجة إلى قوات قتالية</title><link>/news/1</link>
<guid isPermaLink="false">aj-1</guid><pubDate>Sun, 25 Jul 2021 09:12:00 +0300</pubDate>
<description>قال رئيس الوزراء العراقي</description></item>
<item><title>بلا رابط</title><description>نص</description></item>
<item><title>مكرر</title><link>https://www.aljazeera.net/news/1</link><guid isPermaLink="false">aj-1</guid></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>الميادين</title><id>tag:x</id><updated>2021-07-25T10:00:00Z</updated>
<entry><id>tag:mayadeen,2021:7</id><title>عنوان</title><link rel="alternate" href="https://www.almayadeen.net/n/7"/>
<published>2021-07-25T09:00:00Z</published><updated>2021-07-25T09:30:00Z</updated><summary>ملخص</summary></entry>
</feed>"""

NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://www.okaz.com.sa/news/1</loc><lastmod>2021-07-25T10:00:00+03:00</lastmod>
<news:news><news:publication><news:name>عكاظ</news:name><news:language>ar</news:language></news:publication>
<news:publication_date>2021-07-25T09:00:00+03:00</news:publication_date><news:title>خبر عكاظ</news:title></news:news></url>
<url><loc>https://www.okaz.com.sa/news/2</loc></url>
</urlset>"""


def test_rss_items_resolved_deduplicated_and_dated() -> None:
    listing = read_listing("feed", RSS.encode("cp1256"), "https://www.aljazeera.net/rss")
    (item,) = listing.items  # the entry without a link is skipped, the repeated guid kept once
    assert item.key == "aj-1" and item.url == "https://www.aljazeera.net/news/1"
    assert item.title.startswith("الكاظمي") and item.published == "2021-07-25T09:12:00+03:00"
    assert listing.title == "الجزيرة نت" and "no web link" in (listing.warning or "")


def test_atom_entry_update_changes_its_fingerprint() -> None:
    (first,) = read_listing("feed", ATOM.encode(), "https://www.almayadeen.net/rss").items
    edited = ATOM.replace("09:30:00Z</updated>", "11:00:00Z</updated>")
    (second,) = read_listing("feed", edited.encode(), "https://www.almayadeen.net/rss").items
    assert first.key == second.key == "tag:mayadeen,2021:7"
    assert first.fingerprint != second.fingerprint


def test_news_sitemap_plain_and_gzipped() -> None:
    for body in (NEWS_SITEMAP.encode(), gzip.compress(NEWS_SITEMAP.encode())):
        one, two = read_listing("sitemap", body, "https://www.okaz.com.sa/sitemap.xml").items
        assert (one.title, one.published) == ("خبر عكاظ", "2021-07-25T09:00:00+03:00")
        assert two.url == "https://www.okaz.com.sa/news/2" and two.title == ""


@pytest.mark.parametrize(
    ("kind", "body", "reason"),
    [
        ("feed", b"", "empty answer"),
        ("feed", b"<html><body>maintenance</body></html>", "not an RSS or Atom feed"),
        ("feed", b"<rss version='2.0'><channel><item><title>cut", "malformed XML"),
        ("feed", b"\x00\x01\x02\x03binary", "not a feed"),
        ("sitemap", b"<urlset><url><loc>https://x.example/1</loc>", "malformed XML"),
        ("sitemap", b"<html/>", "root element is <html>"),
        ("sitemap", b"\x1f\x8b\x08\x00broken", "does not inflate"),
    ],
)
def test_unreadable_listings_say_why(kind: str, body: bytes, reason: str) -> None:
    with pytest.raises(FeedError, match=reason):
        read_listing(kind, body, "https://x.example/listing")


def test_entities_in_a_sitemap_are_not_expanded() -> None:
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example/&lol2;</loc>'
            '</url></urlset>')
    items = read_listing("sitemap", bomb.encode(), "https://x.example/s.xml").items
    assert all("lollol" not in i.url for i in items)


def _demo_site(host: str) -> tuple[ThreadingHTTPServer, str, list[str]]:
    """A loopback site with a sitemap index -> two news sitemaps -> the five demo articles as pages."""
    files = sorted(p.name for p in DEMO.glob("*.txt"))
    pages = {}
    for n, name in enumerate(files):
        title, _, body = (DEMO / name).read_text(encoding="utf-8").strip().partition("\n")
        paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
        pages[f"/news/{n}"] = (f"<!DOCTYPE html><html lang='ar'><head><meta charset='utf-8'><title>{title}</title>"
                               f"</head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>")

    def urlset(numbers: range) -> str:
        return ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + "".join(f"<url><loc>/news/{n}</loc></url>" for n in numbers) + "</urlset>")

    listings = {
        "/sitemap-index.xml": '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<sitemap><loc>/s/old.xml</loc><lastmod>2021-01-01</lastmod></sitemap>"
        "<sitemap><loc>/s/a.xml</loc><lastmod>2021-07-25</lastmod></sitemap>"
        "<sitemap><loc>/s/b.xml.gz</loc><lastmod>2021-07-24</lastmod></sitemap>"
        "<sitemap><loc>/s/c.xml</loc><lastmod>2021-07-23</lastmod></sitemap></sitemapindex>",
        "/s/a.xml": urlset(range(0, 3)),
        "/s/c.xml": urlset(range(4, 5)),
    }
    served: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            return None

        def do_GET(self) -> None:
            served.append(self.path)
            if self.path == "/s/b.xml.gz":
                body, kind = gzip.compress(urlset(range(3, 4)).encode()), "application/gzip"
            elif self.path in listings:
                body, kind = listings[self.path].encode(), "application/xml"
            elif self.path in pages:
                body, kind = pages[self.path].encode(), "text/html; charset=utf-8"
            else:
                body, kind = b"", ""
            self.send_response(200 if kind else 404)
            self.send_header("Content-Type", kind or "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer((host, 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server, f"http://{host}:{server.server_address[1]}", served


def test_watching_a_sitemap_index(tmp_path: Path) -> None:
    server, base, served = _demo_site("127.0.0.41")
    try:
        config = WatchConfig(sources=(Source("okaz", f"{base}/sitemap-index.xml", kind="sitemap", outlet="عكاظ"),),
                             politeness=FAST)
        with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store:
            summary = Watcher(config, store, gather=0.2).run(once=True)
            stored = sorted(a.url for a in store.articles())
            assert summary.added == 5 and summary.problems == 0
            assert stored == sorted(f"{base}/news/{n}" for n in range(5))
            assert {a.outlet for a in store.articles()} == {"عكاظ"}
            assert len(store.stories()) == 1  # the demo is one story
        assert "/s/old.xml" not in served  # only the newest three sitemaps of the index
    finally:
        server.shutdown()
        server.server_close()
