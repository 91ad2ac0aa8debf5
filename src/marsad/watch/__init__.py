"""Watch the news as it is published: sources (feeds, news sitemaps), polite HTTP fetching, the polling
loop, watchlists and alerts (``marsad watch``, ``marsad sources``, ``marsad watchlist``; docs/watch.md).

``load_sources`` reads and checks a sources file; :class:`Watcher` polls its sources into a store;
:class:`Watchlist` decides which new and grown stories deserve an alert.
"""

from .config import ConfigProblem, Politeness, Source, WatchConfig, WatchlistSpec, load_sources
from .http import Fetched, FetchError, PoliteClient, user_agent
from .poller import BatchOutcome, RunSummary, SourceStatus, Watcher
from .watchlists import Watchlist, names_entity

__all__ = [
    "BatchOutcome",
    "ConfigProblem",
    "FetchError",
    "Fetched",
    "PoliteClient",
    "Politeness",
    "RunSummary",
    "Source",
    "SourceStatus",
    "WatchConfig",
    "Watcher",
    "Watchlist",
    "WatchlistSpec",
    "load_sources",
    "names_entity",
    "user_agent",
]
