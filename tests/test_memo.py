"""marsad.memo: a long-running process keeps its memo tables within a budget, and results do not change."""

from __future__ import annotations

from demo_corpus import demo_articles
from marsad.extract.entities import recognize_entities
from marsad.memo import clear_memos, keep_within, memo_entries, memo_tables
from marsad.store.search import index_keys
from marsad.text import normalize_key, word_keys


def _reading(articles):
    """What a watch does with each article: its entities, and its search keys."""
    return [([(m.start, m.end, m.type) for m in recognize_entities(a)], index_keys(a.title, a.text)) for a in articles]


def test_tables_fill_are_emptied_past_the_budget_and_results_stay_the_same():
    articles = list(demo_articles().values())
    clear_memos()
    first = _reading(articles)
    held = memo_entries()
    assert held > 1000  # reading five articles keys thousands of words
    names = {getattr(t, "__qualname__", "") for t in memo_tables()}
    assert {"light_stem", "_word_keys"} <= names  # stems and the search keys are found
    kinds = {type(t).__name__ for t in memo_tables()}
    assert {"_WordKeys", "_TokenTable"} <= kinds  # and the words' keys, and the tagger's table of token scores

    assert not keep_within(held)  # within the budget: kept
    assert memo_entries() == held
    assert keep_within(held - 1)  # past it: emptied
    assert memo_entries() == 0
    assert _reading(articles) == first
    assert normalize_key("الأمـريكيّة") == normalize_key("الامريكيه") == word_keys("الأمريكية")[0]


def test_loaders_are_not_memo_tables():
    # the shipped models are loaded once (functools.cache): emptying them would load them again
    from marsad.extract.ner.crf import load_crf_tagger

    tagger = load_crf_tagger()
    assert all(t is not load_crf_tagger for t in memo_tables())
    clear_memos()
    assert load_crf_tagger() is tagger
