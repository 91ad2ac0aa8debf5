"""Huge and hostile inputs: an article over the size limit is cut (recorded, named, raw kept whole), a
headline that is no headline, ids and outlets of megabytes, JSON nested past the decoder's recursion,
HTML nested past lxml's depth. Each gives one line naming the input, and the other inputs are read."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner

import marsad
from marsad.cli import app
from marsad.ingest.limits import (
    MAX_ARTICLE_SENTENCES,
    MAX_HEADLINE_CHARS,
    MAX_ID_CHARS,
    MAX_PAGE_CHARS,
    cut_article,
    cut_point,
)
from marsad.model import Article, Problem

Read = Callable[..., tuple[list[Article], list[Problem]]]


def _paragraphs(demo_article: str, count: int) -> list[str]:
    """``count`` distinct paragraphs of real news: the demo article's paragraphs, numbered."""
    body = [p for p in demo_article.split("\n")[1:] if p.strip()]
    return [f"{body[i % len(body)]} ({i})" for i in range(count)]


def test_an_article_over_the_limit_is_cut_at_a_paragraph_and_named(
    tmp_path: Path, demo_article: str, demo_dir: Path, read: Read
) -> None:
    paragraphs = _paragraphs(demo_article, 400)
    page = "مقال طويل جدا\n" + "\n".join(paragraphs) + "\n"
    (tmp_path / "long.txt").write_text(page, encoding="utf-8")
    (tmp_path / "short.txt").write_text(demo_article, encoding="utf-8")
    articles, problems = read([tmp_path, demo_dir], max_chars=20_000)

    by_id = {a.id: a for a in articles}
    assert len(articles) == 7  # nothing skipped: the long one is cut, the others untouched
    long = by_id["long"]
    assert len(long.extracted) <= 20_000 and long.extracted.endswith(paragraphs[len(long.extracted.split("\n")) - 1])
    assert long.raw == page  # the input as received is kept whole
    cut = long.meta["cut"]
    assert cut["boundary"] == "paragraph" and cut["limit"] == 20_000 and cut["length"] == len(page) - len("مقال طويل جدا\n")
    assert page.removeprefix("مقال طويل جدا\n")[: cut["at"]] == long.extracted
    (warning,) = problems
    assert warning.level == "warning" and warning.source == str(tmp_path / "long.txt")
    assert "over the limit of 20,000" in warning.reason and "kept whole" in warning.reason
    assert "cut" not in by_id["short"].meta and by_id["short"].extracted == demo_article.partition("\n")[2]


def test_the_limit_holds_for_articles_given_directly_and_from_the_command_line(
    tmp_path: Path, demo_article: str
) -> None:
    text = "\n".join(_paragraphs(demo_article, 200))
    given = Article(id="given", title="مقال", text=text, outlet="وكالة", published="2021-07-26")
    digest = marsad.digest([given], max_article_chars=10_000, workers=1)
    (article,) = digest.articles
    assert len(article.text) <= 10_000 and article.meta["cut"]["limit"] == 10_000
    assert [p.level for p in digest.problems] == ["warning"] and digest.problems[0].source == "given"
    assert all(0 <= s.start < s.end <= len(article.text) for s in article.sentences)

    (tmp_path / "long.txt").write_text("عنوان\n" + text, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["digest", str(tmp_path), "--max-article-chars", "5000", "--json", str(tmp_path / "d.json")])
    assert result.exit_code == 0, result.output
    assert "long.txt: article text of" in result.stderr and "over the limit of 5,000" in result.stderr
    assert len(json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))["articles"][0]["text"]) <= 5000
    refused = runner.invoke(app, ["digest", str(tmp_path), "--max-article-chars", "0"])
    assert refused.exit_code == 2


def test_cut_points_fall_back_from_paragraph_to_sentence_to_space_to_character() -> None:
    sentence = "وقال الوزير إن القوات ستبقى. " * 10
    at, boundary = cut_point(sentence, 100)
    assert boundary == "sentence" and sentence[:at].endswith(".") and at <= 100
    assert cut_point("كلمة " * 50, 100)[1] == "space"
    assert cut_point("ك" * 500, 100) == (100, "character")
    assert cut_point("قصير", 100) == (4, "")


def test_a_first_line_too_long_for_a_title_is_read_as_text(tmp_path: Path, demo_article: str, read: Read) -> None:
    line = " ".join(_paragraphs(demo_article, 40))
    (tmp_path / "oneline.txt").write_text(line + "\n", encoding="utf-8")
    (articles,), (notice,) = read(tmp_path)
    assert articles.title == "" and articles.extracted.strip() == line
    assert notice.level == "notice" and "too long for a title" in notice.reason


