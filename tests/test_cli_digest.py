"""The `marsad` command as a user runs it: output, files, exit codes, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "examples" / "iraq-2021"


def marsad(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "marsad.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path]:
    out = tmp_path_factory.mktemp("out")
    run = marsad("digest", str(DEMO), "--json", str(out / "d.json"), "--html", str(out / "d.html"),
                 "--md", str(out / "d.md"))
    return run, out


def test_cli_digest_demo_prints_one_cited_story(demo_run) -> None:
    run, _ = demo_run
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("## القصة") == 1
    summary = run.stdout.split("### الملخص")[1].split("###")[0]
    bullets = [line for line in summary.splitlines() if line.startswith("- ")]
    # 001 has no outlet and no URL in the manifest: it is cited as an unknown source, never by its id
    outlets = ("العين الإخبارية", "بال بلس", "الجزيرة نت", "الميادين", "مصدر غير معروف")
    assert bullets and all(any(f"[{o}]" in line for o in outlets) for line in bullets)
    assert "[001_5ea341804dc68234]" not in run.stdout
    assert "| مصدر غير معروف | 001_5ea341804dc68234 |" in run.stdout  # the sources table maps it to its id
    # counts agree with their nouns: one story, five articles
    assert run.stdout.startswith("# مرصد: قصة واحدة من 5 مقالات\n")


def test_cli_digest_writes_json_html_and_markdown(demo_run) -> None:
    run, out = demo_run
    data = json.loads((out / "d.json").read_text(encoding="utf-8"))
    assert {"articles", "duplicates", "borrowed", "stories", "problems"} <= data.keys()
    assert {"id", "title", "outlet", "published", "text", "removed"} <= data["articles"][0].keys()
    story = data["stories"][0]
    for sentence in story["summary"]:
        cite = sentence["cites"][0]
        text = next(a["text"] for a in data["articles"] if a["id"] == cite["article"])
        assert text[cite["start"] : cite["end"]] == sentence["text"]
    html = (out / "d.html").read_text(encoding="utf-8")
    assert 'dir="rtl"' in html and "<mark id=" in html and "<script" not in html
    assert (out / "d.md").read_text(encoding="utf-8") == run.stdout


def test_cli_digest_bad_inputs_are_named_and_the_rest_is_processed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "legacy.txt").write_bytes(
        "العراق يؤكد انسحاب القوات\nأكدت السلطات العراقية اليوم أن القوات القتالية ستغادر البلاد نهاية العام.".encode(
            "windows-1256"
        )
    )
    (folder / "cut.html").write_text(
        "<html><head><title>خبر</title></head><body><article><p>قال المتحدث باسم الحكومة إن", encoding="utf-8"
    )
    (folder / "lines.jsonl").write_text(
        json.dumps({"id": "j1", "title": "خبر", "text": "وصل وفد عراقي إلى واشنطن اليوم للقاء المسؤولين الأمريكيين."},
                   ensure_ascii=False)
        + "\n{broken json\n",
        encoding="utf-8",
    )
    missing = tmp_path / "nope.txt"
    run = marsad("digest", str(folder), str(missing), str(DEMO / "000_0d20a9110642fab2.txt"))
    assert run.returncode == 3, run.stderr
    lines = run.stderr.strip().splitlines()
    for name in ("empty.txt", "binary.txt", "lines.jsonl:2", "nope.txt", "cut.html"):
        assert sum(name in line for line in lines) == 1, (name, lines)
    assert any("windows-1256" in line and "legacy.txt" in line for line in lines)
    assert "## القصة" in run.stdout


def test_cli_digest_nothing_usable_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    run = marsad("digest", str(tmp_path / "empty.txt"))
    assert run.returncode == 1
    assert "empty.txt" in run.stderr


def test_cli_usage_error_exits_2() -> None:
    assert marsad("digest").returncode == 2
    assert marsad("digest", str(DEMO), "--words", "nine").returncode == 2


def test_cli_help_teaches() -> None:
    run = marsad("digest", "--help")
    assert run.returncode == 0
    for word in ("--json", "--html", "--words", "manifest.jsonl"):
        assert word in run.stdout
