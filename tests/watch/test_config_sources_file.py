"""The sources file: the smallest form works as written in the issue, and `marsad sources check` says what
is wrong line by line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.watch import load_sources
from marsad.watch.config import parse_duration, parse_size

SMALLEST = """[[source]]
name = "aljazeera"
outlet = "الجزيرة نت"
feed = "https://www.aljazeera.net/rss"        # RSS or Atom
# sitemap = "https://…/news-sitemap.xml"     # news sitemaps too
# every = "10m"                              # polling interval, default 10 minutes
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_smallest_form_works_as_written(tmp_path: Path) -> None:
    config, problems = load_sources(_write(tmp_path, SMALLEST))
    assert config is not None
    (source,) = config.sources
    assert (source.name, source.outlet, source.url, source.kind) == (
        "aljazeera", "الجزيرة نت", "https://www.aljazeera.net/rss", "feed")
    assert source.every == 600  # ten minutes
    # only a warning: no contact URL for the User-Agent
    assert [p.level for p in problems] == ["warning"] and "contact" in problems[0].reason
    result = CliRunner().invoke(app, ["sources", "check", str(tmp_path / "sources.toml")])
    assert result.exit_code == 0
    assert "1 sources: ok" in result.stdout


def test_full_file_with_watchlists_and_alerts(tmp_path: Path) -> None:
    text = """[watch]
contact = "https://newsroom.example/marsad"
every = "5m"
per_host = "2s"
max_page = "3MB"
recheck = "off"

[alerts]
jsonl = "alerts.jsonl"
webhook = "https://hooks.example/marsad"

[[watchlist]]
name = "iraq-pm"
entities = ["مصطفى الكاظمي"]
words = ["الانتخابات"]

[[source]]
name = "okaz"
sitemap = "https://www.okaz.com.sa/news-sitemap.xml"
every = "1h30m"

[[source]]
name = "sabq"
feed = "https://sabq.org/rss"
"""
    config, problems = load_sources(_write(tmp_path, text))
    assert problems == [] and config is not None
    okaz, sabq = config.sources
    assert (okaz.kind, okaz.every, okaz.recheck) == ("sitemap", 5400, None)
    assert sabq.every == 300 and sabq.outlet is None
    assert config.politeness.per_host == 2 and config.politeness.max_page == 3 * 2**20
    assert config.alerts_jsonl == tmp_path / "alerts.jsonl"
    assert config.watchlists[0].entities == ("مصطفى الكاظمي",)


def test_check_says_what_is_wrong_line_by_line(tmp_path: Path) -> None:
    text = """[watch]
contact = "mailto:me@example.org"
every = "ten minutes"

[[source]]
name = "aljazeera"
fead = "https://www.aljazeera.net/rss"

[[source]]
name = "aljazeera"
feed = "ftp://example.org/rss"
sitemap = "https://example.org/sitemap.xml"

[[source]]
name = "bad name!"
feed = "https://example.org/feed"
every = "20s"

[[watchlist]]
name = "empty"
"""
    path = _write(tmp_path, text)
    config, problems = load_sources(path)
    assert config is None
    found = {(p.line, p.level): p.reason for p in problems}
    assert "contact must be an http(s) URL" in found[(2, "error")]
    assert "not a duration" in found[(3, "error")]
    assert "unknown key 'fead'" in found[(7, "error")] and "did you mean 'feed'" in found[(7, "error")]
    assert "no feed or sitemap" in found[(5, "error")]
    assert "already used by the source at line 5" in found[(10, "error")]
    assert "both feed and sitemap" in found[(9, "error")]
    assert "each source needs a name" in found[(15, "error")]
    assert "more than once a minute" in found[(17, "warning")]
    assert "no entities, words or outlets" in found[(19, "error")]
    result = CliRunner().invoke(app, ["sources", "check", str(path)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith(f"marsad: {path}:2: error:")
    assert any(line.startswith(f"marsad: {path}:7: error: unknown key 'fead'") for line in lines)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('[[source]]\nname = "a"\nfeed = "https://x.example/rss\n', 3, "not valid TOML"),
        ("", 0, "nothing to watch"),
        ('[[sources]]\nname = "a"\nfeed = "https://x.example/rss"\n', 1, "did you mean [[source...]?"),
    ],
)
def test_broken_files_name_the_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    config, problems = load_sources(_write(tmp_path, text))
    assert config is None
    assert any(p.line == line and words in p.reason for p in problems), problems


def test_missing_and_non_utf8_files(tmp_path: Path) -> None:
    assert "cannot read" in load_sources(tmp_path / "nothing.toml")[1][0].reason
    path = tmp_path / "cp1256.toml"
    path.write_bytes('[[source]]\nname = "a"\noutlet = "الجزيرة"\n'.encode("cp1256"))
    assert "not UTF-8" in load_sources(path)[1][0].reason


def test_durations_and_sizes() -> None:
    assert parse_duration("1h30m") == 5400
    assert parse_duration("500ms") == 0.5
    assert parse_duration(90) == 90
    assert parse_size("800KB") == 800 * 1024
    with pytest.raises(ValueError):
        parse_duration("soon")
    with pytest.raises(ValueError):
        parse_size("-1MB")


def test_watch_reads_the_settings_of_config_and_refuses_a_wrong_one(tmp_path: Path) -> None:
    # --config is the same settings file as for `marsad ingest` (docs/settings.md): a wrong key is named
    # before anything is polled or stored
    settings = tmp_path / "marsad.toml"
    settings.write_text("[summary]\nword = 80\n", encoding="utf-8")
    db = tmp_path / "news.db"
    result = CliRunner().invoke(app, ["watch", str(_write(tmp_path, SMALLEST)), "--db", str(db), "--once",
                                      "--config", str(settings)])
    assert result.exit_code == 2
    assert "marsad: --config:" in result.stderr and "summary.word" in result.stderr
    assert not db.exists()
