"""Claims across the demo story's articles: the gold agreement on 2,500 US troops, and what is not one."""

from __future__ import annotations

import pytest

from marsad.analyze import find_claims
from marsad.extract import find_quantities, find_times
from marsad.model import Article, Digest


def test_demo_gold_agreement_on_us_troops(demo_digest: Digest, gold: dict) -> None:
    """2500 US troops: 000 writes ``2.5 ألف جندي``, 002 ``عددها 2500``, 003 ``2500 جندي أميركي``."""
    (story,) = demo_digest.stories
    for expected in gold["agreements"]:
        matching = [c for c in story.claims if c.kind == "figure" and c.value == expected["value"]]
        assert len(matching) == 1, matching
        (claim,) = matching
        assert sorted(s.article[:3] for s in claim.agree) == sorted(expected["docs"])
        assert claim.conflict == ()
        assert "القوات الأمريكية" in claim.about
        for source in claim.agree:
            article = demo_digest.article(source.article)
            assert article.text[source.start : source.end] == source.text
            assert source.about_span is not None
            assert article.text[source.about_span[0] : source.about_span[1]] == source.about


def test_demo_coalition_troops_are_another_claim(demo_digest: Digest) -> None:
    """003's ``3 آلاف جندي من قوات التحالف الدولي`` is about the coalition, not the US troops."""
    (story,) = demo_digest.stories
    (claim,) = [c for c in story.claims if c.value == 3000]
    assert [s.text for s in claim.agree] == ["3 آلاف جندي"]
    assert "التحالف" in claim.about and claim.conflict == ()


def _article(article_id: str, outlet: str, text: str) -> Article:
    return Article(id=article_id, text=text, outlet=outlet, published="2021-09-09")


def _figure_claims(articles: list[Article]) -> list:
    """The figure claims of ``articles``, from their quantities as the extractor reads them."""
    return [c for c in find_claims(articles, [q for a in articles for q in find_quantities(a)], []) if c.kind == "figure"]


def test_different_figures_for_the_same_troops_conflict() -> None:
    articles = [
        _article("a", "العين الإخبارية", "وينتشر في العراق نحو 2500 جندي أميركي لمحاربة تنظيم الدولة."),
        _article("b", "الجزيرة نت", "وينتشر في العراق نحو 3500 جندي أمريكي في قواعد عدة."),
    ]
    quantities = [q for a in articles for q in find_quantities(a)]
    times = [t for a in articles for t in find_times(a)]
    figures = [c for c in find_claims(articles, quantities, times) if c.kind == "figure"]
    assert [(c.value, [s.article for s in c.agree], [s.article for s in c.conflict]) for c in figures] == [
        (2500, ["a"], ["b"]),
        (3500, ["b"], ["a"]),
    ]


def test_an_article_counting_several_things_of_one_kind_is_no_claim() -> None:
    """A civil defence round-up gives reports per region; another article gives one region's count. The
    round-up's figures are not one fact, so no outlet is shown to differ from it; two articles giving one
    count each still do."""
    articles = [
        _article("a", "الوئام", "وتلقى الدفاع المدني 8632 بلاغا في منطقة الرياض، فيما تلقى 5593 بلاغا في منطقة مكة المكرمة."),
        _article("b", "اليوم", "وتلقت غرفة العمليات 65 بلاغا خلال أيام العيد."),
        _article("c", "عكاظ", "وتلقت غرفة العمليات 116 بلاغا خلال أيام العيد."),
    ]
    quantities = [q for a in articles for q in find_quantities(a)]
    assert sorted(round(q.value) for q in quantities if q.article == "a") == [5593, 8632]
    figures = [c for c in find_claims(articles, quantities, []) if c.kind == "figure"]
    shown = {(c.value, tuple(s.article for s in c.agree), tuple(s.article for s in c.conflict)) for c in figures}
    assert shown == {(65, ("b",), ("c",)), (116, ("c",), ("b",))}


def test_one_wire_template_for_two_markets_is_no_disagreement() -> None:
    """واس's closing reports of two markets (SaudiNewsNet, 2015-08-10) share one template: their deal counts
    are two facts, each sentence holding its own other figures. Two outlets' counts of one thing told in
    one clause still differ."""
    articles = [
        _article("beirut", "واس", "وبلغت كمية الأسهم المتداولة اليوم 462.147 سهماً بقيمة إجمالية بلغت 874.347 دولاراً "
                 "أمريكياً نفذت من خلال 134 صفقة."),
        _article("muscat", "واس", "وبلغت كمية الأسهم المتداولة اليوم 119.869.840 سهماً بقيمة إجمالية بلغت 2.1 مليون "
                 "دولار أمريكي نفذت من خلال 364 صفقة."),
        _article("b", "اليوم", "وتلقت غرفة العمليات 65 بلاغا خلال أيام العيد."),
        _article("c", "عكاظ", "وتلقت غرفة العمليات 116 بلاغا خلال أيام العيد."),
    ]
    quantities = [q for a in articles for q in find_quantities(a)]
    assert [q.value for q in quantities if q.article == "beirut" and q.counted == "سهماً"] == [462147]
    figures = [c for c in find_claims(articles, quantities, []) if c.kind == "figure"]
    differing = {(c.value, tuple(s.article for s in c.conflict)) for c in figures if c.conflict}
    assert differing == {(65, ("c",)), (116, ("b",))}