def test_a_first_line_of_a_paragraph_is_text_and_a_headline_stays_a_title(
    tmp_path: Path, demo_article: str, read: Read
) -> None:
    """A file that opens on a paragraph (EASC's files: 600-2,800 characters on the first line) has no
    headline; a long real headline is still one."""
    paragraph = " ".join(_paragraphs(demo_article, 3))
    assert MAX_HEADLINE_CHARS < len(paragraph) < 1_000
    rest = "\n".join(_paragraphs(demo_article, 6)[3:])
    (tmp_path / "paragraph.txt").write_text(f"{paragraph}\n{rest}\n", encoding="utf-8")
    (article,), (notice,) = read(tmp_path)
    assert article.title == "" and article.extracted.startswith(paragraph)
    assert notice.level == "notice" and "too long for a title" in notice.reason
    (tmp_path / "paragraph.txt").unlink()
    headline = (
        "العميد الركن الحمادي لـ المدينة: الحسم العسكري هو الخيار الوحيد مع المليشيات بعد تحرير عدن ولحج وأبين"
    )
    (tmp_path / "headline.txt").write_text(headline + "\n" + paragraph + "\n", encoding="utf-8")
    (article,), problems = read(tmp_path)
    assert article.title == headline and not problems


def test_ids_titles_and_outlets_of_megabytes_are_shortened_and_stay_distinct() -> None:
    one = Article(id="x" * 2_000_000, title="ع " * 600_000, text="نص قصير.", outlet="و" * 5000)
    two = Article(id="x" * 2_000_001, title="عنوان", text="نص قصير.")
    cut_one, problems = cut_article(one)
    cut_two, _ = cut_article(two)
    assert len(cut_one.id) < MAX_ID_CHARS and cut_one.id != cut_two.id
    assert len(cut_one.title) <= 1000 and cut_one.outlet is not None and len(cut_one.outlet) <= 1000
    assert cut_one.meta["long_id"] == 2_000_000 and cut_one.meta["title_cut"] == len(one.title)
    assert {p.reason.split(" of ")[0] for p in problems} == {"title", "outlet", "id"}
    assert all(len(p.source) <= 200 for p in problems)


def test_json_nested_past_the_decoder_is_one_bad_line(tmp_path: Path, read: Read) -> None:
    good = {"id": "ok", "title": "خبر", "text": "أعلنت الوزارة اليوم نتائج الامتحانات العامة."}
    lines = ["[" * 100_000 + "]" * 100_000, '{"a": ' * 50_000 + "1" + "}" * 50_000, json.dumps(good, ensure_ascii=False)]
    (tmp_path / "deep.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # the same lines in a file read whole (a legacy encoding), not streamed line by line
    (tmp_path / "deep-utf16.jsonl").write_bytes("\n".join(lines).encode("utf-16"))
    articles, problems = read(tmp_path)
    assert [a.id for a in articles] == ["ok", "ok~2"]
    errors = [p for p in problems if p.level == "error"]
    assert sorted(p.source for p in errors) == sorted(
        f"{tmp_path / name}:{n}" for name in ("deep.jsonl", "deep-utf16.jsonl") for n in (1, 2)
    )
    assert all(p.reason == "JSON nested too deeply to read" for p in errors)


def test_html_nested_past_lxml_is_flattened_and_read(tmp_path: Path, demo_article: str, read: Read) -> None:
    title, _, body = demo_article.partition("\n")
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    deep = "<div>" * 20_000 + f"<article><h1>{title}</h1>{paragraphs}</article>" + "</div>" * 20_000
    (tmp_path / "deep.html").write_text(f"<!doctype html><html><body>{deep}</body></html>", encoding="utf-8")
    unclosed = "<b>" * 20_000 + paragraphs
    (tmp_path / "unclosed.html").write_text(f"<html><body><article>{unclosed}</article></body></html>", encoding="utf-8")
    articles, problems = read(tmp_path)
    assert len(articles) == 2
    first_sentence = body.strip().split("\n")[0][:60]
    assert all(first_sentence in a.extracted for a in articles)
    assert all(p.level == "warning" and "nested deeper than lxml parses" in p.reason for p in problems)
    assert len(problems) == 2


def test_a_page_over_the_page_limit_is_cut_before_extraction(tmp_path: Path, demo_article: str, read: Read) -> None:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in _paragraphs(demo_article, 9000))
    page = f"<!doctype html><html><head><title>صفحة طويلة</title></head><body><article>{paragraphs}</article></body></html>"
    assert len(page) > MAX_PAGE_CHARS
    (tmp_path / "long.html").write_text(page, encoding="utf-8")
    (article,), problems = read(tmp_path)
    assert article.raw == page and article.meta["page_cut"] == {"length": len(page), "read": MAX_PAGE_CHARS}
    assert 0 < len(article.extracted) < MAX_PAGE_CHARS
    assert article.extracted.split("\n")[0] in page
    assert [p.level for p in problems] == ["warning"] * len(problems)
    assert any(f"HTML page of {len(page):,} characters" in p.reason for p in problems)
    assert not any("truncated" in p.reason for p in problems)  # the page itself was whole


def test_an_article_of_too_many_sentences_is_cut_after_the_last_allowed(tmp_path: Path, read: Read) -> None:
    lines = "\n".join(f"خبر رقم {n}." for n in range(MAX_ARTICLE_SENTENCES + 500))
    (tmp_path / "lines.txt").write_text("عنوان\n" + lines + "\n", encoding="utf-8")
    (article,), (warning,) = read(tmp_path)
    assert article.meta["cut"]["boundary"] == "sentences" and article.meta["cut"]["limit"] == MAX_ARTICLE_SENTENCES
    assert article.extracted.endswith(f"خبر رقم {MAX_ARTICLE_SENTENCES - 1}.")
    assert "over the limit of 2,000 sentences" in warning.reason and warning.level == "warning"
