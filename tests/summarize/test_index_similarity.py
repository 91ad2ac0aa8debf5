"""Sentence similarity on the demo corpus against pairs judged by hand: does the same-thing cut (SummarySettings.same_thing) separate
"says the same thing" from "shares the story's words"?

Each pair is two sentences of different outlets, located by a phrase each starts with. The judgement is
an analyst's: same = the second sentence's main fact is the first's.
"""

from __future__ import annotations

import pytest

from marsad.model import Article, BorrowedPassage, Span
from marsad.settings import DEFAULT
from marsad.summarize import StoryIndex
from marsad.summarize.index import list_items, matching_keys
from marsad.text import word_keys

SAME = {
    "reprinted-meeting-statement": ("وتم الاتفاق خلال اللقاء على", "وذكر بيان صادر عن مكتب الكاظمي"),
    "reprinted-mckenzie-quote": ("وأكد ماكينزي أن", "ونقل البيان عن الجنرال ماكينزي"),
    "kadhimi-receives-mckenzie": ("جاء ذلك خلال استقبال رئيس الوزراء", "وتأتي تصريحات الخفاجي"),
    "coalition-since-2014": ("وتقود واشنطن، منذ 2014", "ومنذ 2014، تقود الولايات المتحدة"),
    "first-rounds": ("وعقدت بغداد وواشنطن العام الماضي", "وكانت أولى جولات الحوار"),
    "july-agreement": ("وعقد الجانبان الجولة الرابعة", "وفي 26 تموز / يوليو"),
    "fourth-round-in-washington": ("كان الكاظمي أنهي في يوليو", "وعقد الجانبان الجولة الرابعة"),
}
DIFFERENT = {
    "one-minister-two-statements": ("وخلال كلمته في افتتاح هذه الجولة", "وأضاف حسين أن"),
    "blinken-two-statements": ("من جهته، أكد وزير الخارجية الأميركي", "وقال وزير الخارجية الأميركي"),
    "two-ap-interviews": ("وجاء ذلك خلال مقابلة أجراها", "وخلال مقابلة مع وكالة"),
    "khafaji-vs-mckenzie": ("وتأتي تصريحات الخفاجي", "قال قائد القيادة المركزية"),
    "centcom-vs-minister-arrives": ("أكدت القيادة المركزية الأمريكية", "يذكر أن يوم الخميس"),
    "centcom-vs-iraqi-authorities": ("أكدت القيادة المركزية الأمريكية", "أكدت السلطات العراقية"),
    # McKenzie's commitment and Kadhimi's description of the dialogue share a list of fields
    # (السياسية والاقتصادية والثقافية ... الأمنية); it scored 0.32 before list items were left out.
    "fields-of-cooperation": ("وأكد ماكينزي أن", "وتعليقا على هذه المحادثات"),
}
# Known limits of TF-IDF similarity, kept visible: strict xfails fail the day they are fixed.
MISSED_PARAPHRASES = {
    "withdrawal-deal-vs-july-agreement": ("وتضمن مخرجات الاتفاق الأخير", "وفي 26 تموز / يوليو"),
    "withdrawal-deal-vs-fourth-round": ("وتضمن مخرجات الاتفاق الأخير", "وعقد الجانبان الجولة الرابعة"),
    "third-round-outcome": ("وفي السابع من إبريل الماضي", "وأكد البلدان في بيان مشترك"),
}


def _cases(pairs: dict[str, tuple[str, str]]) -> list:
    return [pytest.param(*pair, id=name) for name, pair in pairs.items()]


def _similarity(articles: tuple[Article, ...], first: str, second: str) -> float:
    index = StoryIndex(articles)
    (i,) = [k for k, u in enumerate(index.units) if u.text.startswith(first)]
    (j,) = [k for k, u in enumerate(index.units) if u.text.startswith(second)]
    assert index.units[i].article != index.units[j].article
    return float(index.similarity[i, j])


@pytest.mark.parametrize(("first", "second"), _cases(SAME))
def test_index_same_fact_reaches_threshold(demo_articles, first, second):
    assert _similarity(demo_articles, first, second) >= DEFAULT.summary.same_thing