def test_a_figure_many_times_another_counts_something_else_of_its_kind() -> None:
    """Outlets differ on a bombing's dead (12, 17); the 200 soldiers of the camp are another count of
    soldiers, shown on their own and not as an outlet differing on the toll (SaudiNewsNet, 2015-08-07)."""
    articles = [
        _article("a", "الشرق الأوسط", "وأسفر التفجير عن مقتل 12 من رجال الأمن في مسجد المعسكر."),
        _article("b", "عكاظ", "وأسفر التفجير عن مقتل 17 من رجال الأمن في مسجد المعسكر."),
        _article("c", "عين اليوم", "وكان في المسجد لحظة التفجير نحو 200 من رجال الأمن يؤدون الصلاة."),
    ]
    figures = _figure_claims(articles)
    shown = {(c.value, tuple(s.article for s in c.agree), tuple(s.article for s in c.conflict)) for c in figures}
    assert shown == {(12, ("a",), ("b",)), (17, ("b",), ("a",)), (200, ("c",), ())}


def _date_claims(texts: list[str], published: str) -> list:
    articles = [Article(id=f"a{k}", outlet=f"o{k}", published=published, text=t) for k, t in enumerate(texts)]
    times = [x for a in articles for x in find_times(a)]
    return [c for c in find_claims(articles, [], times) if c.kind == "date"]


def test_two_dates_months_apart_in_one_template_are_two_events() -> None:
    # SaudiNewsNet 2015-07-22: the candidacies' deadline and the assembly, both ``حددت اللجنة التنفيذية``, were
    # shown as outlets disagreeing on one date
    claims = _date_claims([
        "وحددت اللجنة التنفيذية للفيفا يوم 26 من شباط (فبراير) 2016 موعدا للجمعية العمومية غير العادية لانتخاب رئيس جديد.",
        "وحددت اللجنة التنفيذية للفيفا 26 أكتوبر 2015 كمهلة نهائية لتقديم الترشيحات لمنصب رئيس الفيفا الجديد.",
    ], "2015-07-22")
    assert not any(c.conflict for c in claims)


def test_a_day_apart_on_one_statement_is_a_disagreement_when_both_dates_are_written() -> None:
    claims = _date_claims([
        "وأوضح المتحدث الرسمي للمركز رأفت الصباغ في تصريح صحفي يوم 20 يوليو أن هذه الدفعة تمثل الدفعة الثالثة من المساعدات.",
        "وأوضح المتحدث الرسمي للمركز رأفت الصباغ في تصريح صحفي يوم 21 يوليو أن هذه الدفعة تمثل الدفعة الثالثة من المساعدات.",
    ], "2015-07-22")
    assert any(c.conflict for c in claims)


@pytest.mark.parametrize(
    ("texts", "published"),
    [
        # two papers of one day, one written the day before it was printed
        (["وأوضح المتحدث الرسمي للمركز رأفت الصباغ في تصريح صحفي أمس أن هذه الدفعة تمثل الدفعة الثالثة من المساعدات.",
          "وأوضح المتحدث الرسمي للمركز رأفت الصباغ في تصريح صحفي اليوم أن هذه الدفعة تمثل الدفعة الثالثة من المساعدات."],
         "2015-07-22"),
        # SaudiNewsNet 2015-08-09: one Thursday's bombing, ``يوم الخميس الماضي`` in aljazirah and ``أمس الأول`` in
        # alyaum, was shown as the two outlets differing on its date
        (["استنكر فضيلة رئيس هيئة مدينة الرياض الشيخ عبدالله بن أحمد السلمان، التفجير الآثم الذي وقع أثناء صلاة الظهر "
          "يوم الخميس الماضي في مسجد قوات الطوارئ الخاصة بمنطقة عسير.",
          "أدان الأمين العام لمجلس الشورى، الدكتور محمد بن عبدالله آل عمرو، الحادث الإجرامي الذي استهدف رجال الأمن وهم "
          "يؤدون صلاة الظهر أمس الأول في مسجد قوات الطوارئ بمنطقة عسير، وأدى إلى استشهاد عدد من رجال الأمن والعاملين في "
          "الموقع."],
         "2015-08-09"),
    ],
)
def test_a_day_counted_from_publication_is_no_disagreement_a_day_off(texts: list[str], published: str) -> None:
    claims = _date_claims(texts, published)
    assert claims and not any(c.conflict for c in claims), claims


