"""Story clustering: group articles that report the same event, each story with its facets.

Method (each step measured in ``bench/cluster_eval.py``; the values are :class:`marsad.settings.ClusterSettings`):

1. **Vectors** (:mod:`marsad.cluster.vectors`): stems and their character n-grams of headline, lead and
   body, weighed by their rarity in a fixed background (so two articles compare alike whatever else is
   clustered).
2. **Graph** (:mod:`marsad.cluster.graph`): each article keeps its most similar articles within the
   time window; articles in another script are never linked to Arabic ones.
3. **Angles** (:mod:`marsad.cluster.linkage`): average linkage. Two groups merge when the mean similarity
   over all their pairs reaches a requirement that grows with how crowded their days are (the more
   reports compete on the same days, the more two must share to be one story: among 1,400 articles of a
   day, unrelated pairs reach 0.2 by chance, among 50 reports spread over years they stay under 0.1) and
   with the time between them (a follow-up months later must resemble its story more). An article's days
   are the day it was published and the days its headline and lead name with their year
   (:mod:`marsad.cluster.referred`): a report of the trial three years on that names ``تفجيرات لندن 7
   يوليو 2005`` is near the bombing's reports in time, and the window reaches them too.
4. **Stories** (:mod:`marsad.cluster.anchors`): the groups several outlets report are joined when they
   share their anchors — the event's own words every report repeats — and what is left alone joins the
   larger story whose anchors its reports hold, each anchor counted by how specific it is to the story
   among the reports of its days. A follow-up weeks or months later joins the same way, but must hold
   more of the story as the gap grows (``anchor_attach * (1 + gap / gap_days)``, the linkage's rule),
   and never across more than ``window_days``.
5. **Named events** (:mod:`marsad.cluster.events`): stories whose headlines name one scheduled event
   (``الانتخابات البلدية``، ``سوق عكاظ``) within ``anchor_days`` are one story, told from town after town.
6. **One outlet alone** (:mod:`marsad.cluster.outlets`): a story all of whose reports are one outlet's, among
   the articles of several outlets, keeps together only its copies: a newsroom's own templates (a wire's
   rain in three governorates, a page of wedding notices) match as well as two outlets' reports of one event.
7. **Named** (:mod:`marsad.cluster.named`): a story of several articles told within two days keeps together
   only when one name (a person, an organization, a place, a market) recurs in the headlines and leads of
   enough of them: a run of one template across outlets (the day's Eid receptions, each naming its own
   company) is not one event; a named event's name counts.
8. **Facets** (:mod:`marsad.cluster.facets`): the groups of a story are its angles, folded into a handful a
   reader can open (at most ``facets_most``, none of a single report).

Why the window bounds *pairs* rather than whole stories: a story that keeps being reported is one story
(the demo's reports span April to December 2021; MultiLing's topics span months to years). A story may
run longer than the window as long as its articles, period by period, carry it.

Why crowding and not one threshold: measured on the labelled SaudiNewsNet days (1,400 articles a day)
the best single threshold was 0.2–0.25, on MultiLing's five topics of ten reports 0.08–0.1; at either
value the other set lost a quarter of its F1. Both are met by one rule (docs/quality.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

import scipy.sparse as sp

from marsad.model import Article
from marsad.settings import DEFAULT, ClusterSettings

from .anchors import join_angles
from .events import event_names, join_events
from .facets import fold_facets
from .graph import similarity_graph, with_referred_pairs
from .linkage import Requirement, average_linkage, crowding, densities
from .named import NamesOf, headline_names, one_person_throughout, unnamed_apart
from .outlets import one_outlet_apart
from .places import Places, article_places, market_sessions, places_apart
from .referred import referred_days
from .vectors import ArticleFeatures, article_features

__all__ = ["StoryGroup", "cluster_stories", "group_stories", "publication_day", "story_angles"]


@dataclass(frozen=True, slots=True)
class StoryGroup:
    """One story: its article ids (by date, undated last) and, when it has several angles, its facets
    (article ids each, largest first; empty when the story is one thread)."""

    articles: tuple[str, ...]
    facets: tuple[tuple[str, ...], ...] = ()


def group_stories(
    articles: Sequence[Article],
    settings: ClusterSettings = DEFAULT.cluster,
    *,
    density: Sequence[int] | None = None,
    several_outlets: bool | None = None,
    names: NamesOf | None = None,
) -> list[StoryGroup]:
    """Group ``articles`` into stories with their facets.

    Every article is in exactly one story. Stories come largest first, then by their earliest day
    (stories with no dated article last), then by their first article id; inside a story, articles come
    by date (undated last), then by id. The result depends on the set of articles only, not on their
    order. ``density[i]`` may give, for ``articles[i]``, how many articles were published within
    ``settings.density_days`` of it when they are more than those given (a store clustering a few new
    articles against the days they join); by default it is counted among ``articles``. ``several_outlets`` says
    whether the articles come from two outlets or more when more were given elsewhere (a store: its other
    articles), for :mod:`marsad.cluster.outlets`; by default it is counted among ``articles``. ``names`` may
    give the names of articles' headlines and leads when they were found beforehand
    (:mod:`marsad.cluster.named`). Raises ``ValueError`` on repeated article ids.
    """
    found = _angles(articles, settings, density)
    if found is None:
        return []
    ordered, days, counts, features, graph, places, angles = found
    outlets = [a.outlet for a in ordered]
    if several_outlets is None:
        several_outlets = len({outlet for outlet in outlets if outlet}) >= 2
    joined = join_angles(
        angles, features.stems, features.stem_idf, outlets, days, settings, apart=features.latin,
        density=counts, markets=[min(p.markets) if len(p.markets) == 1 else None for p in places],
    )
    # a scheduled event named in the headlines joins its reports from town after town (cluster/events.py)
    events = event_names(ordered, [bool(p.markets) for p in places]) if settings.named_events else None
    stories = [[angles[k] for k in parts] for parts in joined]
    if events is not None:
        stories = join_events(
            stories, events, days, settings.named_share, settings.anchor_days, [p.countries for p in places]
        )

    def one_person(rows: list[int]) -> bool:
        """A story one outlet tells, of ``one_outlet_person_least`` reports or more, naming one person throughout."""
        if len(rows) < settings.one_outlet_person_least or settings.one_outlet_person_least <= 0:
            return False
        told = [ordered[i] for i in rows]
        return one_person_throughout(
            names(told) if names is not None else headline_names(told, settings.named_lead_words)
        )

    stories = one_outlet_apart(
        stories, outlets, features.vectors, settings.one_outlet_copies, several_outlets, kept=one_person
    )
    stories = unnamed_apart(
        stories, ordered, days, [p.markets for p in places], features.vectors, settings, several_outlets, names,
        [p.localities for p in places], events,
    )

    groups = []
    for parts in stories:
        members = sorted(i for part in parts for i in part)
        folded = (
            fold_facets(parts, graph, most=settings.facets_most, least_share=settings.facet_least_share)
            if len(parts) > 1 else []
        )
        facets = tuple(tuple(ordered[i].id for i in facet) for facet in folded) if len(folded) > 1 else ()
        groups.append((members, facets))
    groups.sort(key=lambda g: (-len(g[0]), g[0][0]))
    return [StoryGroup(tuple(ordered[i].id for i in members), facets) for members, facets in groups]


def story_angles(
    articles: Sequence[Article],
    settings: ClusterSettings = DEFAULT.cluster,
    *,
    density: Sequence[int] | None = None,
) -> list[tuple[str, ...]]:
    """The angles of ``articles`` as average linkage finds them (steps 1-3 of this module), before their
    anchors join them into stories: each story of :func:`group_stories` is a union of these. Article ids, in
    the canonical order; for measuring where clustering loses (``bench/cluster_eval.py --ceiling``)."""
    found = _angles(articles, settings, density)
    if found is None:
        return []
    return [tuple(found.ordered[i].id for i in angle) for angle in found.angles]


class _Angles(NamedTuple):
    """What steps 1-3 leave for the anchors' join and the facets (positions are in ``ordered``)."""

    ordered: list[Article]
    days: list[int | None]
    counts: list[int]
    features: ArticleFeatures
    graph: sp.csr_matrix
    places: list[Places]
    angles: list[list[int]]


