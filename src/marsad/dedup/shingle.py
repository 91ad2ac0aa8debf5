"""Normalized words and word n-gram hashes: what near-duplicate and borrowed-passage search compare.

Texts become matching keys (:func:`text_key`, the same key as :func:`marsad.text.normalize_key`), keys
become words (:func:`key_words`, the same words as :func:`marsad.text.word_keys`), and words become
64-bit n-gram hashes (:func:`ngram_hashes`). Hashing works on many texts at once — their words
concatenated into one array, with the index of the text each word belongs to — so the cost is a few numpy
passes, not Python work per shingle.

Texts can also go to hashes directly (:func:`hash_text_words`, :func:`key_digests`), without making a
key string or a word string: the characters of many texts are folded through a lookup table indexed by
code point and words are hashed from their code points, in a few numpy passes over all the texts. It
gives the same hashes as :func:`hash_words` of :func:`text_words` (tested), at a fraction of the cost —
word ids in a Python dictionary were most of near-duplicate search's time.

All hashes are deterministic (fixed arithmetic over the words' code points), so signatures computed
today can be stored and compared with signatures computed tomorrow, in another process or machine.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from hashlib import blake2b

import numpy as np

from marsad.text import fold_chars, key_words, normalize_key
from marsad.text.normalize import KEY_WORD_RE

__all__ = [
    "hash_text_words",
    "hash_words",
    "key_digests",
    "key_words",
    "ngram_hashes",
    "text_key",
    "text_words",
    "token_hashes",
    "word_spans",
]


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
    in every call (see :func:`_hash_runs`). Words are keys' words (:func:`key_words`): no white space.
    """
    lists = list(word_lists)
    lengths = np.fromiter((len(words) for words in lists), dtype=np.int64, count=len(lists))
    owner = np.repeat(np.arange(len(lists), dtype=np.int64), lengths)
    # a batch of texts at a time, as hash_text_words: the arrays of one pass are a few times the text
    texts = [" ".join(words) for words in lists]
    hashes = [
        _hash_runs(codes, codes != _SPACE)[0]
        for _, batch in _batches(texts)
        if len(codes := _code_points(" ".join(batch)))
    ]
    return (np.concatenate(hashes) if hashes else np.zeros(0, np.uint64)), owner


