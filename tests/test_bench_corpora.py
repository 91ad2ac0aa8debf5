"""The benches' corpus helpers, as a user scripting a sample with them calls them."""

from __future__ import annotations

import json
from pathlib import Path

from bench_scripts import bench_module


def test_write_jsonl_takes_a_file_name_and_a_list(tmp_path: Path) -> None:
    # two helpers' one-liners passed a string and a list (stop 47): a Path and an iterator were needed
    corpora = bench_module("corpora")
    records = [{"id": "a", "title": "عنوان", "text": "نص الخبر"}, {"id": "b", "title": "", "text": "خبر آخر"}]
    name = str(tmp_path / "sample.jsonl")
    assert corpora.write_jsonl(records, name) == 2
    assert [json.loads(line)["text"] for line in Path(name).read_text(encoding="utf-8").splitlines()] == ["نص الخبر", "خبر آخر"]
