"""Shared fixtures: the demo corpus, the gold reading of it, and the shared data folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "examples" / "iraq-2021"
SHARED = Path(os.environ.get("MARSAD_SHARED", REPO.parent / "shared"))
GOLD_PATH = SHARED / "gold" / "iraq-2021.json"


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    return DEMO


@pytest.fixture(scope="session")
def gold() -> dict:
    if not GOLD_PATH.exists():
        pytest.skip(f"gold file not found at {GOLD_PATH}")
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def demo_digest():
    """The digest of the demo corpus, made once per test session through the public API."""
    import marsad

    return marsad.digest([DEMO])
