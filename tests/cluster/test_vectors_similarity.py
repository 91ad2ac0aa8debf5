"""Article vectors: unit rows, stop words and reporting verbs say nothing, punctuation and clitics do not
split a word, and character n-grams bring spelling variants of a name together."""

from __future__ import annotations

import numpy as np
import pytest

from marsad.cluster import article_features, story_vectors
from marsad.cluster.background import background
from marsad.cluster.vectors import CHAR_NGRAMS, content_stems, stem_grams
from marsad.model import Article
from marsad.settings import ClusterSettings

# word-level comparisons: one or two words are enough content here
WORDS = ClusterSettings(min_content_stems=1)


def _similarity(first: str, second: str) -> float:
    vectors = story_vectors([Article(id="1", text=first), Article(id="2", text=second)], WORDS)
    return float((vectors[0] @ vectors[1].T).toarray()[0, 0])


def test_rows_have_unit_length_or_are_empty() -> None:
    vectors = story_vectors(
        [
            Article(id="a", title="الكاظمي يستقبل ماكنزي", text="بحث الجانبان انسحاب القوات القتالية."),
            Article(id="b", title="", text="قال إنه في يوم الخميس."),  # stop words only
            Article(id="c", title="", text=""),
        ]
    )
    norms = np.sqrt(np.asarray(vectors.multiply(vectors).sum(axis=1)).ravel())
    assert norms == pytest.approx([1.0, 0.0, 0.0], abs=1e-6)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("قال إنه كان في يوم الخميس", "وأضاف أنه على ذلك أمس الأحد"),
        ("وأكد أن هذا لم يكن خلال", "وأوضح أنها كانت عبر هذه"),
    ],
)
def test_texts_sharing_only_function_words_are_not_similar(first: str, second: str) -> None:
    assert _similarity(first, second) == 0.0


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("العراق", "«العراق»،"),
        ("الولايات المتحدة", "والولايات المتحدة."),
        ("القوات الأمريكية", "القوّات الأمريكيّة"),  # shadda does not change the word
        ("قواتها", "والقوات"),  # light stemming: the same stem
    ],
)
def test_the_same_words_written_differently_match_fully(first: str, second: str) -> None:
    assert _similarity(first, second) == pytest.approx(1.0, abs=1e-6)


@pytest.mark.parametrize(
    ("name", "variant", "other"),
    [
        ("ماكنزي", "ماكينزي", "أوستن"),
        ("البنتاجون", "البنتاغون", "الكونغرس"),
        ("أفغانستان", "أفعانستان", "باكستان"),  # a typo seen in the demo corpus (004)
    ],
)
def test_character_ngrams_match_spelling_variants_of_a_name(name: str, variant: str, other: str) -> None:
    # as words, the variants are different words (word part 0); their character n-grams partly agree
    assert _similarity(name, variant) > _similarity(name, other) + 0.05


def test_an_article_compares_alike_in_any_batch() -> None:
    """The weights are the background's: the similarity of two articles does not depend on what else is
    clustered with them (a batch, an hourly store and one article at a time see the same pairs)."""
    first = Article(id="1", title="الكاظمي يستقبل ماكنزي", text="بحث الجانبان انسحاب القوات القتالية من العراق.")
    second = Article(id="2", title="ماكنزي في بغداد", text="وصل قائد القيادة المركزية الأمريكية إلى بغداد.")
    others = [
        Article(id=str(k), title="أسعار النفط ترتفع", text="ارتفعت أسعار النفط في تعاملات الجمعة مع تراجع المخزونات.")
        for k in range(3, 40)
    ]
    alone = story_vectors([first, second])
    crowded = story_vectors([first, second, *others])
    assert float((alone[0] @ alone[1].T).toarray()[0, 0]) == pytest.approx(
        float((crowded[0] @ crowded[1].T).toarray()[0, 0]), abs=1e-6
    )


def test_too_little_text_gives_an_empty_row() -> None:
    """A caption or leftover boilerplate must not build a story: fewer content stems than the setting
    leave the row empty."""
    features = article_features(
        [
            Article(id="a", title="صور", text="جميع الحقوق محفوظة"),
            Article(id="b", title="الكاظمي يستقبل ماكنزي", text="بحث الجانبان انسحاب القوات القتالية من العراق."),
        ]
    )
    assert features.vectors[0].nnz == 0 and features.vectors[1].nnz > 0


def test_articles_in_another_script_are_marked() -> None:
    features = article_features(
        [
            Article(id="en", title="Iraq talks", text="US and Iraqi officials discussed the withdrawal of combat troops."),
            Article(id="ar", title="محادثات العراق", text="بحث مسؤولون أمريكيون وعراقيون انسحاب القوات القتالية."),
        ]
    )
    assert features.latin.tolist() == [True, False]


def test_the_shipped_background_holds_only_what_clustering_looks_up() -> None:
    """The shipped table is what ``scripts/build_story_background.py`` makes for today's features:
    n-grams of the sizes clustering cuts (until stop 41 it still carried the 3- and 5-grams of an earlier
    setting, 157,000 entries never read, half its size), and the stems and n-grams of a news sentence."""
    table = background()
    low, high = CHAR_NGRAMS
    assert {len(gram) for gram in table.grams} == set(range(low, high + 1))
    stems = content_stems("أعلنت وزارة الداخلية عن تفجير انتحاري في مسجد بمنطقة عسير")
    assert all(stem in table.stems for stem in stems)
    assert all(gram in table.grams for gram in stem_grams("عسير"))
    assert table.stem_idf("عسير") > table.stem_idf("وزار")
