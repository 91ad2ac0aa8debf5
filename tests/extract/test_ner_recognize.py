"""Recognition on real Arabic sentences: types, spans without proclitics, roles, listed names."""

from __future__ import annotations

import hashlib
import itertools
import json
from importlib import resources

import numpy as np
import pytest

from demo_corpus import demo_articles
from marsad.extract import entities as entities_module
from marsad.extract.entities import recognize_entities
from marsad.extract.ner.crf import load_crf_tagger
from marsad.extract.ner.fast import load_fast_tagger
from marsad.extract.ner.features import sentence_features
from marsad.extract.ner.joint import load_joint_tagger
from marsad.extract.ner.tagger import (
    TAGGERS,
    tag_sentences,
    tag_tokens,
    tagger_name,
    use_crf_model,
    use_tagger,
)
from marsad.model import Article
from marsad.text import tokenize


def _article(text: str) -> Article:
    return Article(id="a1", text=text)


def _found(text: str) -> dict[str, str]:
    return {m.text: m.type for m in recognize_entities(_article(text))}


def _demo_sentences() -> list[list[str]]:
    """The tokens of every sentence of the demo's articles, as written."""
    return [
        [t.text for t in tokenize(article.span_text(sentence))]
        for article in demo_articles().values()
        for sentence in article.sentences
    ]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("وصل وزير الخارجية العراقي فؤاد حسين إلى واشنطن أمس.", "فؤاد حسين", "PER"),
        ("وصل وزير الخارجية العراقي فؤاد حسين إلى واشنطن أمس.", "واشنطن", "LOC"),
        ("وقال الرئيس الأمريكي جو بايدن إن قواته ستبقى في العراق.", "جو بايدن", "PER"),
        ("وذكرت وكالة رويترز أن الاجتماع عقد في بغداد.", "وكالة رويترز", "ORG"),
        ("وأعلن تنظيم داعش مسؤوليته عن الهجوم.", "تنظيم داعش", "ORG"),
        ("ونقلت وكالة الأنباء العراقية (واع) عن مصدر أمني قوله.", "واع", "ORG"),
        ("وتقع قاعدة عين الأسد غربي العراق.", "قاعدة عين الأسد", "LOC"),
        ("وانسحبت القوات من أفعانستان نهاية الشهر.", "أفعانستان", "LOC"),
        # SaudiNewsNet 2015-08-07: the tagger made persons of English clubs (10 mentions in 600 reports); a
        # city's name ends so too, and stays a place
        ("وتعادل نوريتش سيتي مع سوانسي سيتي في افتتاح الدوري الإنجليزي.", "نوريتش سيتي", "ORG"),
        ("وتعادل نوريتش سيتي مع سوانسي سيتي في افتتاح الدوري الإنجليزي.", "سوانسي سيتي", "ORG"),
        ("ووصل الرئيس إلى مكسيكو سيتي في زيارة رسمية.", "مكسيكو سيتي", "LOC"),
        # SaudiNewsNet 2015-08-09: the initial of the professor's title after the university's name was its last
        # word (``جامعة الملك خالد أ``)
        ("استنكر مدير جامعة الملك خالد أ.د. عبدالرحمن بن حمد الداود الحادث الإرهابي في عسير.", "جامعة الملك خالد",
         "ORG"),
    ],
)
def test_ner_finds_names_with_their_type(text: str, name: str, kind: str) -> None:
    assert _found(text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        ("عقد اللقاء بين واشنطن وبغداد أمس.", "بغداد", "بغداد"),
        ("وأكد دعم بلاده للعراق في حربه على الإرهاب.", "لعراق", "العراق"),
        ("وأكد أن الحكومة ملتزمة بالعلاقة مع الولايات المتحدة وإيران.", "إيران", "إيران"),
        ("وصل الوفد إلى واشنطن صباح الأحد.", "واشنطن", "واشنطن"),
        ("وقال إن لبنان يرحب بالمبادرة.", "لبنان", "لبنان"),
    ],
)
def test_ner_spans_exclude_proclitics(text: str, written: str, name: str) -> None:
    article = _article(text)
    mention = next(m for m in recognize_entities(article) if m.text == name)
    assert article.text[mention.start : mention.end] == written


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # SaudiNewsNet 2015-08-02: the Emir of Asir was "يصل بن خالد" in a story's speakers
        ("وتابع ذلك باهتمام صاحب السمو الملكي الأمير فيصل بن خالد أمير منطقة عسير.", "فيصل بن خالد"),
        ("وأكد فراس الخطيب أن الفريق جاهز للمباراة.", "فراس الخطيب"),
        ("وقال وزير الخارجية السوري وليد المعلم إن الحكومة مستعدة.", "وليد المعلم"),
        ("والتقى وزير المالية كمال البشير بالوفد أمس.", "كمال البشير"),
    ],
)
def test_ner_a_name_opening_like_a_proclitic_keeps_its_first_letter(text: str, name: str) -> None:
    """فيصل، فراس، وليد، كمال open with a letter that is also a proclitic (ف، و، ك) and what is left is a
    common word (يصل، راس، ليد، مال): the name keeps its letter."""
    people = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert name in people, people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # what is left after the letter is two letters: no name (SaudiNewsNet 2015-08-09)
        ("وسافر إلى لاس فيغاس ثم عاد ولاس فيغاس لا تنام.", "لاس فيغاس"),
        ("وعبرت السفينة مضيق باب المندب أمس.", "باب المندب"),
        # a name the article has written inside a person's name keeps its letter alone (2015-07-21: ``هبي``)
        ("وشارك الفنان يوسف وهبي في العرض، وقال وهبي إنه سعيد.", "وهبي"),
        # ``عبد`` and a definite word after a preposition open the name; ``الملك`` is no title of his
        ("ووجه الخطاب لعبد الملك الحوثي مباشرة.", "عبد الملك الحوثي"),
    ],
)
def test_ner_a_name_keeps_its_opening_words(text: str, name: str) -> None:
    names = [m.text for m in recognize_entities(_article(text))]
    assert name in names, names


def test_ner_a_family_nisba_after_the_fathers_name_is_the_persons() -> None:
    # SaudiNewsNet 2015-08-06: ``عوّاد بن عيد`` and a person ``البلوي تعازي``; a country's adjective stays out
    people = [m.text for m in recognize_entities(_article("وأكد محمد بن شباب البقمي أن الفريق جاهز للمباراة."))]
    assert "محمد بن شباب البقمي" in people, people
    people = [m.text for m in recognize_entities(_article("وقال ولي العهد الأمير محمد بن نايف السعودي إن الأمن مستتب."))]
    assert "محمد بن نايف" in people, people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # SaudiNewsNet 2015-07-22: each found as its given name alone
        ('وقال فواز العايد: "أعمل حارساً لإحدى الاستراحات وأقوم بتأجيرها".', "فواز العايد"),
        ("وأوضح عدنان الكاف الناطق الرسمي باسم ائتلاف عدن للإغاثة الشعبية أن الحصص وزعت.", "عدنان الكاف"),
        # a common noun after the name is its verb's object, a word of ``لل`` the preposition's
        ("وفتحت نادية الباب، ووقفت للحظات تنظر إلي من بعيد.", "نادية"),
        ("وقبيل الزيارة قال كارتر للصحفيين: «سألتقي بنفسي مع قادتنا العسكريين».", "كارتر"),
    ],
)
def test_ner_a_rare_definite_word_after_a_given_name_where_the_name_ends_is_the_family(text: str, person: str) -> None:
    people = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert person in people, people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # SaudiNewsNet 2015-07-21/22: each was found with its preposition
        ("وجاءت البداية صاروخية بالنسبة لرحيم سترلينغ الذي حقق انطلاقة واعدة مع فريقه الجديد.", "رحيم سترلينغ"),
        ("وأكدت الرئاسة أن الرسالة موجهة لهولاند وأنها سلمت صباح اليوم.", "هولاند"),
    ],
)
def test_ner_the_preposition_la_on_a_name_no_list_knows_is_no_part_of_it(text: str, person: str) -> None:
    people = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert person in people, people


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        # SaudiNewsNet 2015-07-21/22: the movement of winds and traffic, a coach's leadership were organizations
        ("وأورد التقرير أن حركة الرياح السطحية على البحر الأحمر ستكون جنوبية غربية.", None),
        ("وشهدت حركة السير في شوارع المدينة ازدحاما كبيرا مساء أمس.", None),
        ("وفاز الفريق بقيادة المدرب السويسري على منافسه بهدفين.", None),
        # an institution whose head is no action keeps its name, and a movement named keeps its own
        ("وأعلنت هيئة السياحة عن برنامج صيفي جديد في المنطقة.", "هيئة السياحة"),
        ("وأصدرت حركة النهضة بيانا أمس.", "حركة النهضة"),
    ],
)
def test_ner_an_action_head_before_a_common_word_is_no_organization(text: str, organization: str | None) -> None:
    found = [m.text for m in recognize_entities(_article(text)) if m.type == "ORG"]
    assert found == ([organization] if organization else []), found


def test_ner_a_question_word_is_no_one() -> None:
    # SaudiNewsNet 2015-07-22: ``وأين`` (and where) was a person in five stories
    found = [m.text for m in recognize_entities(_article("وكيف بدأ وأين هو الآن؟! في مقابل أسطورة إيطاليا بيرلو."))]
    assert "وأين" not in found and "بيرلو" in found, found


def test_ner_a_kings_ordinal_is_no_surname_found_again() -> None:
    # SaudiNewsNet 2015-08-06: ``النائب الثاني لرئيس مجلس الوزراء`` was the King of Jordan seven times
    text = ("واتصل الملك عبد الله الثاني هاتفيا بالأمير محمد بن سلمان. وأشاد ولي ولي العهد النائب الثاني لرئيس "
            "مجلس الوزراء وزير الدفاع بجهود الأمن.")
    assert "الثاني" not in [m.text for m in recognize_entities(_article(text))]


def test_ner_a_mosque_or_gardens_named_after_a_king_and_gods_names_are_no_people() -> None:
    found = _found("وافتتح الأمير حدائق الملك عبد الله العالمية، وأم المصلين في جامع الملك خالد بالرياض الشيخ سعد.")
    assert found.get("حدائق الملك عبد الله العالمية") == "LOC" and found.get("جامع الملك خالد") == "LOC", found
    assert "خالد" not in found and "عبد الله" not in found, found
    assert not any(kind == "PER" for kind in _found("بسم الله الرحمن الرحيم، الحمد لله رب العالمين.").values())


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # SaudiNewsNet 2015-07-21 (aawsat): ``آية الله`` was a person of the Iran deal's story beside Khamenei
        ("صعد المرشد الأعلى الإيراني آية الله علي خامنئي، أمس، ضد الولايات المتحدة.", "علي خامنئي"),
        ("وقال آية الله حسن أقاميري في خطبة الجمعة إن الاتفاق لا يغير شيئا.", "حسن أقاميري"),
    ],
)
def test_ner_a_clerical_rank_is_a_title_not_a_person(text: str, person: str) -> None:
    people = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert people == [person]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # SaudiNewsNet 2015-07-21: the club's nickname ``العميد`` (a rank's word) announced the verb as a person
        ("كونهم مرتبطين بعقد احترافي مع العميد وسيتحدد أمر بقائهم أو رحيلهم من قبل مدرب الفريق الجديد.", []),
        # the same day: the verb ran on into the name (``ولفغانغ نيرسباخ سيخلف بلاتيني``)
        ("وتحدثت بعض المصادر عن ان رئيس الاتحاد الالماني وولفغانغ نيرسباخ سيخلف بلاتيني في رئاسة الاتحاد الاوروبي.",
         ["ولفغانغ نيرسباخ"]),
    ],
)
def test_ner_a_verb_in_the_future_is_no_name(text: str, people: list[str]) -> None:
    assert [m.text for m in recognize_entities(_article(text)) if m.type == "PER"] == people


