"""Quality gate: quote extraction must stay within the bounds of bench/baselines/quotes.json on the
hand-annotated SaudiNewsNet quotes (bench/data/quotes_saudinewsnet.jsonl; articles in ../shared/data):
floors for detection and right speakers, a ceiling for wrong speakers, on the tuning parts and on the
held-out part."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench_scripts import bench_module, floors
from marsad.model import Quote

REPO = Path(__file__).resolve().parents[2]
BOUNDS = floors("quotes")


def _bench():
    return bench_module("quote_eval")


@pytest.mark.parametrize(("parts", "key"), [(("tune-1", "tune-2"), "saudinewsnet_quotes"), (("heldout",), "saudinewsnet_heldout")])
def test_quotes_quality_gate_saudinewsnet_within_bounds(parts: tuple[str, ...], key: str) -> None:
    bench = _bench()
    if not any(bench.SAUDINEWSNET.glob("*.zip")):
        pytest.skip(f"SaudiNewsNet not found under {bench.SAUDINEWSNET} (set MARSAD_DATA)")
    annotations = bench.read_annotations(parts=parts)
    assert len(annotations) >= 12 and sum(len(a["quotes"]) for a in annotations) >= 50
    scores, _ = bench.evaluate(annotations, bench.load_articles({a["article"] for a in annotations}))
    figures = scores.as_dict()
    below = {k: (figures[k], floor) for k, floor in BOUNDS[key]["floors"].items() if figures[k] < floor}
    above = {k: (figures[k], ceiling) for k, ceiling in BOUNDS[key]["ceilings"].items() if figures[k] > ceiling}
    assert not below and not above, f"outside the bounds of bench/baselines/quotes.json: {below} {above}"


def _predicted(name: str | None, named: bool = False, confidence: float = 0.9) -> object:
    quote = Quote("a", 0, 1, "x", "indirect", speaker_name=name, speaker_confidence=confidence)
    return _bench().Predicted(quote, name, named, abstained=not name or confidence < 0.5)


@pytest.mark.parametrize(
    ("predicted", "gold", "outcome"),
    [
        (_predicted("الشمري"), {"speaker": "حمدان ساير الشمري"}, "right"),  # the surname alone names him
        (_predicted("وزير الخارجية عادل الجبير"), {"speaker": "عادل الجبير"}, "right"),
        (_predicted("وزير الخارجية"), {"speaker": "عادل الجبير"}, "wrong"),  # a title is not a name
        (_predicted("محمد بن نايف"), {"speaker": "محمد بن سلمان"}, "wrong"),  # a shared given name is not enough
        (_predicted("جون"), {"speaker": "سامح شكري", "aliases": ["جون كيري"]}, "right"),  # a joint statement
        (_predicted(None), {"speaker": "مصدر أمني", "generic": True}, "abstained"),
        (_predicted("عادل الجبير", confidence=0.3), {"speaker": "عادل الجبير"}, "abstained"),  # shown as unclear
        (_predicted("مصدر أمني"), {"speaker": "مصدر أمني في بغداد", "generic": True}, "right"),
        # a generic source given to a named entity is words in the wrong mouth, even with a word in common
        (_predicted("وزارة الداخلية", named=True), {"speaker": "مصادر في وزارة الداخلية", "generic": True}, "wrong"),
    ],
)
def test_quote_eval_speaker_outcome(predicted: object, gold: dict, outcome: str) -> None:
    assert _bench().speaker_outcome(predicted, gold) == outcome
