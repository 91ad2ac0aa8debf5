"""Names and the words that introduce them: countries, cities, regions, organizations, news outlets, given
names, titles and offices, ranks, and the head nouns that open an organization's or a place's name.

Plain Arabic as news copy writes it (spelling variants that :func:`marsad.text.normalize_key` does not fold
are listed side by side); the stages key them. General world knowledge only, never names picked from a
test corpus. Used by the entity recognizer (:mod:`marsad.extract.ner.gazetteers` keys and matches them),
the quote attributor and cross-document resolution.
"""

from __future__ import annotations

# Words that are also common nouns or adjectives (``مالي`` financial, ``حماس`` zeal, ``قنا`` the
# Egyptian city as well as the Qatari agency) are left out and left to the tagger.
# Sovereign states: the 22 members of the Arab League, then UN member states that Arabic news names
# often, in their usual Arabic news spellings (Arabic Wikipedia's "قائمة الدول ذات السيادة").
COUNTRIES = (
    "العراق",
    "سوريا",
    "سورية",
    "لبنان",
    "الأردن",
    "فلسطين",
    "مصر",
    "السعودية",
    "المملكة العربية السعودية",
    "الإمارات",
    "الإمارات العربية المتحدة",
    "قطر",
    "البحرين",
    "الكويت",
    "عمان",
    "سلطنة عمان",
    "اليمن",
    "ليبيا",
    "تونس",
    "الجزائر",
    "المغرب",
    "موريتانيا",
    "السودان",
    "الصومال",
    "جيبوتي",
    "جزر القمر",
    "الولايات المتحدة",
    "الولايات المتحدة الأمريكية",
    "الولايات المتحدة الأميركية",
    "أمريكا",
    "أميركا",
    "إيران",
    "تركيا",
    "إسرائيل",
    "روسيا",
    "الصين",
    "اليابان",
    "الهند",
    "باكستان",
    "أفغانستان",
    "بريطانيا",
    "المملكة المتحدة",
    "فرنسا",
    "ألمانيا",
    "إيطاليا",
    "إسبانيا",
    "البرتغال",
    "اليونان",
    "هولندا",
    "بلجيكا",
    "سويسرا",
    "النمسا",
    "السويد",
    "النرويج",
    "الدنمارك",
    "فنلندا",
    "بولندا",
    "أوكرانيا",
    "كندا",
    "المكسيك",
    "البرازيل",
    "الأرجنتين",
    "فنزويلا",
    "كوبا",
    "أستراليا",
    "إندونيسيا",
    "ماليزيا",
    "كوريا الجنوبية",
    "كوريا الشمالية",
    "إثيوبيا",
    "إريتريا",
    "كينيا",
    "نيجيريا",
    "تشاد",
    "النيجر",
    "جنوب أفريقيا",
    "جنوب السودان",
    "أذربيجان",
    "أرمينيا",
    "جورجيا",
    "كازاخستان",
    "أوزبكستان",
    "طاجيكستان",
    "تركمانستان",
    "بنغلاديش",
    "سريلانكا",
    "فيتنام",
    "تايلاند",
    "الفلبين",
    "قبرص",
    "مالطا",
    "رومانيا",
    "بلغاريا",
    "صربيا",
    "المجر",
    "التشيك",
    "بيلاروسيا",
    "تايوان",
    # The other UN member states (and the United Kingdom's nations, named as such in sports news), in the
    # usual Arabic news spellings, with common variants side by side; ``بنين`` (also "sons") is left out.
    "أيرلندا",
    "إيرلندا",
    "جمهورية أيرلندا",
    "أيسلندا",
    "آيسلندا",
    "لوكسمبورغ",
    "لوكسمبورج",
    "ليختنشتاين",
    "موناكو",
    "أندورا",
    "سان مارينو",
    "الفاتيكان",
    "سلوفينيا",
    "سلوفاكيا",
    "كرواتيا",
    "البوسنة",
    "البوسنة والهرسك",
    "الجبل الأسود",
    "مقدونيا",
    "مقدونيا الشمالية",
    "ألبانيا",
    "كوسوفو",
    "مولدوفا",
    "مولدافيا",
    "ليتوانيا",
    "لاتفيا",
    "إستونيا",
    "استونيا",
    "جمهورية التشيك",
    "إنجلترا",
    "انجلترا",
    "إنكلترا",
    "اسكتلندا",
    "إسكتلندا",
    "ويلز",
    "قيرغيزستان",
    "منغوليا",
    "نيبال",
    "بوتان",
    "ميانمار",
    "بورما",
    "لاوس",
    "كمبوديا",
    "سنغافورة",
    "بروناي",
    "تيمور الشرقية",
    "المالديف",
    "جزر المالديف",
    "نيوزيلندا",
    "نيوزيلاندا",
    "بابوا غينيا الجديدة",
    "فيجي",
    "تشيلي",
    "تشيلى",
    "بيرو",
    "كولومبيا",
    "الإكوادور",
    "بوليفيا",
    "باراغواي",
    "باراجواي",
    "الأوروغواي",
    "أوروغواي",
    "الأوروجواي",
    "غيانا",
    "سورينام",
    "بنما",
    "كوستاريكا",
    "نيكاراغوا",
    "نيكاراجوا",
    "هندوراس",
    "السلفادور",
    "غواتيمالا",
    "جواتيمالا",
    "بليز",
    "جامايكا",
    "هايتي",
    "الدومينيكان",
    "جمهورية الدومينيكان",
    "ترينيداد وتوباغو",
    "الباهاماس",
    "السنغال",
    "غامبيا",
    "غينيا",
    "غينيا بيساو",
    "غينيا الاستوائية",
    "سيراليون",
    "ليبيريا",
    "ساحل العاج",
    "كوت ديفوار",
    "غانا",
    "توغو",
    "بوركينا فاسو",
    "الكاميرون",
    "الغابون",
    "الكونغو",
    "الكونغو الديمقراطية",
    "جمهورية الكونغو الديمقراطية",
    "أفريقيا الوسطى",
    "جمهورية أفريقيا الوسطى",
    "رواندا",
    "بوروندي",
    "أوغندا",
    "تنزانيا",
    "ملاوي",
    "مالاوي",
    "زامبيا",
    "زيمبابوي",
    "موزمبيق",
    "موزامبيق",
    "أنغولا",
    "أنجولا",
    "ناميبيا",
    "بوتسوانا",
    "ليسوتو",
    "إسواتيني",
    "سوازيلاند",
    "مدغشقر",
    "موريشيوس",
    "سيشل",
    "الرأس الأخضر",
    "ساو تومي وبرينسيب",
)

