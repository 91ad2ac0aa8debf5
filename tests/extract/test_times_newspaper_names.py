"""``اليوم`` is also the name of two Saudi papers (``اليوم``, ``عين اليوم``): quoted after ``لـ`` (told to
the paper) or after صحيفة/جريدة/عين it is a name, not today (found reading SaudiNewsNet's 2015-08-02,
where the dateline ``عين اليوم – الطوال`` was an event of the day in a story's timeline)."""

import pytest

from marsad.extract.times import tag_text

PUBLISHED = "2015-08-02"


@pytest.mark.parametrize(
    "text",
    [
        "عين اليوم – الطوال",
        "وقال مدير الشؤون الصحية لـ «اليوم» إن المستشفيات استقبلت المصابين.",
        'وأوضح مصدر مسؤول لـ"اليوم" أن أعمال الصيانة مستمرة.',
        "خبراء لـ «اليوم»: قناة السويس الجديدة تجلب مزيدا من العملاء",
        "وقال المتحدث لصحيفة اليوم إن اللجنة أنهت أعمالها.",
        "نشرت جريدة «اليوم» تقريرا عن المشروع.",
    ],
)
def test_the_papers_name_is_not_a_date(text: str) -> None:
    assert [t.text for t in tag_text(text, anchor=PUBLISHED) if "اليوم" in t.text] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وصل وزير الخارجية اليوم إلى الرياض في زيارة رسمية.", "2015-08-02"),
        ("وتبدأ صباح اليوم أعمال الدورة الجديدة للمجلس.", "2015-08-02"),
        ("وأكد المدير لـ«اليوم» أن الافتتاح سيكون غداً.", "2015-08-03"),
    ],
)
def test_today_and_its_neighbours_are_still_dated(text: str, value: str) -> None:
    assert value in [t.value for t in tag_text(text, anchor=PUBLISHED)]
