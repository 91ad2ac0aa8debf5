"""Regression: a year or publication date outside hijridate's table stopped a whole digest with
OverflowError (found on SaudiNewsNet: a feast in "عام 1000"). It must give value None and a reason."""

import pytest

from marsad.extract.times import tag_text


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("احتفل الأهالي بعيد الفطر عام 1000 في المدينة القديمة.", "2015-07-21"),
        ("يصادف عيد الفطر يوم الجمعة.", "1700-01-01"),
        ("وصل الوفد في 15 رمضان إلى الميناء.", "1700-01-01"),
    ],
)
def test_hijri_outside_the_table_is_unresolved_not_a_crash(text: str, anchor: str) -> None:
    found = [t for t in tag_text(text, anchor=anchor) if "الفطر" in t.text or "رمضان" in t.text]
    assert found and all(t.value is None and "1343–1500 AH" in (t.note or "") for t in found)