def test_ner_a_word_with_the_accusatives_tanween_is_no_name() -> None:
    # SaudiNewsNet 2015-07-21: an adverb of a country's name, a cup and a shield were places
    found = _found("وزار الرئيس روسيا الشهر الماضي، وتعد موسكو حليفاً قوياً له سياسياً وعسكرياً وروسياً.")
    assert "روسيا" in found and "روسياً" not in found, found
    assert _found("وشرب كوبًا من الشاي، ثم تسلم درعًا تذكاريًا.") == {}
    # a name keeps its father's in a vocalized hadith, whatever his case
    assert "فَاطِمَةَ بِنْتَ مُحَمَّدٍ" in _found("لَوْ أَنَّ فَاطِمَةَ بِنْتَ مُحَمَّدٍ سَرَقَتْ لَقَطَعْتُ يَدَهَا.")


@pytest.mark.parametrize(
    "text",
    [
        # SaudiNewsNet 2015-07-23 and 07-21: a base to set out from, a big base for industry, a principle
        "حتى تصبح مدينة عدن قاعدة للانطلاق التدريجي نحو توزيع العمل الإغاثي.",
        "وتمتلك الشركة قاعدة كبيرة للتصنيع في المنطقة.",
        "وأكد الوزير التزام بلاده قاعدة عدم التدخل في شؤون الآخرين.",
    ],
)
def test_ner_a_facility_noun_before_a_common_phrase_names_no_place(text: str) -> None:
    assert not any(m.text.startswith("قاعدة") for m in recognize_entities(_article(text)))


def test_ner_a_conjunction_before_a_hamza_is_taken_off_though_the_key_is_a_name() -> None:
    # ``وأليس`` folds to ``واليس`` (Wallis) on the key; written with the hamza it is و + أليس
    text = "وحضر الحفل الأمير هاري وأليس سيمبسون في لندن."
    assert not any(m.text.startswith("وأليس") for m in recognize_entities(_article(text)))


def test_ner_a_word_whose_rest_is_a_name_keeps_its_first_letter() -> None:
    # SaudiNewsNet 2015-07-21: ``لية العلوم والآداب`` (ليه is a name too, which only the whole word may use)
    text = "وقال عميد كلية الشريعة إن القبول مستمر حتى نهاية الأسبوع."
    assert "كلية الشريعة" in [m.text for m in recognize_entities(_article(text))]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("وقال وزير الخارجية العراقي فؤاد حسين إن الحوار مستمر.", "فؤاد حسين", "وزير الخارجية العراقي"),
        ("واستقبل رئيس الوزراء، مصطفى الكاظمي، وفدا أمريكيا.", "مصطفى الكاظمي", "رئيس الوزراء"),
        ("وأعلن مستشار الأمن القومي العراقي “قاسم الأعرجي” انتهاء المهمات.", "قاسم الأعرجي",
         "مستشار الأمن القومي العراقي"),
        ("وتسلم القيادة خلفا للفريق بول كالفيرت.", "بول كالفيرت", "الفريق"),
        ("وأكد مصطفى الكاظمي، رئيس الحكومة العراقية، أن الحوار مستمر.", "مصطفى الكاظمي", "رئيس الحكومة العراقية"),
        # SaudiNewsNet 2015-08-04: the king is whom the office is of, not the person's title (and since stop 73 the
        # office is the role, not the courtesy title before the name); a preposition written apart before a quoted
        # outlet is not the role's; a rank far from the name is a noun (the first team), the rank and its
        # qualifiers next to it are the role
        ("ومدير مكتب جلالة الملك الدكتور جعفر حسان ومبعوث جلالة الملك.", "جعفر حسان", "مدير مكتب جلالة الملك"),
        # SaudiNewsNet 2015-08-03 and the first 3,000 articles: the office before a courtesy title (534 roles were
        # ``الدكتور`` alone), the courtesy title after an office left out; a courtesy title alone stays the role
        ("وقال مدير الجامعة الدكتور خالد السلطان إن القبول بدأ.", "خالد السلطان", "مدير الجامعة"),
        ("وقال وزير الخارجية الأستاذ عادل الجبير إن الاجتماع كان مثمرا.", "عادل الجبير", "وزير الخارجية"),
        ("وقال رئيس الديوان الملكي المكلف الأستاذ حمد السويلم إن الأمر صدر.", "حمد السويلم", "رئيس الديوان الملكي المكلف"),
        ("وقال الدكتور خالد السلطان إن القبول بدأ.", "خالد السلطان", "الدكتور"),
        # the courtesy title opens a name after a list's next item or a verb's object, no office before it
        ("وحضر الحفل أمير دولة الكويت وبحضور الشيخ صباح الخالد.", "صباح الخالد", "الشيخ"),
        ("وقال علي شايف الحريري، المتحدث الرسمي باسم المقاومة الشعبية الجنوبية لـ«الشرق الأوسط» إن الأسرى كثر.",
         "علي شايف الحريري", "المتحدث الرسمي باسم المقاومة الشعبية الجنوبية"),
        ("وأكد أن الفريق الأول لكرة القدم بنادي النصر منح الزمن لتجهيز المهاجم نايف هزازي.", "نايف هزازي", None),
        ("وقال رئيس هيئة الأركان المشتركة الفريق أول ركن مشعل الزبن إن.", "مشعل الزبن",
         "رئيس هيئة الأركان المشتركة الفريق أول ركن"),
        # a title after ل is the office another is of: he is the vice-president
        ("وقال النائب الأول للرئيس السوداني بكري حسن صالح إن الحوار مستمر.", "بكري حسن صالح",
         "النائب الأول للرئيس السوداني"),
        ("ووجه رسالة للرئيس الأمريكي باراك أوباما يدعوه فيها للزيارة.", "باراك أوباما", "الرئيس الأمريكي"),
        # SaudiNewsNet 2015-07-24: a nationality before the name is the office's; a title before بن is the
        # son's own name; the king in an institution's name is no title of the person
        ("وقال وزير الخارجية المصري سامح شكري إن العلاقات متينة.", "سامح شكري", "وزير الخارجية المصري"),
        ("واستقبل الملك سلمان الدكتور مساعد بن محمد العيبان في جدة.", "مساعد بن محمد العيبان", "الدكتور"),
        # MultiLing M000: the role before و is the one named before it
        ("وضعت باقة من الزهور قرب كين ليفنجستون رئيس البلدية و تيسا جويل وزيرة الدولة للثقافة.", "تيسا جويل", None),
        # an apposition ends where the predicate opens (``قد أوصى``)
        ("وكشفت تقارير أن لازلو بولوني، المدير الفني الجديد للاتحاد قد أوصى إدارة ناديه بالتعاقد مع المدافع.",
         "لازلو بولوني", "المدير الفني الجديد للاتحاد"),
        ("وأكد المشرف العام على مركز الملك سلمان للإغاثة الدكتور عبدالله بن عبدالعزيز الربيعة أن القافلة وصلت.",
         "عبدالله بن عبدالعزيز الربيعة", "الدكتور"),
        # SaudiNewsNet 2015-08-07: a name inside someone's quoted words is not given the speaker's title; a
        # title inside the same quotation is the name's
        ('وقال المدير التنفيذي للنادي "هذه الاتفاقية تسمح للمدرب مانويل بليجريني بالتركيز على الألقاب".',
         "مانويل بليجريني", None),
        ("وقال الوزير «إن الرئيس بشار الأسد لن يبقى في الحكم».", "بشار الأسد", "الرئيس"),
        # SaudiNewsNet 2015-08-06: a title before a comma with other words after it is another's; a rank after
        # ``، و`` opens a second man's role; a common noun before a name is the name's possession, the title
        # further left its holder's; an adverb of the title is not; a quoted name before the person closes
        ("كما كان في الاستقبال الدكتور سامي الصالح سفير خادم الحرمين الشريفين لدى الأردن، والعقيد سليمان العسكر "
         "والملحق العسكري السعودي في الأردن.", "سليمان العسكر", "العقيد"),
        ("جيمس كلابر، مدير الاستخبارات الوطنية في إدارة أوباما، لا يميل إلى زلات اللسان.", "أوباما", None),
        ("وهو ما أثار حفيظة وزيرة الخارجية الأمريكية آنذاك كوندوليزا رايس.", "كوندوليزا رايس",
         "وزيرة الخارجية الأمريكية آنذاك"),
        ("ووصفت رئيسة المنظمة الدولية «أطباء بلا حدود» جوان ليو، الوضع في اليمن بالصادم.", "جوان ليو",
         "رئيسة المنظمة الدولية «أطباء بلا حدود»"),
        # a title after ل without the article is shown without the preposition, and is another's office
        # (``لرئيس الجمهورية``: he is the vice-president); the first part of a compound name the tagger left
        # out is not the role's
        ("أو ما جرى لرئيس الوزراء السابق نوري المالكي وما حصلت من تحولات.", "نوري المالكي", "رئيس الوزراء السابق"),
        ("بدء من رئيس الوزراء السابق والنائب الحالي لرئيس الجمهورية نوري المالكي الذي لا يعرف إلا بلقب الحجي.",
         "نوري المالكي", "النائب الحالي لرئيس الجمهورية"),
        ("وتابعت القوات اليمنية الموالية للرئيس المعترف به دوليا عبدربه منصور هادي الاربعاء عمليات تعقب المتمردين.",
         "منصور هادي", "الرئيس المعترف به دوليا"),
        # SaudiNewsNet 2015-08-11: a title after a courtesy word with ل is the office another is of
        ("ومعالي رئيس الشؤون الخاصة لسمو ولي العهد الأستاذ سليمان بن نايف الكثيري، ومعالي نائب مدير المباحث.",
         "سليمان بن نايف الكثيري", "رئيس الشؤون الخاصة لسمو ولي العهد"),
        ("ورئيس الشؤون الخاصة لسمو ولي العهد سليمان بن نايف الكثيري ، ونائب مدير عام المباحث العامة.",
         "سليمان بن نايف الكثيري", "رئيس الشؤون الخاصة لسمو ولي العهد"),
        # SaudiNewsNet 2015-07-21: in a list, the title before ``، و`` is the one before's; each office follows its name
        ("حضر اللقاء الدكتور مساعد العيبان وزير الدولة عضو مجلس الوزراء، وعادل الجبير وزير الخارجية السعودي، "
         "وخالد العيسى وزير الدولة عضو مجلس الوزراء رئيس الديوان الملكي المكلف.", "خالد العيسى",
         "وزير الدولة عضو مجلس الوزراء رئيس الديوان الملكي المكلف"),
        ("حضر اللقاء الدكتور مساعد العيبان وزير الدولة عضو مجلس الوزراء، وعادل الجبير وزير الخارجية السعودي، "
         "وخالد العيسى وزير الدولة.", "عادل الجبير", "وزير الخارجية السعودي"),
        ("حضر اللقاء وعادل الجبير وزير الخارجية السعودي، و خالد العيسى وزير الدولة رئيس الديوان الملكي.",
         "خالد العيسى", "وزير الدولة رئيس الديوان الملكي"),
        # SaudiNewsNet 2015-07-21 and 08-11: after a word of its members or staff, الفريق is the team, no general;
        # after a definite word or a verb it is the rank
        ("فيما تواجد قائد الفريق حسين عبدالغني في المران أمس.", "حسين عبدالغني", "قائد الفريق"),
        ("وكان لاعبا الفريق سالم الدوسري وعبد الله عطيف قد عادا إلى الرياض.", "سالم الدوسري", None),
        ("وحضر اللقاء مدير الأمن العام الفريق عثمان بن ناصر المحرج.", "عثمان بن ناصر المحرج",
         "مدير الأمن العام الفريق"),
        ("كما كان في استقباله الفريق عثمان بن ناصر المحرج.", "عثمان بن ناصر المحرج", "الفريق"),
        # SaudiNewsNet 2015-07-21: Blatter was ``رئيس جديد خلفا للسويسري``, the title of his successor
        ("وحددت اللجنة التنفيذية للاتحاد الدولي لكرة القدم موعدا لانتخاب رئيس جديد خلفاً للسويسري جوزيف بلاتر.",
         "جوزيف بلاتر", None),
        # SaudiNewsNet 2015-07-23: the mufti's courtesy title and office were a person, or part of his name
        ("وزار رئيس ديوان المظالم سماحة مفتي عام المملكة الشيخ عبدالعزيز بن عبدالله آل الشيخ في مكتبه.",
         "عبدالعزيز بن عبدالله آل الشيخ", "الشيخ"),
        ("واستقبل سماحة المفتي عبدالعزيز بن عبدالله آل الشيخ المهنئين بالعيد.", "عبدالعزيز بن عبدالله آل الشيخ",
         "المفتي"),
    ],
)
def test_ner_keeps_the_role_that_introduces_a_person(text: str, name: str, role: str | None) -> None:
    mention = next(m for m in recognize_entities(_article(text)) if m.text == name)
    assert (mention.type, mention.role) == ("PER", role)


