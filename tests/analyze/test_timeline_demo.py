"""The demo story's timeline: its dated events in order, each told once, citing every outlet that tells it."""

from __future__ import annotations

from pathlib import Path

import pytest

from demo_corpus import demo_articles
from marsad.analyze.timeline import build_timeline
from marsad.extract.published import infer_published
from marsad.extract.times import find_times
from marsad.model import Article, TimelineEntry

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "examples" / "iraq-2021"


def demo_timeline() -> tuple[dict[str, Article], tuple[TimelineEntry, ...]]:
    articles = demo_articles()
    story = tuple(articles.values())
    times = [x for a in story for x in find_times(a, anchor=a.published or infer_published(a, story=story)[0])]
    return articles, build_timeline(story, times)


ARTICLES, TIMELINE = demo_timeline()


def entry(date: str, words: str) -> int:
    """The index of the timeline entry of ``date`` whose text has ``words``."""
    matches = [i for i, e in enumerate(TIMELINE) if e.date == date and words in e.text]
    assert len(matches) == 1, [(e.date, e.text) for e in TIMELINE if e.date == date]
    return matches[0]


# The story's milestones, in the order they happened, with words of the clause that tells each.
MILESTONES = [
    ("2020-06", "أولى جولات الحوار", {"003"}),
    ("2020-08", "عقدت الثانية", {"003"}),
    ("2021-04-07", "الجولة الثالثة", {"001"}),
    ("2021-07-26", "توصلت بغداد وواشنطن إلى اتفاق", {"002"}),
    ("2021-09-09", "لقاء رئيس الوزراء", {"001"}),
    ("2021-12", "انسحاب القوات القتالية", {"000", "001", "002"}),
]


def test_build_timeline_lists_the_milestones_in_order() -> None:
    positions = [entry(date, words) for date, words, _ in MILESTONES]
    assert positions == sorted(positions)


@pytest.mark.parametrize(("date", "words", "outlets"), MILESTONES)
def test_build_timeline_cites_every_article_that_tells_a_milestone(date: str, words: str, outlets: set[str]) -> None:
    found = TIMELINE[entry(date, words)]
    assert {c.article for c in found.cites} == outlets
    first = found.cites[0]
    assert ARTICLES[first.article].text[first.start : first.end] == found.text
    for cite in found.cites:
        assert ARTICLES[cite.article].text[cite.start : cite.end].strip()


def test_build_timeline_merges_the_fourth_round_told_by_two_outlets() -> None:
    (fourth,) = [e for e in TIMELINE if e.date == "2021-07"]
    assert "الجولة الرابعة" in fourth.text
    assert {c.article for c in fourth.cites} == {"000", "001"}


def test_build_timeline_keeps_different_events_of_one_day_apart() -> None:
    same_day = [e.text for e in TIMELINE if e.date == "2021-09-09"]
    assert any("القيادة المركزية" in t for t in same_day)
    assert any("لم تتلق طلبا" in t for t in same_day)


def test_build_timeline_is_ordered_and_shows_only_dates() -> None:
    dates = [e.date for e in TIMELINE]
    assert dates[0] == "2014" and dates[-1] == "2021-12-31"
    assert all(not d.startswith(("P", "X")) and "/" not in d and d != "PRESENT_REF" for d in dates)


