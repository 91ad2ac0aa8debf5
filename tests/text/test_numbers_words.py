"""Figures in digits and in words, with their values and their spans as written."""

import pytest

from marsad.text import normalize_key
from marsad.text.normalize import search_key
from marsad.text.numbers import find_numbers, parse_number, parse_number_words


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("يقدر عددها نحو 2.5 ألف جندي", [("2.5 ألف", 2500)]),
        ("نحو 3 آلاف جندي", [("3 آلاف", 3000)]),
        ("يبلغ عددها ٢٥٠٠", [("٢٥٠٠", 2500)]),
        ("يبلغ عددها 2,500 جندي", [("2,500", 2500)]),
        ("نما الاقتصاد ٢٫٥ في المئة", [("٢٫٥", 2.5)]),
        ("عبر هجوم بثلاث طائرات مسيرة", [("ثلاث", 3)]),
        ("قتل خمسة وعشرون مدنياً", [("خمسة وعشرون", 25)]),
        ("إحدى عشرة دولة", [("إحدى عشرة", 11)]),
        ("ثلاثة آلاف وخمسمائة عامل", [("ثلاثة آلاف وخمسمائة", 3500)]),
        ("ألفين وخمسمائة لاجئ", [("ألفين وخمسمائة", 2500)]),
        ("خرج عشرات الآلاف", [("عشرات الآلاف", 10000)]),
        ("مئات المتظاهرين", [("مئات", 100)]),
        ("نحو مليون ونصف نازح", [("مليون ونصف", 1_500_000)]),
        ("نصف مليون برميل", [("نصف مليون", 500_000)]),
        ("3 ملايين و500 ألف دولار", [("3 ملايين و500 ألف", 3_500_000)]),
        ("بلغ ١٢٫٥ مليار", [("١٢٫٥ مليار", 12.5e9)]),
        ("ثلاث مئة صاروخ", [("ثلاث مئة", 300)]),
        ("ثلاثة أرباع السكان", [("ثلاثة أرباع", 0.75)]),
        ("ثلث مساحة العراق", [("ثلث", 1 / 3)]),
        ("بين 2000 و3000 جندي", [("2000", 2000), ("3000", 3000)]),
        ("لست أدري", []),  # ل + ست is not six
        ("أحد المسؤولين", []),  # one of, not a figure
        ("يوم الاثنين", []),  # Monday
        ("أثنى عدد من القادة على الخطة", []),  # أثنى "praised" shares the key of اثني
        ("خلال اثني عشر شهرا", [("اثني عشر", 12)]),
        # quantity (كمية، كميات) folds to ك + مئة/مئات on the key (SaudiNewsNet 2015-08-02's claims)
        ("بإجمالي كمية تجاوزت 715 ألف سهم", [("715 ألف", 715_000)]),
        ("وسجلت كميات قياسية مرتفعة من الخام", []),
        # KUNA's reversed decimal: the fraction, ر, the whole part (SaudiNewsNet 2015-08-10: ``50ر11 مليون
        # يورو`` was one million euros)
        ("كلفه 50ر11 مليون يورو للتعاقد معه", [("50ر11 مليون", 11_500_000)]),
        ("ارتفع المؤشر بواقع 5ر27 نقطة", [("5ر27", 27.5)]),
        # a scale word written on the digits
        ("محققا إيرادات بلغت 01ر12مليون دولار", [("01ر12مليون", 12_010_000)]),
        ("بلغت الأرباح 12مليون دولار", [("12مليون", 12_000_000)]),
        # the Saudi agencies' bracketed figure before its scale (SaudiNewsNet 2015-07-21: every amount of a
        # budget report was one million riyals)
        ("بقيمة تزيد على (2571) مليون ريال", [("(2571) مليون", 2_571_000_000)]),
        ("لإطلاق ( 15 ) ألف قذيفة", [("( 15 ) ألف", 15_000)]),
        # a scale word in the accusative after digits; alone, ألفا is alpha
        ("ويعاني 13 مليونا من الجوع", [("13 مليونا", 13_000_000)]),
        ("وسحب 50 ألفاً من حسابه", [("50 ألفاً", 50_000)]),
        ("تصل إلى 120 مليارا", [("120 مليارا", 120e9)]),
        ("سيارة ألفا روميو", []),
        # a figure written out to the unit: the scale after it names its order, it does not multiply
        ("مقارنة بـ (5.969.428) مليون مسافر", [("(5.969.428) مليون", 5_969_428)]),
        ("بلغ 5,307,846 مليون ريال", [("5,307,846 مليون", 5_307_846)]),
        ("بلغ (237.273) ألف راكب", [("(237.273) ألف", 237_273)]),
        ("بلغت 2000 مليون دولار", [("2000 مليون", 2e9)]),
    ],
)
def test_find_numbers_reads_digits_and_words(text: str, figures: list[tuple[str, float]]) -> None:
    found = [(text[m.start : m.end], m.value) for m in find_numbers(text)]
    assert [f for f, _ in found] == [f for f, _ in figures]
    assert [v for _, v in found] == pytest.approx([v for _, v in figures])


