"""Screenshots of the web app for docs/: the demo story's page and an article page with a cited span.

    .venv/bin/python scripts/screenshots.py            # writes docs/screenshots/story.png, article.png

The demo corpus is stored with its story in a temporary SQLite store, served on a free loopback port, and
photographed by Debian's headless Chromium through Playwright (``executable_path``; set
``MARSAD_CHROMIUM`` for another binary) at a phone's width, so the pictures show what a reader sees.
"""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from marsad.model import Problem
from marsad.pipeline import load_articles
from marsad.store import open_store
from marsad.store.stories import StoryBuilder
from marsad.web import create_app

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "examples" / "iraq-2021"
OUT = REPO / "docs" / "screenshots"
VIEWPORT = {"width": 430, "height": 1100}


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    problems: list[Problem] = []
    articles = load_articles([DEMO], problems)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'demo.db'}"
        with open_store(url) as store:
            store.ingest(articles, stories=StoryBuilder())
            story = store.story(store.story_list()[0][0].id)
        port = _port()
        server = uvicorn.Server(uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        # the article page as a citation opens it: the summary sentence cited by three outlets
        cited = max(story.summary, key=lambda s: len(s.cites)).cites[0]
        OUT.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=os.environ.get("MARSAD_CHROMIUM", "/usr/bin/chromium"))
            page = browser.new_page(viewport=VIEWPORT, device_scale_factor=2)
            page.goto(f"{base}/stories/{story.id}")
            page.screenshot(path=str(OUT / "story.png"))
            page.goto(f"{base}/articles/{cited.article}?hl={cited.start}-{cited.end}#c-{cited.start}-{cited.end}")
            page.evaluate("() => document.querySelector('mark.hl').scrollIntoView({block: 'center'})")
            page.screenshot(path=str(OUT / "article.png"))
            browser.close()
        server.should_exit = True
        thread.join()
    print(f"wrote {OUT / 'story.png'} and {OUT / 'article.png'}")


if __name__ == "__main__":
    main()
