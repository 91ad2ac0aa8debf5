"""`marsad ingest`, `marsad search` and `marsad digest --db`: output, messages and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from marsad.cli import app

DEMO = Path(__file__).resolve().parents[2] / "examples" / "iraq-2021"


def test_ingest_search_digest_from_a_store(store_url: str, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(DEMO), "--db", store_url])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("5 new, 0 updated, 0 already stored")
    again = runner.invoke(app, ["ingest", str(DEMO), "--db", store_url])
    assert again.exit_code == 0 and again.stdout.startswith("0 new, 0 updated, 5 already stored")

    found = runner.invoke(app, ["search", "امريكيه", "--db", store_url, "--json", "--limit", "3"])
    assert found.exit_code == 0, found.output
    hits = json.loads(found.stdout)
    assert len(hits) == 3 and all(h["story"] == "s1" for h in hits)
    for hit in hits:
        assert all(h["text"] in hit["snippet"]["text"] for h in hit["highlights"])
    shown = runner.invoke(app, ["search", "ماكنزي", "--db", store_url, "--from", "2021-09-01", "--to", "2021-09-30"])
    assert shown.exit_code == 0 and "**ماكنزي**" in shown.stdout and "[000_0d20a9110642fab2]" in shown.stdout

    nothing = runner.invoke(app, ["search", "الهلال", "--db", store_url])
    assert nothing.exit_code == 1 and "no stored article matches" in nothing.stderr
    hostile = runner.invoke(app, ["search", '"*', "--db", store_url])
    assert hostile.exit_code == 2 and "no words to search for" in hostile.stderr
    bad_date = runner.invoke(app, ["search", "العراق", "--db", store_url, "--from", "9/10/2021"])
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.stderr

    digest = runner.invoke(app, ["digest", "--db", store_url, "--json", str(tmp_path / "d.json")])
    assert digest.exit_code == 0, digest.output
    assert "واشنطن: القوات الأمريكية لن تغادر العراق" in digest.stdout
    assert len(json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))["stories"]) == 1


def test_store_command_line_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(app, ["search", "العراق", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no store at" in missing.stderr
    assert not (tmp_path / "none.db").exists()
    unknown = runner.invoke(app, ["ingest", str(DEMO), "--db", "mysql://x/y"])
    assert unknown.exit_code == 2 and "unknown store URL" in unknown.stderr
    neither = runner.invoke(app, ["digest"])
    assert neither.exit_code == 2 and "--db" in neither.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = runner.invoke(app, ["ingest", str(empty), "--db", str(tmp_path / "s.db")])
    assert nothing.exit_code == 1
