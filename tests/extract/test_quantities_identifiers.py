"""A number that names something (a law's article, a royal order) is no quantity to compare across outlets;
a bracketed count still is."""

from marsad.extract.quantities import find_quantities
from marsad.model import Article


def test_a_numbered_article_or_order_is_no_figure_but_a_bracketed_count_is() -> None:
    # SaudiNewsNet 2015-07-21 and 2015-08-06: royal orders and a law's articles were figures of the story
    text = (
        "وصدر الأمر الملكي رقم ( أ / 90 ) بتاريخ أمس، ونصت المادة (20) على ضرورة التسجيل. "
        "وبلغ عدد المعينين خلال هذه الدورة (1053) عضوا، والأمر الرقم : أ / 245 ساري."
    )
    found = [(q.text, q.value) for q in find_quantities(Article(id="a", text=text))]
    assert not any(value in (90, 20, 245) for _, value in found), found
    assert any(value == 1053 for _, value in found), found


def test_a_military_units_number_is_its_name() -> None:
    # SaudiNewsNet 2015-08-11: three Yemeni brigades were figures of the Yemen front's story (``55 حرس``)
    text = (
        "وأعطت المقاومة «اللواء 55 حرس جمهوري» مهلة حتى الجمعة، بعد تحرير الضالع واللواء 33 مدرع. "
        "وقتل 15 من المشاة، ونشرت القوات 3 ألوية."
    )
    found = [q.value for q in find_quantities(Article(id="a", text=text))]
    assert 55 not in found and 33 not in found, found
    assert 15 in found and 3 in found, found


def test_a_units_number_after_a_preposition_is_its_name_too() -> None:
    # SaudiNewsNet 2015-07-21: the National Guard minister's Eid visit put 10, 30 and 37 in its story's figures
    # (``قوة الواجب 30``: Task Force 30; ``للفوج 37``: to the 37th battalion; ``للواء 35 مدرع``)
    text = (
        "وقام بزيارة تفقدية لقوة الواجب 30 بالحرس الوطني، ثم ألقى قائد قوة الواجب 10 كلمة، وزار مقر الفوج 12 "
        "وقام بزيارة للفوج 37، وكانت تتمركز فيه كتيبة تابعة للواء 35 مدرع، وحضر الحفل 200 من المنسوبين."
    )
    found = [q.value for q in find_quantities(Article(id="a", text=text))]
    assert found == [200], found


def test_an_aircraft_model_number_is_no_figure() -> None:
    # SaudiNewsNet 2015-08-02: the F-16 was a figure of 16 in three stories, the Boeing 777 one of 777
    for text in ("وأرسلت الولايات المتحدة 8 مقاتلات «إف 16» نهاية الأسبوع الماضي.",
                 "بدأ يثير المخاوف قصف طائرات (اف 16) التركية.", "الحطام جزء من طائرة بوينغ 777 المفقودة."):
        values = [q.value for q in find_quantities(Article(id="a", text=text))]
        assert 16.0 not in values and 777.0 not in values, (text, values)
    assert [q.value for q in find_quantities(Article(id="a", text="وقتل 16 شخصا في الهجوم."))] == [16.0]


def test_a_groups_name_of_numbers_is_no_figure() -> None:
    """``دول (5+1)``: the powers that negotiated with Iran (SaudiNewsNet 2015-07-24, Asharq al-Awsat), shown in
    the story's figures as 5 and 1 until stop 67."""
    text = "وأوضح أن التطمينات أكدت أهمية التزام إيران بالاتفاقية الموقعة مع دول (5+1)، فيما قتل 12 شخصا أمس."
    found = [(q.text, q.value) for q in find_quantities(Article(id="a", text=text))]
    assert found == [("12 شخصا", 12.0)], found


def test_a_lists_item_numbers_are_no_figures() -> None:
    # SaudiNewsNet 2015-07-21: the interior ministry's list of attacks put 1 to 5 in the story's figures; 110 such
    # numbers in 1,500 articles (tips, appointments, apps)
    text = (
        "وقد نفذ هذا التنظيم عددا من العمليات الإجرامية شملت الآتي : 1 - حادث استهداف المصلين بقرية الدالوه. "
        "2 - حادث إطلاق النار على دورية الأمن العام.\nوهذه النصائح هي:\n1- لا تسترخ في آخر يوم عمل.\n"
        "وفاز الهلال على النصر 3 - 1 وأصيب 4 - 5 لاعبين."
    )
    found = [q.value for q in find_quantities(Article(id="a", text=text))]
    assert found == [3, 1, 4, 5], found
