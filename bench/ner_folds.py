"""The CRF and the whole recognizer on other held-out folds of NewsFANE than the one the shipped model keeps.

    .venv/bin/python bench/ner_folds.py                    # folds 1, 4 and 9 (9 is the shipped split)
    .venv/bin/python bench/ner_folds.py --folds 0 2 5 --json
    .venv/bin/python bench/ner_folds.py --folds 1 4 --param c1=0.2 --param c2=0.01   # other crfsuite parameters

NewsFANE is cut into blocks of 50 consecutive sentences; fold *r* is every block whose index ends in *r*
(:func:`marsad.extract.ner.corpus.newsfane_split` holds out fold 9). For each fold the CRF is trained
again on the other nine tenths, with the shipped features, tables and parameters (``scripts/train_ner.py``),
and scored as ``bench/ner_eval.py`` scores it: PER+ORG+LOC F1 of the tagger alone and of
``recognize_entities`` (tagger, lists, rules, echoes). The recognizer's rules were written while reading
fold 9's errors, so the gap between the two lines on the other folds says how much of their gain is tuned.
(The word counts the rules consult, ``ner-vocab.tsv``, come from the shipped split's training part, which
includes folds 0-8: a small leak in their favour on those folds.) About a minute per fold, one core.

``--steps`` also scores the recognizer with each of its rule steps switched off in turn (the step's function
in :mod:`marsad.extract.entities` replaced by one that changes nothing, for the run only): what each step
gives on folds its rules were not read on. ``--models DIR`` keeps each fold's CRF there to run again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from train_ner import PARAMS

from marsad.extract import entities
from marsad.extract.ner.corpus import BLOCK, HELD_OUT_EVERY, attach_conjunctions, read_conll, score
from marsad.extract.ner.features import sentence_features
from marsad.extract.ner.gazetteers import PhraseMatcher
from marsad.extract.ner.tagger import use_crf_model
from marsad.memo import clear_memos
from ner_eval import DEFAULT_DATA, evaluate, recognized_tags, with_core


def _unchanged(tokens, spans, *rest):
    return sorted(spans)


def _teams_unchanged(tokens, words, spans):
    return spans


class _NoNames(PhraseMatcher):
    def __init__(self) -> None:
        super().__init__({})


# Each rule step of recognize_entities, and the functions that switch it off (see --steps).
STEPS: dict[str, dict[str, object]] = {
    "lists": {"_rule_matcher": _NoNames},
    "echoes": {"_echoes": lambda sentences, spans: _NoNames()},
    "trim": {"_trim": lambda tokens, start, end, kind: (start, end)},
    "apart": {f: _unchanged for f in ("_apart_at_dative", "_apart_at_conjunctions", "_people_run_together", "_apart_at_dashes")},
    "facility": {"_facility_spans": _unchanged},
    "pattern": {"_pattern_spans": _unchanged},
    "titled": {"_titled_names": _unchanged},
    "teams": {"_teams": _teams_unchanged},
    "clubs": {"_clubs_named_by_cities": _unchanged},
    "family": {"_family_nisba": lambda token: False, "_common_middle_name": lambda *a: False,
               "_family_word_before_pause": lambda *a: False},
    "given": {"_given_names": lambda sentences, spans: {}},
}


def _recognizer_f1(held: list) -> float:
    clear_memos()
    prepared = [attach_conjunctions(s) for s in held]
    return with_core(score([s.tags for s in prepared], recognized_tags(prepared)))["PER+ORG+LOC"].f1


def step_figures(held: list) -> dict[str, float]:
    """The recognizer's PER+ORG+LOC F1 on ``held`` with each of :data:`STEPS` switched off, with the CRF in use."""
    out = {}
    for step, replacements in STEPS.items():
        kept = {name: getattr(entities, name) for name in replacements}
        try:
            for name, replacement in replacements.items():
                setattr(entities, name, replacement)
            out[step] = _recognizer_f1(held)
        finally:
            for name, function in kept.items():
                setattr(entities, name, function)
    clear_memos()
    return out


