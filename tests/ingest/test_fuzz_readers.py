"""Fuzzing the ingest stage: arbitrary bytes and broken UTF-8/UTF-16/windows-1256 through encoding
detection, every format reader and ``read_sources`` on files. Each returns or raises only what it
documents: ``decode`` a :class:`Decoded` or :class:`NotText`; readers and ``read_sources`` only yield
articles and problems, never raise, and never lose an input without a line naming it."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from fuzz import encoded, texts
from marsad.ingest import READERS, NotText, SourceFile, decode, read_sources
from marsad.model import Article, Problem


@given(encoded())
def test_decode_returns_text_or_says_not_text(data: bytes) -> None:
    try:
        found = decode(data)
    except NotText as exc:
        assert str(exc)
        return
    assert isinstance(found.text, str) and found.method in ("bom", "utf-8", "declared", "detected")
    if not found.replaced and found.method != "bom" and not found.cut_off:
        assert data.decode(found.encoding) == found.text  # the module's guarantee


@given(st.sampled_from(sorted(READERS)), texts, st.booleans())
def test_every_reader_yields_articles_and_problems_only(fmt: str, text: str, cut_off: bool) -> None:
    item = SourceFile(Path("fuzz/input.any"), text, "utf-8", cut_off=cut_off)
    for found in READERS[fmt](item):
        assert isinstance(found, (Article, Problem))
        if isinstance(found, Problem):
            assert found.reason and found.level in ("error", "warning", "notice")
            assert found.source.startswith("fuzz/input.any")


@given(st.lists(st.tuples(st.sampled_from([".txt", ".html", ".jsonl", ".xml", ".dat", ""]), encoded()), min_size=1, max_size=4))
def test_read_sources_names_every_file_it_cannot_use(files: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for n, (suffix, data) in enumerate(files):
            path = Path(folder) / f"f{n}{suffix}"
            path.write_bytes(data)
            paths.append(str(path))
        items = list(read_sources(paths))
    for item in items:
        assert isinstance(item, (Article, Problem))
    for path in paths:  # each file gave an article or a line naming it
        assert any((item.source or "").startswith(path) for item in items), path
    ids = [a.id for a in items if isinstance(a, Article)]
    assert len(ids) == len(set(ids))


def test_read_sources_names_a_json_lines_file_of_white_space(tmp_path: Path) -> None:
    """Found by the fuzzing above: a .jsonl file of blank lines gave no article and no line about it."""
    (tmp_path / "blank.jsonl").write_bytes(b"\t\n  \n")
    (problem,) = read_sources([tmp_path / "blank.jsonl"])
    assert isinstance(problem, Problem) and problem.reason == "empty file (only white space)"
