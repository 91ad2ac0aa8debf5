"""Arabic words for time, as news copy writes them, keyed by their matching key.

Every table is written in plain Arabic and turned into keys (:func:`marsad.text.normalize_key`: ``أإآ`` →
``ا``, ``ة`` → ``ه``, ``ى`` → ``ي``) at import, so a table reads as the text it matches.
"""

from __future__ import annotations

from marsad.text import normalize_key


def _keyed(table: dict[str, int]) -> dict[str, int]:
    return {normalize_key(word): value for word, value in table.items()}


# Gregorian month names by region. Sources: the month-name tables of the Arabic Wikipedia article
# "الأشهر الميلادية" and the style guides of the outlets that use each set, checked against live copy:
# Egypt and the Gulf (Al-Ahram, Asharq Al-Awsat, Al-Ain) transliterate the European names, with the
# Egyptian spellings يونيه/يوليه and both إبريل/أبريل; the Levant and Iraq (Al-Mayadeen, INA, Al-Sabah)
# use the Syriac names; Morocco (Hespress) uses French-derived names (ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر),
# and Algeria and Tunisia (El Khabar, La Presse's Arabic pages) another set (جانفي، فيفري، أفريل، جوان،
# جويلية، أوت). Pan-Arab outlets (Al Jazeera, Al-Mayadeen) pair them: يونيو/حزيران، 26 تموز / يوليو.
GREGORIAN_MONTHS: dict[str, int] = _keyed({
    # Egypt, the Gulf, Sudan (and most pan-Arab copy)
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Levant and Iraq (Syriac names); كانون/تشرين also without the article, as Iraqi copy often has them
    "كانون الثاني": 1, "كانون ثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين أول": 10, "تشرين الثاني": 11,
    "تشرين ثاني": 11, "كانون الأول": 12, "كانون أول": 12,
    # Morocco
    "ماي": 5, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    # Algeria and Tunisia
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "جوان": 6, "جويلية": 7, "أوت": 8,
})

# Hijri months, with the spellings of Saudi and Gulf copy (ذو/ذي, الآخر/الثاني, الأولى/الأول). Source: the
# Umm al-Qura calendar's month names as hijridate lists them, plus the common variants.
HIJRI_MONTHS: dict[str, int] = _keyed({
    "محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الثاني": 4, "ربيع الآخر": 4, "جمادى الأولى": 5,
    "جمادى الأول": 5, "جمادى الآخرة": 6, "جمادى الثانية": 6, "جمادى الآخر": 6, "رجب": 7, "شعبان": 8,
    "رمضان": 9, "شوال": 10, "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12,
})

# Hijri feasts and their (month, day): the dates the Umm al-Qura calendar gives them.
HIJRI_FEASTS: dict[str, tuple[int, int]] = {
    normalize_key(w): md
    for w, md in {
        "رأس السنة الهجرية": (1, 1), "المولد النبوي": (3, 12), "عيد الفطر": (10, 1), "يوم عرفة": (12, 9),
        "عيد الأضحى": (12, 10),
    }.items()
}

# Weekdays, with Python's numbering (Monday = 0). الإثنين and الاثنين share a key.
WEEKDAYS: dict[str, int] = _keyed({
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6,
})
# The weekdays once each, Monday first (الإثنين is the same key as الاثنين).
WEEKDAY_NAMES = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")

# Ordinal day numbers as written in dates (``السابع من إبريل``، ``الحادي والعشرين من``), masculine because
# they agree with يوم. Source: MSA ordinal morphology (Ryding 2005, ch. 15).
_ORDINAL_UNITS = {
    "الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7, "الثامن": 8,
    "التاسع": 9,
}
# ``فاتح`` (Morocco: فاتح يناير) and ``غرة`` (Gulf, for Hijri months: غرة رمضان) also name the first day.
ORDINAL_DAYS: dict[str, int] = _keyed(
    _ORDINAL_UNITS
    | {"أول": 1, "فاتح": 1, "غرة": 1, "العاشر": 10, "الحادي عشر": 11, "العشرين": 20, "الثلاثين": 30}
    | {f"{word} عشر": n + 10 for word, n in _ORDINAL_UNITS.items() if n > 1}
    | {f"{'الحادي' if n == 1 else word} والعشرين": n + 20 for word, n in _ORDINAL_UNITS.items()}
    | {"الحادي والثلاثين": 31}
)

