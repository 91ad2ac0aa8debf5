"""Reading the NER training corpora, mapping their tags to ours, and scoring entity spans.

Used by ``scripts/train_ner.py``, ``bench/ner_eval.py`` and the quality-gate test; recognition itself does
not read any corpus.

Tag mapping. NewsFANE (Alotaibi & Lee, COLING 2014) re-annotates the ANERcorp newswire with ~45 ACE-style
fine classes; we map them to the four coarse types of ANERcorp (PER, ORG, LOC, MISC):

* PER: Politician, Athlete, Artist, Other_PER, Religious_PER, Scientist, Businessperson, Police,
  Lawyer, Engineer.
* ORG: Non-Governmental, Government, Sports, Media, Commercial, Educational, Entertainment,
  Medical-Science, Religious_ORG.
* LOC (places, countries and facilities — ACE GPE, LOC and FAC): Nation, Population-Center,
  State-or-Province, GPE-Cluster, County-or-District, Continent, Water-Body, Land-Region-Natural,
  Building-Grounds, Path, Airport, Subarea-Facility.
* MISC (works, products, vehicles, weapons): Book, Movie, Software, Hardware, Projectile, Shooting,
  Food, Drug, Plant, Air, Land, Water (Air/Land/Water are ACE *vehicle* subtypes).
* dropped (tagged O): Group — ACE PER.Group, which in NewsFANE marks peoples and communities named by a
  plural nisba (``العرب``، ``المسلمين``، ``العراقيين``); they are not actors a story lists, and ANERcorp's
  coarse scheme leaves them untagged.

AQMAR (Mohit et al., EACL 2012) has PER/LOC/ORG and article-specific MIS0..MIS3 classes, mapped to MISC;
its handful of malformed tags (``I--ORG``, ``B-MIS-1``, ``OO``) are repaired the obvious way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "FINE_TO_COARSE",
    "Scores",
    "TaggedSentence",
    "attach_conjunctions",
    "chunks",
    "newsfane_split",
    "read_aqmar",
    "read_conll",
    "read_tagged",
    "score",
]

FINE_TO_COARSE: dict[str, str | None] = {
    **dict.fromkeys(
        ("Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist", "Businessperson",
         "Police", "Lawyer", "Engineer"),
        "PER",
    ),
    **dict.fromkeys(
        ("Non-Governmental", "Government", "Sports", "Media", "Commercial", "Educational", "Entertainment",
         "Medical-Science", "Religious_ORG"),
        "ORG",
    ),
    **dict.fromkeys(
        ("Nation", "Population-Center", "State-or-Province", "GPE-Cluster", "County-or-District",
         "Continent", "Water-Body", "Land-Region-Natural", "Building-Grounds", "Path", "Airport",
         "Subarea-Facility"),
        "LOC",
    ),
    **dict.fromkeys(
        ("Book", "Movie", "Software", "Hardware", "Projectile", "Shooting", "Food", "Drug", "Plant", "Air",
         "Land", "Water"),
        "MISC",
    ),
    "Group": None,
}


@dataclass(frozen=True, slots=True)
class TaggedSentence:
    """One tagged sentence: tokens and their BIO tags over PER/ORG/LOC/MISC."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]


def read_conll(path: Path) -> list[TaggedSentence]:
    """NewsFANE ``token<TAB>tag`` file -> sentences with coarse tags (see the module docstring)."""
    return read_tagged(path)


def read_aqmar(folder: Path) -> list[TaggedSentence]:
    """All AQMAR articles (``token TAG`` per line) under ``folder`` -> sentences with coarse tags."""
    return [sentence for path in sorted(folder.glob("*.txt")) for sentence in read_tagged(path)]


# The type names other Arabic NER sets use, by the coarse type they are scored as (upper case). LOC takes
# GPE and FAC, as NewsFANE's mapping above does; every other type (DATE, NORP, OCC, CARDINAL ...) is O.
OTHER_SCHEMES: dict[str, str] = {
    **dict.fromkeys(("PER", "PERS", "PERSON"), "PER"),
    **dict.fromkeys(("ORG", "ORGANIZATION", "ORGANISATION"), "ORG"),
    **dict.fromkeys(("LOC", "GPE", "FAC", "LOCATION"), "LOC"),
    **dict.fromkeys(("MISC", "MIS", "MIS0", "MIS1", "MIS2", "MIS3"), "MISC"),
}


def read_tagged(path: Path) -> list[TaggedSentence]:
    """Any CoNLL-style test file -> sentences with coarse tags: a token and its tags per line, separated
    by a tab or spaces, a blank line between sentences (ANERcorp, AQMAR, Wojood, a set of one's own).

    Tags are ``B-X``/``I-X`` (IOB1 leftovers repaired) with ``X`` a type of :data:`OTHER_SCHEMES` or a
    NewsFANE fine class. A token may carry several tags (Wojood's nested entities, ``B-ORG I-GPE``): the
    entities are rebuilt type by type, and only the outermost are kept, as a flat tagger is scored
    (``وزارة الخارجية الأمريكية`` is the organization; the nested ``الأمريكية`` is not also a place to find).
    Lines whose token is ``$#$`` (Wojood's segment marker) or ``-DOCSTART-`` end a sentence."""
    sentences = []
    for block in _read_rows(path):
        tokens = tuple(token for token, _ in block)
        spans: set[tuple[int, int, str]] = set()
        for kind in ("PER", "ORG", "LOC", "MISC"):
            own = [next((f"{t[0]}-{kind}" for t in tags if _type_of(t) == kind), "O") for _, tags in block]
            spans |= chunks(_repair(own))
        outer = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
        tags = ["O"] * len(tokens)
        for start, end, kind in sorted(outer):
            if all(t == "O" for t in tags[start:end]):  # two outermost spans crossing: the first kept
                tags[start:end] = [f"B-{kind}"] + [f"I-{kind}"] * (end - start - 1)
        sentences.append(TaggedSentence(tokens, tuple(tags)))
    return sentences


