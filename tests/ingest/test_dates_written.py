"""Publication dates as exports and spreadsheets write them: read when they read one way, left to the
article's own text when they read two."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from marsad.ingest.dates import iso_date
from marsad.model import Problem
from marsad.pipeline import load_articles

from .conftest import DEMO


@pytest.mark.parametrize(("written", "expected"), [
    # numeric, the year last: only when one reading is possible
    ("25/07/2021", "2021-07-25"),
    ("٢٥/٠٧/٢٠٢١", "2021-07-25"),
    ("25-07-2021 14:05", "2021-07-25T14:05:00"),
    ("25.07.2021", "2021-07-25"),
    ("07/25/2021", "2021-07-25"),
    ("الأحد 25/7/2021", "2021-07-25"),
    ("14:05 25/07/2021", "2021-07-25T14:05:00"),
    ("آخر تحديث: الأحد 25/07/2021 - 10:15 ص", "2021-07-25T10:15:00"),
    ("9/10/2021", None),
    ("31/02/2021", None),
    # Arabic month names of every system, with a weekday, a clock, both names of a month
    ("الأحد 25 يوليو 2021", "2021-07-25"),
    ("25 تموز 2021", "2021-07-25"),
    ("25 تموز / يوليو 2021", "2021-07-25"),
    ("25 يوليو/تموز 2021", "2021-07-25"),
    ("25 جويلية 2021", "2021-07-25"),
    ("25 كانون الثاني 2021", "2021-01-25"),
    ("الأحد، 25 يوليو 2021 - 14:05", "2021-07-25T14:05:00"),
    ("السبت 24 يوليو 2021 الساعة 10:30 م", "2021-07-24T22:30:00"),
    ("الخميس 9 سبتمبر 2021 م", "2021-09-09"),
    ("نشر في: 25 يوليو 2021", "2021-07-25"),
    ("31 فبراير 2021", None),
    # Hijri (Umm al-Qura), as Saudi outlets stamp them
    ("16 ذو الحجة 1442 هـ", "2021-07-26"),
    ("1 رمضان 1436", "2015-06-18"),
    # English
    ("July 25, 2021", "2021-07-25"),
    ("Sunday, 25 July 2021", "2021-07-25"),
    ("Thursday 9 September 2021 10:05 PM", "2021-09-09T22:05:00"),
    ("25 July 2021 12:10 am", "2021-07-25T00:10:00"),
    ("Sun, 25 Jul 2021 08:00:00 GMT", "2021-07-25T08:00:00+00:00"),
    # Unix time, seconds and milliseconds
    ("1627210800", "2021-07-25T11:00:00+00:00"),
    ("1627210800000", "2021-07-25T11:00:00+00:00"),
    # not dates
    ("منذ ساعتين", None),
    ("2021", None),
    ("12345", None),
])
def test_a_written_date_is_read_when_it_reads_one_way(written: str, expected: str | None) -> None:
    assert iso_date(written) == expected


def test_a_date_that_reads_two_ways_is_decided_by_the_articles_weekday(tmp_path: Path) -> None:
    """The demo's العين الإخبارية report says «اليوم الخميس»: 9/9/2021 was a Thursday; 10/9/2021 is read
    as 10 September (the day after, a page stamped after midnight), not 9 October, a Saturday."""
    title, _, body = (DEMO / "000_0d20a9110642fab2.txt").read_text(encoding="utf-8").partition("\n")
    path = tmp_path / "export.jsonl"
    path.write_text("".join(
        json.dumps({"title": title, "text": body, "date": day}, ensure_ascii=False) + "\n"
        for day in ("10/9/2021", "9/9/2021")
    ), encoding="utf-8")
    problems: list[Problem] = []
    first, second = load_articles([path], problems, workers=1)
    assert (first.published, second.published) == ("2021-09-10", "2021-09-09")
    assert first.meta["published_evidence"].startswith("the stated date «10/9/2021» reads 2021-09-10 (day/month)")
    assert first.meta["published_evidence"].endswith("so 2021-09-10")
    assert [p.source for p in problems] == [f"{path}:1"]  # the warning names the line; 9/9 reads one way


def test_a_files_own_order_reads_its_two_way_dates(tmp_path: Path) -> None:
    """An export writes its dates in one order: once a date of the file reads one way (day first:
    26/07/2021), the file's two-way dates are read in that order; one met before it stays undecided."""
    title, _, body = (DEMO / "001_5ea341804dc68234.txt").read_text(encoding="utf-8").partition("\n")
    path = tmp_path / "export.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["title", "text", "date"])
        for day in ("05/07/2021", "26/07/2021", "05/07/2021", "07/05/2021 10:30"):
            writer.writerow([title, body.strip(), day])
    problems: list[Problem] = []
    articles = load_articles([path], problems, workers=1)
    assert [a.published for a in articles][1:] == ["2021-07-26", "2021-07-05", "2021-05-07T10:30:00"]
    assert articles[2].meta["published_order"] == "day/month, as the dates of this file that read one way"
    assert [p.source for p in problems if p.level == "warning"] == [articles[0].source]  # only the first
