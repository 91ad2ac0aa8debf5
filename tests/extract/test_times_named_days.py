"""A day and month after an event's noun name the event (``أحداث 11 سبتمبر``، ``ثورة 25 يناير``): the day of a
known one is its own year, an unknown one is no date; a bare day and month is still of the publication's year
(found reading SaudiNewsNet's 2015-08-04, where ``بعد أحداث 11 سبتمبر`` stood in a Yemen story's timeline on
2014-09-11)."""

import pytest

from marsad.extract.times import tag_text

PUBLISHED = "2015-08-04"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وبعد أحداث 11 سبتمبر أصبحت القاعدة مركزا رئيسا لقيادة الحرب على الإرهاب.", "2001-09-11"),
        ("وشارك الشاب في ثورة 25 يناير قبل أن يسافر إلى الخارج.", "2011-01-25"),
        ("وتبدأ الدراسة في 11 سبتمبر المقبل في جميع المدارس.", "2015-09-11"),
    ],
)
def test_a_named_days_date(text: str, value: str) -> None:
    assert [t.value for t in tag_text(text, anchor=PUBLISHED)] == [value]


def test_an_unknown_named_day_is_no_date() -> None:
    text = "وقتل عشرة أشخاص في هجمات 3 مارس على مراكز الشرطة."
    assert [t.value for t in tag_text(text, anchor=PUBLISHED) if t.value and t.value.endswith("-03")] == []
