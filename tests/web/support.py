"""Helpers of the web app tests (conftest is not importable under --import-mode=importlib): a store with the demo story (SQLite and PostgreSQL, as
``tests/stores.py`` provides it), hostile articles as JSON lines, a live server on a free loopback port and
a headless Chromium (Debian's ``chromium``, driven by Playwright through ``executable_path``).

Stores are filled through the real pipeline: the demo corpus read and cleaned by ``load_articles`` and
filed into stories by the store's ``StoryBuilder``, as ``marsad ingest`` does.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import uvicorn

import stores
from marsad.model import Problem
from marsad.pipeline import load_articles
from marsad.store import open_store
from marsad.store.stories import StoryBuilder
from marsad.store.tokens import create_token

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "examples" / "iraq-2021"
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")

# The demo story as the store reads it (tests/store pins the reading; here we check what a user sees).
DEMO_TITLE = "واشنطن: القوات الأمريكية لن تغادر العراق"

# Payloads that would run in a browser if the pages wrote article text as HTML; each one sets a global
# flag (window.__marsad_xss) or opens a dialog, which the browser tests look for.
SCRIPT = "<script>window.__marsad_xss='script';alert('xss')</script>"
IMG = "<img src=x onerror=\"window.__marsad_xss='img';alert('img')\">"
LINK = "<a href=\"javascript:window.__marsad_xss='link';alert('link')\">اضغط هنا</a>"
SVG = "<svg onload=\"window.__marsad_xss='svg'\"></svg>"

# Two reports on one subject (so they make a story of their own), written as news prose with the
# payloads inside: one as text (an outlet's page that printed markup literally), one as a real HTML page
# that goes through extraction (scripts and handlers of the page itself are dropped there).
HOSTILE_TEXT = (
    f"ارتفعت أسعار النفط في الأسواق العالمية اليوم الإثنين بعد أن أعلنت منظمة أوبك خفض إنتاجها اليومي. {SCRIPT}\n\n"
    f"وقال وزير الطاقة في تصريح للصحفيين إن «القرار يهدف إلى استقرار السوق» {IMG} وأضاف أن الخفض سيستمر "
    f"حتى نهاية العام الجاري.\n\n"
    f"وأوضح محللون أن سعر البرميل قد يتجاوز تسعين دولاراً خلال الأسابيع المقبلة {LINK} {SVG}."
)
HOSTILE_HTML = (
    "<html><head><title>أوبك تخفض إنتاج النفط وارتفاع الأسعار</title>"
    f"<script>window.__marsad_xss='page-script'</script></head><body>"
    "<article><h1>أوبك تخفض إنتاج النفط وارتفاع الأسعار</h1>"
    "<p>قررت منظمة أوبك في اجتماعها اليوم الإثنين خفض إنتاج النفط اليومي، ما أدى إلى ارتفاع الأسعار في "
    "الأسواق العالمية إلى أعلى مستوى منذ أشهر.</p>"
    f"<p>وقال وزير الطاقة إن الخفض سيستمر حتى نهاية العام الجاري. {IMG}</p>"
    "<p>وتوقع محللون أن يتجاوز سعر البرميل تسعين دولاراً، مشيرين إلى أن &lt;script&gt;alert(1)&lt;/script&gt; "
    "ليس سوى نص في المقال.</p>"
    f"<p>{LINK}</p></article></body></html>"
)
HOSTILE_TITLE = f"ارتفاع أسعار النفط بعد قرار أوبك {SCRIPT}"
HOSTILE_OUTLET = f"وكالة {IMG} للأنباء"


def hostile_lines() -> list[dict[str, Any]]:
    """The two hostile reports as JSON lines records (``id``, ``url``, ``outlet``, ``title``, ``text``
    or ``html``)."""
    return [
        {
            "id": "hostile-text",
            "url": "javascript:alert('url')",
            "outlet": HOSTILE_OUTLET,
            "published": "2022-03-07",
            "title": HOSTILE_TITLE,
            "text": HOSTILE_TEXT,
        },
        {
            "id": "hostile-html",
            "url": "https://example.org/oil/1",
            "outlet": "صحيفة الاقتصاد",
            "published": "2022-03-07",
            "html": HOSTILE_HTML,
        },
    ]


def jsonl(records: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def ingest_demo(url: str) -> None:
    """Read, clean and store the demo corpus, filing it into stories (as ``marsad ingest``)."""
    problems: list[Problem] = []
    articles = load_articles([DEMO], problems)
    assert len(articles) == 5 and not problems, problems
    with open_store(url) as store:
        store.ingest(articles, stories=StoryBuilder())


def bearer(url: str, scope: str, name: str = "tests") -> dict[str, str]:
    """The Authorization header of a new token of ``scope`` in the store at ``url``."""
    with open_store(url) as store:
        _, token = create_token(store, scope, name)
    return {"authorization": f"Bearer {token}"}


def empty_store(backend: str, folder: Path) -> AbstractContextManager[str]:
    """An empty store's URL: a SQLite file in ``folder``, or a PostgreSQL schema of its own."""
    return stores.empty_store(backend, folder, name="web", what="the web tests")


# --- a live server and a browser -----------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def live_server(app: Any) -> Iterator[str]:
    """Serve ``app`` with uvicorn on a free loopback port in a thread; yield its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, name="marsad-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def chromium_path() -> str | None:
    """Debian's chromium (``MARSAD_CHROMIUM`` overrides); None when there is none."""
    wanted = os.environ.get("MARSAD_CHROMIUM")
    if wanted:
        return wanted if Path(wanted).exists() else None
    for candidate in CHROMIUM_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


