"""Two countries' news of one day stay two stories, and so do two regions' news of one country; an event and
the condolences from abroad, or the statement from the capital, stay one."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
import scipy.sparse as sp

from marsad.cluster import cluster_stories
from marsad.cluster.places import (
    article_places,
    countries_named,
    localities_named,
    market_named,
    market_session,
    places_apart,
)
from marsad.model import Article
from marsad.settings import DEFAULT


def _same_country(a: str, b: str) -> bool:
    named_a, named_b = countries_named(a), countries_named(b)
    return bool(named_a) and named_a == named_b


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("فوز حزب العدالة والتنمية في تركيا", "الناخبون الأتراك والأحزاب التركية"),  # name, adjective
        ("انفجار في أبها", "وزارة الداخلية السعودية"),  # a city, the country's adjective
        ("للمملكة العربية السعودية", "بالسعودية"),  # long and short form, with proclitics
        ("أكد البيت الأبيض في واشنطن", "وزير الخارجية الأميركي"),  # the capital, the other spelling
        ("العراقيين في بغداد", "حكومة العراق"),  # a plural adjective
        ("قصف في سوريا", "الحكومة السورية في سورية"),  # two spellings of one country
    ],
)
def test_names_cities_and_adjectives_are_one_country(first: str, second: str) -> None:
    assert _same_country(first, second), (countries_named(first), countries_named(second))


def test_words_that_look_like_places_are_none() -> None:
    # the financial ministry is no Mali, a king named Saud no Saudi Arabia, Amman and Oman are one word
    assert countries_named("وزارة المالية تعلن ميزانية الملك سعود في عمان") == frozenset()
    assert countries_named("الأردن") != countries_named("تركيا")


def test_a_country_that_is_also_a_word_is_named_after_a_word_of_place() -> None:
    # SaudiNewsNet 2015-08-09: the Sévaré hostage-taking (``في وسط مالي``) and the shelling of Damascus were one story,
    # only Damascus a country's
    mali = countries_named("قتل 12 شخصاً في عملية احتجاز الرهائن في فندق في مدينة سيفاري في وسط مالي")
    assert mali and mali == countries_named("وصل الوفد إلى مالي أمس") == countries_named("الاستقرار بمالي والمنطقة")
    assert mali != countries_named("ارتفاع حصيلة القتلى جراء سقوط قذائف على دمشق")
    assert not countries_named("تقديم دعم مالي للأسر") and not countries_named("عجز مالي كبير في الميزانية")


def test_cities_and_regions_are_localities_and_capitals_are_not() -> None:
    baha = localities_named("بدء المقابلات الشخصية للمرشحين للوظائف التعليمية بتعليم الباحة")
    jouf = localities_named("تعليم الجوف يستقبل مرشحي الوظائف التعليمية للمقابلة الشخصية")
    assert baha and jouf and not baha & jouf
    assert localities_named("مدني جدة يسيطر على حريق") == localities_named("حريق في أحد فنادق بجدة") != frozenset()
    assert localities_named("تفجير مسجد في منطقة عسير") == localities_named("أمير منطقة عسير") != frozenset()
    # a capital names its government (``واشنطن تدين``), a venue its diplomacy; a country's name is the country
    assert localities_named("واشنطن تدين الهجوم والرياض ترحب") == frozenset()
    assert localities_named("مجلس الأمن يعقد جلسة طارئة في نيويورك ومفاوضات جنيف") == frozenset()
    assert countries_named("الرياض") == countries_named("السعودية") != frozenset()
    assert localities_named("تونس") == frozenset()



def test_a_place_named_by_its_longer_name_is_the_same_place() -> None:
    gaza = localities_named("استشهاد ثلاثة فلسطينيين برصاص الاحتلال شرق غزة")
    assert gaza and localities_named("قصف مدفعي على قطاع غزة") == gaza
    assert localities_named("إمام المسجد الحرام في مكة المكرمة") == localities_named("أمير منطقة مكة") != frozenset()
    assert localities_named("عبور 50 سفينة قناة السويس") == localities_named("محافظ السويس") != frozenset()
    assert localities_named("قطاع غزة") != localities_named("الضفة الغربية")

# Short articles written for these tests in the style of Arabic wire copy: one country's election results
# and another country's new government, on the same day, in the words all political news shares.
ELECTION_A = Article(
    id="election-a",
    outlet="a",
    published="2023-05-29",
    title="النتائج الرسمية للانتخابات في تركيا: حزب العدالة والتنمية يتصدر البرلمان",
    text=(
        "أعلنت الهيئة العليا للانتخابات في تركيا النتائج الرسمية للانتخابات البرلمانية، وحصل حزب العدالة "
        "والتنمية على أكبر عدد من المقاعد في البرلمان الجديد، فيما حل حزب الشعب الجمهوري ثانيا.\n\n"
        "وقال رئيس الهيئة في مؤتمر صحفي في أنقرة إن نسبة المشاركة بلغت 87 بالمئة، وإن البرلمان الجديد "
        "سيعقد أولى جلساته الأسبوع المقبل لأداء اليمين ومنح الثقة للحكومة."
    ),
)
ELECTION_B = Article(
    id="election-b",
    outlet="b",
    published="2023-05-29",
    title="الحزب الحاكم التركي يحصد أغلبية مقاعد البرلمان في الانتخابات",
    text=(
        "حصد حزب العدالة والتنمية الحاكم في تركيا أغلبية مقاعد البرلمان في الانتخابات التي جرت الأحد، "
        "بحسب النتائج الرسمية التي أعلنتها الهيئة العليا للانتخابات في أنقرة.\n\n"
        "وبلغت نسبة المشاركة 87 بالمئة، وقالت المعارضة إنها ستطعن في نتائج عدد من الدوائر، فيما ينتظر أن "
        "يمنح البرلمان الجديد الثقة للحكومة في جلسته الأولى."
    ),
)
CABINET_A = Article(
    id="cabinet-a",
    outlet="a",
    published="2023-05-29",
    title="رئيس الوزراء الأردني يعلن تشكيل الحكومة الجديدة أمام البرلمان",
    text=(
        "أعلن رئيس الوزراء الأردني تشكيل الحكومة الجديدة التي أدت اليمين الدستورية، وتضم 28 وزيرا بينهم "
        "ثلاث وزيرات، على أن تتقدم ببيانها الوزاري إلى البرلمان لنيل الثقة الأسبوع المقبل.\n\n"
        "وقال رئيس الوزراء في مؤتمر صحفي إن الحكومة ستعمل مع البرلمان على قانون الانتخابات الجديد، وإن "
        "أولويتها خفض البطالة التي بلغت 22 بالمئة في الأردن."
    ),
)
CABINET_B = Article(
    id="cabinet-b",
    outlet="b",
    published="2023-05-29",
    title="الحكومة الأردنية الجديدة تؤدي اليمين وتطلب ثقة البرلمان",
    text=(
        "أدت الحكومة الأردنية الجديدة اليمين الدستورية، وتضم 28 وزيرا، وتستعد لطلب ثقة البرلمان على "
        "بيانها الوزاري الأسبوع المقبل، بحسب ما أعلن رئيس الوزراء في الأردن.\n\n"
        "وأكد رئيس الوزراء أن الحكومة ستعرض على البرلمان قانون الانتخابات الجديد، وأن خفض البطالة على رأس "
        "أولوياتها."
    ),
)


# Issue 18's outside day was 118 articles: clustered as four of such a day (the more reports compete on a
# day, the more alike two must be to be one story).
DAY = [118] * 4


def test_two_countries_politics_are_two_stories() -> None:
    articles = [ELECTION_A, CABINET_A, ELECTION_B, CABINET_B]
    stories = cluster_stories(articles, density=DAY)
    assert sorted(map(set, stories), key=sorted) == [{"cabinet-a", "cabinet-b"}, {"election-a", "election-b"}]
    # without the countries, the words all political news shares make them one
    blind = dataclasses.replace(DEFAULT.cluster, place_apart=1.0)
    assert len(cluster_stories(articles, blind, density=DAY)) == 1


# An attack in one country and a foreign king's condolences: the condolences name where they are sent.
ATTACK_A = Article(
    id="attack-a",
    outlet="a",
    published="2015-08-06",
    title="مقتل 15 في تفجير انتحاري استهدف مسجدا لقوات الطوارئ في أبها",
    text=(
        "قتل 15 شخصا وأصيب تسعة آخرون في تفجير انتحاري استهدف مسجد قوات الطوارئ الخاصة في مدينة أبها "
        "جنوب السعودية أثناء صلاة الظهر، بحسب ما أعلن المتحدث الأمني لوزارة الداخلية.\n\n"
        "وقال المتحدث إن الانتحاري فجر حزامه الناسف داخل المسجد، وإن التحقيقات جارية لمعرفة ملابساته."
    ),
)
ATTACK_B = Article(
    id="attack-b",
    outlet="b",
    published="2015-08-06",
    title="الداخلية السعودية: 15 قتيلا في تفجير مسجد الطوارئ بأبها",
    text=(
        "أعلنت وزارة الداخلية السعودية مقتل 15 شخصا في تفجير انتحاري استهدف مسجد قوات الطوارئ في أبها "
        "ظهر اليوم، وإصابة تسعة آخرين نقلوا إلى مستشفيات المدينة.\n\n"
        "وأوضح المتحدث الأمني أن الانتحاري فجر نفسه أثناء أداء المصلين صلاة الظهر داخل المسجد."
    ),
)
CONDOLENCES = Article(
    id="condolences",
    outlet="c",
    published="2015-08-06",
    title="العاهل الأردني يعزي خادم الحرمين في ضحايا تفجير مسجد الطوارئ في أبها",
    text=(
        "بعث العاهل الأردني برقية تعزية إلى خادم الحرمين الشريفين في ضحايا التفجير الانتحاري الذي استهدف "
        "مسجد قوات الطوارئ في أبها وأودى بحياة 15 شخصا.\n\n"
        "وأكد في البرقية وقوف الأردن إلى جانب المملكة في حربها على الإرهاب، متمنيا للمصابين الشفاء العاجل."
    ),
)


def test_an_attack_and_the_condolences_from_abroad_are_one_story() -> None:
    for density in (None, DAY[:3]):
        stories = cluster_stories([ATTACK_A, CONDOLENCES, ATTACK_B], density=density)
        assert stories == [["attack-a", "attack-b", "condolences"]]


# A statement from the capital that names the event but not its city (a capital is no locality: it is not
# held apart from the event's reports as another city's news is).
STATEMENT = Article(
    id="statement",
    outlet="d",
    published="2015-08-06",
    title="مجلس الوزراء في الرياض يدين التفجير الانتحاري في مسجد قوات الطوارئ",
    text=(
        "الرياض - دان مجلس الوزراء التفجير الانتحاري الذي استهدف مسجد قوات الطوارئ الخاصة أثناء صلاة الظهر "
        "وأودى بحياة 15 شخصا، مؤكدا أن الانتحاري ومن يقف وراءه لن ينالوا من وحدة المملكة.\n\n"
        "وأشاد المجلس بجهود رجال الأمن في التحقيقات الجارية لمعرفة ملابسات التفجير الانتحاري."
    ),
)


def test_the_statement_from_the_capital_joins_the_event() -> None:
    for density in (None, DAY):
        stories = cluster_stories([ATTACK_A, CONDOLENCES, ATTACK_B, STATEMENT], density=density)
        assert stories == [["attack-a", "attack-b", "condolences", "statement"]]


# Three regions' education departments begin their interviews of teaching candidates on one day (SaudiNewsNet
# 2015-07-26, three outlets): in the announcement's words, told apart only by the region.
BAHA = ("2015-07-26-0035", "2015-07-26-1061", "2015-07-26-1415")  # بدء المقابلات ... بتعليمي الباحة ونجران
OTHER_REGIONS = ("2015-07-26-0048", "2015-07-26-0041", "2015-07-26-1062")  # تعليم الجوف ...، تعليم الشمالية ...


def test_two_regions_of_one_country_are_two_stories(cluster_eval: ModuleType) -> None:
    if not any(Path(cluster_eval.SAUDINEWSNET).glob("*.zip")):
        pytest.skip(f"SaudiNewsNet not found at {cluster_eval.SAUDINEWSNET}")
    (day,) = [articles for name, articles, _ in cluster_eval.load_held_out() if "07-26" in name]
    chosen = [a for a in day if a.id in BAHA + OTHER_REGIONS]
    crowd = [len(day)] * len(chosen)  # as crowded as their day
    (baha,) = [story for story in cluster_stories(chosen, density=crowd) if BAHA[0] in story]
    assert set(BAHA) <= set(baha) and not set(OTHER_REGIONS) & set(baha)
    # without the places, the announcement's words make them one
    blind = dataclasses.replace(DEFAULT.cluster, place_apart=1.0)
    assert len(cluster_stories(chosen, blind, density=crowd)) == 1


def test_a_headline_is_about_the_first_market_it_names() -> None:
    oil, gold = market_named("برنت قرب أدنى مستوى في 4 أشهر"), market_named("الذهب يتراجع مع صعود الدولار")
    assert oil is not None and gold is not None and oil != gold
    assert market_named("أسعار النفط ترتفع مع ضعف الدولار") == oil
    assert market_named("الدولار الأسترالي يهبط لأدنى مستوى في 6 سنوات") not in (None, oil, gold)
    assert market_named("ذهب الوزير إلى لندن") is None  # ذهب is also "went": only the definite form names gold


# One day's oil and gold reports from the wires, in the words every market report shares (SaudiNewsNet
# 2015-07-25 and 2015-08-07: each day's oil, gold and currency reports came out as one story).
def _market_report(id_: str, outlet: str, title: str, text: str) -> Article:
    return Article(id=id_, outlet=outlet, published="2015-07-25", title=title, text=text)


MARKET_DAY = [
    _market_report("oil-a", "a", "برنت قرب أدنى مستوى في 4 أشهر مع انكماش المصانع في الصين",
                   "تراجعت العقود الآجلة لخام برنت اليوم الجمعة لتقترب من أدنى مستوياتها في أربعة أشهر، بعد بيانات "
                   "أظهرت انكماش قطاع المصانع في الصين. ونزل برنت 30 سنتا إلى 54.32 دولار للبرميل، فيما هبط الخام "
                   "الأمريكي 25 سنتا إلى 48.20 دولار. وقال محللون إن تخمة المعروض وارتفاع إنتاج أوبك يضغطان على "
                   "الأسعار، مع زيادة المخزونات الأمريكية ومنصات الحفر."),
    _market_report("oil-b", "b", "انخفاض أسعار النفط الخام",
                   "انخفضت أسعار النفط الخام اليوم الجمعة، وهبط خام برنت إلى 54.32 دولار للبرميل قرب أدنى مستوى في "
                   "أربعة أشهر، بعد بيانات عن انكماش المصانع في الصين. وتتجه عقود الخام الأمريكي لخسارة أسبوعية "
                   "رابعة، مع تخمة المعروض وارتفاع إنتاج أوبك والمخزونات الأمريكية."),
    _market_report("gold-a", "a", "الذهب يستمر في التراجع",
                   "تراجعت أسعار الذهب اليوم الجمعة إلى أدنى مستوياتها في خمس سنوات، ونزل سعر الأوقية في المعاملات "
                   "الفورية إلى 1080.50 دولار، مع توقعات رفع مجلس الاحتياطي الاتحادي أسعار الفائدة. وانخفضت الفضة "
                   "إلى 14.60 دولار للأوقية والبلاتين إلى 980 دولارا، وتراجعت حيازات صناديق المؤشرات المدعومة بالذهب."),
    _market_report("gold-b", "b", "الذهب يسجل أكبر خسائره خلال 9 أشهر",
                   "هبط الذهب اليوم الجمعة إلى 1080.50 دولار للأوقية، أدنى مستوى في خمس سنوات، متجها لأكبر خسارة "
                   "أسبوعية في تسعة أشهر، مع ترقب رفع الاحتياطي الاتحادي الفائدة. وتراجعت الفضة والبلاتين، "
                   "وانخفضت حيازات صناديق الذهب المتداولة."),
]


def test_a_days_oil_and_gold_reports_are_two_stories() -> None:
    for density in (None, [1400] * 4):
        stories = cluster_stories(MARKET_DAY, density=density)
        assert sorted(map(set, stories), key=sorted) == [{"gold-a", "gold-b"}, {"oil-a", "oil-b"}], density


def test_a_market_report_is_about_the_latest_session_it_names() -> None:
    def session(title: str, text: str) -> str | None:
        day = market_session(Article(id="a", title=title, text=text, published="2015-08-04"), 80)
        return None if day is None else date.fromordinal(day).isoformat()

    # the site's report of today's session recalls the one before; the print edition's is yesterday's
    assert session("النفط يرتفع من أدنى مستوى في 6 أشهر", "ارتفع النفط اليوم بعدما لامس أدنى مستوياته أمس") == "2015-08-04"
    assert session("برنت يهبط إلى 50 دولاراً", "نزل النفط إلى أقل مستوى له في ستة أشهر أمس") == "2015-08-03"
    assert session("النفط في أدنى مستوى", "هبطت أسعار النفط اليوم الاثنين بفعل بيانات ضعيفة") == "2015-08-03"
    assert session("النفط يتراجع", "تراجعت أسعار النفط مع قوة الدولار") is None  # no day named
    # SaudiNewsNet 2015-08-11: a print report of yesterday's session goes on in the wire's ``اليوم``; a session
    # named ``جلسة الأمس``
    assert session("الأسهم تقفز 135 نقطة والدولار يهبط",
                   "أغلق مؤشر سوق الأسهم أمس على ارتفاع بـ135.65 نقطة. وبلغ عدد الأسهم المتداولة اليوم أكثر من 148.6 "
                   "مليون سهم.") == "2015-08-03"
    assert session("الأسهم السعودية تحقق أفضل مكاسب في شهر",
                   "حققت الأسهم السعودية أفضل مكاسب يومية في شهر، بالتزامن مع تحسن أسعار النفط خلال جلسة الأمس.") \
        == "2015-08-03"


def test_the_saudi_index_by_its_name_is_the_stock_market() -> None:
    assert market_named("تاسي يرتفع بـ1.6% والسيولة تعيق الطريق إلى 9 آلاف نقطة") == market_named("الأسهم السعودية تتراجع")
    assert market_named("السوق المالية السعودية تغلق مرتفعة") == market_named("الأسهم السعودية تتراجع")


# SaudiNewsNet 2015-08-04 (held-out labels, five outlets): oil on Monday's session (two outlets) and on
# Tuesday's (three), all extracted on the Tuesday, in the same words of a market report.
OIL_MONDAY = ("2015-08-04-0055", "2015-08-04-1218")  # النفط في أدنى مستوى منذ 6 أشهر ...، برنت يهبط إلى 50 دولاراً
OIL_TUESDAY = ("2015-08-04-0033", "2015-08-04-0940", "2015-08-04-0969")  # النفط يرتفع من أدنى مستوى في 6 أشهر ...


def test_a_markets_two_sessions_are_two_stories(cluster_eval: ModuleType) -> None:
    if not any(Path(cluster_eval.SAUDINEWSNET).glob("*.zip")):
        pytest.skip(f"SaudiNewsNet not found at {cluster_eval.SAUDINEWSNET}")
    (day,) = [articles for name, articles, _ in cluster_eval.load_held_out() if "08-04" in name]
    chosen = [a for a in day if a.id in OIL_MONDAY + OIL_TUESDAY]
    stories = cluster_stories(chosen, density=[len(day)] * len(chosen))
    assert sorted(map(set, stories), key=sorted) == [set(OIL_TUESDAY), set(OIL_MONDAY)], stories


# The interior ministry's announcement of an arrest (SaudiNewsNet 2015-07-21, aleqtisadiya) names the kingdom by
# no word, but lists the suspects' nationalities: seven countries, none of them the one whose news it is.
ARRESTS = Article(
    id="arrests",
    outlet="a",
    published="2015-07-21",
    title='431 من خلايا "داعش" في قبضة الداخلية',
    text=(
        "صرح المتحدث الأمني بوزارة الداخلية بأن الجهات الأمنية المختصة تمكنت خلال الأسابيع القليلة الماضية من "
        "الإطاحة بتنظيم مكون من خلايا عنقودية مرتبط بتنظيم داعش الإرهابي، وقد بلغ عدد من ألقي القبض عليه حتى "
        "تاريخه (431) موقوفا غالبيتهم مواطنون إضافة إلى مشاركين يحملون جنسيات أخرى شملت اليمنية والمصرية "
        "والسورية والأردنية والجزائرية والنيجيرية والتشادية."
    ),
)
# The Arab parliament's speaker praises the kingdom's security men for it (the same day, the same paper).
PRAISE = Article(
    id="praise",
    outlet="a",
    published="2015-07-21",
    title="الجروان: رجال الأمن السعودي وضعوا حياتهم فداء لأوطانهم",
    text=(
        "أشاد أحمد بن محمد الجروان رئيس البرلمان العربي بأداء رجال الأمن في المملكة العربية السعودية، إثر الإعلان "
        "عن الإطاحة بتنظيم مكون من خلايا مرتبط بتنظيم داعش الإرهابي، وإحباط عدد من العمليات."
    ),
)


def test_a_list_of_many_countries_is_no_countrys_news() -> None:
    most = DEFAULT.cluster.place_countries_most
    assert len(countries_named(f"{ARRESTS.title} {ARRESTS.text}")) > most
    assert article_places(ARRESTS, 80, 2, most).countries == frozenset()
    assert article_places(PRAISE, 80, 2, most).countries == countries_named("السعودية")
    # a report of one country and another's, or the two named together, keep their countries
    assert len(article_places(ATTACK_A, 80, 2, most).countries) == 1
    # so the announcement and the praise are as alike as their words make them, not held apart
    graph = sp.csr_matrix(np.array([[0.0, 0.4], [0.4, 0.0]], dtype=np.float32))
    days = [date(2015, 7, 21).toordinal()] * 2
    places = [article_places(a, 80, 2, most) for a in (ARRESTS, PRAISE)]
    assert places_apart(graph, places, days, factor=0.5, within_days=3)[0, 1] == pytest.approx(0.4)
    listed = [article_places(a, 80, 2, None) for a in (ARRESTS, PRAISE)]
    assert places_apart(graph, listed, days, factor=0.5, within_days=3)[0, 1] == pytest.approx(0.2)
