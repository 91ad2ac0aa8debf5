"""Quality gate: quote extraction must stay at or above the floors of bench/baselines/quotes.json on the
hand-annotated SaudiNewsNet quotes (bench/data/quotes_saudinewsnet.jsonl; articles in ../shared/data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench_scripts import bench_module, floors

REPO = Path(__file__).resolve().parents[2]
FLOORS = floors("quotes")


def _bench():
    return bench_module("quote_eval")


def test_quotes_quality_gate_saudinewsnet_at_or_above_floors() -> None:
    bench = _bench()
    if not any(bench.SAUDINEWSNET.glob("*.zip")):
        pytest.skip(f"SaudiNewsNet not found under {bench.SAUDINEWSNET} (set MARSAD_DATA)")
    annotations = bench.read_annotations()
    assert len(annotations) >= 25 and sum(len(a["quotes"]) for a in annotations) >= 60
    scores, _ = bench.evaluate(annotations, bench.load_articles({a["article"] for a in annotations}))
    figures = scores.as_dict()
    below = {k: (figures[k], floor) for k, floor in FLOORS["saudinewsnet_quotes"].items() if figures[k] < floor}
    assert not below, f"below the floors of bench/baselines/quotes.json: {below}"


@pytest.mark.parametrize(
    ("predicted", "gold", "right"),
    [
        ("الشمري", "حمدان ساير الشمري", True),  # the surname alone names him
        ("وزير الخارجية عادل الجبير", "عادل الجبير", True),
        ("وزير الخارجية", "عادل الجبير", False),  # a title is not a name
        (None, "مصدر أمني", False),
    ],
)
def test_quote_eval_speaker_criterion(predicted: str | None, gold: str, right: bool) -> None:
    assert _bench().speaker_right(predicted, gold) is right
