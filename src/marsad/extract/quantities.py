"""Figures in Arabic news: the number, its unit, and the noun it counts.

Figures are found by :func:`marsad.text.numbers.find_numbers` (digits in every form, number words, digits
with scale words). Around each one this module reads:

* the unit after it: a percent sign or percent words (``60%``، ``٦٠٪``، ``بالمئة``، ``في المائة``) → ``%``; a
  currency (``مليار دولار``، ``ريال سعودي``) → its ISO 4217 code, or the currency word when the country is not
  named (``ريال`` alone may be Saudi, Qatari, Omani...); a bare fraction (``ثلث``، ``نصف``) is a share and is
  given in ``%`` too, so ``ثلث`` and ``33%`` compare;
* the noun counted: the word right after the figure (``2500 جندي``، ``ثلاث طائرات``; it joins the span),
  after ``من`` for shares (``60% من قوات التحالف``), or — when the figure stands alone after ``عددها``/
  ``عددهم`` — the noun the relative clause hangs on (``القوات الأمريكية ... والتي يبلغ عددها 2500``).

Not quantities: numbers inside time expressions (``منذ 2014``، ``9/10/2021``، ``ثلاث سنوات``), identifiers
(``القرار 2254``، ``F-16``، ``كوفيد-19``), and number words that count nothing (``في آن واحد``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from marsad.lang.ar import function_words, morphology
from marsad.lang.ar import quantities as quantity_words
from marsad.model import Article, Quantity, TimeExpr
from marsad.text import normalize_key
from marsad.text.normalize import KeyOrigin, search_key
from marsad.text.numbers import NumberMatch, find_numbers, parse_number_words

from .ner.features import stripped_keys
from .times import find_times

__all__ = ["find_quantities"]


def _keys(words: str) -> frozenset[str]:
    return frozenset(normalize_key(w) for w in words.split())


# Percent after a figure. Source: the spellings of Arabic financial and news copy (المئة/المائة, Levantine
# بالمية).
_PERCENT_RE = re.compile(
    r"\s*(?:%|(?:بال|في\s+ال)(?:" + "|".join(sorted(_keys("مئة مائة مية"), key=len, reverse=True)) + r")(?!\w))"
)

# Currency words (singular, accusative, plural, with the article), and the ISO 4217 code of each with the
# nationality adjective that names the country. A currency without its adjective keeps its Arabic name as
# unit, except the dollar (US unless another country is named) and the euro. Source: ISO 4217 and the
# currency names central banks of the region publish.
_CURRENCY_WORDS: dict[str, str] = {
    key: name for name, forms in quantity_words.CURRENCIES.items() for key in _keys(forms)
}
_CURRENCY_DEFAULT = {"دولار": "USD", "يورو": "EUR"}
_CURRENCY_COUNTRY: dict[tuple[str, str], str] = {
    (currency, normalize_key(adjective)): code
    for currency, table in quantity_words.CURRENCY_COUNTRIES.items()
    for adjective, code in table.items()
}
_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
_WORD_RE = re.compile(r"\s*(?P<of>من\s+)?(?P<word>[^\W\d_]+)")
_ADJECTIVE_RE = re.compile(r"\s+([^\W\d_]+)")

_NOT_COUNTED = _keys(function_words.NOT_COUNTED)
_IDENTIFIER_BEFORE = _keys(quantity_words.IDENTIFIER_NOUNS)
_NUMBERED_IN_BRACKETS = _keys(quantity_words.NUMBERED_IN_BRACKETS)
_CLOCK_AFTER = _keys(quantity_words.CLOCK_AFTER)
# ``عددها``/``عددهم``: "their number", the figure counting a noun said before it.
_COUNT_OF_RE = re.compile(r"(?<!\w)(?:و|ب)?(?:عدد|تعداد)(?:ها|هم|ه|هن)(?!\w)")
_COUNTABLE = _keys(quantity_words.COUNTABLE_NOUNS)
_PREFIXES = morphology.ARTICLE_PREFIXES
_CLAUSE_STOP = frozenset(".!?؟\n؛;")
_OPENERS = "«\"“‘'(["


def find_quantities(article: Article, *, times: Sequence[TimeExpr] | None = None) -> list[Quantity]:
    """The figures of ``article``'s clean text, in text order, with value, unit and counted noun.

    The span covers the figure, its unit and, when it follows right after, the counted noun
    (``2.5 ألف جندي``); ``counted_span`` is the noun's own span, wherever it is. Numbers inside time
    expressions are left out: pass the article's ``times`` (:func:`marsad.extract.times.find_times`) when
    they are at hand, or they are found again.
    """
    text = article.text
    key, origin = search_key(text)
    spans = sorted((x.start, x.end) for x in (times if times is not None else find_times(article)))
    # the first time expression ending after a number starts, by bisection over the running maximum of
    # the ends (a scan of every expression for every number took 8 s of a text of 3,000 dates)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))
    out: list[Quantity] = []
    for number in find_numbers(text):
        first = bisect.bisect_right(reach, number.start)
        if first < bisect.bisect_left(starts, number.end) or _is_identifier(text, number):
            continue
        quantity = _read(article.id, text, key, origin, number)
        if quantity is not None:
            out.append(quantity)
    return out


# what stands between an identifier's noun and its number without being a word: brackets, a colon, a dash, or
# one letter of a series
_NO_WORD = re.compile(r"[()\[\]:\-–/«»\"]+|\(?[\u0621-\u064A]\)?")


# a list's item number: one or two digits after the start, a colon or a full stop, then a dash or a bracket and a
# word (``شملت الآتي : 1 - حادث استهداف المصلين ... 2 - حادث إطلاق النار``: SaudiNewsNet 2015-07-21, the figures
# 1 to 5 of a story's table); not a score (``3 - 1``), whose dash a number follows
_ITEM_AFTER = re.compile(r"\s?[-–)]\s*[\u0621-\u064A]")
_ITEM_BEFORE = re.compile(r"(?:^|[:.؛\n])\s*$")


def _is_identifier(text: str, number: NumberMatch) -> bool:
    before = text[max(0, number.start - 2) : number.start]
    after = text[number.end : number.end + 2]
    if number.end - number.start <= 2 and text[number.start : number.end].isdigit() \
            and _ITEM_AFTER.match(text, number.end) and _ITEM_BEFORE.search(text[max(0, number.start - 4) : number.start]):
        return True  # an item's number in a list
    if re.search(r"[A-Za-z\u0600-\u06FF][-‐–]$", before) or re.match(r"^[-‐–]?[A-Za-z]", after):
        return True  # F-16, كوفيد-19, G20
    if before.endswith(("/", ":")) or after.startswith(("/", ":")):
        return True  # parts of a date, a ratio or a clock time the tagger left
    if before.rstrip().endswith("+") or after.lstrip().startswith("+"):
        return True  # a group's name: ``دول (5+1)``، ``مجموعة 5 + 1``
    if text[max(0, number.start - 4) : number.start].rstrip().endswith("/"):
        return True  # a numbered letter or order: ``الأمر الملكي رقم ( أ / 90 )``
    following = text[number.end : number.end + 30].split()[:1]
    if following and normalize_key(following[0]) in _CLOCK_AFTER:
        return True  # a clock time: ``0937 بتوقيت جرينتش``
    before_words = text[max(0, number.start - 40) : number.start].split()
    previous = before_words[-1:]
    # a quotation mark or bracket opening a unit's name is no part of the word (``«اللواء 55 حرس جمهوري»``), nor
    # is a preposition on it (``بزيارة للفوج 37``)
    if previous and any(
        key in _IDENTIFIER_BEFORE for key in stripped_keys(previous[0].lstrip(_OPENERS))
    ):
        return True
    # the word before, past brackets, a colon and a series letter (``رقم ( 90 )``، ``الرقم : أ 245``)
    previous = [w for w in before_words if not _NO_WORD.fullmatch(w)][-1:]
    return bool(previous) and normalize_key(previous[0]).removeprefix("و") in _NUMBERED_IN_BRACKETS


# ``عام ونصف``، ``متر ونصف``: a word written right before a fraction with ``و``
_BEFORE_AND_A_FRACTION = re.compile(r"([\u0621-\u064A]+)\s+و$")


def _and_a_fraction(article_id: str, text: str, number: NumberMatch) -> Quantity | bool | None:
    """A fraction word after ``و`` and a noun: one of that noun and the fraction (``عام ونصف`` = 1.5 years, ``متر
    ونصف``). It was read as a share, 50 % (SaudiNewsNet 2015-08-02: ``الطفل علي سعد دوابشة (عام ونصف)``). A dual
    or plural before it (``ثلاث سنوات ونصف``) adds the fraction to a number the figure does not hold: nothing is
    read then (``False``). ``None`` when no noun stands right before ``و``."""
    if number.digits or number.value >= 1 or text[number.start - 1 : number.start] != "و":
        return None
    before = _BEFORE_AND_A_FRACTION.search(text, max(0, number.start - 40), number.start)
    if before is None:
        return None
    word = before.group(1)
    word_key = normalize_key(word)
    if word_key.startswith("ال") or parse_number_words([word]) is not None or word_key in _NOT_COUNTED:
        return None  # ``الموظفين ونصف``? a number's own fraction (``مليون ونصف``) is the number reader's
    if word_key.endswith(morphology.DUAL_PLURAL_ENDINGS):
        return False
    return Quantity(
        article_id, before.start(1), number.end, text[before.start(1) : number.end], 1 + number.value,
        None, word, (before.start(1), before.end(1)),
    )


def _read(article_id: str, text: str, key: str, origin: KeyOrigin, number: NumberMatch) -> Quantity | None:
    fraction = _and_a_fraction(article_id, text, number)
    if fraction is not None:
        return fraction or None
    start, end = number.start, number.end
    k_start, k_end = origin.key_offset(start), origin.key_offset(end)
    value, unit = number.value, None
    percent = _PERCENT_RE.match(key, k_end)
    if percent:
        unit, k_end = "%", percent.end()
    else:
        currency = _currency(key, k_end)
        if currency:
            unit, k_end = currency
        elif not number.digits and number.value < 1:
            unit, value = "%", round(number.value * 100, 2)  # ثلث، نصف: a share, given in percent
    if text[start - 1 : start] in _SYMBOLS and unit is None:
        unit, start = _SYMBOLS[text[start - 1]], start - 1
    end = origin.text_span(k_end - 1, k_end)[1] if k_end > k_start else end
    share_word = not number.digits and number.value < 1
    counted, counted_span = (
        _counted_before(text, key, origin, k_start, k_end)
        if unit is None and not number.digits and number.value in _ADJECTIVE_NUMBERS else (None, None)
    )
    if counted is None:
        counted, counted_span, end = _counted(text, key, origin, k_end, end, unit, share_word, number.digits)
    if counted is None and unit is None:
        counted, counted_span = _antecedent(text, key, origin, k_start)
    if not number.digits and unit is None and counted is None:
        return None  # a number word counting nothing (في آن واحد)
    if (unit is None and counted is not None and _THOUSANDS.fullmatch(text[number.start : number.end])
            and _bare(normalize_key(counted)) not in _MEASURES):
        value = float(text[number.start : number.end].replace(".", ""))
    return Quantity(article_id, start, end, text[start:end], value, unit, counted, counted_span)


# A count written with a dot before exactly three digits and nothing after: the dot groups thousands, as
# wire copy in the Gulf and the Levant writes them (``462.147 سهماً``, ``3.000 شخص``); things counted one by one
# are not counted in thousandths. (With a scale word, ``2.5 ألف``, a currency, ``1.250 مليون دولار``, or a
# unit of measure, ``12.345 كيلومتر``, the dot is a decimal point, and the number reader's value stands.)
_MEASURES = _keys(quantity_words.MEASURE_UNITS)
_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")


def _currency(key: str, at: int) -> tuple[str, int] | None:
    """The currency right after a figure (``دولار``، ``من الدولارات``، ``ريال سعودي``) and where it ends."""
    m = _WORD_RE.match(key, at)
    if not m or m.group("word") not in _CURRENCY_WORDS:
        return None
    currency = _CURRENCY_WORDS[m.group("word")]
    adjective = _ADJECTIVE_RE.match(key, m.end())
    if adjective:
        for word in (adjective.group(1), adjective.group(1).removeprefix("ال")):
            code = _CURRENCY_COUNTRY.get((currency, word))
            if code:
                return code, adjective.end()
    return _CURRENCY_DEFAULT.get(currency, currency), m.end()


def _counted(text: str, key: str, origin: KeyOrigin, k_end: int, end: int, unit: str | None,
             share_word: bool, digits: bool) -> tuple[str | None, tuple[int, int] | None, int]:
    """The noun after the figure: adjacent (joins the span), after ``من`` for percentages (``60% من
    القوات``), or in construct after a fraction word (``ثلث مساحة``)."""
    if unit not in (None, "%"):
        return None, None, end
    m = _WORD_RE.match(key, k_end)
    if not m:
        return None, None, end
    word = m.group("word")
    partitive = m.group("of") is not None
    if word in _NOT_COUNTED or word.startswith("و") or (unit == "%" and not partitive and not share_word):
        return None, None, end
    s, e = origin.text_span(m.start("word"), m.end("word"))
    if digits and unit is None and not partitive and text[s:e].startswith("ال"):
        # a figure's counted noun is indefinite (``25 لاعبا``): a definite word after digits is the next
        # phrase's (``التقرير الـ 51 الصادر حديثا``، ``كاك 40 الفرنسي``، ``الرحلة 111 المتجهة``: SaudiNewsNet
        # 2015-07-22). A number word in construct counts a definite one (``عشرات الجرحى``، ``آلاف السياح``).
        return None, None, end
    return text[s:e], (s, e), (end if partitive else e)


def _counted_before(text: str, key: str, origin: KeyOrigin, k_start: int, k_end: int) -> tuple[str | None, tuple[int, int] | None]:
    """The noun a definite number word follows as its adjective: ``الأطقم الثلاثة الجديدة``، ``الدول الخمس``
    (the word after it, ``الجديدة``، ``الكبرى``, describes the noun, and is not what is counted). Not when an
    indefinite noun follows the number, which it then governs (``الفريق الأربع مباريات``)."""
    if not _DEFINITE_RE.fullmatch(key, k_start, k_end):
        return None, None
    after = _WORD_RE.match(key, k_end)
    if after is not None and after.group("of") is None and after.group("word") not in _NOT_COUNTED and not (
        after.group("word").startswith(_DEFINITE_PREFIXES)
    ):
        return None, None  # ``الأربع مباريات``: the number governs the noun after it
    before = _WORD_BEFORE_RE.search(key, max(0, k_start - 40), k_start)
    if before is None or not before.group("word").startswith(_DEFINITE_PREFIXES):
        return None, None
    word = before.group("word")
    if word in _NOT_COUNTED or _bare(word) in _NOT_COUNTED:
        return None, None
    s, e = origin.text_span(before.start("word"), before.end("word"))
    return text[s:e], (s, e)


# The numbers that follow their noun as an adjective with the article (``الدول الخمس``): three to ten. Not
# two (``الاثنين`` is Monday), nor the tens, which after a noun are ordinals (``القرن العشرين``).
_ADJECTIVE_NUMBERS = frozenset(range(3, 11))
# A number word with the article (``الثلاثة``، ``والخمس``), and the definite word before it.
_DEFINITE_PREFIXES = tuple(p for p in morphology.ARTICLE_PREFIXES if p.endswith(("ال", "لل")))
_DEFINITE_RE = re.compile(r"(?:و|ف|ب)?(?:ال|لل)[^\W\d_]+")
_WORD_BEFORE_RE = re.compile(r"(?P<word>[^\W\d_]+)\s+$")


def _bare(word: str) -> str:
    """``word`` (a key) without a leading conjunction, preposition or article: والقوات -> قوات."""
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


def _antecedent(text: str, key: str, origin: KeyOrigin, k_start: int) -> tuple[str | None, tuple[int, int] | None]:
    """For a figure after ``عددها``/``عددهم``: the counted noun said before, in the same sentence."""
    window_start = max(0, k_start - 40)
    before = key[window_start:k_start]
    mentions = list(_COUNT_OF_RE.finditer(before))
    if not mentions:
        return None, None
    stop = window_start + mentions[-1].start()
    begin = stop
    while begin > 0 and key[begin - 1] not in _CLAUSE_STOP and stop - begin < 300:
        begin -= 1
    words = list(re.finditer(r"[^\W\d_]+", key[begin:stop]))
    for w in reversed(words):
        if _bare(w.group(0)) in _COUNTABLE:
            s, e = origin.text_span(begin + w.start(), begin + w.end())
            return text[s:e], (s, e)
    return None, None
