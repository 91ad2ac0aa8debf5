"""Settings: one frozen object with a section per stage, read from ``--config marsad.toml``; a file that
names a setting marsad does not know, or gives a value of the wrong type, is refused naming it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.pipeline import digest
from marsad.settings import DEFAULT, Settings, SettingsError, SummarySettings, load_settings

DEMO = Path(__file__).resolve().parents[1] / "examples" / "iraq-2021"


def test_a_file_changes_only_what_it_names(tmp_path: Path) -> None:
    config = tmp_path / "marsad.toml"
    config.write_text("[summary]\nwords = 60\n\n[cluster]\nthreshold = 0.12\n", encoding="utf-8")
    settings = load_settings(config)
    assert settings.summary.words == 60 and settings.cluster.threshold == 0.12
    assert settings.dedup == DEFAULT.dedup and settings.summary.same_thing == DEFAULT.summary.same_thing
    assert load_settings(None) == Settings()
    # a switch is a TOML boolean
    config.write_text("[cluster]\nnamed_places = false\n", encoding="utf-8")
    assert load_settings(config).cluster.named_places is False


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("[summary]\nword = 60\n", "summary.word"),
        ("[clustering]\nthreshold = 0.1\n", "[clustering]"),
        ('[cluster]\nthreshold = "high"\n', "cluster.threshold"),
        ("[summary]\nwords = 60.5\n", "summary.words"),
        ("[summary]\nwords = true\n", "summary.words"),
        ("[cluster]\nnamed_places = 1\n", "cluster.named_places"),
        ("summary = 3\n", "[summary]"),
        ("[summary\nwords = 1\n", "not valid TOML"),
    ],
)
def test_a_wrong_file_is_refused_naming_the_setting(tmp_path: Path, text: str, named: str) -> None:
    config = tmp_path / "marsad.toml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError) as error:
        load_settings(config)
    assert str(config) in str(error.value) and named in str(error.value)


def test_the_summary_budget_reaches_the_digest() -> None:
    short = digest([DEMO], settings=Settings(summary=SummarySettings(words=40)))
    usual = digest([DEMO])
    words = [sum(len(s.text.split()) for s in story.summary) for story in short.stories]
    assert words and all(0 < n <= 40 for n in words)
    assert sum(len(s.text.split()) for s in usual.stories[0].summary) > 40


def test_the_command_line_reads_the_file_and_says_what_is_wrong(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.toml", tmp_path / "bad.toml"
    good.write_text("[summary]\nwords = 40\n", encoding="utf-8")
    bad.write_text("[dedup]\nthreshold = 0.7\n", encoding="utf-8")
    runner = CliRunner()
    shown = runner.invoke(app, ["digest", str(DEMO), "--config", str(good), "--json", str(tmp_path / "d.json")])
    assert shown.exit_code == 0, shown.output
    refused = runner.invoke(app, ["digest", str(DEMO), "--config", str(bad)])
    assert refused.exit_code == 2 and "dedup.threshold" in refused.output


def test_every_setting_is_listed_in_the_docs() -> None:
    from dataclasses import fields

    page = (Path(__file__).resolve().parents[1] / "docs" / "settings.md").read_text(encoding="utf-8")
    for section in fields(DEFAULT):
        for item in fields(getattr(DEFAULT, section.name)):
            value = getattr(getattr(DEFAULT, section.name), item.name)
            assert f"| `{section.name}.{item.name}` | {value!r} |" in page, f"{section.name}.{item.name}"
