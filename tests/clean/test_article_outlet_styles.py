"""Page texts written for these tests in the style other Arab outlets' pages extract to: the furniture of
Al Arabiya, Youm7 and Hespress around an invented article, with real sentences placed where a careless
rule would take them too."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.clean import clean_article
from marsad.model import Article

AL_ARABIYA = """دبي - العربية.نت
نشر في: 09 سبتمبر ,2021: 10:30 ص GMT \u200eآخر تحديث: 09 سبتمبر ,2021: 11:45 ص GMT

قال الجيش الأميركي، الخميس، إن نحو 2500 جندي سيبقون في العراق بعد نهاية المهمة القتالية.

صورة أرشيفية (رويترز)

وأضاف المتحدث أن القوات ستواصل تقديم المشورة والتدريب للقوات العراقية، مشيراً إلى أن
القرار اتخذ بالتنسيق مع الحكومة في بغداد.

اقرأ المزيد
مسؤول أميركي: لا موعد نهائياً لانسحاب القوات من سوريا
الكاظمي يستقبل قائد القيادة المركزية في بغداد

وشارك في الاجتماع وزير الدفاع العراقي ورئيس أركان الجيش.

تابعونا على تويتر وفيسبوك
الوسوم: العراق، الولايات المتحدة، الكاظمي
جميع الحقوق محفوظة © العربية 2021
"""

YOUM7 = """الخميس، 09 سبتمبر 2021 02:15 م
منذ 3 ساعات
1245 مشاهدة
شارك
تويتر فيسبوك واتساب

أعلن الاتحاد المصري لكرة القدم، اليوم الخميس 9 سبتمبر 2021، جدول مباريات الجولة الأولى من الدوري.

اقرأ أيضا: الأهلي يتعاقد مع مدافع جديد قبل انطلاق الموسم

وجاءت المواعيد على النحو التالي:
الجمعة 10 سبتمبر
الأهلي ضد الزمالك في الساعة 8 مساء.
السبت 11 سبتمبر
المصري ضد الإسماعيلي في الساعة 6 مساء.

وقال رئيس الاتحاد إن الأندية شاركت في وضع الجدول، مؤكداً أن المواعيد لن تتغير.

اشترك في النشرة البريدية ليصلك ملخص الأخبار يوميا
لمزيد من الأخبار اضغط هنا
"""

HESPRESS = """هسبريس - محمد الراجي
نشر في 9 سبتمبر 2021 الساعة 10:20

نشر في الجريدة الرسمية، اليوم الخميس 9 سبتمبر 2021، مرسوم يحدد موعد الانتخابات التشريعية.

الصورة: وزير الخارجية ناصر بوريطة - أرشيف

وكتب وزير الخارجية على حسابه في تويتر أن المغرب يرحب بالحوار مع جميع الشركاء pic.twitter.com/AbCdEf12
— Nasser Bourita (@NasserBourita) September 9, 2021

وتابع الوزير عبر حسابه على تويتر تطورات الملف، وفق ما أوردته وسائل إعلام محلية.

قد يهمك
الحكومة تصادق على مشروع قانون المالية

5 تعليقات
شارك
تابعنا على فيسبوك
"""


# SaudiNewsNet's alweeam (2015-07-21): the link back to the article and its headline end the last
# paragraph, after its final stop.
ALWEEAM = """المقاومة تتقدم بالعطيف وتدحر المتمردين الحوثيين

تقدمت المقاومة الشعبية في محافظة البيضاء وحققت تقدما ملحوظاً في جبهة “العطيف” غرب المحافظة.

