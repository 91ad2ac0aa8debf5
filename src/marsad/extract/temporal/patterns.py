"""The temporal tagger's patterns, built once from :mod:`.tables`.

All patterns run on the matching key of the text (:func:`marsad.text.normalize.search_key`): hamza forms,
teh marbuta, alef maqsura and digits are folded, diacritics and tatweel dropped, so ``إبريل``/``ابريل`` and
``٢٠٢١``/``2021`` match alike. One master pattern holds every rule as an alternative named ``<rule>``;
Python tries alternatives in order at each position, so the more specific rules come first (a full date
before a bare month, a month before a bare year) and the leftmost, most specific reading wins.

Each rule marks the part that is the time expression as ``<prefix>span``. Cue words before it (``منذ``،
``في``) are not matched — TimeML leaves such signals out of the TIMEX — and the resolver looks at the word
before when it needs one (a bare year or month).

The master pattern is tried only where a rule can start: :func:`candidate_starts` finds the words that
open some rule (a digit, a month, a weekday, ``اليوم``، ``نهاية`` ...) with one cheap scan, which makes the
tagger several times faster than ``finditer`` over every position (see bench/time_eval.py --speed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from marsad.lang.ar import morphology
from marsad.lang.ar import time as t
from marsad.text.numbers import NUMBER_WORDS, word_alternation

__all__ = ["COORDINATED_SHIFT_RE", "COORDINATED_YEAR_RE", "GREGORIAN_MONTH_KEYS", "MASTER_RE", "NUMERIC_DATE_RE", "RULES", "TODAY_WEEKDAY_RE", "candidate_starts"]


def _alt(keys: Iterable[str]) -> str:
    """A group matching any of the table keys (a trie: see :func:`marsad.text.numbers.word_alternation`)."""
    return "(?:" + word_alternation(set(keys)) + ")"


_W = r"(?!\w)"  # end of word
_G = _alt(t.GREGORIAN_MONTHS)
GREGORIAN_MONTH_KEYS = _G  # the Gregorian months' keys as one group (a trie)
_H = _alt(t.HIJRI_MONTHS)
_WD = _alt(t.WEEKDAYS)
_ORD = _alt(t.ORDINAL_DAYS)
_SHIFT = _alt(t.SHIFTS)
_YEAR_QUALIFIER = rf"(?:{_SHIFT}|{_alt(t.YEAR_KINDS)}){_W}"  # العام الماضي 2014، العام المالي 2013
_PART = _alt(t.PERIOD_PARTS)
_ERA = _alt(t.ERAS)
_UNIT = _alt(t.UNITS)
_DUAL = _alt(k for k, (_, n) in t.UNITS.items() if n == 2)
_PLURAL = _alt(t.PERIOD_PLURALS)
_CAL = _alt(t.CALENDAR_UNITS)
_SEASON = _alt(t.SEASONS)
_DECADE = _alt(t.DECADES)
_RELDAY = _alt(t.RELATIVE_DAYS)
_HOURS = _alt(t.CLOCK_HOURS)
_CLOCK_PERIOD = _alt(t.CLOCK_PERIODS)
_APPROX = _alt(t.APPROXIMATORS)
_PRESENT = _alt(t.PRESENT)
_FEAST = _alt(t.HIJRI_FEASTS)
_NUMW = _alt(k for k in NUMBER_WORDS if k not in ("احد", "احدي"))
# A count before a unit: digits, or number words (ثلاث، خمسة وعشرين، عشرين). At most eight number words
# (``مئة وخمسة وعشرين ألفا`` is four): unbounded, a text of 4,000 ``ألف`` in a row took 138 s, every
# candidate start reading the whole run again before failing.
_COUNT = rf"(?:[0-9]+(?:[.,][0-9]+)?|(?:{_NUMW}){_W}(?:\s+و?(?:{_NUMW}){_W}){{0,7}})"
# Parts of the day before a day expression (صباح اليوم، مساء الخميس، ليلة السبت).
_POD = r"صباح|مساء|ظهر|عصر|فجر|ليل|ليله|ظهيره|صبيحه|منتصف\s+ليل|نهار"
# What may not follow a unit in "ago"/duration rules: a year, a weekday or a month name (قبل عام 2014 is
# a year, منذ شهر رمضان a month).
_NOT_A_DATE_AFTER = rf"(?!\s*\(?\s*[0-9]|\s+(?:{_WD}|{_G}|{_H}){_W})"


def _dayname(p: str) -> str:
    """An optional weekday or ``يوم`` before a date: ``يوم الثلاثاء الموافق``، ``الخميس،``، ``يوم 30``."""
    return rf"(?:يوم\s+)?(?:(?P<{p}wd>{_WD}){_W}\s*[,،]?\s*(?:الموافق\s+)?)?"


def _month(p: str) -> str:
    """A Gregorian month, optionally paired with its other name: ``يونيو/حزيران``، ``تشرين الثاني (نوفمبر)``،
    ``يوليو تموز``، ``فبراير - شباط`` (wire copy writes the two names side by side)."""
    return (
        rf"(?P<{p}m1>{_G}){_W}"
        rf"(?:\s*[/\-–]\s*(?P<{p}m2>{_G}){_W}|\s*\(\s*(?P<{p}m3>{_G})\s*\)|\s+(?P<{p}m4>{_G}){_W})?"
    )


def _year(p: str) -> str:
    """A year after a month or day: ``2020``، ``عام 2020``، ``من العام 2019``، ``( 1970 )``، ``1442 هـ``."""
    return (
        rf"(?:\s*[,،]?\s*(?:من\s+)?(?:(?:عام|العام|سنه|لعام)\s*)?(?P<{p}open>\(\s*)?(?P<{p}y>[0-9]{{4}})(?![0-9])"
        rf"(?({p}open)\s*\))(?:\s*(?P<{p}era>{_ERA}){_W})?)"
    )


def _shift(p: str) -> str:
    return rf"\s+(?P<{p}shift>{_SHIFT}){_W}"


def _of_year(p: str) -> str:
    """The year named after a month or a day, counted from publication: ``من العام الماضي``، ``من هذا
    العام``، ``هذا العام``، ``من السنة المقبلة``."""
    return (
        rf"\s+(?:من\s+)?(?:(?P<{p}this>هذا|هذه)\s+(?:العام|السنه){_W}"
        rf"|(?:العام|السنه)\s+(?P<{p}yshift>{_SHIFT}){_W})"
    )


def _part(p: str) -> str:
    return rf"(?:(?P<{p}part>{_PART})\s+)"


# The rules, most specific first. Each is (name, pattern); the name is the group prefix.
RULES: tuple[tuple[str, str], ...] = (
    # 9/10/2021, 5-8-2008, الثلاثاء الموافق 5 / 8 / 2008
    ("n", rf"(?P<n_span>{_dayname('n_')}(?P<n_a>[0-9]{{1,2}})\s*(?P<n_sep>[/.\-])\s*(?P<n_b>[0-9]{{1,2}})\s*(?P=n_sep)"
          rf"\s*(?P<n_y>[0-9]{{4}})(?![0-9])(?:\s*(?P<n_era>{_ERA}){_W})?)"),
    # 2021-09-09, 2021/9/9
    ("i", r"(?P<i_span>(?P<i_y>[0-9]{4})(?P<i_sep>[-/.])(?P<i_m>[0-9]{1,2})(?P=i_sep)(?P<i_d>[0-9]{1,2})(?![0-9]))"),
    # 26 تموز / يوليو، السابع من إبريل الماضي، الخميس 9 سبتمبر 2021، الـ26 من يوليو
    ("d", rf"(?P<d_span>{_dayname('d_')}(?:(?:ال\s*)?(?P<d_dd>[0-9]{{1,2}})(?![0-9])\s*(?:من\s+)?"
          rf"|(?P<d_do>{_ORD})\s+(?:من\s+)?)(?:شهر\s+)?{_month('d_')}"
          rf"(?:{_year('d_')}|{_shift('d_')}|{_of_year('d_')})?)"),
    # يناير 8، 2005، سبتمبر 22 , 2005: the month first, as English dates are written (translated reports, and
    # sites whose pages print the English order); only with its year, which makes the number a day
    ("e", rf"(?P<e_span>{_dayname('e_')}{_month('e_')}\s*(?P<e_dd>[0-9]{{1,2}})(?![0-9])\s*[,،]?\s*"
          rf"(?P<e_y>[0-9]{{4}})(?![0-9]))"),
    # 15 رمضان 1442 هـ، 20 / شعبان / 1428 هجرية، شهر رمضان المبارك، رمضان الماضي
    ("h", rf"(?P<h_span>{_dayname('h_')}(?:(?P<h_dd>[0-9]{{1,2}})(?:\s*/\s*|\s+(?:من\s+)?)|(?P<h_do>{_ORD})\s+(?:من\s+)?)?"
          rf"(?P<h_word>شهر\s+)?(?P<h_m>{_H}){_W}"
          rf"(?:(?:\s*/\s*|\s+)(?:من\s+)?(?:(?:عام|سنه)\s+)?(?P<h_y>[0-9]{{4}})(?![0-9])(?:\s*(?P<h_era>{_ERA}){_W})?"
          rf"|{_shift('h_')})?(?:\s+(?:المبارك|الفضيل|المعظم){_W})?)"),
    # عيد الفطر، عيد الأضحى المبارك 1442
    ("f", rf"(?P<f_span>(?P<f_name>{_FEAST}){_W}(?:\s+المبارك)?(?:\s+(?:لعام\s+|عام\s+)?(?P<f_y>[0-9]{{4}})(?![0-9])"
          rf"(?:\s*(?P<f_era>{_ERA}){_W})?)?)"),
    # يناير عام 2020، أغسطس/آب 2020، يونيو/حزيران الماضي، نهاية يوليو الماضي، في يوليو/تموز
    ("m", rf"(?P<m_span>{_part('m_')}?(?P<m_word>شهري?\s+)?{_month('m_')}(?:{_year('m_')}|{_shift('m_')}|{_of_year('m_')})?)"),
    # صيف 2021، شتاء العام الماضي، الصيف المقبل
    ("s", rf"(?P<s_span>(?P<s_s>{_SEASON}){_W}(?:{_year('s_')}|{_shift('s_')}"
          rf"|\s+(?:من\s+)?(?:هذا\s+)?(?P<s_cal>العام|عام|السنه)(?:{_shift('sc_')})?{_W}))"),
    # اليوم الخميس، اليوم (الخميس)، غد "السبت"، أمس، أول من أمس، صباح اليوم، غداً
    ("r", rf"(?P<r_span>(?:(?P<r_pod>{_POD})\s+)?(?P<r_word>{_RELDAY}){_W}"
          rf"(?:\s*[,،]?\s*(?P<r_open>[(\"«“])?\s*(?P<r_wd>{_WD}){_W}(?(r_open)\s*[)\"»”]))?)(?=\s+(?P<r_next>\w+))?"),
    # 1936 - 1939، عام 2020، منذ 2014، العام ( 1948 )، 1442 هـ، نهاية 2021
    # العام الماضي 2014، العام المالي 2013: the year written after its qualifier is the year
    ("y", rf"(?P<y_span>{_part('y_')}?(?:(?P<y_word>عام|العام|سنه|السنه|لعام|لسنه)\s*(?:{_YEAR_QUALIFIER}\s+)?)?"
          rf"(?P<y_open>\(\s*)?(?<![0-9][.,/:\-])(?P<y_y>[0-9]{{4}})(?![0-9]|[.,][0-9]|[-/.][0-9]{{1,2}}[-/.][0-9])"
          rf"(?:\s*[-/]\s*(?P<y_y2>[0-9]{{4}})(?![0-9]))?(?(y_open)\s*\))(?:\s*(?P<y_era>{_ERA}){_W})?)"
          rf"(?=\s*(?P<y_next>[^\s(]+))?"),
    # الخميس، يوم الخميس، الخميس الماضي، مساء السبت
    ("w", rf"(?P<w_span>(?:(?P<w_pod>{_POD})\s+)?(?:يوم\s+)?(?P<w_wd>{_WD}){_W}(?:{_shift('w_')})?)"),
    # العام الماضي، نهاية هذا العام، الأسبوع المقبل، مطلع الشهر، هذا الصيف
    ("p", rf"(?P<p_span>(?:{_part('p_')}(?P<p_this1>هذا\s+|هذه\s+)?(?P<p_u1>{_CAL}|{_SEASON}){_W}(?:{_shift('p_')})?"
          rf"|(?P<p_this2>هذا|هذه)\s+(?P<p_u2>{_CAL}|{_SEASON}){_W}"
          rf"|(?P<p_u3>{_CAL}|{_SEASON}){_W}\s+(?P<p_shift3>{_SHIFT}){_W}))"),
    # السنوات الثلاث الماضية، الأيام الخمسة الماضية، الأشهر الأخيرة
    ("l", rf"(?P<l_span>(?P<l_unit>{_PLURAL}){_W}(?:\s+(?P<l_n>[0-9]+|(?:{_NUMW})){_W})?"
          rf"\s+(?P<l_dir>الماضيه|الاخيره|المقبله|القادمه|المنصرمه|الفائته|الاولي|السابقه){_W})"),
    # قبل عشرين عاما، منذ عامين، قبل أكثر من ثلاث سنوات
    ("a", rf"(?P<a_span>(?P<a_cue>قبل|منذ)\s+(?:(?P<a_approx>{_APPROX})\s+)?(?:(?P<a_n>{_COUNT})\s+)?"
          rf"(?P<a_unit>{_UNIT}){_W}){_NOT_A_DATE_AFTER}(?=\s+(?P<a_next>\w+))?"),
    # الأربعينات، التسعينيات من القرن الماضي
    ("c", rf"(?P<c_span>(?P<c_d>{_DECADE})(?:ات|يات){_W}(?:\s+(?:من\s+)?القرن\s+(?P<c_c>الماضي|العشرين|التاسع\s+عشر|الحالي)"
          rf"{_W})?)"),
    # الساعة العاشرة صباحاً، الساعة 10:30، 00:00; an hour its part of the day follows, alone or closing a range
    # (``9 مساءً``، ``من 7 إلى 8.30 مساء``): not one a day follows (``قتل 5 مساء أمس``: five were killed)
    ("k", rf"(?P<k_span>الساعه\s+(?:(?P<k_h>[0-9]{{1,2}})(?:[:.](?P<k_m>[0-9]{{2}}))?(?![0-9])|(?P<k_hw>{_HOURS}){_W})"
          rf"(?:\s+(?P<k_frac>والنصف|والربع){_W})?(?:\s+(?P<k_ap>{_CLOCK_PERIOD}){_W})?"
          rf"|(?P<k_hh>[0-9]{{1,2}}):(?P<k_mm>[0-9]{{2}})(?![0-9])(?:\s+(?P<k_ap2>{_CLOCK_PERIOD}){_W})?"
          rf"|(?:(?P<k_from>[0-9]{{1,2}})(?:[.:](?P<k_fm>[0-9]{{2}}))?\s*(?:-|الي|حتي)\s*)?"
          rf"(?P<k_hd>[0-9]{{1,2}})(?:[.:](?P<k_md>[0-9]{{2}}))?(?![0-9])\s+(?P<k_ap3>{_CLOCK_PERIOD}){_W}"
          rf"(?!\s+(?:{_WD}|{_RELDAY}|يوم|ليله){_W}))"),
    # الآن، حالياً، في الوقت الحالي
    ("z", rf"(?P<z_span>{_PRESENT}){_W}"),
    # ثلاث سنوات، 45 يوماً، عامين (a length of time, not a date)
    ("u", rf"(?P<u_span>(?:(?P<u_n>{_COUNT})\s+(?P<u_unit>{_UNIT})|(?P<u_dual>{_DUAL})){_W}){_NOT_A_DATE_AFTER}"),
)

_PROCLITIC = r"(?P<pro>وب|ول|وك|فب|فل|لل|و|ف|ب|ل|ك)?"
MASTER_RE = re.compile(
    r"(?<!\w)" + _PROCLITIC + "(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in RULES) + ")"
)

# What follows a month that shares its year with the next one (``بين حزيران وآب من هذا العام``، ``شهري يونيو
# ويوليو 2021``): the second month and the year written after it, which is the first month's too.
_NEXT_MONTH = rf"\s+(?:و|او|الي|حتي)\s*(?:شهر\s+)?{_G}{_W}"  # ``وآب``، ``أو أكتوبر``، ``إلى شهر مايو``
COORDINATED_YEAR_RE = re.compile(rf"{_NEXT_MONTH}(?:\s*/\s*{_G}{_W})?(?:{_year('co_')}|{_of_year('co_')})")

# A shift written after a second month (``سبتمبر أو أكتوبر المقبلين``، ``يونيو ويوليو الماضيين``): the dual's
# shift is the first month's too.
COORDINATED_SHIFT_RE = re.compile(
    rf"{_NEXT_MONTH}(?:\s*/\s*{_G}{_W}|\s*\(\s*{_G}\s*\))?\s+(?P<shift>{_SHIFT}){_W}"
)

# Numeric dates alone, to learn an article's day/month order from its unambiguous dates first.
NUMERIC_DATE_RE = re.compile(r"(?<![0-9])([0-9]{1,2})\s*([/.\-])\s*([0-9]{1,2})\s*\2\s*([0-9]{4})(?![0-9])")

# ``اليوم الخميس``/``اليوم (الخميس)``: the weekday the text calls today, which may differ from the
# publication date by the night between writing and a midnight time stamp; or yesterday's or tomorrow's
# (``أمس الأحد``، ``غدا الأربعاء``), a day before or after it; not the day before yesterday's (``أول من أمس الأحد``،
# ``أول أمس (الأحد)``).
TODAY_WEEKDAY_RE = re.compile(
    rf"(?<!\w)(?<!اول\s)(?<!اول من\s)(?P<day>اليوم|امس|غدا)\s*[,،]?\s*(?P<open>\()?\s*(?P<wd>{_WD}){_W}(?(open)\s*\))"
)


def _first_words() -> frozenset[str]:
    """The words a rule can start with (its proclitic aside)."""
    words: set[str] = set()
    for table in (t.GREGORIAN_MONTHS, t.HIJRI_MONTHS, t.WEEKDAYS, t.ORDINAL_DAYS, t.RELATIVE_DAYS, t.PERIOD_PARTS,
                  t.CALENDAR_UNITS, t.SEASONS, t.PERIOD_PLURALS, t.DECADES, t.PRESENT, t.HIJRI_FEASTS, t.UNITS,
                  NUMBER_WORDS):
        words.update(key.split()[0] for key in table)
    words.update(w.split()[0] for w in _POD.replace(r"\s+", " ").split("|"))
    words.update(t.EXPRESSION_OPENERS)
    words.update(d + suffix for d in t.DECADES for suffix in ("ات", "يات"))
    return frozenset(words)


_PROCLITICS = morphology.TIME_PROCLITICS


# Every first word, bare and behind each proclitic, as one trie; or a word with a digit in its first three
# characters (2021، و2021، ال26).
_TRIGGER_RE = re.compile(
    r"(?<!\w)(?:(?:" + word_alternation(p + w for w in _first_words() for p in ("", *_PROCLITICS)) + r")(?!\w)|\w{0,2}[0-9])"
)


def candidate_starts(key: str) -> list[int]:
    """Offsets of the words of ``key`` where some rule may start: digits (also ``ال26``) and the first
    words of the tables, with or without a proclitic."""
    return [m.start() for m in _TRIGGER_RE.finditer(key)]
