"""Hijri dates written in numbers, as Saudi and Gulf papers date official news (found reading SaudiNewsNet's
2015-08-02: ``15/10/1436ه`` came out as the year 1436 of our era, first in the story's timeline)."""

import pytest

from marsad.extract.times import tag_text

PUBLISHED = "2015-08-02"


def _only(text: str, written: str, anchor: str | None = PUBLISHED):
    found = [t for t in tag_text(text, anchor=anchor) if written in t.text]
    assert len(found) == 1, [t.text for t in tag_text(text, anchor=anchor)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # the era written ه, day first (alriyadh)
        ("استشهدوا يوم الجمعة 15/10/1436ه بعد تعرض المركز لقذائف عسكرية كثيفة من داخل الأراضي اليمنية.", "15/10/1436"),
        # Arabic-Indic digits, year first, a stray slash before it (alweeam)
        ("ارتدى منسوبو القوة الخاصة الزي العسكري الجديد اعتباراً من /١٤٣٦/١٠/١٥هـ.", "١٤٣٦/١٠/١٥"),
        # the era left out
        ("وتبدأ المرحلة الأولى من المشروع الموافق 15/10/1436 في المحافظة.", "15/10/1436"),
    ],
)
def test_numeric_hijri_date_is_read_in_the_gregorian_calendar(text: str, written: str) -> None:
    found = _only(text, written)
    assert found.value == "2015-07-31"  # 15 Shawwal 1436, a Friday
    assert found.granularity == "day"
    assert "Hijri" in (found.note or "")


def test_numeric_gregorian_date_beside_it_is_unchanged() -> None:
    text = "وصدر القرار يوم 15/10/1436هـ الموافق 31/7/2015 بحضور الأمير."
    assert _only(text, "31/7/2015").value == "2015-07-31"
    assert _only(text, "15/10/1436").value == "2015-07-31"


def test_impossible_hijri_day_is_unresolved_with_a_reason() -> None:
    found = _only("صدر التعميم برقم 45 وتاريخ 31/10/1436هـ.", "31/10/1436")
    assert found.value is None
    assert "Hijri" in (found.note or "")


def test_year_near_the_publications_hijri_year_is_hijri() -> None:
    found = _only("وأقرت الحكومة ميزانية عام 1436 بفائض محدود.", "1436")
    assert found.value == "2014/2015"
    assert "1436" in (found.note or "")


def test_historical_gregorian_year_stays_gregorian() -> None:
    assert _only("فتح العثمانيون القسطنطينية عام 1453 بعد حصار طويل.", "1453").value == "1453"


def test_without_a_publication_date_a_bare_year_is_not_guessed_hijri() -> None:
    assert _only("وأقرت الحكومة ميزانية عام 1436 بفائض محدود.", "1436", anchor=None).value == "1436"


def test_a_bare_year_of_the_hijri_table_is_hijri_in_saudi_copy() -> None:
    # SaudiNewsNet 2015-07-21 (sabq): a school opened in 1378 AH, not in the 14th century
    found = _only("وتعود اللقطات إلى أقدم مدرسة بنات فتحت عام 1378 في المحافظة.", "1378")
    assert found.value == "1958/1959"


def test_a_year_marked_as_gregorian_stays_gregorian() -> None:
    assert _only("وشهد العام 1370م استخدام الكحول لأول مرة كمادة مذيبة.", "1370").value == "1370"
