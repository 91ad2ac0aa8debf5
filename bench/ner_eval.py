"""Entity-level precision/recall/F1 of the shipped tagger, and its tagging speed.

    .venv/bin/python bench/ner_eval.py [--data ../shared/data/ner] [--json]

Scores are CoNLL's (``conlleval``): an entity counts only with its exact span and type. Two test sets:

* ``newsfane-heldout`` — the tenth of NewsFANE that ``scripts/train_ner.py`` never trains on
  (:func:`marsad.extract.ner.corpus.newsfane_split`), newswire like the training data;
* ``aqmar`` — all 28 AQMAR Wikipedia articles, out of domain (its MISC classes are article-specific, so
  its MISC and overall figures are low by construction; PER/LOC/ORG are the meaningful ones).

Both are tagged as real text is: the conjunction ``و`` attached to its word. Speed is measured on the
held-out tokens, for the tagger alone (features and CRF decoding) and for the whole
:func:`marsad.extract.entities.recognize_entities`, one process, best of three passes.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from pathlib import Path

from marsad.extract.entities import recognize_entities
from marsad.extract.ner.corpus import (
    Scores,
    TaggedSentence,
    attach_conjunctions,
    newsfane_split,
    read_aqmar,
    read_conll,
    score,
)
from marsad.extract.ner.tagger import tag_tokens
from marsad.model import Article
from marsad.text import tokenize

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "ner"


def evaluate(sentences: list[TaggedSentence]) -> dict[str, Scores]:
    """Scores of the shipped tagger on ``sentences`` (conjunctions attached first)."""
    prepared = [attach_conjunctions(s) for s in sentences]
    return score([s.tags for s in prepared], [tag_tokens(s.tokens) for s in prepared])


def tokens_per_second(sentences: list[TaggedSentence]) -> float:
    """Tagging speed (features + decoding) over ``sentences``, best of three passes."""
    prepared = [attach_conjunctions(s).tokens for s in sentences]
    n = sum(len(t) for t in prepared)
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for tokens in prepared:
            tag_tokens(tokens)
        best = min(best, time.perf_counter() - started)
    return n / best


def recognition_tokens_per_second(sentences: list[TaggedSentence]) -> float:
    """Speed of the whole :func:`recognize_entities` (tagger, lists, rules, roles) on articles of 20
    held-out sentences each, written out as text; best of three passes."""
    texts = [" ".join(attach_conjunctions(s).tokens) for s in sentences]
    articles = [Article(id=str(i), text="\n\n".join(texts[i : i + 20])) for i in range(0, len(texts), 20)]
    n = sum(len(tokenize(a.text)) for a in articles)
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for article in articles:
            recognize_entities(article)
        best = min(best, time.perf_counter() - started)
    return n / best


def _table(name: str, scores: dict[str, Scores]) -> str:
    lines = [f"{name}", f"  {'type':<5} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for label, s in scores.items():
        lines.append(f"  {label:<5} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f} {s.gold:6d} {s.predicted:6d}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", action="store_true", help="print figures as JSON")
    args = parser.parse_args()

    _, held = newsfane_split(read_conll(args.data / "newsfane_train.conll"))
    results = {"newsfane-heldout": evaluate(held), "aqmar": evaluate(read_aqmar(args.data / "aqmar" / "articles"))}
    speed = tokens_per_second(held)
    full = recognition_tokens_per_second(held)
    if args.json:
        figures = {name: {k: dataclasses.asdict(v) for k, v in s.items()} for name, s in results.items()}
        print(json.dumps(figures | {"tagger_tokens_per_second": round(speed),
                                    "recognize_tokens_per_second": round(full)}, ensure_ascii=False, indent=2))
        return
    for name, scores in results.items():
        print(_table(name, scores))
    print(f"tagging speed: {speed:,.0f} tokens/s (features + CRF, one process)")
    print(f"recognize_entities speed: {full:,.0f} tokens/s (tagger + lists + rules + roles, one process)")


if __name__ == "__main__":
    main()
