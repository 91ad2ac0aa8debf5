"""JSON lines: one article per line; a broken line is one error and the rest of the file is read."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from marsad.model import Article, Problem

Read = Callable[..., tuple[list[Article], list[Problem]]]

# Real sentences from the demo corpus (الجزيرة نت and الميادين, 2021).
TEXT_1 = "اختتمت جولة الحوار الإستراتيجي بين العراق والولايات المتحدة.\nوأكد الجانبان أن مهمة القوات الأمريكية تحولت إلى التدريب."
TEXT_2 = "قال رئيس الوزراء العراقي مصطفى الكاظمي إن العراق لم يعد بحاجة إلى قوات قتالية أمريكية."
PAGE = (
    "<!DOCTYPE html><html lang='ar'><head><title>الكاظمي: لا حاجة لقوات قتالية</title>"
    "<meta property='og:site_name' content='الميادين'></head><body><nav>الرئيسية | سياسة</nav>"
    f"<article><h1>الكاظمي: لا حاجة لقوات قتالية</h1><p>{TEXT_2}</p><p>{TEXT_1.splitlines()[1]}</p></article>"
    "</body></html>"
)


def _line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


LINES = [
    _line(id="aj-1", url="https://www.aljazeera.net/a/1", outlet="الجزيرة نت", published="2021-04-07", title="اختتام الحوار", text=TEXT_1),
    "",
    '{"id": "broken", "text": "نص بلا نهاية',
    _line(title="بلا معرف", text=TEXT_2, published="Sun, 25 Jul 2021 14:05:00 +0300", author="مراسل"),
    _line(id="page-1", url="https://www.almayadeen.net/a/2", html=PAGE),
    _line(id="no-text", title="عنوان فقط"),
    _line(id=7, text=TEXT_2 + "\u2028" + TEXT_2, published="5/7/2021"),
    "[1, 2]",
]


@pytest.fixture
def lines_file(tmp_path: Path) -> Path:
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return path


def test_jsonl_articles_and_problems_in_file_order(read: Read, lines_file: Path) -> None:
    articles, problems = read(lines_file)
    assert [a.id for a in articles] == ["aj-1", "export-4", "page-1", "7"]
    assert [(p.source, p.level) for p in problems] == [
        (f"{lines_file}:3", "error"),
        (f"{lines_file}:6", "error"),
        (f"{lines_file}:7", "warning"),
        (f"{lines_file}:8", "error"),
    ]
    assert problems[0].reason == "broken JSON: Unterminated string starting at (column 26)"
    assert "no field with the article's text ('text', 'content'" in problems[1].reason
    assert problems[2].reason == (
        "published date '5/7/2021' reads 2021-07-05 (day/month) or 2021-05-07 (month/day); "
        "left to the article's text to decide"
    )
    assert problems[3].reason == "not a JSON object but list"


def test_jsonl_text_line_fields(read: Read, lines_file: Path) -> None:
    article = read(lines_file)[0][0]
    assert (article.title, article.outlet, article.published, article.url) == (
        "اختتام الحوار", "الجزيرة نت", "2021-04-07", "https://www.aljazeera.net/a/1"
    )
    assert article.extracted == TEXT_1
    assert article.raw == LINES[0]
    assert article.source == f"{lines_file}:1"
    assert article.meta == {"format": "jsonl"}


def test_jsonl_date_normalized_and_extra_fields_kept(read: Read, lines_file: Path) -> None:
    article = read(lines_file)[0][1]
    assert article.published == "2021-07-25T14:05:00+03:00"
    assert article.meta["fields"] == {"author": "مراسل"}


def test_jsonl_html_field_extracted_like_a_page(read: Read, lines_file: Path) -> None:
    article = read(lines_file)[0][2]
    assert TEXT_2 in article.extracted.split("\n")
    assert "الرئيسية | سياسة" not in article.extracted
    assert (article.title, article.outlet, article.url) == (
        "الكاظمي: لا حاجة لقوات قتالية", "الميادين", "https://www.almayadeen.net/a/2"
    )
    assert article.meta["extraction"] == "trafilatura"


def test_jsonl_line_separator_inside_a_string_is_not_a_line_break(read: Read, lines_file: Path) -> None:
    article = read(lines_file)[0][3]
    assert article.extracted == TEXT_2 + "\u2028" + TEXT_2
    assert article.published is None and article.meta["published_raw"] == "5/7/2021"


def test_jsonl_exports_own_field_names_are_read(read: Read, tmp_path: Path) -> None:
    """Lines as three kinds of export write them: SaudiNewsNet (``content``, ``source``; its
    ``date_extracted`` is when the daily crawl read the page: its day stands for the publication day), NewsAPI
    (``source`` an object, ``publishedAt``) and a scraper (``headline``, ``body``, ``date``, ``link``)."""
    lines = [
        _line(title="اختتام الحوار", content=TEXT_1, source="aawsat", url="http://aawsat.com/1",
              date_extracted="2015-08-07 20:04:06", author="مراسل"),
        _line(source={"id": None, "name": "الميادين"}, title="الكاظمي", publishedAt="2021-07-25T11:05:00Z",
              content=TEXT_2, url="https://www.almayadeen.net/a/2"),
        _line(headline="جولة الحوار", body=TEXT_1, date="2021-04-07", link="https://www.aljazeera.net/a/1",
              article_id="aj-7"),
    ]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (saudi, newsapi, scraped), problems = read(path)
    assert problems == []
    assert (saudi.title, saudi.outlet, saudi.url, saudi.published, saudi.extracted) == (
        "اختتام الحوار", "aawsat", "http://aawsat.com/1", "2015-08-07", TEXT_1
    )
    assert saudi.meta["published_from"] == "date_extracted"
    names = {"title": "title", "outlet": "source", "url": "url", "text": "content"}
    assert saudi.meta["field_names"] == names
    assert saudi.meta["fields"] == {"date_extracted": "2015-08-07 20:04:06", "author": "مراسل"}
    assert (newsapi.outlet, newsapi.published, newsapi.extracted) == (
        "الميادين", "2021-07-25T11:05:00+00:00", TEXT_2
    )
    assert (scraped.id, scraped.title, scraped.published, scraped.url, scraped.extracted) == (
        "aj-7", "جولة الحوار", "2021-04-07", "https://www.aljazeera.net/a/1", TEXT_1
    )
    assert "fields" not in scraped.meta


def test_jsonl_larger_than_the_file_limit_streams_line_by_line(tmp_path) -> None:
    """An archive export is not one article: the size limit applies to each line, not the file."""
    from marsad.ingest import read_sources

    line = json.dumps({"id": "x", "title": "خبر", "text": "وصل وفد عراقي إلى واشنطن اليوم. " * 20}, ensure_ascii=False)
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(line.replace('"x"', f'"a{i}"') for i in range(50)) + "\n" + "{" + "x" * 5000 + "\n",
                    encoding="utf-8")
    found = list(read_sources([path], max_bytes=4096))
    articles = [f for f in found if not isinstance(f, Problem)]
    problems = [f for f in found if isinstance(f, Problem)]
    assert len(articles) == 50 and articles[0].id == "a0" and articles[-1].id == "a49"
    assert [(p.source, p.reason.split(":")[0]) for p in problems] == [(f"{path}:51", "line too large")]


def test_a_json_array_of_articles_is_read_item_by_item(read: Read, tmp_path: Path) -> None:
    """SaudiNewsNet's daily files are JSON arrays; a bad item is one problem named by its place."""
    items = [
        {"source": "okaz", "title": "اختتام الحوار", "content": TEXT_1, "date_extracted": "2015-07-21 02:51:32"},
        {"source": "alriyadh", "title": "عنوان فقط"},
        "نص وحده",
        {"id": "m-2", "source": "alyaum", "title": "الكاظمي", "content": TEXT_2},
        {"source": "okaz", "title": "صورة اليوم", "content": "\u00a0\u00a0 \n \n "},  # a photo page: no text
    ]
    path = tmp_path / "2015-07-21.json"
    path.write_text(json.dumps(items, ensure_ascii=False, indent=2), encoding="utf-8")
    articles, problems = read(path)
    assert [(a.id, a.outlet, a.published) for a in articles] == [
        ("2015-07-21-1", "okaz", "2015-07-21"), ("m-2", "alyaum", None)
    ]
    assert articles[0].source == f"{path}#1" and json.loads(articles[0].raw) == items[0]
    assert articles[0].extracted == TEXT_1 and articles[0].meta["format"] == "json"
    assert [(p.source, p.reason.split(":")[0]) for p in problems] == [
        (f"{path}#2", "no text"), (f"{path}#3", "not a JSON object but str"), (f"{path}#5", "no text")
    ]
    assert "no field with the article's text" in problems[0].reason
    assert problems[2].reason == "no text: its 'content' field is empty"