# Capitals and seats of government (with their other spellings), and the seats of international bodies that
# news names for them (the Security Council in ``نيويورك``, talks in ``جنيف``, the European Parliament in
# ``ستراسبورغ``), by the country they are in: Arabic news names a government by its capital (``واشنطن تدين``،
# ``أنقرة تدعو إلى اجتماع طارئ``) and an event's diplomacy by its venue, so each is a sign of its country but not
# of a local story (``cluster/places.py``). Jordan's and Libya's capitals are among CITIES_OF_TWO_COUNTRIES.
CAPITALS_BY_COUNTRY = {
    "العراق": ("بغداد",),
    "سوريا": ("دمشق",),
    "لبنان": ("بيروت",),
    "فلسطين": ("رام الله",),
    "إسرائيل": ("تل أبيب",),
    "مصر": ("القاهرة",),
    "السعودية": ("الرياض",),
    "الإمارات": ("أبوظبي", "أبو ظبي"),
    "قطر": ("الدوحة",),
    "البحرين": ("المنامة",),
    "سلطنة عمان": ("مسقط",),
    "اليمن": ("صنعاء",),
    "السودان": ("الخرطوم",),
    "تونس": ("تونس العاصمة",),
    "الجزائر": ("الجزائر العاصمة",),
    "المغرب": ("الرباط",),
    "موريتانيا": ("نواكشوط",),
    "الصومال": ("مقديشو",),
    "الولايات المتحدة": ("واشنطن", "نيويورك"),
    "بريطانيا": ("لندن",),
    "فرنسا": ("باريس", "ستراسبورغ"),
    "ألمانيا": ("برلين",),
    "روسيا": ("موسكو",),
    "الصين": ("بكين",),
    "اليابان": ("طوكيو",),
    "إيران": ("طهران",),
    "تركيا": ("أنقرة",),
    "أفغانستان": ("كابول",),
    "باكستان": ("إسلام آباد",),
    "الهند": ("نيودلهي",),
    "إيطاليا": ("روما",),
    "إسبانيا": ("مدريد",),
    "بلجيكا": ("بروكسل",),
    "سويسرا": ("برن", "جنيف", "دافوس"),
    "النمسا": ("فيينا",),
    "أوكرانيا": ("كييف",),
    "كندا": ("أوتاوا",),
    "السويد": ("ستوكهولم",),
    "اليونان": ("أثينا",),
    "أيرلندا": ("دبلن",),
    "البرتغال": ("لشبونة",),
    "بولندا": ("وارسو",),
    "التشيك": ("براغ",),
    "المجر": ("بودابست",),
    "رومانيا": ("بوخارست",),
    "صربيا": ("بلغراد",),
    "كرواتيا": ("زغرب",),
    "البوسنة": ("سراييفو",),
    "سلوفينيا": ("ليوبليانا",),
    "سلوفاكيا": ("براتيسلافا",),
    "إستونيا": ("تالين",),
    "لاتفيا": ("ريغا",),
    "ليتوانيا": ("فيلنيوس",),
    "بيلاروسيا": ("مينسك",),
    "جورجيا": ("تبليسي",),
    "أرمينيا": ("يريفان",),
    "أذربيجان": ("باكو",),
    "أوزبكستان": ("طشقند",),
    "كازاخستان": ("أستانا",),
    "قيرغيزستان": ("بيشكيك",),
    "طاجيكستان": ("دوشنبه",),
    "تركمانستان": ("عشق آباد",),
    "نيبال": ("كاتماندو",),
    "بنغلاديش": ("دكا",),
    "سريلانكا": ("كولومبو",),
    "فيتنام": ("هانوي",),
    "تايلاند": ("بانكوك",),
    "الفلبين": ("مانيلا",),
    "إندونيسيا": ("جاكرتا",),
    "ماليزيا": ("كوالالمبور", "كوالا لمبور"),
    "كوريا الجنوبية": ("سيول",),
    "كوريا الشمالية": ("بيونغ يانغ",),
    "أستراليا": ("كانبيرا",),
    "النرويج": ("أوسلو",),
    "الدنمارك": ("كوبنهاغن", "كوبنهاجن"),
    "فنلندا": ("هلسنكي",),
    "هولندا": ("أمستردام", "لاهاي"),
    "المكسيك": ("مكسيكو",),
    "كوبا": ("هافانا",),
    "فنزويلا": ("كاراكاس",),
    "كولومبيا": ("بوغوتا",),
    "بيرو": ("ليما",),
    "الأرجنتين": ("بوينس آيرس",),
    "البرازيل": ("برازيليا",),
    "إثيوبيا": ("أديس أبابا",),
    "كينيا": ("نيروبي",),
    "إريتريا": ("أسمرة",),
    "أوغندا": ("كمبالا",),
    "رواندا": ("كيغالي",),
    "تنزانيا": ("دار السلام",),
    "أنغولا": ("لواندا",),
    "الكونغو الديمقراطية": ("كينشاسا",),
    "نيجيريا": ("أبوجا",),
    "غانا": ("أكرا",),
    "السنغال": ("داكار",),
    "مالي": ("باماكو",),
    "النيجر": ("نيامي",),
    "تشاد": ("نجامينا", "انجامينا"),
    "الكاميرون": ("ياوندي",),
    "زيمبابوي": ("هراري",),
    "زامبيا": ("لوساكا",),
    "جنوب أفريقيا": ("بريتوريا",),
}
# Countries left out of COUNTRIES as common words, named only where a word of place stands before them: a
# preposition on them or before them, or a direction (``في وسط مالي``، ``بمالي``، ``شمال مالي``; ``دعم مالي`` is financial
# support). The Mali hostage-taking at Sévaré and the shelling of Damascus, told with one toll's words, were one story
# (SaudiNewsNet 2015-08-09): only Damascus was a country's.
# (The words of place: PLACE_WORDS_BEFORE_COUNTRY, after DIRECTIONS.)
COUNTRIES_AFTER_PLACE_WORDS = ("مالي",)
# Other large cities of the Arab world, then of the world, common in Arabic news (spelled as Arabic Wikipedia
# spells them, as COUNTRIES), by the country they are in (named as in COUNTRIES, or as Arabic news names it
# where COUNTRIES leaves the name out as a common word: ``مالي``). Story clustering tells two countries' news
# apart by them and by the capitals, and two places' news of one country apart by them (``cluster/places.py``).
CITIES_BY_COUNTRY = {
    "العراق": (
        "البصرة", "الموصل", "أربيل", "كركوك", "النجف", "كربلاء", "الفلوجة", "الرمادي", "السليمانية", "تكريت",
        "الكوت", "الديوانية", "السماوة", "بعقوبة", "سامراء", "بيجي", "دهوك", "هيت", "تلعفر", "سنجار", "الشرقاط",
        "خانقين", "جلولاء", "المقدادية", "زاخو", "طوز خورماتو",
    ),
    "سوريا": (
        "حلب", "حمص", "إدلب", "اللاذقية", "دير الزور", "الرقة", "طرطوس", "القامشلي", "الحسكة", "منبج", "درعا",
        "السويداء", "البوكمال", "جسر الشغور", "عفرين", "كوباني", "عين العرب", "جرابلس", "الزبداني", "داريا",
        "تل أبيض", "أعزاز", "مضايا", "خان شيخون", "معرة النعمان", "سراقب",
    ),
    "لبنان": ("صيدا", "بعلبك", "زحلة", "جونية", "عرسال", "النبطية", "الهرمل", "عكار", "بنت جبيل"),
    "الأردن": ("العقبة", "إربد", "الكرك", "السلط", "جرش", "مادبا", "المفرق", "الرمثا", "الطفيلة", "عجلون"),
    "فلسطين": (
        "غزة", "الخليل", "نابلس", "جنين", "بيت لحم", "طولكرم", "قلقيلية", "أريحا", "خان يونس", "بيت حانون",
        "دير البلح", "سلفيت", "طوباس",
    ),
    "مصر": (
        "الإسكندرية", "القاهرة الجديدة", "الأقصر", "أسوان", "بورسعيد", "بور سعيد", "السويس", "الإسماعيلية",
        "طنطا", "المنصورة", "الزقازيق", "أسيوط", "المنيا", "الجيزة", "دمياط", "الدقهلية", "المنوفية", "القليوبية",
        "كفر الشيخ", "الفيوم", "بني سويف", "سوهاج", "مرسى مطروح", "الغردقة", "شرم الشيخ", "العريش",
        "دمنهور", "المحلة الكبرى", "بنها", "حلوان",
    ),
    # Not the cities whose names are common words too (الخبر the news, الوجه the face, حقل a field, العلا,
    # ينبع it springs, طريف, شقراء, صبيا): a headline's word would make a place of it.
    "السعودية": (
        "جدة", "مكة", "مكة المكرمة", "المدينة المنورة", "الدمام", "الطائف", "أبها", "تبوك", "بريدة", "الجبيل",
        "نجران", "جازان", "جيزان", "القطيف", "الأحساء", "الخرج", "القريات", "حفر الباطن", "خميس مشيط", "عرعر",
        "سكاكا", "الظهران", "بيشة", "الدوادمي", "عنيزة", "الرس", "القنفذة", "محايل عسير", "النماص", "الزلفي",
        "شرورة", "رفحاء", "ضباء", "أملج", "رابغ", "الجموم", "خليص", "صامطة", "بلجرشي", "المخواة", "الأفلاج",
        "وادي الدواسر", "الخفجي", "النعيرية", "رأس تنورة", "بقيق", "القويعية", "الدرعية", "أبو عريش", "تنومة",
        "سراة عبيدة", "رجال ألمع", "ظهران الجنوب", "أحد رفيدة", "البكيرية", "الأسياح",
    ),
    "الإمارات": ("دبي", "الشارقة", "رأس الخيمة", "الفجيرة", "عجمان", "أم القيوين"),
    "الكويت": ("الجهراء",),
    "البحرين": ("المحرق",),
    "قطر": ("الوكرة",),
    "سلطنة عمان": ("صلالة", "صحار", "نزوى"),
    "اليمن": ("عدن", "الحديدة", "تعز", "مأرب", "المكلا", "صعدة", "حضرموت", "سيئون", "المخا", "ميدي", "رداع"),
    "السودان": ("أم درمان", "بورتسودان", "الفاشر", "نيالا", "كسلا", "ود مدني", "عطبرة", "كادقلي", "القضارف"),
    "تونس": (
        "صفاقس", "سوسة", "القيروان", "بنزرت", "القصرين", "قفصة", "قابس", "المنستير", "نابل", "جندوبة",
        "سيدي بوزيد", "مدنين", "توزر", "بن قردان",
    ),
    "الجزائر": (
        "وهران", "قسنطينة", "عنابة", "تيزي وزو", "سطيف", "باتنة", "بجاية", "تلمسان", "ورقلة", "غرداية", "البليدة",
        "بسكرة", "تمنراست", "الأغواط", "الشلف",
    ),
    "المغرب": (
        "الدار البيضاء", "فاس", "مراكش", "طنجة", "مكناس", "أغادير", "وجدة", "تطوان", "الحسيمة", "الناظور",
        "بني ملال", "آسفي", "الصويرة", "ورزازات",
    ),
    "ليبيا": (
        "بنغازي", "مصراتة", "سبها", "درنة", "أجدابيا", "طبرق", "غريان", "زوارة", "ترهونة", "بني وليد", "رأس لانوف",
        "البريقة",
    ),
    "الولايات المتحدة": ("لوس أنجلوس", "لوس أنجليس", "شيكاغو", "سان فرانسيسكو"),
    "ألمانيا": ("فرانكفورت",),
    "الصين": ("شنغهاي", "هونغ كونغ"),
    "إيران": ("أصفهان", "تبريز", "شيراز", "الأهواز", "الأحواز", "بندر عباس", "كرمانشاه"),
    "تركيا": (
        "إسطنبول", "اسطنبول", "إزمير", "ديار بكر", "دياربكر", "غازي عنتاب", "أضنة", "أنطاليا", "سروج", "أورفا",
        "شانلي أورفا", "قونية", "طرابزون",
    ),
    "باكستان": ("كراتشي", "لاهور", "بيشاور", "كويتا"),
    "أفغانستان": ("قندهار", "هرات", "مزار شريف", "جلال آباد", "قندوز"),
    "الهند": ("مومباي", "كلكتا"),
    "سويسرا": ("زيوريخ",),
    "كندا": ("تورنتو",),
    "أستراليا": ("سيدني",),
    "نيجيريا": ("لاغوس",),
    "جنوب أفريقيا": ("جوهانسبرغ", "كيب تاون"),
}
# Cities of two countries, or that two claim (``عمان`` is Amman and Oman, ``طرابلس`` Tripoli of Libya and of
# Lebanon, ``القدس``): places, but no sign of one country.
CITIES_OF_TWO_COUNTRIES = ("طرابلس", "عمان", "القدس")
CITIES = (
    *(city for by_country in (CAPITALS_BY_COUNTRY, CITIES_BY_COUNTRY) for cities in by_country.values() for city in cities),
    *CITIES_OF_TWO_COUNTRIES,
)