def test_ner_a_title_before_a_comma_and_a_verb_is_not_the_next_name_s() -> None:
    # SaudiNewsNet 2015-08-06: Aoun was shown with the role ``قائد الجيش، ويتهمون`` (the army's commander is the
    # office the country needs, Aoun the object of the verb after the comma)
    text = (
        "في المقابل، يقول خصوم عون إنّ الظروف الامنية السائدة لا تسمح بوصول الفراغ. ويعتبرون أنّ البلاد تحتاج "
        "أولا إلى رئيس للجمهورية قبل قائد الجيش، ويتهمون عون الذي كان قائدا للجيش في الماضي، بطرح روكز."
    )
    aoun = [m for m in recognize_entities(_article(text)) if m.text == "عون"]
    assert len(aoun) == 2
    assert [m.role for m in aoun] == [None, None]


def test_ner_a_role_does_not_reach_over_a_reporting_verb() -> None:
    # SaudiNewsNet 2015-08-06: Hadi was given the role ``الرئيس اليمني لليمن أوضح السكرتير الخاص`` (the secretary
    # is his, not a title of his, and the verb ends what could describe him)
    text = (
        "وصل الرئيس اليمني عبدربه منصور هادي إلى عدن. وحول عودة الرئيس اليمني لليمن أوضح السكرتير الخاص لهادي "
        "أن كل الادارات العامة وقيادة المحافظة تعقد ورشات عمل مستمرة."
    )
    hadi = [m for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert [(m.text, m.role) for m in hadi] == [("عبدربه منصور هادي", "الرئيس اليمني"), ("هادي", None)]


def test_ner_finds_a_surname_again_after_the_full_name() -> None:
    text = "وقال الجنرال كينيث ماكنزي إن القوات باقية.\n\nوأضاف “ماكنزي” أن الانسحاب تدريجي."
    names = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert names == ["كينيث ماكنزي", "ماكنزي"]


def test_ner_mentions_do_not_overlap_and_point_into_the_text() -> None:
    text = "وأكدت القيادة المركزية الأمريكية أن انسحاب قواتها من العراق لن يؤثر على العلاقة بين واشنطن وبغداد."
    mentions = recognize_entities(_article(text))
    assert [m.text for m in mentions] == ["القيادة المركزية الأمريكية", "العراق", "واشنطن", "بغداد"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


def test_ner_models_are_loaded_once_and_joint_is_the_default() -> None:
    assert load_fast_tagger() is load_fast_tagger() and load_crf_tagger() is load_crf_tagger()
    joint = load_joint_tagger()
    assert joint is load_joint_tagger() and joint.crf is load_crf_tagger() and joint.networks == (load_fast_tagger(),)
    assert tagger_name() == "joint" and TAGGERS == ("joint", "crf", "fast", "accurate")
    with pytest.raises(ValueError, match="unknown entity tagger 'bert'"):
        use_tagger("bert")
    assert tagger_name() == "joint"


@pytest.mark.parametrize(
    "text",
    [
        "وسيتقبل الفريق في الدورة الثانية ضيفه القادم من الرباط.",
        "وقدم الفريق الطنجي عرضا قويا أمام جماهيره مساء السبت.",
        "واحتسب الحكم ركلة حرة للفريق الآخر بعد ارتكاب الخطأ.",
        "وانتهت المباراة بفوز فريقه بثلاثة أهداف دون رد.",
    ],
)
def test_ner_a_team_is_not_a_rank_announcing_a_name(text: str) -> None:
    # الفريق is a lieutenant general and a team: in sports news it is the team, and no word after it is
    # taken for a person unless it is a given name
    assert [m.text for m in recognize_entities(_article(text)) if m.type == "PER"] == []


def test_ner_a_rank_still_announces_a_given_name_or_an_unlisted_one() -> None:
    text = "وقاد الفريق محمد العلي القوات، فيما أشرف الجنرال ليسلي جروفز على المشروع."
    people = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert "محمد العلي" in people and any(p.startswith("ليسلي") for p in people)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # after a definite noun, a surname that is also a nisba is the adjective (العالم العربي)
        (
            "وقال الأمين العام للجامعة نبيل العربي إن المعرض مهم.\n\n"
            "وأضاف أن العالم العربي يواجه تحديات كبيرة، وأكد العربي دعمه للمشروع.",
            ["نبيل العربي", "العربي"],
        ),
        # after a courtesy title it is the person
        (
            "وقال رئيس اللجنة محمد القحطاني إن التسجيل بدأ.\n\n"
            "وأشار المهندس القحطاني إلى أنه تم اتخاذ الإجراءات اللازمة.",
            ["محمد القحطاني", "القحطاني"],
        ),
    ],
)
def test_ner_a_surname_found_again_only_where_it_names_the_person(text: str, people: list[str]) -> None:
    assert [m.text for m in recognize_entities(_article(text)) if m.type == "PER"] == people


def test_ner_a_national_team_is_an_organization_and_the_country_a_place() -> None:
    text = (
        "وتغلب منتخب فنلندا على ضيفه بهدفين دون رد، فيما انتظر المنتخب المغربي حتى الشوط الثاني.\n\n"
        "وسافر الوفد إلى فنلندا الأسبوع الماضي."
    )
    found = [(m.text, m.type) for m in recognize_entities(_article(text))]
    assert found == [("منتخب فنلندا", "ORG"), ("المنتخب المغربي", "ORG"), ("فنلندا", "LOC")]


def test_ner_a_preposition_on_a_name_the_article_writes_without_it_is_no_part_of_it() -> None:
    """``لأوباما``، ``بروحاني``: the tagger's training text never wrote these names, so the preposition stayed on a
    name of its own, beside the president the article names in full (SaudiNewsNet 2015-07-26); a given name that
    opens with the letter keeps it (``باراك``)."""
    text = (
        "وقال الرئيس الأمريكي باراك أوباما إن الاتفاق جيد. ورأت الصحيفة أن الغياب ازدراء كبير لأوباما.\n\n"
        "وعوقبت إيران فجاء بروحاني المعتدل رئيسا. وقال الرئيس حسن روحاني إن بلاده تريد السلام."
    )
    found = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert found == ["باراك أوباما", "أوباما", "روحاني", "حسن روحاني"], found


def test_ner_a_club_named_by_a_nisba_is_the_adjective_after_a_common_noun() -> None:
    """``الأهلي`` (Al-Ahli, and "private, civil") and ``العربي`` (Al-Arabi, and "Arab") after a definite common noun
    are its adjectives: private education and training, civil strife, the Saudi Arabian Monetary Agency (SaudiNewsNet
    2015-07-21: 26 such were clubs in 3,000 articles); after the club's noun or a rival's epithet, the club."""
    text = (
        "يحقق الاستثمار في قطاع التعليم الأهلي نموا هائلا، وقدمت قروض لقطاعات التعليم والتدريب الأهلي. "
        "وفر اليمنيون من الاقتتال الأهلي. وأصدرت مؤسسة النقد العربي السعودي تقريرها الشهري.\n\n"
        "وفاز النادي الأهلي بالمباراة، ويلتقي الزمالك غريمه اللدود الأهلي مساء اليوم، ويلعب حامل اللقب الأهلي غدا."
    )
    found = [(m.text, m.type) for m in recognize_entities(_article(text))]
    assert found.count(("الأهلي", "ORG")) == 3 and ("العربي", "ORG") not in found


def test_ner_a_paper_named_after_a_place_is_the_paper_and_the_canal_a_place() -> None:
    text = (
        "ونشرت جريدة فلسطين الصادرة في يافا بيانا للجنة، وقال رئيسها لتلفزيون لبنان إن الوفد وصل إلى يافا.\n\n"
        "وعبرت السفن قناة السويس الجديدة."
    )
    found = [(m.text, m.type) for m in recognize_entities(_article(text))]
    assert ("جريدة فلسطين", "ORG") in found and ("تلفزيون لبنان", "ORG") in found
    assert ("فلسطين", "LOC") not in found and ("لبنان", "LOC") not in found
    # قناة is also a canal: the Suez Canal is a listed place (lang/ar/names.py), not a channel named after one
    assert ("يافا", "LOC") in found and ("قناة السويس", "LOC") in found and ("قناة السويس", "ORG") not in found


def test_ner_a_verb_opening_its_clause_is_no_person() -> None:
    """SaudiNewsNet 2015-08-10 (واس): ``طالب`` is a given name and the verb "demanded"; opening its clause it
    is the verb. After a verb it is a name."""
    text = (
        "طالب رئيس مجلس النواب العراقي سليم الجبوري اليوم رئيس الوزراء بإقالة الوزراء، كما طالب الجبوري "
        "رؤساء الكتل بتقديم أسماء. فإن النجيفي أيد القرارات.\n\nوقال طالب الرفاعي إن الرواية صدرت."
    )
    people = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert "طالب" not in people and "سليم الجبوري" in people and "طالب الرفاعي" in people
    assert not any(p.startswith(("إن ", "فإن ")) for p in people)


def test_ner_common_nouns_between_straight_quotes_are_no_person() -> None:
    """SaudiNewsNet 2015-08-10: a straight quote closes as it opens, so between ``"زنجبار"`` and ``"أبين"``
    stood a "quoted name after a title": ``عاصمة محافظة`` (a province's capital) was a person 17 times."""
    text = 'وأعلن الناطق باسم المقاومة الشعبية تحرير مدينة "زنجبار" عاصمة محافظة "أبين" من الحوثيين.'
    found = {(m.text, m.type) for m in recognize_entities(_article(text))}
    assert ("زنجبار", "LOC") in found and ("أبين", "LOC") in found
    assert not any(kind == "PER" for _, kind in found), found


def test_ner_a_rank_before_an_ordinal_is_a_brigade() -> None:
    """``اللواء الخامس عشر`` is the 15th brigade, not a general named الخامس (SaudiNewsNet 2015-08-10)."""
    text = "وسيطرت القوات على مواقع اللواء الخامس عشر الذي انضم قادته الى الحوثيين، وقال اللواء القحطاني إن القوات تقدمت."
    people = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert people == ["القحطاني"]


def test_ner_a_brigade_named_by_a_nisba_is_no_general() -> None:
    """``اللواء المظلي`` (the airborne brigade) was a person ``المظلي وقوات`` with the rank's role, and ``اللواء البحري``
    (a naval general) a person ``البحري`` (SaudiNewsNet 2015-07-21, 07-26); a family's nisba after the rank is a name."""
    text = ("وحضرت قوات النخبة من اللواء المظلي وقوات الأمن الخاصة. وأوضح المتحدث اللواء البحري محمد بن سعد الغامدي "
            "أن الإجراءات مستمرة، وقال اللواء الزهراني إن القوات تقدمت.")
    people = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert people == ["محمد بن سعد الغامدي", "الزهراني"], people


