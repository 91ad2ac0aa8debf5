"""The words around a figure: currencies, units, the nouns that figures count (troops, the killed, the
wounded, refugees…), and the words before a number that make it a label, not a quantity (``المادة 51``).

Plain Arabic as published; :mod:`marsad.extract.quantities` and :mod:`marsad.analyze.claims` key them.
"""

from __future__ import annotations

# Counted nouns that name the same kind of thing, as bare keys (no article, no proclitic). Source: the
# counted nouns of the demo corpus and of SaudiNewsNet's figures (the same reading as ``_COUNTABLE`` in
# extract/quantities).
COUNTED_KINDS = {
    "troops": "قوات قوة جندي جنود عسكري عسكريين عسكريون مقاتل مقاتلين مقاتلون عنصر عناصر",
    "killed": "قتلى قتيل ضحايا ضحية وفيات", "wounded": "جرحى جريح مصاب مصابين مصابون إصابات إصابة",
    "aircraft": "طائرة طائرات مسيرة مسيرات",
    "refugees": "لاجئ لاجئين لاجئون نازح نازحين نازحون مهاجر مهاجرين",
    "people": "شخص أشخاص مواطن مواطنين مواطنون مدنيين مدنيون سكان",
}

# What befell the people a figure counts, by the words of its clause: ``مقتل 3 من عناصر الميليشيات`` and ``أسر
# سبعة من عناصر الميليشيا`` count members of one kind, killed and captured (two facts, not outlets differing:
# SaudiNewsNet 2015-07-27).
FATES = {
    "killed": "قتل مقتل قتلى قتيل مصرع مصرعهم مصرعه حتفهم حتفه استشهاد استشهد شهداء",
    "wounded": "إصابة أصيب أصيبوا إصابات جرحى جريح جرح مصابين",
    "captured": "أسر أسرى اعتقال اعتقل اعتقلت القبض ضبط توقيف",
}

# Units of measure: what they count may be fractional (``12.345 كيلومتر``, ``45.5 درجة``), so a dot in their
# figure is a decimal point, never a thousands mark. Singular, plural and accusative forms as news writes them.
MEASURE_UNITS = (
    "كيلومتر كيلومترا كيلومترات كم متر مترا أمتار سنتيمتر ميل ميلا أميال طن طنا أطنان كيلوغرام كيلوجرام كيلو "
    "كغ غرام جرام لتر لترا لترات برميل برميلا براميل هكتار هكتارا دونم دونما درجة درجات ميغاواط ميجاوات "
    "كيلوواط قدم أقدام بوصة عقدة نقطة نقاط"
)


# Currency words by currency: singular, accusative, plural, with the article. Source: ISO 4217 and the
# currency names central banks of the region publish.
CURRENCIES = {
    "دولار": "دولار دولارا دولاراً دولارات الدولارات الدولار", "يورو": "يورو اليورو",
    "ريال": "ريال ريالا ريالاً ريالات الريالات", "جنيه": "جنيه جنيها جنيهاً جنيهات الجنيهات",
    "دينار": "دينار دينارا ديناراً دنانير الدنانير", "درهم": "درهم درهما درهماً دراهم الدراهم",
    "ليرة": "ليرة ليرات الليرات",
}


# The ISO 4217 code of each currency by the nationality adjective that names its country.
CURRENCY_COUNTRIES = {
    "دولار": {"أمريكي": "USD", "أميركي": "USD", "كندي": "CAD", "أسترالي": "AUD"},
    "ريال": {"سعودي": "SAR", "قطري": "QAR", "عماني": "OMR", "يمني": "YER", "إيراني": "IRR", "برازيلي": "BRL"},
    "جنيه": {"مصري": "EGP", "إسترليني": "GBP", "استرليني": "GBP", "سوداني": "SDG"},
    "دينار": {"عراقي": "IQD", "كويتي": "KWD", "أردني": "JOD", "بحريني": "BHD", "ليبي": "LYD",
              "تونسي": "TND", "جزائري": "DZD"},
    "درهم": {"إماراتي": "AED", "مغربي": "MAD"},
    "ليرة": {"لبنانية": "LBP", "سورية": "SYP", "تركية": "TRY"},
}

