"""Events a headline names (``cluster/events.py``): the municipal elections told from town after town are one
story; an event's name is told apart from the kind of event it is, and two countries' events of one kind stay
two stories."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import ModuleType

import pytest

from marsad.cluster import group_stories
from marsad.cluster.events import event_names, join_events
from marsad.cluster.places import article_places
from marsad.model import Article
from marsad.settings import DEFAULT

OFF = dataclasses.replace(DEFAULT.cluster, named_events=False)

# SaudiNewsNet 2015-08-10 (held-out day, five outlets): the elections' committees and municipalities in Taif,
# Riyadh, Makkah, Al-Jouf, Al-Kharj, Tabuk and Al-Ahsa, and the national campaign, each headline naming
# ``الانتخابات البلدية``
ELECTIONS = [
    "2015-08-10-0008", "2015-08-10-1692",  # Taif's workshop, 3alyoum and the press agency
    "2015-08-10-0066",  # Riyadh ready
    "2015-08-10-1079",  # the new campaign (al-Watan)
    "2015-08-10-1542", "2015-08-10-1556", "2015-08-10-1622", "2015-08-10-1649", "2015-08-10-1674",
]


def _story_of(groups: list, article_id: str) -> tuple[str, ...]:
    return next(g.articles for g in groups if article_id in g.articles)


def test_the_elections_told_from_many_towns_are_one_story(cluster_eval: ModuleType) -> None:
    """Each report tells a town's committee (a workshop in Taif, screens in Makkah, posters in Tabuk): their
    words and places differ, and without the event's name they are six stories or more; with it, one, and it
    holds no report the labels give another story."""
    if not any(Path(cluster_eval.SAUDINEWSNET).glob("*.zip")):
        pytest.skip(f"SaudiNewsNet not found at {cluster_eval.SAUDINEWSNET}")
    articles, gold = next((a, g) for name, a, g in cluster_eval.load_held_out() if name.startswith("held out 08-10"))
    assert len({_story_of(group_stories(articles, OFF), i) for i in ELECTIONS}) >= 6
    groups = group_stories(articles)
    story = _story_of(groups, ELECTIONS[0])
    assert all(i in story for i in ELECTIONS)
    wrong = [i for i in story if gold[i] != "saudi-municipal-elections-2015"]
    assert len(wrong) <= 1, wrong


def _names(*titles: str) -> list[frozenset[str]]:
    return event_names([Article(id=str(n), title=t, text="") for n, t in enumerate(titles)])


def test_an_events_name_is_read_from_its_headline() -> None:
    """The same event however the headline writes it (a proclitic, the article, quotation marks), and the name
    runs on as far as it says which event: France's Super Cup is not Germany's, a town's summer festival not
    another's, the Club World Cup not the basketball World Cup; a number or a weekday ends it."""
    taif, riyadh, jouf = _names(
        "تأهيل العاملين بمراكز الانتخابات البلدية في الطائف",
        "الرياض تعلن جاهزيتها لانطلاق الانتخابات البلدية",
        "أمانة الجوف تنشئ مركزًا إعلاميًا للانتخابات البلدية في دورتها الثالثة",
    )
    assert taif == riyadh == jouf and len(taif) == 1
    fair, program = _names("«سوق عكاظ» يرفع شعار «الريادة المعرفية» في نسخته التاسعة",
                           "انطلاق فعاليات البرنامج الثقافي بسوق عكاظ 9 الخميس القادم")
    assert fair == program and fair
    france, germany, bare = _names("باريس سان جيرمان يتوج بكأس السوبر الفرنسي",
                                   "بندتنر يقود فولفسبورج لانتزاع كأس السوبر الألمانية بعد الفوز على بايرن",
                                   "بيع تذاكر نهائي كأس السوبر بين الهلال والنصر ظهر غد")
    assert france and germany and bare and len({france, germany, bare}) == 3
    baha, africa = _names("محاربة الأفكار الضالة بملتقى شباب الباحة", "ملتقى شباب أفريقيا يناقش قضايا التطرف")
    assert baha != africa
    clubs, basketball = _names("مستقبل المهاجم مورا غامض مع النصر بسبب كأس العالم للأندية",
                               "كأس العالم لكرة السلة تقام في الصين")
    assert clubs and basketball and clubs != basketball