def test_ner_a_plural_noun_opens_no_name() -> None:
    """``لقرارات العبادي`` (the decisions of Abadi) was a person ``قرارات العبادي`` (SaudiNewsNet 2015-08-10,
    alwatan)."""
    text = (
        "وأعلن رئيس مجلس النواب سليم الجبوري دعمه لقرارات العبادي الإصلاحية التي جاءت في ضوء إعلان الحكومة "
        "دعمها وتضامنها مع مطالب المتظاهرين لمكافحة الفساد المالي والإداري وتوفير الخدمات الأساسية.\n\n"
        "من ناحيته، أكد المتحدث الرسمي باسم المكتب الإعلامي لرئيس الوزراء سعد الحديثي تصويت مجلس الوزراء "
        "بجلسته الاستثنائية أمس بالإجماع على قرارات العبادي الإصلاحية. وقال لـ\"الوطن\": وافق أعضاء المجلس "
        "على قرارات العبادي والحكومة بصدد اتخاذ جملة قرارات أخرى تتعلق بمكافحة الفساد.\n\n"
        "وفي الوقت الذي قوبلت قرارات العبادي بترحيب الشارع العراقي دعا ناشطون إلى تنظيم تظاهرات تأييد في "
        "العاصمة بغداد والمحافظات."
    )
    found = [m.text for m in recognize_entities(_article(text))]
    assert "سليم الجبوري" in found and not any(m.startswith("قرارات") for m in found), found


def test_ner_the_quds_force_is_no_jerusalem_and_the_arab_sphere_no_ocean() -> None:
    """Two sentences of the demo that the default tagger read wrong before the language package listed them
    (stop 39): the Quds Force is an organization, not Jerusalem, and ``المحيط العربي`` (a country's Arab
    surroundings) names no place."""
    found = _found(
        "وكان البرلمان العراقي قد اتخذ قرارا بإخراج القوات الأجنبية من البلاد على خلفية مقتل قائد فيلق القدس "
        "في الحرس الثوري الإيراني الجنرال قاسم سليماني. وأكد بلينكن أن العراق شهد انفتاحا في علاقاته على "
        "المحيط العربي والإسلامي والدولي."
    )
    assert found.get("فيلق القدس") == "ORG" and "القدس" not in found, found
    assert not any(name.startswith("المحيط") for name in found), found
    assert found.get("قاسم سليماني") == "PER" and found.get("العراق") == "LOC", found


def test_ner_the_red_crescent_and_a_royal_court_are_organizations() -> None:
    """On 300 SaudiNewsNet articles of 2015-08-03 the default tagger lost ``الهلال الأحمر`` (6 times, found as the
    club ``الهلال`` instead) and ``الديوان الملكي`` (4), which the CRF alone had: both are listed now."""
    found = _found("وقال الهلال الأحمر إن فرقه نقلت المصابين إلى المستشفى، فيما نعى الديوان الملكي الأمير.")
    assert found.get("الهلال الأحمر") == "ORG" and found.get("الديوان الملكي") == "ORG", found
    assert "الهلال" not in found, found


def test_ner_a_clean_sheet_is_no_person() -> None:
    """The CRF alone (``--ner crf``) tags نظيف (a clean sheet) as a person: the word shares a Wikipedia
    cluster with names (Ahmed Nazif; docs/ner.md, stop 31). The default tagger, with the network, does not."""
    assert _found("وتغلب منتخب فنلندا على ضيفه بهدف نظيف.") == {"منتخب فنلندا": "ORG"}


@pytest.mark.parametrize("text", [
    "وبعد الاعتداء، نقل إبراهيم إلى المستشفى، ثم عاد إلى منزله.",
    "فيما سقطت الثالثة في منزله بالعاصمة بغداد، مما أدى إلى إصابة عدد من حراسه.",
])
def test_ner_a_noun_with_its_pronoun_is_no_name(text: str) -> None:
    """``منزله`` (his home), which the CRF tags as a place, is a common noun with an attached pronoun."""
    assert "منزله" not in _found(text)


def test_ner_a_name_ending_like_a_pronoun_stays_a_name() -> None:
    assert _found("وقال الشيخ عبدالله إن اللقاء في مكة.").get("عبدالله") == "PER"


def test_ner_coronavirus_is_one_name_not_a_person() -> None:
    """The alias table names the virus (the tagger, trained before 2020, took ``كورونا`` for a person)."""
    found = recognize_entities(_article("والمجال الصحي ومكافحة كورونا.\n\nوسجلت الوزارة إصابات بفيروس كورونا المستجد."))
    assert [(m.text, m.type) for m in found] == [("كورونا", "MISC"), ("فيروس كورونا المستجد", "MISC")]


def test_ner_quoting_noun_does_not_close_a_name() -> None:
    text = "ونقل البيان عن الجنرال ماكينزي قوله إن الانسحاب تدريجي."
    assert [m.text for m in recognize_entities(_article(text)) if m.type == "PER"] == ["ماكينزي"]


def test_ner_lone_surname_of_a_named_person_is_that_person() -> None:
    text = (
        "قال قائد القيادة المركزية الأمريكية الجنرال “فرانك ماكنزي” إن القوات باقية.\n\n"
        "وجاء ذلك خلال مقابلة أجراها “ماكنزي” مع وكالة “أسوشيتيد برس” الأمريكية."
    )
    found = [(m.text, m.type) for m in recognize_entities(_article(text)) if "ماكنزي" in m.text]
    assert found == [("فرانك ماكنزي", "PER"), ("ماكنزي", "PER")]


def test_ner_shipped_models_carry_no_noncommercial_data() -> None:
    """The shipped taggers and the tables the CRF reads are learnt from CC BY-SA and CC0 data only (NewsFANE,
    Arabic Wikipedia, Wikidata names): each one's record says so (docs/ner.md)."""
    models = resources.files("marsad.extract") / "models"
    for record_name in ("ner-fast.json", "ner-e5.json", "ner-train.json", "ner-clusters.json"):
        record = json.loads((models / record_name).read_text(encoding="utf-8"))
        assert "CC BY-SA" in record["licence"] and "NC" not in record["licence"], record_name
    # the word-cluster table the CRF reads is the one its record describes, and the one it was trained with
    table = hashlib.sha256((models / "ner-clusters.tsv.gz").read_bytes()).hexdigest()
    clusters = json.loads((models / "ner-clusters.json").read_text(encoding="utf-8"))
    crf = json.loads((models / "ner-train.json").read_text(encoding="utf-8"))
    assert clusters["sha256"] == crf["clusters"]["sha256"] == table
    names = hashlib.sha256((models / "ner-person-words.tsv.gz").read_bytes()).hexdigest()
    assert crf["person_words"]["sha256"] == names and "CC0" in crf["person_words"]["licence"]


def test_ner_sentences_tagged_together_are_tagged_as_alone() -> None:
    """Tagging a whole article at once (for ``fast``, sentences side by side in one matrix) gives every
    sentence the tags it gets alone: nothing leaks from one sentence into the next."""
    sentences = _demo_sentences()
    assert len(sentences) > 60
    in_use = tagger_name()
    for name in ("fast", "joint", "crf"):
        use_tagger(name)
        try:
            together = tag_sentences(sentences)
            assert together == [tag_tokens(words) for words in sentences], name
            assert sum(tag != "O" for tags in together for tag in tags) > 150, name  # real names were found
        finally:
            use_tagger(in_use)  # the tagger in use before, not one test's choice for every later test


def test_ner_crf_features_leave_out_only_what_the_model_does_not_know() -> None:
    """The ``crf`` tagger builds only the features its model has weights for; the tags on every sentence
    of the demo corpus are those of the full feature set, as training builds it."""
    crf = load_crf_tagger()
    sentences = _demo_sentences()
    assert crf.tag(sentences) == [crf.tag_with_all_features(words) for words in sentences]
    made = sum(len(token) for words in sentences for token in sentence_features(words))
    kept = sum(len(token) for words in sentences for token in crf.features(words))
    assert made > 10_000 and kept < 0.8 * made  # real sentences, and real savings


def _shared_ner_sentences() -> list[list[str]]:
    """NewsFANE's held-out sentences and AQMAR's, conjunctions joined back as real text has them; none
    when the shared data is not beside the repository."""
    from pathlib import Path

    from marsad.extract.ner.corpus import attach_conjunctions, newsfane_split, read_aqmar, read_conll

    data = Path(__file__).resolve().parents[3] / "shared" / "data" / "ner"
    if not (data / "newsfane_train.conll").exists() or not (data / "aqmar" / "articles").is_dir():
        return []
    sentences = newsfane_split(read_conll(data / "newsfane_train.conll"))[1] + read_aqmar(data / "aqmar" / "articles")
    return [list(attach_conjunctions(s).tokens) for s in sentences]


def test_ner_crf_tags_in_numpy_are_crfsuites() -> None:
    """The ``crf`` tagger scores tokens in numpy from the model file's weights: on every sentence of the
    demo corpus, and of NewsFANE's held-out part and AQMAR when the shared data is there, the tags are
    those crfsuite itself gives, whether the sentences are tagged together or one at a time."""
    crf = load_crf_tagger()
    demo = _demo_sentences()
    sentences = demo + _shared_ner_sentences()
    together = [tags for start in range(0, len(sentences), 40) for tags in crf.tag(sentences[start : start + 40])]
    assert together == [crf.tag_with_crfsuite(words) for words in sentences]
    assert sum(tag != "O" for tags in together for tag in tags) > 150  # real names were found


def test_ner_crf_tags_stay_the_same_when_its_token_table_fills(monkeypatch) -> None:
    """The table of token scores is bounded: a tagger whose table holds only 64 tokens, started again
    many times over, tags the demo as the shipped one does (and a sentence longer than the table)."""
    from marsad.extract.ner import crf as crf_module
    from marsad.extract.ner.table import TokenTable

    shipped = load_crf_tagger()
    monkeypatch.setattr(TokenTable, "CAPACITY", 64)
    small = crf_module.CrfTagger(shipped._data)
    sentences = _demo_sentences()
    long_one = [token for words in sentences[:20] for token in words]
    assert len(long_one) > 64
    assert small.tag(sentences) == shipped.tag(sentences)
    assert small.tag([long_one]) == [shipped.tag_with_crfsuite(long_one)]


def test_ner_network_tags_stay_the_same_when_its_token_table_fills(monkeypatch) -> None:
    """The fast network's table of input rows is bounded the same way: a network whose table holds only 64
    words, started again many times over, gives the demo's sentences the shipped network's log-probabilities
    (and those of a sentence longer than the table), so ``fast`` and ``joint`` tag as before."""
    from importlib import resources
    from io import BytesIO

    from marsad.extract.ner import fast as fast_module
    from marsad.extract.ner.fast import MODEL_NAME, FastTagger

    shipped = load_fast_tagger()
    sentences = _demo_sentences()
    long_one = [token for words in sentences[:20] for token in words]
    expected = [shipped.log_probs(sentences[start : start + 7])[0] for start in range(0, len(sentences), 7)]
    expected_long = shipped.log_probs([long_one])[0]
    monkeypatch.setattr(fast_module, "KEPT_WORDS", 64)
    data = resources.files("marsad.extract").joinpath("models", MODEL_NAME).read_bytes()
    with np.load(BytesIO(data), allow_pickle=False) as arrays:
        small = FastTagger({k: arrays[k] for k in arrays.files})
    assert len(long_one) > 64
    got = [small.log_probs(sentences[start : start + 7])[0] for start in range(0, len(sentences), 7)]
    assert all(np.allclose(a, b, atol=1e-5) for a, b in zip(got, expected, strict=True))
    assert np.allclose(small.log_probs([long_one])[0], expected_long, atol=1e-5)
    assert small.tag(sentences) == shipped.tag(sentences)
    assert sum(tag != "O" for tags in small.tag(sentences) for tag in tags) > 150  # real names were found


