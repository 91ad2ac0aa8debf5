"""Entity-level precision/recall/F1 of the entity taggers and of the whole recognizer, their speed and size.

    .venv/bin/python bench/ner_eval.py [--data ../shared/data/ner] [--tagger fast|accurate|crf|all] [--json]
    .venv/bin/python bench/ner_eval.py --test ANERcorp-test.txt --test wojood/test.txt   # your own test sets

Scores are CoNLL's (``conlleval``): an entity counts only with its exact span and type. Two test sets:

* ``newsfane-heldout`` — the tenth of NewsFANE that no training script ever trains on
  (:func:`marsad.extract.ner.corpus.newsfane_split`), newswire like the training data;
* ``aqmar`` — all 28 AQMAR Wikipedia articles, out of domain (its MISC classes are article-specific, so
  its MISC and overall figures are low by construction; ``PER+ORG+LOC`` is the meaningful line).

``--test FILE`` (repeatable) scores any other test set in a CoNLL-style file instead (token and tags per
line, a blank line between sentences: ANERcorp, Wojood, a set of one's own; read by
:func:`marsad.extract.ner.corpus.read_tagged`, which maps PERS/PERSON, GPE/FAC and the like to PER, ORG,
LOC and MISC and keeps the outermost of nested entities), named by its file name.

All are tagged as real text is: the conjunction ``و`` attached to its word. For each tagger, two rows of
tables: the tagger alone (:func:`marsad.extract.ner.tagger.tag_sentences`), and the whole
:func:`marsad.extract.entities.recognize_entities` (tagger, lists, rules, echoes) on articles of 20
test sentences written out as text, its mentions mapped back to the tokens they cover.

Speed, one process, best of three passes over the held-out tokens, by the wall clock and per second of
this process's CPU time (the fair figure on a shared machine): the tagger alone (articles of 20 sentences
per call), and ``recognize_entities`` with its sentence memo emptied before each pass (every sentence read
anew; word-level memo tables stay warm, as they are in a long digest). Sizes are those of the
shipped model files.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from importlib import resources
from pathlib import Path

from marsad.extract import entities as entities_module
from marsad.extract.entities import recognize_entities
from marsad.extract.ner.corpus import (
    Scores,
    TaggedSentence,
    attach_conjunctions,
    newsfane_split,
    read_aqmar,
    read_conll,
    read_tagged,
    score,
)
from marsad.extract.ner.tagger import TAGGERS, tag_sentences, use_tagger
from marsad.model import Article
from marsad.text import tokenize

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "ner"
ARTICLE_SENTENCES = 20
MODEL_FILES = {
    "joint": ("ner.crfsuite", "ner-fast.npz"), "fast": ("ner-fast.npz",), "accurate": ("ner.crfsuite", "ner-e5.npz"), "crf": ("ner.crfsuite",)
}


def _articles(sentences: list[TaggedSentence]) -> list[tuple[Article, list[list[tuple[int, int]]]]]:
    """Articles of :data:`ARTICLE_SENTENCES` sentences (tokens joined by spaces, sentences by blank
    lines) with each sentence's token offsets in the article's text."""
    out = []
    for first in range(0, len(sentences), ARTICLE_SENTENCES):
        text, offsets = "", []
        for sentence in sentences[first : first + ARTICLE_SENTENCES]:
            if text:
                text += "\n\n"
            spans = []
            for i, token in enumerate(sentence.tokens):
                if i:
                    text += " "
                spans.append((len(text), len(text) + len(token)))
                text += token
            offsets.append(spans)
        out.append((Article(id=str(first), text=text), offsets))
    return out


def recognized_tags(sentences: list[TaggedSentence]) -> list[list[str]]:
    """BIO tags from :func:`recognize_entities`' mentions: each mention covers the tokens its span
    touches (a mention starts after a proclitic, inside its first token)."""
    tags: list[list[str]] = []
    for article, offsets in _articles(sentences):
        mentions = recognize_entities(article)
        for spans in offsets:
            row = ["O"] * len(spans)
            lo, hi = spans[0][0], spans[-1][1]
            for m in mentions:
                if lo <= m.start < hi:
                    covered = [i for i, (s, e) in enumerate(spans) if s < m.end and m.start < e]
                    for k, i in enumerate(covered):
                        row[i] = ("B-" if k == 0 else "I-") + m.type
            tags.append(row)
    return tags


def evaluate(sentences: list[TaggedSentence]) -> dict[str, dict[str, Scores]]:
    """``{"tagger": scores, "recognizer": scores}`` of the tagger in use on ``sentences``."""
    prepared = [attach_conjunctions(s) for s in sentences]
    gold = [s.tags for s in prepared]
    tagged = []
    for first in range(0, len(prepared), ARTICLE_SENTENCES):
        tagged += tag_sentences([s.tokens for s in prepared[first : first + ARTICLE_SENTENCES]])
    return {"tagger": with_core(score(gold, tagged)), "recognizer": with_core(score(gold, recognized_tags(prepared)))}


def with_core(scores: dict[str, Scores]) -> dict[str, Scores]:
    """``scores`` with the ``PER+ORG+LOC`` line the issue's targets are set on (MISC left out)."""
    core = [scores[k] for k in ("PER", "ORG", "LOC") if k in scores]
    gold, predicted, correct = (sum(getattr(s, f) for s in core) for f in ("gold", "predicted", "correct"))
    p = 100 * correct / predicted if predicted else 0.0
    r = 100 * correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return scores | {"PER+ORG+LOC": Scores(round(p, 2), round(r, 2), round(f, 2), gold, predicted, correct)}