# Names of one country that do not fold to one key: long and short forms (``المملكة العربية السعودية``،
# ``السعودية``), names that share no word (``أمريكا``، ``الولايات المتحدة``) and spellings of a foreign g
# (``أنغولا``، ``أنجولا``). Story clustering reads each group as one country.
COUNTRIES_OF_MANY_NAMES = (
    ("الولايات المتحدة", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "أمريكا", "أميركا"),
    ("السعودية", "المملكة العربية السعودية"),
    ("الإمارات", "الإمارات العربية المتحدة"),
    ("بريطانيا", "المملكة المتحدة"),
    ("التشيك", "جمهورية التشيك"),
    ("أيرلندا", "إيرلندا", "جمهورية أيرلندا"),
    ("البوسنة", "البوسنة والهرسك"),
    ("الكونغو الديمقراطية", "جمهورية الكونغو الديمقراطية"),
    ("أفريقيا الوسطى", "جمهورية أفريقيا الوسطى"),
    ("الدومينيكان", "جمهورية الدومينيكان"),
    ("المالديف", "جزر المالديف"),
    ("مقدونيا", "مقدونيا الشمالية"),
    ("ساحل العاج", "كوت ديفوار"),
    ("ميانمار", "بورما"),
    ("سوازيلاند", "إسواتيني"),
    ("أنغولا", "أنجولا"),
    ("موزمبيق", "موزامبيق"),
    ("ملاوي", "مالاوي"),
    ("مولدوفا", "مولدافيا"),
    ("لوكسمبورغ", "لوكسمبورج"),
    ("نيوزيلندا", "نيوزيلاندا"),
    ("باراغواي", "باراجواي"),
    ("الأوروغواي", "أوروغواي", "الأوروجواي"),
    ("نيكاراغوا", "نيكاراجوا"),
    ("غواتيمالا", "جواتيمالا"),
    ("إنجلترا", "انجلترا", "إنكلترا"),
)


