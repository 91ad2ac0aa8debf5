"""marsad's tunable values, in one place: a frozen :class:`Settings` with a section per stage.

Every value here was measured; the comment beside it says on what. A run takes one ``Settings`` (the
defaults unless given), and the batch digest, the store's story builder and the Spark job read the same
object, so that the same articles give the same stories whichever way they arrive.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

__all__ = [
    "DEFAULT",
    "ClusterSettings",
    "DedupSettings",
    "QuoteSettings",
    "Settings",
    "SettingsError",
    "StoreSettings",
    "SummarySettings",
    "load_settings",
]


@dataclass(frozen=True, slots=True)
class ClusterSettings:
    """Story clustering (:mod:`marsad.cluster`). Measured with ``bench/cluster_eval.py`` on the labelled
    SaudiNewsNet days, the MultiLing 2011 topics and the demo (docs/quality.md, "Story clustering")."""

    # --- articles to vectors (cluster/vectors.py) ---
    # The headline counts this many times, the first `lead_words` words of the text `lead_weight` times
    # and the rest of the text `body_weight` times: headline and lead name the event, the body wanders.
    title_weight: float = 3.0
    lead_words: int = 80
    lead_weight: float = 2.0
    body_weight: float = 0.5
    # Share of the cosine given to whole stems; the rest to the character n-grams of the stems rarer than
    # `gram_min_idf` in the background (0: of every stem; a floor near 6 keeps names and specific terms only,
    # faster on large corpora but it lost 6 points of B-cubed F1 on MultiLing and the demo's bridge).
    word_share: float = 0.5
    gram_min_idf: float = 0.0
    # An article with fewer distinct content stems than this (boilerplate left over, a bare caption) is
    # a story of its own: too little to say what it is about.
    min_content_stems: int = 4

    # --- the similarity graph (cluster/graph.py) ---
    # Pairs less similar than `floor` are never compared; each article keeps its `neighbours` most
    # similar partners; pairs further apart in time than `window_days` are never linked.
    floor: float = 0.02
    neighbours: int = 50
    window_days: int = 1100

    # --- story linkage (cluster/linkage.py) ---
    # Two groups merge when the mean similarity over all their pairs reaches
    #   (threshold + density_slope * ln(density / 2)) * (1 + gap / gap_days),
    # density being the mean number of articles published within `density_days` of the groups' articles
    # (the more reports compete on the same days, the more alike two must be to be one story: the
    # similarity an unrelated pair reaches by chance grows with the number of pairs) and gap the fewest
    # days between an article of one and an article of the other (a follow-up months later must resemble
    # its story more than a report of the same day).
    threshold: float = 0.1
    density_slope: float = 0.02
    density_days: int = 1
    gap_days: float = 730.0

    # --- the angles of one event (cluster/anchors.py) ---
    # A group of `anchor_min_articles` articles from `anchor_min_outlets` outlets or more is described by
    # its anchors: the stems in at least `anchor_share` of its articles, rarer than `anchor_min_idf`.
    # Two such groups are one story when the anchors they share weigh `anchor_overlap` of the geometric
    # mean of the two sets' weights and their days span at most `anchor_days` (the day of an event and
    # the two after it: its reactions, condolences and sermons); a group left alone then joins a larger
    # story when its articles hold, on average, `anchor_attach` of the story's anchor weight, each anchor
    # scaled by the share of the reports of those days holding it that are the story's (0.5 of the plain
    # weight before 2026-12-03: labelled days F1 0.854, small days 0.862; now 0.882 and 0.931; 0.1 and
    # 0.2 both lower, docs/quality.md).
    anchor_min_articles: int = 3
    anchor_min_outlets: int = 2
    anchor_share: float = 0.5
    anchor_min_idf: float = 3.5
    anchor_overlap: float = 0.3
    anchor_attach: float = 0.15
    anchor_days: int = 3
    # The reports of a story's days outside it are expected to hold each anchor at least this many times as
    # often as the background's Wikipedia passages do, when fewer were given than the days hold (a store
    # clustering a region again): 0 counts only those given (one article at a time, 0.944 B-cubed against
    # the batch's stories on the labelled days, hourly 0.968); 3: 0.963 and 0.977 (5: hourly 0.979, but
    # 10 lost the small days 0.013 of batch F1).
    anchor_news_rate: float = 3.0
    # Two such groups are one story only when one of the anchors they share is theirs on those days: held by
    # their articles in a share `anchor_specific` or more of the reports of their days that hold it (counted
    # as the attach step counts). A war day's stories share its words (داعش، تنظيم، ضرب، قتل، جوي), a sports
    # page its own; Turkey's strikes on ISIS in Syria and the US defence secretary in Baghdad were one story
    # of 23 on 2015-07-24 (anchor overlap 0.32, their most specific shared anchor 0.26). No labelled set
    # moved at 0.3 or 0.4; 0.5 cut the Abha bombing's angles apart (labelled days 0.904 -> 0.866), and 0.4
    # cut the Super Cup's (2015-08-11). 0 turns it off (docs/quality.md, stop 58).
    anchor_specific: float = 0.3

    # --- a story one outlet alone tells (cluster/outlets.py) ---
    # Among the articles of two outlets or more, a story all of whose articles are one outlet's keeps together
    # only the reports at least this alike (their vectors' cosine): copies filed twice, updates of one text. A
    # newsroom's own templates (a wire's rain in three governorates, a page of wedding notices) are not one
    # event. Every labelled set gained at 0.5, 0.65, 0.8 or 0.95 alike (held-out 08-06 0.880 -> 0.901-0.904,
    # 08-10 0.876 -> 0.889-0.892, labelled days 0.894 -> 0.896-0.898; docs/quality.md, stop 50). 0 turns it off
    # (every pair a copy).
    one_outlet_copies: float = 0.5
    # ... unless it has this many reports or more and every one names the same person in its headline or its
    # first `named_lead_words` words (the CRF's person spans, :func:`marsad.cluster.named.one_person_throughout`):
    # a desk's run on one person's affairs, where a template run names its own people in each report or no one.
    # Six aawsat reports of Abadi's reforms were six stories (SaudiNewsNet 2015-08-11, held out: 0.925 -> 0.934);
    # no other set moved but the three days 07-31 +2d (0.924 -> 0.923); any name, not a person's, also cost
    # 08-10 and 07-31 0.004 each (docs/quality.md, stop 71). 0 turns it off.
    one_outlet_person_least: int = 3

    # --- a big story names someone (cluster/named.py) ---
    # Among the articles of two outlets or more, a story of `named_least_articles` or more keeps together only
    # when one name (a person, organization or place the CRF tags, or the market a headline is about) recurs
    # in the headline or the first `named_lead_words` words of a share `named_share` of its articles;
    # otherwise it falls apart into its copies (`one_outlet_copies`). A template run names no one in common
    # (the day's Eid receptions, 27 reports of 25 events, share 0.19; half-year results 0.33) where an event
    # does (the Abha bombing's stories 0.66-0.80). 0.4 gained on five labelled sets and lost on none; 0.7 cut
    # the bombing's small-day story apart (docs/quality.md, stops 51-52). 0 articles turns it off.
    # Only a story whose dated articles lie within `named_days` days of each other (the day of an event and
    # the two after it): a template run is a day's round, told by the print papers the next day too, and a
    # thread told over weeks passed the linkage's rules for reports days apart (MultiLing's tsunami relief
    # topic names no one in 40 % of its ten reports over a year). The three-day held-out set: 0.912 at 1,
    # 0.918 at 2, 3 or 7; at 31,030 articles 3 and more split threads a name's variants hide (stop 52).
    # Asked of stories of 2 articles or more since stop 66 (4 before): three weddings of three families, three
    # regions' job interviews, a club's week were stories of three; a pair kept together when either named
    # anything until stop 67, and now only when a name recurs in both (a name recurs in two articles at least,
    # whatever the share: two wedding notices of two families, 07-24). Labelled days 0.906 either way, held-out days 07-26 0.952 -> 0.957, 07-31 0.917 -> 0.921, 08-09
    # 0.910 -> 0.913, small days drawn from them 0.941 -> 0.942, none lower but 07-22 (0.916 -> 0.915: an ICT
    # report's three angles apart); 3 gave the same but labelled days 0.905 (docs/quality.md). The pair's
    # name asked of both (stop 67): labelled days 0.906 -> 0.907, eight held-out days up by 0.001-0.005, 07-25,
    # 07-26 and the small days down by 0.001-0.002 (pairs whose shared name the CRF misses: ``الشباب``).
    named_least_articles: int = 2
    named_share: float = 0.4
    named_lead_words: int = 40
    named_days: int = 2
    # Such a story also keeps together only when, among its articles whose headline and lead name localities (a
    # share `named_share` of them or more), one locality recurs in a share `named_share`, or one is named anywhere in
    # the text of a share `named_share` of its articles (Abha and Asir, a city and its region); else it falls apart
    # into its angles. A day's road accidents in five regions were one story held by the Red Crescent that answers
    # them all (SaudiNewsNet 2015-07-21; no labelled set changed in a batch, docs/quality.md, stop 57). False
    # turns it off.
    named_places: bool = True
    # Stories whose headlines name one scheduled event (a head of the language package's EVENT_HEADS and the word
    # saying which: `الانتخابات البلدية`، `سوق عكاظ`, in a share `named_share` of each story's headlines) are one
    # story when their days together span at most `anchor_days`, and such a story is not taken apart by the two
    # rules above: the elections' committees in Taif, Riyadh and Jazan are one event told from many towns
    # (held-out 2015-08-10 0.891 -> 0.900, 08-09 0.905 -> 0.910, no set lost more than 0.001; docs/quality.md,
    # stop 60). False turns it off.
    named_events: bool = True

    # --- a story's facets (cluster/facets.py) ---
    # The angles inside a story are folded, most alike first, until none is smaller than
    # `facet_least_share` of the story (nor a single report) and there are at most `facets_most`: the
    # Abha bombing's 122 angles (64 single reports) became 12 a reader can open (facets F1 on the labelled
    # days 0.661 -> 0.672; docs/quality.md, stop 43).
    facets_most: int = 12
    facet_least_share: float = 0.02

    # --- two countries' or two places' news (cluster/places.py) ---
    # Two articles at most `place_days` apart whose headlines and leads both name countries (by name, city,
    # region or adjective) and share none, or both name localities (a city not a capital, a region) and share
    # none, are `place_apart` times as alike: one country's election and another's new government share their
    # words, not their country; two regions' teacher interviews their template, not their region.
    place_apart: float = 0.5
    place_days: int = 3
    # An article whose headline and lead name more localities than this reports many places (protests in five
    # Iraqi provinces, a region's weather): it is held apart from no one place's news by them. With 200 more
    # cities and regions in the language package (stop 47) one Iraqi protest's reports naming Basra, Babil or
    # five provinces split; at 2 the labelled days, small days and held-out day keep the list's gain
    # (docs/quality.md, stop 47).
    place_localities_most: int = 2
    # The same for countries: an article whose headline and lead name more countries than this lists them
    # (the nationalities of 431 suspects arrested in the kingdom, a summit's guests) and is no one country's
    # news. The interior ministry's announcement of those arrests, naming seven nationalities and not the
    # kingdom, was held apart from the praise of Saudi security men for them (stop 69; 4 and 5 alike: labelled
    # days 0.907 either way, their small days 0.940 -> 0.941, MultiLing thinned 0.971 -> 0.973; at 3 two
    # held-out days lose 0.001-0.002).
    place_countries_most: int = 4

    # --- which stories come first (cluster/importance.py) ---
    # Each `recency_days` a story is older than another costs as much as e times more outlets.
    recency_days: float = 3.0


@dataclass(frozen=True, slots=True)
class DedupSettings:
    """Duplicate articles (:mod:`marsad.dedup`): how :func:`marsad.dedup.near.near_duplicate_groups` and
    the Spark job's MinHash stage decide that two texts are "the same article"."""

    # Exact word 5-gram Jaccard at or above which two articles are one text with a few words changed: on
    # SaudiNewsNet every sampled pair at 0.8 or more was, between 0.5 and 0.8 they were rewritten releases
    # (dedup/near.py gives the reading).
    near_threshold: float = 0.8
    # MinHash permutations (LSH candidates only: every candidate is verified exactly).
    num_perm: int = 128


