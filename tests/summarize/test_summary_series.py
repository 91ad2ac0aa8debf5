"""A series of follow-up reports by one outlet: the background each report repeats is not corroboration."""

from __future__ import annotations

from marsad.summarize import summarize_story

BACKGROUND = (
    "وكانت السيول قد اجتاحت المدينة الأسبوع الماضي بعد أمطار غزيرة لم تشهدها المنطقة منذ عشرين عاما، "
    "وأدت إلى انهيار عشرات المنازل وقطع الطرق الرئيسية."
)
LEADS = (
    "أعلن الدفاع المدني اليوم الأحد ارتفاع عدد ضحايا السيول في مدينة جدة إلى 45 قتيلا.",
    "بدأت فرق الإنقاذ اليوم الإثنين البحث عن 12 مفقودا في الأحياء الجنوبية من مدينة جدة.",
    "أمر أمير منطقة مكة اليوم الثلاثاء بصرف تعويضات عاجلة لأسر المتضررين من السيول في جدة.",
    "افتتحت وزارة الصحة اليوم الأربعاء مستشفى ميدانيا لعلاج المصابين في حي قويزة بجدة.",
)
DAYS = ("2009-11-29", "2009-11-30", "2009-12-01", "2009-12-02")


def _series(make_article, outlet: str | None):
    return [
        make_article(f"r{k}", f"عنوان التقرير {k}\n{lead}\n{BACKGROUND}", outlet=outlet, published=day)
        for k, (lead, day) in enumerate(zip(LEADS, DAYS, strict=True))
    ]


def test_summary_of_one_outlets_series_tells_each_days_news_not_its_repeated_background(make_article):
    words = sum(len(lead.split()) for lead in LEADS)
    for outlet in ("سبق", None):
        shown = [s.text for s in summarize_story(_series(make_article, outlet), words=words)]
        assert sorted(shown) == sorted(LEADS), outlet


def test_summary_background_told_by_other_outlets_is_corroborated(make_article):
    """The same sentence from four different outlets is what they agree on: it is told."""
    reports = [
        make_article(f"r{k}", f"عنوان التقرير {k}\n{lead}\n{BACKGROUND}", outlet=outlet, published=DAYS[0])
        for k, (lead, outlet) in enumerate(zip(LEADS, ("سبق", "عكاظ", "الرياض", "المدينة"), strict=True))
    ]
    words = sum(len(lead.split()) for lead in LEADS)
    shown = [s.text for s in summarize_story(reports, words=words)]
    assert BACKGROUND in shown