# Clock hours in words (``الساعة العاشرة صباحاً``): feminine ordinals agreeing with ساعة.
CLOCK_HOURS: dict[str, int] = _keyed({
    "الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6, "السابعة": 7,
    "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "الحادية عشرة": 11, "الثانية عشرة": 12,
})
# Parts of the day after a clock time, and whether they mean the afternoon/evening (add 12 hours).
CLOCK_PERIODS: dict[str, bool] = {
    normalize_key(w): pm
    for w, pm in {"صباحا": False, "صباحاً": False, "فجرا": False, "ظهرا": True, "عصرا": True, "مساء": True,
                  "مساءً": True, "ليلا": True}.items()
}

# Days counted from the publication date. Source: everyday news usage; ``أول من أمس`` is the formal,
# ``أول أمس`` the common form; البارحة is Levantine/Iraqi.
RELATIVE_DAYS: dict[str, int] = _keyed({
    "اليوم": 0, "أمس": -1, "البارحة": -1, "أول أمس": -2, "أول من أمس": -2, "أمس الأول": -2, "غدا": 1, "غداً": 1,
    "غد": 1, "بعد غد": 2,
    # with the article, only after يوم, a part of the day or a noun of a day's event (``صباح الغد``، ``يوم
    # الأمس``، ``جلسة الأمس``): alone, ``الغد`` is a newspaper or a party, ``الأمس`` the past
    # (RELATIVE_DAYS_AFTER_DAY_WORD, DAY_EVENT_NOUNS)
    "الغد": 1, "الأمس": -1,
})
RELATIVE_DAYS_AFTER_DAY_WORD = frozenset(normalize_key(w) for w in ("الغد", "الأمس"))
# Nouns of a day's event before which ``الأمس`` and ``الغد`` are that day: a market's session (``تحسن أسعار النفط
# خلال جلسة الأمس``, SaudiNewsNet 2015-08-11, the one thing saying which session the report was of), a match.
DAY_EVENT_NOUNS = frozenset(normalize_key(w) for w in ("يوم", "جلسة", "تعاملات", "تداولات", "مباراة"))

# Words after a unit or month saying which one: the last (-1), the coming (+1) or the current (0), in
# both genders (العام الماضي، السنة الماضية). المنصرم/الفائت are Gulf and Egyptian favourites.
SHIFTS: dict[str, int] = _keyed({
    "الماضي": -1, "الماضية": -1, "المنصرم": -1, "المنصرمة": -1, "الفائت": -1, "الفائتة": -1,
    "السابق": -1, "السابقة": -1, "المنقضي": -1,
    "المقبل": 1, "المقبلة": 1, "القادم": 1, "القادمة": 1, "الآتي": 1,
    # after two months (``سبتمبر أو أكتوبر المقبلين``، ``يونيو ويوليو الماضيين``)
    "المقبلين": 1, "المقبلان": 1, "القادمين": 1, "القادمان": 1, "الماضيين": -1, "الماضيان": -1,
    "المنصرمين": -1, "السابقين": -1,
    "الجاري": 0, "الجارية": 0, "الحالي": 0, "الحالية": 0,
})

# Kinds of year written between ``العام`` and its number (``العام المالي 2013``، ``العام الدراسي 2015``).
YEAR_KINDS: frozenset[str] = frozenset(normalize_key(w) for w in ("المالي", "الدراسي"))

# Parts of a period (``نهاية العام``، ``مطلع الشهر``) and what TIMEX3 calls their mod.
PERIOD_PARTS: dict[str, str] = {
    normalize_key(w): part
    for w, part in {
        "نهاية": "end", "أواخر": "end", "آخر": "end", "ختام": "end", "مطلع": "start", "بداية": "start",
        "أوائل": "start", "مستهل": "start", "بدايات": "start", "منتصف": "mid", "أواسط": "mid",
    }.items()
}