@dataclass(frozen=True, slots=True)
class SummarySettings:
    """Story summaries (:mod:`marsad.summarize.summary`). Every value is measured with
    ``bench/summary_eval.py`` (ROUGE-2 on MultiLing 2011 Arabic dev) and the demo's four key facts;
    docs/summaries.md lists what was tried."""

    # Word budget of a story's summary (``--words``), and of an update summary (``--since``): a few
    # sentences, what TAC's update task gave a topic's new documents (100 words) made shorter because it
    # is read beside the story's own summary.
    words: int = 120
    update_words: int = 60
    # Two sentences at or above this TF-IDF cosine say the same thing: the second is never chosen, and it
    # is cited as agreeing. Calibrated on 17 cross-outlet sentence pairs of the demo corpus judged by hand
    # (tests/summarize/test_index_similarity.py): the 7 clear same-fact pairs score 0.297-0.89 and the 6
    # different-fact pairs at most 0.26, so the cut sits between. Known error: three paraphrases of one
    # fact score 0.21-0.25 (missed agreements). Two different statements sharing a list of fields scored
    # 0.32 (a false agreement) until list items were left out of the vectors (index.list_items): now 0.21.
    # The multilingual Universal Sentence Encoder does not separate these pairs either (same-fact pairs
    # 0.48-0.95, different-fact pairs up to 0.57; docs/summaries.md), so it is not used.
    same_thing: float = 0.28
    # Weights of the signals. Position and agreement are the two kinds of evidence that a sentence is the
    # news, and weigh the same: a report's lead (which is what the lead baseline takes) or a fact several
    # outlets repeat (which is what brings the demo's deadline and training role in, told deep in three of
    # its five articles). With agreement at its former 0.15 the position prior alone decides and the demo
    # summary loses those two facts; above 0.35 each, ROUGE-2 falls. The other four keep their former
    # shares (centrality 0.2, headline 0.15, figures 0.15, coverage 0.05), chosen on the earlier grid.
    # Agreement counts other outlets, not other articles (one outlet's follow-ups repeating their
    # background do not corroborate it): with no outlet known, as in MultiLing, position decides.
    centrality_weight: float = 0.2
    title_weight: float = 0.15
    position_weight: float = 0.35
    figure_weight: float = 0.15
    agreement_weight: float = 0.35
    coverage_weight: float = 0.05
    # Weight of the score against redundancy with the chosen sentences (Carbonell & Goldstein's lambda);
    # on the earlier grid 0.6 lost 0.02 ROUGE-2 and 0.8 lost the demo's deadline sentence.
    mmr_lambda: float = 0.7
    # A headline of fewer words is a teaser or a label (``الهلال والعين .. «محجوبة»``, SaudiNewsNet 2015-08-02,
    # over the 17 reports of Hilal's friendly, whose few words are all shared ones and so win on cosine): it
    # names a story or a facet only when none of its headlines has this many (:func:`marsad.summarize.story_title`).
    teaser_words: int = 4


