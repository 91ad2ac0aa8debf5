"""The demo story's figures, read as the analyst did (../shared/gold/iraq-2021.json), and figures in
every form Arabic copy writes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from demo_corpus import demo_articles
from marsad.extract.quantities import find_quantities
from marsad.model import Article

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "examples" / "iraq-2021"
GOLD = REPO.parent / "shared" / "gold" / "iraq-2021.json"


ARTICLES = demo_articles()


def gold() -> dict:
    if not GOLD.exists():
        pytest.skip(f"gold reading {GOLD} is absent (shared folder not mounted)")
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.mark.parametrize("index", range(6))
def test_find_quantities_reads_every_gold_figure_with_its_value(index: int) -> None:
    expected = gold()["quantities"][index]
    found = {(q.text, q.value, q.unit) for q in find_quantities(ARTICLES[expected["doc"]])}
    assert (expected["text"], expected["value"], expected.get("unit")) in found, sorted(found, key=str)


@pytest.mark.parametrize(
    ("article_id", "figure", "counted"),
    [
        ("000", "2.5 ألف جندي", "جندي"),
        ("002", "2500", "القوات"),  # القوات الأمريكية ... والتي يبلغ عددها 2500: the noun is not adjacent
        ("002", "ثلاث طائرات", "طائرات"),
        ("003", "60%", "قوات"),  # 60% من قوات التحالف
        ("003", "3 آلاف جندي", "جندي"),
    ],
)
def test_find_quantities_names_the_noun_counted_with_its_span(article_id: str, figure: str, counted: str) -> None:
    article = ARTICLES[article_id]
    (quantity,) = [q for q in find_quantities(article) if q.text == figure]
    assert quantity.counted == counted
    assert quantity.counted_span is not None
    assert article.text[quantity.counted_span[0] : quantity.counted_span[1]] == counted


def test_find_quantities_leaves_dates_to_the_time_tagger() -> None:
    texts = {q.text for a in ARTICLES.values() for q in find_quantities(a)}
    assert not any(t.startswith(("2014", "2020", "26", "11", "31")) for t in texts), texts


def quantities(text: str) -> list[tuple[str, float, str | None, str | None]]:
    article = Article(id="x", text=text, published="2021-09-09")
    return [(q.text, q.value, q.unit, q.counted) for q in find_quantities(article)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نشرت الولايات المتحدة 2,500 جندي في العراق", [("2,500 جندي", 2500, None, "جندي")]),
        ("نشرت الولايات المتحدة ٢٥٠٠ جندي في العراق", [("٢٥٠٠ جندي", 2500, None, "جندي")]),
        ("وينتشر نحو ٢٫٥ ألف جندي", [("٢٫٥ ألف جندي", 2500, None, "جندي")]),
        ("ارتفع التضخم إلى 2.5 بالمئة", [("2.5 بالمئة", 2.5, "%", None)]),
        ("تراجعت الصادرات 12 في المائة", [("12 في المائة", 12, "%", None)]),
        ("فاز بنسبة ٦٠٪ من الأصوات", [("٦٠٪", 60, "%", "الأصوات")]),
        ("خصصت الحكومة 1.5 مليار دولار للإعمار", [("1.5 مليار دولار", 1.5e9, "USD", None)]),
        ("بلغت الميزانية 300 مليون ريال سعودي", [("300 مليون ريال سعودي", 3e8, "SAR", None)]),
        ("قدّمت الكويت 20 مليون دينار كويتي", [("20 مليون دينار كويتي", 2e7, "KWD", None)]),
        ("بسعر 15 ألف جنيه مصري", [("15 ألف جنيه مصري", 15000, "EGP", None)]),
        ("بقيمة 500 مليون درهم", [("500 مليون درهم", 5e8, "درهم", None)]),
        ("تبرع بمليون يورو", [("مليون يورو", 1e6, "EUR", None)]),
        ("خرج عشرات الآلاف من المتظاهرين", [("عشرات الآلاف", 10000, None, "المتظاهرين")]),
        ("قتل خمسة وعشرون شخصا", [("خمسة وعشرون شخصا", 25, None, "شخصا")]),
        ("سيطر التنظيم على ثلث مساحة العراق", [("ثلث مساحة", 33.33, "%", "مساحة")]),
        ("ووصل ألفين وخمسمائة لاجئ", [("ألفين وخمسمائة لاجئ", 2500, None, "لاجئ")]),
        ("وصادق مجلس الأمن على القرار 2254", []),
        ("اشترت مقاتلات F-16 جديدة", []),
        ("في آن واحد", []),
        ("منذ 2014 وحتى 9/10/2021", []),
    ],
)
def test_find_quantities_reads_figures_in_every_form(text: str, expected: list) -> None:
    assert quantities(text) == expected