@pytest.mark.parametrize(("first", "second"), _cases(DIFFERENT))
def test_index_different_facts_stay_below_threshold(demo_articles, first, second):
    assert _similarity(demo_articles, first, second) < DEFAULT.summary.same_thing


@pytest.mark.xfail(strict=True, reason="TF-IDF misses paraphrases with few shared words")
@pytest.mark.parametrize(("first", "second"), _cases(MISSED_PARAPHRASES))
def test_index_paraphrase_reaches_threshold(demo_articles, first, second):
    assert _similarity(demo_articles, first, second) >= DEFAULT.summary.same_thing


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("في المجالات السياسية والاقتصادية والثقافية وغيرها، فضلاً عن العلاقة الأمنية",
         ["السياسيه", "والاقتصاديه", "والثقافيه", "وغيرها"]),
        ("منها الأمني والعسكري والاقتصادي والطاقة", ["الامني", "والعسكري", "والاقتصادي", "والطاقه"]),
        ("العلاقة الاستراتيجية بين واشنطن وبغداد", []),  # two items are a pair, not a list
        ("وأكد ماكينزي أن القوات ستبقى في العراق", []),
    ],
)
def test_index_list_items_are_coordination_runs_of_three(text, items):
    words = word_keys(text)
    assert [words[k] for k in sorted(list_items(words))] == items


def test_index_matching_keys_leave_list_items_out():
    keys = matching_keys("تعاون في المجالات السياسية والاقتصادية والثقافية بين البلدين")
    assert "سياس" not in "".join(keys)
    assert keys


def _span(articles: tuple[Article, ...], prefix: str) -> Span:
    (article,) = [a for a in articles if prefix in a.text]
    (sentence,) = [s for s in article.sentences if article.text.startswith(prefix, s.start)]
    return Span(article.id, sentence.start, sentence.end)


@pytest.mark.parametrize(("first", "second"), _cases(MISSED_PARAPHRASES))
def test_index_borrowed_passage_counts_as_same_sentence(demo_articles, first, second):
    """Whatever the wording, a passage the dedup stage found copied is the same sentence as its source."""
    source, target = _span(demo_articles, first), _span(demo_articles, second)
    text = next(a.text for a in demo_articles if a.id == target.article)[target.start : target.end]
    index = StoryIndex(demo_articles, borrowed=[BorrowedPassage(source, target, text, 0.9)])
    (i,) = [k for k, u in enumerate(index.units) if u.text.startswith(first)]
    (j,) = [k for k, u in enumerate(index.units) if u.text.startswith(second)]
    assert index.similarity[i, j] == index.similarity[j, i] == 1.0


def test_index_units_quote_the_clean_text(demo_articles_with_residue):
    index = StoryIndex(demo_articles_with_residue)
    for k, u in enumerate(index.units):
        assert index.articles[u.article].text[u.start : u.end] == u.text
        citation = index.citation(k)
        assert (citation.article, citation.start, citation.end) == (index.articles[u.article].id, u.start, u.end)


def test_index_tfidf_is_scikit_learns(demo_articles):
    """The story's TF-IDF is computed in numpy for speed; it must be scikit-learn's
    ``TfidfVectorizer(sublinear_tf=True)`` over the same keys: the same sentence similarities, and the
    same similarity of every sentence to each headline (a text outside the story's sentences)."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    index = StoryIndex(demo_articles)
    reference = TfidfVectorizer(analyzer=lambda keys: keys, sublinear_tf=True)
    rows = reference.fit_transform(list(index.keys))
    expected = np.clip((rows @ rows.T).toarray(), 0.0, 1.0)
    np.fill_diagonal(expected, 0.0)
    assert index.similarity.shape == (len(index.units), len(index.units)) and len(index.units) > 50
    assert np.allclose(index.similarity, expected, rtol=0, atol=1e-12)
    assert (index.similarity > DEFAULT.summary.same_thing).sum() > 10  # real pairs said the same thing
    titles = [a.title for a in demo_articles]
    headlines = reference.transform([matching_keys(t) for t in titles])
    assert np.allclose(index.similarity_to(titles), np.clip((rows @ headlines.T).toarray(), 0, 1), rtol=0, atol=1e-12)
