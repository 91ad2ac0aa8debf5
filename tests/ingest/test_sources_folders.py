"""Folders, manifests, ids, format picking and streaming, on the demo corpus and small Arabic files."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from marsad.ingest import read_sources
from marsad.model import Article, Problem

Read = Callable[..., tuple[list[Article], list[Problem]]]

DEMO = Path(__file__).resolve().parents[2] / "examples" / "iraq-2021"
MANIFEST = {
    (row := json.loads(line))["file"]: row
    for line in (DEMO / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
}


def test_sources_demo_folder_gives_its_five_articles(read: Read) -> None:
    articles, problems = read(DEMO)
    assert problems == []
    assert [a.id for a in articles] == [Path(name).stem for name in sorted(MANIFEST)]


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_sources_demo_article_fields(read: Read, name: str) -> None:
    articles, _ = read(DEMO)
    article = next(a for a in articles if a.id == Path(name).stem)
    raw = (DEMO / name).read_text(encoding="utf-8")
    lines = [line for line in raw.splitlines() if line.strip()]
    assert article.outlet == MANIFEST[name]["outlet"]
    assert article.published == MANIFEST[name]["published"]
    assert article.title == lines[0].strip()
    assert lines[1] in article.extracted and lines[-1] in article.extracted
    assert article.title not in article.extracted.split("\n")
    assert (article.raw, article.encoding, article.source) == (raw, "utf-8", str(DEMO / name))
    assert article.text == ""  # the clean stage fills it
    assert article.meta["format"] == "txt"


def test_sources_txt_body_kept_as_written(read: Read) -> None:
    """The share-bar residue of 001 stays in ``extracted``: cleaning removes it and records it."""
    [article], _ = read(DEMO / "001_5ea341804dc68234.txt")
    assert article.extracted.startswith("\n  • 9/10/2021\n  • 00:00\n")
    assert "news-picture" in article.extracted


def test_sources_manifest_applies_to_a_file_named_alone(read: Read) -> None:
    [article], problems = read(DEMO / "004_77263ac0a5019ce8.txt")
    assert (article.outlet, article.published, problems) == ("الميادين", "2021-07-25", [])


def test_sources_same_file_twice_gets_unique_ids(read: Read) -> None:
    path = DEMO / "003_8b10d884f1f95237.txt"
    articles, problems = read([path, path, path])
    assert [a.id for a in articles] == ["003_8b10d884f1f95237", "003_8b10d884f1f95237~2", "003_8b10d884f1f95237~3"]
    assert [p.level for p in problems] == ["notice", "notice"]
    assert "003_8b10d884f1f95237~2" in problems[0].reason


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


ARTICLE = "الكاظمي يلتقي بايدن في البيت الأبيض\nبحث رئيس الوزراء العراقي مصطفى الكاظمي مع الرئيس الأمريكي جو بايدن انسحاب القوات القتالية.\n"


def test_sources_folder_walk_sorted_recursive_hidden_skipped(read: Read, tmp_path: Path) -> None:
    for rel in ("b.txt", "a/z.txt", "a/c.txt", ".hidden.txt", ".git/x.txt", "a/.draft.txt", "0.txt"):
        _write(tmp_path / rel, ARTICLE)
    articles, problems = read(tmp_path)
    assert problems == []
    assert [a.source for a in articles] == [str(tmp_path / rel) for rel in ("0.txt", "a/c.txt", "a/z.txt", "b.txt")]


def test_sources_manifest_fills_and_overrides(read: Read, tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", ARTICLE)
    _write(tmp_path / "b.jsonl", json.dumps({"id": "b1", "text": ARTICLE, "published": "2021-07-26"}, ensure_ascii=False))
    rows = [
        {"file": "a.txt", "outlet": "الجزيرة نت", "published": "2021-07-27T10:00:00+03:00", "url": None},
        "not json",
        {"file": "b.jsonl", "outlet": "واع", "published": "2021-01-01"},
        {"file": "gone.txt", "outlet": "x"},
    ]
    manifest = "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows)
    _write(tmp_path / "manifest.jsonl", manifest)
    articles, problems = read(tmp_path)
    by_id = {a.id: a for a in articles}
    assert (by_id["a"].outlet, by_id["a"].published, by_id["a"].url) == ("الجزيرة نت", "2021-07-27T10:00:00+03:00", None)
    # a JSON line states its own date: the manifest only fills the outlet it lacks
    assert (by_id["b1"].outlet, by_id["b1"].published) == ("واع", "2021-07-26")
    assert [(p.source, p.level) for p in problems] == [
        (f"{tmp_path / 'manifest.jsonl'}:2", "error"),
        (f"{tmp_path / 'manifest.jsonl'}:4", "warning"),
    ]
    assert "broken JSON" in problems[0].reason and "gone.txt" in problems[1].reason


RSS = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>واع</title><item><title>خبر</title><link>https://ina.iq/1</link><description>وصل الوفد العراقي إلى واشنطن.</description></item></channel></rss>'
PAGE = f"<!DOCTYPE html><html><head><title>خبر</title></head><body><article><p>{ARTICLE}</p></article></body></html>"
LINE = json.dumps({"id": "l1", "title": "خبر", "text": ARTICLE}, ensure_ascii=False)


@pytest.mark.parametrize(
    ("name", "content", "fmt"),
    [("feed", RSS, "feed"), ("page", PAGE, "html"), ("export.data", LINE, "jsonl"), ("news.rdf", RSS, "feed")],
)
def test_sources_format_sniffed_without_known_suffix(read: Read, tmp_path: Path, name: str, content: str, fmt: str) -> None:
    articles, problems = read(_write(tmp_path / name, content))
    assert problems == []
    assert [a.meta["format"] for a in articles] == [fmt]
    assert "الوفد العراقي" in articles[0].extracted or "الكاظمي" in articles[0].extracted


@pytest.mark.parametrize(("explicit", "level"), [(True, "error"), (False, "notice")])
def test_sources_unknown_format(read: Read, tmp_path: Path, explicit: bool, level: str) -> None:
    notes = _write(tmp_path / "notes.md", ARTICLE)  # notes, even in Arabic: not an article
    _write(tmp_path / "README", "How these files were collected, and from which outlets.\n")
    articles, problems = read(notes if explicit else tmp_path)
    assert articles == []
    assert {p.level for p in problems} == {level}
    assert all("unknown format" in p.reason for p in problems)
    assert len(problems) == (1 if explicit else 2)


def test_sources_streaming_reads_one_file_at_a_time(tmp_path: Path) -> None:
    first = _write(tmp_path / "1.txt", ARTICLE)
    second = _write(tmp_path / "2.txt", ARTICLE)
    asked: list[Path] = []

    def paths() -> Iterator[Path]:
        for path in (first, second):
            asked.append(path)
            yield path

    stream = read_sources(paths())
    assert asked == []  # nothing read before the caller asks
    item = next(stream)
    assert isinstance(item, Article) and item.id == "1" and asked == [first]
    # the second file is read only now: a change made after the first article is seen
    second.write_text("بيان الحكومة العراقية\nأعلنت الحكومة العراقية جدولاً زمنياً للانسحاب.\n", encoding="utf-8")
    rest = list(stream)
    assert [a.title for a in rest if isinstance(a, Article)] == ["بيان الحكومة العراقية"]


def test_sources_streaming_folder_walk(tmp_path: Path) -> None:
    """A folder's files are read as the walk reaches them: one removed after the first article is
    reported missing, not read."""
    for name in ("a.txt", "b.txt", "c.txt"):
        _write(tmp_path / name, ARTICLE)
    stream = read_sources(tmp_path)
    assert next(stream).id == "a"  # type: ignore[union-attr]
    (tmp_path / "c.txt").unlink()
    rest = list(stream)
    assert [x.id for x in rest if isinstance(x, Article)] == ["b"]
    assert [str(p) for p in rest if isinstance(p, Problem)] == [f"error: {tmp_path / 'c.txt'}: does not exist"]


def test_sources_a_saved_pages_assets_are_one_notice(read: Read, tmp_path: Path) -> None:
    """A browser's "Save page as" writes the page and a ``_files`` folder of its scripts, styles and images:
    a folder of saved pages gives its articles and one notice counting the rest, not one per file."""
    text = (DEMO / "000_0d20a9110642fab2.txt").read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    page = f"<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    page += "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip()) + "</article></body></html>"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    assets = tmp_path / "page_files"
    assets.mkdir()
    for name in ("jquery.js", "site.css", "logo.png", "photo.jpg", "icons.svg", "font.woff2"):
        (assets / name).write_bytes(b"\x89PNG\r\n" if name.endswith("png") else b"/* asset */")
    (assets / "notes.ods").write_bytes(b"PK\x03\x04")  # not a page's asset: named on its own
    articles, problems = read(tmp_path)
    assert [a.title for a in articles] == [title]
    assert [(p.source, p.level, p.reason) for p in problems] == [
        (str(assets / "notes.ods"), "notice", "skipped: unknown format (.ods): not Arabic text, HTML, JSON, JSON lines, CSV or a feed"),
        (str(tmp_path), "notice",
         "skipped 6 files of a page's assets and media (.woff2 1, .svg 1, .js 1, .png 1, .jpg 1, .css 1)"),
    ]
    _, named = read(assets / "logo.png")  # named on the command line, it is an error as before
    assert [p.level for p in named] == ["error"]


def test_sources_arabic_text_under_a_corpus_own_suffix_is_an_article(read: Read, tmp_path: Path) -> None:
    """MultiLing ships its reports as ``M0000.arabic``: Arabic prose under an unknown suffix is plain text."""
    first = _write(tmp_path / "M0000.arabic", ARTICLE)
    _write(tmp_path / "M0001.arabic", "السبت 8 يناير 2005\n\n" + ARTICLE)
    _write(tmp_path / "scores.dat", "0.2914 0.2778 0.2690 0.2636\n")
    articles, problems = read(tmp_path)
    assert [(a.id, a.meta["format"]) for a in articles] == [("M0000", "txt"), ("M0001", "txt")]
    assert articles[0].title == ARTICLE.splitlines()[0] and articles[0].source == str(first)
    assert [(p.level, p.reason.split(":")[0]) for p in problems] == [("notice", "skipped")]  # the numbers
