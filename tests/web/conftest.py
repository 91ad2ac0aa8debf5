"""Fixtures for the web app tests: a store with the demo story on each backend, and one headless Chromium
per module (Debian's ``chromium`` driven by Playwright through ``executable_path``). Helpers and
constants are in :mod:`web.support`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from web.support import chromium_path, empty_store, ingest_demo


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def demo_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A store holding the demo story, shared by the read-only tests of a module, on each backend."""
    with empty_store(request.param, tmp_path_factory.mktemp("web")) as url:
        ingest_demo(url)
        yield url


@pytest.fixture(scope="session")
def demo_sqlite(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store with the demo story, for tests that do not depend on the backend."""
    url = f"sqlite:///{tmp_path_factory.mktemp('web-demo') / 'demo.db'}"
    ingest_demo(url)
    return url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for a module's browser tests."""
    path = chromium_path()
    if path is None:
        pytest.skip("no chromium binary (apt-get install chromium; .ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, headless=True)
        try:
            yield browser
        finally:
            browser.close()
