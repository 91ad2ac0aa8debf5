"""Normalized words and word n-gram hashes: what near-duplicate and borrowed-passage search compare.

Texts become matching keys (:func:`text_key`, the same key as :func:`marsad.text.normalize_key`), keys
become words (:func:`key_words`, the same words as :func:`marsad.text.word_keys`), and words become
64-bit n-gram hashes (:func:`ngram_hashes`). Hashing works on many texts at once — their words
concatenated into one array, with the index of the text each word belongs to — so the cost is a few numpy
passes, not Python work per shingle.

All hashes are deterministic (BLAKE2b of the word, then fixed arithmetic), so signatures computed today
can be stored and compared with signatures computed tomorrow, in another process or on another machine.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from hashlib import blake2b
from itertools import count

import numpy as np

from marsad.text import fold_chars, key_words, normalize_key
from marsad.text.normalize import KEY_WORD_RE

__all__ = ["hash_words", "key_words", "ngram_hashes", "text_key", "text_words", "token_hashes", "word_spans"]


class _KeyLengths(dict[int, str]):
    """A ``str.translate`` table giving, for each character, the length of what
    :func:`marsad.text.fold_chars` turns it into, as a character (``chr(n)``): 0 for a diacritic, 2 for a
    ligature. Filled the first time a character is met."""

    def __missing__(self, code: int) -> str:
        value = chr(len(fold_chars(chr(code))))
        self[code] = value
        return value


_LENGTH_TABLE = _KeyLengths()

# Odd 64-bit multipliers, one per word position of an n-gram: the golden-ratio constant of Fibonacci
# hashing times 1, 3, 5, ... Distinct odd multipliers make the hash depend on word order.
_POSITION_MULTIPLIERS = np.array(
    [(0x9E3779B97F4A7C15 * (2 * i + 1)) % 2**64 for i in range(16)], dtype=np.uint64
)
_MAX_NGRAM = len(_POSITION_MULTIPLIERS)
_ID_CHUNK = 2**20  # word ids gathered in a list before they move to an array


text_key = normalize_key


def text_words(text: str) -> list[str]:
    """The normalized words of ``text``: ``key_words(normalize_key(text))``, a step shorter."""
    return key_words(fold_chars(text))


def word_spans(text: str) -> list[tuple[int, int]]:
    """Where the words of ``key_words(text_key(text))`` are in ``text``: one ``(start, end)`` each, in order.

    A word's span keeps the diacritics and tatweel written after its last letter (``فضلاً``, not ``فضلا``).
    Each character of ``text`` folds to zero (a diacritic), one or more (a ligature) key characters;
    repeating each character's offset that many times maps every key character back to ``text``.
    """
    key = fold_chars(text)
    lengths = np.frombuffer(text.translate(_LENGTH_TABLE).encode("latin-1"), dtype=np.uint8)
    origin = [*np.repeat(np.arange(len(text)), lengths).tolist(), len(text)]
    # a word ends where the next key character begins: only dropped characters lie in between
    # (a ligature that folds to several words gives each of them its whole span)
    return [
        (origin[m.start()], max(origin[m.end()], origin[m.end() - 1] + 1)) for m in KEY_WORD_RE.finditer(key)
    ]


def hash_words(word_lists: Iterable[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Hash the words of many texts at once.

    Returns ``(hashes, owner)``: the 64-bit hash of every word (``uint64``), all texts concatenated in
    order, and for each word the index of the list it came from (``int64``). Equal words get equal hashes
    in every call. Each distinct word is hashed once per call.
    """
    # a new word gets the next id; map() over the bound method keeps the per-word work in C
    vocabulary: defaultdict[str, int] = defaultdict(count().__next__)
    word_id = vocabulary.__getitem__
    chunks: list[np.ndarray] = []
    pending: list[int] = []
    lengths: list[int] = []
    for words in word_lists:
        pending.extend(map(word_id, words))
        lengths.append(len(words))
        if len(pending) >= _ID_CHUNK:  # an id takes 4 bytes in an array, 8 in a list
            chunks.append(np.array(pending, dtype=np.int32))
            pending.clear()
    chunks.append(np.array(pending, dtype=np.int32))
    word_hashes = np.fromiter(
        (int.from_bytes(blake2b(word.encode(), digest_size=8).digest(), "little") for word in vocabulary),
        dtype=np.uint64,
        count=len(vocabulary),
    )
    hashes = word_hashes[np.concatenate(chunks)]
    owner = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    return hashes, owner


def _fmix64(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finalizer, so every output bit depends on every input bit (in place)."""
    shift = np.uint64(33)
    h ^= h >> shift
    h *= np.uint64(0xFF51AFD7ED558CCD)
    h ^= h >> shift
    h *= np.uint64(0xC4CEB9FE1A85EC53)
    h ^= h >> shift
    return h


def ngram_hashes(
    hashes: np.ndarray, owner: np.ndarray, n: int, *, short_texts: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """Hash every run of ``n`` consecutive words that lies inside one text.

    ``hashes`` and ``owner`` are as :func:`hash_words` returns them (``owner`` non-decreasing). Returns
    ``(ngrams, starts)``: the 64-bit hash of each n-gram and the index (into ``hashes``) of its first
    word, in text order, so ``owner[starts]`` is non-decreasing. An n-gram never spans two texts. With
    ``short_texts``, a text of 1 to ``n - 1`` words gets one n-gram made of all its words, so that no
    text with words is left without a shingle.
    """
    if not 1 <= n <= _MAX_NGRAM:
        raise ValueError(f"n-gram length must be 1..{_MAX_NGRAM}, got {n}")
    total = len(hashes)
    windows = max(total - n + 1, 0)
    # in place, with one scratch array: a corpus has millions of words
    combined = np.zeros(windows, dtype=np.uint64)
    scratch = np.empty(windows, dtype=np.uint64)
    for i in range(n):
        combined += np.multiply(hashes[i : i + windows], _POSITION_MULTIPLIERS[i], out=scratch)
    del scratch
    starts = np.flatnonzero(owner[:windows] == owner[n - 1 : n - 1 + windows])
    ngrams = combined[starts]
    del combined
    if short_texts and n > 1:
        first = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]]) if total else np.zeros(0, np.int64)
        length = np.diff(np.r_[first, total])
        short = first[length < n]
        if len(short):
            short_length = length[length < n]
            partial = np.zeros(len(short), dtype=np.uint64)
            for i in range(n - 1):
                inside = short_length > i
                partial[inside] += hashes[short[inside] + i] * _POSITION_MULTIPLIERS[i]
            starts = np.concatenate([starts, short])
            ngrams = np.concatenate([ngrams, partial])
            order = np.argsort(starts, kind="stable")
            starts, ngrams = starts[order], ngrams[order]
    return _fmix64(ngrams), starts


def token_hashes(ngrams: np.ndarray) -> np.ndarray:
    """The 32-bit token hashes MinHash takes (``uint32``): the high half of each 64-bit n-gram hash."""
    return (ngrams >> np.uint64(32)).astype(np.uint32)
