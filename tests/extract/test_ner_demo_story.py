"""The demo story end to end: every gold entity found, its variants merged, nothing wrongly merged."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from marsad.extract.entities import recognize_entities
from marsad.extract.resolve import resolve_entities

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO.parent / "shared" / "gold" / "iraq-2021.json"
FLOORS = json.loads((REPO / "bench" / "baselines" / "ner.json").read_text(encoding="utf-8"))

# The article builder and the gold comparison are bench/ner_demo_check.py's, so the test and the script
# that prints the figures cannot drift apart.
_spec = importlib.util.spec_from_file_location("ner_demo_check", REPO / "bench" / "ner_demo_check.py")
assert _spec and _spec.loader
demo = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(demo)


@pytest.fixture(scope="module")
def report() -> dict:
    if not GOLD.exists():
        pytest.skip(f"gold reading not found at {GOLD}")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    articles = demo.demo_articles(demo.CORPUS, gold)
    entities = resolve_entities([m for a in articles for m in recognize_entities(a)], articles)
    return demo.check(entities, gold, articles)


def test_ner_demo_every_gold_entity_found_with_its_type(report: dict) -> None:
    rows = report["entities"]
    recall = sum(r["found"] for r in rows) / len(rows)
    assert recall >= FLOORS["demo_gold_recall"], [r for r in rows if not r["found"]]


def test_ner_demo_variants_merged_into_one_entity(report: dict) -> None:
    assert [r["gold"] for r in report["entities"] if r["split"]] == []
    assert report["merge_errors"] == []


def test_ner_demo_related_link_names_are_not_entities(report: dict) -> None:
    assert report["forbidden_found"] == []
