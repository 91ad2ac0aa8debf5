"""Arabic Wikipedia sentences for the fast entity tagger: pick them, then have the teacher label them.

    .venv/bin/python scripts/ner_wiki_sentences.py text  [--wiki FILE] [--work DIR]
    nice -n 19 .venv/bin/python scripts/ner_wiki_sentences.py label [--sentences 14000] [--work DIR]  # torch
    .venv/bin/python scripts/ner_wiki_sentences.py label --teacher joint [--work DIR]                 # numpy

``text``: articles of ``arwiki-2017-comparable.jsonl.gz`` (10,813 articles, CC BY-SA 4.0) in a fixed
shuffled order, split into sentences and tokenized as marsad reads real text
(:func:`marsad.text.split_sentences`, :func:`marsad.text.tokenize`); sentences of 5 to 80 tokens with an
Arabic word. Articles that share two or more 6-word sequences with AQMAR (an
evaluation set drawn from Arabic Wikipedia) are left out, so that the student never trains on the text
it is evaluated on. Writes ``DIR/wiki-sentences.jsonl.gz`` (one JSON list of tokens a line). Seconds.

``label --teacher joint`` (no torch): the CRF and the e5 teacher together, as ``--ner accurate`` decodes
them; each word's marginal probability of each tag (:meth:`marsad.extract.ner.joint.JointTagger.marginals`), in
the same shards. 1,283 s for 14,000 sentences on both cores (docs/ner.md, stop 53: the student it teaches
was measured and not shipped).

``label``: the fine-tuned e5-small teacher (``models/ner-e5.npz``, ``scripts/train_ner_teacher.py``) reads
the first ``--sentences`` sentences (the shipped student: 14,000, 361,961 words) and stores, for each word,
its probability of each BIO tag (float16), in shards of 2,000 sentences (``DIR/labels-NNNNN.npz``:
``probs`` [words, 9], ``offsets`` [sentences + 1]). A rerun skips the shards already written, so the job
can be stopped and resumed. Time: 1,212 s for the 14,000 sentences on one core shared with other jobs.

The labels are derived from Wikipedia text (CC BY-SA 4.0) and a NewsFANE-trained model (CC BY-SA 3.0):
what is learnt from them ships under CC BY-SA with attribution to both (docs/ner.md).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import random
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import numpy as np

from marsad.extract.ner.corpus import read_aqmar
from marsad.text import normalize_key, split_sentences, tokenize

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
DEFAULT_WIKI = SHARED / "unlabeled" / "arwiki-2017-comparable.jsonl.gz"
DEFAULT_WORK = Path("/tmp/ner-work")
MODELS = REPO / "src" / "marsad" / "extract" / "models"
SEED = 7
SHARD = 2000
NGRAM = 6
MIN_TOKENS, MAX_TOKENS = 5, 80


def _ngrams(keys: list[str]) -> set[tuple[str, ...]]:
    return {tuple(keys[i : i + NGRAM]) for i in range(len(keys) - NGRAM + 1)}


def select(wiki: Path, aqmar: Path, out: Path) -> dict:
    """Write the chosen sentences (see the module docstring) and return counts."""
    evaluation: set[tuple[str, ...]] = set()
    for sentence in read_aqmar(aqmar):
        evaluation |= _ngrams([normalize_key(t) for t in sentence.tokens if normalize_key(t)])
    with gzip.open(wiki, "rt", encoding="utf-8") as f:
        articles = [json.loads(line) for line in f]
    random.Random(SEED).shuffle(articles)
    kept = skipped = total = sentences = 0
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=6) as f:
        for article in articles:
            text = article["text"]
            keys = [k for k in (normalize_key(t.text) for t in tokenize(text)) if k]
            if len(_ngrams(keys) & evaluation) >= 2:
                skipped += 1
                continue
            kept += 1
            for start, end in split_sentences(text):
                tokens = [t.text for t in tokenize(text[start:end])]
                if not MIN_TOKENS <= len(tokens) <= MAX_TOKENS or not any("\u0600" <= c <= "\u06ff" for c in text[start:end]):
                    continue
                f.write(json.dumps(tokens, ensure_ascii=False) + "\n")
                total += len(tokens)
                sentences += 1
    return {"articles_used": kept, "articles_left_out_as_aqmar": skipped, "sentences": sentences, "tokens": total}


def read_sentences(work: Path) -> Iterator[tuple[str, ...]]:
    """The chosen sentences of ``work/wiki-sentences.jsonl.gz``, in order, as token tuples."""
    with gzip.open(work / "wiki-sentences.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            yield tuple(json.loads(line))


def teacher_labels(
    work: Path, sentences: Iterable[tuple[str, ...]]
) -> list[tuple[tuple[str, ...], np.ndarray]]:
    """The sentences the teacher labelled, each with its words' tag probabilities (``[words, 9]``, float16,
    from ``work/labels-NNNNN.npz`` in order); ``sentences`` are those of :func:`read_sentences`, from the
    first, and are consumed as far as the shards go."""
    given = iter(sentences)
    labelled = []
    for shard in sorted(work.glob("labels-*.npz")):
        saved = np.load(shard)
        offsets, probs = saved["offsets"], saved["probs"]
        for i in range(len(offsets) - 1):
            labelled.append((next(given), probs[offsets[i] : offsets[i + 1]]))
    return labelled


def _write_shards(work: Path, count: int, label_chunk) -> None:
    """``label_chunk(sentences)`` (each sentence's ``[words, 9]`` tag probabilities) for the first ``count``
    sentences of ``work/wiki-sentences.jsonl.gz``, shard by shard; shards already written are skipped."""
    sentences = list(itertools.islice(read_sentences(work), count))
    started = time.perf_counter()
    for shard, begin in enumerate(range(0, len(sentences), SHARD)):
        path = work / f"labels-{shard:05d}.npz"
        if path.exists():
            continue
        chunk = sentences[begin : begin + SHARD]
        probs = label_chunk(chunk)
        offsets = np.cumsum([0] + [len(t) for t in chunk])
        np.savez(path.with_suffix(".tmp.npz"), probs=np.concatenate(probs), offsets=offsets)
        path.with_suffix(".tmp.npz").replace(path)
        print(f"shard {shard}: sentences {begin + len(chunk)}/{len(sentences)} "
              f"{time.perf_counter() - started:.0f}s", flush=True)


def label(work: Path, count: int) -> None:
    """Teacher probabilities for the first ``count`` sentences of ``work/wiki-sentences.jsonl.gz``, shard by
    shard."""
    import torch

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from train_ner_teacher import Teacher, batches, tensors, windows

    from marsad.extract.ner.e5 import load_e5

    torch.set_num_threads(1)
    w = load_e5()
    model = Teacher.from_export(w, MODELS / "ner-e5.npz")
    model.eval()

    def label_chunk(chunk: list[tuple[str, ...]]) -> list[np.ndarray]:
        items = [(ids, firsts, None, (s, span)) for s, tokens in enumerate(chunk)
                 for ids, firsts, _, span in windows(w, tokens, None, 250)]
        probs = [np.zeros((len(t), 9), dtype=np.float16) for t in chunk]
        with torch.no_grad():
            for batch in batches(items, 4000, None):
                ids, mask, _ = tensors(batch)
                out = torch.softmax(model(ids, mask), dim=-1).numpy()
                for r, (_, firsts, _, (s, (a, _))) in enumerate(batch):
                    probs[s][a : a + len(firsts)] = out[r, firsts]
        return probs

    _write_shards(work, count, label_chunk)


def label_joint(work: Path, count: int) -> None:
    """The ``--teacher joint`` labels of the first ``count`` sentences, shard by shard, in numpy (no torch):
    each word's probability of each tag under the CRF's scores plus the fine-tuned e5 network's
    log-probabilities, the CRF's transitions between them (forward-backward,
    :meth:`~marsad.extract.ner.joint.JointTagger.marginals`): the model ``--ner accurate`` decodes."""
    from marsad.extract.ner.joint import load_accurate_joint_tagger

    teacher = load_accurate_joint_tagger()

    def label_chunk(chunk: list[tuple[str, ...]]) -> list[np.ndarray]:
        return [p.astype(np.float16) for first in range(0, len(chunk), 100)
                for p in teacher.marginals(chunk[first : first + 100])]

    _write_shards(work, count, label_chunk)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stage", choices=("text", "label"))
    parser.add_argument("--wiki", type=Path, default=DEFAULT_WIKI)
    parser.add_argument("--aqmar", type=Path, default=SHARED / "ner" / "aqmar" / "articles")
    parser.add_argument("--sentences", type=int, default=14_000, help="how many sentences the teacher labels")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK)
    parser.add_argument("--teacher", choices=("e5", "joint"), default="e5",
                        help="e5: the fine-tuned network alone (torch); joint: the CRF and it together (numpy)")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    if args.stage == "text":
        record = select(args.wiki, args.aqmar, args.work / "wiki-sentences.jsonl.gz")
        print(json.dumps(record, ensure_ascii=False))
    elif args.teacher == "joint":
        label_joint(args.work, args.sentences)
    else:
        label(args.work, args.sentences)


if __name__ == "__main__":
    main()
