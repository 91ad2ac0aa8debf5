"""Lines broken mid-sentence are rejoined, white space is tidied, and the sentence splitter agrees."""

from __future__ import annotations

import re

import pytest

from marsad.clean import clean_article
from marsad.model import Article
from marsad.text import split_sentences

HEAD = (
    "وأضاف الكاظمي خلال الاجتماع الوزاري لمجلس الأمن الوطني أنه سيتم خلال جلسة الحوار بحث وجود قوات "
    "التحالف الدولي، التي استقدمت إلى العراق لمحاربة"
)  # from demo article 003, where the page broke the line
TAIL = "تنظيم الدولة، وكان لها دور مؤثر في هذا المجال."


def _clean(extracted: str) -> Article:
    return clean_article(Article(id="t", text="", extracted=extracted))


@pytest.mark.parametrize(
    "extracted",
    [
        f"{HEAD}\n{TAIL}",
        f"{HEAD}  \n  {TAIL}",
        f"{HEAD}\n\nصورة أرشيفية\n\n{TAIL}",  # an image block split the sentence
        f"{HEAD}\n\nاقرأ أيضاً: الكاظمي يصل إلى واشنطن\n\n{TAIL}",  # so did a related link
    ],
)
def test_sentence_broken_across_lines_is_one_sentence(extracted: str) -> None:
    article = _clean(extracted)
    assert article.text == f"{HEAD} {TAIL}"
    assert [article.span_text(s) for s in article.sentences] == [f"{HEAD} {TAIL}"]
    (rejoined,) = article.meta["clean"]["rejoined"]
    assert article.extracted[rejoined:].startswith(("\n", " "))
    assert article.extracted[:rejoined].endswith("لمحاربة")


@pytest.mark.parametrize(
    "extracted",
    [
        f"{HEAD}\n\n{TAIL}",  # a blank line always ends a paragraph, as in split_sentences
        "انتهت الجولة الثالثة من الحوار.\nتصريحات الكاظمي",  # a complete line, then a heading
        "تصريحات الكاظمي\nوقال الكاظمي إن الحوار يتناول ملفات عدة.",
    ],
)
def test_complete_lines_are_not_joined(extracted: str) -> None:
    article = _clean(extracted)
    assert len(article.paragraphs) == 2
    assert article.meta["clean"]["rejoined"] == []


def test_white_space_is_tidied_and_nothing_else_changes() -> None:
    extracted = "\u00a0قال\tالقائد  «فرانك ماكنزي»:\u00a0 ”إن القوات ستبقى“.  \n\n\n\nوأضاف: «لا تغيير»."
    article = _clean(extracted)
    assert article.text == "قال القائد «فرانك ماكنزي»: ”إن القوات ستبقى“.\n\nوأضاف: «لا تغيير»."


def test_article_without_extracted_text_cleans_its_text() -> None:
    article = clean_article(Article(id="t", text=f"{HEAD}\n{TAIL}\nشارك"))
    assert article.text == f"{HEAD} {TAIL}"
    assert article.extracted == f"{HEAD}\n{TAIL}\nشارك"
    assert [r.reason for r in article.removed] == ["share-bar"]


def test_clean_sentences_are_the_splitters_sentences_of_what_was_kept(demo: dict[str, Article]) -> None:
    # marsad.text.split_sentences on the extracted text and clean_article use the same line-break rule:
    # apart from removed pieces, they find the same sentences.
    for article in demo.values():
        removed = [(r.offset, r.offset + len(r.text)) for r in article.removed]
        expected = [
            re.sub(r"\s+", " ", article.extracted[s:e])
            for s, e in split_sentences(article.extracted)
            if not any(a < e and s < b for a, b in removed)
        ]
        assert [article.span_text(s) for s in article.sentences] == expected, article.id