# Time units: key -> (granularity, count). Singular, accusative (عاماً), plural and dual forms; a dual
# (عامين) carries its count. Source: MSA morphology of the unit nouns, as news spells them.
UNITS: dict[str, tuple[str, int]] = {
    normalize_key(w): gc
    for w, gc in {
        "ثانية": ("second", 1), "ثوان": ("second", 1), "ثواني": ("second", 1), "ثانيتين": ("second", 2),
        "دقيقة": ("minute", 1), "دقائق": ("minute", 1), "دقيقتين": ("minute", 2),
        "ساعة": ("hour", 1), "ساعات": ("hour", 1), "ساعتين": ("hour", 2), "ساعتان": ("hour", 2),
        "يوم": ("day", 1), "يوما": ("day", 1), "أيام": ("day", 1), "يومين": ("day", 2), "يومان": ("day", 2),
        "أسبوع": ("week", 1), "أسبوعا": ("week", 1), "أسابيع": ("week", 1), "أسبوعين": ("week", 2),
        "شهر": ("month", 1), "شهرا": ("month", 1), "أشهر": ("month", 1), "شهور": ("month", 1),
        "شهرين": ("month", 2), "شهران": ("month", 2),
        "سنة": ("year", 1), "سنوات": ("year", 1), "سنين": ("year", 1), "سنتين": ("year", 2),
        "سنتان": ("year", 2), "عام": ("year", 1), "عاما": ("year", 1), "أعوام": ("year", 1),
        "عامين": ("year", 2), "عامان": ("year", 2),
        "عقد": ("decade", 1), "عقود": ("decade", 1), "عقدين": ("decade", 2), "عقدا": ("decade", 1),
        "قرن": ("century", 1), "قرون": ("century", 1), "قرنين": ("century", 2),
    }.items()
}
# Plural units with the article, for ``السنوات الثلاث الماضية`` and ``الأشهر الماضية``.
PERIOD_PLURALS: dict[str, str] = {
    normalize_key(w): g
    for w, g in {
        "الأيام": "day", "الأسابيع": "week", "الأشهر": "month", "الشهور": "month", "السنوات": "year",
        "السنين": "year", "الأعوام": "year", "العقود": "decade",
    }.items()
}
# Units with the article for ``العام الماضي``، ``هذا الأسبوع``، ``نهاية الشهر``.
CALENDAR_UNITS: dict[str, str] = {
    normalize_key(w): g
    for w, g in {"العام": "year", "السنة": "year", "الشهر": "month", "الأسبوع": "week", "العقد": "decade"}.items()
}

# Seasons and their TIMEX3 codes.
SEASONS: dict[str, str] = {
    normalize_key(w): code
    for w, code in {"الربيع": "SP", "الصيف": "SU", "الخريف": "FA", "الشتاء": "WI", "ربيع": "SP",
                    "صيف": "SU", "خريف": "FA", "شتاء": "WI"}.items()
}

# Decades by their tens word (الأربعينات / الأربعينيات = the 1940s unless another century is named), with
# and without the article (ثمانينيات القرن الماضي).
_DECADE_TENS = {
    "عشرين": 2, "ثلاثين": 3, "أربعين": 4, "خمسين": 5, "ستين": 6, "سبعين": 7, "ثمانين": 8, "تسعين": 9,
}
DECADES: dict[str, int] = _keyed(_DECADE_TENS | {"ال" + word: n for word, n in _DECADE_TENS.items()})

# Eras after a year: Gregorian (م، ميلادي) or Hijri (هـ، هجري).
ERAS: dict[str, str] = {
    normalize_key(w): era
    for w, era in {"م": "AD", "ميلادي": "AD", "ميلادية": "AD", "هـ": "AH", "ه": "AH", "هجري": "AH",
                   "هجرية": "AH"}.items()
}

