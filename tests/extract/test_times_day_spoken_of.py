"""``في اليوم`` is each day (``3 ساعات في اليوم``) or a day the text speaks of (``في اليوم الذي``، ``في اليوم
الخامس من المهرجان``), never the publication day; nor is ``اليوم`` before an ordinal, ``الأخير``، ``الذي`` or
``الواحد``, nor after ``ذلك`` or ``نفس`` (that day, the same day). Found reading a SaudiNewsNet draw of 2015-08-02, where a study's ``عشر ساعات في اليوم`` was an
entry of the story's timeline dated that day; over the first 3,000 articles every ``في اليوم`` read as today
was one of these (79 expressions)."""

import pytest

from marsad.extract.times import tag_text

PUBLISHED = "2015-08-02"


@pytest.mark.parametrize(
    "text",
    [
        "فإن الأشخاص الذين يجلسون دون حركة لأكثر من عشر ساعات في اليوم زادت احتمالات إصابتهم بالسكري.",
        "وأفاد السكان بأن الكهرباء لا تصلهم سوى 3 ساعات في اليوم.",
        "ويأكلون الأرز والخضراوات ثلاث مرات في اليوم.",
        "وسمح للمودعين بصرف 60 يورو في اليوم بحد أقصى.",
        "ويعيش أغلبهم بأقل من دولارين في اليوم الواحد.",
        "وقال الباحث: «في اليوم الذي وصل فيه أوباما إلى السلطة تغير كل شيء».",
        "وسينطلق في اليوم الخامس من المهرجان سباق الهجن.",
        "وأكدت حضورها الكبير حتى اليوم الأخير من فعالياته.",
        "وتأتي الندوة في إطار احتفالات هذا العام باليوم الدولي للتعاونيات.",
        "وفوجئت برسالة من اللاعب في اليوم المحدد للتوقيع.",
        "وكانت أصوات الرصاص هي المسيطرة على أجواء كابل ذلك اليوم.",
        "ومنذ ذلك اليوم لم يعد إلى المسرح.",
        "وباشرت فرق الدفاع المدني في نفس اليوم إخماد الحريق.",
    ],
)
def test_a_day_spoken_of_is_not_the_publication_day(text: str) -> None:
    assert PUBLISHED not in [t.value for t in tag_text(text, anchor=PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "وصل وزير الخارجية اليوم إلى الرياض.",
        "ولا تزال الأزمة قائمة حتى اليوم.",
        "وارتفعت الأسهم في بورصة شنغهاي خلال اليوم.",
        "وقال المدير حتى هذا اليوم الثلاثاء الخامس من شهر شوال لم يصلنا شيء.",
        "وتنطلق في اليوم (الأحد) أعمال الدورة.",
    ],
)
def test_today_is_still_today(text: str) -> None:
    assert PUBLISHED in [t.value for t in tag_text(text, anchor=PUBLISHED)] or "2015-08-04" in [
        t.value for t in tag_text(text, anchor=PUBLISHED)
    ]


def test_yesterdays_or_tomorrows_weekday_says_what_day_the_text_calls_today() -> None:
    """A Monday's wire published on Tuesday (SaudiNewsNet 2015-07-21): ``أمس الأحد`` makes the text's today the
    Monday, so its later ``يوم امس`` is the Sunday too, not the Monday; ``غدا الثلاثاء`` likewise."""
    text = "وحصل الكونغرس على نسخة من الاتفاق النووي أمس الأحد وأمامه 60 يوما بدءا من يوم امس لاتخاذ قرار."
    assert [(x.text, x.value) for x in tag_text(text, anchor="2015-07-21") if "مس" in x.text] == [
        ("أمس الأحد", "2015-07-19"), ("امس", "2015-07-19"),
    ]
    text = "وتراجعت أسعار النفط اليوم، وينتهي أجل عقد أغسطس غدا الثلاثاء."
    assert next((x.text, x.value) for x in tag_text(text, anchor="2015-07-21")) == ("اليوم", "2015-07-20")
    # the day before yesterday named (``أول أمس الأحد``) agrees with a Tuesday: today stays the publication day
    text = "وشارك اللاعب في التدريبات اليوم بعد تغيبه عن تدريب أول أمس الأحد."
    assert next((x.text, x.value) for x in tag_text(text, anchor="2015-07-21")) == ("اليوم", "2015-07-21")