@pytest.mark.parametrize(("text", "vague"), [("عشرات الآلاف", True), ("آلاف", True), ("ثلاثة آلاف", False), ("3 آلاف", False)])
def test_find_numbers_marks_orders_of_magnitude_as_vague(text: str, vague: bool) -> None:
    (match,) = find_numbers(text)
    assert match.vague is vague


@pytest.mark.parametrize(("words", "value"), [(["خمسة", "عشر"], 15), (["مائتين"], 200), (["ثلاث", "وثلاثين"], 33)])
def test_parse_number_words(words: list[str], value: float) -> None:
    assert parse_number_words(words) == value


def test_parse_number_words_rejects_other_words() -> None:
    assert parse_number_words(["ثلاثة", "جنود"]) is None


def test_parse_number_keeps_its_contract() -> None:
    assert (parse_number("٢٬٥٠٠"), parse_number("2,5"), parse_number("جندي")) == (2500.0, 2.5, None)


@pytest.mark.parametrize("text", ["غداً سيُعقد الاجتماع", "الأمـريكية ٢٠٢١", "بغداد\u200f 2021", "يوم ١٥ رمضان ١٤٤٢ هـ"])
def test_search_key_maps_every_key_character_back(text: str) -> None:
    key, origin = search_key(text)
    positions = [origin[i] for i in range(len(key))]
    assert all(positions[i] < positions[i + 1] for i in range(len(positions) - 1))
    assert all(normalize_key(text[p]) in (key[i], "") or key[i].isspace() for i, p in enumerate(positions))
    assert [origin.key_offset(p) for p in positions] == list(range(len(key)))


@pytest.mark.parametrize(("text", "word", "shown"), [("يصل غداً الوفد", "غدا", "غداً"), ("عام 1442 هـ.", "ه", "هـ")])
def test_search_key_spans_keep_the_marks_on_their_last_letter(text: str, word: str, shown: str) -> None:
    key, origin = search_key(text)
    start = key.index(word)
    s, e = origin.text_span(start, start + len(word))
    assert text[s:e] == shown


@pytest.mark.parametrize(
    "text",
    [
        "في العقد الحادي عشر من القرن التاسع عشر",  # teens completing ordinals (SaudiNewsNet 2015-07-27)
        "وحل الفريق في المرتبة الثالثة عشرة",
        "ألف مبروك للعروسين وألف شكر للحضور",  # a wish, not a thousand
        "في محافظة وأحد المسارحة",  # و + أحد, whose key is the number واحد: a town
    ],
)
def test_number_words_that_are_no_figures_where_they_stand(text: str) -> None:
    assert find_numbers(text) == []


def test_the_same_words_are_figures_elsewhere() -> None:
    assert [m.value for m in find_numbers("خمسة عشر جنديا وألف جندي وواحد من المصابين")] == [15, 1000, 1]
