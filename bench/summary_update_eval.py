"""Update summaries on MultiLing 2011 Arabic dev: what the last reports add to those a reader has seen.

Usage: ``python bench/summary_update_eval.py [multiling-dir] [--words 100] [--seen 7]``

For each topic M000-M004 the 10 reports are put in date order (:func:`summary_eval.by_date`); the first
``--seen`` (7) are taken as read, the last three are new. Systems, each in ``--words`` words:

* ``marsad update``: :func:`marsad.summarize.summarize_update` of the whole story, the seven as seen;
* ``marsad, new only``: :func:`marsad.summarize.summarize_story` of the three new reports alone (what a
  summarizer that does not know what was read would say);
* ``lead by date`` and ``lead by date, whole``: issue 14's lead baseline on the three new reports
  (see bench/summary_eval.py).

Printed per topic and on average: ROUGE-2 recall against the topic's three human summaries (whole-topic
250-word summaries: no update references exist for this set, so recall says how much of what the humans
found worth saying the update carries), each peer cut to its first ``--words`` tokens; and how much the
update repeats what was read: the share of its bigrams (ROUGE's tokens) that occur in the seen reports,
over all bigrams, and over content bigrams (at least one word not a stop word of
:data:`marsad.summarize.index.STOPWORDS`, stemmed as there).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Sequence
from pathlib import Path

from marsad.model import Article
from marsad.summarize import summarize_story, summarize_update
from marsad.summarize.evaluate import rouge_n, rouge_tokens
from marsad.summarize.index import STOPWORDS
from marsad.text import light_stem
from summary_eval import (
    DEFAULT_DATA,
    REFERENCES,
    TOPICS,
    by_date,
    dated_lead_summary,
    topic_articles,
    topic_quotes,
)

SYSTEMS = ("marsad update", "marsad, new only", "lead by date", "lead by date, whole")


def bigrams(text: str) -> list[tuple[str, str]]:
    tokens = rouge_tokens(text)
    return list(itertools.pairwise(tokens))


def repeated_share(summary: str, seen: Sequence[Article], *, content: bool) -> float:
    """Share of the bigrams of ``summary`` that occur in the ``seen`` articles (titles and texts);
    with ``content``, only bigrams with at least one word that is not a stop word."""
    read = {g for a in seen for g in bigrams(f"{a.title}\n{a.text}")}
    grams = bigrams(summary)
    if content:
        grams = [g for g in grams if not all(light_stem(w) in STOPWORDS for w in g)]
    return sum(g in read for g in grams) / len(grams) if grams else 0.0


def topic_summaries(data: Path, topic: str, words: int, seen_count: int) -> tuple[dict[str, str], list[Article]]:
    """Each system's update of ``topic`` and the reports taken as seen."""
    articles = by_date(topic_articles(data, topic))
    seen, new = articles[:seen_count], articles[seen_count:]
    quotes = topic_quotes(articles)
    texts = {
        "marsad update": summarize_update(articles, [a.id for a in seen], words=words, quotes=quotes),
        "marsad, new only": summarize_story(new, words=words, quotes=[q for q in quotes if q.article in {a.id for a in new}]),
    }
    joined = {name: "\n".join(s.text for s in summary) for name, summary in texts.items()}
    joined["lead by date"] = dated_lead_summary(new, words)
    joined["lead by date, whole"] = dated_lead_summary(new, words, whole=True)
    return joined, seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--seen", type=int, default=7)
    args = parser.parse_args()
    if not (args.data / "SourceTexts").is_dir():
        print(f"MultiLing 2011 Arabic not found at {args.data}; pass its folder", file=sys.stderr)
        return 2
    rows: dict[str, list[tuple[float, float, float]]] = {name: [] for name in SYSTEMS}
    for topic in TOPICS:
        references = [rouge_tokens((args.data / "ModelSummaries" / f"{topic}.{r}.250").read_text("utf-8")) for r in REFERENCES]
        texts, seen = topic_summaries(args.data, topic, args.words, args.seen)
        for name in SYSTEMS:
            recall = rouge_n(rouge_tokens(texts[name], args.words), references, 2).recall
            cut = " ".join(rouge_tokens(texts[name], args.words))
            rows[name].append((recall, repeated_share(cut, seen, content=False), repeated_share(cut, seen, content=True)))
    print(f"MultiLing 2011 Arabic dev, {TOPICS[0]}-{TOPICS[-1]}: the last {10 - args.seen} reports given the first "
          f"{args.seen} as seen, {args.words} words")
    print(f"{'system':<20}{'R2 R':>8}{'repeat':>8}{'repeat*':>9}   (repeat: share of bigrams in the seen reports; "
          "*: content bigrams)")
    for name in SYSTEMS:
        means = [sum(r[k] for r in rows[name]) / len(rows[name]) for k in range(3)]
        print(f"{name:<20}{means[0]:8.4f}{means[1]:8.3f}{means[2]:9.3f}")
    print("\nper topic: R2 recall / repeat share")
    print(f"{'system':<20}" + "".join(f"{t:>15}" for t in TOPICS))
    for name in SYSTEMS:
        print(f"{name:<20}" + "".join(f"{r[0]:8.4f} /{r[1]:5.2f}" for r in rows[name]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