# Regions, provinces and areas that are names in themselves (not countries or cities): those of one
# country, by the country (as CITIES_BY_COUNTRY; Saudi Arabia's administrative regions named without their
# city), then those across countries or claimed by two.
REGIONS_BY_COUNTRY = {
    "العراق": ("كردستان العراق", "إقليم كردستان", "الأنبار", "نينوى", "ديالى", "صلاح الدين", "واسط", "بابل", "ذي قار"),
    "سوريا": ("القلمون", "الغوطة", "الغوطة الشرقية"),
    "لبنان": ("البقاع",),
    "فلسطين": ("الضفة الغربية", "قطاع غزة"),
    "مصر": ("سيناء", "قناة السويس"),
    # Yemen's governorates named in its war news (not the ambiguous البيضاء، حجة، عمران، إب، الجوف)
    "اليمن": ("أبين", "لحج", "شبوة", "الضالع", "المهرة", "ذمار", "سقطرى"),
    "السودان": ("دارفور",),
    "السعودية": ("عسير", "القصيم", "حائل", "الباحة", "الجوف", "المنطقة الشرقية", "الحدود الشمالية"),
}
REGIONS_ACROSS_COUNTRIES = (
    "الشرق الأوسط", "الخليج", "الخليج العربي", "الخليج الفارسي", "شمال أفريقيا", "أوروبا", "آسيا", "أفريقيا",
    "إفريقيا", "أمريكا اللاتينية", "أميركا اللاتينية", "كردستان", "البحر الأحمر", "البحر المتوسط",
    "البحر الأبيض المتوسط", "المحيط الهندي", "الجولان", "القرم", "دونباس",
)
REGIONS = (*REGIONS_ACROSS_COUNTRIES, *(region for regions in REGIONS_BY_COUNTRY.values() for region in regions))

# International and Arab-world organizations and state bodies named in nearly every day's news.
ORGANIZATIONS = (
    "الأمم المتحدة", "منظمة الأمم المتحدة", "مجلس الأمن", "مجلس الأمن الدولي", "الجمعية العامة للأمم المتحدة",
    "جامعة الدول العربية", "الجامعة العربية", "الاتحاد الأوروبي", "الاتحاد الأفريقي", "حلف شمال الأطلسي",
    "حلف الناتو", "الناتو", "منظمة التعاون الإسلامي", "مجلس التعاون الخليجي",
    "مجلس التعاون لدول الخليج العربية", "صندوق النقد الدولي", "البنك الدولي", "منظمة الصحة العالمية",
    "منظمة التجارة العالمية", "أوبك", "منظمة أوبك", "اليونسكو", "اليونيسف", "الصليب الأحمر",
    "اللجنة الدولية للصليب الأحمر", "الوكالة الدولية للطاقة الذرية", "المحكمة الجنائية الدولية",
    "محكمة العدل الدولية", "البيت الأبيض", "البنتاغون", "البنتاجون", "الكونغرس", "الكونجرس", "الكرملين",
    "وزارة الدفاع الأمريكية", "وزارة الدفاع الأميركية", "وزارة الخارجية الأمريكية",
    "وزارة الخارجية الأميركية", "القيادة المركزية الأمريكية", "القيادة المركزية الأميركية",
    "وكالة المخابرات المركزية", "التحالف الدولي", "داعش", "تنظيم داعش", "تنظيم الدولة",
    "تنظيم الدولة الإسلامية", "تنظيم القاعدة", "حزب الله", "حركة حماس", "حركة فتح", "طالبان", "حركة طالبان",
    "حركة النهضة", "حركة الجهاد الإسلامي",
    "الإخوان المسلمين", "جماعة الإخوان المسلمين", "الحوثيين", "جماعة الحوثي", "الحشد الشعبي",
    "هيئة الحشد الشعبي", "الحرس الثوري", "الحرس الثوري الإيراني", "فيلق القدس", "الديوان الملكي",
    "الهلال الأحمر", "هيئة الهلال الأحمر", "جمعية الهلال الأحمر", "البيشمركة", "قوات سوريا الديمقراطية",
    "هيئة تحرير الشام",
    # armed groups the region's news names daily, which the tagger takes for people (``بوكو حرام`` 19 times
    # a person in one SaudiNewsNet day, 2015-08-01)
    "بوكو حرام", "جماعة بوكو حرام", "حركة الشباب", "حركة الشباب المجاهدين", "جبهة النصرة",
    "حزب العمال الكردستاني", "أنصار بيت المقدس", "أنصار الشريعة",
    # the UN's agencies and the international bodies of sport, law and aid, by their Arabic names and the
    # acronyms Arabic copy writes as words (``الفيفا`` 17 times in AQMAR, missed by the tagger; not bare
    # ``فيفا``, also the Faifa mountains of Jazan)
    "الفيفا", "الاتحاد الدولي لكرة القدم", "اليويفا", "الاتحاد الأوروبي لكرة القدم",
    "الاتحاد الآسيوي لكرة القدم", "اللجنة الأولمبية الدولية", "الويبو", "المنظمة العالمية للملكية الفكرية",
    "الفاو", "منظمة الأغذية والزراعة", "الأونروا", "وكالة الأونروا", "مفوضية اللاجئين",
    "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "برنامج الأغذية العالمي", "منظمة العمل الدولية",
    "الإنتربول", "منظمة العفو الدولية", "هيومن رايتس ووتش", "أطباء بلا حدود", "الإيسيسكو", "الألكسو",
    "منظمة حظر الأسلحة الكيميائية", "مجلس حقوق الإنسان", "المفوضية الأوروبية", "البرلمان الأوروبي",
    "البنك الإسلامي للتنمية", "الوكالة الدولية للطاقة", "الاتحاد الدولي للاتصالات",
    # bodies whose names run long, which the tagger cuts short (``هيئة الأمر`` of the religious police, whose
    # head's words then ran out before his name: SaudiNewsNet 2015-08-07)
    "هيئة الأمر بالمعروف والنهي عن المنكر", "الرئاسة العامة لهيئة الأمر بالمعروف والنهي عن المنكر",
)

# News agencies (wire services) and outlets, with the acronyms they sign with. Ambiguous outlet names that
# are also common words (``الجزيرة`` island, ``العربية`` Arabic, ``الحياة`` life) are listed only with the
# word that disambiguates them (``قناة الجزيرة``).
NEWS_OUTLETS = (
    "رويترز", "وكالة رويترز", "فرانس برس", "وكالة فرانس برس", "أ ف ب", "أسوشيتد برس", "أسوشيتيد برس",
    "وكالة أسوشيتد برس", "الأناضول", "وكالة الأناضول", "بلومبرغ", "بلومبيرغ", "شينخوا", "تاس", "إنترفاكس",
    "اف ب", "وكالة الأنباء العراقية", "واع", "وكالة الأنباء السعودية", "واس", "وكالة أنباء الإمارات", "وام",
    "وكالة الأنباء القطرية", "وكالة الأنباء الكويتية", "كونا", "وكالة أنباء الشرق الأوسط",
    "وكالة الأنباء الأردنية", "وكالة الأنباء السورية", "سانا", "وكالة الأنباء الفلسطينية",
    "وكالة الأنباء الإيرانية", "إرنا", "وكالة تسنيم", "وكالة فارس", "وكالة الأنباء الألمانية", "قناة الجزيرة",
    "الجزيرة نت", "قناة العربية", "العربية نت", "سكاي نيوز عربية", "الميادين", "قناة الميادين",
    "العين الإخبارية", "بي بي سي", "هيئة الإذاعة البريطانية", "سي إن إن", "فوكس نيوز", "نيويورك تايمز",
    "واشنطن بوست", "وول ستريت جورنال", "الغارديان", "فايننشال تايمز", "لوموند", "صحيفة الشرق الأوسط",
    "القدس العربي", "الأهرام", "دويتشه فيله",
)

