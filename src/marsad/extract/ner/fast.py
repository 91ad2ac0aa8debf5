"""The ``fast`` entity tagger (``--ner fast``): a small convolutional network over word features, run in numpy.

Trained by ``scripts/train_ner_student.py`` on NewsFANE's gold tags and on Arabic Wikipedia sentences
labelled by the fine-tuned e5-small teacher (distillation); the weights and vocabulary ship in
``marsad/extract/models/ner-fast.npz``. No deep-learning library is needed to run it.

Each word is described, once per distinct word as written (a bounded cache), by

* its matching key and its proclitic-stripped forms (``وبغداد`` -> ``بغداد``), looked up in a vocabulary
  of 100-dimensional vectors learnt from Arabic Wikipedia (positive PMI of ±2-word contexts, SVD) and
  tuned in training; a form outside the vocabulary has none;
* its first three and last two and three letters (hashed into small tables: the shape of a foreign name,
  a nisba, a feminine ending);
* flags: Latin, number, symbol, quote, definite, relational adjective (nisba), a listed given name, a
  person-name word of Wikidata (a property of the vocabulary), a title, rank, ORG or LOC trigger noun,
  and its length.

These are mapped (a linear layer, whose output is what is cached per word) to 96 numbers; per
sentence, the listed names that cover a word (:data:`marsad.extract.ner.gazetteers.GAZETTEER_MATCHER`)
are added, then two residual convolutions over 3 words (the second dilated, so each word sees three words
either side) and a linear layer give each word a log-probability per BIO tag, decoded as the best valid
BIO sequence (:func:`marsad.extract.ner.neural.decode_tags`). All sentences of a call are run as one
matrix with zero rows between them.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from io import BytesIO

import numpy as np
from threadpoolctl import ThreadpoolController

from .features import stripped_keys
from .gazetteers import FIRST_NAMES, GAZETTEER_MATCHER, LOC_TRIGGERS, ORG_TRIGGERS, PER_TITLES, RANK_TITLES
from .neural import TAGS, decode_tags
from .table import TokenTable

__all__ = [
    "AFFIX_BUCKETS",
    "FLAGS",
    "GAZETTEER_FLAGS",
    "KEPT_WORDS",
    "MODEL_NAME",
    "FastTagger",
    "Vocabulary",
    "WordFeatures",
    "blas_single_thread",
    "gazetteer_flags",
    "listed_names",
    "load_fast_tagger",
    "word_features",
]

MODEL_NAME = "ner-fast.npz"
AFFIX_BUCKETS = 4096
FLAGS = ("latin", "number", "symbol", "quote", "definite", "nisba", "conj", "given_name", "title", "rank",
         "org_trigger", "loc_trigger", "len_1_2", "len_3_4", "len_5_7", "len_8_plus")
GAZETTEER_FLAGS = ("B-LOC", "I-LOC", "B-ORG", "I-ORG")
_QUOTE_CHARS = frozenset("\"'«»“”„‟‘’")
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")
_PAD = 3  # zero rows between sentences: the convolutions see three words either side
# Distinct words whose input rows are kept: 50 MB at the width of 96 in each reading process. Over the first
# 10,000 SaudiNewsNet articles 460,610 rows were made with 32,768 kept; with 65,536, 297,382 rows and 4.6 s
# less CPU (of 67). Over all 31,030, each of two reading processes makes about 577,000 rows with 32,768 kept
# and 261,000 with 131,072 (a simulation of the table over the tokens they met). Making a row costs about
# 45 us (its features are strings made in Python), gathering it well under one: with the digest's stories
# kept pickled while they are read (docs/performance.md, stop 40) there is room for 131,072.
KEPT_WORDS = 1 << 17


@dataclass(frozen=True, slots=True)
class WordFeatures:
    """What the network reads of one word: vocabulary ids (0 = none) of the whole key and of its
    proclitic-stripped forms, hashed affix buckets (prefix 3, suffix 2, suffix 3) and the flags."""

    word: int
    stripped: tuple[int, ...]
    affixes: tuple[int, int, int]
    flags: tuple[float, ...]


def _bucket(kind: str, text: str) -> int:
    return zlib.crc32(f"{kind}{text}".encode()) % AFFIX_BUCKETS


def _in(forms: Sequence[str], listed: frozenset[str]) -> bool:
    return any(f in listed or (f.startswith("ال") and f[2:] in listed) for f in forms)


class Vocabulary(Mapping[str, int]):
    """The network's word keys, each with its id (its row in the vector table: the position in ``words``
    plus one), read-only. Held as two numpy arrays (the words sorted, and their ids), not as a dict of 141k
    Python strings: the reading processes forked from the one that loaded it share its pages, where a
    dict's strings would be copied into each of them as their reference counts change. A lookup is a
    binary search, made once per new word (the :class:`TokenTable` keeps the rows)."""

    def __init__(self, words: np.ndarray) -> None:
        order = np.argsort(words, kind="stable")
        self._sorted = words[order]
        self._ids = (order + 1).astype(np.int32)

    def ids(self, keys: Sequence[str]) -> dict[str, int]:
        """The keys of ``keys`` that are words of the vocabulary, with their ids: one binary search for all
        of them (numpy's call costs more than its search when made one key at a time)."""
        width = self._sorted.dtype.itemsize // 4  # a longer key is no word of it (and numpy would cut it)
        keys = [key for key in keys if len(key) <= width]
        if not keys or not len(self._sorted):
            return {}
        wanted = np.array(keys, dtype=self._sorted.dtype)
        at = np.minimum(np.searchsorted(self._sorted, wanted), len(self._sorted) - 1)
        hit = self._sorted[at] == wanted
        return {key: int(i) for key, i, h in zip(keys, self._ids[at].tolist(), hit.tolist(), strict=True) if h}

    def get(self, key: str, default: int | None = None) -> int | None:
        at = int(np.searchsorted(self._sorted, key))
        if at < len(self._sorted) and self._sorted[at] == key:
            return int(self._ids[at])
        return default

    def __getitem__(self, key: str) -> int:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._sorted[np.argsort(self._ids, kind="stable")].tolist())

    def __len__(self) -> int:
        return len(self._sorted)


