"""Every bad input gives exactly one Problem naming it, and the batch goes on to the next input."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from marsad.model import Article, Problem

Read = Callable[..., tuple[list[Article], list[Problem]]]

DEMO = Path(__file__).resolve().parents[2] / "examples" / "iraq-2021"
GOOD = DEMO / "000_0d20a9110642fab2.txt"
ARTICLE = GOOD.read_text(encoding="utf-8")
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", ARTICLE)
    return buffer.getvalue()


def _cut_page() -> str:
    """A page cut off in the middle of its <head>: nothing of the article arrived."""
    return '<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>ماكنزي</title><link rel="styl'


# name, content (bytes; None = do not create), expected level, expected words in the reason
CASES = [
    ("missing.txt", None, "error", "does not exist"),
    ("empty.txt", b"", "error", "empty file (0 bytes)"),
    ("blank.txt", b" \n\t\r\n   \n", "error", "only white space"),
    ("image.txt", PNG_HEADER, "error", "binary file"),
    ("archive.txt", _zip_bytes(), "error", "binary file"),
    ("controls.html", bytes(range(1, 9)) * 64, "error", "mostly control characters"),
    ("title-only.txt", "ماكنزي: انسحابنا من العراق\n\n".encode(), "error", "only a title line"),
    ("cut.html", _cut_page().encode(), "error", "looks truncated, and no text"),
    ("empty-page.html", b"<html><body><footer>x</footer></body></html>", "error", "no text found in the HTML"),
    ("table.csv", "id,title\n1,ماكنزي\n".encode(), "error", "no column with the article's text"),
    ("table.ods", "id,title\n1,ماكنزي\n".encode(), "error", "unknown format (.ods)"),
    ("empty.xml", b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>', "error", "no entries"),
    ("broken.rss", "<rss><channel><title>وكالة الأنباء العراقية</title><ite".encode(), "error", "not a readable feed"),
]


@pytest.mark.parametrize(("name", "content", "level", "reason"), CASES, ids=[c[0] for c in CASES])
def test_sources_bad_input_one_problem_then_next(
    read: Read, tmp_path: Path, name: str, content: bytes | None, level: str, reason: str
) -> None:
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    articles, problems = read([bad, GOOD])
    assert [(p.source, p.level) for p in problems] == [(str(bad), level)]
    assert reason in problems[0].reason
    assert "Traceback" not in problems[0].reason and "\n" not in problems[0].reason
    assert [a.id for a in articles] == [GOOD.stem]  # the batch went on


def test_sources_oversize_with_small_limit(read: Read, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 3, encoding="utf-8")  # 12,234 bytes
    articles, problems = read([big, GOOD], max_bytes=8 * 1024)
    assert [str(p) for p in problems] == [f"error: {big}: too large: 11.9 KB, the limit is 8.0 KB; not read"]
    assert [a.id for a in articles] == [GOOD.stem]


def test_sources_oversize_refused_from_its_size(read: Read, tmp_path: Path) -> None:
    """A 4 GB file (sparse: it takes no disk) is refused from its size alone, at the default limit;
    the size in the message comes from the file system, not from reading it."""
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(4 * 2**30)
    articles, problems = read(huge)
    assert articles == []
    assert [str(p) for p in problems] == [f"error: {huge}: too large: 4.0 GB, the limit is 50.0 MB; not read"]


def test_sources_unreadable_file(read: Read, tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    if os.access(locked, os.R_OK):
        pytest.skip("this process reads files whatever their permissions (root)")
    articles, problems = read([locked, GOOD])
    assert [str(p) for p in problems] == [f"error: {locked}: cannot read: permission denied"]
    assert len(articles) == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_sources_named_pipe_not_opened(read: Read, tmp_path: Path) -> None:
    """Opening a pipe nobody writes to would block the batch for ever."""
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    articles, problems = read([pipe, GOOD])
    assert [str(p) for p in problems] == [f"error: {pipe}: not a regular file"]
    assert len(articles) == 1