# Those outlets' names that are common words, which alone are the word unless written as the outlet's
# (the recognizer, `extract/entities.py`, keeps the tagger's organization then only when quoted, after a media head or a
# club's noun, or before a country's adjective): ``توحيد الجزيرة`` (Cyprus, the island) was an organization named 11
# times in one story, and half the bare ``الجزيرة`` organizations of 3,000 SaudiNewsNet articles were an island,
# a peninsula or a Riyadh district (``بحي الجزيرة``).
OUTLETS_THAT_ARE_WORDS = ("الجزيرة", "العربية", "الحياة")
# Words before an outlet's name that say it is the outlet (besides MEDIA_HEADS and CLUB_NOUNS): a paper calls
# another ``الزميلة``; a statement is told to one (``لـ``); its people work there.
OUTLET_MARKERS = ("الزميلة", "لـ", "مراسل", "مراسلة", "مذيع", "مذيعة", "نادي", "فريق", "لاعب")

# Given names, as a feature for the tagger only (a first name is strong evidence that a name starts, but
# many are also words: ``أمل`` hope, ``سعيد`` happy). Source: the commonest Arabic given names (lists of
# frequent names in Arab civil registries as reported by Arabic Wikipedia's "أسماء عربية") and the
# Western given names most often transliterated in Arabic news, in their usual spellings.
FIRST_NAMES = (
    "محمد", "أحمد", "محمود", "مصطفى", "علي", "حسن", "حسين", "عمر", "عثمان", "خالد", "عبد", "عبدالله",
    "عبدالرحمن", "عبدالعزيز", "إبراهيم", "يوسف", "يحيى", "موسى", "عيسى", "إسماعيل", "سليمان", "داود", "صالح",
    "سعيد", "سعد", "فهد", "فيصل", "سلمان", "ناصر", "منصور", "طارق", "زياد", "وليد", "هشام", "هاني", "سامي",
    "سمير", "عادل", "جمال", "كمال", "نبيل", "رامي", "ماجد", "حمد", "حامد", "جاسم", "قاسم", "كاظم", "جعفر",
    "عباس", "حيدر", "مهدي", "هادي", "نوري", "فؤاد", "تحسين", "إياد", "أياد", "مقتدى", "عمار", "ياسر", "بشار",
    "حافظ", "رفيق", "سعود", "نايف", "بندر", "تركي", "زايد", "راشد", "مروان", "عماد", "رياض", "غسان", "نزار",
    "وائل", "أنور", "أنس", "أسامة", "إسحاق", "يعقوب", "نجيب", "فاطمة", "عائشة", "مريم", "زينب", "خديجة",
    "سارة", "ليلى", "هدى", "نادية", "رانيا", "منى", "جورج", "جون", "جو", "جيمس", "مايكل", "ديفيد", "دونالد",
    "باراك", "هيلاري", "أنتوني", "كينيث", "فرانك", "ماثيو", "بول", "بيتر", "مارك", "روبرت", "ريتشارد",
    "وليام", "توماس", "كريستوفر", "لويد", "مايك", "ستيفن", "إيمانويل", "فلاديمير", "سيرغي", "رجب", "بنيامين",
    "نفتالي", "أنطونيو", "أنجيلا", "تيريزا", "بوريس", "كامالا", "جيك", "نيكولا", "شارل", "جان", "بيير",
    "فرانسوا",
)

# Titles and offices that introduce a person (``الرئيس X``، ``وزير الخارجية X``). Source: the titles
# used in Arabic news datelines and bylines (ranks of Arab armies, state offices, religious and courtesy
# titles), written as keys without the article where both forms occur.
PERSON_TITLES = (
    "رئيس", "الرئيس", "رئيسة", "الرئيسة", "وزير", "الوزير", "وزيرة", "الوزيرة", "نائب", "النائب", "قائد",
    "القائد", "المتحدث", "متحدث", "الناطق", "ناطق", "المتحدثة", "مستشار", "المستشار", "السفير", "سفير",
    "السفيرة", "المبعوث", "مبعوث", "الأمين", "أمين", "مدير", "المدير", "مديرة", "الملك", "ملك", "الأمير",
    "أمير", "ولي", "السلطان", "الشيخ", "السيد", "السيدة", "الدكتور", "د", "المرشد", "الإمام", "البابا",
    "القاضي", "المدعي", "محافظ", "المحافظ", "عضو", "زعيم", "الزعيم", "رئيسا", "المفوض", "مفوض", "المنسق",
    "منسق", "الممثل", "ممثل", "مساعد", "المساعد", "وكيل", "عمدة", "حاكم", "الحاكم", "المستشارة", "مسؤول",
    "المسؤول", "النائبة", "العاهل", "المفتي", "مفتي",
)

# A sovereign's titles: a name given one alone (``الملك خالد``، ``الملك عبدالله``) is a king, never the person of
# another office the story names in full with the same first name (``خالد بن محمد اليوسف``, the head of the
# Board of Grievances: SaudiNewsNet 2015-07-21 called him king).
SOVEREIGN_TITLES = ("الملك", "ملك", "العاهل", "السلطان", "سلطان", "خادم الحرمين الشريفين")

# The minister's titles, in construct with the ministry they head (``وزير الخارجية الأمريكي``، ``وزيرة الخارجية
# الأميركية كوندوليزا رايس``): the ministry's name after them is the office's, part of the person's role, no
# mention of the ministry. NewsFANE tags it so in every one of its 57 cases (``O`` after ``وزير``); the ministry
# named as the actor is written with its head (``وزارة الخارجية``) or alone (``أعلنت الخارجية الأمريكية``).
MINISTER_TITLES = ("وزير", "وزيرة")

# Military and police ranks (Arab armies use the same ladder): a rank alone is a title, and it is not
# evidence of *which* office a person holds when resolving people with the same surname.
RANK_TITLES = (
    "الجنرال", "جنرال", "المشير", "الفريق", "فريق", "الفريق أول", "اللواء", "لواء", "العميد", "عميد",
    "العقيد", "عقيد", "المقدم", "مقدم", "الرائد", "رائد", "النقيب", "نقيب", "الأدميرال", "الأميرال",
)

# Words that join the parts of a name (``عبد الملك بن مروان``، ``أبو الأمير``، ``آل الشيخ``): a title word
# after them is part of the name (``الملك`` in ``عبد الملك``), and a name does not end on them.
NAME_CONNECTORS = ("عبد", "أبو", "ابو", "بن", "ابن", "بنت", "آل", "ولد")
# The connectors often written onto the name after them (``عبدالله``، ``أبوبكر``): one word, a name.
JOINED_NAME_OPENERS = NAME_CONNECTORS[:3]

# Particles that open a clause and never a person's name (``إنّ كوربين``، ``أن النزيل`` were people), as
# written with their hamza.
NEVER_FIRST_IN_NAME = ("إن", "أن", "لكن", "كأن")
# Words that never close a name: the participle of belonging opens what the named thing belongs to
# (``مديرية الرضمة التابعة لمحافظة إب``، ``اللواء 15 التابع للجيش``: SaudiNewsNet 2015-08-10). NewsFANE's
# training text tags all 47 of its occurrences O.
NEVER_LAST_IN_NAME = ("التابع", "التابعة", "التابعين", "التابعتين", "التابعون", "تابع", "تابعة")

