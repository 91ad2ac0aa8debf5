"""Paragraphs said twice in one article: the second goes, unless it says something the first does not."""

from __future__ import annotations

import pytest

from marsad.clean import clean_article
from marsad.model import Article

# 33 words, from demo article 000.
LEAD = (
    'وأكد ماكينزي أن "تخفيض مستوى التواجد العسكري الأمريكي، لن يضعف من التزام الولايات المتحدة الأمريكية '
    "بالعلاقة الاستراتيجية الأوسع مع العراق، في المجالات السياسية والاقتصادية والأمنية، وأن نحو 2500 جندي "
    'سيبقون في إطار مهمة استشارية"، بحسب البيان.'
)
OTHER = "وتم الاتفاق خلال اللقاء على عقد اجتماع جديد للجنة العسكرية التقنية العراقية ونظيرتها الأمريكية."


def _clean(*paragraphs: str) -> Article:
    return clean_article(Article(id="t", text="", extracted="\n\n".join(paragraphs)))


@pytest.mark.parametrize(
    "again",
    [
        LEAD,
        # as a tweet or a wire copy rewrites it: bare alefs, Arabic-Indic digits, other quotes, diacritics
        LEAD.replace("أ", "ا").replace("2500", "٢٥٠٠").replace('"', "«", 1).replace("يضعف", "يُضعِف"),
        # with a word dropped and a connective added
        "كما " + LEAD.replace("الأوسع ", ""),
    ],
)
def test_second_telling_of_a_paragraph_is_removed(again: str) -> None:
    article = _clean(LEAD, OTHER, again)
    assert article.text == f"{LEAD}\n\n{OTHER}"
    (removal,) = article.removed
    assert (removal.text, removal.reason, removal.rule) == (again, "repeated-paragraph", "near-repeat")


@pytest.mark.parametrize(
    "again",
    [
        LEAD.replace("2500", "3000"),  # another figure is another fact
        LEAD.replace("وأكد ماكينزي", "وأكد وزير الخارجية العراقي فؤاد حسين"),  # another speaker
        LEAD.replace("العراق، في المجالات السياسية والاقتصادية والأمنية", "سوريا والأردن ولبنان"),
    ],
)
def test_a_paragraph_that_says_more_or_other_stays(again: str) -> None:
    assert _clean(LEAD, OTHER, again).removed == ()


@pytest.mark.parametrize(
    "line",
    [
        "تصريحات الكاظمي",
        # a formula official news repeats after each phone call, about a different caller each time
        "وعبر سموه عن عزائه ومواساته لأسر الشهداء، سائلاً الله أن يتغمدهم بواسع رحمته "
        "وأن يمن على المصابين بالشفاء العاجل.",
    ],
)
def test_short_repeated_lines_are_not_collapsed(line: str) -> None:
    article = _clean(line, LEAD, line, OTHER)
    assert article.removed == ()
    assert article.text.count(line) == 2


TWEET_ATTRIBUTION = "— المكتب الإعلامي لرئيس الوزراء (@IraqiPMO) April 7, 2021"


def test_tweet_repeating_the_article_is_removed_whole() -> None:
    tweet = (
        "اكد رئيس الوزراء ان تخفيض مستوى التواجد العسكري الامريكي لن يضعف من التزام الولايات المتحدة "
        "الامريكية بالعلاقة الاستراتيجية"
    )
    article = _clean(OTHER, tweet + "\n" + TWEET_ATTRIBUTION, LEAD)
    assert article.text == f"{OTHER}\n\n{LEAD}"
    assert [(r.reason, r.rule) for r in article.removed] == [
        ("repeated-paragraph", "tweet-text"),
        ("tweet-embed", "tweet-attribution"),
    ]


def test_tweet_saying_something_new_keeps_its_text() -> None:
    tweet = "وصلنا إلى واشنطن في زيارة رسمية لبحث مستقبل العلاقات الثنائية بين البلدين الصديقين"
    article = _clean(LEAD, tweet + "\n" + TWEET_ATTRIBUTION, OTHER)
    assert article.text == f"{LEAD}\n\n{tweet}\n\n{OTHER}"
    assert [r.rule for r in article.removed] == ["tweet-attribution"]
