"""Courtesy and lineage make no fact: two sentences of a Saudi story that share only the titles and the
``بن`` chains of the princes they name are not "the same thing" (SaudiNewsNet 2015-08-11, the story of the
crown prince's condolence visit to Asir as ``marsad digest`` grouped that day: 50 reports of 11 outlets).

Read with the story's own sentences and weights, as the digest reads it. Before the protocol words were left
out of the comparison (``names.PROTOCOL_WORDS``), the cabinet session the crown prince chaired was cited as
also told by the list of princes at the reception in Abha (0.33), and so was the emir's receiving the head of
the Ifta branch; the summary then showed them with outlets that never told them. And the rosters themselves
(who attended, who came along) are no news: never quoted, never counted as telling another sentence's fact.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench_scripts import bench_module
from marsad.settings import DEFAULT
from marsad.summarize import StoryIndex, summarize_story

DAY = "2015-08-11"
_NUMBERS = (
    "0041 0046 0147 0187 0224 0306 0345 0353 0397 0419 0472 0473 0510 0512 0523 0526 0527 0565 0566 0622 0676 "
    "0714 0780 0781 0783 0793 0801 0803 0827 0828 0830 0837 0838 0941 0942 1000 1065 1067 1070 1139 1142 1206 "
    "1222 1223 1347 1348 1366 1436 1576 1670"
)
STORY = [f"{DAY}-{n}" for n in _NUMBERS.split(" ")]


@pytest.fixture(scope="module")
def index() -> StoryIndex:
    bench = bench_module("cluster_eval")
    if not (Path(bench.SAUDINEWSNET) / f"{DAY}.zip").is_file():
        pytest.skip(f"SaudiNewsNet not found at {bench.SAUDINEWSNET}")
    records = {r["id"]: r for r in bench.saudinewsnet_day(DAY, bench.SAUDINEWSNET)}
    return StoryIndex([bench.saudinewsnet_article(records[i]) for i in STORY])


def _unit(index: StoryIndex, article: str, opening: str) -> int:
    (unit,) = [k for k, u in enumerate(index.units) if index.articles[u.article].id == article and u.text.startswith(opening)]
    return unit


SESSION = (f"{DAY}-0803", "رأس نائب خادم الحرمين الشريفين")  # alriyadh: the cabinet session he chaired
RECEPTION = (f"{DAY}-0510", "استقبل صاحب السمو الملكي الأمير فيصل")  # aljazirah: the emir receives the Ifta head
PRINCES = (f"{DAY}-0526", "حضر الاستقبال")  # almadina: the princes at the reception in Abha
ESCORT = (f"{DAY}-0783", "رافق نائب خادم الحرمين")  # alriyadh: the princes who went with him round the mosque


@pytest.mark.parametrize(("first", "second"), [(SESSION, PRINCES), (SESSION, ESCORT)],
                         ids=["session-vs-princes", "session-vs-escort"])
def test_names_and_titles_alone_make_no_same_fact(index: StoryIndex, first, second) -> None:
    assert index.similarity[_unit(index, *first), _unit(index, *second)] < DEFAULT.summary.same_thing


@pytest.mark.parametrize("roster", [PRINCES, ESCORT, (f"{DAY}-0306", "وكان في استقبال نائب خادم الحرمين")],
                         ids=["attended-the-reception", "went-along", "met-him-at-the-airport"])
def test_the_protocols_roster_is_never_quoted_nor_told_by(index: StoryIndex, roster) -> None:
    """Who attended, who came along, who met him at the airport: names and titles, no news. Such a sentence is
    as like the emir's receiving the Ifta head (0.34, his name and office) as two reports of one fact are, so
    it is kept out of the summary and out of its citations altogether."""
    assert index.units[_unit(index, *roster)].unfit == "roster"
    reception = summarize_story(index.articles, index=index, words=250)
    for sentence in reception:
        for cite in sentence.cites:
            text = next(a.text for a in index.articles if a.id == cite.article)[cite.start : cite.end]
            assert not text.startswith(roster[1]), sentence.text


@pytest.mark.parametrize(("first", "second"), [
    (SESSION, (f"{DAY}-0224", "ترأس نائب خادم الحرمين")),  # aleqtisadiya's report of the session
    (RECEPTION, (f"{DAY}-1000", "استقبل أمير منطقة عسير")),  # alwatan's report of the reception
], ids=["session", "reception"])
def test_the_same_act_told_by_another_outlet_stays_the_same_fact(index: StoryIndex, first, second) -> None:
    assert index.similarity[_unit(index, *first), _unit(index, *second)] >= DEFAULT.summary.same_thing
