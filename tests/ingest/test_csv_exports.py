"""CSV and TSV exports: a header row names the columns, one article per row; a bad row is one error naming
its line and the rest of the file is read."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

from marsad.model import Article, Problem
from marsad.pipeline import digest, load_articles
from marsad.render import write_digest_markdown

from .conftest import DEMO

Read = Callable[..., tuple[list[Article], list[Problem]]]


def _demo_rows() -> list[dict[str, str]]:
    """The five demo articles as a spreadsheet holds them: title, body (paragraphs kept), date, outlet."""
    rows = []
    for entry in map(json.loads, (DEMO / "manifest.jsonl").read_text(encoding="utf-8").splitlines()):
        title, _, body = (DEMO / entry["file"]).read_text(encoding="utf-8").strip().partition("\n")
        rows.append({"title": title.strip(), "body": body.strip(), "date": entry["published"] or "",
                     "outlet": entry["outlet"] or ""})
    return rows


def _write(path: Path, header: list[str], rows: list[list[str]], **options: object) -> Path:
    encoding = options.pop("encoding", "utf-8")
    with path.open("w", newline="", encoding=encoding) as out:
        writer = csv.writer(out, **options)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_a_spreadsheet_export_reads_as_the_demo_articles(read: Read, tmp_path: Path) -> None:
    """Excel's UTF-8 CSV (a byte-order mark, capitalized headers, CRLF rows, bodies with line breaks)."""
    rows = _demo_rows()
    path = _write(tmp_path / "export.csv", ["Title", "Content", "Date", "Source"],
                  [[r["title"], r["body"], r["date"], r["outlet"]] for r in rows], encoding="utf-8-sig")
    articles, problems = read(path)
    assert problems == []
    assert [a.title for a in articles] == [r["title"] for r in rows]
    assert [a.outlet for a in articles] == [r["outlet"] or None for r in rows]
    assert [a.published for a in articles] == [r["date"] or None for r in rows]
    assert [a.extracted for a in articles] == [r["body"] for r in rows]
    assert "\n" in articles[0].extracted  # the paragraphs of a quoted field survive
    # each row is named by its first line; the bodies span many lines, so the numbers are far apart
    lines = [int(a.source.rsplit(":", 1)[1]) for a in articles]
    assert lines[0] == 2 and lines == sorted(lines) and lines[1] > 3
    assert [a.id for a in articles] == [f"export-{n}" for n in lines]
    assert articles[0].meta["field_names"] == {"title": "Title", "outlet": "Source", "published": "Date",
                                               "text": "Content"}
    # the row as read, quotes and line ends included
    assert next(csv.reader(io.StringIO(articles[1].raw, newline=""))) == [
        rows[1]["title"], rows[1]["body"], rows[1]["date"], rows[1]["outlet"]
    ]
    assert articles[1].raw.endswith("\r\n") and articles[1].raw.count("\n") == rows[1]["body"].count("\n") + 1


def test_arabic_column_names_and_a_semicolon(read: Read, tmp_path: Path) -> None:
    rows = _demo_rows()[:3]
    path = _write(tmp_path / "أخبار.csv", ["العنوان", "النص", "تاريخ النشر", "المصدر", "الكاتب"],
                  [[r["title"], r["body"], r["date"], r["outlet"], "مراسل"] for r in rows], delimiter=";")
    articles, problems = read(path)
    assert problems == []
    assert [(a.title, a.outlet, a.published) for a in articles] == [
        (r["title"], r["outlet"] or None, r["date"] or None) for r in rows
    ]
    assert articles[0].meta["fields"] == {"الكاتب": "مراسل"}  # a column marsad does not read is kept


def test_a_legacy_encoded_tsv(read: Read, tmp_path: Path) -> None:
    rows = _demo_rows()[:2]
    path = _write(tmp_path / "old.tsv", ["headline", "text", "date"],
                  [[r["title"], r["body"], r["date"]] for r in rows], delimiter="\t", encoding="cp1256")
    articles, problems = read(path)
    assert [(p.level, p.reason) for p in problems] == [("notice", "decoded as windows-1256 (detected), not UTF-8")]
    assert [a.title for a in articles] == [r["title"] for r in rows]
    assert articles[1].extracted == rows[1]["body"]