def test_a_kind_of_event_is_no_name() -> None:
    """A press conference, a recreational festival, a town's Eid festival, a presidential election: what kind
    of event, each country or town has its own. Nor is a bourse's session an event (``سوق مسقط``), nor a word
    past a stop (``القمة.. وبليسكوفا``)."""
    kinds = _names(
        "الوزير يعقد المؤتمر الصحفي الأسبوعي",
        "«خلونا نتغير» .. مهرجان ترفيهي لنزلاء «ملاحظة الدمام»",
        "150 طفلا في اختتام فعاليات مهرجان العيد بمركز النشاط الاجتماعي",
        "تايوان: الحزب الحاكم يختار موالية للصين لانتخابات الرئاسة",
        "اقتصادي / مؤشر سوق مسقط يغلق منخفضًا بنسبة 29ر0%",
        "ديوكوفيتش يحافظ على القمة.. وبليسكوفا تدخل قائمة أولى المصنفات",
    )
    assert kinds == [frozenset()] * 6


def test_two_countries_cups_of_one_name_stay_apart() -> None:
    """``كأس الملك`` is Spain's cup in one report and Saudi Arabia's in another (SaudiNewsNet 2015-07-24): the
    name is the same, the countries the headlines name share none, and they stay two stories; two reports of one
    country's cup are one."""
    headlines = [
        "مظاهر الفرح تعم كاتلونيا في إسبانيا بعد تحقيق البرشا كأس الملك",
        "كأس الملك في السعودية: الاتحاد يلاقي الهلال في نصف النهائي",
        "الهلال يستعد لمواجهة الاتحاد في نصف نهائي كأس الملك بالسعودية",
    ]
    articles = [Article(id=str(n), title=t, text="") for n, t in enumerate(headlines)]
    countries = [article_places(a, 40, 2).countries for a in articles]
    assert all(countries) and not countries[0] & countries[1] and countries[1] & countries[2]
    stories = join_events([[[0]], [[1]], [[2]]], event_names(articles), [1, 1, 1], 0.4, 3, countries)
    assert sorted(sorted(i for part in story for i in part) for story in stories) == [[0], [1, 2]]
    # and two of one country's cup a week apart are two stories
    assert len(join_events([[[1]], [[2]]], event_names(articles), [1, 1, 9], 0.4, 3, countries)) == 2


def test_a_name_written_short_is_the_one_full_name_around() -> None:
    """``كأس السوبر`` is the Saudi Super Cup on days whose headlines name no other (SaudiNewsNet 2015-08-11), and
    no one cup on a weekend of France's, Germany's and Italy's (2015-08-02)."""
    saudi = [
        "رئيس اتحاد الكرة يتوج بطل كأس السوبر في لندن",
        "طلال بن بدر: إقامة كأس السوبر السعودي في لندن «خطأ كارثي»",
    ]
    articles = [Article(id=str(n), title=t, text="") for n, t in enumerate(saudi)]
    joined = join_events([[[0]], [[1]]], event_names(articles), [1, 1], 0.4, 3)
    assert len(joined) == 1
    europe = [
        "بيع تذاكر نهائي كأس السوبر بين الهلال والنصر ظهر غد",
        "باريس سان جيرمان يتوج بكأس السوبر الفرنسي",
        "بندتنر يقود فولفسبورج لانتزاع كأس السوبر الألمانية بعد الفوز على بايرن",
    ]
    articles = [Article(id=str(n), title=t, text="") for n, t in enumerate(europe)]
    assert len(join_events([[[0]], [[1]], [[2]]], event_names(articles), [1, 1, 1], 0.4, 3)) == 3