@dataclass(frozen=True, slots=True)
class QuoteSettings:
    """Quotes (:mod:`marsad.extract.quotes`), measured on the hand-annotated SaudiNewsNet quotes
    (``bench/quote_eval.py``, docs/quotes.md)."""

    # Fewer words between quotation marks are a name or a scare quote (``“ماكنزي”``، ``“على الورق”``).
    min_quote_words: int = 3
    # Fewer reported words are not a statement (``قال إن ذلك``).
    min_indirect_words: int = 3
    # A speaker read with a lower ``speaker_confidence`` is not shown: the quote is "unclear attribution".
    unclear_below: float = 0.5


@dataclass(frozen=True, slots=True)
class StoreSettings:
    """How a store finds the stories a new article may join (:mod:`marsad.store.stories`) before
    clustering that region again with :class:`ClusterSettings`."""

    # A stored story is a candidate when it shares this many of its profile terms (title and lead stems)
    # with the article, and each article brings the `candidates_per_article` sharing most; a term held by
    # more than `max_term_stories` stories (a country's name) finds nothing by itself. 10 candidates, not 5
    # (stop 42): a story that a batch would join to another is then brought into more of the regions that
    # story is clustered again in (small days: the store against the batch 0.980 / 0.975 → 0.991 / 0.989,
    # hourly / one at a time).
    min_shared_terms: int = 2
    candidates_per_article: int = 10
    max_term_stories: int = 200