@pytest.mark.parametrize(
    ("second_text", "merged"),
    [
        ("وأعلنت وزارة الخارجية أمس الخميس توقيع اتفاقية التعاون الاقتصادي مع الأردن في عمّان.", True),
        ("وشهدت بغداد أمس الخميس أمطاراً غزيرة أغرقت شوارع عدة في العاصمة وأحياءها الشعبية.", False),
    ],
)
def test_build_timeline_merges_by_date_and_words(second_text: str, merged: bool) -> None:
    first = Article(id="a", text="وقّع العراق أمس الخميس اتفاقية التعاون الاقتصادي مع الأردن في عمّان.",
                    published="2021-12-10")
    second = Article(id="b", text=second_text, published="2021-12-10")
    times = find_times(first) + find_times(second)
    timeline = build_timeline([first, second], times)
    assert [e.date for e in timeline] == ["2021-12-09"] * (1 if merged else 2)
    if merged:
        assert [c.article for c in timeline[0].cites] in (["a", "b"], ["b", "a"])


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the Monday of this week: one entry, the day (the week held it)
        ("وقال مفوض الأمم المتحدة للإغاثة يوم الاثنين من هذا الأسبوع إن الدول الغنية كانت شحيحة في تبرعاتها.",
         ["2004-12-27"]),
        # two years in one clause, neither within the other: both dated
        ("وأقر مجلس النواب أن تبرعات عام 2005 تشطب من العائدات الضريبية لعام 2004 في الولايات المتحدة.",
         ["2004", "2005"]),
    ],
)
def test_build_timeline_dates_a_clause_by_its_finest_time(text: str, dates: list[str]) -> None:
    article = Article(id="a", text=text, published="2004-12-31")
    timeline = build_timeline([article], find_times(article))
    assert [e.date for e in timeline] == dates
    assert all(e.text == timeline[0].text for e in timeline)


def test_build_timeline_never_cuts_a_clause_inside_a_date() -> None:
    # the comma of ``18 يناير، 2005`` is the date's own: the clause of the other time in the sentence (2004)
    # runs across it, instead of opening on a bare ``2005``
    article = Article(
        id="a", published="2005-01-20",
        text="الثلاثاء 18 يناير، 2005 ومن خلال حملة تلفزيونية في يوم الإهداء عام 2004 جمع الرومانيون مليون يورو.",
    )
    timeline = build_timeline([article], find_times(article))
    assert [e.date for e in timeline] == ["2004", "2005-01-18"]
    assert all(e.text.startswith("الثلاثاء 18 يناير، 2005") for e in timeline)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # today's reopening, not four months ago (SaudiNewsNet 2015-07-22 put it in March)
        ("أعيد فتح مطار عدن اليوم (الاربعاء) مع هبوط طائرة عسكرية سعودية وهي الاولى التي تصله منذ قرابة اربعة "
         "اشهر بسبب المعارك في اليمن.", ["2015-07-22"]),
        # a clause that only ``منذ`` dates keeps it: when the state began is what it tells
        ("ولم يزر الرئيس المدينة منذ عام 2014 بسبب الحرب الدائرة في البلاد.", ["2014"]),
        # ``منذ`` before the expression (SaudiNewsNet 2015-08-11: the fall in car sales put in February 2013)
        ("وأظهرت بيانات صناعية اليوم تراجع مبيعات السيارات في الصين 7.1% في يوليو في أكبر تراجع منذ فبراير 2013 "
         "لكن بقي إجمالي النمو أكثر قليلا.", ["2015-07-22"]),
        # a span from ``منذ`` to ``حتى`` tells both ends
        ("بدأ اللاعب مشواره مع فريق ليبيرتاد في الباراغواي منذ 2004 وحتى 2012 قبل أن ينتقل.", ["2004", "2012"]),
    ],
)
def test_build_timeline_dates_a_clause_by_since_only_when_nothing_else_does(text: str, dates: list[str]) -> None:
    article = Article(id="a", text=text, published="2015-07-22")
    assert [e.date for e in build_timeline([article], find_times(article))] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # June's prices, not May's (SaudiNewsNet 2015-07-21 put the rise in May); the same period of last year
        ("وسجلت الأسعار في أبو ظبي ارتفاعا بـ1.1 في المائة خلال حزيران (يونيو) مقارنة بأيار (مايو) 2015.",
         ["2015-06"]),
        ("وبلغ معدل النمو في عدد الركاب خلال يونيو 14.2 في المائة مقارنة بالفترة نفسها من عام 2014.", ["2015-06"]),
        ("وارتفعت القروض إلى 929.2 مليون ريال في 2014 مقارنة بنحو 895 في 2013.", ["2014"]),
        # a clause the baseline alone dates keeps it, as one ``منذ`` alone dates does
        ("وتراجعت الإيرادات بنسبة 3% مقارنة بعام 2013.", ["2013"]),
    ],
)
def test_build_timeline_dates_a_clause_by_its_baseline_only_when_nothing_else_does(text: str, dates: list[str]) -> None:
    article = Article(id="a", text=text, published="2015-07-22")
    assert [e.date for e in build_timeline([article], find_times(article))] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the feast a greeting names is not an event of its day (SaudiNewsNet 2015-07-21: 87 greetings on the
        # first day of Eid); the event beside it keeps its date
        ("وهنأ أمير المنطقة المواطنين بمناسبة عيد الفطر المبارك. وافتتح الأمير مهرجان الصيف أمس الاثنين في أبها.",
         ["2015-07-20"]),
        ("ورفع الوزير برقية تهنئة لمناسبة حلول عيد الأضحى المبارك.", []),
        # a timetable's weekdays are every week's, no day of the story
        ("وتبدأ الشركة بتسيير رحلاتها إلى جازان أيام الثلاثاء والخميس والسبت من كل أسبوع.", []),
    ],
)
def test_build_timeline_leaves_out_occasions_and_weekly_days(text: str, dates: list[str]) -> None:
    article = Article(id="a", text=text, published="2015-07-21")
    assert [e.date for e in build_timeline([article], find_times(article))] == dates


