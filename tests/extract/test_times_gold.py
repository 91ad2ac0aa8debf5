"""The demo story's time expressions, read as the analyst did (../shared/gold/iraq-2021.json), and the
publication date of 001, which only its header residue and its text can give."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from demo_corpus import demo_articles
from marsad.extract.published import infer_published
from marsad.extract.times import find_times
from marsad.model import Article

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "examples" / "iraq-2021"
GOLD = REPO.parent / "shared" / "gold" / "iraq-2021.json"


ARTICLES = demo_articles()


def gold() -> dict:
    if not GOLD.exists():
        pytest.skip(f"gold reading {GOLD} is absent (shared folder not mounted)")
    return json.loads(GOLD.read_text(encoding="utf-8"))


def times_of(article_id: str) -> list:
    article = ARTICLES[article_id]
    anchor = article.published or infer_published(article, story=tuple(ARTICLES.values()))[0]
    return find_times(article, anchor=anchor)


@pytest.mark.parametrize("index", range(12))
def test_find_times_reads_every_gold_expression_with_its_value(index: int) -> None:
    expected = gold()["times"][index]
    found = {(x.text, x.value) for x in times_of(expected["doc"])}
    assert (expected["text"], expected["value"]) in found, sorted(found, key=str)


def test_find_times_spans_point_into_the_clean_text() -> None:
    for article in ARTICLES.values():
        for x in find_times(article, anchor=article.published or "2021-09-10"):
            assert article.text[x.start : x.end] == x.text
            assert x.article == article.id


@pytest.mark.parametrize("figure", ["2.5 ألف جندي", "60%", "٦٠٪", "2500", "3 آلاف جندي", "ثلاث طائرات"])
def test_find_times_takes_no_figure_for_a_date(figure: str) -> None:
    for article in ARTICLES.values():
        for x in find_times(article, anchor=article.published or "2021-09-10"):
            assert figure not in x.text


def test_find_times_reads_a_bare_year_after_monzu_as_a_year() -> None:
    found = [(x.text, x.value, x.granularity) for x in times_of("002") if x.value == "2014"]
    assert found == [("2014", "2014", "year")]


def test_infer_published_reads_001_header_with_the_weekday_of_its_text() -> None:
    value, evidence = infer_published(dataclasses.replace(ARTICLES["001"], published=None))
    assert value == "2021-09-10"
    assert "9/10/2021" in evidence and "Thursday" in evidence and "midnight" in evidence


def test_pipeline_dates_001_and_records_the_evidence() -> None:
    article = ARTICLES["001"]
    assert article.published == "2021-09-10"
    assert "9/10/2021" in article.meta["published_evidence"]


def test_infer_published_falls_back_on_the_story_when_the_text_names_no_weekday() -> None:
    article = ARTICLES["001"]
    plain = Article(id=article.id, text=article.text.replace("اليوم (الخميس)", "اليوم"), removed=article.removed)
    assert infer_published(plain)[0] is None
    value, evidence = infer_published(plain, story=tuple(ARTICLES.values()))
    assert value == "2021-09-10" and "2021-09-09" in evidence


def test_infer_published_keeps_the_metadata_date() -> None:
    assert infer_published(ARTICLES["000"]) == ("2021-09-09", "metadata")


def test_find_times_counts_001_today_from_the_thursday_it_names() -> None:
    values = {x.value for x in times_of("001") if x.text.startswith("اليوم")}
    assert values == {"2021-09-09"}
