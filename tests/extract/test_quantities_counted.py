"""What a figure counts when the number follows its noun as an adjective (``الدول الخمس``), and when the word
after a number is a preposition (SaudiNewsNet 2015-08-10: ``الأطقم الثلاثة الجديدة`` was shown as three
``الجديدة``, ``كسب اثنتين أمام فرق`` as two ``أمام``)."""

import pytest

from marsad.extract.quantities import find_quantities
from marsad.model import Article


def _counted(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.counted) for q in find_quantities(Article(id="a", text=text))]


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("يبدأ المتجر ببيع الأطقم الثلاثة الجديدة للفريق.", 3, "الأطقم"),
        ("وقعت الدول الأربع على الاتفاق في الرياض.", 4, "الدول"),
        ("اجتمع قادة الدول الخمس الكبرى في جنيف.", 5, "الدول"),
    ],
)
def test_a_definite_number_after_its_noun_counts_that_noun(text: str, value: int, counted: str) -> None:
    assert _counted(text) == [(value, counted)]


def test_a_number_before_its_noun_still_counts_the_noun_after() -> None:
    assert _counted("لعب الفريق الأربع مباريات الودية في النمسا.") == [(4, "مباريات")]
    assert _counted("قتل 15 شخصا في الهجوم.") == [(15, "شخصا")]


def test_a_preposition_after_a_number_is_not_what_it_counts() -> None:
    assert not any(counted == "أمام" for _, counted in _counted("لعب أربع مباريات كسب اثنتين أمام فرق قوية."))
    # SaudiNewsNet 2015-07-21: what they were (``ما بين``), and most of them, follow the noun left unsaid
    assert _counted("واستشهد في تلك العمليات 37 ما بين رجال أمن ومواطنين.") == [(37, None)]
    assert _counted("وقبض على 431 أغلبهم من الجنسية السعودية.") == [(431, None)]


@pytest.mark.parametrize(
    "text",
    [
        # SaudiNewsNet 2015-07-22: a definite word after digits is the next phrase's, not what they count
        "وكشف التقرير الـ 51 الصادر حديثا عن مؤسسة النقد ارتفاع السحوبات.",
        "وارتفع مؤشر كاك 40 الفرنسي بنسبة 0.3 في المئة.",
        "كانت الطائرة تقوم بالرحلة 111 المتجهة من شنغهاي إلى باريس.",
    ],
)
def test_a_definite_word_after_digits_is_not_what_they_count(text: str) -> None:
    assert all(counted is None or not counted.startswith("ال") for _, counted in _counted(text))


def test_a_number_word_in_construct_counts_the_definite_noun_after_it() -> None:
    assert (10, "الجرحى") in _counted("أسفرت المعارك عن سقوط 28 قتيلا وعشرات الجرحى خلال 24 ساعة.")
    assert (1000, "السياح") in _counted("واحتجز آلاف السياح في المطار.")


def test_a_noun_and_a_fraction_is_one_and_that_fraction_not_a_share() -> None:
    # SaudiNewsNet 2015-08-02: ``الطفل علي سعد دوابشة (عام ونصف)`` and ``متر ونصف`` were figures of 50 %
    found = [(q.text, q.value, q.unit, q.counted) for q in find_quantities(Article(id="a", text=(
        "وتوفي الطفل علي سعد دوابشة (عام ونصف) متأثرا بحروقه، وارتفاع الموج من متر إلى متر ونصف.")))]
    assert ("عام ونصف", 1.5, None, "عام") in found and ("متر ونصف", 1.5, None, "متر") in found, found
    assert all(unit != "%" for _, _, unit, _ in found), found
    # a share stays a share: half of the staff
    found = [(q.value, q.unit) for q in find_quantities(Article(id="a", text="وغادر نصف الموظفين الشركة."))]
    assert found == [(50.0, "%")], found
