"""Train the CRF entity tagger (`--ner crf`) on NewsFANE, holding out a fixed tenth for evaluation.

    .venv/bin/python scripts/ner_wiki_sentences.py text  # first, once: the Wikipedia sentences (seconds)
    .venv/bin/python scripts/train_word_clusters.py      # then the word clusters: models/ner-clusters.tsv.gz
    .venv/bin/python scripts/train_ner.py [--data ../shared/data/ner/newsfane_train.conll] [--no-clusters]
        [--teacher /tmp/ner-work ...] [--gold-repeats N] [--out DIR]

Writes into ``src/marsad/extract/models/``: ``ner.crfsuite`` (the model), ``ner-vocab.tsv`` (word keys of
the training text with counts, used to tell proclitics from a name's own first letter) and
``ner-train.json`` (what was trained on: data checksum, split, parameters, sizes, the cluster table's
checksum, source and licence, from the table's own record). The features read the installed cluster table
(:func:`marsad.extract.ner.features.word_clusters`; the shipped one is learnt from Arabic Wikipedia, CC
BY-SA 4.0); ``--no-clusters`` trains a model without it (remove ``ner-clusters.tsv.gz`` first). The run is
deterministic: the split is by position (:func:`marsad.extract.ner.corpus.newsfane_split`), L-BFGS has no
random start, and the sentences are fed in file order. Uses one process.

``--teacher DIR`` adds the Wikipedia sentences the e5 teacher labelled (``scripts/ner_wiki_sentences.py
text`` then ``label``; CC BY-SA 4.0 text, labels from a NewsFANE-trained model), each with the best valid
BIO tags under the teacher's probabilities, as the fast tagger is distilled; ``--gold-repeats`` gives each
NewsFANE sentence that many times. Not used by the shipped model (docs/ner.md: with the word clusters,
14,000 teacher sentences raised NewsFANE held-out to 74.07 and AQMAR to 59.71, but cost quote speakers on
SaudiNewsNet, 86.4 -> 84.9 right). With neither, the model is the shipped one byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from importlib import resources
from pathlib import Path

import numpy as np
import pycrfsuite

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_wiki_sentences import read_sentences, teacher_labels

from marsad.extract.ner.corpus import (
    BLOCK,
    HELD_OUT_EVERY,
    attach_conjunctions,
    newsfane_split,
    read_conll,
)
from marsad.extract.ner.crf import MODEL_NAME
from marsad.extract.ner.features import (
    CLUSTERS_NAME,
    CLUSTERS_RECORD,
    PERSON_WORDS_NAME,
    person_words,
    sentence_features,
    word_clusters,
)
from marsad.extract.ner.neural import decode_tags
from marsad.extract.ner.tagger import VOCAB_NAME
from marsad.text import normalize_key

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "ner" / "newsfane_train.conll"
DEFAULT_OUT = REPO / "src" / "marsad" / "extract" / "models"

# Compared on the held-out tenth (docs/ner.md): c1=0.05/c2=0.01 and c1=0.02/c2=0.05 with 200 iterations
# scored within 0.7 F1 of these; the L1 term keeps the model to under 3 MB by zeroing rare features.
PARAMS = {"c1": 0.1, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--no-clusters", action="store_true", help="train without the word-cluster table")
    parser.add_argument(
        "--teacher", type=Path, action="append", default=[],
        help="a folder of teacher-labelled Wikipedia sentences (scripts/ner_wiki_sentences.py); repeatable",
    )
    parser.add_argument("--gold-repeats", type=int, default=1, help="times each NewsFANE sentence is given")
    args = parser.parse_args()
    clusters = args.out / CLUSTERS_NAME
    if args.no_clusters == clusters.exists() or args.no_clusters == bool(word_clusters()):
        parser.error(f"{clusters} must exist (scripts/train_word_clusters.py), or be removed with --no-clusters")

    table = None if args.no_clusters else json.loads(clusters.with_name(CLUSTERS_RECORD).read_text(encoding="utf-8"))

    sentences = read_conll(args.data)
    train, held = newsfane_split(sentences)
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in map(attach_conjunctions, train * args.gold_repeats):
        trainer.append(sentence_features(sentence.tokens), list(sentence.tags))
    taught = [pair for folder in args.teacher for pair in teacher_sentences(folder)]
    for tokens, tags in taught:
        trainer.append(sentence_features(tokens), tags)
    trainer.set_params(PARAMS)
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    trainer.train(str(args.out / MODEL_NAME))
    seconds = time.perf_counter() - started

    # The original ANERcorp tokens, where ``و`` stands apart: a word here that starts with و has it as
    # its own letter.
    counts = Counter(normalize_key(t) for s in train for t in s.tokens if t[:1].isalpha())
    (args.out / VOCAB_NAME).write_text(
        "".join(f"{w}\t{c}\n" for w, c in sorted(counts.items())), encoding="utf-8"
    )
    record = {
        "data": args.data.name,
        "data_sha256": hashlib.sha256(args.data.read_bytes()).hexdigest(),
        "split": f"blocks of {BLOCK} consecutive sentences; every {HELD_OUT_EVERY}th block held out",
        "train_sentences": len(train),
        "train_tokens": sum(len(s.tokens) for s in train),
        "held_out_sentences": len(held),
        "held_out_tokens": sum(len(s.tokens) for s in held),
        "params": PARAMS,
        "gold_repeats": args.gold_repeats,
        "teacher_sentences": len(taught),
        "teacher_words": sum(len(tokens) for tokens, _ in taught),
        "teacher_folders": [
            {"sentences_sha256": hashlib.sha256((folder / "wiki-sentences.jsonl.gz").read_bytes()).hexdigest(),
             "shards": len(list(folder.glob("labels-*.npz")))}
            for folder in args.teacher
        ],
        "training_seconds": round(seconds, 1),
        "clusters": None if table is None else {
            "file": CLUSTERS_NAME,
            "sha256": hashlib.sha256(clusters.read_bytes()).hexdigest(),
            "source": table["source"],
            "licence": table["licence"],
        },
        "person_words": {
            "file": PERSON_WORDS_NAME,
            # the installed table, which the features read
            "sha256": hashlib.sha256(
                resources.files("marsad.extract").joinpath("models", PERSON_WORDS_NAME).read_bytes()
            ).hexdigest(),
            "licence": "CC0 (Wikidata person-name words; counts of Arabic Wikipedia text)",
        } if person_words() else None,
        "licence": _licence(bool(taught), table),
    }
    (args.out / "ner-train.json").write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    print(json.dumps(record, ensure_ascii=False, indent=2))


def _licence(taught: bool, table: dict | None) -> str:
    """The model's licence: NewsFANE's (CC BY-SA 3.0), with Wikipedia's (CC BY-SA 4.0) when the teacher's
    sentences or the cluster table come from it; a NonCommercial table makes the model NonCommercial."""
    if table is not None and "NC" in table["licence"]:
        return f"{table['licence']} (NewsFANE, Alotaibi & Lee 2014, CC BY-SA 3.0; word clusters from {table['source']})"
    if taught or table is not None:
        return "CC BY-SA 4.0 (NewsFANE, Alotaibi & Lee 2014, CC BY-SA 3.0; Arabic Wikipedia, CC BY-SA 4.0)"
    return "CC BY-SA 3.0 (NewsFANE, Alotaibi & Lee 2014)"


def teacher_sentences(folder: Path) -> list[tuple[tuple[str, ...], list[str]]]:
    """The sentences of ``folder`` the teacher labelled, each with its best valid BIO tags under the
    teacher's probabilities."""
    return [
        (tokens, decode_tags(np.log(probs.astype(np.float64) + 1e-9)))
        for tokens, probs in teacher_labels(folder, read_sentences(folder))
    ]


if __name__ == "__main__":
    main()