def test_two_events_of_one_day_sharing_only_a_name_are_two_entries() -> None:
    # SaudiNewsNet 2015-07-27: a short clause naming the Yemeni president drew in nine outlets' other events
    # of that day; two of its four words are not the same event
    articles = [
        Article(id="a", outlet="x", published="2015-07-27", text="واستقبل الرئيس اليمني أمس الوفد."),
        Article(id="b", outlet="y", published="2015-07-27",
                text="ودعا الأمين العام لمجلس التعاون أمس المنظمات الإنسانية إلى إيصال المساعدات إلى الرئيس اليمني في عدن."),
    ]
    timeline = build_timeline(articles, [t for a in articles for t in find_times(a)])
    assert [[c.article for c in e.cites] for e in timeline] == [["a"], ["b"]]


def test_build_timeline_cuts_a_sentence_of_two_events_at_the_clause_that_opens_the_second() -> None:
    # SaudiNewsNet 2015-08-01: the vice-president's arrival stood whole under the week the Houthis were driven out
    text = ("قال مسؤول في مطار عدن إن خالد بحاح نائب الرئيس اليمني وصل إلى عدن اليوم السبت ليصبح أكبر مسؤول "
            "يزور المدينة منذ أن طرد مقاتلون محليون جماعة الحوثي منها قبل أكثر من أسبوعين.")
    article = Article(id="a", text=text, published="2015-08-01")
    by_date = {e.date: e.text for e in build_timeline([article], find_times(article))}
    assert by_date["2015-08-01"].startswith("قال مسؤول") and "طرد" not in by_date["2015-08-01"], by_date
    (earlier,) = [t for d, t in by_date.items() if d != "2015-08-01"]
    assert earlier.startswith("منذ أن طرد"), by_date


def test_a_list_of_dates_in_one_clause_is_one_entry_at_its_first() -> None:
    # SaudiNewsNet 2015-07-21 (aleqtisadiya): the interior ministry's schedule of six Fridays was the same words
    # six times over in the story's timeline
    article = Article(
        id="a", published="2015-07-21",
        text="وكان الترتيب الزمني لتنفيذ العمليات الانتحارية وفق التواريخ الآتية : الجمعة الموافق 18/8/1436 الجمعة "
             "الموافق 25/8/1436 الجمعة الموافق 2/9/1436 الجمعة الموافق 9/9/1436.",
    )
    times = [x for x in find_times(article) if x.value]
    assert len(times) == 4
    timeline = build_timeline([article], times)
    assert [e.date for e in timeline] == [min(x.value for x in times)]
