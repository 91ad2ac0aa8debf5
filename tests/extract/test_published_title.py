"""A date in the title is the publication date only when written with its own weekday, as a dateline is
(MultiLing's reports and other plain-text files put the dateline on the title's line)."""

from __future__ import annotations

import pytest

from marsad.extract import infer_published
from marsad.model import Article

# The first sentence of the demo's الجزيرة نت report (2021), without its dateline.
TEXT = "اختتمت جولة الحوار الإستراتيجي بين العراق والولايات المتحدة، وأكد الجانبان أن مهمة القوات الأمريكية تحولت إلى التدريب."


@pytest.mark.parametrize(("title", "expected"), [
    ("جولة الحوار الإستراتيجي الرابعة الاثنين 26 يوليو 2021 تختتم في واشنطن", "2021-07-26"),
    ("جولة الحوار الإستراتيجي الرابعة يوم الاثنين 26 تموز 2021", "2021-07-26"),
    # the weekday does not agree with the date (26 July 2021 was a Monday): no dateline
    ("جولة الحوار الإستراتيجي الرابعة الخميس 26 يوليو 2021", None),
    # a date the news is about, with no weekday
    ("الذكرى الأولى لاتفاق 26 يوليو 2021 بين بغداد وواشنطن", None),
])
def test_a_title_dates_the_article_only_with_its_weekday(title: str, expected: str | None) -> None:
    found, evidence = infer_published(Article("a", TEXT, title=title))
    assert found == expected
    if expected:
        assert evidence.startswith("the title «") and "weekday" in evidence
