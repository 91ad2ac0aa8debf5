"""A copy that differs only in how it is written (digits, tatweel, hamza, diacritics, spaces) is exact."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from marsad.dedup import exact_duplicates, find_duplicates
from marsad.model import Article, DuplicateGroup

VARIANTS: dict[str, Callable[[str], str]] = {
    "arabic-indic digits": lambda t: t.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
    "tatweel": lambda t: re.sub(r"ال(?=\w)", "الـ", t),
    "bare alef for hamza": lambda t: re.sub("[أإآ]", "ا", t),
    "diacritics": lambda t: t.replace("ب", "بَ").replace("م", "مّ"),
    "teh marbuta and alef maqsura": lambda t: t.replace("ة", "ه").replace("ى", "ي"),
    "guillemets and double spaces": lambda t: t.replace('"', "«").replace(" ", "  "),
}


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("index", range(4))  # 004 has no digits to respell
def test_respelled_copy_is_an_exact_duplicate(
    demo_articles: list[Article], make_article: Callable[..., Article], variant: str, index: int
) -> None:
    original = demo_articles[index]
    copy = make_article("copy", VARIANTS[variant](original.text))
    assert copy.text != original.text
    assert find_duplicates([*demo_articles, copy]) == [DuplicateGroup((original.id, "copy"), "exact", 1.0)]


def test_a_changed_word_is_not_exact(
    demo_articles: list[Article], make_article: Callable[..., Article]
) -> None:
    original = demo_articles[1]
    copy = make_article("copy", original.text.replace("الخفاجي", "الخزاعي", 1))
    assert exact_duplicates([original, copy]) == []
    assert [g.kind for g in find_duplicates([original, copy])] == ["near"]


def test_empty_articles_are_not_duplicates(make_article: Callable[..., Article]) -> None:
    assert find_duplicates([make_article("a", ""), make_article("b", "  \n"), make_article("c", "")]) == []


def test_three_copies_are_one_group_in_input_order(
    demo_articles: list[Article], make_article: Callable[..., Article]
) -> None:
    text = demo_articles[2].text
    articles = [make_article("z", text), *demo_articles, make_article("a", VARIANTS["tatweel"](text))]
    assert find_duplicates(articles) == [DuplicateGroup(("z", "002", "a"), "exact", 1.0)]