def test_ner_network_finds_a_batch_of_keys_as_it_finds_each_one() -> None:
    """The network looks up a new words' keys in one search (``Vocabulary.ids``): the demo's word keys get
    the ids each gets alone, keys it does not know none, and a key longer than any word of the vocabulary
    none either (numpy would cut it to the vocabulary's width and could match a shorter word)."""
    from marsad.extract.ner.features import stripped_keys

    vocab = load_fast_tagger().vocab
    keys = sorted({key for words in _demo_sentences() for word in words for key in stripped_keys(word)})
    width = max(len(word) for word in vocab)
    known = next(word for word in vocab if len(word) == width)
    longer = known + "ات"
    found = vocab.ids([*keys, longer])
    assert found == {key: vocab.get(key) for key in keys if vocab.get(key) is not None}
    assert len(found) > 200 and "العراق" in found  # most of the demo's keys are words of the vocabulary
    assert longer not in found and vocab.ids([longer]) == {} and vocab.ids([]) == {}


def test_ner_an_institution_name_stops_before_a_relative_clause() -> None:
    """``قيادة المنطقة العسكرية الرابعة التي تمت استعادتها``: the name ends before ``التي`` (SaudiNewsNet,
    2015-07-21, where the story's entity list named it with the pronoun)."""
    text = "وقال إن رجاله دخلوا إلى مقر قيادة المنطقة العسكرية الرابعة التي تمت استعادتها من الحوثيين."
    found = _found(text)
    assert found.get("قيادة المنطقة العسكرية الرابعة") == "ORG", found
    assert not any(name.endswith("التي") for name in found), found


@pytest.mark.parametrize(
    ("text", "ministry", "person"),
    [
        # SaudiNewsNet 2015-08-02: the ministries were ``وزارة الخدمة المدنية الأستاذ``، ``وزارة التعليم الشاعر``
        ("أوضح المتحدث الرسمي لوزارة الخدمة المدنية الأستاذ حمد المنيف أن النتائج أعلنت.", "وزارة الخدمة المدنية",
         "حمد المنيف"),
        ("وصف المشرف العام بوزارة التعليم الشاعر عبدالعزيز بن إبراهيم السراء المهرجان بالناجح.", "وزارة التعليم",
         "عبدالعزيز بن إبراهيم السراء"),
    ],
)
def test_ner_an_institution_name_stops_before_the_title_of_the_person_after_it(text: str, ministry: str, person: str) -> None:
    found = _found(text)
    assert found.get(ministry) == "ORG", found
    assert any(name.startswith(person.split()[0]) and kind == "PER" for name, kind in found.items()), found


def test_ner_a_quoted_word_in_the_accusative_after_a_title_is_no_name() -> None:
    # SaudiNewsNet 2015-08-02: ``أرفع مسؤول يمني يعود «منتصرًا»`` (victorious) was a person
    found = _found("وأمس، بات بحاح أرفع مسؤول يمني يعود «منتصرًا» إلى عدن بعد تحريرها من قبضة الميليشيات.")
    assert "منتصرًا" not in found, found
    found = _found("وقال مستشار الأمن القومي العراقي “قاسم الأعرجي” إن القوات تقدمت نحو المدينة.")
    assert found.get("قاسم الأعرجي") == "PER", found


def test_ner_an_institution_name_stops_before_the_participle_of_belonging() -> None:
    """``مديرية الرضمة التابعة لمحافظة إب``: what follows ``التابعة`` is what the district belongs to, not its
    name (SaudiNewsNet 2015-08-10, where the story's organizations listed ``مديرية الرضمة التابعة``)."""
    text = "وسيطرت المقاومة على مديرية الرضمة التابعة لمحافظة إب بعد معارك مع الحوثيين."
    found = _found(text)
    assert "مديرية الرضمة" in found, found
    assert not any(name.endswith("التابعة") for name in found), found


def test_ner_a_noun_with_its_pronoun_after_a_rank_is_no_name() -> None:
    """``تجاوز العقيد بسيارته سيارة سليمان الأسد``: a rank announces a name, but ``بسيارته`` (with his car) is a
    noun with its pronoun (SaudiNewsNet 2015-08-10 listed a person ``بسيارته`` titled colonel)."""
    found = _found("وقتله أمام أطفاله بسبب تجاوز العقيد بسيارته سيارة سليمان الأسد.")
    assert found.get("سليمان الأسد") == "PER", found
    assert "بسيارته" not in found, found
    assert _found("وقال العقيد تركي المالكي إن القوات تقدمت.").get("تركي المالكي") == "PER"


def test_ner_a_nationality_after_an_office_is_no_given_name() -> None:
    """``رئيس الوزراء التركي المكلف، أحمد داود أوغلو``: ``التركي`` is Turkish, not the given name Turki (SaudiNewsNet
    2015-08-10 listed a person ``التركي المكلف`` titled prime minister)."""
    found = _found("أعلن رئيس الوزراء التركي المكلف، أحمد داود أوغلو، أن الحكومة ستواصل عملياتها.")
    assert found.get("أحمد داود أوغلو") == "PER", found
    assert not any("المكلف" in name for name in found), found


def test_ner_a_body_and_the_outlet_it_spoke_to_are_two_organizations() -> None:
    """``قالت وزارة الداخلية لوكالة أنباء الشرق الأوسط`` (SaudiNewsNet 2015-08-10: one organization, shown
    as the quotes' speaker) names the ministry and the agency it told."""
    found = _found("وقالت وزارة الداخلية لوكالة أنباء الشرق الأوسط إن الانفجار وقع صباحا.")
    assert found.get("وزارة الداخلية") == "ORG", found
    assert found.get("وكالة أنباء الشرق الأوسط") == "ORG", found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("وقالت مصادر في المقاومة لـ«الشرق الأوسط» إن المعسكر بات على وشك السقوط.", "الشرق الأوسط", "ORG"),
        ("وتشهد منطقة الشرق الأوسط توترا متزايدا.", "الشرق الأوسط", "LOC"),
        ("وسافر الوفد إلى «الرياض» أمس.", "الرياض", "LOC"),
    ],
)
def test_ner_a_name_quoted_after_the_dative_is_who_was_told(text: str, name: str, kind: str) -> None:
    """``قالت مصادر لـ«الشرق الأوسط»`` names the newspaper told, not the region."""
    assert _found(text).get(name) == kind


def test_ner_institution_head_alone_is_no_name() -> None:
    """``وكالة`` before a name quoted apart names nothing by itself; the quoted name is the organization."""
    text = 'وخلال مقابلة مع وكالة "أسوشيتد برس" الأميركية، قال الكاظمي إن القوات الأمنية جاهزة.'
    found = [(m.text, m.type) for m in recognize_entities(_article(text))]
    assert ("أسوشيتد برس", "ORG") in found
    assert not any(t == "وكالة" for t, _ in found), found


def test_an_article_read_when_the_sentence_table_fills_keeps_its_cached_sentences(monkeypatch):
    # The table of first passes is cleared when it fills. An article holding a sentence read before
    # (a wire sentence) and enough new ones to fill it must still be read whole: on the 31k digest a
    # worker failed with KeyError on the sentence it had cached.
    from marsad.extract import entities

    monkeypatch.setattr(entities, "_FIRST_PASSES_KEPT", 3)
    entities._FIRST_PASSES.clear()
    wire = "وصل وزير الخارجية العراقي فؤاد حسين إلى واشنطن أمس."
    first = recognize_entities(_article(wire))
    later = recognize_entities(
        _article(
            wire
            + " وقال الرئيس الأمريكي جو بايدن إن قواته ستبقى في العراق."
            + " وذكرت وكالة رويترز أن الاجتماع عقد في بغداد."
            + " وأعلن تنظيم داعش مسؤوليته عن الهجوم."
        )
    )
    assert {m.text for m in first} <= {m.text for m in later}
    assert {"جو بايدن", "بغداد"} <= {m.text for m in later}
    entities._FIRST_PASSES.clear()


