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
    assert "_WordKeys" in kinds  # and the words' keys
    # the tagger's table of token scores keeps itself within its size: it is counted, not emptied
    assert "TokenTable" not in kinds
    from marsad.extract.ner.crf import load_crf_tagger

    table = load_crf_tagger()._scores._table
    assert table.cache_info().currsize > 500
    assert memo_entries() > table.cache_info().currsize

    assert not keep_within(held)  # within the budget: kept
    assert memo_entries() == held
    kept = table.cache_info().currsize
    assert keep_within(held - 1)  # past it: emptied, all but the counted table
    assert table.cache_info().currsize == kept
    assert memo_entries() < held - 1000
    assert _reading(articles) == first
    assert normalize_key("الأمـريكيّة") == normalize_key("الامريكيه") == word_keys("الأمريكية")[0]


def test_loaders_are_not_memo_tables():
    # the shipped models are loaded once (functools.cache): emptying them would load them again
    from marsad.extract.ner.crf import load_crf_tagger

    tagger = load_crf_tagger()
    assert all(t is not load_crf_tagger for t in memo_tables())
    clear_memos()
    assert load_crf_tagger() is tagger



def test_fewer_collections_raises_the_collectors_thresholds_inside_and_restores_them():
    import gc
    import threading

    from marsad.memo import fewer_collections
    from marsad.stages import read_story

    before = gc.get_threshold()
    entered, leave = threading.Event(), threading.Event()

    def other_reader() -> None:  # a second thread inside a block that ends after the first one's
        with fewer_collections():
            entered.set()
            leave.wait(10)

    worker = threading.Thread(target=other_reader)
    with fewer_collections():
        inside = gc.get_threshold()
        with fewer_collections():  # nested: the inner end does not restore them
            pass
        assert gc.get_threshold() == inside
        worker.start()
        assert entered.wait(10)
    assert gc.get_threshold() == inside  # the other thread is still reading
    leave.set()
    worker.join()
    assert inside[0] >= 20 * before[0] and all(i >= b for i, b in zip(inside, before, strict=True))
    assert gc.get_threshold() == before  # the last block to end restored them
    read_story("s1", list(demo_articles().values())[:1])  # a story read raises them while it reads
    assert gc.get_threshold() == before
