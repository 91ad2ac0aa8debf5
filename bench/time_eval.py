"""Precision and recall of the temporal tagger's spans against the DATE and TIME spans of the Wojood
public sample, and the tagger's speed on real news.

    .venv/bin/python bench/time_eval.py [--data ../shared/data/ner/wojood_sample] [--speed 2000] [--json]

Wojood (Jarrar et al., LREC 2022; SinaLab/ArabicNER, MIT) marks nested entities token by token. Its DATE
covers what marsad tags as time expressions (``15 / 1 / 1959``، ``يونيو / حزيران 2004``، ``اليوم``) and more
that it does not try to date (``الفترة العثمانية``، ``شهرياً``، ``السنوية``); its TIME covers clock times,
lengths (``30 دقيقة``) and ``الآن``. Both are scored together against every span the tagger returns,
whether or not it could resolve a value — spans are what is measured here; values are tested by
``tests/extract/data/time_expressions.tsv``.

* exact: a span counts when its start and end are the gold span's (Wojood puts the cue word and
  brackets inside: ``بتاريخ ( 2 / 10 / 1989 )``, which TimeML and marsad leave out — so exact is low by
  design);
* overlap: a predicted span counts when it overlaps a gold span, a gold span when a predicted one
  overlaps it.

Sentences are rebuilt by joining the tokens with spaces, as the annotators' tokenization gives them. The
floors CI checks are in ``bench/baselines/time.json`` (tests/extract/test_times_baseline.py).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from marsad.extract.quantities import find_quantities
from marsad.extract.times import find_times, tag_text
from marsad.model import Article

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "ner" / "wojood_sample"
SPLITS = ("train", "val", "test")
TYPES = ("DATE", "TIME")


@dataclass(frozen=True)
class Sentence:
    """A Wojood sentence: its text (tokens joined by spaces) and its gold DATE/TIME spans."""

    text: str
    gold: tuple[tuple[int, int, str], ...]


def read_wojood(path: Path) -> list[Sentence]:
    """Sentences of a Wojood file (``token TAG [TAG ...]`` per line, a blank line between sentences)."""
    sentences: list[Sentence] = []
    tokens: list[tuple[str, list[str]]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            token, *tags = line.split(" ")
            tokens.append((token, tags))
        elif tokens:
            sentences.append(_sentence(tokens))
            tokens = []
    return sentences


def _sentence(tokens: list[tuple[str, list[str]]]) -> Sentence:
    starts, offset = [], 0
    for token, _ in tokens:
        starts.append(offset)
        offset += len(token) + 1
    text = " ".join(token for token, _ in tokens)
    gold: list[tuple[int, int, str]] = []
    for kind in TYPES:
        begin: int | None = None
        for i, (_, tags) in enumerate([*tokens, ("", [])]):
            if begin is not None and f"I-{kind}" not in tags:
                gold.append((starts[begin], starts[i - 1] + len(tokens[i - 1][0]), kind))
                begin = None
            if f"B-{kind}" in tags:
                begin = i
    return Sentence(text, tuple(sorted(gold)))


@dataclass(frozen=True)
class Scores:
    gold: int
    predicted: int
    exact: int
    predicted_overlapping: int
    gold_overlapped: int

    def as_dict(self) -> dict[str, float | int]:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        ep, er = _ratio(self.exact, self.predicted), _ratio(self.exact, self.gold)
        op, orc = _ratio(self.predicted_overlapping, self.predicted), _ratio(self.gold_overlapped, self.gold)
        return {
            "gold": self.gold, "predicted": self.predicted,
            "exact_precision": round(100 * ep, 1), "exact_recall": round(100 * er, 1),
            "exact_f1": round(100 * f1(ep, er), 1),
            "overlap_precision": round(100 * op, 1), "overlap_recall": round(100 * orc, 1),
            "overlap_f1": round(100 * f1(op, orc), 1),
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def evaluate(sentences: list[Sentence], kinds: tuple[str, ...] = TYPES) -> Scores:
    """Span scores of the tagger on ``sentences`` against their gold spans of ``kinds``."""
    gold_n = predicted_n = exact = predicted_overlapping = gold_overlapped = 0
    for sentence in sentences:
        gold = [(s, e) for s, e, kind in sentence.gold if kind in kinds]
        predicted = [(x.start, x.end) for x in tag_text(sentence.text)]
        gold_n += len(gold)
        predicted_n += len(predicted)
        exact += len(set(gold) & set(predicted))
        predicted_overlapping += sum(any(s < ge and gs < e for gs, ge in gold) for s, e in predicted)
        gold_overlapped += sum(any(s < ge and gs < e for s, e in predicted) for gs, ge in gold)
    return Scores(gold_n, predicted_n, exact, predicted_overlapping, gold_overlapped)


def report(data: Path) -> dict[str, dict[str, float | int]]:
    """Scores per split and for all splits together; recall per gold type on all of them."""
    by_split = {split: read_wojood(data / f"{split}.txt") for split in SPLITS}
    everything = [s for split in SPLITS for s in by_split[split]]
    out = {split: evaluate(sentences).as_dict() for split, sentences in by_split.items()}
    out["all"] = evaluate(everything).as_dict()
    for kind in TYPES:
        scores = evaluate(everything, (kind,))
        out[f"all-{kind}"] = {"gold": scores.gold, "exact_recall": round(100 * _ratio(scores.exact, scores.gold), 1),
                              "overlap_recall": round(100 * _ratio(scores.gold_overlapped, scores.gold), 1)}
    return out


def speed(limit: int) -> dict[str, float | int]:
    """Articles per second of find_times + find_quantities on the first ``limit`` SaudiNewsNet articles,
    one process (the reading of the zips is not timed)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpora import saudinewsnet_records

    articles = [Article(id=r["id"], text=r["text"], published=r["published"]) for r in saudinewsnet_records(limit)]
    started = time.perf_counter()
    times = quantities = 0
    for article in articles:
        found = find_times(article)
        times += len(found)
        quantities += len(find_quantities(article, times=found))
    elapsed = time.perf_counter() - started
    chars = sum(len(a.text) for a in articles)
    return {"articles": len(articles), "seconds": round(elapsed, 2), "articles_per_second": round(len(articles) / elapsed),
            "mb_per_second": round(chars / elapsed / 1e6, 2), "times": times, "quantities": quantities}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--speed", type=int, default=0, help="also time the extractors on N SaudiNewsNet articles")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not (args.data / "test.txt").exists():
        raise SystemExit(f"Wojood sample not found in {args.data} (see ../shared/data/README.md)")
    out: dict[str, dict[str, float | int]] = report(args.data)
    if args.speed:
        out["speed"] = speed(args.speed)
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return
    for name, scores in out.items():
        print(f"{name:10} " + "  ".join(f"{k}={v}" for k, v in scores.items()))


if __name__ == "__main__":
    main()
