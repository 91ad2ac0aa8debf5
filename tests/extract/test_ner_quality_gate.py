"""Quality gate: the default tagger, the whole recognizer on top of it, and the CRF alone must stay at or above
the floors in bench/baselines/ner.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench_scripts import bench_module
from marsad.extract.ner.corpus import (
    TaggedSentence,
    attach_conjunctions,
    newsfane_split,
    read_aqmar,
    read_conll,
    score,
)
from marsad.extract.ner.tagger import DEFAULT_TAGGER, tag_tokens, tagger_name, use_tagger

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data" / "ner"
FLOORS = json.loads((REPO / "bench" / "baselines" / "ner.json").read_text(encoding="utf-8"))


def _f1(sentences: list[TaggedSentence]) -> dict[str, float]:
    prepared = [attach_conjunctions(s) for s in sentences]
    return {k: v.f1 for k, v in score([s.tags for s in prepared], [tag_tokens(s.tokens) for s in prepared]).items()}


def _sets() -> dict[str, list[TaggedSentence]]:
    if not (DATA / "newsfane_train.conll").exists() or not (DATA / "aqmar" / "articles").is_dir():
        pytest.skip(f"NER data not found under {DATA} (see ../shared/data/README.md)")
    return {
        "newsfane-heldout": newsfane_split(read_conll(DATA / "newsfane_train.conll"))[1],
        "aqmar": read_aqmar(DATA / "aqmar" / "articles"),
    }


@pytest.mark.parametrize("test_set", ["newsfane-heldout", "aqmar"])
def test_ner_quality_gate_f1_at_or_above_floors(test_set: str) -> None:
    f1 = _f1(_sets()[test_set])
    below = {label: (f1.get(label, 0.0), floor) for label, floor in FLOORS[test_set].items()
             if f1.get(label, 0.0) < floor}
    assert not below, f"F1 below floor on {test_set}: {below}"


@pytest.mark.parametrize("test_set", ["newsfane-heldout", "aqmar"])
def test_ner_quality_gate_recognizer_at_or_above_floor(test_set: str) -> None:
    """PER+ORG+LOC F1 of ``recognize_entities`` (tagger, lists, rules, echoes) as ``bench/ner_eval.py``
    measures it: a rule that costs more names than it finds fails here."""
    f1 = bench_module("ner_eval").evaluate(_sets()[test_set])["recognizer"]["PER+ORG+LOC"].f1
    floor = FLOORS["recognizer"][test_set]
    assert f1 >= floor, f"recognizer PER+ORG+LOC F1 {f1} below its floor {floor} on {test_set}"


@pytest.mark.parametrize("test_set", ["newsfane-heldout", "aqmar"])
def test_ner_quality_gate_default_beats_the_crf_alone(test_set: str) -> None:
    """The default tagger (``joint``: the CRF and the fast network decoded together) is the default because
    it finds more of the names than the CRF alone (``--ner crf``, still offered): the CRF at or above its own
    floors, and the default above it, tagger and recognizer."""
    sets = _sets()
    before = tagger_name()
    assert before == DEFAULT_TAGGER == "joint"
    default = bench_module("ner_eval").evaluate(sets[test_set])
    use_tagger("crf")
    try:
        crf = bench_module("ner_eval").evaluate(sets[test_set])
    finally:
        use_tagger(before)
    for layer in ("tagger", "recognizer"):
        f1, floor = crf[layer]["PER+ORG+LOC"].f1, FLOORS["crf"][layer][test_set]
        assert f1 >= floor, f"crf {layer} PER+ORG+LOC F1 {f1} below its floor {floor} on {test_set}"
        assert default[layer]["PER+ORG+LOC"].f1 > f1, (layer, default[layer]["PER+ORG+LOC"].f1, f1)