def _angles(articles: Sequence[Article], settings: ClusterSettings, density: Sequence[int] | None) -> _Angles | None:
    """Steps 1-3 for :func:`group_stories` and :func:`story_angles`: the articles in one canonical order, their
    days, their densities, features, similarity graph and places, and the angles (sorted lists of positions in
    that order, by their first position); ``None`` for no articles."""
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        raise ValueError("article ids must be unique to cluster them")
    if not articles:
        return None
    # one canonical order, so that the input order never changes a tie
    days_given = [publication_day(a.published) for a in articles]
    order = sorted(range(len(articles)), key=lambda i: (days_given[i] is None, days_given[i] or 0, ids[i]))
    ordered = [articles[i] for i in order]
    days = [days_given[i] for i in order]
    counts = densities(days, settings.density_days) if density is None else [density[i] for i in order]

    features = article_features(ordered, settings)
    graph = similarity_graph(
        features.vectors,
        days,
        window_days=settings.window_days,
        floor=settings.floor,
        neighbours=settings.neighbours,
        apart=features.latin,
    )
    referred = referred_days(ordered, days, settings.lead_words)
    if any(referred):
        graph = with_referred_pairs(
            graph, features.vectors, days, referred, window_days=settings.window_days, floor=settings.floor,
            apart=features.latin,
        )
    places = [
        article_places(a, settings.lead_words, settings.place_localities_most, settings.place_countries_most)
        for a in ordered
    ]
    places = market_sessions(ordered, places, settings.lead_words)
    if settings.place_apart != 1.0:
        graph = places_apart(graph, places, days, factor=settings.place_apart, within_days=settings.place_days)
    requirement = Requirement(
        threshold=settings.threshold,
        density_slope=settings.density_slope,
        gap_days=settings.gap_days,
        crowding=[crowding(c) for c in counts],
        days=days,
        referred=referred,
    )
    angles = average_linkage(graph, requirement)
    angles = [sorted(group) for group in angles]
    angles.sort(key=lambda group: group[0])
    return _Angles(ordered, days, counts, features, graph, places, angles)


def cluster_stories(
    articles: Sequence[Article],
    settings: ClusterSettings = DEFAULT.cluster,
    *,
    density: Sequence[int] | None = None,
) -> list[list[str]]:
    """The article ids of each story of ``articles``, as :func:`group_stories` orders them."""
    return [list(story.articles) for story in group_stories(articles, settings, density=density)]


def publication_day(published: str | None) -> int | None:
    """The day of an ISO date or datetime string as a proleptic ordinal (``date.toordinal``), or ``None``
    when absent or unreadable."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None
