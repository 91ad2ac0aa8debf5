"""Any CoNLL-style test set can be scored (``bench/ner_eval.py --test FILE``): its type names mapped to
PER/ORG/LOC/MISC, nested entities kept at their outermost, IOB1 leftovers repaired."""

from __future__ import annotations

from pathlib import Path

from marsad.extract.ner.corpus import chunks, read_tagged

# Sentences of the demo corpus (العين الإخبارية and الجزيرة نت, 2021), tagged as the schemes tag them.
WOJOOD_STYLE = """\
قال B-OCC
قائد I-OCC
القيادة I-OCC B-ORG
المركزية I-OCC I-ORG
الأمريكية I-OCC I-ORG B-GPE
الجنرال B-OCC
كينيث B-PERS
ماكنزي I-PERS
إن O
القوات B-ORG
الأمريكية I-ORG B-NORP
باقية O
في O
العراق B-GPE
. O
$#$ O
وزار O
الكاظمي B-PERS
واشنطن B-GPE
في O
26 B-DATE
تموز I-DATE
"""

ANERCORP_STYLE = "وصل\tO\nمصطفى\tI-PERS\nالكاظمي\tI-PERS\nإلى\tO\nواشنطن\tB-LOC\n\n-DOCSTART-\tO\nوكالة\tB-ORG\nالأنباء\tI-ORG\n"


def test_nested_entities_are_scored_at_their_outermost(tmp_path: Path) -> None:
    path = tmp_path / "wojood.txt"
    path.write_text(WOJOOD_STYLE, encoding="utf-8")
    first, second = read_tagged(path)
    spans = {(" ".join(first.tokens[s:e]), kind) for s, e, kind in chunks(first.tags)}
    # the ORG holds the GPE (a place inside a name is not a place to find); OCC, NORP and DATE are no types
    # a flat tagger is scored on
    assert spans == {("القيادة المركزية الأمريكية", "ORG"), ("كينيث ماكنزي", "PER"), ("القوات الأمريكية", "ORG"),
                     ("العراق", "LOC")}
    assert second.tokens[:3] == ("وزار", "الكاظمي", "واشنطن")  # $#$ ends a segment
    assert {(" ".join(second.tokens[s:e]), k) for s, e, k in chunks(second.tags)} == {("الكاظمي", "PER"),
                                                                                   ("واشنطن", "LOC")}


def test_anercorp_tabs_types_and_iob1(tmp_path: Path) -> None:
    path = tmp_path / "anercorp.txt"
    path.write_text(ANERCORP_STYLE, encoding="utf-8")
    first, second = read_tagged(path)
    assert first.tags == ("O", "B-PER", "I-PER", "O", "B-LOC")  # an I- opening a name is its B-
    assert second.tokens == ("وكالة", "الأنباء") and second.tags == ("B-ORG", "I-ORG")
