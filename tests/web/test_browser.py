"""End to end in a real headless Chromium: a reader opens the stories list, clicks into the demo story,
follows a citation to its article and sees the cited span marked; searches; and opens hostile articles
(``<script>``, ``onerror=``, ``javascript:``) that show as text while nothing runs.

One server (uvicorn on a free loopback port, the demo stored and the hostile reports posted to
``/api/ingest``) and one browser serve the whole module.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from marsad.web import create_app
from web.support import (
    DEMO_TITLE,
    HOSTILE_OUTLET,
    HOSTILE_TITLE,
    IMG,
    LINK,
    SCRIPT,
    bearer,
    hostile_lines,
    ingest_demo,
    jsonl,
    live_server,
)

# What a payload would leave behind had it run.
_RAN = "() => [typeof window.__marsad_xss, document.querySelectorAll('script').length]"
_DANGEROUS = (
    "() => [document.querySelectorAll('[onerror], [onload], [onclick]').length, "
    "[...document.querySelectorAll('[href], [src], [action]')].filter(e => "
    "/^\\s*(javascript|data|vbscript):/i.test(e.getAttribute('href') || e.getAttribute('src') "
    "|| e.getAttribute('action') || '')).length, document.querySelectorAll('img, svg, iframe, object').length]"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'web.db'}"
    ingest_demo(url)
    with live_server(create_app(url, allow_ingest=True)) as base:
        posted = httpx.post(
            f"{base}/api/ingest", content=jsonl(hostile_lines()), headers=bearer(url, "ingest"), timeout=60
        )
        assert posted.status_code == 200 and posted.json()["added"] == 2, posted.text
        yield base


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 412, "height": 900}, locale="ar")
    page = context.new_page()
    page.dialogs = []  # every alert() a payload managed to open
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    try:
        yield page
    finally:
        context.close()


def test_browser_story_citation_leads_to_the_marked_span(server: str, page: Any) -> None:
    page.goto(server + "/")
    page.get_by_role("link", name=DEMO_TITLE).click()
    page.wait_for_url("**/stories/s*")
    assert page.locator("h1").inner_text() == DEMO_TITLE
    first = page.locator("#summary li").first
    sentence = first.inner_text()
    first.locator("sup.cite a").first.click()
    page.wait_for_url("**/articles/**")
    mark = page.locator("mark.hl")
    assert mark.count() == 1
    assert mark.inner_text() in sentence
    # the span is where the link's fragment points, and the browser scrolled it into view
    fragment = page.evaluate("() => location.hash.slice(1)")
    assert mark.get_attribute("id") == fragment
    assert page.evaluate("() => document.querySelector(':target') === document.querySelector('mark.hl')")
    assert mark.is_visible() and mark.evaluate("e => e.getBoundingClientRect().top < window.innerHeight")
    assert page.get_by_role("link", name=DEMO_TITLE).count() == 1  # back to its story


def test_browser_search_finds_spelling_variants(server: str, page: Any) -> None:
    page.goto(server + "/")
    page.get_by_role("searchbox", name="كلمات البحث").fill("امريكيه")
    page.get_by_role("button", name="بحث").click()
    page.wait_for_url("**/search?q=*")
    hits = page.locator("li.hit")
    assert hits.count() >= 4
    marked = page.locator("li.hit mark.hit").all_inner_texts()
    assert "الأمريكية" in marked
    hits.first.locator("a.hit-title").click()
    page.wait_for_url("**/articles/**")
    # the snippet is marked (in one piece per paragraph it spans), the first piece is the link's target
    fragment = page.evaluate("() => location.hash.slice(1)")
    assert page.locator("mark.hl").first.get_attribute("id") == fragment


def test_browser_layout_is_right_to_left_and_fits_a_phone(server: str, page: Any) -> None:
    page.goto(server + "/stories/s1")
    assert page.evaluate("() => getComputedStyle(document.body).direction") == "rtl"
    # nothing wider than the phone's screen but the tables, which scroll in their own box
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


def _assert_nothing_ran(page: Any) -> None:
    assert page.dialogs == []
    assert page.evaluate(_RAN) == ["undefined", 0]
    assert page.evaluate(_DANGEROUS) == [0, 0, 0]


def test_browser_hostile_article_is_text_and_nothing_runs(server: str, page: Any) -> None:
    page.goto(server + "/articles/hostile-text")
    assert page.locator("h1").inner_text() == HOSTILE_TITLE
    body = page.locator("div.text").inner_text()
    for payload in (SCRIPT, IMG, LINK):
        assert payload in body, payload
    assert HOSTILE_OUTLET in page.locator("p.meta").inner_text()
    # the javascript: url is shown as text, not as a link
    assert page.locator("span.url-text").inner_text() == "javascript:alert('url')"
    _assert_nothing_ran(page)


def test_browser_hostile_html_page_and_story_run_nothing(server: str, page: Any) -> None:
    page.goto(server + "/articles/hostile-html")
    body = page.locator("div.text").inner_text()
    assert "<script>alert(1)</script>" in body  # the page's escaped text, as its readers saw it
    _assert_nothing_ran(page)
    page.locator("p.in-story a").click()
    page.wait_for_url("**/stories/s*")
    shown = page.locator("main").inner_text()
    assert HOSTILE_TITLE in shown and HOSTILE_OUTLET not in page.content()  # text, escaped in the markup
    _assert_nothing_ran(page)
    for target in ("/", "/search?q=" + "أوبك", "/api/articles/hostile-text"):
        page.goto(server + target)
        _assert_nothing_ran(page)
