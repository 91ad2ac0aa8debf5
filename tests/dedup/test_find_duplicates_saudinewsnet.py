"""Real wire copies: on a day of SaudiNewsNet, the articles two outlets ran under one title are grouped
when their texts are (nearly) the same, and the groups hold nothing else."""

from __future__ import annotations

import itertools

import pytest

from marsad.dedup import borrowed_passages, find_duplicates
from marsad.model import Article, DuplicateGroup
from marsad.text import normalize_key, word_keys


def _five_grams(article: Article) -> set[tuple[str, ...]]:
    words = word_keys(article.text)
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


@pytest.fixture(scope="module")
def groups(saudinewsnet_sample: list[Article]) -> list[DuplicateGroup]:
    return find_duplicates(saudinewsnet_sample)


def test_same_title_copies_are_grouped(
    saudinewsnet_sample: list[Article], groups: list[DuplicateGroup]
) -> None:
    grams = {a.id: _five_grams(a) for a in saudinewsnet_sample}
    group_of: dict[str, set[int]] = {}
    for number, group in enumerate(groups):
        for article in group.articles:
            group_of.setdefault(article, set()).add(number)
    by_title: dict[str, list[Article]] = {}
    for article in saudinewsnet_sample:
        if grams[article.id]:
            by_title.setdefault(normalize_key(article.title), []).append(article)
    copies = [
        (a.id, b.id)
        for same_title in by_title.values()
        for a, b in itertools.combinations(same_title, 2)
        if a.outlet != b.outlet and len(grams[a.id] & grams[b.id]) >= 0.85 * len(grams[a.id] | grams[b.id])
    ]
    assert len(copies) == 29  # wire copies in the sample: one title at two outlets, 5-gram Jaccard ≥ 0.85
    missed = [(a, b) for a, b in copies if not group_of.get(a, set()) & group_of.get(b, set())]
    assert missed == []


def test_groups_hold_only_copies(saudinewsnet_sample: list[Article], groups: list[DuplicateGroup]) -> None:
    articles = {a.id: a for a in saudinewsnet_sample}
    assert sum(g.kind == "near" for g in groups) >= 10
    for group in groups:
        members = [articles[i] for i in group.articles]
        if group.kind == "exact":
            assert len({normalize_key(a.text) for a in members}) == 1
        grams = [_five_grams(a) for a in members]
        similar = {
            (i, j): len(grams[i] & grams[j]) / len(grams[i] | grams[j])
            for i, j in itertools.combinations(range(len(members)), 2)
        }
        # each member is a near copy of another member (pairs are joined at an *estimated* 0.8) ...
        for i, article in enumerate(members):
            closest = max(value for pair, value in similar.items() if i in pair)
            assert closest >= 0.7, (article.id, closest)
        # ... and a chain of copies never joins texts that are not one text (a~b~c: a and c may be lower)
        assert min(similar.values()) >= 0.6, [m.id for m in members]


def test_borrowed_passages_leave_duplicates_out(
    saudinewsnet_sample: list[Article], groups: list[DuplicateGroup]
) -> None:
    passages = borrowed_passages(saudinewsnet_sample, skip=groups)
    grouped = {frozenset(pair) for g in groups for pair in itertools.combinations(g.articles, 2)}
    assert passages
    for p in passages:
        assert frozenset((p.source.article, p.target.article)) not in grouped
        assert len(word_keys(p.text)) >= 12  # 10 distinct 3-grams need at least 12 words