وأكدت مصادر محلية أن المقاومة دحرت المتمردين الحوثيين وسيطرت على بعض مواقعهم في المنطقة . رابط الخبر بصحيفة الوئام: المقاومة تتقدم بالعطيف وتدحر المتمردين الحوثيين
"""


# SaudiNewsNet's okaz (2015-08-11): the share bar and comment prompt run into the first sentence.
OKAZ = """شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك أكد نائب خادم الحرمين الشريفين أن كل من يحاول العبث بأمن المملكة سيجد الرد عمليا في الميدان.
وشارك عبر تويتر في حملة التبرع بالدم آلاف المواطنين.
"""

# SaudiNewsNet's 3alyoum (a photo slider's buttons before the dateline) and almadina (a column's contact
# line, the address run into the words).
SLIDER_AND_CONTACT = """Next Previous عين اليوم – باكستان
تواصل الفيضانات الناجمة عن الأمطار الموسمية في باكستان حصد الخسائر البشرية والمادية.
aaljamili@yahoo.comللتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (3) ثم مسافة ثم نص الرسالة إلى 88591 - Stc 635031 - Mobily 737221 - Zain
"""

# SaudiNewsNet's 3alyoum (85 of its articles): the tags run together on the last line after ``سمات``; the
# same word opening a heading inside the article is content.
ALYOUM_TAGS = """أعرب ملك البحرين في اتصال هاتفي عن تعازيه في شهداء الواجب.
سمات القائد في الأزمات
وأعرب خادم الحرمين الشريفين عن شكره وتقديره للملك على مشاعره النبيلة.
سمات الملك سلمان بن عبدالعزيز حمد بن عيسى آل خليفة خادم الحرمين الشريفين ملك البحرين
"""

# ... and 1,648 more with the list run into the last paragraph, after its last sentence.
ALYOUM_TAGS_RUN_IN = """أعرب ملك البحرين في اتصال هاتفي عن تعازيه في شهداء الواجب. سمات القائد في الأزمات كثيرة، ومنها الحكمة.
وأعرب خادم الحرمين الشريفين عن شكره وتقديره للملك على مشاعره النبيلة. سمات الملك سلمان بن عبدالعزيز حمد بن عيسى آل خليفة ملك البحرين
"""

# SaudiNewsNet's aljazirah (2015-08-02): a column's last line, the columnist's other pieces run together.
ALJAZIRAH_COLUMN = """الوطن العربي الكبير
يتبادل الطرفان الاتهامات منذ أسابيع، ولا يبدو أن أحدهما سيتراجع عن موقفه في القريب.
النتيجة في المحصلة واحدة. إلى اللقاء،،، مقالات أخرى للكاتببين العامي والفصيحالوطن العربي الكبير كذبة كبرى
"""

# SaudiNewsNet's alriyadh (2015-07-21, 8 reports in all): a reader poll's style sheet and script run into the
# article's last line, then the poll's question and answers; a verse in braces in the body is the article's.
ALRIYADH_POLL = """قال تعالى: {وكلوا واشربوا ولا تسرفوا إنه لا يحب المسرفين}، وهي قاعدة في الإفطار.
ما النوع الذي تفضله وإلى أي جانب أنت؟ #vote_area2 ul { padding: 0; margin: 0; } .box_vote { zbackground: #FFFFFF; padding:18px; overflow: hidden; } jQuery.noConflict(); jQuery(document).ready(function(){ jQuery('#vote_form2').submit(function() { return false; }); }); كيف تتناول إفطارك في رمضان؟ تناول جميع الأطعمة مع وقت أذان المغرب لا أكترث فجميع الطرق جيدة
"""


@pytest.mark.parametrize(
    ("page", "reason", "piece"),
    [
        (AL_ARABIYA, "date-line", "نشر في: 09 سبتمبر ,2021"),
        (AL_ARABIYA, "media", "صورة أرشيفية (رويترز)"),
        (AL_ARABIYA, "related-link", "اقرأ المزيد"),
        (AL_ARABIYA, "related-link", "مسؤول أميركي: لا موعد نهائياً لانسحاب القوات من سوريا"),
        (AL_ARABIYA, "related-link", "الكاظمي يستقبل قائد القيادة المركزية في بغداد"),
        (AL_ARABIYA, "follow-us", "تابعونا على تويتر وفيسبوك"),
        (AL_ARABIYA, "tags", "الوسوم: العراق، الولايات المتحدة، الكاظمي"),
        (AL_ARABIYA, "copyright", "جميع الحقوق محفوظة © العربية 2021"),
        (YOUM7, "date-line", "الخميس، 09 سبتمبر 2021 02:15 م"),
        (YOUM7, "date-line", "منذ 3 ساعات"),
        (YOUM7, "counter", "1245 مشاهدة"),
        (YOUM7, "share-bar", "شارك"),
        (YOUM7, "share-bar", "تويتر فيسبوك واتساب"),
        (YOUM7, "related-link", "اقرأ أيضا: الأهلي يتعاقد مع مدافع جديد قبل انطلاق الموسم"),
        (YOUM7, "newsletter", "اشترك في النشرة البريدية ليصلك ملخص الأخبار يوميا"),
        (YOUM7, "promo", "لمزيد من الأخبار اضغط هنا"),
        (HESPRESS, "date-line", "نشر في 9 سبتمبر 2021 الساعة 10:20"),
        (HESPRESS, "media", "الصورة: وزير الخارجية ناصر بوريطة - أرشيف"),
        (HESPRESS, "tweet-embed", "pic.twitter.com/AbCdEf12"),
        (HESPRESS, "tweet-embed", "— Nasser Bourita (@NasserBourita) September 9, 2021"),
        (HESPRESS, "related-link", "قد يهمك"),
        (HESPRESS, "related-link", "الحكومة تصادق على مشروع قانون المالية"),
        (HESPRESS, "counter", "5 تعليقات"),
        (HESPRESS, "share-bar", "شارك"),
        (HESPRESS, "follow-us", "تابعنا على فيسبوك"),
        (ALWEEAM, "link", "رابط الخبر بصحيفة الوئام: المقاومة تتقدم بالعطيف وتدحر المتمردين الحوثيين"),
        (OKAZ, "share-bar", "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك"),
        (ALJAZIRAH_COLUMN, "related-link", "مقالات أخرى للكاتببين العامي والفصيح"),
        (ALYOUM_TAGS, "tags", "سمات الملك سلمان بن عبدالعزيز حمد بن عيسى"),
        (ALYOUM_TAGS_RUN_IN, "tags", "سمات الملك سلمان بن عبدالعزيز حمد بن عيسى"),
        (SLIDER_AND_CONTACT, "media", "Next Previous"),
        (SLIDER_AND_CONTACT, "promo", "aaljamili@yahoo.comللتواصل مع الكاتب"),
        (ALRIYADH_POLL, "embed", "#vote_area2 ul { padding: 0; margin: 0; }"),
    ],
)
def test_furniture_is_removed_with_its_reason(page: str, reason: str, piece: str) -> None:
    article = clean_article(Article(id="page", text="", extracted=page))
    assert any(r.reason == reason and r.text.startswith(piece) for r in article.removed), article.removed
    assert not any(paragraph.startswith(piece) for paragraph in article.text.split("\n\n"))


@pytest.mark.parametrize(
    ("page", "content"),
    [
        (AL_ARABIYA, "دبي - العربية.نت"),  # dateline
        (AL_ARABIYA, "مشيراً إلى أن القرار اتخذ بالتنسيق مع الحكومة في بغداد."),  # rejoined
        (AL_ARABIYA, "وشارك في الاجتماع وزير الدفاع العراقي ورئيس أركان الجيش."),  # شارك in a sentence
        (YOUM7, "اليوم الخميس 9 سبتمبر 2021، جدول مباريات"),  # a date inside a sentence
        (YOUM7, "الجمعة 10 سبتمبر\n\nالأهلي ضد الزمالك في الساعة 8 مساء."),  # a date heading in the body
        (YOUM7, "السبت 11 سبتمبر"),
        (YOUM7, "وقال رئيس الاتحاد إن الأندية شاركت في وضع الجدول"),
        (HESPRESS, "هسبريس - محمد الراجي"),
        # "نشر في" opening a sentence
        (HESPRESS, "نشر في الجريدة الرسمية، اليوم الخميس 9 سبتمبر 2021، مرسوم"),
        # the tweet says something the article does not: its text stays, its link and attribution go
        (HESPRESS, "أن المغرب يرحب بالحوار مع جميع الشركاء"),
        (HESPRESS, "وتابع الوزير عبر حسابه على تويتر تطورات الملف"),  # reported speech, not "follow us"
        (ALWEEAM, "وسيطرت على بعض مواقعهم في المنطقة ."),  # the paragraph the link ended
        (ALJAZIRAH_COLUMN, "النتيجة في المحصلة واحدة. إلى اللقاء"),  # the column's last words
        (OKAZ, "أكد نائب خادم الحرمين الشريفين أن كل من يحاول"),  # the first sentence, from its first word
        (OKAZ, "وشارك عبر تويتر في حملة التبرع بالدم"),  # one network: a sentence
        (SLIDER_AND_CONTACT, "عين اليوم – باكستان"),
        (ALYOUM_TAGS, "سمات القائد في الأزمات"),
        (ALYOUM_TAGS_RUN_IN, "سمات القائد في الأزمات كثيرة، ومنها الحكمة."),
        (ALYOUM_TAGS_RUN_IN, "للملك على مشاعره النبيلة."),
        (ALRIYADH_POLL, "{وكلوا واشربوا ولا تسرفوا إنه لا يحب المسرفين}، وهي قاعدة في الإفطار."),
        (ALRIYADH_POLL, "ما النوع الذي تفضله وإلى أي جانب أنت؟"),
    ],
)
def test_content_around_the_furniture_stays(page: str, content: str) -> None:
    assert content in clean_article(Article(id="page", text="", extracted=page)).text


@pytest.mark.parametrize(
    "page",
    [AL_ARABIYA, YOUM7, HESPRESS, ALWEEAM, OKAZ, SLIDER_AND_CONTACT, ALYOUM_TAGS, ALYOUM_TAGS_RUN_IN, ALRIYADH_POLL],
)
def test_every_character_is_kept_or_recorded(page: str, accounted: Callable[[Article], None]) -> None:
    accounted(clean_article(Article(id="page", text="", extracted=page)))


def test_a_polls_code_and_answers_are_not_the_articles() -> None:
    text = clean_article(Article(id="page", text="", extracted=ALRIYADH_POLL)).text
    assert "jQuery" not in text and "padding" not in text and "لا أكترث" not in text
    assert text.endswith("ما النوع الذي تفضله وإلى أي جانب أنت؟")


def test_hespress_page_reads_as_the_article_alone() -> None:
    article = clean_article(Article(id="page", text="", extracted=HESPRESS))
    assert article.text.split("\n\n") == [
        "هسبريس - محمد الراجي",
        "نشر في الجريدة الرسمية، اليوم الخميس 9 سبتمبر 2021، مرسوم يحدد موعد الانتخابات التشريعية.",
        "وكتب وزير الخارجية على حسابه في تويتر أن المغرب يرحب بالحوار مع جميع الشركاء",
        "وتابع الوزير عبر حسابه على تويتر تطورات الملف، وفق ما أوردته وسائل إعلام محلية.",
    ]