def test_ner_a_crf_model_given_by_its_bytes_is_used_and_named_apart() -> None:
    """``use_crf_model`` (how ``bench/ner_folds.py`` measures a model before installing it): the shipped
    model given that way finds the same names, under a name of its own, until ``use_tagger`` goes back."""
    text = "وصل وزير الخارجية العراقي فؤاد حسين إلى واشنطن أمس."
    shipped = _found(text)
    data = (resources.files("marsad.extract") / "models" / "ner.crfsuite").read_bytes()
    in_use = tagger_name()
    try:
        try:
            name = use_crf_model(data)
            assert tagger_name() == name and name.startswith("crf:")
            assert _found(text) == shipped == {"فؤاد حسين": "PER", "واشنطن": "LOC"}
        finally:
            use_tagger("crf")
        assert tagger_name() == "crf"
    finally:
        use_tagger(in_use)  # the tagger in use before, not one test's choice for every later test


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # SaudiNewsNet 2015-08-02 (alriyadh): the tagger ran the name into the nouns before the rank
        (
            "وقامت طائرتان من أسطول القيادة العامة لطيران الأمن بنقل جثماني شهيدي الواجب العريف أحمد جعفر "
            "المجايشي إلى محافظة بارق.",
            "أحمد جعفر المجايشي",
            None,
        ),
        (
            "يذكر أن العريف أحمد المجايشي والجندي أول محمد العمري وزميلهم الجندي أول حسن ناصر من منسوبي "
            "حرس الحدود.",
            "حسن ناصر",
            "الجندي أول",
        ),
        # the qualifier after a rank is the rank's, not a person (almadina: العميد الركن صالح حسن)
        ("وقال العميد الركن صالح حسن إن لدينا خطة عسكرية محكمة لتحرير أبين.", "صالح حسن", "العميد الركن"),
    ],
)
def test_ner_a_rank_inside_a_span_ends_what_describes_the_person(text: str, name: str, role: str | None) -> None:
    mentions = [m for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert name in [m.text for m in mentions], [m.text for m in mentions]
    assert not any("جثمان" in m.text or "زميل" in m.text or m.text == "الركن" for m in mentions)
    if role is not None:
        assert next(m for m in mentions if m.text == name).role == role


def test_ner_a_title_word_inside_a_name_stays_in_it() -> None:
    # AQMAR: عبد الملك is a name, not the title الملك
    text = "وتولى الخلافة عبد الملك بن مروان بعد وفاة أبيه."
    assert "عبد الملك بن مروان" in [m.text for m in recognize_entities(_article(text))]


def test_ner_a_name_does_not_end_on_bin() -> None:
    # SaudiNewsNet 2015-08-02 (sabq): مساعد is also a title (an assistant), here the father's name
    text = "وقال الأمير جلوي بن عبد العزيز بن مساعد في اتصال هاتفي مع والد الشهيد إننا نعزي أنفسنا."
    people = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert people == ["جلوي بن عبد العزيز بن مساعد"]


def test_ner_a_bracket_left_open_in_a_span_ends_the_name() -> None:
    text = "وأعلنت شركة اتحاد اتصالات (موبايلي) عن خسائر بلغت 945 مليون ريال."
    assert not any("(" in m.text for m in recognize_entities(_article(text)))


def test_ner_a_day_after_an_institution_is_not_its_name() -> None:
    # alyaum, 2015-08-02: ``وكالة الأنباء الامارتية اليوم الأحد`` was a speaker
    text = "ذكرت وكالة الأنباء الامارتية اليوم الأحد أن النيابة العامة أحالت 41 متهما إلى المحكمة."
    orgs = [m.text for m in recognize_entities(_article(text)) if m.type == "ORG"]
    assert "وكالة الأنباء الامارتية" in orgs and not any("اليوم" in o for o in orgs)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # SaudiNewsNet 2015-08-02: ``عبداللطيف بن عبدالملك آل`` and ``سعيد آل`` were people
        ("وأكد عبداللطيف بن عبدالملك آل الشيخ أن الهيئة مستمرة في عملها.", "عبداللطيف بن عبدالملك آل الشيخ"),
        ("وقال الأمير عبدالله بن زايد آل نهيان إن الإمارات تقف مع المملكة.", "عبدالله بن زايد آل نهيان"),
        # a particle is not the first word of a name
        ("وقال إنّ كوربين سيفوز بزعامة الحزب.", "كوربين"),
    ],
)
def test_ner_a_family_name_with_al_is_taken_in_and_a_particle_left_out(text: str, name: str) -> None:
    people = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert name in people, people


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # SaudiNewsNet 2015-08-02: roles were shown as ``والجندي أول`` and ``للواء``
        ("يذكر أن العريف أحمد المجايشي والجندي أول محمد العمري استشهدا في الحادث.", "الجندي أول"),
        ("وقدم والد الشهيد شكره للواء عواد البلوي على حضوره.", "اللواء"),
        ("وقال للرئيس محمود عباس إن الوقت قد حان.", "الرئيس"),
        # SaudiNewsNet 2015-07-22 (aawsat): shown ``مديرة السابقة ...``, the article taken off with the proclitics
        ("وبينما حذر طاهر بومدرا، کبير موظفي الأمم المتحدة في العراق سابقا، في تصريحات لـ«الشرق الأوسط»، من تمادي "
         "إيران في سياساتها بالمنطقة، قالت ليندا تشاوز، المديرة السابقة للعلاقات العامة في البيت الأبيض الأميركي، إن "
         "ملخص الاتفاق النووي الذي جرى التوصل إليه بين القوى الكبرى وإيران، هو بكل بساطة «تقديم خدمة لنظام طهران».",
         "المديرة السابقة للعلاقات العامة في البيت الأبيض الأميركي"),
    ],
)
def test_ner_a_role_is_shown_without_its_proclitics(text: str, role: str) -> None:
    roles = [m.role for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert role in roles, roles


# Written when the CRF was the default tagger; with ``joint`` (the default since stop 39) they fail, which two
# tests leaving the CRF in use for every later test hid until stop 44. Kept visible: strict xfails fail the
# day they are fixed. (NewsFANE leaves ``محافظة``/``مدينة`` outside most place names: which reading is right
# is a convention to settle before a rule.)
_JOINT_MISSES = pytest.mark.xfail(
    strict=True, reason="the joint tagger reads the place without its head (بيش؛ حي، فهد)"
)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # SaudiNewsNet 2015-08-04: an accusative adverb, or و written apart, is not a word of a name
        pytest.param("وأعلنت محافظة بيش غرباً عن افتتاح المشروع.", "محافظة بيش", "LOC", marks=_JOINT_MISSES),
        ("وصدر عن وزارة الداخلية و الإمارة بيان مشترك.", "وزارة الداخلية", "ORG"),
        # a common noun without the article after a definite word opens the rest of the sentence
        ("أقامت وزارة العدل حفل معايدة لمنسوبيها بمناسبة العيد.", "وزارة العدل", "ORG"),
        ("وأوضح رئيس المجلس البلدي المهندس محمد بن عبد الرحمن أن المتنزه جاهز.", "المجلس البلدي", "ORG"),
        # a facility noun with the article names no place with the words after it (the prince is a person)
        ("وكان في استقباله لدى وصوله المطار سمو الأمير فيصل بن الحسين.", "فيصل بن الحسين", "PER"),
    ],
)
def test_ner_a_name_ends_before_an_adverb_a_lone_conjunction_or_a_courtesy_title(text: str, name: str, kind: str) -> None:
    mentions = recognize_entities(_article(text))
    assert (name, kind) in [(m.text, m.type) for m in mentions], [(m.text, m.type) for m in mentions]
    assert not any(name in m.text and m.text != name for m in mentions), [m.text for m in mentions]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # SaudiNewsNet 2015-08-04: a hospital named after a king, not a person ``عبدالله الطبية`` titled king
        ("أعلنت مدينة الملك عبدالله الطبية بمكة المكرمة عن فتح باب القبول.", "مدينة الملك عبدالله الطبية", "ORG"),
        ("ونقل المصاب إلى مستشفى الملك عبدالعزيز التخصصي في الطائف.", "مستشفى الملك عبدالعزيز التخصصي", "ORG"),
        # a quarter the tagger made a place alone; the town it is in is not its name
        pytest.param("ويقع المنزل في حي الملك فهد بالهفوف قرب السوق.", "حي الملك فهد", "LOC", marks=_JOINT_MISSES),
        # a family name with آل closes the name (``برقية`` is the cable he sent)
        ("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لرئيس جامايكا.",
         "سلمان بن عبدالعزيز آل سعود", "PER"),
        # a relation's noun with its pronoun, and a place after a preposition, stand before the name
        ("وأضاف لقد ذكر زميلي جون كيري قواعد الحل السياسي.", "جون كيري", "PER"),
        ("وأوضح مدير فرع مكتب العمل بخيبر فهد الرشيدي أن الجولة مستمرة.", "فهد الرشيدي", "PER"),
        # a descriptive adjective before a compound name; a common noun in the accusative after the name
        ("وقال الشاعر والدبلوماسي عبد الولي الشميري إن المؤسسة أنجزت المشروع.", "عبد الولي الشميري", "PER"),
        # SaudiNewsNet 2015-07-24: an adjective no one bears, a possessed noun
        ("وقال المخضرم سعود الفيصل إن العلاقات متينة بين البلدين.", "سعود الفيصل", "PER"),
        # SaudiNewsNet 2015-08-06 and 07-21: a verb in the future after the name
        ("وقال السفير إن الأمير محمد بن سلمان سيترأس وفد المملكة لحضور الحفل.", "محمد بن سلمان", "PER"),
        ("وأكد المدرب أن اللاعب محمد عبد الشافي سيلتحق بالفريق الأسبوع المقبل.", "محمد عبد الشافي", "PER"),
        # SaudiNewsNet 2015-08-06: ``ولد`` joins a Mauritanian name as ``بن`` does (``اسماعيل ولد`` and ``أحمد`` were
        # two people); 07-21: ``ولد في`` (born in) closes one
        ("وجدد مبعوث الأمم المتحدة إلى اليمن اسماعيل ولد الشيخ أحمد اليوم دعوته لوقف إطلاق النار.",
         "اسماعيل ولد الشيخ أحمد", "PER"),
        ("والكاتب ألبرتو مانغويل ولد في بوينس آيرس عام 1948.", "ألبرتو مانغويل", "PER"),
    ],
)
def test_ner_a_name_is_bounded_by_what_stands_around_it(text: str, name: str, kind: str) -> None:
    mentions = [(m.text, m.type) for m in recognize_entities(_article(text))]
    assert (name, kind) in mentions, mentions


@pytest.mark.parametrize(
    "text",
    [
        # SaudiNewsNet 2015-07-24 and 08-04: set phrases the tagger took for people
        "وأكد الوزراء على مبدأ حسن الجوار وعدم التدخل في الشؤون الداخلية.",
        "ودعا المجلس إيران لحسن الجوار والكف عن التدخل.",
        "والتيسير على ضيوف الرحمن ليؤدوا مناسكهم بيسر وسهولة.",
    ],
)
def test_ner_a_set_phrase_that_reads_like_a_name_is_no_person(text: str) -> None:
    assert [m.text for m in recognize_entities(_article(text)) if m.type == "PER"] == []


def test_ner_a_function_word_is_no_name_after_a_proclitic() -> None:
    # MultiLing: ``بان كي مون`` was ``ان كي مون``, its ب taken for the preposition
    text = "وقال الأمين العام للأمم المتحدة بان كي مون إن المحادثات مستمرة."
    assert "بان كي مون" in [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]


def test_ner_a_foreign_name_keeps_its_first_kaf() -> None:
    # MultiLing M000: ``كينجز كروس`` (King's Cross) was ``ينجز كروس``, its ك taken for the preposition
    text = "ووقع الانفجار الثاني قرب محطة كينجز كروس في وسط لندن."
    assert "كينجز كروس" in [m.text for m in recognize_entities(_article(text))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وأوضح المتحدث باسم الفيفا أن العقوبة نهائية.", "الفيفا"),
        ("ووقعت الحكومة اتفاقا مع الويبو لحماية الملكية الفكرية.", "الويبو"),
        ("وقالت منظمة العفو الدولية إن المعتقلين تعرضوا للتعذيب.", "منظمة العفو الدولية"),
    ],
)
def test_ner_the_international_bodies_news_names_are_organizations(text: str, name: str) -> None:
    assert (name, "ORG") in [(m.text, m.type) for m in recognize_entities(_article(text))]


def test_ner_a_common_noun_in_the_accusative_after_a_name_is_not_part_of_it() -> None:
    from marsad.extract.entities import _accusative_common  # the word test itself: the tagger's spans vary

    assert _accusative_common("مؤتمرا")
    assert not any(_accusative_common(w) for w in ("أوباما", "كوستا", "سوريا", "روسيا", "رضا"))


def test_ner_a_benediction_whose_name_was_missed_is_no_person() -> None:
    # SaudiNewsNet 2015-07-24: ``رحمه الله`` was a person 29 times
    text = ("وقدم شكره لسموه على حضوره وافتتاح المشروع ، كما شكر ورثة ناصر العساف – رحمه الله – عقب ذلك ألقيت "
            "كلمة المتبرعين.")
    assert not any("رحمه" in m.text for m in recognize_entities(_article(text)))


def test_ner_two_names_set_against_each_other_by_a_dash_are_two() -> None:
    # a fixture written ``X - Y`` (NewsFANE tags each team); ``الملكي`` is a name's word, not a courtesy title
    text = "وتجري يوم الأحد مباراة الجيش الملكي - الرجاء البيضاوي في الرباط."
    names = [m.text for m in recognize_entities(_article(text)) if m.type == "ORG"]
    assert names == ["الجيش الملكي", "الرجاء البيضاوي"], names


def test_ner_two_people_joined_by_the_conjunction_are_two() -> None:
    # the tagger runs ``سولانا ولاريجاني`` into one person; a name never joins its words by و
    text = "والتقى خافيير سولانا ولاريجاني في جنيف أمس لبحث الملف النووي الإيراني."
    people = [(m.text, text[m.start : m.end]) for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert people == [("خافيير سولانا", "خافيير سولانا"), ("لاريجاني", "لاريجاني")], people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال الرئيس الموريتاني محمد ولد عبد العزيز إن بلاده ستشارك في القمة.", "محمد ولد عبد العزيز"),
        ("وأكد الدكتور محمد وليد السعدي أن المستشفى جاهز لاستقبال المصابين.", "محمد وليد السعدي"),
        # a foreign name's W: no word of the lists or the training text is left without it
        ("وقال جون واطسون رئيس مجلس إدارة الشركة إن الأسعار ستنخفض.", "جون واطسون"),
        ("وقالت الفنانة هيفاء وهبي إنها ستغني في المهرجان.", "هيفاء وهبي"),
    ],
)
def test_ner_a_name_whose_own_word_opens_on_waw_stays_whole(text: str, name: str) -> None:
    assert _found(text).get(name) == "PER", _found(text)


def test_ner_a_nationality_before_a_name_of_two_words_is_not_part_of_it() -> None:
    assert _found("وتغلب والروسي ايغور كونيتسين على منافسه في الدور الثاني.").get("ايغور كونيتسين") == "PER"