# ``منذ`` (since): a time after it is when a state began (``تصله منذ قرابة أربعة أشهر``), not when the clause's
# event happened; the timeline dates a clause by it only when the clause holds no other date.
SINCE = normalize_key("منذ")
# What a figure is compared with (``ارتفاعا بـ1.1 في المائة خلال حزيران مقارنة بأيار``، ``عن الفترة نفسها من العام
# الماضي``): a time after these is the baseline, not when the clause's event happened; the timeline dates a clause by
# it only when the clause holds no other date (SaudiNewsNet 2015-07-21 put June's prices in May).
COMPARED_WITH = ("مقارنة", "بالمقارنة", "قياسا", "قياساً")
SAME_PERIOD = ("الفترة نفسها", "الفترة ذاتها", "نفس الفترة", "ذات الفترة", "الشهر نفسه", "الشهر ذاته")
# ``بمناسبة`` (on the occasion of) and what it names: a greeting or a celebration names its feast or
# national day (``هنأ ... بمناسبة عيد الفطر المبارك``، ``بمناسبة حلول شهر رمضان``), which is not the day it
# happened; SaudiNewsNet 2015-07-21's digest put 87 greetings on the first day of Eid in its timelines.
OCCASION = normalize_key("مناسبة")
OCCASION_ARRIVALS: frozenset[str] = frozenset(normalize_key(w) for w in ("حلول", "قدوم", "ذكرى", "عودة", "انتهاء"))
# What closes a span that opens with ``منذ`` (``منذ 2004 وحتى 2012``): the span's start is told, not a state's.
UNTIL = ("حتى", "إلى", "الى", "لغاية")
# What opens a range of two days (``من 20 يوليو إلى 22 أكتوبر``، ``بين 20 يوليو و22 أكتوبر``), and what stands between
# its ends: ``UNTIL``, or ``و`` after ``بين``.
RANGE_OPENERS = ("من", "بين")

# Words before a bare year that make it a year: ``منذ 2014``، ``في 2019``، ``حتى 2030``. Not من/إلى/مع:
# ``ارتفع من 2000 إلى 2100 دولار`` is a price.
YEAR_CUES: frozenset[str] = frozenset(
    normalize_key(w) for w in ("منذ", "في", "خلال", "حتى", "قبل", "بعد", "بحلول", "طوال")
)

# Past markers that, after a future cue and before the time, put it back in the past: ``يتوقع ارتفاع الأسعار
# ... من نسبة قدرها 8ر0% تم تقديرها في أبريل`` (SaudiNewsNet 2015-07-31).
PAST_MARKERS: frozenset[str] = frozenset(normalize_key(w) for w in ("تم", "كان", "كانت", "كانوا", "سبق"))
# Of those, the auxiliaries that put the imperfect verb right after them in the past too: ``ابنها الذي كان ينتظر
# موجة ... يوم الأحد`` (her son, who was waiting for a wave on Sunday: the Sunday before, not the next one).
PAST_AUXILIARIES: frozenset[str] = frozenset(normalize_key(w) for w in ("كان", "كانت", "كانوا"))
# The first person's future prefix written with its hamza (``سأرافق``، ``سأعمل``): the key folds it to ``سا``,
# which opens past verbs and nouns as well (``سافر``، ``ساعة``), so it is looked for as written.
FUTURE_FIRST_PERSON = "سأ"
# A feast named within this many days after its first day is the one going on (``اليوم الثلاثاء خامس أيام عيد
# الفطر``، ``بعد انتهاء إجازة عيد الفطر``), even where the clause speaks of what comes: Saudi Arabia's Eid holidays
# run about a week (al-Fitr) and two (al-Adha).
FEAST_DAYS = 14