# Enlisted and non-commissioned ranks, and the words that qualify a rank after it (``الجندي أول``، ``العميد
# الركن``، ``اللواء بحري``). Saudi border and security news names its dead by them (``العريف أحمد المجايشي
# والجندي أول محمد العمري``, SaudiNewsNet 2015-08-02), where the tagger ran names into the nouns before
# them (``جثمان العريف أحمد المجايشي``). Kept apart from RANK_TITLES, which the entity tagger was trained
# to read as a feature.
ENLISTED_RANKS = ("العريف", "الجندي", "الرقيب", "الملازم", "المجند", "الوكيل")
RANK_QUALIFIERS = ("أول", "ثاني", "ركن", "الركن", "بحري", "طيار")

# Ranks written as they are also everyday nouns: فريق and الفريق a team, لواء a brigade or a banner, عميد a
# dean, رائد a pioneer, نقيب the head of a syndicate, مقدم a presenter. With the article, only الفريق is a
# noun as often as a rank (in sports pages nearly always: ``الفريق الطنجي``, ``الفريق الآخر``); اللواء,
# العميد, المقدم and the others before a name are ranks. After one of these only a listed given name is
# taken for the name a rank announces (``للفريق بول كالفيرت``).
RANKS_ALSO_NOUNS = ("الفريق", "فريق", "لواء", "عميد", "رائد", "نقيب", "مقدم")
# The arms of a force, as adjectives after ``اللواء``: a brigade (``اللواء المظلي``، ``اللواء المدرع``) or a rank's arm
# (``اللواء البحري محمد الغامدي``), never the name the rank announces (SaudiNewsNet 2015-07-21, 07-26).
ARMS_ADJECTIVES = "المظلي البحري الجوي البري المدرع الميكانيكي الآلي الصاروخي المدفعي"
# After one of these words ``الفريق`` is the team whose member or staff the name is (``قائد الفريق حسين عبدالغني``،
# ``لاعبا الفريق سالم الدوسري``، ``مدرب الفريق كريستيان جروس``، ``في الفريق نايف هزازي``), not the rank: the players
# of SaudiNewsNet 2015-07-21 and 08-11 were given the role of a lieutenant general 35 times. The rank follows a
# definite word or a verb (``مدير الأمن العام الفريق عثمان المحرج``، ``كان في استقباله الفريق ...``).
TEAM_MEMBER_NOUNS = (
    "لاعب", "لاعبا", "لاعبو", "لاعبي", "نجم", "نجوم", "قائد", "كابتن", "حارس", "حارسا", "مدرب", "مدربا", "مهاجم",
    "مهاجما", "مدافع", "مدافعا", "هداف", "إداري", "إداريا", "طبيب", "مدير", "رئيس", "مشرف", "مساعد", "زميل",
    "صفوف", "مرمى", "وصول", "دعم",
)
TEAM_PREPOSITIONS = ("في", "على", "إلى", "الى", "مع", "من", "عن", "لدى")

# Head nouns that open an organization name (``وزارة الدفاع``، ``وكالة الأنباء``).
ORGANIZATION_HEADS = (
    "وزارة", "وكالة", "صحيفة", "جريدة", "مجلة", "قناة", "إذاعة", "شركة", "جامعة", "حزب", "حركة", "منظمة",
    "هيئة", "مجلس", "قيادة", "تنظيم", "جماعة", "جيش", "قوات", "بنك", "مصرف", "لجنة", "اتحاد", "جمعية",
    "محكمة", "برلمان", "مؤسسة", "مكتب", "فيلق", "جبهة", "ائتلاف", "تحالف", "مركز", "معهد", "الأمم", "البنك",
    "الجيش", "الحرس", "البرلمان", "التحالف", "الحكومة", "حكومة", "كتائب", "سرايا",
)

# Last words of English football clubs' names as Arabic writes them (``مانشستر سيتي``، ``نوريتش سيتي``،
# ``نيوكاسل يونايتد``): no person's name ends so, and the tagger made persons of 10 such mentions in 600
# SaudiNewsNet reports (2015-08-07). Places end so too (``مكسيكو سيتي``، ``مطار لندن سيتي``): only a person's
# span is retyped.
CLUB_SUFFIXES = ("سيتي", "يونايتد")
# The nouns a club's name follows as its own (``النادي الأهلي``، ``الفريق الأهلي``): the nisba after them is the club,
# after any other definite noun its adjective (``التعليم الأهلي``).
CLUB_NOUNS = "النادي الفريق المنتخب للنادي بالنادي والنادي وللنادي للفريق بالفريق والفريق"
# Words that name a club by its place in a contest, one or two words before its name (``غريمه اللدود الأهلي``،
# ``الغريمين التقليديين الاهلي``، ``حامل اللقب الأهلي``: SaudiNewsNet 2015-07-21): the nisba after them is the club.
CONTEST_EPITHETS = "غريم غريمه الغريم الغريمين غريميه منافس منافسه المنافس اللقب بطل البطل المتصدر الوصيف ضيفه مضيفه"

# A national team is named by its head and the country (``منتخب فنلندا``, ``المنتخب المغربي``): an
# organization, not the place.
NATIONAL_TEAM_HEADS = ("منتخب", "المنتخب")

# Head nouns that open a place or facility name (``قاعدة عين الأسد``، ``إقليم كردستان``).
PLACE_HEADS = (
    "مدينة", "محافظة", "إقليم", "ولاية", "قاعدة", "مطار", "ميناء", "منطقة", "بلدة", "قرية", "نهر", "جزيرة",
    "بحر", "جبل", "شارع", "حي", "مخيم", "معبر", "العاصمة", "عاصمة", "قضاء", "ناحية", "وادي", "صحراء", "سهل",
    "مضيق", "خليج", "ساحة", "ميدان", "سجن", "مستشفى", "جسر",
)


# Who a group belongs to: nationality adjectives, as bare keys with the feminine and plural endings
# taken off (``الأمريكية``، ``أميركي``، ``الأمريكيين`` -> US), and alliances. Source: the nationalities of
# the Arab League members and of the powers present in the region, as Arabic news spells them (both
# ``أمريكي`` and ``أميركي``).
AFFILIATIONS = {
    "US": "أمريكي أميركي", "IQ": "عراقي", "IR": "إيراني", "SA": "سعودي", "SY": "سوري", "TR": "تركي",
    "RU": "روسي", "GB": "بريطاني", "FR": "فرنسي", "YE": "يمني", "EG": "مصري", "IL": "إسرائيلي",
    "PS": "فلسطيني", "AF": "أفغاني", "coalition": "تحالف", "NATO": "ناتو أطلسي",
}


# Which organization heads are media (most are ORG_TRIGGERS; this says which), to tell an addressee (``قال
# لوكالة رويترز``) from a role (``المتحدث باسم الوزارة``).
MEDIA_HEADS = "وكالة صحيفة جريدة قناة موقع مجلة إذاعة تلفزيون شبكة برنامج"
# The media heads after which a place's name is the outlet's own (``صحيفة فلسطين``، ``تلفزيون لبنان``): all
# but قناة (``قناة السويس`` is the canal), موقع (a site is also a place: ``موقع الانفجار``) and برنامج.
OUTLET_NAME_HEADS = " ".join(w for w in MEDIA_HEADS.split() if w not in {"قناة", "موقع", "برنامج"})