def test_ner_a_country_named_with_a_citys_adjective_is_a_club() -> None:
    found = _found("وتعادل المغرب الفاسي مع المغرب التطواني في فاس أمس.")
    assert found.get("المغرب الفاسي") == "ORG" and found.get("المغرب التطواني") == "ORG", found
    assert found.get("فاس") == "LOC", found


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت مصادر في المعارضة السورية أن القتال تجدد في ريف حلب.",
        "وأعلن النادي التعاقد مع التشيلي أرتورو فيدال لاعب يوفنتوس.",
    ],
)
def test_ner_a_countrys_adjective_is_no_place(text: str) -> None:
    # the listed names are matched without the article, and ``السورية`` holds ``سورية``
    places = [m.text for m in recognize_entities(_article(text)) if m.type == "LOC"]
    assert not any(p in ("السورية", "التشيلي", "سورية", "تشيلي") for p in places), places


def test_ner_a_person_whose_name_opens_with_a_listed_place_is_the_person() -> None:
    # the listed province ``صلاح الدين`` gives way to the tagger's person when only names follow it
    found = _found("وطالب الحزب بالإفراج عن زعيمه الآخر صلاح الدين ديمرتاش بعد اعتقاله في تركيا.")
    assert found.get("صلاح الدين ديمرتاش") == "PER", found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وعلى صعيد آخر نفى الرئيس التركي رجب طيب إردوغان بقوة الاتهامات الموجهة إلى حكومته.", "رجب طيب إردوغان"),
        ("وشهدت فنزويلا وصول تيار الرئيس الراحل هوجو تشافيز إلى السلطة في عام 1999.", "هوجو تشافيز"),
    ],
)
def test_ner_a_name_the_tagger_opened_twice_is_one_person(text: str, name: str) -> None:
    assert _found(text).get(name) == "PER", _found(text)


def test_ner_a_given_name_after_a_reporting_verb_is_the_one_person_who_bears_it() -> None:
    # ``وأوضحت رؤى`` after ``المذيعة رؤى الصبان``: the speaker, found again even where the tagger misses it;
    # not when two people of the article bear the name
    def reported(text: str) -> list[str]:
        tokens = tokenize(text)
        spans = [(s, e, k) for s, e, k in entities_module._first_pass(tokens, tag_tokens([t.text for t in tokens]))]
        given = entities_module._given_names([tokens], [spans])
        return [tokens[i].text for i in entities_module._reported_given_names(tokens, given)]

    assert reported("وشاركت المذيعة رؤى الصبان في المسلسل الجديد. وأوضحت رؤى أن الدور كان صعبا عليها.") == ["رؤى"]
    assert reported("والتقى محمد العلي ومحمد الشهري في الرياض. وقال محمد إن اللقاء كان مثمرا.") == []
    assert reported("وشاركت المذيعة رؤى الصبان في المسلسل الجديد. ورؤى من أجمل الأسماء.") == []


def test_ner_a_name_after_a_nationality_is_a_person() -> None:
    # NewsFANE's athletics reports: ``العداء المغربي ربيع دكانة`` was missed
    text = "واكتفى العداء المغربي ربيع دكانة بالمرتبة الخامسة مسجلا توقيتا متواضعا."
    assert ("ربيع دكانة", "PER") in [(m.text, m.type) for m in recognize_entities(_article(text))]


@pytest.mark.parametrize(
    "text",
    [
        # SaudiNewsNet 2015-08-04: what the nationality rule, the possessed noun and the dash must not make
        "من جانبه أفاد مصدر في المقاومة الشعبية اليمنية بأن عملية تحرير مدينة تعز باتت قريبة.",
        "وأجرى وزير المالية اليوناني أولى مباحثاته مع كبار ممثلي الجهات الدائنة.",
        "وبحث وزير الخارجية مع نظيره الأمريكي سبل التعاون بين البلدين.",
        "وقرر المدرب الإبقاء على الحارس الكاميروني بوبا إلا أنهم لم يلتحقوا بالمعسكر.",
    ],
)
def test_ner_no_person_of_a_nationality_and_the_words_after_it(text: str) -> None:
    people = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert not any(p.endswith(("عملية", "مباحثاته", "الأمريكي", "إلا")) for p in people), people


def _kinds_of(text: str, name: str) -> list[str]:
    """The type of every mention of ``name`` in ``text``, in order."""
    return [m.type for m in recognize_entities(_article(text)) if m.text == name]


def test_recognize_company_named_under_its_head_is_an_organization_where_named_alone():
    """``وقالت أكوا باور`` after ``شركة أكوا باور السعودية``: the company, which the tagger alone took for a
    person (SaudiNewsNet, 2015-08)."""
    text = (
        "وقعت شركة أكوا باور السعودية عقدا لبناء محطة كهرباء في المغرب. "
        "وقالت أكوا باور إن المحطة ستعمل العام المقبل."
    )
    assert _kinds_of(text, "أكوا باور السعودية") == ["ORG"]
    assert _kinds_of(text, "أكوا باور") == ["ORG"]


def test_recognize_man_who_bears_his_companys_name_stays_a_person():
    """The rule above never makes a person of the article, named as one again and again, a company."""
    text = (
        "أسس مايكل بلومبيرغ شركة «بلومبيرغ» في عام 1981. "
        "وكان بلومبيرغ عمدة لنيويورك 12 عاما. وقال بلومبيرغ إنه لن يترشح للرئاسة."
    )
    assert _kinds_of(text, "مايكل بلومبيرغ") == ["PER"]
    assert _kinds_of(text, "بلومبيرغ")[-2:] == ["PER", "PER"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # SaudiNewsNet 2015-07-22 and 07-23: the word after the name was taken into it
        ("تخرج 63 مستفيدا بمركز محمد بن نايف للمناصحة والرعاية بالرياض وجدة.", "محمد بن نايف"),
        ("وافقت إدارة الشباب على انتقال اللاعب الدولي حسن معاذ للأهلي مقابل 27 مليون ريال.", "حسن معاذ"),
        ("وقال الكاتب إن السفير طلال سلمان للتطبيل لإيران بعد توقيع الاتفاق.", "طلال سلمان"),
        # a family name that looks like an adjective stays: people bear it
        ("وقال عبدالله بن خليفة العطية إن البنك حقق أرباحا قياسية.", "عبدالله بن خليفة العطية"),
        # and a noun with its pronoun after the name (SaudiNewsNet 2015-07-22)
        ("واتخذ رئيس المحكمة البروكينابي غبيرداو غوستاف كام قراره بعدما التزم المتهم الصمت.", "غوستاف كام"),
        ('ورد الإدارة الأميركية بأن الأمير بندر رؤيته "جمهورية" وهذه تعني أنه يميل لصف الحزب الجمهوري.', "بندر"),
    ],
)
def test_ner_a_person_never_ends_on_a_word_no_name_holds(text: str, person: str) -> None:
    people = [m.text for m in recognize_entities(Article(id="t", text=text)) if m.type == "PER"]
    assert people == [person]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # SaudiNewsNet 2015-07-22 and 07-23: the king's name was a person, the adjective after it his too
        ("وقدمت الفرقة عرضها الأول في خيمة بحديقة الملك فهد المركزية مساء أمس.", "حديقة الملك فهد المركزية"),
        ("أقامت أمانة المحافظة مهرجان «عيدية» بمنتزه الملك عبدالله البيئي بحضور الآلاف.", "منتزه الملك عبدالله البيئي"),
        ("ويعبر أسبوعياً على جسر الملك فهد ما يفوق الـ 200 ألف شخص.", "جسر الملك فهد"),
    ],
)
def test_ner_a_place_named_after_a_king_is_one_place(text: str, place: str) -> None:
    found = [(m.type, m.text) for m in recognize_entities(Article(id="t", text=text))]
    assert ("LOC", place) in found
    assert not any(kind == "PER" for kind, _ in found)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # SaudiNewsNet 2015-08-11 and 07-22: two bodies joined by و, or a verb after و, were one name
        ("وجه الديوان الملكي برقية لوزارة الصحة وقيدت في كشوفات الوزارة بتاريخ قريب.", {"وزارة الصحة"}),
        ("بناء على توصية من لجنة من مندوبين من وزارة المالية ووزارة الخدمة المدنية والجهة ذات العلاقة.",
         {"وزارة المالية", "وزارة الخدمة المدنية"}),
    ],
)
def test_ner_a_word_after_wa_without_the_article_ends_an_institution(text: str, names: set[str]) -> None:
    found = {m.text for m in recognize_entities(Article(id="t", text=text)) if m.type == "ORG"}
    assert names <= found
    assert not any(" و" in name for name in found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # SaudiNewsNet 2015-07-22 and 08-11: the family name was cut as a title, the office made a library
        ("وأمين مدينة الرياض المهندس إبراهيم السلطان على منح هذه الفرصة للفرق الشابة.", "إبراهيم السلطان"),
        ("استقبل الأمير خالد الفيصل أمير منطقة مكة المكرمة، في مكتبه العقيد عمر السلطان، قائد القوة الميدانية.",
         "عمر السلطان"),
    ],
)
def test_ner_a_title_after_a_given_name_is_a_family_name(text: str, person: str) -> None:
    found = [(m.type, m.text) for m in recognize_entities(Article(id="t", text=text))]
    assert ("PER", person) in found
    assert not any(kind == "ORG" and person in name for kind, name in found)


def test_ner_crf_marginals_are_each_words_label_probabilities() -> None:
    """The CRF's marginals (the soft labels ``scripts/ner_wiki_sentences.py label --teacher joint`` writes)
    are a probability per label at each word, and their most probable labels read the names the CRF's best
    path reads."""
    crf = load_crf_tagger()
    texts = (
        "أعلن رئيس الوزراء العراقي مصطفى الكاظمي أن القوات الأمريكية القتالية ستغادر العراق",
        "وقال الجنرال كينيث ماكنزي إن نحو 2500 جندي سيبقون في قاعدة عين الأسد",
    )
    sentences = [text.split() for text in texts]
    marginals = crf.marginals(sentences)
    assert [m.shape for m in marginals] == [(len(s), len(crf.labels)) for s in sentences]
    assert all(abs(float(total) - 1.0) < 1e-6 for m in marginals for total in m.sum(axis=1))
    best = [[crf.labels[k] for k in m.argmax(axis=1)] for m in marginals]
    assert best == crf.tag(sentences)
    words = sentences[0]
    assert best[0][words.index("مصطفى") : words.index("الكاظمي") + 1] == ["B-PER", "I-PER"]


def test_ner_a_fathers_name_that_is_a_noun_before_the_family_nisba_is_the_persons() -> None:
    # SaudiNewsNet 2015-08-11: ``اللواء خالد قرار الحربي`` was the person ``خالد`` in the Abha bombing's story
    text = "وقائد قوات الطوارئ اللواء خالد قرار الحربي، ومدير شرطة منطقة عسير اللواء محمد أبو قرنين."
    people = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert "خالد قرار الحربي" in people, people
    # a time word or a country's adjective after a noun is no family
    for text in ("وقال خالد يوم الماضي إن الزيارة تمت.", "وشارك خالد منتخب السعودي في البطولة."):
        people = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
        assert people == ["خالد"], people


def test_ner_the_given_name_ali_opens_the_name_after_it_where_the_preposition_is_written_apart() -> None:
    # SaudiNewsNet 2015-08-01: the burned infant ``علي سعد دوابشة`` was ``سعد دوابشة`` (his father's name) and
    # ``علي دوابشة`` no one; ``علي`` shares the preposition ``على``'s key, and the tagger never opened a name with it
    text = (
        "وذكرت مصادر فلسطينية أن الطفل علي سعد دوابشة (عام ونصف) استشهد، فيما أصيب والداه وشقيقه بحروق. "
        "ودعت الفصائل إلى الرد على مقتل الطفل علي دوابشة. وقال وزير النفط علي النعيمي إن الأسعار مستقرة."
    )
    people = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert {"علي سعد دوابشة", "علي دوابشة", "علي النعيمي"} <= set(people), people
    assert "سعد دوابشة" not in people, people
    # nor a verb or a common noun after it
    people = [m.text for m in recognize_entities(_article("وكانت علي تسأل عن الالتهاب، وعلى الجميع الانتظار.")) if m.type == "PER"]
    assert not any(p.startswith("علي") for p in people), people


