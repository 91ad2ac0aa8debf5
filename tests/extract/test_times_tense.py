"""Which year a month or feast written without one falls in, by what the clause says of the past and the
future (found reading SaudiNewsNet 2015-07-21 and 2015-07-31: ``منذ 29 يونيو`` read as next June, a feast
still going on read as next year's)."""

import pytest

from marsad.extract.times import tag_text

PUBLISHED = "2015-07-21"  # 5 Shawwal 1436: the fifth day of Eid al-Fitr


def _value(text: str, written: str) -> str | None:
    found = [t for t in tag_text(text, anchor=PUBLISHED) if written in t.text]
    assert len(found) == 1, [t.text for t in tag_text(text, anchor=PUBLISHED)]
    return found[0].value


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        # ``ستائرها`` is no future verb, and a time after منذ (since) began before
        ("ورفعت فروع المصارف ستائرها الحديدية التي بقيت مسدلة منذ 29 يونيو (حزيران)، على أن تبقى القيود.",
         "29 يونيو", "2015-06-29"),
        ("وقال إن الدورة الأولى تجرى منذ 11 سبتمبر في العاصمة.", "11 سبتمبر", "2014-09-11"),
        # the first person's future, written with its hamza
        ("وقال الوزير: «سأرافق وفدا تجاريا إلى طهران في سبتمبر».", "سبتمبر", "2015-09"),
        ("وقال إنه سافر إلى لندن في سبتمبر.", "سبتمبر", "2014-09"),
        # what is likely
        ("وأعلن الحزب انتخابات مبكرة من المرجح أن تكون في أيلول.", "أيلول", "2015-09"),
        # a past marker after the future cue puts the time back in the past
        ("وذكر البنك أنه يتوقع ارتفاع الأسعار، نزولا من نسبة قدرها 8ر0% تم تقديرها في أبريل.", "أبريل", "2015-04"),
        ("ويتوقع أن يتم تحليلها في أبريل.", "أبريل", "2016-04"),
        # a wish or a plan looks ahead (SaudiNewsNet 2015-07-21: Blatter's leaving, in February 2016)
        ("ويرغب بلاتر بالتأكيد في مغادرة الفيفا ورأسه مرفوعة في فبراير شباط.", "فبراير شباط", "2016-02"),
        ("وتأمل السلطات بالعثور على مشتر قبل إغلاق العملية في نهاية شهر سبتمبر.", "سبتمبر", "2015-09"),
        # what is scheduled, in the imperfect: the nearest such date, ahead or behind (SaudiNewsNet 2015-07-21/22)
        ("يشار إلى أنه وفقا للتقويم الدراسي يبدأ العام الدراسي الجديد يوم الأحد الموافق 8 ذي القعدة.",
         "يوم الأحد الموافق 8 ذي القعدة", "2015-08-23"),
        ("وذكرت الإدارة أن فتح باب قبول الطلبات يبدأ اعتبارا من 17 شوال وحتى نهاية الشهر.", "17 شوال", "2015-08-02"),
        ("ويواصل مهرجان أبها للتسوق الذي يقام في المركز الدولي للمعارض خلال الفترة من 4 شوال.", "4 شوال", "2015-07-20"),
        ("وقال إن الحظر ينتهي في يناير بسبب تعاقداته مع اللاعبين.", "يناير", "2016-01"),
        # looking forward (SaudiNewsNet 2015-07-22: Obama to meet the King in September)
        ("وكان كارتر قال للملك سلمان إن الرئيس باراك أوباما يتطلع للقائه في سبتمبر أيلول.", "سبتمبر أيلول", "2015-09"),
        # an auxiliary's imperfect verb is in the past with it (SaudiNewsNet 2015-07-21: plots foiled during the
        # Ramadan just ended), but not its future (if it will give her)
        ("وأشاد بنجاح الأجهزة الأمنية في إحباط ما كان يخطط له المجرمون في شهر رمضان.", "شهر رمضان",
         "2015-06-18/2015-07-16"),
        ("فهي ترحب بهذه الظاهرة إذا كانت ستمنحها بدائل في شهر رمضان.", "شهر رمضان", "2016-06-06/2016-07-05"),
    ],
)
def test_the_year_of_a_month_follows_the_clauses_tense(text: str, written: str, value: str) -> None:
    assert _value(text, written) == value