def word_features(token: str, vocab: Mapping[str, int]) -> WordFeatures:
    """Features of one token as written (see the module docstring); ``vocab`` maps keys to ids >= 1."""
    forms = stripped_keys(token)
    key = forms[0]
    stripped = tuple(dict.fromkeys(i for f in forms[1:] if (i := vocab.get(f))))
    core = forms[-1] if len(forms) > 1 else key
    n = len(key)
    flags = (
        bool(key) and _LATIN.issuperset(key),
        key[:1].isdigit(),
        bool(key) and not key[0].isalnum(),
        token in _QUOTE_CHARS,
        any(f.startswith("ال") for f in forms),
        any(f.startswith("ال") and f.endswith(("ي", "يه", "يين", "يون")) for f in forms),
        key.startswith(("و", "ف")) and len(forms) > 1,
        any(f in FIRST_NAMES for f in forms),
        _in(forms, PER_TITLES),
        any(f in RANK_TITLES for f in forms),
        _in(forms, ORG_TRIGGERS),
        _in(forms, LOC_TRIGGERS),
        n <= 2, 3 <= n <= 4, 5 <= n <= 7, n >= 8,
    )
    affixes = (_bucket("p", core[:3]), _bucket("s", key[-2:]), _bucket("t", key[-3:]))
    return WordFeatures(vocab.get(key, 0), stripped, affixes, tuple(float(f) for f in flags))


def listed_names(tokens: Sequence[str]) -> list[tuple[int, int, str]]:
    """The listed names a sentence holds (``GAZETTEER_MATCHER``'s matches, as the CRF's features find them)."""
    forms = [stripped_keys(t) for t in tokens]
    return GAZETTEER_MATCHER.match(forms, [f[0] for f in forms])