def test_ner_ali_before_a_given_name_is_the_name_not_the_preposition() -> None:
    # SaudiNewsNet 2015-07-21: ``الرئيس المخلوع علي عبدالله صالح`` was ``عبدالله صالح`` in 13 reports: ``علي`` before
    # ``عبدالله`` was read as the preposition written with ي, which turned the rule off for the whole article
    text = "وقالت المصادر إن ميليشيات الرئيس المخلوع علي عبدالله صالح والحوثيين تقصف أحياء عدن."
    people = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert people == ["علي عبدالله صالح"], people


def test_ner_ali_stays_the_preposition_in_a_text_that_writes_it_so() -> None:
    # NewsFANE's text writes the preposition ``علي`` (450 times against 45 the name): where an article does
    # (``علي الرغم``), ``علي`` before a word is not read as the name (the rule cost 13 false people there)
    text = "وحصلت الشركة علي الرغم من الأزمة علي عقود جديدة. وتناوب علي اللقب فرناندو توريس."
    people = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert not any(p.startswith("علي") for p in people), people


def test_ner_a_function_word_closes_no_name_but_a_connector_goes_on() -> None:
    # SaudiNewsNet 2015-08-01: ``عباس لدى`` spoke for the Palestinian president; ``أبو`` is a function word too
    text = ("وطالب الرئيس الفلسطيني محمود عباس المجتمع الدولي بالتحرك. وقال عباس لدى ترؤسه اجتماعا طارئا "
            "للقيادة الفلسطينية إن الجريمة لن تمر.")
    people = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert "عباس لدى" not in people and "عباس" in people, people


def test_ner_a_title_after_a_comma_and_the_conjunction_is_the_next_persons_not_an_apposition() -> None:
    # SaudiNewsNet 2015-08-01: the crash's victims, listed; ``الدكتور زهير هاشم`` and ``قائد الطائرة`` were the
    # woman's roles. Without the conjunction the title after the comma is still the name's apposition.
    text = "وضحايا الطائرة هم سناء بن لادن، والدكتور زهير هاشم، وقائد الطائرة."
    roles = {m.text: m.role for m in recognize_entities(_article(text)) if m.type == "PER"}
    assert roles.get("سناء بن لادن") is None and roles.get("زهير هاشم") == "الدكتور", roles
    roles = {m.text: m.role for m in recognize_entities(_article("وقال محمد الأحمد، رئيس الحكومة، إن الوضع مستقر."))}
    assert roles.get("محمد الأحمد") == "رئيس الحكومة", roles


def test_ner_a_rank_announces_no_word_after_a_preposition() -> None:
    # SaudiNewsNet 2015-08-01: ``العاصمي بالمواطنين`` (the colonel urged the citizens) and ``المقدشي بالدور``
    for text, name in (("وأهاب العقيد العاصمي بالمواطنين والمقيمين بأخذ الحيطة والحذر.", "العاصمي"),
                       ("وأشاد اللواء المقدشي بالدور الكبير للمقاومة.", "المقدشي")):
        people = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
        assert people == [name], people


def test_ner_a_role_reaches_over_no_since_and_a_name_takes_no_preposition_with_its_pronoun() -> None:
    # SaudiNewsNet 2015-08-01: Saleh's role was ``مسؤول يمني منذ قيام جماعة الحوثي والمخلوع``; ``هادي إليها``
    text = "وتعتبر هذه الزيارة الأولى لأكبر مسؤول يمني منذ قيام جماعة الحوثي والمخلوع صالح بالسيطرة على مدينة عدن."
    roles = {m.text: m.role for m in recognize_entities(_article(text)) if m.type == "PER"}
    assert "صالح" in roles and roles["صالح"] is None, roles
    text = 'وسيمهد ذلك لعودة الحكومة وانتقال الرئيس "هادي إليها". وفي هذا السياق غردت الوزيرة.'
    assert "هادي إليها" not in [m.text for m in recognize_entities(_article(text))]


def test_ner_a_definite_common_noun_is_no_place_listed_without_the_article() -> None:
    # SaudiNewsNet 2015-08-01: ``السيول`` (the torrents) was Seoul 37 times in one day's weather reports
    found = _found("وحذر الدفاع المدني من السيول والأمطار الغزيرة على منطقة عسير.")
    assert "السيول" not in found and found.get("عسير") == "LOC", found
    found = _found("وأعلنت كوريا الجنوبية من سيول أن المحادثات مستمرة مع الحلف الأطلسي.")
    assert found.get("سيول") == "LOC" and found.get("الحلف الأطلسي") == "ORG", found


def test_ner_ali_takes_no_word_with_a_preposition_and_a_short_function_word_may_end_a_name() -> None:
    # SaudiNewsNet 2015-07-23: ``علي داد لصالح`` (in favour of), then ``لصالح`` a person; ``جاك لو`` lost ``لو``
    people = [m.text for m in recognize_entities(_article("وتنازل علي داد لصالح شقيقه في الانتخابات على الفور."))
              if m.type == "PER"]
    assert "لصالح" not in " ".join(people), people
    people = [m.text for m in recognize_entities(_article("وقال وزير الخزانة الأمريكي جاك لو إن العقوبات باقية."))
              if m.type == "PER"]
    assert "جاك لو" in people, people


def test_ner_a_common_word_opening_like_a_preposition_on_a_given_name_is_no_name_after_an_office() -> None:
    # SaudiNewsNet 2015-08-02: ``لجان إجراء`` (committees of) was the person ``جان إجراء``, found again three times
    text = ("وأوضح أن المدير العام للتعليم بمنطقة الرياض الأستاذ محمد بن عبدالله المرشد شارك في إجراء المقابلات "
            "أثناء زيارته لمقر لجان إجراء المقابلات للخريجين.")
    people = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert not any("إجراء" in p for p in people), people
    # the rule still reads a given name written alone after an office
    people = [m.text for m in recognize_entities(_article("وقال وزير المالية محمد الجدعان إن الموازنة جاهزة."))]
    assert "محمد الجدعان" in people, people


def test_ner_a_rulers_epithet_is_no_person() -> None:
    # SaudiNewsNet 2015-07-21: ``وأعرب الملك المفدى`` made ``المفدى`` (the beloved) a person with the role ``الملك``
    text = "وأعرب الملك المفدى باسمه واسم شعب وحكومة المملكة العربية السعودية عن أصدق التهاني."
    assert [m.text for m in recognize_entities(_article(text)) if m.type == "PER"] == []


def test_two_surnames_in_a_row_after_a_verb_are_two_people() -> None:
    """SaudiNewsNet 2015-07-22 (aawsat): the subject and the object of ``اتهم`` were one person ``روبيو أوباما``,
    who then took the president's title and eight of his mentions. Each is the surname of a man the article
    names in full."""
    text = (
        "عندما وقعت الأطراف الدولية المشاركة في مفاوضات «النووي الإيراني» في فيينا، في السابع من الشهر الحالي، كان "
        "واضحا أن قادة الحزب الجمهوري في الكونغرس يستعدون لمعركة شعواء مع إدارة الرئيس باراك أوباما.\n\n"
        "ليلة الاثنين، بعد أن صوت مجلس الأمن مع الاتفاق، وفي تلفزيون «فوكس»، قال السيناتور ماركو روبيو (جمهوري، "
        "ولاية فلوريدا): «سيدخل يوم الاثنين هذا التاريخ بوصفه (يوم اثنين الاستسلام).\n\n"
        "واتهم روبيو أوباما بالتخلي عن «المصالح الحيوية للأمن القومي الأميركي بهدف التقرب من اثنين من أكثر الأنظمة "
        "الذميمة في العالم»."
    )
    mentions = recognize_entities(_article(text))
    last = [m for m in mentions if m.start > text.index("واتهم")]
    assert [(m.text, m.type) for m in last][:2] == [("روبيو", "PER"), ("أوباما", "PER")], last
    assert "روبيو أوباما" not in {m.text for m in mentions}



def test_a_list_of_the_fallen_gives_each_rank_its_whole_name() -> None:
    """SaudiNewsNet 2015-08-08: the Interior ministry's list of the Abha bombing's dead came out as ``مبارك الشهراني``،
    ``علي غرم`` and ``عسيري``, ``عبد الله`` and ``عبد الله آل سعد``: a Saudi name runs to five words and more, and a list
    writes each between its rank and a bracket or a comma."""
    text = ("وأعلنت وزارة الداخلية أسماء الشهداء، وهم: العريف سلطان محمد أحمد الشهراني (34 عاما)، والعريف عيد ماطر "
            "مبارك الشهراني (27 عاما)، والجندي مشعل علي غرم عسيري (20 عاما)، والعريف عبد الله عائض عبد الله آل سعد (19 "
            "عاما)، والعريف / أحمد موسى علي آل حسان الربعي.")
    people = [m.text for m in recognize_entities(_article(text)) if m.type == "PER"]
    assert people == ["سلطان محمد أحمد الشهراني", "عيد ماطر مبارك الشهراني", "مشعل علي غرم عسيري",
                      "عبد الله عائض عبد الله آل سعد", "أحمد موسى علي آل حسان الربعي"], people


def test_a_rank_before_a_name_and_words_that_are_no_names_keeps_the_name_short() -> None:
    """A foreign name after a rank, then a word in Latin letters, a preposition's word or an adjective: not the name's."""
    found = [m.text for m in recognize_entities(_article(
        "وكان الجنرال ليسلي جروفز L. قد أشرف على المشروع، وقال الجنرال تومي فرانكس لراديو فرنسا إن الحرب طويلة."
    )) if m.type == "PER"]
    assert "ليسلي جروفز" in found and not any("لراديو" in f or " L" in f for f in found), found


def test_the_sheikhs_family_name_takes_no_verb_after_it() -> None:
    """``آل الشيخ`` is a family's name, no forebear's title before his name: the verb after it (``أولى``, gave) was
    taken into ``عبد اللطيف بن عبد الملك آل الشيخ`` (SaudiNewsNet 2015-07-24)."""
    text = "وأكد أن المهندس عبد اللطيف بن عبد الملك آل الشيخ أولى هذا المشروع جل العناية نظرًا لما يمثله من قيمة كبيرة."
    assert [m.text for m in recognize_entities(_article(text)) if m.type == "PER"] == ["عبد اللطيف بن عبد الملك آل الشيخ"]


def test_an_outlets_name_that_is_a_word_is_the_word_unless_written_as_the_outlet() -> None:
    """``الجزيرة`` is Al Jazeera and Al-Jazirah, and the island: Asharq Al-Awsat's interview of Cyprus's president
    (SaudiNewsNet 2015-08-02) listed an organization ``الجزيرة`` named 11 times, every one the island. Written as
    the outlet — quoted, after a media head, told to — it stays one."""
    island = Article(
        id="cy",
        text="وأكد الرئيس القبرصي أنه سيعمل بلا توقف لتوحيد الجزيرة، وأن الحل يخدم جميع سكان الجزيرة. "
        "وتقع الجزيرة في شرق البحر المتوسط.",
    )
    assert [m.text for m in recognize_entities(island) if m.type == "ORG" and "الجزيرة" in m.text] == []
    outlet = Article(
        id="aj",
        text="وقال المتحدث لـ«الجزيرة» إن المفاوضات مستمرة. ونشرت صحيفة الجزيرة تقريرا عن المشروع.",
    )
    found = [m.text for m in recognize_entities(outlet) if "الجزيرة" in m.text]
    assert len(found) == 2, found