# Words that make a bare weekday or month point forward: the future particle and the verbs and phrases
# Arabic copy uses for what is scheduled. Source: HeidelTime's tense cues, rewritten for Arabic.
FUTURE_WORDS: frozenset[str] = frozenset(
    normalize_key(w)
    for w in ("سوف", "المقرر", "المنتظر", "المتوقع", "المرتقب", "يعتزم", "تعتزم", "ينوي", "تنوي", "يرتقب",
              "يترقب", "سيتم", "موعد", "يُنتظر", "مرتقب", "المرجح", "يتوقع", "تتوقع", "يُتوقع",
              # wishes and plans (``ويرغب بلاتر في مغادرة الفيفا في فبراير``, said in July: next February)
              "يرغب", "ترغب", "يريد", "تريد", "يأمل", "تأمل", "يخطط", "تخطط", "يطمح", "تطمح",
              # looking forward (``إن الرئيس أوباما يتطلع للقائه في سبتمبر``, said in July); not ``يستعد`` (getting
              # ready goes on now: ``تستعد المنطقة لإقامة الفعاليات ابتداء من أول أيام شهر رمضان``, this year's)
              "يتطلع", "تتطلع", "نتطلع", "أتطلع")
)
# What is scheduled, in the imperfect: a month or a day without a year after one of these is the nearest such
# date, ahead or behind, not the last one (``وتبدأ الدراسة في 8 ذي القعدة``, said in Shawwal: this year's, a month
# ahead; ``يواصل المهرجان الذي يقام خلال الفترة من 4 شوال``, two days before: this year's too; SaudiNewsNet
# 2015-07-21/22). Not a future cue: the imperfect also tells what goes on and what is done every year.
SCHEDULED_WORDS: frozenset[str] = frozenset(
    normalize_key(w)
    for w in ("يبدأ", "تبدأ", "ينطلق", "تنطلق", "يقام", "تقام", "يعقد", "تعقد", "يستأنف", "تستأنف", "ينتهي", "تنتهي",
              # the day's programme: who arrives, meets, plays or visits (``يصل صباح يوم الأحد المحترف اليوناني``،
              # ``يلتقي الهلال والعين اليوم``; SaudiNewsNet 2015-08-01: the arrival was dated the Sunday before)
              "يصل", "تصل", "يلتقي", "تلتقي", "يخوض", "تخوض", "يواجه", "تواجه", "يستضيف", "تستضيف", "يزور", "تزور")
)
# Nouns that look like future verbs (س + ي/ت/ن ...): not a tense cue.
NOT_FUTURE_STEMS: tuple[str, ...] = tuple(
    normalize_key(w)
    for w in ("سياس", "سيار", "سيطر", "سياد", "سيد", "سينا", "سيول", "سيف", "سين", "سير", "سيل", "سيم", "سيج",
              "ستين", "ستة", "ستار", "ستاد", "ستوديو", "ستر", "سنة", "سنوات", "سنوي", "سنين", "سنت", "سنغافور",
              "سني", "سنا", "سند", "سنح", "تسي", "ستائر")
)

# Words after which ``اليوم`` does not mean the publication day: ``اليوم التالي`` (the next day),
# ``اليوم نفسه``/``ذاته`` (that same day), counted from an event the tagger does not date; an ordinal or
# ``الأخير`` (a festival's or a month's day: ``في اليوم الخامس من المهرجان``، ``اليوم الأخير من شهر رمضان``),
# ``الذي`` (the day on which something happened), ``الواحد`` (``دولارين في اليوم الواحد``, each day), a
# named day (``اليوم الوطني``، ``باليوم الدولي للتعاونيات``) or one set (``في اليوم المحدد للتوقيع``).
EVENT_RELATIVE_DAY: frozenset[str] = frozenset(
    normalize_key(w)
    for w in ("التالي", "نفسه", "ذاته", "السابق", *_ORDINAL_UNITS, "العاشر", "الأخير", "الختامي", "الافتتاحي",
              "الذي", "الواحد", "الوطني", "العالمي", "الدولي", "المحدد", "الموعود")
)
# Prepositions before which ``اليوم`` is a day the text speaks of, or each day, never the publication day:
# ``3 ساعات في اليوم``، ``ثلاث مرات في اليوم``، ``أول ما يأكله الأطفال في اليوم`` (SaudiNewsNet: every
# ``في اليوم`` of the first 3,000 articles read as today was one of these). Today is ``اليوم`` itself
# (``قال اليوم``، ``حتى اليوم``، ``خلال اليوم``).
NOT_TODAY_PREPOSITIONS: frozenset[str] = frozenset(normalize_key(w) for w in ("في", "ب"))  # keys: ``فى`` is ``في``
# Words before ``اليوم`` that make it a day the text speaks of: ``ذلك اليوم`` (that day), ``نفس اليوم``، ``ذات اليوم``
# (the same day as ``اليوم نفسه``). 32 of the first 3,000 SaudiNewsNet articles' todays were these.
NOT_TODAY_BEFORE: frozenset[str] = frozenset(normalize_key(w) for w in ("ذلك", "نفس", "ذات"))