def gazetteer_flags(tokens: Sequence[str], matches: Sequence[tuple[int, int, str]] | None = None) -> np.ndarray:
    """``[len(tokens), 4]`` indicators of listed names covering each token (B/I of LOC and ORG); ``matches``
    are the sentence's :func:`listed_names` when they were found already."""
    out = np.zeros((len(tokens), len(GAZETTEER_FLAGS)), dtype=np.float32)
    for start, end, label in listed_names(tokens) if matches is None else matches:
        if f"B-{label}" in GAZETTEER_FLAGS:
            out[start, GAZETTEER_FLAGS.index(f"B-{label}")] = 1.0
            out[start + 1 : end, GAZETTEER_FLAGS.index(f"I-{label}")] = 1.0
    return out


class FastTagger:
    """The trained network (arrays as ``scripts/train_ner_student.py`` exports them) and its vocabulary."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        self.vocab = Vocabulary(arrays["vocab"])
        f32 = {k: v.astype(np.float32) for k, v in arrays.items() if v.dtype.kind == "f" and k != "emb"}
        # the word vectors stay as stored (float16: 28 MB, not 56, in every process), made float32 when read:
        # once per new word
        self.emb, self.name_word = arrays["emb"], f32["name_word"]
        self.affix = (f32["affix_p3"], f32["affix_s2"], f32["affix_s3"])
        self.w_in, self.b_in, self.w_gaz = f32["in.w"], f32["in.b"], f32["gaz.w"]
        self.convs = [(f32[f"conv{i}.w"].reshape(-1, f32[f"conv{i}.w"].shape[-1]), f32[f"conv{i}.b"],
                       int(arrays[f"conv{i}.dilation"])) for i in range(int(arrays["n_convs"]))]
        self.w_out, self.b_out = f32["out.w"], f32["out.b"]
        # the input layer's output of each word met (the most used kept), made once per word as its features
        # are strings made in Python; then a sentence is a gather of rows
        self._table = TokenTable((self.b_in.shape[0],), np.float32, capacity=KEPT_WORDS)

    def _input_rows(self, tokens: Sequence[str]) -> np.ndarray:
        """The input layer's output for each of ``tokens`` (before the listed-name term and the ReLU), made
        for all of them in one product: one per word cost more in numpy calls than in arithmetic."""
        known = self.vocab.ids(list({form for token in tokens for form in stripped_keys(token)}))
        features = [word_features(token, known) for token in tokens]
        dim = self.emb.shape[1]
        stripped = np.zeros((len(tokens), dim), dtype=np.float32)
        for k, f in enumerate(features):
            if f.stripped:
                stripped[k] = self.emb[list(f.stripped)].astype(np.float32).mean(0)
        words = np.fromiter((f.word for f in features), dtype=np.int64, count=len(features))
        affixes = np.array([f.affixes for f in features], dtype=np.int64).reshape(len(features), 3)
        flags = np.array([f.flags for f in features], dtype=np.float32).reshape(len(features), -1)
        name = np.where(words > 0, self.name_word[words], 0.0).astype(np.float32)
        x = np.concatenate([
            self.emb[words].astype(np.float32), stripped, self.affix[0][affixes[:, 0]], self.affix[1][affixes[:, 1]],
            self.affix[2][affixes[:, 2]], flags, name[:, None],
        ], axis=1)
        return x @ self.w_in + self.b_in

    def _made(self, tokens: list[str]) -> tuple[np.ndarray, tuple[()]]:
        return self._input_rows(tokens), ()

    def token_log_probs(
        self, sentences: Sequence[Sequence[str]], matches: Sequence[Sequence[tuple[int, int, str]]] | None = None
    ) -> np.ndarray:
        """The log-probability of each tag of :data:`~marsad.extract.ner.neural.TAGS` for every token of
        ``sentences``, one sentence after another (``[tokens, len(TAGS)]``), as the joint decoding reads a
        network's scores (:mod:`marsad.extract.ner.joint`); BLAS on one thread."""
        with blas_single_thread():
            log_probs, bounds = self.log_probs(sentences, matches)
        rows = np.concatenate([np.arange(a, b) for a, b in bounds]) if bounds else np.zeros(0, dtype=np.intp)
        return log_probs[rows]

    def log_probs(
        self, sentences: Sequence[Sequence[str]], matches: Sequence[Sequence[tuple[int, int, str]]] | None = None
    ) -> tuple[np.ndarray, list[tuple[int, int]]]:
        """``(log-probabilities [rows, len(TAGS)], (start, end) row range of each sentence)``; ``matches``,
        each sentence's :func:`listed_names` when they were found already."""
        words, _ = self._table.rows([t for tokens in sentences for t in tokens], self._made)
        # each sentence's rows, then _PAD zero rows: [_PAD zeros | sentence | _PAD zeros | sentence | ...]
        lengths = np.array([len(tokens) for tokens in sentences], dtype=np.int64)
        starts = _PAD + np.cumsum(lengths + _PAD) - (lengths + _PAD)
        total = _PAD + int((lengths + _PAD).sum())
        # the row of each token: its sentence's first row, plus its place among all tokens less the tokens
        # of the sentences before it
        at = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(len(words))
        bounds = list(zip(starts.tolist(), (starts + lengths).tolist(), strict=True))
        mask = np.zeros((total, 1), dtype=np.float32)
        mask[at] = 1.0
        gaz = np.zeros((total, len(GAZETTEER_FLAGS)), dtype=np.float32)
        for k, ((a, b), tokens) in enumerate(zip(bounds, sentences, strict=True)):
            gaz[a:b] = gazetteer_flags(tokens, None if matches is None else matches[k])
        h = gaz @ self.w_gaz
        h[at] += words
        h = np.maximum(h, 0.0) * mask
        width = h.shape[1]
        for w, b, d in self.convs:
            # [h shifted right by d | h | h shifted left by d] @ [3 * hidden, hidden]: the convolution
            # over words d apart; rows outside sentences are zero, as the training's padding
            x = np.zeros((h.shape[0], 3 * width), dtype=np.float32)
            x[d:, :width] = h[:-d]
            x[:, width : 2 * width] = h
            x[:-d, 2 * width :] = h[d:]
            h = (np.maximum(x @ w + b, 0.0) + h) * mask
        logits = h @ self.w_out + self.b_out
        logits -= logits.max(1, keepdims=True)
        return logits - np.log(np.exp(logits).sum(1, keepdims=True)), bounds

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each sentence's tokens (as written, clitics attached)."""
        if not sentences:
            return []
        with blas_single_thread():
            logp, bounds = self.log_probs(sentences)
        best = logp.argmax(1)
        # an I- tag is valid after its B- or I- only (TAGS: O, then B-X, I-X pairs); the rows between
        # sentences are O, so a sentence's first word is checked against O
        inside = (best >= 2) & (best % 2 == 0)
        previous = np.concatenate([[0], best[:-1]])
        broken = inside & (previous != best) & (previous != best - 1)
        out = []
        for a, b in bounds:
            if broken[a:b].any():
                out.append(decode_tags(logp[a:b]))  # the unconstrained best is not valid BIO
            else:
                out.append([TAGS[i] for i in best[a:b]])  # valid, hence also the constrained best
        return out


@cache
def _blas() -> ThreadpoolController:
    return ThreadpoolController()


def blas_single_thread():
    """A context in which numpy's BLAS runs on one thread: the network's products are small, and threads
    cost more than they give (4x slower on two shared cores); the pipeline runs one process per core anyway."""
    return _blas().limit(limits=1, user_api="blas")


@cache
def load_fast_tagger() -> FastTagger:
    """The shipped fast tagger, read from package data once per process."""
    data = resources.files("marsad.extract").joinpath("models", MODEL_NAME).read_bytes()
    with np.load(BytesIO(data), allow_pickle=False) as arrays:
        return FastTagger({k: arrays[k] for k in arrays.files})
