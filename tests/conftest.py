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


# Property-based tests (hypothesis) run with a fixed budget and a fixed seed: the same examples on every
# run, so CI is repeatable and fast (the whole fuzz set takes seconds). `HYPOTHESIS_PROFILE=deep` tries
# many more, for a search by hand.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "ci", max_examples=40, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("deep", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