def _type_of(tag: str) -> str | None:
    prefix, _, name = tag.partition("-")
    if prefix not in ("B", "I") or not name:
        return None
    name = name.lstrip("-")  # AQMAR's I--ORG
    return (OTHER_SCHEMES.get(name.upper()) or FINE_TO_COARSE.get(name)
            or OTHER_SCHEMES.get(name.partition("-")[0].upper())  # AQMAR's B-MIS-1
            or ("MISC" if name.upper().startswith("MIS") else None))  # and its B-MISS1


def _read_rows(path: Path) -> Iterator[list[tuple[str, tuple[str, ...]]]]:
    """A CoNLL-style file's sentences: each line's token and its tags (what follows it, split on white
    space; the tags are the columns that look like tags, so a part-of-speech column in between is left)."""
    block: list[tuple[str, tuple[str, ...]]] = []
    with path.open(encoding="utf-8-sig") as f:
        for line in f:
            parts = line.split()
            if not parts or parts[0] in ("$#$", "-DOCSTART-"):
                if block:
                    yield block
                block = []
                continue
            tags = tuple(p for p in parts[1:] if p == "O" or p[:2] in ("B-", "I-"))
            block.append((parts[0], tags or ("O",)))
    if block:
        yield block


def _repair(tags: Sequence[str]) -> tuple[str, ...]:
    """Turn an ``I-X`` that follows neither ``B-X`` nor ``I-X`` into ``B-X`` (IOB1 leftovers)."""
    out: list[str] = []
    for tag in tags:
        if tag.startswith("I-") and (not out or out[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return tuple(out)


def attach_conjunctions(sentence: TaggedSentence) -> TaggedSentence:
    """Re-attach the conjunction ``و`` that ANERcorp writes as a token of its own to the next word.

    Real text writes ``وبغداد`` as one word; training on the attached form teaches the tagger what it will
    see. The joined token takes the tag of the word (a ``و`` inside a name, ``I-X`` before ``I-X``, keeps
    the inside tag).
    """
    tokens: list[str] = []
    tags: list[str] = []
    i = 0
    n = len(sentence.tokens)
    while i < n:
        token, tag = sentence.tokens[i], sentence.tags[i]
        if token == "و" and i + 1 < n and sentence.tokens[i + 1][:1].isalpha():
            following = sentence.tags[i + 1]
            tokens.append(token + sentence.tokens[i + 1])
            tags.append(tag if tag.startswith("I-") and following == tag else following)
            i += 2
            continue
        tokens.append(token)
        tags.append(tag)
        i += 1
    return TaggedSentence(tuple(tokens), _repair(tags))


BLOCK = 50  # sentences per block of the held-out split
HELD_OUT_EVERY = 10  # every 10th block is held out


def newsfane_split(sentences: Sequence[TaggedSentence]) -> tuple[list[TaggedSentence], list[TaggedSentence]]:
    """``(train, held_out)``: blocks of 50 consecutive sentences, every 10th block (index 9, 19, ...)
    held out. Whole blocks keep most of an article's sentences on one side, so the held-out figure is
    not inflated by names repeated within an article; about 10% of the corpus is held out."""
    train, held = [], []
    for i, sentence in enumerate(sentences):
        (held if (i // BLOCK) % HELD_OUT_EVERY == HELD_OUT_EVERY - 1 else train).append(sentence)
    return train, held


def chunks(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """Entity spans ``(start, end, type)`` (token indexes, end exclusive) of a BIO tag sequence, read as
    CoNLL's ``conlleval`` does: an ``I-X`` not continuing an ``X`` starts a new entity."""
    spans: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind and start >= 0
        if not continues:
            if start >= 0:
                spans.add((start, i, kind))
            start, kind = (i, label) if prefix in ("B", "I") else (-1, "")
    return spans


@dataclass(frozen=True, slots=True)
class Scores:
    """Entity-level precision, recall and F1 (in %) with the counts behind them."""

    precision: float
    recall: float
    f1: float
    gold: int
    predicted: int
    correct: int


def score(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> dict[str, Scores]:
    """CoNLL entity-level scores (exact span and type) per type and ``"ALL"``, over aligned tag
    sequences."""
    counts: dict[str, list[int]] = {}
    for g_tags, p_tags in zip(gold, predicted, strict=True):
        g, p = chunks(g_tags), chunks(p_tags)
        for label in {s[2] for s in g | p}:
            c = counts.setdefault(label, [0, 0, 0])
            c[0] += sum(1 for s in g if s[2] == label)
            c[1] += sum(1 for s in p if s[2] == label)
            c[2] += sum(1 for s in g & p if s[2] == label)
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {label: _scores(*c) for label, c in sorted(counts.items())} | {"ALL": _scores(*total)}


def _scores(gold: int, predicted: int, correct: int) -> Scores:
    p = 100 * correct / predicted if predicted else 0.0
    r = 100 * correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Scores(round(p, 2), round(r, 2), round(f, 2), gold, predicted, correct)
