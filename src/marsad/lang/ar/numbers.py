"""Arabic number words: cardinals in their gender and case forms, hundreds, scales, vague plurals and
fractions, with their values and what each does when a figure is read left to right.

Plain strings, no imports: :mod:`marsad.text.numbers` keys them and parses figures with them.
"""

from __future__ import annotations

# What a number word does when a figure is read left to right (see parse_number_words).
UNIT, TEN, HUNDRED, SCALE, FRACTION, WHOLE = ("unit", "ten", "hundred", "scale", "fraction", "whole")

# Cardinal number words of Modern Standard Arabic with their gender and case forms (masculine/feminine,
# nominative -ون/-ان and oblique -ين), as the grammars list them (e.g. Ryding, *A Reference Grammar of Modern
# Standard Arabic*, 2005, ch. 15) and as news copy spells them (مائة and مئة, ثمان/ثماني). ``أحد``/``إحدى``
# count only in ``أحد عشر``/``إحدى عشرة`` (11): alone they are nearly always "one of" (أحد المسؤولين);
# so do اثنا/اثني (12: اثنا عشر), since اثني is also أثنى "he praised";
# ``الاثنين`` (with the article) is Monday. Vague plurals (عشرات، مئات، آلاف، ملايين) count as their order of
# magnitude and are reported as vague. Fractions: نصف، ثلث، ربع ... and their duals/plurals (ثلثا، أرباع);
# not ``ثمن`` (an eighth), which news uses as "price", nor ``ألفا`` (also "alpha").
NUMBER_WORDS: tuple[tuple[str, float, str], ...] = (
    ("أحد", 1, UNIT), ("إحدى", 1, UNIT), ("واحد", 1, UNIT), ("واحدة", 1, UNIT),
    ("اثنان", 2, UNIT), ("اثنين", 2, UNIT), ("اثنتان", 2, UNIT), ("اثنتين", 2, UNIT),
    ("ثلاث", 3, UNIT), ("ثلاثة", 3, UNIT), ("أربع", 4, UNIT), ("أربعة", 4, UNIT),
    ("خمس", 5, UNIT), ("خمسة", 5, UNIT), ("ست", 6, UNIT), ("ستة", 6, UNIT),
    ("سبع", 7, UNIT), ("سبعة", 7, UNIT), ("ثمان", 8, UNIT), ("ثماني", 8, UNIT), ("ثمانية", 8, UNIT),
    ("تسع", 9, UNIT), ("تسعة", 9, UNIT),
    ("عشر", 10, TEN), ("عشرة", 10, TEN),
    ("اثنا", 2, UNIT), ("اثني", 2, UNIT), ("اثنتا", 2, UNIT), ("اثنتي", 2, UNIT),
    ("عشرون", 20, TEN), ("عشرين", 20, TEN), ("ثلاثون", 30, TEN), ("ثلاثين", 30, TEN),
    ("أربعون", 40, TEN), ("أربعين", 40, TEN), ("خمسون", 50, TEN), ("خمسين", 50, TEN),
    ("ستون", 60, TEN), ("ستين", 60, TEN), ("سبعون", 70, TEN), ("سبعين", 70, TEN),
    ("ثمانون", 80, TEN), ("ثمانين", 80, TEN), ("تسعون", 90, TEN), ("تسعين", 90, TEN),
    ("مئة", 100, HUNDRED), ("مائة", 100, HUNDRED), ("مئتان", 200, HUNDRED), ("مئتين", 200, HUNDRED),
    ("مائتان", 200, HUNDRED), ("مائتين", 200, HUNDRED), ("مئتا", 200, HUNDRED), ("مائتا", 200, HUNDRED),
    *((f"{unit}{hundred}", n * 100, HUNDRED)
      for n, unit in ((3, "ثلاث"), (4, "أربع"), (5, "خمس"), (6, "ست"), (7, "سبع"), (8, "ثمان"), (9, "تسع"))
      for hundred in ("مئة", "مائة")),
    ("ألف", 1e3, SCALE), ("آلاف", 1e3, SCALE), ("الآلاف", 1e3, SCALE),
    ("مليون", 1e6, SCALE), ("ملايين", 1e6, SCALE), ("الملايين", 1e6, SCALE),
    ("مليار", 1e9, SCALE), ("مليارات", 1e9, SCALE), ("بليون", 1e9, SCALE),
    ("تريليون", 1e12, SCALE), ("ترليون", 1e12, SCALE),
    ("ألفان", 2e3, WHOLE), ("ألفين", 2e3, WHOLE), ("مليونان", 2e6, WHOLE), ("مليونين", 2e6, WHOLE),
    ("ملياران", 2e9, WHOLE), ("مليارين", 2e9, WHOLE),
    ("عشرات", 10, TEN), ("مئات", 100, HUNDRED),
    ("نصف", 1 / 2, FRACTION), ("ثلث", 1 / 3, FRACTION), ("ربع", 1 / 4, FRACTION),
    ("ثلثا", 2 / 3, FRACTION), ("ثلثي", 2 / 3, FRACTION), ("أرباع", 1 / 4, FRACTION),
    ("سدس", 1 / 6, FRACTION),
)

# Scale words in the accusative (tanwin alif) that count only right after digits (``13 مليونا``، ``وسحب 50
# ألفا``، ``795 مليونا``): alone ``ألفا`` is also "alpha", and the accusative of a scale word without digits is
# written out (``ثلاثة ملايين``).
SCALES_AFTER_DIGITS: tuple[tuple[str, float], ...] = (
    ("ألفا", 1e3), ("مليونا", 1e6), ("مليارا", 1e9), ("بليونا", 1e9), ("تريليونا", 1e12),
)

# Ordinals that ``عشر``/``عشرة`` complete (``القرن التاسع عشر``، ``المرتبة الثالثة عشرة``): the teen is part of
# an ordinal, no figure of ten.
TEEN_ORDINALS = (
    "الحادي", "الحادية", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة",
    "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة",
)
# Ordinals a king's name may end with (``عبد الله الثاني``): no surname to find alone (``النائب الثاني لرئيس
# مجلس الوزراء`` was the King of Jordan seven times in one SaudiNewsNet story, 2015-08-06).
REGNAL_ORDINALS = ("الأول", "الأولى", *TEEN_ORDINALS, "العاشر", "العاشرة")

# Words after a bare ``ألف`` that make it a wish, not a thousand (``ألف مبروك``، ``ألف شكر``، ``ألف سلامة``).
THOUSAND_WISHES = ("مبروك", "مبارك", "شكر", "سلامة", "مرحبا", "مرحباً", "تحية", "رحمة", "هنيئا")

# Number words that name an order of magnitude rather than a figure.
VAGUE = ("عشرات", "مئات", "آلاف", "الآلاف", "ملايين", "الملايين", "مليارات")

# Adjectival forms with the article that are numbers (السنوات الثلاث، الأيام الخمسة); Monday (الاثنين) and
# the fractions with the article (النصف الثاني "the second half") are not.
ADJECTIVAL_NUMBERS = (
    "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة", "ثماني", "ثمانية", "تسع",
    "تسعة", "عشر", "عشرة", "عشرين", "ثلاثين", "أربعين", "خمسين", "اثنتين",
)

# Number words that are figures only before عشر/عشرة (أحد/إحدى "one of"; اثني is also أثنى "he praised"), as keys.
ONE_OF_WORDS = ("احد", "احدي", "اثنا", "اثني", "اثنتا", "اثنتي")