def hash_text_words(texts: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
    """``hash_words(text_words(text) for text in texts)``, from the texts directly (any iterable of them: a
    generator is read a batch at a time).

    The texts are folded a batch at a time (:data:`_BATCH_CHARACTERS`): one string, its code points as an
    array, each folded through :func:`_fold_table`; a batch holding a character that folds to several
    (a ligature such as ``ﻻ``, rare in news text) is folded by :func:`marsad.text.fold_chars` instead.
    """
    hashes: list[np.ndarray] = []
    owners: list[np.ndarray] = []
    for first, batch in _batches(texts):
        folded, text_of = _folded(batch)
        batch_hashes, starts = _hash_runs(folded, _is_word(folded))
        hashes.append(batch_hashes)
        owners.append(text_of[starts] + first)
    if not hashes:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    return np.concatenate(hashes), np.concatenate(owners)


def key_digests(texts: Sequence[str]) -> list[bytes | None]:
    """A 128-bit BLAKE2b digest of each text's matching key (:func:`text_key`), or None when the key is
    empty: two texts have the same digest exactly when they have the same key (but for a hash collision).

    Made from the folded code points, white space runs made one space and the ends trimmed, as the key
    is; the key string itself is never built.
    """
    digests: list[bytes | None] = []
    for _, batch in _batches(texts):
        folded, text_of = _folded(batch)
        space = _is_space(folded)
        folded = np.where(space, _SPACE, folded)
        # a space is kept when it follows a non-space of the same text; one at a text's end is cut below
        keep = ~space
        keep[1:] |= space[1:] & ~space[:-1] & (text_of[1:] == text_of[:-1])
        kept, kept_text = folded[keep], text_of[keep]
        bounds = np.searchsorted(kept_text, np.arange(len(batch) + 1))
        for start, end in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
            if end > start and kept[end - 1] == _SPACE:
                end -= 1
            digests.append(blake2b(kept[start:end].tobytes(), digest_size=16).digest() if end > start else None)
    return digests


# --- folding and hashing code points ----------------------------------------------------------------

_SPACE = np.uint32(ord(" "))
# Characters per batch of texts: big enough for numpy to pay off, small enough to stay in cache-sized
# arrays (4 bytes a character, a few arrays at a time).
_BATCH_CHARACTERS = 1 << 20
_UNSEEN, _DROPPED, _SEVERAL = np.uint32(0xFFFFFFFF), np.uint32(0xFFFFFFFE), np.uint32(0xFFFFFFFD)
# Odd 64-bit multipliers for the position of a character in its word: SplitMix64 outputs (seed 0), made
# odd; a word longer than the table reuses them from the start. They must look random: multipliers in
# arithmetic progression let words of one alphabet collide (``Σ dᵢ·(i+1) = 0`` for many code differences).
def _splitmix64(count: int) -> list[int]:
    out, state, mask = [], 0, 2**64 - 1
    for _ in range(count):
        state = (state + 0x9E3779B97F4A7C15) & mask
        z = ((state ^ (state >> 30)) * 0xBF58476D1CE4E5B9) & mask
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
        out.append(z ^ (z >> 31))
    return out


_CHAR_MULTIPLIERS = np.array([m | 1 for m in _splitmix64(64)], dtype=np.uint64)
_POSITION_MASK = len(_CHAR_MULTIPLIERS) - 1  # a power of two


class _CodeTables:
    """Per code point, filled the first time a code point is met: what it folds to (one code point,
    :data:`_DROPPED`, or :data:`_SEVERAL` with the code points in ``several``) and how many code points
    that is, and for folded code points whether they are word characters (``[^\\W_]``, as
    :data:`KEY_WORD_RE`) and white space."""

    def __init__(self) -> None:
        self.fold = np.full(0x110000, _UNSEEN, dtype=np.uint32)
        self.length = np.ones(0x110000, dtype=np.int64)
        self.several: dict[int, np.ndarray] = {}
        self.word = np.zeros(0x110000, dtype=bool)
        self.space = np.zeros(0x110000, dtype=bool)
        self.known = np.zeros(0x110000, dtype=bool)

    def learn(self, codes: np.ndarray) -> None:
        for code in np.unique(codes[~self.known[codes]]).tolist():
            folded = fold_chars(chr(code))
            self.fold[code] = ord(folded) if len(folded) == 1 else (_DROPPED if not folded else _SEVERAL)
            self.length[code] = len(folded)
            if len(folded) > 1:
                self.several[code] = _code_points(folded)
            self.word[code] = KEY_WORD_RE.fullmatch(chr(code)) is not None
            self.space[code] = chr(code).isspace()
            self.known[code] = True


_TABLES = _CodeTables()


def _code_points(text: str) -> np.ndarray:
    # surrogatepass: a lone surrogate (left by a bad decoding upstream) is a code point like any other
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _batches(texts: Iterable[str]) -> Iterable[tuple[int, list[str]]]:
    """``(index of the first text, texts)`` in runs of about :data:`_BATCH_CHARACTERS` characters; ``texts``
    may be made as they are asked for (a generator), so that only a batch of them is held at once."""
    first, batch, size = 0, [], 0
    for text in texts:
        batch.append(text)
        size += len(text) + 1
        if size >= _BATCH_CHARACTERS:
            yield first, batch
            first, batch, size = first + len(batch), [], 0
    if batch:
        yield first, batch


def _folded(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """The folded code points of ``texts`` joined by one space each, and the index of the text each
    folded code point belongs to (a joining space counts for the text before it): what
    :func:`marsad.text.fold_chars` gives, character by character."""
    codes = _code_points(" ".join(texts))
    _TABLES.learn(codes)
    folded = _TABLES.fold[codes]
    lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
    text_of = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)[: len(codes)]
    several = np.flatnonzero(folded == _SEVERAL)
    if not len(several):
        keep = folded != _DROPPED
        return folded[keep], text_of[keep]
    # a ligature (ﻻ) or a symbol standing for a word (﷼): rare, so written in one by one
    widths = _TABLES.length[codes]
    out, out_text = np.repeat(folded, widths), np.repeat(text_of, widths)
    at = np.cumsum(widths) - widths
    for index, code in zip(several.tolist(), codes[several].tolist(), strict=True):
        expansion = _TABLES.several[code]
        out[at[index] : at[index] + len(expansion)] = expansion
    return out, out_text


def _is_word(folded: np.ndarray) -> np.ndarray:
    _TABLES.learn(folded)
    return _TABLES.word[folded]


def _is_space(folded: np.ndarray) -> np.ndarray:
    _TABLES.learn(folded)
    return _TABLES.space[folded]


def _hash_runs(codes: np.ndarray, inside: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The 64-bit hash of every run of ``inside`` code points, and the index where each run starts.

    A run's hash is the sum, wrapping at 2**64, of each code point plus one times the multiplier of its
    position in the run, finished by MurmurHash3's 64-bit mixer: equal runs hash alike wherever they are.
    """
    starts = np.flatnonzero(inside & ~np.r_[False, inside[:-1]])
    if not len(starts):
        return np.zeros(0, np.uint64), starts
    members = np.flatnonzero(inside)
    run = np.cumsum(inside & ~np.r_[False, inside[:-1]])[members] - 1
    position = members - starts[run]
    terms = (codes[members].astype(np.uint64) + np.uint64(1)) * _CHAR_MULTIPLIERS[position & _POSITION_MASK]
    first_member = np.searchsorted(members, starts)
    return _fmix64(np.add.reduceat(terms, first_member)), starts


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