# Approximators before a count (``قبل نحو عامين``، ``منذ أكثر من ثلاث سنوات``).
APPROXIMATORS: frozenset[str] = frozenset(
    normalize_key(w)
    for w in (
        "نحو", "حوالي", "حوالى", "أكثر من", "أقل من", "قرابة", "زهاء", "قرابه", "ما يقرب من", "ما يقارب", "يقارب",
        "يناهز",
    )
)

# The present, which TIMEX3 writes PRESENT_REF.
PRESENT: frozenset[str] = frozenset(
    normalize_key(w) for w in ("الآن", "حاليا", "حالياً", "الوقت الحالي", "الوقت الراهن")
)

# Words right before a bare year that make it a year (``الانتفاضة الأولى 1987``، ``رؤية 2030``، ``مونديال 2022``،
# ``حرب 1967``): events, plans and periodic things news names by their year. Collected from the Wojood
# sample's DATE spans and from Gulf and Egyptian copy.
YEAR_NAMING_NOUNS: frozenset[str] = frozenset(
    normalize_key(w)
    for w in ("الانتفاضة", "انتفاضة", "ثورة", "الثورة", "حرب", "الحرب", "نكبة", "النكبة", "نكسة", "النكسة",
              "انتخابات", "الانتخابات", "أحداث", "دستور", "الدستور", "اتفاقية", "اتفاق", "معاهدة", "مونديال",
              "كأس", "أولمبياد", "يورو", "موازنة", "ميزانية", "موسم", "الموسم", "دورة", "قمة", "مؤتمر", "رؤية", "خطة",
              "استراتيجية", "إكسبو", "اكسبو", "احتجاجات", "مظاهرات", "أزمة", "الأزمة", "غزو", "اجتياح",
              "حرب", "عدوان", "مجزرة", "زلزال", "فيضانات", "تعداد", "إحصاء", "الأولى", "الثانية")
)

# Words right before a year that make it a product's model, which dates no event (``سيارة جيب تويوتا لاند كروزر
# موديل 2013``: SaudiNewsNet 2015-08-06 put a seizure at a checkpoint on the road under 2013 in its timeline).
MODEL_YEAR_NOUNS: frozenset[str] = frozenset(
    normalize_key(w) for w in ("موديل", "موديلات", "الموديل", "طراز", "الطراز", "طرازات", "ماركة")
)

# Words right before a month that make it a futures contract's delivery month, which dates no event (``وهبط خام
# برنت تسليم سبتمبر (أيلول) 15 سنتا``، ``العقود الآجلة للذهب تسليم أغسطس``: 192 in SaudiNewsNet's oil and gold
# reports, each a timeline entry of the past September when its verb was past).
CONTRACT_MONTH_NOUNS: frozenset[str] = frozenset(
    normalize_key(w) for w in ("تسليم", "لتسليم", "عقود", "لعقود", "العقود", "عقد", "استحقاق")
)

# What follows a year of the era before Christ (``عام 1004 قبل الميلاد``، ``2500 ق.م``): such a year is no date of the
# Gregorian calendar the timeline orders (EASC's encyclopedic articles put David's Jerusalem under 1004 AD).
BEFORE_CHRIST: tuple[str, ...] = tuple(normalize_key(w) for w in ("قبل الميلاد", "ق.م", "ق. م", "ق م"))

# Words right before a day and month written without a year that make them an event's name, not a date of
# the publication's year (``أحداث 11 سبتمبر``، ``ثورة 25 يناير``، ``حرب 6 أكتوبر``): SaudiNewsNet 2015-08-04 put
# ``بعد أحداث 11 سبتمبر`` on 2014-09-11 in a Yemen story's timeline.
DATE_NAMING_NOUNS: frozenset[str] = frozenset(
    normalize_key(w)
    for w in ("أحداث", "الأحداث", "هجمات", "الهجمات", "اعتداءات", "تفجيرات", "ثورة", "الثورة", "حرب", "الحرب",
              "انتفاضة", "الانتفاضة", "مجزرة", "حركة", "انقلاب", "الانقلاب", "ذكرى")
)
# The years of the named days Arabic news most often writes so, by (day, month): the attacks on the United
# States (2001), the Egyptian revolutions of 1952 and 2011 and the events of 30 June 2013, the October war
# (1973), the Libyan and Bahraini uprisings (2011), the Yemeni revolutions (1962, 1963). A named day not
# listed is left undated.
NAMED_DAYS: dict[tuple[int, int], int] = {
    (11, 9): 2001, (25, 1): 2011, (30, 6): 2013, (23, 7): 1952, (6, 10): 1973, (17, 2): 2011, (14, 2): 2011,
    (26, 9): 1962, (14, 10): 1963,
}

