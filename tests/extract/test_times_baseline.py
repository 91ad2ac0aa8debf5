"""Quality gate: the temporal tagger's spans must stay at or above the floors of bench/baselines/time.json
on the Wojood public sample (../shared/data/ner/wojood_sample)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench_scripts import bench_module, floors

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data" / "ner" / "wojood_sample"
FLOORS = floors("time")


def _bench():
    return bench_module("time_eval")


def test_times_quality_gate_wojood_spans_at_or_above_floors() -> None:
    if not all((DATA / f"{split}.txt").exists() for split in ("train", "val", "test")):
        pytest.skip(f"Wojood sample not found under {DATA} (see ../shared/data/README.md)")
    bench = _bench()
    sentences = [s for split in bench.SPLITS for s in bench.read_wojood(DATA / f"{split}.txt")]
    scores = bench.evaluate(sentences).as_dict()
    below = {k: (scores[k], floor) for k, floor in FLOORS["wojood_sample"].items() if scores[k] < floor}
    assert not below, f"below the floors of bench/baselines/time.json: {below}"


@pytest.mark.parametrize(
    ("line", "gold"),
    [
        ("في O\n15 B-DATE\n/ I-DATE\n1 I-DATE\n/ I-DATE\n1959 I-DATE\n. O\n", [("15 / 1 / 1959", "DATE")]),
        ("الآن B-TIME\nبعد O\nعام B-DATE B-EVENT\n2019 I-DATE\n", [("عام 2019", "DATE"), ("الآن", "TIME")]),
    ],
)
def test_time_eval_reads_wojood_spans(tmp_path: Path, line: str, gold: list[tuple[str, str]]) -> None:
    path = tmp_path / "sample.txt"
    path.write_text(line, encoding="utf-8")
    (sentence,) = _bench().read_wojood(path)
    assert sorted((sentence.text[s:e], kind) for s, e, kind in sentence.gold) == sorted(gold)
