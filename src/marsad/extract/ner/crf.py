"""The ``crf`` entity tagger, the default: a CRF over word features.

The model (``marsad/extract/models/ner.crfsuite``) is trained by ``scripts/train_ner.py`` with
python-crfsuite on NewsFANE (CC BY-SA 3.0), with the features of :mod:`marsad.extract.ner.features`.
``bench/ner_eval.py --tagger all`` measures it beside the ``fast`` and ``accurate`` taggers (docs/ner.md).

**Tagging is done here in numpy, from the model's own weights, not by crfsuite.** crfsuite takes each
token as a list of feature strings; making those strings in Python was four fifths of the tagger's time
(26 of 32 s on 3,000 articles), and entity recognition most of the digest's time. A linear-chain CRF's
tags depend only on the sum of its weights over each token's features, so each distinct token's sums
(its own features, and what it gives each neighbour) are made once and cached as rows of numbers; a
sentence is then a few array additions and a Viterbi pass over all of an article's sentences at once.
The weights are read exactly (doubles) from the model file's feature table, checked against what
crfsuite itself reports; :meth:`CrfTagger.tag_with_crfsuite` tags the old way, and the tests hold the
two to the same tags on real sentences.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from functools import cache
from importlib import resources

import numpy as np
import pycrfsuite

from .features import (
    BIGRAM_AFTER,
    BIGRAM_BEFORE,
    BOS,
    EOS,
    NEIGHBOURS,
    SentenceFeatures,
    bigram_pairs,
    gazetteer_marks,
    marks_of,
    neighbour_feature,
    sentence_features,
    stripped_keys,
    token_parts,
)
from .table import TokenTable

__all__ = ["MODEL_NAME", "CrfTagger", "load_crf_tagger"]

MODEL_NAME = "ner.crfsuite"


class CrfTagger:
    """The shipped CRF: its weights as arrays, and the features it has weights for."""

    def __init__(self, data: bytes) -> None:
        # crfsuite reads the model in place: the bytes must live as long as the tagger (freeing them
        # crashes the process), so they are kept together
        self._data = data
        self.model = pycrfsuite.Tagger()
        self.model.open_inmemory(data)
        info = self.model.info()
        self.labels: tuple[str, ...] = tuple(self.model.labels())
        # only the attributes the model has weights for: the same tags, sooner (the others weigh nothing)
        self.features = SentenceFeatures(frozenset(attribute for attribute, _ in info.state_features))
        state, transitions = _weights(data, info, self.labels)
        self._scores = _Scores(state, transitions)

    def tag(
        self, sentences: Sequence[Sequence[str]], extra: np.ndarray | None = None,
        matches: Sequence[Sequence[tuple[int, int, str]]] | None = None,
    ) -> list[list[str]]:
        """BIO tags for each sentence's tokens (as written), all sentences at once. ``extra`` (the
        sentences' tokens one after another × :attr:`labels`) is added to the CRF's scores of each label
        at each token before decoding: another model's log-probabilities (:mod:`marsad.extract.ner.joint`).
        ``matches`` may give each sentence's listed names (``GAZETTEER_MATCHER.match`` of its tokens) when
        they were found already."""
        labels = self.labels
        return [[labels[k] for k in path] for path in self._scores.best_paths(sentences, extra, matches)]

    def marginals(
        self, sentences: Sequence[Sequence[str]], extra: np.ndarray | None = None,
        matches: Sequence[Sequence[tuple[int, int, str]]] | None = None,
    ) -> list[np.ndarray]:
        """Each sentence's probability of each label (in :attr:`labels`' order) at each token, ``[tokens,
        labels]``, under the CRF's scores plus ``extra`` (``extra`` and ``matches`` as :meth:`tag` takes them),
        by forward-backward over the CRF's transitions: soft labels for a student to learn from
        (``scripts/ner_wiki_sentences.py label --teacher joint``)."""
        from scipy.special import logsumexp

        emissions = self._scores.emissions(sentences, matches)
        if extra is not None:
            emissions = emissions + extra
        transitions = self._scores.transitions
        out = []
        start = 0
        for tokens in sentences:
            scores = emissions[start : start + len(tokens)]
            start += len(tokens)
            n = len(scores)
            forward = np.empty_like(scores)
            backward = np.zeros_like(scores)
            if n:
                forward[0] = scores[0]
            for t in range(1, n):
                forward[t] = logsumexp(forward[t - 1][:, None] + transitions, axis=0) + scores[t]
            for t in range(n - 2, -1, -1):
                backward[t] = logsumexp(transitions + (scores[t + 1] + backward[t + 1])[None], axis=1)
            total = logsumexp(forward[-1]) if n else 0.0
            out.append(np.exp(forward + backward - total))
        return out

    def tag_with_crfsuite(self, tokens: Sequence[str]) -> list[str]:
        """Tags from crfsuite itself, given the features as strings (to check :meth:`tag` against)."""
        return list(self.model.tag(self.features(tokens))) if tokens else []

    def tag_with_all_features(self, tokens: Sequence[str]) -> list[str]:
        """Tags from the full feature set, as training builds it (to check :attr:`features` loses nothing)."""
        return list(self.model.tag(sentence_features(tokens))) if tokens else []


def _weights(data: bytes, info, labels: Sequence[str]) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """``(state, transitions)``: each attribute's weight for each label, and each label pair's
    (previous, next) weight, as doubles.

    crfsuite's own report (``info()``) prints the weights to six decimals, and a sum of forty of them can
    then break a near-tie the other way; the model file's feature table holds them exactly. Its entries
    are ``(type, source, target, weight)``: type 0 an attribute's weight for a label, type 1 a label
    pair's; attributes are numbered in the order crfsuite reports them. That order is checked: every
    exact weight must round to the reported one, or the reported weights are used as they are.
    """
    index = {label: k for k, label in enumerate(labels)}
    reported = info.state_features
    attributes = list(dict.fromkeys(attribute for attribute, _ in reported))
    exact = _feature_table(data)
    state_rows = sorted((f for f in exact if f[0] == 0), key=lambda f: f[1])  # stable: file order per attribute
    numbered = list(dict.fromkeys(source for _, source, _, _ in state_rows))
    weights: dict[tuple[str, str], float] = {}
    trans: dict[tuple[str, str], float] = {}
    if len(numbered) == len(attributes) and len(state_rows) == len(reported):
        name = dict(zip(numbered, attributes, strict=True))
        for kind, source, target, weight in exact:
            if kind == 0:
                weights[(name[source], labels[target])] = weight
            elif kind == 1:
                trans[(labels[source], labels[target])] = weight
    agrees = (
        weights.keys() == reported.keys()
        and trans.keys() == info.transitions.keys()
        and all(abs(weights[k] - w) <= 1e-6 for k, w in reported.items())
        and all(abs(trans[k] - w) <= 1e-6 for k, w in info.transitions.items())
    )
    if not agrees:
        weights, trans = dict(reported), dict(info.transitions)
    state: dict[str, np.ndarray] = {}
    for (attribute, label), weight in weights.items():
        row = state.setdefault(attribute, np.zeros(len(labels)))
        row[index[label]] = weight
    transitions = np.zeros((len(labels), len(labels)))
    for (before, after), weight in trans.items():
        transitions[index[before], index[after]] = weight
    return state, transitions


def _feature_table(data: bytes) -> list[tuple[int, int, int, float]]:
    """The ``FEAT`` chunk of a crfsuite model file (``crf1m`` format): its entries, or none when the
    file is not laid out as expected."""
    try:
        magic, *header = struct.unpack_from("<4s11I", data, 0)
        offset = header[6]  # off_features
        chunk, _, count = struct.unpack_from("<4sII", data, offset)
        if magic != b"lCRF" or chunk != b"FEAT":
            return []
        return list(struct.iter_unpack("<IIId", data[offset + 12 : offset + 12 + 20 * count]))
    except struct.error:
        return []


class _Scores:
    """The CRF's scores of each label at each token, and the best tag sequences they give.

    A token's score for a label is the sum of the weights of its features, and each feature comes from
    one place (:meth:`SentenceFeatures.__call__` lists them): the token's own, each neighbour's shared
    features as seen from it, the listed-name marks, the sentence's ends, and the key pairs. The first
    two depend on the token alone: they are summed once per distinct token into a table of rows (of a
    fixed size, :class:`~marsad.extract.ner.table.TokenTable`), so that an article's tokens are gathered from it in
    one step; the rest are added per article.
    """

    def __init__(self, state: dict[str, np.ndarray], transitions: np.ndarray) -> None:
        self.transitions = transitions  # (previous label, next label) weights
        self._zero = np.zeros(transitions.shape[0])
        self._bos = state.get(BOS, self._zero)
        self._eos = state.get(EOS, self._zero)
        self._state = state
        self._pairs = tuple(self._pair_weights(side) for side in (BIGRAM_BEFORE, BIGRAM_AFTER))
        # a token's sums are two gathers and two reductions: its own attributes' rows of one matrix, and
        # its shared attributes' blocks (what each gives a neighbour at each distance) of another
        self._own_row = {attribute: k for k, attribute in enumerate(state)}
        self._own = np.vstack([*state.values(), self._zero]) if state else self._zero[None]
        shared: dict[str, np.ndarray] = {}
        for slot, d in enumerate(NEIGHBOURS):
            prefix = neighbour_feature(d, "")
            for attribute, row in state.items():
                if attribute.startswith(prefix):
                    block = shared.setdefault(attribute[len(prefix) :], np.zeros((len(NEIGHBOURS), len(self._zero))))
                    block[slot] = row
        self._shared_row = {attribute: k for k, attribute in enumerate(shared)}
        self._shared = np.stack([*shared.values(), np.zeros((len(NEIGHBOURS), len(self._zero)))])
        self._table = TokenTable((1 + len(NEIGHBOURS), transitions.shape[0]), extras=True)

    def _pair_weights(self, side: str) -> dict[tuple[str, str], np.ndarray]:
        """Key pair -> its bigram feature's weights, for every way a known ``side`` attribute splits."""
        return {pair: row for attribute, row in self._state.items() for pair in bigram_pairs(side, attribute)}

    def _token_rows(self, tokens: Sequence[str]) -> tuple[np.ndarray, list[tuple[str, ...]]]:
        """For each of ``tokens`` (tokens × rows × labels): row 0, the weights of the token's own features;
        row ``1 + slot``, those of what it gives the token at ``NEIGHBOURS[slot]`` from it; and each
        token's keys (:func:`stripped_keys`, which its features are made from).

        The features' weight rows are gathered for all the tokens at once and summed per token by one
        ``reduceat`` (in the same order as a sum per token: the same floats); two numpy calls per token
        were a third of the time of making a new token's rows."""
        own_none, shared_none = len(self._own) - 1, len(self._shared) - 1  # the zero rows: unknown attributes
        own_row, shared_row = self._own_row.get, self._shared_row.get
        own_at: list[int] = []
        shared_at: list[int] = []
        own_starts: list[int] = []
        shared_starts: list[int] = []
        for token in tokens:
            own, shared = token_parts(token)
            own_starts.append(len(own_at))
            own_at.extend([own_row(a, own_none) for a in own])  # never empty: "bias" comes first
            shared_starts.append(len(shared_at))
            shared_at.extend([shared_row(a, shared_none) for a in shared] or [shared_none])
        rows = np.empty((len(tokens), 1 + len(NEIGHBOURS), len(self._zero)))
        if tokens:
            rows[:, 0] = np.add.reduceat(self._own[own_at], own_starts, axis=0)
            rows[:, 1:] = np.add.reduceat(self._shared[shared_at], shared_starts, axis=0)
        return rows, [stripped_keys(token) for token in tokens]  # memo hits: token_parts made them

    def emissions(
        self, sentences: Sequence[Sequence[str]], matches: Sequence[Sequence[tuple[int, int, str]]] | None = None
    ) -> np.ndarray:
        """Each token's score for each label, the sentences' tokens one after another (tokens × labels);
        ``matches``, each sentence's listed names when they were found already."""
        tokens = [token for tokens in sentences for token in tokens]
        rows, keys = self._table.rows(tokens, self._token_rows)
        total = len(tokens)
        lengths = np.array([len(tokens) for tokens in sentences])
        starts = np.cumsum(lengths) - lengths
        position = np.arange(total) - np.repeat(starts, lengths)  # in its sentence
        after = np.repeat(lengths, lengths) - 1 - position  # tokens after it in its sentence
        scores = rows[:, 0].copy()
        for slot, d in enumerate(NEIGHBOURS):
            # token i sees token i + d's shared features, within its sentence (x * 1.0 and x + 0.0 are x)
            if d < 0:
                scores[-d:] += rows[: total + d, 1 + slot] * (position[-d:] >= -d)[:, None]
            else:
                scores[: total - d] += rows[d:, 1 + slot] * (after[: total - d] >= d)[:, None]
        filled = lengths > 0
        scores[starts[filled]] += self._bos
        scores[(starts + lengths - 1)[filled]] += self._eos
        first = [forms[0] for forms in keys]
        state = self._state.get
        for k, (start, n) in enumerate(zip(starts.tolist(), lengths.tolist(), strict=True)):
            if matches is None:
                marks = gazetteer_marks(keys[start : start + n], first[start : start + n])
            else:
                marks = marks_of(matches[k], n)
            for j, mark in enumerate(marks):
                if mark:
                    scores[start + j] += state(mark, self._zero)
                    for d in NEIGHBOURS:
                        if 0 <= j - d < n:
                            scores[start + j - d] += state(neighbour_feature(d, mark), self._zero)
        before, after_pair = self._pairs
        opens = set(starts.tolist())
        for i in range(1, total):
            if i in opens:
                continue
            pair = (first[i - 1], first[i])
            row = before.get(pair)
            if row is not None:
                scores[i] += row
            row = after_pair.get(pair)
            if row is not None:
                scores[i - 1] += row
        return scores

    def best_paths(
        self, sentences: Sequence[Sequence[str]], extra: np.ndarray | None = None,
        matches: Sequence[Sequence[tuple[int, int, str]]] | None = None,
    ) -> list[list[int]]:
        """The best label sequence of each sentence (label numbers), by Viterbi over all sentences at
        once, ``extra`` added to the emissions and ``matches`` the listed names (see :meth:`CrfTagger.tag`).
        Ties go to the lower label number, as in crfsuite."""
        lengths = [len(tokens) for tokens in sentences]
        paths: list[list[int]] = [[] for _ in sentences]
        filled = [k for k, n in enumerate(lengths) if n]
        if not filled:
            return paths
        kept = [lengths[k] for k in filled]
        emissions = self.emissions(
            [sentences[k] for k in filled], None if matches is None else [matches[k] for k in filled]
        )
        if extra is not None:  # empty sentences hold no rows: the filled ones' tokens are all of them
            emissions = emissions + extra
        labels = self.transitions.shape[0]
        # Longest sentences first, so that the sentences still running at step t are the first
        # ``running[t]``: each step works on those only, not on every sentence padded to the longest (the
        # padding was most of the work in an article whose sentences differ in length).
        order = sorted(range(len(kept)), key=lambda b: -kept[b])
        longest = kept[order[0]]
        running = np.searchsorted([-kept[b] for b in order], -np.arange(longest), side="left").tolist()
        scores = np.zeros((len(order), longest, labels))
        row_of = np.empty(len(order), dtype=np.intp)
        row_of[order] = np.arange(len(order))
        scores[np.repeat(row_of, kept), np.concatenate([np.arange(n) for n in kept])] = emissions
        back = np.zeros((len(order), longest, labels), dtype=np.intp)
        best = scores[:, 0].copy()
        transitions = self.transitions[None]
        through = np.empty((len(order), labels, labels))  # previous label × next label
        for t in range(1, longest):
            k = running[t]  # the sentences longer than t
            step = through[:k]
            np.add(best[:k, :, None], transitions, out=step)
            step.argmax(axis=1, out=back[:k, t])
            step.max(axis=1, out=best[:k])
            best[:k] += scores[:k, t]
        finals = best.argmax(axis=1).tolist()
        for row, b in enumerate(order):
            label = finals[row]
            steps = back[row, : kept[b]].tolist()
            path = [label]
            for t in range(kept[b] - 1, 0, -1):
                label = steps[t][label]
                path.append(label)
            path.reverse()
            paths[filled[b]] = path
        return paths


@cache
def load_crf_tagger() -> CrfTagger:
    """The shipped CRF, read from package data once per process. Raises ``FileNotFoundError`` when the
    model file is missing from the installed package."""
    return CrfTagger(resources.files("marsad.extract").joinpath("models", MODEL_NAME).read_bytes())