# Heads that only say what kind of body a listed name is (``منظمة الأمم المتحدة``، ``وكالة رويترز``، ``قناة الجزيرة``):
# the name is the same with them or without. Not ``تنظيم``، ``حركة``، ``جماعة``: ``تنظيم الدولة الإسلامية`` and ``الدولة
# الإسلامية`` are two framings of one actor, which the naming table compares.
KIND_HEADS = MEDIA_HEADS + " منظمة"

# Honorifics that stand for the person last named (``وقال سموه``): the statement goes on with them.
# (``سماحته``: the mufti, was shown as a speaker, SaudiNewsNet 2015-08-06.) Also words that point back at a name
# given before, in a summary's sentence (``function_words.BACK_REFERENCES``).
HONORIFICS = "سموه سموها معاليه معاليها فضيلته سعادته سعادتها سماحته دولته فخامته"

# Benedictions written after a name or in its place (``قال صلى الله عليه وسلم``، ``قال الملك فهد رحمه
# الله``): never a name themselves. ``عليه وسلم`` and ``رحمه الله`` were shown as speakers (SaudiNewsNet
# 2015-08-02).
BENEDICTIONS = (
    "صلى الله عليه وسلم", "عليه الصلاة والسلام", "عليه السلام", "عليها السلام", "رحمه الله", "رحمها الله",
    "يرحمه الله", "يرحمها الله", "رضي الله عنه", "رضي الله عنها", "رضي الله عنهما", "حفظه الله",
    "يحفظه الله", "حفظها الله", "حفظهم الله", "يحفظهم الله", "أيده الله", "عز وجل", "سبحانه وتعالى",
    # a ruler's epithets, after his title or name (``وأعرب الملك المفدى``: a person, SaudiNewsNet 2015-07-21)
    "المفدى", "المعظم",
)

# Nouns of a person's relation to another, which stand with a pronoun before a name in apposition (``لقد ذكر
# زميلي جون كيري``، ``نجله محمد``، ``وزوجته سارة``): never the name's first word. Source: standard Arabic.
RELATION_NOUNS = "زميل صديق رفيق شقيق شقيقة أخ أخت نجل ابن ابنة بنت زوج زوجة والد والدة عم خال جد حفيد"

# Set phrases that read like a name and name no one and nowhere: the tagger made persons of ``حسن الجوار``
# (good neighbourliness, 23 times in one SaudiNewsNet story of 2015-07-24) and ``ضيوف الرحمن`` (the
# pilgrims), and a place of ``المحيط العربي`` (a country's Arab surroundings, not an ocean: the demo, with the
# network's help, stop 39).
NAME_LIKE_PHRASES = (
    "حسن الجوار", "حسن النية", "حسن النوايا", "حسن الظن", "حسن الخلق", "حسن السيرة", "حسن السير والسلوك",
    "حسن التعامل", "حسن الأداء", "حسن الحظ", "سوء الحظ", "ضيوف الرحمن", "حجاج بيت الله الحرام", "بيت الله الحرام",
    "المحيط العربي", "المحيط الإقليمي", "المحيط الإسلامي", "المحيط الدولي", "المحيط الخليجي",
    # the basmala and God's names and praises opening a decree or a prayer (``بسم الله الرحمن الرحيم`` was a
    # person with a king's adviser's office, SaudiNewsNet 2015-07-21; ``ربي ارزقني`` a person three times)
    "بسم الله", "الله الرحمن", "الله تعالى", "الله عز وجل", "الله سبحانه", "إن شاء الله", "بإذن الله",
    "الحمد لله", "سبحان الله", "توفيق الله", "ربي ارزقني",
)

# Clerical ranks of Shia Islam written before the name (``المرشد الأعلى الإيراني آية الله علي خامنئي``), longest
# first: a title, never a person of its own (the tagger read ``آية الله`` as one, a person of the Iran deal's
# story beside Khamenei; SaudiNewsNet 2015-07-21).
CLERICAL_RANKS = ("آية الله العظمى", "آية الله", "حجة الإسلام والمسلمين", "حجة الإسلام")

# Courtesy words before a name (``أدان صاحب السمو الملكي الأمير …``), skipped like titles (``الدكتور``، ``الشيخ``
# are among the recognizer's titles already).
# ``صاحب السمو الملكي`` is one courtesy as a phrase; its last word alone is an adjective of names (``الديوان
# الملكي``، ``الجيش الملكي``), so only the others end a name when they follow it.
ROYAL_COURTESY = "صاحب السمو الملكي"
COURTESY_TITLES = ROYAL_COURTESY + " سمو جلالة فخامة معالي فضيلة سماحة سعادة المهندس الأستاذ"

# Words of courtesy and protocol that say nothing of what happened: the courtesy titles, the honorifics, the
# benedictions' own words (not God's name, prayer or peace: ``حزب الله``، ``عملية السلام``، ``أداء الصلاة`` are news)
# and the patronymic ``بن``. When two sentences are compared for saying the same thing they are left out: a
# Saudi wire sentence spends a third of its words on them (``استقبل صاحب السمو الملكي الأمير فيصل بن خالد بن
# عبدالعزيز ...``), and the emir of Asir receiving the head of the Ifta branch was cited as "also told" by a list of
# the princes at the airport (SaudiNewsNet 2015-08-11).
PROTOCOL_WORDS = tuple(dict.fromkeys(
    word
    for phrase in (COURTESY_TITLES, HONORIFICS, *BENEDICTIONS, "بن بنت")
    for word in phrase.split()
    if word not in {"الله", "الصلاة", "السلام"}
))

# Bodies that speak, whose head nouns the recognizer's ORG_TRIGGERS lack (``قال المرصد``، ``أعلنت الرئاسة``،
# ``قالت السلطات``، ``ذكرت محطة «سي بي إس نيوز»``، ``قالت بعثة الأمم المتحدة``): kept by their words, never
# linked. Source: SaudiNewsNet and the demo corpus, read by hand.
SPEAKING_BODIES = (
    "برنامج مرصد رئاسة إدارة سلطات بلدية أمانة شرطة دائرة مديرية إمارة ديوان سفارة قنصلية نادي منتخب "
    "صندوق مجموعة رابطة غرفة نقابة أكاديمية أركان مقاومة ميليشيا ميليشيات معارضة بعثة محطة متحف "
    # a region's directorate named by its affairs (``وأوضحت الشؤون الصحية في منطقة مكة المكرمة``: SaudiNewsNet 2015-07-26)
    "شؤون شئون"
)
# Offices named with their preposition (``المشرف على البرنامج``، ``المسؤول عن الملف``): the office and the preposition
# its complement takes.
OFFICES_WITH_PREPOSITION = {"المشرف": "على", "القائم": "على", "المسؤول": "عن", "المسئول": "عن"}

