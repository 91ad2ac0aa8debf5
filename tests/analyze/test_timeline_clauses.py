"""A timeline entry says who did what: a clause cut at a comma after a long subject keeps its verb and subject."""

from __future__ import annotations

from marsad.analyze.timeline import build_timeline
from marsad.extract.times import find_times
from marsad.model import Article


def _timeline(text: str, published: str) -> list[tuple[str, str]]:
    article = Article(id="a", title="", text=text, published=published)
    return [(e.date, e.text) for e in build_timeline([article], find_times(article, anchor=published))]


def test_a_clause_opening_with_a_preposition_after_a_comma_keeps_the_verb_before_it() -> None:
    # SaudiNewsNet 2015-07-22 (aawsat): the entry was ``في مكتبه بجدة اليوم اجتماعاً ثنائياً ...``, no one meeting
    text = ("عقد الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع، في "
            "مكتبه بجدة اليوم اجتماعاً ثنائياً مع وزير الدفاع الأميركي اشتون كارتر.")
    ((date, clause),) = _timeline(text, "2015-07-22")
    assert date == "2015-07-22"
    assert clause.startswith("عقد الأمير محمد بن سلمان"), clause


def test_a_dated_clause_before_the_comma_is_another_event() -> None:
    # the reopening (two days before) is not the closing's clause (three weeks before)
    text = ("فتحت اليونان أبواب بنوكها اعتبارا من أول من أمس الاثنين، بعد إغلاقها قبل ثلاثة أسابيع لمنع الانهيار "
            "تحت سيل من السحوبات النقدية.")
    entries = _timeline(text, "2015-07-22")
    closing = [c for d, c in entries if "إغلاقها" in c and "فتحت" not in c]
    assert closing, entries


def test_an_article_telling_an_event_twice_is_cited_once() -> None:
    """SaudiNewsNet 2015-08-11: aljazirah told the cabinet session in a headline-like line and again in its text,
    and the entry listed it twice among the outlets that tell it."""
    first = Article(id="a", title="", published="2015-08-11",
                    text="ترأس نائب خادم الحرمين الشريفين جلسة مجلس الوزراء أمس الاثنين في قصر السلام بجدة.")
    second = Article(id="b", title="", published="2015-08-11",
                     text="ترأس نائب خادم الحرمين الشريفين جلسة مجلس الوزراء أمس في قصر السلام بجدة وناقش التقارير.\n\n"
                          "وكان نائب خادم الحرمين الشريفين قد ترأس جلسة مجلس الوزراء أمس في قصر السلام بجدة.")
    articles = [first, second]
    times = [t for a in articles for t in find_times(a, anchor="2015-08-11")]
    (entry,) = [e for e in build_timeline(articles, times) if e.date == "2015-08-10"]
    assert sorted(c.article for c in entry.cites) == ["a", "b"], entry.cites