# Words before a figure that make it an identifier, not a quantity. A military unit's number is its name
# (``اللواء 33 مدرع``، ``الفرقة 30``: SaudiNewsNet 2015-08-11, three Yemeni brigades were a story's figures);
# ``اللواء`` the rank goes before a name, never before a number.
IDENTIFIER_NOUNS = (
    "رقم المادة القرار الفقرة البند الصفحة الفصل الطريق الدورة النسخة الإصدار الطراز موديل الجولة المرحلة "
    "العدد القانون المرسوم الكتاب الملف الحلقة اللواء لواء الفرقة الكتيبة الفوج فوج الواجب "
    # a model's maker or letter spelled in Arabic before its number (``مقاتلات «إف 16»``، ``طائرات (اف 16)``: the
    # F-16 was a figure of 16 in three stories of SaudiNewsNet 2015-08-02; ``سي 130``، ``ميغ 29``، ``بوينغ 747``)
    "إف اف سي بي ميغ ميج سوخوي بوينغ بوينج إيرباص ايرباص"
)
# Those whose number is still theirs when written in brackets or after a series letter (``المادة (20)``، ``رقم
# ( أ / 90 )``): a session's or a round's bracketed figure counts something (``خلال هذه الدورة (1053) عضوا``).
NUMBERED_IN_BRACKETS = "رقم الرقم المادة القرار الفقرة البند المرسوم"
# Words right after a figure that make it a clock time (``0937 بتوقيت جرينتش``، ``الساعة 1347 ت غ``), not a
# quantity: the wires' price reports give the time of each reading, and outlets reading at other times were
# shown as disagreeing on ``بتوقيت جرينتش`` (SaudiNewsNet 2015-08-04).
CLOCK_AFTER = "بتوقيت توقيت ت.غ جرينتش غرينتش GMT"

# Nouns news copy counts (soldiers, forces, casualties, refugees, weapons ...), without the article: the
# antecedent of ``عددها`` is the nearest of these before it. Source: the counted nouns of the demo corpus
# and of SaudiNewsNet's figures, read by hand.
COUNTABLE_NOUNS = (
    "قوات جنود جندي عسكريين مقاتلين مقاتل عناصر قتلى ضحايا جرحى مصابين إصابات لاجئين نازحين مهاجرين "
    "معتقلين أسرى سكان مواطنين أشخاص طائرات صواريخ دبابات سفن مدنيين خبراء مستشارين موظفين عمال طلاب "
    "حالات وفيات"
)


# The markets a day's market reports are about, each with the words that name it in a headline (definite
# forms only: ``ذهب`` is also "went", ``دولار`` the unit of a price). Two reports of the same days whose
# headlines are about different markets are two stories, however alike their wording (``برنت قرب أدنى مستوى
# في 4 أشهر`` and ``الدولار الأسترالي يهبط لأدنى مستوى في 6 سنوات``: cluster/places.py).
MARKETS = {
    "النفط": ("النفط", "برنت", "الخام", "نايمكس", "الغاز الطبيعي"),
    "الذهب": ("الذهب", "الفضة", "المعادن النفيسة", "البلاتين"),
    "العملات": ("الدولار", "اليورو", "الين", "الإسترليني", "الاسترليني", "العملات", "الروبل", "اليوان", "الفرنك"),
    "الأسهم": ("الأسهم", "أسهم", "المؤشر", "مؤشر", "البورصة", "بورصة", "داو جونز", "ناسداك", "نيكي", "الأسواق المالية",
               "السوق المالية", "تاسي"),
    "الحبوب": ("القمح", "الذرة", "البن", "الكاكاو"),
}
