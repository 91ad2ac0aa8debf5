"""The demo corpus against the gold analyst reading: furniture out, every real thing still there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from marsad.model import Article
from marsad.text import normalize_key

DOCS = ["000", "001", "002", "003", "004"]


@pytest.mark.parametrize("doc", DOCS)
def test_every_character_is_kept_or_recorded(demo: dict[str, Article], doc: str, accounted: Callable) -> None:
    accounted(demo[doc])


def test_gold_boilerplate_is_gone_and_recorded(demo: dict[str, Article], gold: dict[str, Any]) -> None:
    for doc, pieces in gold["boilerplate"].items():
        article = demo[doc]
        for piece in pieces:
            assert piece not in article.text, (doc, piece)
            assert any(piece in r.text and r.reason for r in article.removed), (doc, piece)


def test_repeated_paragraph_of_003_appears_once(demo: dict[str, Article], gold: dict[str, Any]) -> None:
    for doc, phrases in gold["repeated_within"].items():
        article = demo[doc]
        for phrase in phrases:
            assert normalize_key(article.text).count(normalize_key(phrase)) == 1, (doc, phrase)
            assert normalize_key(article.extracted).count(normalize_key(phrase)) == 2
            (repeat,) = [r for r in article.removed if normalize_key(phrase) in normalize_key(r.text)]
            assert repeat.reason == "repeated-paragraph"


def test_quotes_passages_times_and_figures_stay(demo: dict[str, Article], gold: dict[str, Any]) -> None:
    for quote in gold["quotes"]:
        assert quote["contains"] in demo[quote["doc"]].text, quote
    for passage in gold["shared_passages"]:
        for doc in passage["docs"]:
            assert passage["contains"] in demo[doc].text, (doc, passage)
    for item in gold["times"] + gold["quantities"]:
        assert item["text"] in demo[item["doc"]].text, item


def test_entities_stay_wherever_the_article_wrote_them(
    demo: dict[str, Article], gold: dict[str, Any]
) -> None:
    for entity in gold["entities"]:
        for doc in entity["docs"]:
            article = demo[doc]
            written = [v for v in entity["variants"] if v in article.extracted]
            assert written, (doc, entity["canonical"])
            for variant in written:
                assert variant in article.text, (doc, variant)


def test_names_only_in_a_related_link_are_gone(demo: dict[str, Article], gold: dict[str, Any]) -> None:
    for name in gold["not_entities_of_story"]:
        assert all(name not in article.text for article in demo.values()), name


def test_broken_line_of_003_is_one_sentence(demo: dict[str, Article]) -> None:
    article = demo["003"]
    (text,) = [t for s in article.sentences if "استقدمت إلى العراق" in (t := article.span_text(s))]
    assert text.startswith("وأضاف الكاظمي خلال الاجتماع الوزاري")
    assert "استقدمت إلى العراق لمحاربة تنظيم الدولة، وكان لها دور مؤثر" in text
    assert text.endswith("في هذا المجال.")
    (rejoined,) = article.meta["clean"]["rejoined"]
    assert article.extracted[rejoined] == "\n"


@pytest.mark.parametrize(
    ("doc", "content"),
    [
        ("002", "واشنطن – بال بلس"),  # dateline: the agency and place stages read it
        ("003", "تصريحات الكاظمي"),  # a subheading, short: never collapsed or dropped
        ("003", "مهمة الولايات المتحدة وقوات التحالف في العراق تحولت إلى مهمة تدريب ومشورة"),
        ("002", "اتفاقية انسحاب القوات الأمريكية من العراق"),
        ("004", "قبيل توجهه إلى واشنطن، رئيس الوزراء العراقي"),  # the lead, close to a later paragraph
    ],
)
def test_headings_datelines_and_leads_stay(demo: dict[str, Article], doc: str, content: str) -> None:
    assert content in demo[doc].text


@pytest.mark.parametrize(
    ("doc", "reason", "piece"),
    [
        ("001", "date-line", "• 9/10/2021"),
        ("001", "counter", "• 5"),
        ("001", "media", "news-picture"),
        ("001", "share-bar", "مشاركة :"),
        ("002", "related-link", "اقرأ أيضاً: ترامب يشتم صديقه القديم نتنياهو"),
        ("003", "tweet-embed", "— المكتب الإعلامي لرئيس الوزراء"),
        ("004", "caption", "• الكاظمي: العراق لم تعد بحاجة إلى قوات قتالية أميركية لمحاربة تنظيم"),
        ("004", "caption", "رئيس مجلس الوزراء مصطفى الكاظمي متوجهاً للولايات المتحدة الأميركية"),
        ("004", "related-link", "اخترنا لك"),
    ],
)
def test_removals_say_why(demo: dict[str, Article], doc: str, reason: str, piece: str) -> None:
    assert any(r.reason == reason and r.text.startswith(piece) for r in demo[doc].removed)


def test_clean_text_keeps_the_characters_as_published(demo: dict[str, Article]) -> None:
    # Arabic-Indic digits, hamzas and diacritics of 003's tweet are gone with it, but the article's own
    # spelling is untouched: ``مهّد`` keeps its shadda, ``60%`` its digits.
    assert "مهّد لمغادرة ما يقرب من 60% من قوات التحالف" in demo["003"].text
    # a no-break space between words is one plain space; the one opening a paragraph is gone
    assert "وصل وفد عراقي" in demo["004"].text
    assert demo["002"].span_text(demo["002"].paragraphs[1]).startswith("قال قائد القيادة المركزية")
