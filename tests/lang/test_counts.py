"""Counts agree with their nouns (marsad.lang.ar.count_phrase), on the numbers where Arabic changes form."""

import pytest

from marsad.lang.ar.counts import count_phrase


@pytest.mark.parametrize(
    ("n", "article", "story"),
    [
        (0, "0 مقالات", "0 قصص"),
        (1, "مقال واحد", "قصة واحدة"),
        (2, "مقالان", "قصتان"),
        (3, "3 مقالات", "3 قصص"),
        (10, "10 مقالات", "10 قصص"),
        (11, "11 مقالًا", "11 قصة"),
        (99, "99 مقالًا", "99 قصة"),
        (100, "100 مقال", "100 قصة"),
        (101, "101 مقال", "101 قصة"),
        (103, "103 مقالات", "103 قصص"),
        (111, "111 مقالًا", "111 قصة"),
        (1000, "1000 مقال", "1000 قصة"),
    ],
)
def test_the_noun_takes_the_form_its_count_calls_for(n, article, story):
    assert count_phrase(n, "article") == article
    assert count_phrase(n, "story") == story


def test_times_mentioned_read_as_arabic():
    # ``ذُكر 5 مرة`` was the defect; after ذُكر the count is adverbial, so the dual is oblique
    assert [f"ذُكر {count_phrase(n, 'time', oblique=True)}" for n in (1, 2, 5, 12)] == [
        "ذُكر مرة واحدة", "ذُكر مرتين", "ذُكر 5 مرات", "ذُكر 12 مرة"]


def test_the_headline_of_a_briefing():
    assert f"{count_phrase(1, 'story')} من {count_phrase(5, 'article')}" == "قصة واحدة من 5 مقالات"
    assert f"{count_phrase(2, 'story')} من {count_phrase(2, 'article', oblique=True)}" == "قصتان من مقالين"


def test_a_negative_count_or_an_unknown_noun_is_an_error():
    with pytest.raises(ValueError):
        count_phrase(-1, "article")
    with pytest.raises(KeyError):
        count_phrase(3, "chair")
