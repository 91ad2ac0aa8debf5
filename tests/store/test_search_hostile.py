"""Hostile queries — FTS syntax, quotes, SQL, control characters, sheer size — give results or a clear
message (QueryError), never a traceback and never a change to the store."""

from __future__ import annotations

import pytest

from marsad.store import QueryError, open_store

HOSTILE = [
    "NEAR(",
    "NEAR(العراق واشنطن, 2)",
    '"',
    '"العراق',
    'العراق"',
    "*",
    "عراق*",
    "AND OR",
    "OR",
    "NOT العراق",
    "العراق AND NOT واشنطن",
    "title:العراق",
    "{title body}: العراق",
    "^العراق",
    "(((",
    "'",
    "'; DROP TABLE articles; --",
    "العراق'); DELETE FROM articles; --",
    "' OR '1'='1",
    "%",
    "_",
    "\\",
    "\x00",
    "العراق\x00واشنطن",
    "العراق:*",
    "'عراق' & !'واشنطن'",
    "ا" * 2000,
    " ".join(f"كلمة{i}" for i in range(40)),
    "",
    "   ",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_query_gives_results_or_a_message(demo_store_url: str, query: str) -> None:
    with open_store(demo_store_url) as store:
        try:
            hits = store.search(query)
        except QueryError as e:
            assert str(e)  # a sentence for the user
        else:
            assert isinstance(hits, list)
        assert store.count() == (8, 8, 0)
        assert store.check() == []
        assert len(store.search("العراق")) == 6


@pytest.mark.parametrize(
    "filters",
    [
        {"outlet": "'; DROP TABLE article_versions; --"},
        {"outlet": "\x00"},
        {"entity": "NEAR(\"*"},
        {"entity": "\x00'"},
        {"entity": "'"},
        {"date_from": "2021-13-45"},
        {"date_to": "'; --"},
        {"limit": 0},
        {"limit": 10**9},
    ],
)
def test_hostile_filters_give_results_or_a_message(demo_store_url: str, filters: dict) -> None:
    with open_store(demo_store_url) as store:
        try:
            store.search("العراق", **filters)
        except QueryError as e:
            assert str(e)
        assert store.count() == (8, 8, 0)