def _best(run, repeat: int = 3) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds of ``repeat`` runs of ``run()``."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        run()
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - started_cpu)
    return wall, cpu


def speeds(sentences: list[TaggedSentence]) -> dict[str, float]:
    """Tokens per second of the tagger alone and of the whole recognizer (see the module docstring), by the
    wall clock and by this process's CPU time (what one core does when the machine is shared)."""
    prepared = [attach_conjunctions(s).tokens for s in sentences]
    n = sum(len(t) for t in prepared)

    def tag_all() -> None:
        for first in range(0, len(prepared), ARTICLE_SENTENCES):
            tag_sentences(prepared[first : first + ARTICLE_SENTENCES])

    articles = [a for a, _ in _articles([attach_conjunctions(s) for s in sentences])]
    words = sum(len(tokenize(a.text)) for a in articles)

    def recognize_all() -> None:
        entities_module._FIRST_PASSES.clear()
        for article in articles:
            recognize_entities(article)

    tag_all()  # the first pass fills the word tables, as the first articles of a digest do
    tagger, tagger_cpu = _best(tag_all)
    whole, whole_cpu = _best(recognize_all)
    return {"tagger_tokens_per_second": round(n / tagger), "tagger_tokens_per_cpu_second": round(n / tagger_cpu),
            "recognize_tokens_per_second": round(words / whole),
            "recognize_tokens_per_cpu_second": round(words / whole_cpu)}


def model_bytes(tagger: str) -> int:
    models = resources.files("marsad.extract") / "models"
    return sum((models / name).stat().st_size for name in MODEL_FILES[tagger])  # type: ignore[attr-defined]


def _table(name: str, scores: dict[str, Scores]) -> str:
    lines = [f"{name}", f"  {'type':<11} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for label, s in scores.items():
        lines.append(f"  {label:<11} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f} {s.gold:6d} {s.predicted:6d}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--tagger", choices=(*TAGGERS, "all"), default=TAGGERS[0])
    parser.add_argument("--json", action="store_true", help="print figures as JSON")
    parser.add_argument("--test", type=Path, action="append", default=[],
                        help="a CoNLL-style test file to score instead of the two shipped sets (repeatable)")
    args = parser.parse_args()

    if args.test:
        sets = {path.name: read_tagged(path) for path in args.test}
        held = next(iter(sets.values()))
    else:
        _, held = newsfane_split(read_conll(args.data / "newsfane_train.conll"))
        sets = {"newsfane-heldout": held, "aqmar": read_aqmar(args.data / "aqmar" / "articles")}
    figures = {}
    for tagger in TAGGERS if args.tagger == "all" else (args.tagger,):
        use_tagger(tagger)
        results = {name: evaluate(sentences) for name, sentences in sets.items()}
        figures[tagger] = {"scores": results, **speeds(held), "model_bytes": model_bytes(tagger)}
        if not args.json:
            for name, by_layer in results.items():
                for layer, scores in by_layer.items():
                    print(_table(f"{tagger} · {name} · {layer}", scores))
            f = figures[tagger]
            print(f"{tagger}: tagger {f['tagger_tokens_per_second']:,} tokens/s "
                  f"({f['tagger_tokens_per_cpu_second']:,} per CPU second); recognize_entities "
                  f"{f['recognize_tokens_per_second']:,} tokens/s ({f['recognize_tokens_per_cpu_second']:,} per CPU "
                  f"second); one process; model files {f['model_bytes'] / 1e6:.1f} MB")
    if args.json:
        out = {
            tagger: {**f, "scores": {n: {layer: {k: dataclasses.asdict(v) for k, v in s.items()}
                                         for layer, s in by_layer.items()} for n, by_layer in f["scores"].items()}}
            for tagger, f in figures.items()
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
