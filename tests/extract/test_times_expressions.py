"""The temporal tagger on a table of Arabic time expressions from news copy of every region
(tests/extract/data/time_expressions.tsv): each is found with its text, value and granularity, and the
contexts that hold no time expression give none."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from marsad.extract.times import tag_text

TABLE = Path(__file__).resolve().parent / "data" / "time_expressions.tsv"


def rows() -> list[dict[str, str]]:
    lines = [line for line in TABLE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = rows()


def test_table_holds_at_least_200_expressions_from_every_region() -> None:
    assert len(ROWS) >= 200
    notes = " ".join(r["note"] for r in ROWS)
    for region in ("Egypt", "Gulf", "Levant", "Iraq", "Morocco", "Algeria", "Tunisia", "Hijri"):
        assert region in notes


@pytest.mark.parametrize("row", [r for r in ROWS if r["expression"] != "-"], ids=lambda r: r["expression"])
def test_tag_text_reads_the_expression_with_its_value(row: dict[str, str]) -> None:
    anchor = None if row["anchor"] == "-" else row["anchor"]
    found = {x.text: x for x in tag_text(row["context"], anchor=anchor)}
    assert row["expression"] in found, list(found)
    x = found[row["expression"]]
    assert (x.value, x.granularity) == (None if row["value"] == "null" else row["value"], row["granularity"] or None)
    if x.value is None:
        assert x.note  # an unresolved expression says why


@pytest.mark.parametrize("row", [r for r in ROWS if r["expression"] == "-"], ids=lambda r: r["note"])
def test_tag_text_finds_no_time_where_there_is_none(row: dict[str, str]) -> None:
    assert [x.text for x in tag_text(row["context"], anchor=row["anchor"])] == []
