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


@pytest.mark.parametrize(
    "text",
    [
        "وأضاف أن هذه القوات استعادت قصر 22 مايو الرئاسي مقر قيادة المنطقة العسكرية الرابعة.",
        "ويقيم اللاعب في مدينة 6 أكتوبر غرب القاهرة منذ سنوات.",
        "وعبر آلاف المحتجين جسر 15 تموز في إسطنبول.",
        "وتقام المباراة بملعب 22 مايو في عدن.",
    ],
)
def test_a_place_named_after_a_day_is_no_date(text: str) -> None:
    # found reading SaudiNewsNet 2015-07-22: ``قصر 22 مايو`` (a palace in Aden) stood in the Aden story's
    # timeline on 2015-05-22
    assert [t.value for t in tag_text(text, anchor="2015-07-22") if t.value] == []


def test_a_day_after_a_place_with_its_article_is_still_a_date() -> None:
    text = "وصل الوفد إلى المدينة 15 يوليو وغادرها بعد يومين."
    assert tag_text(text, anchor="2015-07-22")[0].value == "2015-07-15"


@pytest.mark.parametrize(
    "text",
    [
        "دين الله القويم باقٍ بعون الله الواحد الأحد ثم بجهود ولاة الأمر.",
        "ونؤمن بالله الأحد الذي لا شريك له.",
        "ونزل اللاعبون الأحد عشر إلى أرض الملعب.",
    ],
)
def test_the_one_and_the_eleven_are_not_sunday(text: str) -> None:
    # found reading SaudiNewsNet 2015-08-11: ``بعون الله الواحد الأحد`` stood in the Abha bombing's timeline
    # on Sunday 2015-08-09
    assert [t.value for t in tag_text(text, anchor="2015-08-11") if t.value] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ووصل الوفد الأحد إلى الرياض.", "2015-08-09"),
        ("ويعقد الاجتماع الأحد المقبل في جدة.", "2015-08-16"),
        ("وقال الوزير يوم الأحد إن المفاوضات مستمرة.", "2015-08-09"),
    ],
)
def test_sunday_is_still_sunday(text: str, value: str) -> None:
    assert [t.value for t in tag_text(text, anchor="2015-08-11") if t.value] == [value]


def test_a_sunday_after_gods_name_in_a_prayer_is_still_sunday() -> None:
    text = "وكان الفقيد رحمه الله الأحد الماضي قد نقل إلى المستشفى."
    assert [t.value for t in tag_text(text, anchor="2015-08-11") if t.value] == ["2015-08-09"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وتحسنت أسعار النفط خلال جلسة الأمس بعد بيانات المخزونات.", "2015-08-10"),
        ("وأغلق المؤشر يوم الأمس على ارتفاع.", "2015-08-10"),
        ("وتقام مباراة الغد في لندن.", "2015-08-12"),
        ("وغاب أبطال الأمس عن المشهد.", None),
        ("وتبقى صحيفة الغد أقدم الصحف.", None),
    ],
)
def test_yesterday_and_tomorrow_with_the_article_only_after_a_days_event(text: str, value: str | None) -> None:
    # ``الأمس`` alone is the past and ``الغد`` a newspaper; after يوم or a session or match they are days
    # (SaudiNewsNet 2015-08-11: ``جلسة الأمس`` was the one thing naming a market report's session)
    assert [t.value for t in tag_text(text, anchor="2015-08-11") if t.value] == ([value] if value else [])


@pytest.mark.parametrize(
    "text",
    [
        "وسيشيع الجثمان من مسجد الشرطة بالسادس من أكتوبر.",
        "وافتتح المصنع في المنطقة الصناعية بالعاشر من رمضان،",
    ],
)
def test_a_day_written_with_bi_is_the_city_named_after_it(text: str) -> None:
    # SaudiNewsNet 2015-08-11: ``مسجد الشرطة بالسادس من أكتوبر`` (the Egyptian city) stood in Nour El-Sherif's
    # funeral story's timeline on 2015-10-06
    assert [t.value for t in tag_text(text, anchor="2015-08-11") if t.value] == []


def test_a_day_with_its_year_after_bi_is_still_a_date() -> None:
    assert [t.value for t in tag_text("وبدأت الحرب بالسادس من أكتوبر 1973.", anchor="2015-08-11")] == ["1973-10-06"]


def test_a_weekday_that_is_the_family_name_of_a_person_the_article_names_is_no_day() -> None:
    """SaudiNewsNet 2015-08-03 (alriyadh): the Saudi football federation's secretary-general, أحمد الخميس, "said"
    and "affirmed" on the Thursday before, in the story's timeline. ``اليوم الاثنين`` stays a date."""
    from marsad.extract.entities import recognize_entities
    from marsad.extract.times import find_times
    from marsad.model import Article

    text = (
        "أكد أمين عام الاتحاد السعودي لكرة القدم أحمد الخميس أن قرار تأجيل بطولة كأس الخليج العربي الثالثة والعشرين "
        "(خليجي 23) حتى العام المقبل جاء بالإجماع من كافة أمناء الاتحادات الخليجية واتحادي اليمن والعراق.\n\n"
        "وقال الخميس في تصريح خاص لوكالة الأنباء الألمانية عقب انتهاء اجتماع الأمناء اليوم الاثنين بالكويت \"كان "
        "اجتماعا إيجابيا للغاية\".\n\n"
        "وحول الموقف السعودي من ملف استضافة خليجي 24، أكد الخميس أن السعودية تقف دوما مع الإجماع الخليجي للصالح العام."
    )
    article = Article(id="alriyadh-0548", text=text, published="2015-08-03")
    found = find_times(article, mentions=recognize_entities(article))
    assert "الخميس" not in {x.text for x in found}, [(x.text, x.value) for x in found]
    assert ("اليوم الاثنين", "2015-08-03") in {(x.text, x.value) for x in found}