def fold_figures(sentences: list, fold: int, params: dict, steps: bool = False, models: Path | None = None) -> dict[str, float]:
    """Train on every block but ``fold``'s with crfsuite ``params``, and score the tagger and the recognizer
    on ``fold``."""
    train = [s for i, s in enumerate(sentences) if (i // BLOCK) % HELD_OUT_EVERY != fold]
    held = [s for i, s in enumerate(sentences) if (i // BLOCK) % HELD_OUT_EVERY == fold]
    started = time.perf_counter()
    kept = models / f"fold{fold}-{hashlib.sha256(repr(sorted(params.items())).encode()).hexdigest()[:8]}.crfsuite" if models else None
    if kept is not None and kept.exists():
        use_crf_model(kept.read_bytes())
    else:
        trainer = pycrfsuite.Trainer(verbose=False)
        for sentence in map(attach_conjunctions, train):
            trainer.append(sentence_features(sentence.tokens), list(sentence.tags))
        trainer.set_params(params)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "ner.crfsuite"
            trainer.train(str(path))
            use_crf_model(path.read_bytes())
            if kept is not None:
                kept.parent.mkdir(parents=True, exist_ok=True)
                kept.write_bytes(path.read_bytes())
    seconds = time.perf_counter() - started
    scores = evaluate(held)
    off = step_figures(held) if steps else {}
    return {
        **{f"without_{k}": v for k, v in off.items()},
        "fold": fold,
        "held_out_sentences": len(held),
        "tagger": scores["tagger"]["PER+ORG+LOC"].f1,
        "recognizer": scores["recognizer"]["PER+ORG+LOC"].f1,
        **{f"recognizer_{k}": scores["recognizer"][k].f1 for k in ("PER", "ORG", "LOC")},
        "training_seconds": round(seconds, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, nargs="+", default=[1, 4, HELD_OUT_EVERY - 1])
    parser.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                        help="a crfsuite training parameter in place of scripts/train_ner.py's (repeatable)")
    parser.add_argument("--json", action="store_true", help="print figures as JSON")
    parser.add_argument("--steps", action="store_true", help="also score the recognizer with each rule step off")
    parser.add_argument("--models", type=Path, help="keep each fold's trained CRF in this folder, and reuse it")
    args = parser.parse_args()
    params = PARAMS | {k: float(v) if k in ("c1", "c2") else int(v) for k, v in (p.split("=", 1) for p in args.param)}
    sentences = read_conll(args.data / "newsfane_train.conll")
    rows = [fold_figures(sentences, fold, params, args.steps, args.models) for fold in args.folds]
    if args.json:
        print(json.dumps({"params": params, "folds": rows}, indent=2))
        return
    print(f"crfsuite parameters: {params}")
    print(f"{'fold':>4} {'sentences':>9} {'tagger':>7} {'recognizer':>10} {'rules':>6}   PER    ORG    LOC")
    for row in rows:
        print(f"{row['fold']:>4} {row['held_out_sentences']:>9} {row['tagger']:>7.2f} {row['recognizer']:>10.2f} "
              f"{row['recognizer'] - row['tagger']:>+6.2f}  {row['recognizer_PER']:5.2f}  {row['recognizer_ORG']:5.2f}  "
              f"{row['recognizer_LOC']:5.2f}")
    mean = {k: sum(r[k] for r in rows) / len(rows) for k in ("tagger", "recognizer")}
    print(f"mean {'':>9} {mean['tagger']:>7.2f} {mean['recognizer']:>10.2f} {mean['recognizer'] - mean['tagger']:>+6.2f}")
    if args.steps:
        print("\nrecognizer F1 with one rule step off, minus with every step (negative: the step helps)")
        print(f"{'step':<10}" + "".join(f"{row['fold']:>7}" for row in rows) + "   mean")
        for step in STEPS:
            deltas = [row[f"without_{step}"] - row["recognizer"] for row in rows]
            print(f"{step:<10}" + "".join(f"{d:>+7.2f}" for d in deltas) + f" {sum(deltas) / len(deltas):>+6.2f}")


if __name__ == "__main__":
    main()
