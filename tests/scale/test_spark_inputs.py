"""`marsad spark digest` refuses, at once and in one line with exit code 2, the inputs it does not read
(a folder of .txt articles with a manifest — the demo —, a .txt or .html file, a missing path), before
starting Spark; JSON lines files, folders of them and Parquet datasets are accepted."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.importorskip("pyspark")

from marsad.cli import app
from marsad.scale.ingest import unreadable_input

DEMO = Path(__file__).resolve().parents[2] / "examples" / "iraq-2021"


def test_the_demo_folder_is_refused_at_once_in_one_line(tmp_path: Path) -> None:
    started = time.perf_counter()
    result = CliRunner().invoke(app, ["spark", "digest", str(DEMO), "--out", str(tmp_path / "out")])
    assert time.perf_counter() - started < 10  # no Spark session was started
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"marsad spark: cannot read {DEMO}: a folder of articles (.txt files)")
    assert "marsad digest" in line
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("name", "content", "why"),
    [
        ("article.txt", "عنوان\nنص", "a .txt file"),
        ("page.html", "<html><body><p>نص</p></body></html>", "a .html file"),
        ("feed.xml", "<rss></rss>", "a .xml file"),
    ],
)
def test_article_files_are_refused(tmp_path: Path, name: str, content: str, why: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    reason = unreadable_input(str(path))
    assert reason is not None and reason.startswith(why)


def test_json_lines_and_parquet_are_accepted(tmp_path: Path) -> None:
    lines = tmp_path / "lines"
    lines.mkdir()
    record = {"id": "a", "title": "عنوان", "text": "نص الخبر."}
    for name in ("a.jsonl", "b.ndjson"):
        (lines / name).write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (lines / "_SUCCESS").write_text("")
    assert unreadable_input(str(lines / "a.jsonl")) is None
    assert unreadable_input(str(lines)) is None
    assert unreadable_input("hdfs://archive/2021.jsonl") is None
    assert unreadable_input("s3a://bucket/articles.txt") == "a .txt file, not JSON lines or Parquet"
    assert unreadable_input(str(tmp_path / "missing.jsonl")) == "does not exist"
    (lines / "manifest.jsonl").write_text('{"file": "a.jsonl"}\n', encoding="utf-8")
    assert unreadable_input(str(lines)) == "a folder of articles (with a manifest), not of JSON lines or Parquet"
