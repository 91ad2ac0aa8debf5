"""The demo story summarized as a reader would check it: within budget, quoted as published, cited, no
residue, no fact twice, the facts an analyst wants, in date order."""

from __future__ import annotations

import re

import pytest

from marsad.model import Article, SummarySentence
from marsad.settings import DEFAULT
from marsad.summarize import StoryIndex, summarize_story
from marsad.summarize.fitness import needs_context, unfit_reason

BUDGETS = [40, 80, 120, 250, 400]

# Sentences that tell one fact, in different outlets' words (or reprinted), located by how they start.
# At most one of each group may be shown.
SAME_FACT = {
    "withdrawal-by-end-of-year": (
        "وتضمن مخرجات الاتفاق الأخير", "وعقد الجانبان الجولة الرابعة", "وفي 26 تموز / يوليو",
        "كان الكاظمي أنهي في يوليو",
    ),
    "mckenzie-commitment": ("وأكد ماكينزي أن", "ونقل البيان عن الجنرال ماكينزي"),
    "new-committee-meeting": ("وتم الاتفاق خلال اللقاء على", "وذكر بيان صادر عن مكتب الكاظمي"),
    "kadhimi-receives-mckenzie": ("جاء ذلك خلال استقبال رئيس الوزراء", "وتأتي تصريحات الخفاجي"),
    "third-round-outcome": ("وفي السابع من إبريل الماضي", "وأكد البلدان في بيان مشترك"),
    "coalition-since-2014": ("وتقود واشنطن، منذ 2014", "ومنذ 2014، تقود الولايات المتحدة"),
}

# The gold reading's four facts, as patterns a reader would look for in the 120-word summary.
KEY_FACTS = {
    "2500-troops": r"2500|٢٥٠٠|2\.5 ألف|2,500",
    "end-of-2021-deadline": r"نهاية العام|نهاية هذا العام|بنهاية العام|31 ديسمبر",
    "advisory-training-role": r"تدريب|المشورة|ومشورة|الاستشارة|الاستشارية",
    "mckenzie-forces-stay": r"(ماكنزي|ماكينزي).*(ستبقى|لن تغادر)",
}


def _words(summary: tuple[SummarySentence, ...]) -> int:
    return sum(len(s.text.split()) for s in summary)


def _article(articles: tuple[Article, ...], article_id: str) -> Article:
    return next(a for a in articles if a.id == article_id)


@pytest.fixture(scope="module")
def summary(demo_articles) -> tuple[SummarySentence, ...]:
    return summarize_story(demo_articles, words=120)


@pytest.mark.parametrize("words", BUDGETS)
def test_summary_demo_stays_within_budget(demo_articles, words):
    result = summarize_story(demo_articles, words=words)
    assert result
    assert _words(result) <= words


def test_summary_demo_uses_most_of_the_budget(summary):
    assert _words(summary) >= 90


@pytest.mark.parametrize("words", BUDGETS)
def test_summary_demo_quotes_whole_sentences_as_published(demo_articles, words):
    for sentence in summarize_story(demo_articles, words=words):
        own = sentence.cites[0]
        article = _article(demo_articles, own.article)
        assert article.text[own.start : own.end] == sentence.text
        assert any((s.start, s.end) == (own.start, own.end) for s in article.sentences)


@pytest.mark.parametrize("words", BUDGETS)
def test_summary_demo_has_no_residue(demo_articles_with_residue, gold, words):
    """Even when cleaning missed every residue line, none reaches the summary."""
    residue = [r for strings in gold["boilerplate"].values() for r in strings]
    for sentence in summarize_story(demo_articles_with_residue, words=words):
        assert not [r for r in residue if r in sentence.text]


@pytest.mark.parametrize("words", BUDGETS)
def test_summary_demo_never_tells_a_fact_twice(demo_articles, words):
    """Judged by hand: at most one sentence of each group that tells the same fact."""
    texts = [s.text for s in summarize_story(demo_articles, words=words)]
    for fact, openings in SAME_FACT.items():
        assert len([t for t in texts if t.startswith(openings)]) <= 1, fact


@pytest.mark.parametrize("words", BUDGETS)
def test_summary_demo_sentences_stay_below_same_thing_similarity(demo_articles, words):
    index = StoryIndex(demo_articles)
    texts = [s.text for s in summarize_story(demo_articles, words=words)]
    chosen = [next(k for k, u in enumerate(index.units) if u.text == t) for t in texts]
    for a in chosen:
        for b in chosen:
            if a != b:
                assert index.similarity[a, b] < DEFAULT.summary.same_thing


@pytest.mark.parametrize("fact", list(KEY_FACTS))
def test_summary_demo_covers_the_key_facts(summary, fact):
    assert any(re.search(KEY_FACTS[fact], s.text) for s in summary), fact


@pytest.fixture(scope="module")
def pipeline_summary(demo_digest) -> tuple[SummarySentence, ...]:
    """The 120-word summary of the demo story from the pipeline's own articles and borrowed passages."""
    (story,) = demo_digest.stories
    articles = {a.id: a for a in demo_digest.articles}
    members = [articles[i] for i in story.articles]
    return summarize_story(members, words=120, borrowed=demo_digest.borrowed, duplicates=demo_digest.duplicates)


