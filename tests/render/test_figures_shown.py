"""The figures table of the briefing, the HTML report and the story page: each figure once, with every
article that gives it, however each wrote it; the JSON keeps every mention with its span."""

from __future__ import annotations

from marsad.analyze import figure_rows
from marsad.model import Digest
from marsad.render.html import digest_to_html
from marsad.render.json import digest_to_json
from marsad.render.markdown import digest_to_markdown


def _figures(markdown: str) -> list[str]:
    start = markdown.index("### الأرقام\n")
    end = markdown.find("\n### ", start + 1)
    return [line for line in markdown[start:end].splitlines() if line.startswith("| ") and "---" not in line][1:]


def test_a_figure_two_outlets_give_in_two_forms_is_one_row(demo_digest: Digest) -> None:
    # ``2500 جندي`` (الجزيرة نت) and ``2.5 ألف جندي`` (العين الإخبارية): one figure, one row naming both outlets
    rows = [line for line in _figures(digest_to_markdown(demo_digest)) if line.startswith("| 2,500 | جندي |")]
    assert len(rows) == 1, rows
    assert "2500 جندي" in rows[0] and "2.5 ألف جندي" in rows[0]
    assert "الجزيرة نت" in rows[0] and "العين الإخبارية" in rows[0]
    assert rows[0].count("|") == 5  # four cells: the outlets are listed within one


def test_every_mention_is_still_in_the_json_and_each_row_in_the_html(demo_digest: Digest) -> None:
    (story,) = digest_to_json(demo_digest)["stories"]
    troops = [q for q in story["quantities"] if q["value"] == 2500 and q["counted"] == "جندي"]
    assert len(troops) >= 2 and len({q["article"] for q in troops}) >= 2
    (shown,) = demo_digest.stories
    rows = figure_rows(shown.quantities)
    assert sum(len(r.quantities) for r in rows) == len(shown.quantities)
    assert len(rows) < len(shown.quantities)
    html = digest_to_html(demo_digest)
    assert "2500 جندي، 2.5 ألف جندي" in html
