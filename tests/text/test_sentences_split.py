"""Sentence boundaries on real Arabic news text."""

import itertools
from pathlib import Path

import pytest

from marsad.text import dateline_end, is_broken_line, split_sentences

DEMO = Path(__file__).resolve().parents[2] / "examples" / "iraq-2021"


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_split_sentences_arabic_punctuation() -> None:
    text = "هل انتهت المهمة؟ قال المسؤول إن القوات، وفقاً للاتفاق، ستغادر؛ لكن الموعد لم يحدد! وأضاف أنه متفائل."
    assert sentences(text) == [
        "هل انتهت المهمة؟",
        "قال المسؤول إن القوات، وفقاً للاتفاق، ستغادر؛ لكن الموعد لم يحدد!",
        "وأضاف أنه متفائل.",
    ]


def test_split_sentences_keeps_closing_quotes_with_the_sentence() -> None:
    text = 'وقال الخفاجي إن "الجانب العراقي لم يتلق طلبا." وأضاف: «سنواصل التدريب».'
    assert sentences(text) == ['وقال الخفاجي إن "الجانب العراقي لم يتلق طلبا."', "وأضاف: «سنواصل التدريب»."]


@pytest.mark.parametrize(
    "text",
    [
        "يقدر عددها بنحو 2.5 ألف جندي بنهاية العام.",
        "ارتفع المؤشر ٢٫٥ في المئة خلال الجلسة.",
        "قال د. محمد العلي إن النتائج مشجعة.",
        "ولد عام 1950 م. في بغداد وعاش فيها.",
        "التقى الوفد ممثلي U.S. Army في القاعدة.",
        "اختتام جولة الحوار بين العراق وأميركا.. وهذه أبرز نتائجه",
        "وقعت الأحداث في 9.10.2021 حسب الرواية الرسمية.",
        # SaudiNewsNet 2015-08-09: a summary sentence ended at ``استنكر مدير جامعة الملك خالد أ.د.``
        "استنكر مدير جامعة الملك خالد أ.د. عبدالرحمن الداود الحادث الإرهابي في عسير.",
        "وأعلنت ج.م.ع. أمس موقفها من المبادرة.",
        # SaudiNewsNet 2015-08-02: Latin letters spelt in Arabic ended a sentence inside a flight's number
        "جزء من طائرة الخطوط الجوية الماليزية رقم (إم.إتش. 370) التي اختفت العام الماضي.",
        "وتريد تزويدها بمعلومات مثل رمز تعريف المستخدم (آي.بي. أدرس) وتفاصيل حسابه.",
    ],
)
def test_split_sentences_does_not_split_inside(text: str) -> None:
    assert sentences(text) == [text]


def test_a_web_address_ends_its_sentence() -> None:
    # SaudiNewsNet 2015-08-11: Latin letters joined by periods are a web address, not an initialism's letters
    text = "ونشر المعهد أسماء المقبولين على موقعه الإلكتروني www.edu.ipa.sa. وحدد يوم الثلاثاء موعدا لاستقبالهم."
    assert len(sentences(text)) == 2


def test_split_sentences_headline_without_final_punctuation() -> None:
    text = "واشنطن: القوات الأمريكية لن تغادر العراق\n\nقال قائد القيادة المركزية إن القوات ستبقى."
    assert sentences(text) == ["واشنطن: القوات الأمريكية لن تغادر العراق", "قال قائد القيادة المركزية إن القوات ستبقى."]


def test_split_sentences_rejoins_a_line_broken_mid_sentence() -> None:
    text = (DEMO / "003_8b10d884f1f95237.txt").read_text(encoding="utf-8")
    joined = [s for s in sentences(text) if "لمحاربة" in s and "دور مؤثر" in s]
    assert len(joined) == 1
    assert joined[0].startswith("وأضاف الكاظمي خلال الاجتماع الوزاري")


@pytest.mark.parametrize(
    ("line", "following", "broken"),
    [
        ("التي استقدمت إلى العراق لمحاربة تنظيم الدولة في", "البلاد خلال السنوات الماضية.", True),
        ("قال وزير الخارجية العراقي،", "إن الحوار مستمر.", True),
        ("وأكد أن التطور كبير.", "وقال الكاظمي إن هذا الأمر مكن العراق.", False),
        ("تصريحات الكاظمي", "وتعليقا على هذه المحادثات، قال مصطفى الكاظمي إن الحوار مستمر.", False),
        ("الكاظمي: العراق لم يعد بحاجة إلى قوات قتالية", "• رئيس مجلس الوزراء متوجهاً للولايات المتحدة", False),
    ],
)
def test_is_broken_line(line: str, following: str, broken: bool) -> None:
    assert is_broken_line(line, following) is broken


