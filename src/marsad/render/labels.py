"""The words and values a reader is shown, in one place for the Markdown, the HTML report and the web
pages: short citation labels for articles (what a reader sees in brackets instead of a file name), the
label shown instead of a speaker whose reading is uncertain, the names of entity types and of the cleaning
stage's reasons, and numbers and claim values as written."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..ingest.sourcefile import url_host
from ..model import Article, Claim

__all__ = [
    "ENTITY_TYPE_LABELS",
    "ENTITY_TYPE_NAMES",
    "REASON_LABELS",
    "UNCLEAR_ATTRIBUTION",
    "UNKNOWN_OUTLET",
    "article_labels",
    "claim_value",
    "format_value",
    "known_outlets",
    "outlet_name",
    "speaker_label",
]

# Headings of the entity lists (plural) and the name of one entity's type (singular).
ENTITY_TYPE_LABELS = {"PER": "أشخاص", "ORG": "منظمات وهيئات", "LOC": "أماكن", "MISC": "أخرى"}
ENTITY_TYPE_NAMES = {"PER": "شخص", "ORG": "منظمة أو هيئة", "LOC": "مكان", "MISC": "اسم آخر"}  # one of them

# Arabic labels of the clean stage's reason codes (marsad.clean.REASONS), shown beside removed residue.
REASON_LABELS = {
    "layout": "تنسيق",
    "date-line": "سطر التاريخ",
    "counter": "عدّاد",
    "media": "بقايا صورة أو فيديو",
    "caption": "تعليق صورة",
    "share-bar": "أزرار المشاركة",
    "tags": "وسوم",
    "related-link": "روابط ذات صلة",
    "tweet-embed": "تغريدة مضمّنة",
    "embed": "منشور مضمّن",
    "link": "رابط",
    "follow-us": "دعوة إلى المتابعة",
    "newsletter": "النشرة البريدية",
    "copyright": "حقوق النشر",
    "promo": "ترويج",
    "comments": "التعليقات",
    "disclaimer": "إخلاء مسؤولية",
    "repeated-paragraph": "فقرة مكررة",
    "title-repeat": "تكرار العنوان",
}


UNKNOWN_OUTLET = "مصدر غير معروف"
"""Shown for an article whose outlet is not known and whose URL (if any) names no host."""

UNCLEAR_ATTRIBUTION = "إسناد غير واضح"
"""Shown instead of a name for a quote whose speaker is uncertain (:func:`marsad.extract.quotes.attributed`)."""


def outlet_name(article: Article) -> str:
    """The outlet of ``article`` as a reader is shown it: its name; when unknown, the host of its URL
    (``www.`` left off); else :data:`UNKNOWN_OUTLET`. Never the article's id, which names a file, not a
    source.

    >>> from marsad.model import Article
    >>> [outlet_name(Article("a", "", outlet=o, url=u)) for o, u in
    ...  (("الجزيرة نت", None), (None, "https://www.okaz.com.sa/news/1"), (None, None))]
    ['الجزيرة نت', 'okaz.com.sa', 'مصدر غير معروف']
    """
    return article.outlet or url_host(article.url) or UNKNOWN_OUTLET


def known_outlets(articles: Iterable[Article]) -> list[str]:
    """The outlets of ``articles`` as :func:`outlet_name` shows them (the URL's host when the outlet is not
    given), each once, in the articles' order; those not known at all left out.

    >>> from marsad.model import Article
    >>> known_outlets([Article("a", "", url="https://sabq.org/x"), Article("b", "", outlet="عكاظ"),
    ...                Article("c", "", url="https://sabq.org/y"), Article("d", "")])
    ['sabq.org', 'عكاظ']
    """
    return [name for name in dict.fromkeys(outlet_name(a) for a in articles) if name != UNKNOWN_OUTLET]


def article_labels(articles: Iterable[Article]) -> dict[str, str]:
    """A unique label per article id: the outlet's name (:func:`outlet_name`: the URL's host or
    :data:`UNKNOWN_OUTLET` when the outlet is unknown) when it is the only article of that name here,
    ``name 2`` (numbered in digest order) when there are several.

    >>> from marsad.model import Article
    >>> article_labels([Article("a", "", outlet="الجزيرة نت"), Article("b", "", outlet=None),
    ...                 Article("c", "", outlet=None)])
    {'a': 'الجزيرة نت', 'b': 'مصدر غير معروف 1', 'c': 'مصدر غير معروف 2'}
    """
    articles = list(articles)
    names = {a.id: outlet_name(a) for a in articles}
    per_name = Counter(names.values())
    seen: Counter[str] = Counter()
    labels = {}
    for a in articles:
        name = names[a.id]
        if per_name[name] == 1:
            labels[a.id] = name
        else:
            seen[name] += 1
            labels[a.id] = f"{name} {seen[name]}"
    return labels


def speaker_label(name: str | None) -> str:
    """A speaker group's heading: its name, or :data:`UNCLEAR_ATTRIBUTION` for the unclear group."""
    return name or UNCLEAR_ATTRIBUTION


def format_value(value: float) -> str:
    """``2500.0`` -> ``2,500``; ``2.5`` -> ``2.5``."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0")


def claim_value(claim: Claim) -> str:
    """A claim's value as shown: ``2,500``، ``60 %``، ``2021-12``."""
    if isinstance(claim.value, str):
        return claim.value
    return format_value(claim.value) + (f" {claim.unit}" if claim.unit else "")
