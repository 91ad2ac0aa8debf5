"""Train the fast entity tagger (`--ner fast`): a small CNN over word features, distilled from the e5 teacher.

    .venv/bin/python scripts/ner_wiki_sentences.py text                  # Wikipedia sentences
    nice -n 19 .venv/bin/python scripts/ner_wiki_sentences.py label      # teacher labels (torch, 20 min)
    nice -n 19 env OMP_NUM_THREADS=1 .venv/bin/python scripts/train_ner_student.py [--work /tmp/ner-work]

Needs PyTorch (CPU) for training only: ``pip install torch==2.13.0`` (never in CI).

1. **Vocabulary and word vectors.** Word keys seen at least 3 times in the Wikipedia sentences
   (``WORK/wiki-sentences.jsonl.gz``, CC BY-SA 4.0) and the NewsFANE training split, the 100,000 commonest,
   plus the Arabic person-name words of Wikidata (CC0; each marked as a name word). Vectors: positive PMI
   of directional ±2-word contexts over the 10,000 commonest words, truncated SVD to 100 dimensions
   (``scripts/train_word_clusters.py``'s method), scaled to unit length; a word without contexts starts at 0.
2. **Training data.** NewsFANE's training split (gold tags, the conjunction ``و`` attached as real text
   writes it; the held-out blocks are never used for training) three times per epoch, and every Wikipedia
   sentence the teacher labelled (``WORK/labels-*.npz``: its probability of each tag for each word, the
   soft target). Loss: cross-entropy against the target distribution.
3. **Network** (:mod:`marsad.extract.ner.fast`): word features -> 96 (linear, ReLU, with the
   listed-name flags added), two residual convolutions of width 3 (dilation 1 then 2), a linear layer to
   the 9 tags. Adam (lr 2e-3, halved each epoch after the second; sparse for the word table), batches
   of 64 sentences of similar length, dropout 0.25
   on the input vectors and 0.1 on the hidden layers, 6 epochs, seed 11, one thread.

After each epoch the held-out blocks are scored and logged (not used to choose anything). Time: 119 s with
the 14,000 teacher-labelled sentences (361,961 words) at the width of 96 (stop 39; 977 s at the width of 160
before, on one core shared with other jobs; ``--hidden`` sets the width). Writes
``src/marsad/extract/models/ner-fast.npz`` (weights float16, vocabulary) and ``ner-fast.json`` (data checksums,
sizes, parameters, figures, time).

Licence of the result: CC BY-SA 4.0 — learnt from NewsFANE (CC BY-SA 3.0, Alotaibi & Lee 2014) and
Arabic Wikipedia (CC BY-SA 4.0, its contributors), with Wikidata name words (CC0); see docs/ner.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import numpy as np
import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_wiki_sentences import read_sentences, teacher_labels
from train_word_clusters import _embedding, cooccurrences, ppmi

from marsad.extract.ner.corpus import attach_conjunctions, newsfane_split, read_conll, score
from marsad.extract.ner.fast import (
    AFFIX_BUCKETS,
    FLAGS,
    GAZETTEER_FLAGS,
    MODEL_NAME,
    FastTagger,
    gazetteer_flags,
    word_features,
)
from marsad.extract.ner.neural import TAGS
from marsad.text import normalize_key

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "src" / "marsad" / "extract" / "models"
PARAMS = {"vocab": 100_000, "min_count": 3, "contexts": 10_000, "window": 2, "dims": 100, "affix_dims": 16,
          "hidden": 96, "dilations": [1, 2], "lr": 2e-3, "batch": 64, "epochs": 6, "gold_repeats": 3,
          "input_dropout": 0.25, "dropout": 0.1, "seed": 11}




def _name_words(path: Path) -> set[str]:
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) >= 2 and (key := normalize_key(parts[1])):
            words.add(key)
    return words


def vocabulary(corpus: list[tuple[str, ...]], names: set[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """``(words, vectors [len+1, dims], name_word [len+1])``; row 0 is "no word"."""
    keyed = [[normalize_key(t) for t in sentence] for sentence in corpus]
    counts = Counter(k for sentence in keyed for k in sentence if k)
    ranked = [w for w, c in sorted(counts.items(), key=lambda x: (-x[1], x[0])) if c >= PARAMS["min_count"]]
    words = ranked[: PARAMS["vocab"]]
    words += sorted(names - set(words))
    index = {w: i for i, w in enumerate(words)}
    ids = np.concatenate([np.append(np.array([index.get(k, -1) for k in s], dtype=np.int64), -1) for s in keyed])
    n_contexts = min(PARAMS["contexts"], len(ranked))
    n_rows = min(PARAMS["vocab"], len(ranked))
    matrix = ppmi(cooccurrences(ids, ids, n_rows, n_contexts, PARAMS["window"]))
    vectors = np.zeros((len(words) + 1, PARAMS["dims"]), dtype=np.float32)
    vectors[1 : n_rows + 1] = _embedding(matrix, PARAMS["dims"])
    name_word = np.zeros(len(words) + 1, dtype=np.float32)
    for w in names:
        name_word[index[w] + 1] = 1.0
    return words, vectors, name_word


class Student(nn.Module):
    """The torch twin of :class:`marsad.extract.ner.fast.FastTagger` (same parameters, same arithmetic)."""

    def __init__(self, vectors: np.ndarray, name_word: np.ndarray) -> None:
        super().__init__()
        h, dims, a = PARAMS["hidden"], PARAMS["dims"], PARAMS["affix_dims"]
        self.emb = nn.Embedding.from_pretrained(torch.from_numpy(vectors), freeze=False, padding_idx=0, sparse=True)
        self.register_buffer("name_word", torch.from_numpy(name_word))
        self.affix = nn.ModuleList(nn.Embedding(AFFIX_BUCKETS, a) for _ in range(3))
        for table in self.affix:
            nn.init.normal_(table.weight, std=0.1)
        self.inp = nn.Linear(2 * dims + 3 * a + len(FLAGS) + 1, h)
        self.gaz = nn.Linear(len(GAZETTEER_FLAGS), h, bias=False)
        self.convs = nn.ModuleList(nn.Conv1d(h, h, 3, dilation=d, padding=d) for d in PARAMS["dilations"])
        self.out = nn.Linear(h, len(TAGS))
        self.in_drop, self.drop = nn.Dropout(PARAMS["input_dropout"]), nn.Dropout(PARAMS["dropout"])

    def forward(self, word, stripped, affixes, flags, gaz, mask):
        m = mask.unsqueeze(-1)
        smask = (stripped > 0).float().unsqueeze(-1)
        s = (self.emb(stripped) * smask).sum(2) / smask.sum(2).clamp(min=1.0)
        x = torch.cat([self.in_drop(self.emb(word)), self.in_drop(s),
                       *(table(affixes[..., i]) for i, table in enumerate(self.affix)),
                       flags, self.name_word[word].unsqueeze(-1)], dim=-1)
        h = torch.relu(self.inp(x) + self.gaz(gaz)) * m
        for conv in self.convs:
            h = (torch.relu(conv(self.drop(h).transpose(1, 2)).transpose(1, 2)) + h) * m
        return self.out(self.drop(h))

    def export(self, words: list[str]) -> dict[str, np.ndarray]:
        def f16(t: torch.Tensor) -> np.ndarray:
            return t.detach().numpy().astype(np.float16)

        out = {"vocab": np.array(words), "emb": f16(self.emb.weight), "name_word": f16(self.name_word),
               "affix_p3": f16(self.affix[0].weight), "affix_s2": f16(self.affix[1].weight),
               "affix_s3": f16(self.affix[2].weight), "in.w": f16(self.inp.weight.T), "in.b": f16(self.inp.bias),
               "gaz.w": f16(self.gaz.weight.T), "out.w": f16(self.out.weight.T), "out.b": f16(self.out.bias),
               "n_convs": np.array(len(self.convs))}
        for i, conv in enumerate(self.convs):
            out[f"conv{i}.w"] = f16(conv.weight.permute(2, 1, 0))  # [k, in, out]
            out[f"conv{i}.b"] = f16(conv.bias)
            out[f"conv{i}.dilation"] = np.array(conv.dilation[0])
        return out


def encode(sentences: list[tuple[str, ...]], vocab: dict[str, int]) -> list[tuple[np.ndarray, ...]]:
    """Feature arrays of each sentence: word ids, stripped ids [n, 3], affixes [n, 3], flags, listed names."""
    cache: dict[str, object] = {}
    out = []
    for tokens in sentences:
        feats = []
        for t in tokens:
            f = cache.get(t)
            if f is None:
                f = cache[t] = word_features(t, vocab)
            feats.append(f)
        stripped = np.zeros((len(tokens), 3), dtype=np.int64)
        for i, f in enumerate(feats):
            stripped[i, : len(f.stripped[:3])] = f.stripped[:3]
        out.append((np.array([f.word for f in feats], dtype=np.int64), stripped,
                    np.array([f.affixes for f in feats], dtype=np.int64),
                    np.array([f.flags for f in feats], dtype=np.float32), gazetteer_flags(tokens)))
    return out


def collate(items: list[tuple[tuple[np.ndarray, ...], np.ndarray]]):
    n = max(len(x[0][0]) for x in items)
    b = len(items)
    word = torch.zeros((b, n), dtype=torch.long)
    stripped = torch.zeros((b, n, 3), dtype=torch.long)
    affixes = torch.zeros((b, n, 3), dtype=torch.long)
    flags = torch.zeros((b, n, len(FLAGS)))
    gaz = torch.zeros((b, n, len(GAZETTEER_FLAGS)))
    mask = torch.zeros((b, n))
    target = torch.zeros((b, n, len(TAGS)))
    for r, ((w, s, a, f, g), t) in enumerate(items):
        k = len(w)
        word[r, :k], stripped[r, :k], affixes[r, :k] = torch.from_numpy(w), torch.from_numpy(s), torch.from_numpy(a)
        flags[r, :k], gaz[r, :k], mask[r, :k] = torch.from_numpy(f), torch.from_numpy(g), 1.0
        target[r, :k] = torch.from_numpy(t.astype(np.float32))
    return word, stripped, affixes, flags, gaz, mask, target


def length_batches(pool: list, rng: random.Random) -> list[list]:
    """``pool`` shuffled, then in runs of 50 batches sorted by length (little padding), batches shuffled."""
    pool = list(pool)
    rng.shuffle(pool)
    size = PARAMS["batch"]
    batches = []
    for start in range(0, len(pool), size * 50):
        run = sorted(pool[start : start + size * 50], key=lambda item: len(item[0][0]))
        batches += [run[i : i + size] for i in range(0, len(run), size)]
    rng.shuffle(batches)
    return batches


def one_hot(tags: tuple[str, ...]) -> np.ndarray:
    out = np.zeros((len(tags), len(TAGS)), dtype=np.float32)
    out[np.arange(len(tags)), [TAGS.index(t) for t in tags]] = 1.0
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED / "ner" / "newsfane_train.conll")
    parser.add_argument("--names", type=Path, default=SHARED / "names" / "wikidata-person-name-words-ar.tsv")
    parser.add_argument("--work", type=Path, default=Path("/tmp/ner-work"))
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--epochs", type=int, default=PARAMS["epochs"])
    parser.add_argument("--hidden", type=int, default=PARAMS["hidden"], help="width of the network's layers")
    args = parser.parse_args()
    PARAMS["epochs"] = args.epochs
    PARAMS["hidden"] = args.hidden
    torch.set_num_threads(1)
    torch.manual_seed(PARAMS["seed"])
    rng = random.Random(PARAMS["seed"])
    started = time.perf_counter()

    train, held = newsfane_split(read_conll(args.data))
    train = [attach_conjunctions(s) for s in train]
    held = [attach_conjunctions(s) for s in held]
    wiki = list(read_sentences(args.work))
    vectors_path = args.work / "student-vocab.npz"
    if vectors_path.exists():
        saved = np.load(vectors_path)
        words, vectors, name_word = saved["words"].tolist(), saved["vectors"], saved["name_word"]
    else:
        words, vectors, name_word = vocabulary(wiki + [s.tokens for s in train], _name_words(args.names))
        np.savez(vectors_path, words=np.array(words), vectors=vectors, name_word=name_word)
    vocab = {w: i + 1 for i, w in enumerate(words)}
    print(f"vocabulary {len(words)} words, {time.perf_counter() - started:.0f}s", flush=True)

    labelled = teacher_labels(args.work, wiki)
    gold = [(s.tokens, one_hot(s.tags)) for s in train]
    items = [(f, t) for (_, t), f in zip(gold, encode([s for s, _ in gold], vocab), strict=True)]
    teacher = [(f, t) for (_, t), f in zip(labelled, encode([s for s, _ in labelled], vocab), strict=True)]
    held_features = encode([s.tokens for s in held], vocab)
    print(f"{len(gold)} gold sentences, {len(teacher)} teacher-labelled sentences "
          f"({sum(len(s) for s, _ in labelled)} words), {time.perf_counter() - started:.0f}s", flush=True)

    model = Student(vectors, name_word)
    # the word table is updated sparsely (only the rows a batch uses): a dense Adam step over 14M numbers
    # per batch cost as much as the rest of training
    optimizers = [torch.optim.SparseAdam(list(model.emb.parameters()), lr=PARAMS["lr"]),
                  torch.optim.Adam([p for n, p in model.named_parameters() if not n.startswith("emb.")], lr=PARAMS["lr"])]
    log = []
    for epoch in range(PARAMS["epochs"]):
        if epoch >= 2:
            for optimizer in optimizers:
                for group in optimizer.param_groups:
                    group["lr"] /= 2
        model.train()
        total = 0.0
        batches = length_batches(items * PARAMS["gold_repeats"] + teacher, rng)
        for batch in batches:
            word, stripped, affixes, flags, gaz, mask, target = collate(batch)
            logp = torch.log_softmax(model(word, stripped, affixes, flags, gaz, mask), dim=-1)
            loss = -(target * logp).sum(-1).mul(mask).sum() / mask.sum()
            for optimizer in optimizers:
                optimizer.zero_grad()
            loss.backward()
            for optimizer in optimizers:
                optimizer.step()
            total += loss.item()
        tagger = FastTagger({k: np.asarray(v) for k, v in model.export(words).items()})
        scores = score([s.tags for s in held], tagger.tag([s.tokens for s in held]))
        log.append({k: v.f1 for k, v in scores.items()})
        print(f"epoch {epoch} loss {total / len(batches):.4f} held-out F1 {log[-1]} "
              f"{time.perf_counter() - started:.0f}s", flush=True)
    del held_features

    args.out.mkdir(parents=True, exist_ok=True)
    target_file = args.out / MODEL_NAME
    np.savez_compressed(target_file, **model.export(words))
    record = {
        "data": {"newsfane": args.data.name, "newsfane_sha256": hashlib.sha256(args.data.read_bytes()).hexdigest(),
                 "wikipedia_sentences": len(wiki), "teacher_labelled_sentences": len(teacher),
                 "teacher_labelled_words": sum(len(s) for s, _ in labelled), "gold_sentences": len(gold),
                 "names": args.names.name},
        "params": PARAMS,
        "held_out_f1_per_epoch": log,
        "bytes": target_file.stat().st_size,
        "training_seconds": round(time.perf_counter() - started),
        "licence": "CC BY-SA 4.0 (NewsFANE CC BY-SA 3.0, Alotaibi & Lee 2014; Arabic Wikipedia CC BY-SA 4.0; "
                   "Wikidata name words CC0)",
    }
    (args.out / "ner-fast.json").write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    print(json.dumps(record, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
