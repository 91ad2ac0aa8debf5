"""Figures read from sentences, in the forms Arabic outlets write them."""

from __future__ import annotations

import pytest

from marsad.summarize.figures import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("والتي يقدر عددها نحو 2.5 ألف جندي بنهاية العام الحالي", {2500.0}, id="decimal-thousand"),
        pytest.param("والتي يبلغ عددها 2500، ستبقى هناك", {2500.0}, id="digits"),
        pytest.param("بينهم ٢٬٥٠٠ جندي أميركي", {2500.0}, id="arabic-indic"),
        pytest.param("نحو 3 آلاف جندي من قوات التحالف الدولي، بينهم 2500 جندي", {3000.0, 2500.0}, id="two"),
        pytest.param("وعدت اليابان بـ 500 مليون دولار", {500e6}, id="million"),
        pytest.param("قرار في يناير عام 2020 بإخراج القوات الأجنبية", set(), id="year"),
        pytest.param("وفي 26 تموز / يوليو، توصلت بغداد وواشنطن إلى اتفاق", set(), id="day-of-month"),
        pytest.param("أسقطت اثنتان منها، فيما سقطت الثالثة", set(), id="number-words-not-read"),
    ],
)
def test_figures_read(text, expected):
    assert figures(text) == expected