def test_a_feast_going_on_is_this_years_even_where_the_clause_looks_ahead() -> None:
    text = "وتبدأ فعاليات المهرجان المقرر أن ينطلق اليوم الثلاثاء خامس أيام عيد الفطر المبارك."
    assert _value(text, "عيد الفطر") == "2015-07-17"
    # a feast weeks away is still the coming one
    assert _value("ومن المقرر أن يبدأ الموسم بعد عيد الأضحى.", "عيد الأضحى") == "2015-09-23"


def test_a_weekday_an_auxiliary_puts_in_the_past_is_the_last_one() -> None:
    """``ابنها الذي كان ينتظر موجة ... يوم الأحد``: her son, who was waiting for a wave on Sunday, told on Monday
    (SaudiNewsNet 2015-07-21, a wire of the day before): the Sunday before, not the next (``ينتظر``, awaits, looks
    ahead alone)."""
    text = ("وقالت أوزبورن اليوم الاثنين إنها شعرت بالذهول. وشاهدت زعنفة القرش تتحرك نحو ابنها الذي كان ينتظر موجة "
            "في مسابقة لركوب الأمواج يوم الاحد.")
    assert [(t.text, t.value) for t in tag_text(text, anchor=PUBLISHED)][-1] == ("يوم الاحد", "2015-07-19")


def test_a_word_cut_by_the_clauses_reach_is_no_future_verb() -> None:
    """The clause read for a weekday's tense reaches back 120 characters: the tail of a name it cuts (``ستورا`` of
    ``مستورا``) read as a future verb put the Wednesday a week ahead (SaudiNewsNet 2015-07-24, a Friday)."""
    text = ('وكان دي مستورا أجرى محادثات في طهران قبل وصوله الى دمشق مرورا بالعاصمة اللبنانية بيروت التي "التقى خلالها '
            'مع ممثلين عن حزب الله" الاربعاء.')
    assert [(t.text, t.value) for t in tag_text(text, anchor="2015-07-24")] == [("الاربعاء", "2015-07-22")]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        # SaudiNewsNet 2015-08-08: an almanac's line ("on this day"), read in the year of publication
        ("1953 - الاتحاد السوفياتي يعلن انه يملك قنبلة هيدروجينية ويجري اختبارا لتفجيرها في 12 اغسطس.", "12 اغسطس",
         "1953-08-12"),
        ("وفي عام 2003، وفي 20 مارس بدأ غزو العراق.", "20 مارس", "2003-03-20"),
        # a year inside the sentence is another clause's: the day is read by the clause's tense
        ("قال إن الشركة التي تأسست عام 1990 ستفتتح فرعها في 20 أغسطس.", "20 أغسطس", "2015-08-20"),
    ],
)
def test_a_day_without_its_year_takes_the_year_its_sentence_opens_with(text: str, written: str, value: str) -> None:
    found = [x for x in tag_text(text, anchor="2015-08-08") if x.text == written]
    assert [x.value for x in found] == [value]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        # SaudiNewsNet 2015-07-21: a biography and an award list, whose days were put in the year of publication
        ("حصل على جائزة الدانة الذهبية في معرض 25 فبراير بالكويت عام 1997م.", "25 فبراير", "1997-02-25"),
        ("موافقا ليوم فارق في مسيرة والده الفيصل (الثاني والعشرين من رمضان المبارك عام 1393ه) عندما أمر بعدم تصدير "
         "النفط.", "الثاني والعشرين من رمضان", "1973-10-18"),
        # a Hijri year before the calendar's table: no date rather than a wrong one
        ("ولد الملك عبدالعزيز في 19 ذي الحجة بمدينة الرياض عام 1293 ونشأ في كنف والده.", "19 ذي الحجة", None),
        # another clause's year is not the day's; nor a Hijri year after a Gregorian month
        ("وصل في 5 يوليو إلى الرياض التي زارها عام 2010.", "5 يوليو", "2015-07-05"),
        ("وصل في 5 يوليو إلى الرياض عام 1436 بعد غياب.", "5 يوليو", "2015-07-05"),
    ],
)
def test_a_day_without_its_year_takes_the_year_written_a_few_words_after_it(
    text: str, written: str, value: str | None
) -> None:
    assert _value(text, written) == value
