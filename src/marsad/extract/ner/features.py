"""Features of each token for the CRF entity tagger.

Arabic names carry no capital letter, and a proclitic (``و``، ``ب``، ``ل``، ``ال``) hides a known word inside
an unknown one (``وبغداد``). So each token is described by its key, its proclitic-stripped forms and
light stem, its affixes and shape, whether it opens or continues a listed name
(:mod:`marsad.extract.ner.gazetteers`), whether it is a title or a trigger noun (``الجنرال``، ``وزارة``،
``قاعدة``), and its word cluster at four granularities (``models/ner-clusters.tsv.gz``, learnt from Arabic
Wikipedia by ``scripts/train_word_clusters.py``, CC BY-SA 4.0: a name the training text never had shares
a cluster with names it had); the same facts about the two tokens either side give the context.

Features are plain strings (``w=بغداد``, ``gz=B-LOC``) as python-crfsuite takes them; training and
tagging call the same :func:`sentence_features`, which is what keeps them in step.
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources

from marsad.memo import register
from marsad.text import light_stem, normalize_key, proclitic_splits

from .gazetteers import (
    COUNTRY_KEYS,
    FIRST_NAMES,
    GAZETTEER_MATCHER,
    LOC_TRIGGERS,
    ORG_TRIGGERS,
    PER_TITLES,
    RANK_TITLES,
)

__all__ = [
    "BIGRAM_AFTER",
    "BIGRAM_BEFORE",
    "BOS",
    "CLUSTERS_NAME",
    "CLUSTERS_RECORD",
    "EOS",
    "NEIGHBOURS",
    "PERSON_WORDS_NAME",
    "SentenceFeatures",
    "bare_country_adjective",
    "bare_masculine_country_adjective",
    "bigram_feature",
    "bigram_pairs",
    "country_adjective",
    "gazetteer_marks",
    "marks_of",
    "neighbour_feature",
    "person_words",
    "sentence_features",
    "stripped_keys",
    "token_features",
    "token_parts",
    "word_clusters",
]

CLUSTERS_NAME = "ner-clusters.tsv.gz"
CLUSTERS_RECORD = "ner-clusters.json"  # beside the table: its source, licence and checksum
PERSON_WORDS_NAME = "ner-person-words.tsv.gz"
_CLUSTER_LEVELS = ("c16", "c64", "c256", "c1k")  # columns of the table, coarse to fine
_CONTEXT_LEVELS = (1, 2)  # the levels also given to neighbours (c64, c256)

_CONTEXT = 2  # tokens either side
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")


class _StrippedKeys(dict[str, tuple[str, ...]]):
    """Keys ``token`` may have once proclitics are taken off, the whole word first, as
    ``stripped_keys(token)``.

    A stem left after ``لل`` (``للعراق`` -> ``لعراق``) gets its article's alef back (``العراق``), since
    that is how the word is written alone.

    The tagger's features, the first pass's lists and rules and the lone-word checks each ask for the keys
    of every token of a sentence: the keys are kept in this dictionary, whose ``__getitem__`` *is*
    :func:`stripped_keys` (a hit runs in C, as :func:`marsad.text.normalize_key`'s do). Bounded at 65k
    tokens, emptied with marsad's other memo tables.
    """

    def __missing__(self, token: str) -> tuple[str, ...]:
        forms = [normalize_key(token)]
        for offset in proclitic_splits(token)[1:]:
            rest = normalize_key(token[offset:])
            if normalize_key(token[:offset]).endswith("ل") and rest.startswith("ل") and not rest.startswith("ال"):
                forms.append("ا" + rest)
            forms.append(rest)
        keys = (forms[0], *dict.fromkeys(f for f in forms[1:] if f and f != forms[0]))
        if len(self) >= _STRIPPED_KEPT:
            self.clear()
        self[token] = keys
        return keys


_STRIPPED_KEPT = 1 << 16
_STRIPPED = register(_StrippedKeys())

stripped_keys = _STRIPPED.__getitem__


@cache
def word_clusters() -> dict[str, tuple[str, ...]]:
    """Word key -> its cluster ids, coarse to fine (``word<TAB>c16<TAB>c64<TAB>c256<TAB>c1024`` lines).

    Empty when the table is not installed: the tagger then runs without cluster features, which is
    right only for a model trained without them (``scripts/train_ner.py --no-clusters``).
    """
    return {word: tuple(ids) for word, *ids in _table_rows(CLUSTERS_NAME)}


def _table_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of the gzipped table ``models/<name>``; none when it is not installed."""
    path = resources.files("marsad.extract").joinpath("models", name)
    if not path.is_file():
        return []
    return [line.split("\t") for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()]


@cache
def person_words() -> dict[str, str]:
    """Word key -> its share as a word of people's names, as a feature (``pn=1``، ``pn=2``، ``pn=3``).

    The table (``models/ner-person-words.tsv.gz``, ``scripts/ner_person_words.py``) gives, for each word of
    the names of Wikidata's people, how many people bear it and how often Arabic Wikipedia writes it; the
    share is the first over the second: under :data:`_NAME_SHARE_MID` the word is mostly an everyday word
    (``إلى``, written as the name Ila once normalized), from :data:`_NAME_SHARE_HIGH` mostly a name
    (``رشيد``). Empty when the table is not installed."""
    table: dict[str, str] = {}
    for word, (people, written) in person_word_counts().items():
        share = people / max(written, 1)
        table[word] = "pn=3" if share >= _NAME_SHARE_HIGH else "pn=2" if share >= _NAME_SHARE_MID else "pn=1"
    return table


@cache
def person_word_counts() -> dict[str, tuple[int, int]]:
    """Word key -> (how many of Wikidata's people bear it, how often Arabic Wikipedia writes it), the
    table :func:`person_words` reads; empty when it is not installed."""
    return {word: (int(people), int(written)) for word, people, written in _table_rows(PERSON_WORDS_NAME)}


GIVEN_NAME_PEOPLE = 5  # Wikidata's people bearing a word, at least, for it to be a name many people bear


def borne_by_many(key: str) -> bool:
    """Whether many of Wikidata's people bear the word key ``key`` (``حيدر``: 25): a given name."""
    return person_word_counts().get(key, (0, 0))[0] >= GIVEN_NAME_PEOPLE


_NAME_SHARE_HIGH, _NAME_SHARE_MID = 0.1, 0.02


def _person_word(forms: Sequence[str]) -> str | None:
    """The :func:`person_words` feature of the word, or of its first proclitic-stripped form that has one."""
    table = person_words()
    return next((p for f in forms if (p := table.get(f))), None)


def _cluster_features(forms: Sequence[str]) -> tuple[list[str], list[str]]:
    """``(own, shared)`` cluster features: of the whole word, and of its first proclitic-stripped form
    that has a cluster (``sc…``), which stands in for the word's own when the word has none."""
    table = word_clusters()
    ids = table.get(forms[0])
    own = [f"{n}={i}" for n, i in zip(_CLUSTER_LEVELS, ids, strict=True)] if ids else []
    shared = [f"{_CLUSTER_LEVELS[n]}={ids[n]}" for n in _CONTEXT_LEVELS] if ids else []
    for form in forms[1:]:
        stripped = table.get(form)
        if stripped:
            own += [f"s{n}={i}" for n, i in zip(_CLUSTER_LEVELS, stripped, strict=True)]
            if not ids:
                shared = [f"{_CLUSTER_LEVELS[n]}={stripped[n]}" for n in _CONTEXT_LEVELS]
            break
    if not own and table:
        own.append("nocl")
    return own, shared


def _trigger(forms: Sequence[str]) -> str | None:
    for form in forms:
        bare = form[2:] if form.startswith("ال") else form
        if form in PER_TITLES or bare in PER_TITLES:
            return "PER"
        if form in RANK_TITLES:
            return "RANK"
        if form in ORG_TRIGGERS or bare in ORG_TRIGGERS:
            return "ORG"
        if form in LOC_TRIGGERS or bare in LOC_TRIGGERS:
            return "LOC"
    return None


def _token_attributes(token: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(own, shared)``: features of the token itself, and the subset also given to its neighbours."""
    forms = stripped_keys(token)
    key = forms[0]
    if not key:
        return ("sym",), ("sym",)
    if not key[0].isalpha():
        kind = "num" if key[0].isdigit() else "sym"
        return (kind, f"w={key}" if kind == "sym" else "num"), (f"w={key}" if kind == "sym" else "num",)
    stem = light_stem(key)
    own = [f"w={key}", f"stem={stem}", f"p2={key[:2]}", f"p3={key[:3]}", f"s1={key[-1:]}", f"s2={key[-2:]}",
           f"s3={key[-3:]}", f"len={min(len(key), 9)}"]
    own += [f"st={f}" for f in forms[1:]]
    shared = [f"w={key}", f"stem={stem}"]
    if _LATIN.issuperset(key):
        own.append("latin")
    if any(f.startswith("ال") for f in forms):
        own.append("def")
    if key.startswith(("و", "ف")) and len(forms) > 1:
        shared.append("conj")
    if forms[-1].endswith(("ي", "يه", "يين", "يون")) and forms[-1].startswith("ال"):
        shared.append("nisba")  # a definite relational adjective: العراقي، الأمريكية
    if any(f in FIRST_NAMES for f in forms):
        shared.append("fn")
    if person := _person_word(forms):
        shared.append(person)
    trigger = _trigger(forms)
    if trigger:
        shared.append(f"tr={trigger}")
    cluster_own, cluster_shared = _cluster_features(forms)
    return tuple(own + shared[2:] + cluster_own), tuple(shared + cluster_shared)


NEIGHBOURS = tuple(d for d in range(-_CONTEXT, _CONTEXT + 1) if d)  # in the order their features are listed
BOS, EOS = "BOS", "EOS"  # the first and the last token of a sentence
BIGRAM_BEFORE, BIGRAM_AFTER = "bi-1=", "bi+1="  # a token's key with the one before / after it


def neighbour_feature(d: int, attribute: str) -> str:
    """``attribute`` of the token ``d`` places away, as the token sees it (``-1:w=بغداد``)."""
    return f"{d}:{attribute}"


def bigram_feature(side: str, left: str, right: str) -> str:
    """Two neighbouring keys as one feature of the token on ``side`` (:data:`BIGRAM_BEFORE` for the
    right-hand token of the pair, :data:`BIGRAM_AFTER` for the left-hand one)."""
    return f"{side}{left}|{right}"


def bigram_pairs(side: str, attribute: str) -> list[tuple[str, str]]:
    """Every key pair ``attribute`` may be the :func:`bigram_feature` of on ``side``: one for each "|" it
    holds (a key may be "|" itself); none when it is not a bigram feature of that side."""
    if not attribute.startswith(side):
        return []
    rest = attribute[len(side) :]
    return [(rest[:i], rest[i + 1 :]) for i, ch in enumerate(rest) if ch == "|"]


def gazetteer_marks(first_forms: Sequence[Sequence[str]], keys: Sequence[str]) -> list[str]:
    """``gz=B-LOC`` / ``gz=I-LOC`` (or ``""``) for each token: the listed names the sentence holds
    (:data:`~marsad.extract.ner.gazetteers.GAZETTEER_MATCHER`)."""
    return marks_of(GAZETTEER_MATCHER.match(first_forms, keys), len(keys))


def marks_of(matches: Sequence[tuple[int, int, str]], n: int) -> list[str]:
    """The marks of :func:`gazetteer_marks` for ``n`` tokens, from the sentence's listed-name matches."""
    marks = [""] * n
    for start, end, label in matches:
        marks[start] = f"gz=B-{label}"
        for i in range(start + 1, end):
            marks[i] = f"gz=I-{label}"
    return marks


def token_parts(token: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(own, shared)``: the features of ``token`` itself (``bias`` first), and those it also gives
    each of its neighbours (as :func:`neighbour_feature` names them there)."""
    own, shared = _token_attributes(token)
    return ("bias", *own), shared


def token_features(token: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """What the features of a sentence need of one of its tokens, on its own: ``(own, keys, neighbours)``,
    its own features (``bias`` first), its keys (:func:`stripped_keys`), and its shared features as each
    neighbour sees them, in the order of :data:`NEIGHBOURS` (``-2:w=…``, ``-1:w=…``, ``1:w=…``,
    ``2:w=…``)."""
    own, shared = token_parts(token)
    neighbours = tuple(tuple(neighbour_feature(d, a) for a in shared) for d in NEIGHBOURS)
    return own, stripped_keys(token), neighbours


class SentenceFeatures:
    """Features of a sentence's tokens: ``features(tokens)`` gives one list of feature strings per token
    (tokens as written, clitics attached).

    With ``known`` (the attributes a trained model has weights for), features the model does not know are
    left out. crfsuite skips an unknown attribute, so the tags are the same; but two in five of the
    features made for news text are unknown (most word bigrams, rare words and stems): leaving them out
    took crfsuite's tagging from 5 s to 3 s on 24k sentences, and saves making them.

    Everything the features need of one token is made once per distinct token (a bounded cache): its own
    features after ``bias``, its keys, and its shared features as seen from each neighbour (``-1:w=...``).
    """

    def __init__(self, known: frozenset[str] | None = None) -> None:
        self._canonical = {attribute: attribute for attribute in known} if known is not None else None
        # A bigram is looked up as a pair of keys before its string is made. Every way an attribute
        # ``bi-1=a|b`` splits at a "|" is listed (a key may be "|" itself); the string is checked after.
        self._bigrams: tuple[set[tuple[str, str]], set[tuple[str, str]]] | None = None
        if known is not None:
            self._bigrams = (set(), set())
            for attribute in known:
                for side, prefix in enumerate((BIGRAM_BEFORE, BIGRAM_AFTER)):
                    self._bigrams[side].update(bigram_pairs(prefix, attribute))
        # bounded for memory, not for hits: every process reading stories holds its own
        self._view = register(lru_cache(maxsize=1 << 16)(self._token_view))

    def _token_view(self, token: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, ...], ...]]:
        own, keys, neighbours = token_features(token)
        if self._canonical is not None:
            # the model's own strings stand for the features kept: a cache entry then holds pointers to
            # them rather than a few dozen strings of its own
            canonical = self._canonical.get
            own = tuple(f for f in map(canonical, own) if f is not None)
            neighbours = tuple(tuple(f for f in map(canonical, view) if f is not None) for view in neighbours)
        return own, keys, neighbours

    def __call__(self, tokens: Sequence[str]) -> list[list[str]]:
        views = [self._view(t) for t in tokens]
        keys = [view[1][0] for view in views]
        n = len(tokens)
        gaz = gazetteer_marks([view[1] for view in views], keys)
        before, after = self._bigrams or (None, None)
        out: list[list[str]] = []
        for i, (own, _, _) in enumerate(views):
            feats = list(own)
            if gaz[i]:
                feats.append(gaz[i])
            if i == 0:
                feats.append(BOS)
            if i == n - 1:
                feats.append(EOS)
            for slot, d in enumerate(NEIGHBOURS):
                j = i + d
                if 0 <= j < n:
                    feats += views[j][2][slot]
                    if gaz[j]:
                        feats.append(neighbour_feature(d, gaz[j]))
            if i > 0 and (before is None or (keys[i - 1], keys[i]) in before):
                feats.append(bigram_feature(BIGRAM_BEFORE, keys[i - 1], keys[i]))
            if i < n - 1 and (after is None or (keys[i], keys[i + 1]) in after):
                feats.append(bigram_feature(BIGRAM_AFTER, keys[i], keys[i + 1]))
            out.append(feats)
        return out


# All the features, as training makes them (and as a model trained elsewhere may need them).
sentence_features = SentenceFeatures()


# how a country's name is written from the stem of its adjective (``السويسري`` → ``سويسرا``، ``الإسباني`` →
# ``إسبانيا``، ``المغربي`` → ``المغرب``، ``الكيني`` → ``كينيا``، ``التشيلي`` → ``تشيلي``)
_COUNTRY_FORMS = ("{}", "ال{}", "{}يا", "{}ا", "{}يه", "{}ي")


def _writes_country(stem: str, forms: tuple[str, ...] = _COUNTRY_FORMS) -> bool:
    """Whether an adjective's stem (three letters or more) writes a listed country in one of ``forms``."""
    return len(stem) >= 3 and any(form.format(stem) in COUNTRY_KEYS for form in forms)


@lru_cache(maxsize=1 << 12)
def country_adjective(text: str) -> bool:
    """A definite adjective of a listed country (``السويسري``، ``الإسبانية``، ``للمغربي``)."""
    for form in stripped_keys(text):
        if form.startswith("ال") and len(form) >= 6:
            for ending in ("يه", "ي"):
                if form.endswith(ending) and _writes_country(form[2 : -len(ending)]):
                    return True
    return False


@lru_cache(maxsize=1 << 12)
def bare_country_adjective(text: str) -> bool:
    """An indefinite adjective of a listed country that is no country's name itself (``يونانية``، ``أمريكي``; not
    ``سورية``, which is Syria too)."""
    key = normalize_key(text)
    if "ال" in key[:4]:
        return False  # definite (``الأمريكية``، ``والأمريكية``، ``للأمريكية``): :func:`country_adjective`'s
    for form in (key, key[1:]) if key[:1] in "وفبل" else (key,):
        if len(form) >= 5 and form not in COUNTRY_KEYS:
            for ending in ("يه", "ي"):
                if form.endswith(ending) and _writes_country(form[: -len(ending)]):
                    return True
    return False


@lru_cache(maxsize=1 << 12)
def bare_masculine_country_adjective(text: str) -> bool:
    """An indefinite masculine adjective of a listed country, short ones too (``سعودي``، ``مصري``، ``يمني``، ``سوداني``):
    a key ending in ``ي`` whose stem writes a country, the feminine's included (``سعودي`` of ``السعودية``, which
    :func:`country_adjective` leaves out, since ``السعودية`` is the country's name as well as its adjective)."""
    key = normalize_key(text)
    if not key.endswith("ي") or key.startswith("ال"):
        return False
    return _writes_country(key[:-1], (*_COUNTRY_FORMS, "ال{}يه"))