def test_a_day_each_paper_counts_from_its_own_publication_is_one_row() -> None:
    # SaudiNewsNet 2015-08-06: a joint statement dated ``أمس`` (08-05), ``اليوم الثلاثاء`` (a paper of 08-04) and
    # ``اليوم`` (08-06) was three rows, 08-04, 08-05 and 08-06, each source agreeing in one and differing in another
    sentence = "صدر بيان مشترك {} بمناسبة زيارة ولي ولي العهد الأمير محمد بن سلمان إلى المملكة الأردنية الهاشمية"
    articles = [
        Article(id="a0", outlet="o0", published="2015-08-06", text=sentence.format("أمس") + "."),
        Article(id="a1", outlet="o1", published="2015-08-04", text=sentence.format("اليوم الثلاثاء") + "."),
        Article(id="a2", outlet="o2", published="2015-08-06", text=sentence.format("اليوم") + "."),
    ]
    times = [x for a in articles for x in find_times(a)]
    claims = [c for c in find_claims(articles, [], times) if c.kind == "date"]
    assert len(claims) == 1 and not claims[0].conflict, claims
    assert claims[0].value == "2015-08-05" and {s.article for s in claims[0].agree} == {"a0", "a1", "a2"}


def test_an_order_of_magnitude_neither_agrees_nor_differs() -> None:
    # SaudiNewsNet 2015-07-27: ``عشرات القتلى`` was read as 10 and agreed with ``10 من رجال المقاومة``
    articles = [
        _article("a", "aawsat", "وأسفرت المعارك في لحج عن سقوط عشرات القتلى من المسلحين الحوثيين خلال يومين."),
        _article("b", "okaz", "وأسفرت المعارك في لحج عن سقوط 10 قتلى من المسلحين الحوثيين خلال يومين."),
        _article("c", "alwatan", "وأسفرت المعارك في لحج عن سقوط 12 قتيلا من المسلحين الحوثيين خلال يومين."),
    ]
    figures = _figure_claims(articles)
    assert figures, "the two counts are claims"
    assert all(s.article != "a" for c in figures for s in (*c.agree, *c.conflict)), figures


def test_two_places_counts_are_no_disagreement() -> None:
    # SaudiNewsNet 2015-07-27: the dead of Anbar "differed" from those of a clash on Kirkuk's border
    articles = [
        _article("a", "aawsat", "وأعلنت القوات العراقية مقتل 28 عنصرا من تنظيم داعش في معارك بالأنبار."),
        _article("b", "okaz", "وأعلنت القوات العراقية مقتل 11 عنصرا من تنظيم داعش في اشتباك قرب كركوك."),
        _article("c", "alwatan", "وأعلنت القوات العراقية مقتل 25 عنصرا من تنظيم داعش في معارك بالأنبار."),
    ]
    figures = _figure_claims(articles)
    pairs = {(s.article, d.article) for c in figures for s in c.agree for d in c.conflict}
    assert ("a", "c") in pairs and ("c", "a") in pairs, figures  # one place, two counts: they differ
    assert not {("a", "b"), ("b", "a"), ("b", "c"), ("c", "b")} & pairs, figures


def test_members_killed_and_members_captured_are_two_facts() -> None:
    # SaudiNewsNet 2015-07-27: ``مقتل 3 من عناصر`` "differed" from ``أسر سبعة من عناصر`` of the same militia
    articles = [
        _article("a", "aawsat", "وتبنت المقاومة مقتل 3 من عناصر الميليشيات الحوثية في المدينة أمس."),
        _article("b", "alyaum", "وأكدت مصادر أسر المقاومة سبعة من عناصر الميليشيات الحوثية في المدينة أمس."),
    ]
    figures = _figure_claims(articles)
    assert figures and not any(c.conflict for c in figures), figures


def test_a_count_naming_no_affiliation_is_the_one_affiliated_count_of_its_kind() -> None:
    # SaudiNewsNet 2015-07-21: the Suruc bombing's 100 wounded were two rows, the second's ``التركية`` the town's
    articles = [
        _article("a", "المدينة", "وأوقع الهجوم 30 قتيلا على الأقل ونحو 100 جريح في مدينة سوروتش القريبة من الحدود السورية."),
        _article("b", "الوطن", "وأوقع الاعتداء الانتحاري 30 قتيلا و100 جريح الاثنين في مدينة سوروتش التركية المجاورة للحدود."),
    ]
    wounded = [c for c in _figure_claims(articles) if c.value == 100]
    assert [sorted(s.article for s in c.agree) for c in wounded] == [["a", "b"]]