def test_split_sentences_on_every_demo_article_covers_all_words() -> None:
    for path in sorted(DEMO.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        spans = split_sentences(text)
        assert spans == sorted(spans)
        assert all(e1 <= s2 for (_, e1), (s2, _) in itertools.pairwise(spans))
        covered = "".join(text[s:e] for s, e in spans)
        assert "".join(covered.split()) == "".join(text.split()), path.name
        # pyarabic's splitter stops after 32 splits; ours must not
        assert len(spans) >= 10


@pytest.mark.parametrize(
    ("sentence", "opening"),
    [
        # SaudiNewsNet's sabq (1,295 of its 1,411 reports open so)
        ("سبق- الرياض: أعلنت هيئة السوق المالية رفع تعليق تداول سهم الشركة.", "أعلنت هيئة"),
        ("مهنا التميمي- سبق- القريات: تشهد محافظة القريات بمنطقة الجوف موجة غبار.", "تشهد محافظة"),
        # a reporter named علي, not the preposition على (SaudiNewsNet 2015-07-21: a summary opened on the byline)
        ("أحمد علي- سبق- القاهرة: يسعى العلماء الأمريكيون لعمل روبوتات تحاكي الإنسان.", "يسعى العلماء"),
        ("القاهرة - أ ش أ: أعلنت وزارة الصحة المصرية ارتفاع عدد المصابين.", "أعلنت وزارة"),
        # closed by a dash: a listed place, the agency or paper in brackets, or the wire's double dash
        ("القاهرة - أعلنت وزارة الصحة المصرية ارتفاع عدد المصابين.", "أعلنت وزارة"),
        ("بيروت (أ ف ب) - قال مسؤول أمني إن الانفجار وقع ليلا.", "قال مسؤول"),
        ("لندن - «الحياة» - دعت الحكومة البريطانية إلى الهدوء.", "دعت الحكومة"),
        ("ميدو ليك، ساسكاتشوان -- المجلس البلدي في بلدة صغيرة قال إنه تبرع بالخطأ.", "المجلس البلدي"),
        # a tatweel set apart as the dash (sabq on 2015-07-22; Levantine and London papers)
        ("سبق ـ أبها: أقام مستشفى الصحة النفسية بأبها حفلا بمناسبة العيد.", "أقام مستشفى"),
        ("لندن ـ «القدس العربي»: قالت مصادر دبلوماسية إن المحادثات تعثرت.", "قالت مصادر"),
        ("القاهرة ـ أعلنت وزارة الصحة المصرية ارتفاع عدد المصابين.", "أعلنت وزارة"),
        # not datelines: a clause between dashes, a colon of reported speech, an unlisted word before one dash
        ("أعلنت الوزارة - في بيان - أن الحملة مستمرة: ثلاثة أيام أخرى.", "أعلنت الوزارة"),
        ("أعلنت الوزارة - في بيان - أن الحملة مستمرة ثلاثة أيام أخرى.", "أعلنت الوزارة"),
        ("وقال الوزير: إن الحملة مستمرة حتى نهاية الشهر.", "وقال الوزير"),
        ("الحملة - كما قال الوزير - مستمرة حتى نهاية الشهر.", "الحملة - كما"),
        ("أعلنت الوزارة - على لسان متحدثها - ما يلي: القرار نافذ.", "أعلنت الوزارة"),
        ("احتفلت الجمعية بـ 16 حيا: وأقامت مسيرات للأطفال.", "احتفلت الجمعية"),
    ],
)
def test_dateline_run_into_the_first_sentence_is_found(sentence: str, opening: str) -> None:
    assert sentence[dateline_end(sentence):].startswith(opening)


def test_a_quoted_title_that_asks_does_not_end_its_sentence():
    # SaudiNewsNet 2015-07-27: a summary opened on ``من نشوب حروب باردة`` cut from its subject
    text = ("وحذر المشاركون في ندوة بعنوان «قدما إلى الماضي: نحو حرب باردة عالمية جديدة؟» من نشوب حروب باردة "
            "جديدة. وقال: «هل هذا معقول؟» وأضاف أن الأمر خطير.")
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "وحذر المشاركون في ندوة بعنوان «قدما إلى الماضي: نحو حرب باردة عالمية جديدة؟» من نشوب حروب باردة جديدة.",
        "وقال: «هل هذا معقول؟»",
        "وأضاف أن الأمر خطير.",
    ]