@pytest.mark.parametrize("fact", list(KEY_FACTS))
def test_summary_demo_covers_the_key_facts_as_the_pipeline_reads_them(pipeline_summary, fact):
    """The same four facts when the real clean and dedup stages prepare the articles (as the digest
    shows them), not only the test recipe."""
    assert any(re.search(KEY_FACTS[fact], s.text) for s in pipeline_summary), fact


def test_summary_demo_pipeline_summary_tells_no_fact_twice(pipeline_summary):
    texts = [s.text for s in pipeline_summary]
    for fact, openings in SAME_FACT.items():
        assert len([t for t in texts if t.startswith(openings)]) <= 1, fact


MCKENZIE_COMMITMENT = "وأكد ماكينزي أن"
KADHIMI_ON_THE_DIALOGUE = "وتعليقا على هذه المحادثات"


def test_summary_demo_mckenzie_commitment_cites_its_reprint_not_kadhimi(demo_articles):
    """Regression: McKenzie's statement (000) was cited as agreeing with Kadhimi's description of the
    dialogue (003), which shares only a list of fields; 001 reprints McKenzie's words and does agree."""
    (shown,) = [s for s in summarize_story(demo_articles, words=400) if s.text.startswith(MCKENZIE_COMMITMENT)]
    assert [c.article for c in shown.cites] == ["000", "001"]


def test_summary_demo_statements_sharing_a_list_of_fields_are_both_shown(demo_articles):
    """With only the two outlets and room for most of their sentences, both statements are shown, and
    neither is cited for the other (a false agreement would keep the second out)."""
    story = [_article(demo_articles, "000"), _article(demo_articles, "003")]
    result = summarize_story(story, words=400)
    shown = {s.text[: len(MCKENZIE_COMMITMENT)]: s for s in result} | {
        s.text[: len(KADHIMI_ON_THE_DIALOGUE)]: s for s in result
    }
    assert MCKENZIE_COMMITMENT in shown and KADHIMI_ON_THE_DIALOGUE in shown
    assert [c.article for c in shown[MCKENZIE_COMMITMENT].cites] == ["000"]
    assert [c.article for c in shown[KADHIMI_ON_THE_DIALOGUE].cites] == ["003"]


def test_summary_demo_cites_each_agreeing_outlet_once(demo_articles, summary):
    for sentence in summary:
        outlets = [c.article for c in sentence.cites]
        assert len(outlets) == len(set(outlets))
        for cite in sentence.cites[1:]:
            article = _article(demo_articles, cite.article)
            assert any((s.start, s.end) == (cite.start, cite.end) for s in article.sentences)


def test_summary_demo_cites_the_paraphrase_of_a_chosen_sentence(demo_articles):
    """The July agreement is told by 001 and 002 in different words: whichever is shown cites the other."""
    result = summarize_story(demo_articles, words=250)
    (shown,) = [s for s in result if s.text.startswith(("وعقد الجانبان الجولة الرابعة", "وفي 26 تموز / يوليو"))]
    other = "002" if shown.cites[0].article == "001" else "001"
    assert other in [c.article for c in shown.cites[1:]]


def _is_lead(articles: tuple[Article, ...], sentence: SummarySentence) -> bool:
    """Whether the sentence is its article's first fit sentence (the report's lead)."""
    own = sentence.cites[0]
    article = _article(articles, own.article)
    first = next(s for s in article.sentences if unfit_reason(article.span_text(s)) is None)
    return (first.start, first.end) == (own.start, own.end)


def _follows(articles: tuple[Article, ...], before: SummarySentence | None, sentence: SummarySentence) -> bool:
    """Whether ``sentence`` is the sentence right after ``before`` in the same article."""
    if before is None or before.cites[0].article != sentence.cites[0].article:
        return False
    article = _article(articles, sentence.cites[0].article)
    at = next(k for k, s in enumerate(article.sentences) if s.start == sentence.cites[0].start)
    return at > 0 and article.sentences[at - 1].start == before.cites[0].start


@pytest.mark.parametrize("words", BUDGETS)
def test_summary_demo_reads_newest_development_first_then_background(demo_articles, words):
    """docs/summaries.md's order: passages (sentences that follow each other in one article) opening with
    a report's lead, newest first; then the other passages, newest report first (the undated article 001
    is read at the date of the report it shares most with, which the test leaves out)."""
    result = summarize_story(demo_articles, words=words)
    openers = [s for before, s in zip((None, *result), result, strict=False) if not _follows(demo_articles, before, s)]
    leads = [_is_lead(demo_articles, s) for s in openers]
    assert leads == sorted(leads, reverse=True)
    for tier in (True, False):
        dates = [_article(demo_articles, s.cites[0].article).published for s, lead in zip(openers, leads, strict=True)
                 if lead is tier]
        known = [d for d in dates if d]
        assert known == sorted(known, reverse=True)


@pytest.mark.parametrize("words", BUDGETS)
def test_summary_demo_shows_a_leaning_sentence_right_after_the_one_it_leans_on(demo_articles, words):
    result = summarize_story(demo_articles, words=words)
    for before, sentence in zip((None, *result), result, strict=False):
        if needs_context(sentence.text):
            assert _follows(demo_articles, before, sentence), sentence.text
