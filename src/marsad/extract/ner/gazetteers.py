"""Hand-written name lists and trigger words for Arabic entity recognition.

The lists complement the statistical tagger: its training data (NewsFANE, the ANERcorp text of 2006-2007)
predates names that fill today's news (``داعش``، ``الحشد الشعبي``) and writes without hamza, so the
tagger sees these lists as features and :func:`marsad.extract.entities.recognize_entities` also matches
them directly. They hold general world knowledge only — countries, capitals and large cities, regions,
major international and Arab-world organizations, news agencies and outlets — never names picked from a
test corpus. Spelling variants that :func:`marsad.text.normalize_key` does not fold (``أمريكا``/``أميركا``,
``غ``/``ج`` for a foreign G) are listed side by side.

Everything is matched on keys (:func:`marsad.text.normalize_key`), so hamza, teh marbuta and alef maqsura
forms need not be listed twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from marsad.text import normalize_key

__all__ = [
    "FIRST_NAMES",
    "GAZETTEER",
    "GAZETTEER_MATCHER",
    "LOC_TRIGGERS",
    "ORG_TRIGGERS",
    "PER_TITLES",
    "RANK_TITLES",
    "Alias",
    "PhraseMatcher",
    "alias_table",
]

# Words that are also common nouns or adjectives (``مالي`` financial, ``حماس`` zeal, ``قنا`` the
# Egyptian city as well as the Qatari agency) are left out and left to the tagger.
# Sovereign states: the 22 members of the Arab League, then UN member states that Arabic news names
# often, in their usual Arabic news spellings (Arabic Wikipedia's "قائمة الدول ذات السيادة").
_COUNTRIES = (
    "العراق", "سوريا", "سورية", "لبنان", "الأردن", "فلسطين", "مصر", "السعودية", "المملكة العربية السعودية",
    "الإمارات", "الإمارات العربية المتحدة", "قطر", "البحرين", "الكويت", "عمان", "سلطنة عمان", "اليمن",
    "ليبيا", "تونس", "الجزائر", "المغرب", "موريتانيا", "السودان", "الصومال", "جيبوتي", "جزر القمر",
    "الولايات المتحدة", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "أمريكا", "أميركا",
    "إيران", "تركيا", "إسرائيل", "روسيا", "الصين", "اليابان", "الهند", "باكستان", "أفغانستان",
    "بريطانيا", "المملكة المتحدة", "فرنسا", "ألمانيا", "إيطاليا", "إسبانيا", "البرتغال", "اليونان",
    "هولندا", "بلجيكا", "سويسرا", "النمسا", "السويد", "النرويج", "الدنمارك", "فنلندا", "بولندا",
    "أوكرانيا", "كندا", "المكسيك", "البرازيل", "الأرجنتين", "فنزويلا", "كوبا", "أستراليا", "إندونيسيا",
    "ماليزيا", "كوريا الجنوبية", "كوريا الشمالية", "إثيوبيا", "إريتريا", "كينيا", "نيجيريا", "تشاد",
    "النيجر", "جنوب أفريقيا", "جنوب السودان", "أذربيجان", "أرمينيا", "جورجيا", "كازاخستان",
    "أوزبكستان", "طاجيكستان", "تركمانستان", "بنغلاديش", "سريلانكا", "فيتنام", "تايلاند", "الفلبين",
    "قبرص", "مالطا", "رومانيا", "بلغاريا", "صربيا", "المجر", "التشيك", "بيلاروسيا", "تايوان",
    # The other UN member states (and the United Kingdom's nations, named as such in sports news), in the
    # usual Arabic news spellings, with common variants side by side; ``بنين`` (also "sons") is left out.
    "أيرلندا", "إيرلندا", "جمهورية أيرلندا", "أيسلندا", "آيسلندا", "لوكسمبورغ", "لوكسمبورج", "ليختنشتاين",
    "موناكو", "أندورا", "سان مارينو", "الفاتيكان", "سلوفينيا", "سلوفاكيا", "كرواتيا", "البوسنة",
    "البوسنة والهرسك", "الجبل الأسود", "مقدونيا", "مقدونيا الشمالية", "ألبانيا", "كوسوفو", "مولدوفا",
    "مولدافيا", "ليتوانيا", "لاتفيا", "إستونيا", "استونيا", "جمهورية التشيك", "إنجلترا", "انجلترا",
    "إنكلترا", "اسكتلندا", "إسكتلندا", "ويلز", "قيرغيزستان", "منغوليا", "نيبال", "بوتان", "ميانمار",
    "بورما", "لاوس", "كمبوديا", "سنغافورة", "بروناي", "تيمور الشرقية", "المالديف", "جزر المالديف",
    "نيوزيلندا", "نيوزيلاندا", "بابوا غينيا الجديدة", "فيجي", "تشيلي", "تشيلى", "بيرو", "كولومبيا",
    "الإكوادور", "بوليفيا", "باراغواي", "باراجواي", "الأوروغواي", "أوروغواي", "الأوروجواي", "غيانا",
    "سورينام", "بنما", "كوستاريكا", "نيكاراغوا", "نيكاراجوا", "هندوراس", "السلفادور", "غواتيمالا",
    "جواتيمالا", "بليز", "جامايكا", "هايتي", "الدومينيكان", "جمهورية الدومينيكان", "ترينيداد وتوباغو",
    "الباهاماس", "السنغال", "غامبيا", "غينيا", "غينيا بيساو", "غينيا الاستوائية", "سيراليون", "ليبيريا",
    "ساحل العاج", "كوت ديفوار", "غانا", "توغو", "بوركينا فاسو", "الكاميرون", "الغابون", "الكونغو",
    "الكونغو الديمقراطية", "جمهورية الكونغو الديمقراطية", "أفريقيا الوسطى", "جمهورية أفريقيا الوسطى",
    "رواندا", "بوروندي", "أوغندا", "تنزانيا", "ملاوي", "مالاوي", "زامبيا", "زيمبابوي", "موزمبيق",
    "موزامبيق", "أنغولا", "أنجولا", "ناميبيا", "بوتسوانا", "ليسوتو", "إسواتيني", "سوازيلاند", "مدغشقر",
    "موريشيوس", "سيشل", "الرأس الأخضر", "ساو تومي وبرينسيب",
)

# Capitals and large cities of the Arab world, then world capitals common in Arabic news (same source).
_CITIES = (
    "بغداد", "البصرة", "الموصل", "أربيل", "كركوك", "النجف", "كربلاء", "الفلوجة", "الرمادي", "السليمانية",
    "تكريت", "دمشق", "حلب", "حمص", "إدلب", "اللاذقية", "دير الزور", "الرقة", "بيروت", "طرابلس", "صيدا",
    "عمان", "القدس", "رام الله", "غزة", "الخليل", "نابلس", "جنين", "القاهرة", "الإسكندرية", "الرياض",
    "جدة", "مكة", "مكة المكرمة", "المدينة المنورة", "الدمام", "أبوظبي", "أبو ظبي", "دبي", "الشارقة",
    "الدوحة", "المنامة", "مسقط", "صنعاء", "عدن", "الحديدة", "تعز", "مأرب", "الخرطوم", "تونس العاصمة",
    "الجزائر العاصمة", "الرباط", "الدار البيضاء", "نواكشوط", "مقديشو", "بنغازي", "مصراتة",
    "واشنطن", "نيويورك", "لندن", "باريس", "برلين", "موسكو", "بكين", "طوكيو", "طهران", "أنقرة",
    "إسطنبول", "اسطنبول", "تل أبيب", "كابول", "إسلام آباد", "نيودلهي", "روما", "مدريد", "بروكسل",
    "جنيف", "فيينا", "كييف", "أوتاوا", "ستوكهولم", "أثينا", "القاهرة الجديدة",
    # Other capitals, and large Arab-world cities, in their usual news spellings. Cities that are also the
    # names of famous football clubs (``برشلونة``، ``ليفربول``، ``ميلانو``) are left out: in sports news they
    # name the club, and listed names win over the tagger.
    "دبلن", "لشبونة", "وارسو", "براغ", "بودابست", "بوخارست", "بلغراد", "زغرب", "سراييفو", "ليوبليانا",
    "براتيسلافا", "تالين", "ريغا", "فيلنيوس", "مينسك", "تبليسي", "يريفان", "باكو", "طشقند", "أستانا",
    "بيشكيك", "دوشنبه", "عشق آباد", "كاتماندو", "دكا", "كولومبو", "هانوي", "بانكوك", "مانيلا", "جاكرتا",
    "كوالالمبور", "كوالا لمبور", "سيول", "بيونغ يانغ", "كانبيرا", "أوسلو", "كوبنهاغن", "كوبنهاجن",
    "هلسنكي", "أمستردام", "لاهاي", "برن", "مكسيكو", "هافانا", "كاراكاس", "بوغوتا", "ليما",
    "بوينس آيرس", "برازيليا", "أديس أبابا", "نيروبي", "أسمرة", "كمبالا", "كيغالي", "دار السلام", "لواندا",
    "كينشاسا", "أبوجا", "لاغوس", "أكرا", "داكار", "باماكو", "نيامي", "نجامينا", "انجامينا", "ياوندي",
    "هراري", "لوساكا", "بريتوريا", "جوهانسبرغ", "كيب تاون", "شنغهاي", "هونغ كونغ", "سيدني", "تورنتو",
    "لوس أنجلوس", "لوس أنجليس", "شيكاغو", "سان فرانسيسكو", "فرانكفورت", "زيوريخ", "ستراسبورغ", "دافوس",
    "كراتشي", "لاهور", "مومباي", "كلكتا", "إزمير", "أصفهان", "تبريز", "شيراز", "الطائف", "أبها",
    "تبوك", "بريدة", "الجبيل", "نجران", "جازان", "جيزان", "القطيف", "الأحساء",
    "العقبة", "إربد", "طرطوس", "القامشلي", "الحسكة", "منبج", "الأقصر", "أسوان",
    "بورسعيد", "بور سعيد", "السويس", "الإسماعيلية", "طنطا", "المنصورة", "الزقازيق", "أسيوط", "المنيا",
    "فاس", "مراكش", "طنجة", "مكناس", "أغادير", "وجدة", "تطوان", "وهران", "قسنطينة", "عنابة", "صفاقس",
    "سوسة", "القيروان", "بنزرت", "سبها", "درنة", "أم درمان", "بورتسودان", "الفاشر", "نيالا",
    "المكلا", "صعدة", "صلالة", "حضرموت",
)

# Regions, provinces and areas that are names in themselves (not countries or cities).
_REGIONS = (
    "الشرق الأوسط", "الخليج", "الخليج العربي", "الخليج الفارسي", "شمال أفريقيا", "أوروبا", "آسيا",
    "أفريقيا", "إفريقيا", "أمريكا اللاتينية", "أميركا اللاتينية", "كردستان", "إقليم كردستان",
    "كردستان العراق", "الأنبار", "نينوى", "ديالى", "صلاح الدين", "الضفة الغربية", "قطاع غزة",
    "سيناء", "الجولان", "البحر الأحمر", "البحر المتوسط", "البحر الأبيض المتوسط", "المحيط الهندي",
    "دارفور", "القرم", "دونباس",
)

# International and Arab-world organizations and state bodies named in nearly every day's news.
_ORGANIZATIONS = (
    "الأمم المتحدة", "منظمة الأمم المتحدة", "مجلس الأمن", "مجلس الأمن الدولي", "الجمعية العامة للأمم المتحدة",
    "جامعة الدول العربية", "الجامعة العربية", "الاتحاد الأوروبي", "الاتحاد الأفريقي", "حلف شمال الأطلسي",
    "حلف الناتو", "الناتو", "منظمة التعاون الإسلامي", "مجلس التعاون الخليجي", "مجلس التعاون لدول الخليج العربية",
    "صندوق النقد الدولي", "البنك الدولي", "منظمة الصحة العالمية", "منظمة التجارة العالمية", "أوبك",
    "منظمة أوبك", "اليونسكو", "اليونيسف", "الصليب الأحمر", "اللجنة الدولية للصليب الأحمر",
    "الوكالة الدولية للطاقة الذرية", "المحكمة الجنائية الدولية", "محكمة العدل الدولية",
    "البيت الأبيض", "البنتاغون", "البنتاجون", "الكونغرس", "الكونجرس", "الكرملين", "وزارة الدفاع الأمريكية",
    "وزارة الدفاع الأميركية", "وزارة الخارجية الأمريكية", "وزارة الخارجية الأميركية",
    "القيادة المركزية الأمريكية", "القيادة المركزية الأميركية", "وكالة المخابرات المركزية",
    "التحالف الدولي", "داعش", "تنظيم داعش", "تنظيم الدولة", "تنظيم الدولة الإسلامية", "تنظيم القاعدة",
    "حزب الله", "حركة حماس", "حركة فتح", "طالبان", "حركة طالبان", "الإخوان المسلمين",
    "جماعة الإخوان المسلمين", "الحوثيين", "جماعة الحوثي", "الحشد الشعبي", "هيئة الحشد الشعبي",
    "الحرس الثوري", "الحرس الثوري الإيراني", "البيشمركة", "قوات سوريا الديمقراطية", "هيئة تحرير الشام",
)

# News agencies (wire services) and outlets, with the acronyms they sign with. Ambiguous outlet names that
# are also common words (``الجزيرة`` island, ``العربية`` Arabic, ``الحياة`` life) are listed only with the
# word that disambiguates them (``قناة الجزيرة``).
_MEDIA = (
    "رويترز", "وكالة رويترز", "فرانس برس", "وكالة فرانس برس", "أ ف ب", "أسوشيتد برس", "أسوشيتيد برس",
    "وكالة أسوشيتد برس", "الأناضول", "وكالة الأناضول", "بلومبرغ", "بلومبيرغ", "شينخوا", "تاس", "إنترفاكس",
    "وكالة الأنباء العراقية", "واع", "وكالة الأنباء السعودية", "واس", "وكالة أنباء الإمارات", "وام",
    "وكالة الأنباء القطرية", "وكالة الأنباء الكويتية", "كونا", "وكالة أنباء الشرق الأوسط",
    "وكالة الأنباء الأردنية", "وكالة الأنباء السورية", "سانا", "وكالة الأنباء الفلسطينية",
    "وكالة الأنباء الإيرانية", "إرنا", "وكالة تسنيم", "وكالة فارس", "وكالة الأنباء الألمانية",
    "قناة الجزيرة", "الجزيرة نت", "قناة العربية", "العربية نت", "سكاي نيوز عربية", "الميادين",
    "قناة الميادين", "العين الإخبارية", "بي بي سي", "هيئة الإذاعة البريطانية", "سي إن إن", "فوكس نيوز",
    "نيويورك تايمز", "واشنطن بوست", "وول ستريت جورنال", "الغارديان", "فايننشال تايمز", "لوموند",
    "صحيفة الشرق الأوسط", "القدس العربي", "الأهرام", "دويتشه فيله",
)

# Given names, as a feature for the tagger only (a first name is strong evidence that a name starts, but
# many are also words: ``أمل`` hope, ``سعيد`` happy). Source: the commonest Arabic given names (lists of
# frequent names in Arab civil registries as reported by Arabic Wikipedia's "أسماء عربية") and the
# Western given names most often transliterated in Arabic news, in their usual spellings.
FIRST_NAMES: frozenset[str] = frozenset(
    normalize_key(n)
    for n in (
        "محمد", "أحمد", "محمود", "مصطفى", "علي", "حسن", "حسين", "عمر", "عثمان", "خالد", "عبد", "عبدالله",
        "عبدالرحمن", "عبدالعزيز", "إبراهيم", "يوسف", "يحيى", "موسى", "عيسى", "إسماعيل", "سليمان", "داود",
        "صالح", "سعيد", "سعد", "فهد", "فيصل", "سلمان", "ناصر", "منصور", "طارق", "زياد", "وليد", "هشام",
        "هاني", "سامي", "سمير", "عادل", "جمال", "كمال", "نبيل", "رامي", "ماجد", "حمد", "حامد", "جاسم",
        "قاسم", "كاظم", "جعفر", "عباس", "حيدر", "مهدي", "هادي", "نوري", "فؤاد", "تحسين", "إياد", "أياد",
        "مقتدى", "عمار", "ياسر", "بشار", "حافظ", "رفيق", "سعود", "نايف", "بندر", "تركي", "زايد", "راشد",
        "مروان", "عماد", "رياض", "غسان", "نزار", "وائل", "أنور", "أنس", "أسامة", "إسحاق", "يعقوب", "نجيب",
        "فاطمة", "عائشة", "مريم", "زينب", "خديجة", "سارة", "ليلى", "هدى", "نادية", "رانيا", "منى",
        "جورج", "جون", "جو", "جيمس", "مايكل", "ديفيد", "دونالد", "باراك", "هيلاري", "أنتوني", "كينيث",
        "فرانك", "ماثيو", "بول", "بيتر", "مارك", "روبرت", "ريتشارد", "وليام", "توماس", "كريستوفر", "لويد",
        "مايك", "ستيفن", "إيمانويل", "فلاديمير", "سيرغي", "رجب", "بنيامين", "نفتالي", "أنطونيو",
        "أنجيلا", "تيريزا", "بوريس", "كامالا", "جيك", "نيكولا", "شارل", "جان", "بيير", "فرانسوا",
    )
)

GAZETTEER: dict[str, str] = {
    **{normalize_key(n): "LOC" for n in (*_COUNTRIES, *_CITIES, *_REGIONS)},
    **{normalize_key(n): "ORG" for n in (*_ORGANIZATIONS, *_MEDIA)},
}
"""Name key -> entity type, for every listed name."""

# Titles and offices that introduce a person (``الرئيس X``، ``وزير الخارجية X``). Source: the titles
# used in Arabic news datelines and bylines (ranks of Arab armies, state offices, religious and courtesy
# titles), written as keys without the article where both forms occur.
PER_TITLES: frozenset[str] = frozenset(
    normalize_key(t)
    for t in (
        "رئيس", "الرئيس", "رئيسة", "الرئيسة", "وزير", "الوزير", "وزيرة", "الوزيرة", "نائب", "النائب",
        "قائد", "القائد", "المتحدث", "متحدث", "الناطق", "ناطق", "المتحدثة", "مستشار", "المستشار",
        "السفير", "سفير", "السفيرة", "المبعوث", "مبعوث", "الأمين", "أمين", "مدير", "المدير", "مديرة",
        "الملك", "ملك", "الأمير", "أمير", "ولي", "السلطان", "الشيخ", "السيد", "السيدة", "الدكتور", "د",
        "المرشد", "الإمام", "البابا", "القاضي", "المدعي", "محافظ", "المحافظ", "عضو", "زعيم", "الزعيم",
        "رئيسا", "المفوض", "مفوض", "المنسق", "منسق", "الممثل", "ممثل", "مساعد", "المساعد", "وكيل",
        "عمدة", "حاكم", "الحاكم", "المستشارة", "مسؤول", "المسؤول", "النائبة", "العاهل",
    )
)

# Military and police ranks (Arab armies use the same ladder): a rank alone is a title, and it is not
# evidence of *which* office a person holds when resolving people with the same surname.
RANK_TITLES: frozenset[str] = frozenset(
    normalize_key(t)
    for t in (
        "الجنرال", "جنرال", "المشير", "الفريق", "فريق", "الفريق أول", "اللواء", "لواء", "العميد", "عميد",
        "العقيد", "عقيد", "المقدم", "مقدم", "الرائد", "رائد", "النقيب", "نقيب", "الأدميرال", "الأميرال",
    )
)

# Head nouns that open an organization name (``وزارة الدفاع``، ``وكالة الأنباء``).
ORG_TRIGGERS: frozenset[str] = frozenset(
    normalize_key(t)
    for t in (
        "وزارة", "وكالة", "صحيفة", "جريدة", "مجلة", "قناة", "إذاعة", "شركة", "جامعة", "حزب", "حركة",
        "منظمة", "هيئة", "مجلس", "قيادة", "تنظيم", "جماعة", "جيش", "قوات", "بنك", "مصرف", "لجنة", "اتحاد",
        "جمعية", "محكمة", "برلمان", "مؤسسة", "مكتب", "فيلق", "جبهة", "ائتلاف", "تحالف", "مركز", "معهد",
        "الأمم", "البنك", "الجيش", "الحرس", "البرلمان", "التحالف", "الحكومة", "حكومة", "كتائب", "سرايا",
    )
)

# Head nouns that open a place or facility name (``قاعدة عين الأسد``، ``إقليم كردستان``).
LOC_TRIGGERS: frozenset[str] = frozenset(
    normalize_key(t)
    for t in (
        "مدينة", "محافظة", "إقليم", "ولاية", "قاعدة", "مطار", "ميناء", "منطقة", "بلدة", "قرية", "نهر",
        "جزيرة", "بحر", "جبل", "شارع", "حي", "مخيم", "معبر", "العاصمة", "عاصمة", "قضاء", "ناحية", "وادي",
        "صحراء", "سهل", "مضيق", "خليج", "ساحة", "ميدان", "سجن", "مستشفى", "جسر",
    )
)


class PhraseMatcher:
    """Finds listed names (key -> type) in token sequences, longest match first."""

    def __init__(self, names: Mapping[str, str]) -> None:
        self._types = dict(names)
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for name in self._types:
            words = tuple(name.split())
            self._by_first.setdefault(words[0], []).append(words)
        for phrases in self._by_first.values():
            phrases.sort(key=len, reverse=True)

    @property
    def names(self) -> Mapping[str, str]:
        """The listed name keys and their types."""
        return self._types

    def match(self, first_forms: Sequence[Iterable[str]], keys: Sequence[str]) -> list[tuple[int, int, str]]:
        """Longest, leftmost matches of listed names in a token sequence.

        ``keys[i]`` is the key of token ``i``; ``first_forms[i]`` the keys token ``i`` may have when it
        opens a name (itself and its proclitic-stripped forms, so ``وبغداد`` opens ``بغداد``). Returns
        non-overlapping ``(start, end, type)`` token ranges, ``end`` exclusive.
        """
        found: list[tuple[int, int, str]] = []
        i = 0
        while i < len(keys):
            best: tuple[int, str] | None = None
            for form in first_forms[i]:
                for words in self._by_first.get(form, ()):
                    n = len(words)
                    if best is not None and n <= best[0]:
                        break
                    if tuple(keys[i + 1 : i + n]) == words[1:]:
                        best = (n, self._types[" ".join(words)])
                        break
            if best is None:
                i += 1
                continue
            found.append((i, i + best[0], best[1]))
            i += best[0]
        return found


GAZETTEER_MATCHER = PhraseMatcher(GAZETTEER)
"""Matcher over :data:`GAZETTEER`, as the tagger's features use it."""


@dataclass(frozen=True, slots=True)
class Alias:
    """One line of the alias table: a canonical name, its type, and the other names it goes by."""

    canonical: str
    type: str
    names: tuple[str, ...]


@cache
def alias_table() -> tuple[Alias, ...]:
    """The shipped alias table (``marsad/extract/data/aliases.tsv``), read once."""
    text = resources.files("marsad.extract").joinpath("data", "aliases.tsv").read_text(encoding="utf-8")
    table = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, kind, names = line.split("\t")
        table.append(Alias(canonical, kind, tuple(n for n in names.split("|") if n)))
    return tuple(table)