def test_a_place_after_the_head_names_the_event() -> None:
    """``بطولة دبي`` is Dubai's tournament, whatever the place's name ends with; ``بطولة ودية`` a friendly one."""
    dubai, abu_dhabi, friendly = _names("نادال يتأهل في بطولة دبي للتنس", "انطلاق بطولة أبوظبي للجولف", "الهلال يشارك في بطولة ودية")
    assert dubai and abu_dhabi and dubai != abu_dhabi
    assert friendly == frozenset()


def test_an_events_adjective_names_the_event_most_headlines_name() -> None:
    """``المخالفات الانتخابية`` and ``العمل الانتخابي`` are about the elections: the one most of the headlines that
    name elections name (SaudiNewsNet 2015-08-03: the municipal elections). When no one election is named by
    most, the adjective names none; nor is an adjective of no event head a name (``القيمة السوقية``)."""
    committee, training, makkah, taif, market = _names(
        "تشكيل لجنة الفصل في الطعون والمخالفات الانتخابية بالمدينة",
        "جازان تدرب 326 كادرا على العمل الانتخابي",
        "لجنة الانتخابات البلدية بمكة تشغل 60 شاشة تفاعلية وإلكترونية للتوعية بالحملة",
        "66 مركزاً انتخابياً في الطائف لإطلاق المرحلة الأولى للانتخابات البلدية",
        "95 مليار دولار القيمة السوقية للشركات الكويتية المدرجة",
    )
    assert committee == training == makkah == taif and len(makkah) == 1
    assert market == frozenset()
    # two elections named as often: the adjective is about neither
    alone, municipal, chamber = _names(
        "تشكيل لجنة الفصل في الطعون والمخالفات الانتخابية",
        "لجنة الانتخابات البلدية بمكة تشغل 60 شاشة تفاعلية",
        "انتخابات الغرفة التجارية بجدة تبدأ الأحد",
    )
    assert alone == frozenset() and municipal and chamber and municipal != chamber


def test_a_town_after_the_head_or_an_indefinite_adjective_name_the_days_event() -> None:
    """``للانتخابات بنجران`` are the elections in Najran, not an event called ``بنجران``, and ``مركزًا انتخابيًا`` a
    polling centre: both name the elections most of the headlines name (SaudiNewsNet 2015-08-03, a draw of five
    outlets: the Najran and Baha committees stood apart from the municipal elections' story). A country after the
    head still says which event (``الانتخابات بتركيا`` are Turkey's)."""
    najran, baha, makkah, taif, turkey = _names(
        "اللجنة المحلية للانتخابات بنجران تجهز 31 مركزا",
        "تجهيز 31 مركزًا انتخابيًا في الباحة",
        "لجنة الانتخابات البلدية بمكة تشغل 60 شاشة تفاعلية وإلكترونية للتوعية بالحملة",
        "66 مركزاً انتخابياً في الطائف لإطلاق المرحلة الأولى للانتخابات البلدية",
        "ارتفاع نسبة المشاركة في الانتخابات بتركيا",
    )
    assert najran == baha == makkah == taif and len(makkah) == 1
    assert turkey and turkey != makkah


def test_the_elections_told_by_their_adjective_join_the_elections(cluster_eval: ModuleType) -> None:
    """On 2015-08-03 (held out, five outlets) the appeals committees in Madinah and the training in Jazan name the
    elections by their adjective only (``والمخالفات الانتخابية``، ``العمل الانتخابي``): they are in the story of the
    reports that name the municipal elections, and it holds no report the labels give another story."""
    if not any(Path(cluster_eval.SAUDINEWSNET).glob("*.zip")):
        pytest.skip(f"SaudiNewsNet not found at {cluster_eval.SAUDINEWSNET}")
    articles, gold = next((a, g) for name, a, g in cluster_eval.load_held_out() if name.startswith("held out 08-03"))
    groups = group_stories(articles)
    story = _story_of(groups, "2015-08-03-0952")  # لجنة الانتخابات البلدية بمكة
    assert {"2015-08-03-0845", "2015-08-03-1219", "2015-08-03-1220"} <= set(story)
    assert all(gold[i] == "saudi-municipal-elections-2015" for i in story)
