"""How each outlet names the actors of a story, and which verbs it reports them with.

Outlets choose names (``داعش`` / ``تنظيم الدولة الإسلامية`` / ``تنظيم الدولة``) and attribution verbs
(``قال`` / ``أكد`` / ``زعم``) along their editorial line; side by side, the choices show it.

Columns are outlets. An article without an outlet (a file with no manifest entry) gets a column of its
own, keyed by its article id, so that its choices are neither lost nor credited to another outlet.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from marsad.model import Article, Entity, Naming, Quote
from marsad.text import normalize_key

__all__ = ["attribution_verbs", "name_choices", "outlet_key"]


def outlet_key(article: Article) -> str:
    """The column an article's choices go under: its outlet, or its id when the outlet is unknown."""
    return article.outlet or article.id


def name_choices(entities: Sequence[Entity], articles: Sequence[Article]) -> tuple[Naming, ...]:
    """For each entity named in more than one way and mentioned under at least two columns, the names
    each column uses, as written, most used first (spellings with the same matching key count as one,
    under the first written).

    Entities keep their story order (most mentioned first).
    """
    column = {a.id: outlet_key(a) for a in articles}
    out = []
    for entity in entities:
        shown: dict[str, str] = {}  # key -> first written form
        counts: dict[str, Counter[str]] = {}
        for m in entity.mentions:
            if m.article not in column:
                continue
            key = normalize_key(m.text)
            shown.setdefault(key, m.text)
            counts.setdefault(column[m.article], Counter())[key] += 1
        if len(shown) < 2 or len(counts) < 2:
            continue
        by_outlet = {
            outlet: tuple(shown[k] for k, _ in sorted(c.items(), key=lambda kv: -kv[1]))
            for outlet, c in counts.items()
        }
        out.append(Naming(entity=entity.id, name=entity.name, by_outlet=by_outlet))
    return tuple(out)


def attribution_verbs(quotes: Sequence[Quote], articles: Sequence[Article]) -> dict[str, dict[str, int]]:
    """Column -> attribution cue (dictionary form: ``قال``، ``أكد``، ``زعم``، ``بحسب``) -> how many quotes
    that column reports with it, most used first; columns in article order."""
    column = {a.id: outlet_key(a) for a in articles}
    counts: dict[str, Counter[str]] = {key: Counter() for key in dict.fromkeys(column.values())}
    for q in quotes:
        if q.article in column and q.cue:
            counts[column[q.article]][q.cue] += 1
    return {key: dict(c.most_common()) for key, c in counts.items() if c}