def test_bad_rows_are_named_and_the_rest_is_read(read: Read, tmp_path: Path) -> None:
    good = _demo_rows()[0]
    body = good["body"].replace('"', '""')  # a quote inside a quoted field is doubled
    path = tmp_path / "scraped.csv"
    path.write_text(
        "title,text,url\n"
        f'"{good["title"]}","{body}",https://www.aljazeera.net/news/1\n'
        'عنوان,"نص بفاصلة، وأخرى",https://a.example/2,زائد\n'
        "\n"
        "بلا نص,,https://a.example/3\n"
        f'"{good["title"]} ثانية","{body}"\n'
        '"مفتوح,"لم يغلق\n',
        encoding="utf-8",
    )
    articles, problems = read(path)
    body_lines = good["body"].count("\n")
    second = 3 + body_lines
    assert [(p.source, p.level) for p in problems] == [
        (f"{path}:{second}", "error"), (f"{path}:{second + 2}", "error"),
        (f"{path}:{second + 4 + body_lines}", "error"),
    ]
    assert problems[0].reason.startswith("4 fields, the header names 3")
    assert "no text" in problems[1].reason
    assert problems[2].reason.startswith("broken CSV row")
    assert [a.title for a in articles] == [good["title"], good["title"] + " ثانية"]
    assert articles[0].url == "https://www.aljazeera.net/news/1" and articles[1].url is None


def test_a_csv_without_a_text_column_says_which_columns_it_has(read: Read, tmp_path: Path) -> None:
    path = tmp_path / "prices.csv"
    path.write_text("التاريخ,السعر\n2021-07-26,75.3\n", encoding="utf-8")
    articles, problems = read(path)
    assert articles == []
    assert [p.reason for p in problems] == [
        "no text: no column with the article's text (the header has 'التاريخ', 'السعر')"
    ]


def test_a_field_over_the_size_limit_loses_only_its_row(read: Read, tmp_path: Path) -> None:
    rows = _demo_rows()
    huge = "نص طويل جدا " * 20_000
    path = _write(tmp_path / "big.csv", ["title", "text"],
                  [[rows[0]["title"], rows[0]["body"]], ["ضخم", huge], [rows[1]["title"], rows[1]["body"]]])
    articles, problems = read(path, max_bytes=100_000)
    assert [a.title for a in articles] == [rows[0]["title"], rows[1]["title"]]
    assert [(p.source, p.level) for p in problems] == [(f"{path}:{3 + rows[0]['body'].count(chr(10))}", "error")]
    assert problems[0].reason.startswith("row too large: over 100,000 characters")


def test_a_quote_left_open_is_one_error_not_one_per_line(read: Read, tmp_path: Path) -> None:
    rows = _demo_rows()
    path = tmp_path / "cut.csv"
    path.write_text(f'title,text\n{rows[0]["title"]},نص سليم\nمقطوع,"{rows[1]["body"]}\n', encoding="utf-8")
    articles, problems = read(path)
    assert [a.title for a in articles] == [rows[0]["title"]]
    assert [(p.source, p.reason.split(":")[0]) for p in problems] == [(f"{path}:3", "broken CSV row")]
    assert problems[0].reason.endswith(f"({rows[1]['body'].count(chr(10)) + 1} lines read as one row: a quote left open?)")


def test_json_lines_keys_are_matched_whatever_their_case(read: Read, tmp_path: Path) -> None:
    row = _demo_rows()[0]
    path = tmp_path / "pandas.jsonl"
    record = {"Title": row["title"], " Body ": row["body"], "PublishedAt": row["date"], "text": "  "}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (article,), problems = read(path)
    assert problems == []
    assert (article.title, article.extracted, article.published) == (row["title"], row["body"], row["date"])


def test_a_csv_goes_through_the_pipeline_like_any_input(tmp_path: Path) -> None:
    rows = _demo_rows()
    path = _write(tmp_path / "demo.csv", ["title", "article", "date", "newspaper"],
                  [[r["title"], r["body"], r["date"], r["outlet"]] for r in rows])
    problems: list[Problem] = []
    articles = load_articles([path], problems, workers=1)
    assert problems == []
    assert len(articles) == 5 and all(a.text for a in articles)
    assert "الكاظمي" in " ".join(a.text for a in articles)


def test_an_export_without_outlets_counts_each_site_once(tmp_path: Path) -> None:
    """Rows with a link but no outlet column: the link's site is the outlet, for the briefing and for the
    stages that count outlets (two reports of one site are not two outlets agreeing)."""
    rows = _demo_rows()
    sites = ["https://www.aljazeera.net/news/1", "https://www.aljazeera.net/news/2", "https://al-ain.com/article/3",
             "", "https://al-ain.com/article/5"]
    path = _write(tmp_path / "crawl.csv", ["title", "text", "date", "link"],
                  [[r["title"], r["body"], r["date"], site] for r, site in zip(rows, sites, strict=True)])
    result = digest([path], workers=1, words=120)
    outlets = {a.id: (a.outlet, a.meta.get("outlet_from")) for a in result.articles}
    assert sorted(outlets.values(), key=str) == sorted(
        [("aljazeera.net", "url")] * 2 + [("al-ain.com", "url")] * 2 + [(None, None)], key=str
    )
    (story,) = result.stories
    markdown = io.StringIO()
    write_digest_markdown(result, markdown)
    assert "5 مقالات · منفذان" in markdown.getvalue()  # two sites; the article without a link is not one
    assert len(story.articles) == 5
