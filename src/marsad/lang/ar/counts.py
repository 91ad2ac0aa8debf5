"""A count with its noun in the form Arabic grammar gives it: ``قصة واحدة``، ``مقالان``، ``5 مقالات``،
``11 مقالًا``، ``100 مقال``.

The form follows the plural categories of the Unicode CLDR rules for Arabic (``zero``: 0; ``one``: 1;
``two``: 2; ``few``: the last two digits 3–10; ``many``: the last two digits 11–99; ``other``: the rest,
100–102, 200, 1000 …), written out here because they are five comparisons and no dependency is worth it:

* 1 and 2 are said by the noun alone: ``قصة واحدة``، ``مقال واحد`` (the number as an adjective after the
  noun), and the dual ``قصتان``، ``مقالان`` — ``مقالين`` in the oblique case (after a preposition such as
  ``من``, or as an object or adverb: ``ذُكر مرتين``);
* 3–10 (and 103–110 …) take the plural: ``5 مقالات``؛
* 11–99 (and 111–199 …) take the singular in the accusative (the tamyiz): ``11 مقالًا``; a noun ending in
  ta marbuta shows no change in unvocalized script (``11 قصة``), as news copy writes it;
* 100, 101, 102, 1000 … take the singular in the genitive (the noun counted by مئة/ألف): ``100 مقال``؛
* 0 takes the plural: ``0 مقالات`` (a count shown as a figure, as Arabic interfaces write it).

Numbers stay in digits (as the rest of the briefing writes them) except 1 and 2, which the noun says.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["NOUNS", "CountedNoun", "count_phrase", "plural_category"]


@dataclass(frozen=True, slots=True)
class CountedNoun:
    """The forms a counted noun takes: ``one`` (the noun with واحد/واحدة), the dual in the nominative and
    the oblique case, the plural (3–10), the accusative singular (11–99) and the genitive singular (100)."""

    one: str
    dual: str
    dual_oblique: str
    plural: str
    accusative: str
    genitive: str


# Every noun the briefing and the web pages count, declared once.
NOUNS: dict[str, CountedNoun] = {
    "article": CountedNoun("مقال واحد", "مقالان", "مقالين", "مقالات", "مقالًا", "مقال"),
    "new article": CountedNoun("مقال جديد واحد", "مقالان جديدان", "مقالين جديدين", "مقالات جديدة",
                               "مقالًا جديدًا", "مقال جديد"),
    "story": CountedNoun("قصة واحدة", "قصتان", "قصتين", "قصص", "قصة", "قصة"),
    "outlet": CountedNoun("منفذ واحد", "منفذان", "منفذين", "منافذ", "منفذًا", "منفذ"),
    "time": CountedNoun("مرة واحدة", "مرتان", "مرتين", "مرات", "مرة", "مرة"),
    "result": CountedNoun("نتيجة واحدة", "نتيجتان", "نتيجتين", "نتائج", "نتيجة", "نتيجة"),
}

Category = Literal["zero", "one", "two", "few", "many", "other"]


def plural_category(n: int) -> Category:
    """The CLDR plural category of the whole number ``n`` (≥ 0) in Arabic."""
    if n == 0:
        return "zero"
    if n == 1:
        return "one"
    if n == 2:
        return "two"
    if 3 <= n % 100 <= 10:
        return "few"
    if 11 <= n % 100 <= 99:
        return "many"
    return "other"


def count_phrase(n: int, noun: str, *, oblique: bool = False) -> str:
    """``n`` and the noun of :data:`NOUNS` named ``noun``, agreeing: ``count_phrase(1, "story")`` is
    ``قصة واحدة``, ``count_phrase(5, "article")`` is ``5 مقالات``. ``oblique`` gives the dual's oblique
    form, for a count after a preposition or as an object or adverb (``من مقالين``، ``ذُكر مرتين``).
    Raises ``KeyError`` for an undeclared noun and ``ValueError`` for a negative count."""
    if n < 0:
        raise ValueError(f"a count cannot be negative: {n}")
    forms = NOUNS[noun]
    category = plural_category(n)
    if category == "one":
        return forms.one
    if category == "two":
        return forms.dual_oblique if oblique else forms.dual
    word = {"zero": forms.plural, "few": forms.plural, "many": forms.accusative, "other": forms.genitive}[category]
    return f"{n} {word}"
