"""Which script a text is in, and how much of it is vocalized: counted on real text."""

from __future__ import annotations

import pytest

from marsad.text.script import letter_counts, mostly_not_arabic, vocalized_share


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # SaudiNewsNet 2015-08-11: the verse an Interior Ministry statement quotes, as recited
        ("وقال تعالى (وَلَكُمْ فِي الْقِصَاصِ حَيَاةٌ يَا أُولِي الأَلْبَابِ لَعَلَّكُمْ تَتَّقُونَ).", 0.5, 1.0),
        # a poem quoted in a column (2015-07-21)
        ("ومَا المَرْءُ إلاَّ كالشِّهابِ وضَوْئِهِ ** يحورُ رَمادًا بَعْدَ إذْ هُوَ ساطِعُ", 0.45, 1.0),
        # news copy: a word or none vocalized
        ("أكدت القيادة المركزية الأمريكية، اليوم الخميس، أن انسحاب قواتها من العراق لن يؤثر على العلاقة.", 0.0, 0.0),
        ("وقال المتحدث إن الأمطار المُتوقعة لن تؤثر على حركة السير في الطرق الرئيسة بالمنطقة.", 0.0, 0.05),
        ("The US Central Command said on Thursday that the withdrawal would not change the relationship.", 0.0, 0.0),
        ("", 0.0, 0.0),
    ],
)
def test_vocalized_share_tells_a_recited_quotation_from_news_copy(text: str, low: float, high: float) -> None:
    assert low <= vocalized_share(text) <= high


def test_letter_counts_and_script_on_mixed_text() -> None:
    letters, arabic = letter_counts("قال ماكنزي (McKenzie) إن القوات باقية 2021.")
    assert (letters, arabic) == (len("قالماكنزيإنالقواتباقية") + len("McKenzie"), len("قالماكنزيإنالقواتباقية"))
    assert not mostly_not_arabic("قال ماكنزي (McKenzie) إن القوات باقية.")
    assert mostly_not_arabic("General McKenzie said the forces stay (القوات).")
