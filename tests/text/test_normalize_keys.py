"""Matching keys: spellings an outlet treats as the same word get one key; the offset map holds."""

import pytest

from marsad.text import fold, normalize_key, strip_diacritics


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("الأمريكية", "الامريكيه"),  # hamza on alef, teh marbuta
        ("الأمـــريكيّة", "الأمريكية"),  # tatweel, shadda
        ("إبريل", "ابريل"),
        ("آذار", "اذار"),
        ("مصطفى", "مصطفي"),  # alef maqsura
        ("مسؤول", "مسوول"),
        ("٢٥٠٠", "2500"),  # Arabic-Indic digits
        ("۲۵۰۰", "2500"),  # Persian digits
        ("٢٫٥", "2.5"),  # Arabic decimal separator
        ("٦٠٪", "60%"),
        ("«داعش»", '"داعش"'),
        ("“ماكنزي”", '"ماكنزي"'),
        ("العراقية – الأمريكية", "العراقية - الامريكية"),
        ("بغداد\u200f", "بغداد"),  # right-to-left mark
        ("وا\u200cشنطن", "واشنطن"),  # zero-width non-joiner
        ("\ufefbبد", "لابد"),  # lam-alef presentation form
        ("عُقِدَتْ", "عقدت"),
        ("واكد", "وأكد"),
    ],
)
def test_normalize_key_equates_variants(a: str, b: str) -> None:
    assert normalize_key(a) == normalize_key(b)


@pytest.mark.parametrize(("a", "b"), [("بغداد", "بغدادي"), ("2500", "2.5"), ("قال", "قالت"), ("عين", "غين")])
def test_normalize_key_keeps_different_words_apart(a: str, b: str) -> None:
    assert normalize_key(a) != normalize_key(b)


def test_normalize_key_collapses_white_space() -> None:
    assert normalize_key("  وصل\u00a0 وفد\n\nعراقي ") == "وصل وفد عراقي"


def test_fold_maps_every_key_character_back_to_the_original() -> None:
    original = "أكّد الكاظمـي، اليوم، أن ٦٠٪ من القوات غادرت\u200f."
    key, origin = fold(original)
    assert len(key) == len(origin)
    assert origin == sorted(origin)
    start = key.index("الكاظمي")
    end = start + len("الكاظمي")
    assert original[origin[start] : origin[end - 1] + 1] == "الكاظمـي"
    pct = key.index("60%")
    assert original[origin[pct] : origin[pct + 2] + 1] == "٦٠٪"


def test_strip_diacritics_keeps_letters_as_written() -> None:
    assert strip_diacritics("الأميركيّ") == "الأميركي"
    assert strip_diacritics("إبريل") == "إبريل"