# A body "headed by" or "led by" someone (``الحكومة المؤقتة برئاسة عبد الله الثني``): the person named after it heads
# the body, and is not the one the body's statement is by.
HEADED_BY = "برئاسة بقيادة"
# An institution named after a person (``مركز الملك سلمان``، ``جامعة الملك سعود``): the person is no speaker.
NAMING_HEADS = "مركز جامعة مستشفى مدينة مطار شارع جائزة مؤسسة مجمع قاعة كلية برنامج مهرجان ميناء"
# Of those, the heads of an institution or a place named after a titled person, one name with it (``مدينة
# الملك عبدالله الطبية`` is a hospital, ``شارع الملك فهد`` a street): an award, a festival or a programme is
# neither. The places' heads (with FACILITY_HEADS) make a place, the others an organization.
INSTITUTIONS_NAMED_BY_PEOPLE = "مركز جامعة مستشفى مدينة مؤسسة مجمع كلية معهد مكتبة مدرسة"
PLACES_NAMED_BY_PEOPLE = "شارع طريق حي ميدان قاعة حديقة حدائق منتزه جسر مطار ملعب استاد ميناء جامع مسجد"

# ``مسؤول في شمال صلاح الدين``: directions that go on with an office's place like the recognizer's LOC_TRIGGERS.
DIRECTIONS = "شمال جنوب شرق غرب وسط"
# The words before a country of COUNTRIES_AFTER_PLACE_WORDS that make it the place: prepositions of place and the
# directions, bare or as adjectives (``في مالي``، ``شمال مالي``، ``شمالي مالي``).
PLACE_WORDS_BEFORE_COUNTRY = ("في", "إلى", "من", *DIRECTIONS.split(), *(f"{d}ي" for d in DIRECTIONS.split() if d != "وسط"))


# Courtesy titles say nothing about a person's office (a rank does not either: RANK_TITLES).
RESOLUTION_COURTESY_TITLES = ("السيد", "السيدة", "الشيخ", "الدكتور", "د", "الحاج")
# Titles one is addressed by whatever one's office (``مدير الجامعة الدكتور خالد السلطان``، ``وزير الخارجية الأستاذ``):
# before a name they are no role when an office stands before them (``extract/entities.py``, ``_role``).
PERSONAL_TITLES = (*RESOLUTION_COURTESY_TITLES, "المهندس", "الأستاذ", "م", "أ")


# Facility nouns that are part of the name of the place they open (NewsFANE tags ``مطار دمشق الدولي``
# whole). Source: the ACE FAC subtypes seen in NewsFANE (Airport, Building-Grounds, Path).
FACILITY_HEADS = ("قاعدة", "مطار", "ميناء", "معبر", "سجن", "مخيم")

# Head nouns that, followed by definite words, name an institution (``وزارة الدفاع الأمريكية``،
# ``قيادة العمليات المشتركة العراقية``). A subset of ORG_TRIGGERS: only heads that, in construct, are
# almost always a proper name in news (``مجلس``، ``قوات`` are not: ``مجلس العزاء``، ``القوات الأمنية``).
INSTITUTION_HEADS = ("وزارة", "وكالة", "هيئة", "قيادة", "منظمة", "جامعة", "حركة", "حزب", "جهاز", "مديرية")
# The heads among those that are also common nouns of an action (movement, leading), and the definite words that
# after them make a common phrase and no name: the movement of traffic, winds, ships or trade (``حركة السير``،
# ``حركة الرياح السطحية``، ``حركة المرور الانسيابية``), the driving of cars or a coach's leadership (``قيادة
# السيارات``، ``بقيادة المدرب السويسري``). Each was an organization in the digest of SaudiNewsNet 2015-07-22.
# (``وزارة التجارة``، ``هيئة السياحة`` are institutions: their heads are not among these.)
ACTION_HEADS = ("حركة", "قيادة")
HEAD_COMMON_COMPLEMENTS = (
    "السير", "المرور", "الرياح", "الملاحة", "الطيران", "التجارة", "البيع", "الشراء", "الأسعار", "النزوح", "السفن",
    "الشاحنات", "المسافرين", "الحجاج", "الزوار", "البناء", "النقل", "التداول", "الأسواق", "السياحة", "الأموال",
    "المدرب", "السيارة", "السيارات", "المركبة", "المركبات", "الفريق",
)
# Heads that are as often common nouns (a movement, a command, a device: ``حركة الأرض``، ``قيادة الجيش``، ``جهاز
# الكمبيوتر``) open a name by the head rule only with two definite words or more after them (``قيادة العمليات المشتركة``،
# ``حركة المقاومة الإسلامية``، ``جهاز الأمن الفيدرالي``): of 20 organizations the rule made with them on nine NewsFANE
# folds, 19 were none, every one with a single word after the head. A movement named by one word is listed
# (``حركة حماس``، ``حركة النهضة``).
COMMON_NOUN_HEADS = (*ACTION_HEADS, "جهاز")
# ``بقيادة`` (led by) opens whoever leads, never an institution's name: ``بقيادة الجيش``، ``طاقم التحكيم بقيادة الحكم
# الحسين``، ``الدفاع المشترك بقيادة العرش`` (NewsFANE, each an organization to the head rule).
LED_BY = ("بقيادة", "وبقيادة")


# Definite words ending like a nisba that are no family's name after a given name and a noun (``خالد قرار
# الحربي`` is a name, ``خالد يوم الماضي`` is not): ordinals and time adjectives (extract/entities.py).
NOT_FAMILY_NISBAS = ("الثاني", "الماضي", "الحالي", "الجاري", "التالي", "الحادي", "الثامني")

# Events known by a name a headline gives them, a head noun and what it qualifies (``الانتخابات البلدية``، ``كأس
# السوبر``، ``سوق عكاظ``، ``مهرجان العسل``): the reports of their run-up and their days are one story, whatever town
# each tells it from (cluster/events.py). Scheduled events only: a bombing or a crash is named by its place, not by
# a name of its own. Source: the stories of SaudiNewsNet's labelled days (docs/story_labelling.md), read by hand.
EVENT_HEADS = "انتخابات كأس بطولة دوري مهرجان معرض مؤتمر قمة منتدى ملتقى مسابقة أولمبياد سوق"
# What after such a head says what kind of event it is, not which one: ``مؤتمر صحفي``، ``البطولة العربية``;
# ``مهرجان الصيف`` and ``مهرجان العيد`` (each town has its own); ``انتخابات الرئاسة`` (each country has its own);
# ``سوق الأسهم``، ``سوق العمل``، ``السوق السوداء``، ``سوق الانتقالات`` (a market, no fair).
EVENT_KINDS = (
    "صيف ربيع شتاء عيد رئاسة رئاسية تشريعية برلمانية نيابية صحفي صحافي دولي عالمي سنوي وطني عربي خليجي "
    "إقليمي محلي محلية ختامي افتتاحي رسمي أول ثاني ثالث جديد كبير مقبل قادم حالي سابق ماضي "
    "أسهم مال مالية عمل خضار ذهب نفط سوداء انتقالات"
)
# The adjective of an event head, by the head: ``الحملات الانتخابية``، ``المراكز الانتخابية`` are about the elections
# the day's headlines name (most of them, ``الانتخابات البلدية``). Not ``الأولمبي`` (a team: ``المنتخب الأولمبي``),
# ``السوقية`` (``القيمة السوقية``, a market's) or ``الدورية`` (a patrol, or "periodic"): they name no event. Without
# the article too (``تجهيز 31 مركزًا انتخابيًا في الباحة``: a polling centre, SaudiNewsNet 2015-08-03).
EVENT_ADJECTIVES = {
    "الانتخابي": "انتخابات", "الانتخابية": "انتخابات", "انتخابي": "انتخابات", "انتخابية": "انتخابات",
    "انتخابياً": "انتخابات",
}