@dataclass(frozen=True, slots=True)
class Settings:
    """All of marsad's settings; ``Settings()`` is the defaults, :func:`load_settings` reads a TOML file
    of the same sections (``[cluster]``, ``[dedup]``, ``[summary]``, ``[quotes]``, ``[store]``)."""

    cluster: ClusterSettings = field(default_factory=ClusterSettings)
    dedup: DedupSettings = field(default_factory=DedupSettings)
    summary: SummarySettings = field(default_factory=SummarySettings)
    quotes: QuoteSettings = field(default_factory=QuoteSettings)
    store: StoreSettings = field(default_factory=StoreSettings)


DEFAULT = Settings()


class SettingsError(ValueError):
    """A settings file that cannot be used; the message names the file, the key and what is wrong."""


def load_settings(path: str | Path | None) -> Settings:
    """The settings of the TOML file at ``path`` (``marsad --config marsad.toml``): the defaults with the
    values it gives, section by section; the defaults when ``path`` is None. A key or section marsad does
    not know, or a value of the wrong type, raises :class:`SettingsError` naming it (a misspelt threshold
    silently ignored would be worse than no file)::

        [cluster]
        threshold = 0.12

        [summary]
        words = 200
    """
    if path is None:
        return DEFAULT
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        raise SettingsError(f"{path}: cannot read the settings file ({error.strerror or error})") from error
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"{path}: not valid TOML ({error})") from error
    sections = {f.name: f for f in fields(Settings)}
    given: dict[str, object] = {}
    for name, values in data.items():
        if name not in sections:
            raise SettingsError(f"{path}: unknown section [{name}] (known: {', '.join(sorted(sections))})")
        if not isinstance(values, dict):
            raise SettingsError(f"{path}: [{name}] must be a table of settings, not a single value")
        default = getattr(DEFAULT, name)
        known = {f.name: f for f in fields(default)}
        for key, value in values.items():
            if key not in known:
                raise SettingsError(f"{path}: unknown setting {name}.{key} (known: {', '.join(sorted(known))})")
            expected = type(getattr(default, key))
            if (isinstance(value, bool) and expected is not bool) \
                    or not isinstance(value, (expected, int) if expected is float else expected):
                raise SettingsError(
                    f"{path}: {name}.{key} must be {expected.__name__}, not {type(value).__name__} ({value!r})"
                )
        given[name] = replace(default, **{k: (float(v) if isinstance(getattr(default, k), float) else v)
                                          for k, v in values.items()})
    return replace(DEFAULT, **given)
