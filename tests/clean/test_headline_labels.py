"""A wire desk's label before a headline and its part marker after it are filing notes, not the news: the
headline is shown without them, and they are kept in the article's clean record."""

from __future__ import annotations

import pytest

from marsad.clean import clean_article
from marsad.model import Article

# SaudiNewsNet, 2015-08-10: headlines as SPA (واس) files them, and as outlets print them.
BODY = "رأس نائب خادم الحرمين الشريفين الجلسة التي عقدها مجلس الوزراء بعد ظهر اليوم الاثنين في قصر السلام بجدة."


@pytest.mark.parametrize(("title", "shown", "labels"), [
    ("عام / نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء        إضافة ثالثة",
     "نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء", ["عام /", "إضافة ثالثة"]),
    ("اقتصادي / مؤشر سوق الأسهم السعودية يرتفع 135 نقطة", "مؤشر سوق الأسهم السعودية يرتفع 135 نقطة", ["اقتصادي /"]),
    ("قصة مصورة: مهرجان تمور بريدة", "مهرجان تمور بريدة", ["قصة مصورة:"]),
    ("رياضي / الهلال يختتم معسكره / إضافة أولى واخيرة", "الهلال يختتم معسكره", ["رياضي /", "/ إضافة أولى واخيرة"]),
    # the kind of piece before ``..`` or a dash, as 3alyoum, alweeam and sabq print it (SaudiNewsNet 2015-08-07)
    ("شاهد.. أحد المصابين: المفجر كان يرتدي سروالاً مموهاً", "أحد المصابين: المفجر كان يرتدي سروالاً مموهاً", ["شاهد.."]),
    ("بالصور .. مقتل 90 شخصاً في انفجار بمحطة وقود في غانا", "مقتل 90 شخصاً في انفجار بمحطة وقود في غانا", ["بالصور .."]),
    ("بالفيديو – مئات الدبابات تغادر عدن لدعم المقاومة في لحج", "مئات الدبابات تغادر عدن لدعم المقاومة في لحج",
     ["بالفيديو –"]),
    # not labels: a headline's own first word, a speaker before a colon, a label with nothing after it
    ("عام.. على الحرب", "عام.. على الحرب", None),
    ("صور من ذاكرة جدة القديمة", "صور من ذاكرة جدة القديمة", None),
    ("عام على الحرب: ماذا تغير؟", "عام على الحرب: ماذا تغير؟", None),
    ("الداخلية: القبض على خلية إرهابية", "الداخلية: القبض على خلية إرهابية", None),
    ("عاجل: انفجار", "عاجل: انفجار", None),
    # an invisible right-to-left mark before the headline (SaudiNewsNet 2015-08-10) goes too
    ("\u200f600 لوحة تعريفية للانتخابات البلدية بجدة", "600 لوحة تعريفية للانتخابات البلدية بجدة", None),
])
def test_headline_labels_are_filing_notes(title: str, shown: str, labels: list[str] | None) -> None:
    cleaned = clean_article(Article("spa-1", "", title=title, extracted=BODY))
    assert cleaned.title == shown
    assert cleaned.meta["clean"].get("title_labels") == labels
    assert cleaned.text == BODY