# Nouns of places and works before a day and month written without a year that make them the place's name,
# never a date (``قصر 22 مايو`` in Aden, ``مدينة 6 أكتوبر`` and ``كوبري 15 مايو`` in Egypt, ``جسر 15 تموز`` in
# Istanbul, ``ملعب 22 مايو``، ``شارع 26 يوليو``): SaudiNewsNet 2015-07-22 put ``استعادت قصر 22 مايو الرئاسي`` on
# 2015-05-22 in the Aden story's timeline. Matched with a proclitic taken off (``بمدينة``، ``لملعب``).
PLACE_NAMING_NOUNS: frozenset[str] = frozenset(
    normalize_key(w)
    for w in ("قصر", "مدينة", "جسر", "كوبري", "ملعب", "استاد", "ستاد", "شارع", "ميدان", "ساحة", "حي", "جامعة",
              "مستشفى", "مدرسة", "قاعة", "مطار", "ميناء", "معسكر", "لواء", "مديرية", "منطقة", "مجمع", "نادي", "سد")
)

# Words before ``اليوم`` that make it a newspaper's name, not today: صحيفة/جريدة اليوم (the Dammam daily),
# عين اليوم (an online paper); ``لـ«اليوم»`` (told to the paper) is read from its quotation marks. Both
# papers are in SaudiNewsNet, where ``عين اليوم – الطوال`` (a dateline) was a timeline event of the day.
TODAY_NAME_NOUNS: frozenset[str] = frozenset(
    normalize_key(w) for w in ("صحيفة", "جريدة", "موقع", "عين")
)

# Words before a weekday that make it part of a name or a weekly thing, not a date: سوق الجمعة (a
# market), مسجد/جامع الجمعة, صلاة/خطبة/خطب الجمعة (the weekly prayer and sermon).
WEEKDAY_NAME_NOUNS: frozenset[str] = frozenset(
    normalize_key(w) for w in ("سوق", "مسجد", "جامع", "صلاة", "خطبة", "خطب")
)

# ``الأحد`` is also "the One" among God's names and a part of the number eleven: not Sunday after these words
# (``بعون الله الواحد الأحد``, SaudiNewsNet 2015-08-11, was dated to that Sunday; ``بالله الأحد``) nor before
# these (``اللاعبون الأحد عشر``، ``الأحد الصمد``). Not ``الله`` alone: ``رحمه الله الأحد الماضي`` is a Sunday.
SUNDAY = normalize_key("الأحد")
NOT_SUNDAY_AFTER: frozenset[str] = frozenset(normalize_key(w) for w in ("بالله", "الواحد", "الفرد"))
NOT_SUNDAY_BEFORE: frozenset[str] = frozenset(normalize_key(w) for w in ("عشر", "عشرة", "الصمد"))

# Words before a weekday, or before a run of weekdays joined by و, that make them every week's: ``تسيير رحلاتها
# أيام الثلاثاء والخميس والسبت`` (a timetable, SaudiNewsNet 2015-07-21), ``كل جمعة``, and the days a timetable leaves
# out (``يومياً عدا الجمعة والسبت``: SaudiNewsNet 2015-07-24, a training programme's Friday and Saturday were dated).
WEEKLY_WORDS: frozenset[str] = frozenset(normalize_key(w) for w in ("أيام", "كل", "عدا", "باستثناء", "أسبوعياً"))
# Words after a weekday or a run of them that make them every week's (``يومي الجمعة والسبت من كل أسبوع``).
WEEKLY_AFTER: tuple[str, ...] = tuple(normalize_key(w) for w in ("أسبوعياً", "من كل أسبوع", "كل أسبوع"))