def test_a_json_object_holding_articles_or_being_one_is_read(read: Read, tmp_path: Path) -> None:
    holder = tmp_path / "export"  # no suffix: sniffed as an indented JSON document
    holder.write_text(json.dumps({"status": "ok", "articles": [{"title": "الكاظمي", "body": TEXT_2}]}, indent=1),
                      encoding="utf-8")
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"headline": "اختتام الحوار", "text": TEXT_1}), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('[{"title": "خبر", "text": "نص"', encoding="utf-8")
    articles, problems = read([holder, one, broken])
    assert [(a.id, a.title, a.extracted) for a in articles] == [
        ("export-1", "الكاظمي", TEXT_2), ("one-1", "اختتام الحوار", TEXT_1)
    ]
    assert [(p.source, p.reason.split(":")[0]) for p in problems] == [(str(broken), "broken JSON")]


def test_a_json_array_larger_than_the_file_limit_streams_item_by_item(tmp_path, monkeypatch) -> None:
    """An archive exported as one JSON array is read an item at a time, items crossing the chunks it is read
    in; a cut-off tail is one problem naming the item, the items before it are kept."""
    from marsad.ingest import read_sources, sources

    monkeypatch.setattr(sources, "_JSON_CHUNK", 1000)  # characters: every item crosses a chunk
    items = [{"id": f"a{i}", "title": "خبر", "content": f"{TEXT_1} ({i})"} for i in range(40)]
    whole = tmp_path / "archive.json"
    whole.write_text(json.dumps(items, ensure_ascii=False, indent=2), encoding="utf-8")
    found = list(read_sources([whole], max_bytes=4096))
    assert [f.id for f in found] == [f"a{i}" for i in range(40)]
    assert found[7].extracted == f"{TEXT_1} (7)" and found[7].source == f"{whole}#8"
    cut = tmp_path / "cut.json"
    cut.write_text(json.dumps(items, ensure_ascii=False)[:-150], encoding="utf-8")
    found = list(read_sources([cut], max_bytes=4096))
    articles = [f for f in found if not isinstance(f, Problem)]
    problems = [f for f in found if isinstance(f, Problem)]
    assert len(articles) == 39 and [(p.source, p.reason.split(":")[0]) for p in problems] == [
        (f"{cut}#40", "broken JSON")
    ]


def test_jsonl_a_text_field_holding_html_is_read_as_its_text(read: Read, tmp_path: Path) -> None:
    """WordPress exports and API dumps put the article's HTML in ``content``: its text is read, as a feed
    entry's is, and the line as given stays the raw input. Prose with a ``<`` in it is left as it is."""
    body = "".join(f"<p>{p}</p>" for p in TEXT_1.splitlines()) + "<div class='share'><a href='#'>شارك</a></div>"
    path = tmp_path / "wordpress.jsonl"
    lines = [_line(id="wp-1", title="اختتام الحوار", content=body),
             _line(id="plain", title="مقارنة", text="نسبة البطالة < 10% في بغداد، وأعلى من ذلك في البصرة.")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (html, plain), problems = read(path)
    assert problems == []
    assert html.extracted == TEXT_1.strip() and html.meta["extraction"] == "trafilatura"
    assert "<p>" in html.raw and "<p>" not in html.extracted
    assert plain.extracted == "نسبة البطالة < 10% في بغداد، وأعلى من ذلك في البصرة." and "extraction" not in plain.meta
