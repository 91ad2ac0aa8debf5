"""A Gregorian date written month first with its year (``أغسطس 3, 2015``), as English dates are written: in
translated reports' datelines and in embedded tweets' signatures, read as that day."""

from __future__ import annotations

import pytest

from marsad.extract import infer_published
from marsad.extract.times import tag_text
from marsad.model import Article

# An embedded tweet's signature, as Al-Yaum printed it (SaudiNewsNet 2015-08-03), and a reference to 9/11 in
# Asharq al-Awsat (2015-07-25), both month first.
TWEET = (
    "اجتماع مثمر وبناء لـ #مجلس_التعاون مع كيري تمت فيه مناقشة التصدي لسياسة ايران العدوانية في المنطقة "
    "بما فيها ارهاب داعش وحزب الله والحوثيين— عادل بن أحمد الجبير (@AdelAljubeir) أغسطس 3, 2015"
)
ELEVENTH = "كان من المقاتلين القلائل في تنظيم القاعدة الذين تم إبلاغهم سلفا باعتداءات سبتمبر (أيلول) 11 2001."


@pytest.mark.parametrize(("text", "written", "value"), [
    (TWEET, "أغسطس 3, 2015", "2015-08-03"),
    (ELEVENTH, "سبتمبر (أيلول) 11 2001", "2001-09-11"),
    ("الخميس، يناير 13، 2005", "الخميس، يناير 13، 2005", "2005-01-13"),
])
def test_a_date_written_month_first_is_that_day(text: str, written: str, value: str) -> None:
    days = [x for x in tag_text(text, anchor="2015-08-03") if x.granularity == "day"]
    assert [(x.text, x.value) for x in days] == [(written, value)]
    assert text[days[0].start : days[0].end] == written


def test_a_month_first_dateline_dates_a_report() -> None:
    # a translated report's dateline (the form of MultiLing's ``الخميس 22 سبتمبر , 2005``, month first)
    text = "سبتمبر 22, 2005\nوصل المشتبه به في تفجيرات لندن إلى بريطانيا قادما من إيطاليا بعد تسليمه."
    assert infer_published(Article("a", text, title="المشتبه به بتفجيرات لندن يعود من ايطاليا"))[0] == "2005-09-22"


@pytest.mark.parametrize("text", [
    "في مايو 2005 أعلنت الحكومة",  # a month and its year: the month, no day
    "قبل يونيو 30 عاما",  # a number that is no day before a length of time
])
def test_a_month_without_day_and_year_after_it_is_no_day(text: str) -> None:
    assert not [x for x in tag_text(text, anchor="2015-08-03") if x.granularity == "day"]