# Words after a plural period that point back (``الأشهر الماضية``، ``السنوات الأخيرة``).
PAST_DIRECTIONS = ("الماضية", "الأخيرة", "المنصرمة", "الفائتة", "السابقة")

# Words before a month name alone that make it a date (في يوليو، منذ مارس، حتى ديسمبر).
MONTH_CUES = ("في", "خلال", "منذ", "حتى", "بحلول", "قبل", "بعد", "طوال", "بين")

# Time units in the plural (a duration of ``ساعات`` is some hours, not one).
PLURAL_UNITS = (
    "ثوان", "ثواني", "دقائق", "ساعات", "أيام", "أسابيع", "أشهر", "شهور", "سنوات", "سنين", "أعوام", "عقود",
    "قرون",
)


# Words that open a time expression besides the first words of the tables above (``يوم الخميس``، ``هذا
# العام``، ``منذ عامين``، ``لسنه 2020``), as keys: the temporal tagger looks for expressions only where one of
# these or a table's first word stands.
EXPRESSION_OPENERS = (
    "يوم", "شهر", "هذا", "هذه", "قبل", "منذ", "عام", "العام", "سنه", "السنه", "لعام", "لسنه", "الساعه",
)


# Words skipped when reading a speaker's name: days, times and adverbs said between the verb and its subject.
SPEAKER_TIME_WORDS = " ".join((
    "اليوم أمس امس غدا",
    *WEEKDAY_NAMES,
    "صباح مساء يوم ليلة فجر ظهر عصر الماضي الحالي حينها آنذاك وقتها أيضا أيضاً مجددا مجدداً بدوره بدورها "
    "كذلك بدورهم سابقا سابقاً لاحقا لاحقاً",
    # ``أعلن الصيف الماضي أنه``، ``قال الشهر الماضي إن``: a season or a unit of the calendar before its shift
    # (SaudiNewsNet 2015-07-22 showed ``الصيف`` as the speaker of Platini's words); not ``العام``, which is
    # also the adjective of ``الأمين العام``
    "الصيف الشتاء الربيع الخريف الأسبوع الشهر",
))
# The words that tell apart two months of one name (كانون الثاني، ربيع الآخر، جمادى الأولى، ذو القعدة): not a
# month on their own.
MONTH_QUALIFIERS = ("الأول", "أول", "الثاني", "ثاني", "الآخر", "الأولى", "الآخرة", "الثانية", "ذو", "ذي")

# Every word that names a month by itself, in every system above (Egyptian/Gulf, Levantine, Maghrebi,
# Algerian-Tunisian, Hijri), as keys: the words of the month names but the qualifiers. For text read word
# by word (a page header's ``الخميس 09 شتنبر 2021``).
MONTH_WORDS: frozenset[str] = frozenset(
    word for name in (*GREGORIAN_MONTHS, *HIJRI_MONTHS) for word in name.split()
) - {normalize_key(q) for q in MONTH_QUALIFIERS}

# The other words of a date or time line as page headers print them: units of ``منذ 3 ساعات``, clock and
# era marks, time zones, ``الموافق``. Source: headers seen in the demo corpus, SaudiNewsNet and the outlet
# pages of tests/clean.
DATE_LINE_WORDS = (
    "يوم", "الساعة", "ساعة", "ساعات", "ساعتين", "دقيقة", "دقائق", "دقيقتين", "ثانية", "ثوان", "يومين", "أيام",
    "أسبوع", "أسابيع", "شهر", "أشهر", "شهور", "سنة", "سنوات", "عام", "قبل", "ص", "م", "مساء", "صباحا", "ظهرا",
    "فجرا", "هـ", "بتوقيت", "غرينتش", "مكة", "المكرمة", "القدس", "الموافق", "التاريخ",
)

# Words of relative time a dated clause carries beside its date (``اليوم``، ``العام الماضي``، ``نهاية``):
# left out when the claims compare two outlets' dated clauses, where they say when, not what.
CLAUSE_TIME_WORDS = "اليوم أمس العام الماضي المقبل الجاري الحالي نهاية بداية"
