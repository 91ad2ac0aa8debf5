"""Which stories come first: the ones most outlets report, with the most articles, most recently.

A reader opening marsad wants the day's main events before single items. The order is by a rank key:

    ln(1 + outlets) + 0.5 * ln(articles) + day / recency_days

``day`` is the ordinal of the story's latest day (:func:`marsad.cluster.publication_day`), so each
``recency_days`` older costs as much as ``e`` times more outlets: on one day, a story that five outlets
carry (ln 6 = 1.8) comes before one with two outlets (ln 3 = 1.1) and twenty articles (+1.5 against +0);
a week-old story needs far more coverage to stay above today's. The key depends on the story alone, so a
store keeps it in a column and a page of stories is one indexed query; keys of stories with no dated
article use the day they were stored (the store) or the newest day of the collection (a digest).
"""

from __future__ import annotations

import math

__all__ = ["rank_key"]


def rank_key(outlets: int, articles: int, day: int | None, recency_days: float) -> float:
    """The importance rank key of a story (higher first); ``day`` an ordinal, None for no recency."""
    weight = math.log1p(max(outlets, 1)) + 0.5 * math.log(max(articles, 1))
    return weight + (day / recency_days if day is not None else 0.0)
