"""Does "also told by" tell the truth? The summary's agreement citations against pairs judged by hand.

    MARSAD_DATA=../shared/data .venv/bin/python bench/agreement_eval.py
    MARSAD_DATA=../shared/data .venv/bin/python bench/agreement_eval.py -v      # every pair, its similarity

A summary sentence cites, after its own span, the most similar sentence of each other article that says the
same thing (:attr:`~marsad.settings.SummarySettings.same_thing` or above, both sentences fit to quote): the
outlets that agree. Each labelled pair (``bench/data/agreement/``, ids and character spans into the clean
text only; the text stays in the shared data) is a summary sentence ``a`` and another article's sentence
``b`` of one story, judged ``S`` (b tells a's fact) or ``D`` (another fact) from the two sentences alone, by
the guide in docs/summaries.md ("Who else told it"). For each file the table gives how many of the ``S``
pairs and of the ``D`` pairs the code as it is would cite as agreeing.

* ``saudinewsnet-2015-08-11-sample.jsonl``: 60 pairs drawn at random (seed 7) from every citation of
  agreement in ``marsad digest`` of SaudiNewsNet 2015-08-11 at stop 62's code, labelled before any change;
  at that code every pair was cited (the draw is of citations).
* ``saudinewsnet-2015-07-21-changed.jsonl``: the 68 pairs of the digest of 2015-07-21 whose citation one of
  stop 63's variants changed, labelled blind (shuffled, without knowing which code cited them).

Each story is read as the digest reads it: the articles cleaned and dated by the clean stage
(``cluster_eval.saudinewsnet_article``), the story's sentences and weights its own. A span whose text no
longer matches its recorded hash (the clean stage changed) is reported and left out.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster_eval import saudinewsnet_article
from corpora import SAUDINEWSNET, saudinewsnet_day
from marsad.settings import DEFAULT
from marsad.summarize import StoryIndex

LABELS = Path(__file__).resolve().parent / "data" / "agreement"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def score(path: Path, folder: Path, verbose: bool) -> Counter:
    """``(label, cited)`` counts of one label file; ``("moved", None)`` counts spans that no longer match."""
    day = path.name.removeprefix("saudinewsnet-")[:10]
    pairs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = {i for p in pairs for i in p["story"]}
    articles = {r["id"]: saudinewsnet_article(r) for r in saudinewsnet_day(day, folder) if r["id"] in wanted}
    indexes: dict[tuple[str, ...], tuple[StoryIndex, dict]] = {}
    counts: Counter = Counter()
    for pair in pairs:
        story = tuple(pair["story"])
        if story not in indexes:
            index = StoryIndex([articles[i] for i in story])
            units = {(index.articles[u.article].id, u.start, u.end): k for k, u in enumerate(index.units)}
            indexes[story] = (index, units)
        index, units = indexes[story]
        found = []
        for article, start, end, digest in (pair["a"], pair["b"]):
            unit = units.get((article, start, end))
            if unit is None or _digest(articles[article].text[start:end]) != digest:
                break
            found.append(unit)
        if len(found) < 2:
            counts[("moved", None)] += 1
            continue
        a, b = found
        fit = index.units[a].unfit is None and index.units[b].unfit is None
        similarity = float(index.similarity[a, b])
        cited = fit and similarity >= DEFAULT.summary.same_thing
        counts[(pair["label"], cited)] += 1
        if verbose:
            why = "" if fit else f" (unfit: {index.units[a].unfit or index.units[b].unfit})"
            print(f"  {pair['label']} {'cited' if cited else '     '} {similarity:.3f}{why}  "
                  f"{index.units[a].text[:50]} || {index.units[b].text[:50]}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saudi", type=Path, default=SAUDINEWSNET, help="SaudiNewsNet's folder of day zips")
    parser.add_argument("-v", "--verbose", action="store_true", help="every pair, its similarity")
    args = parser.parse_args()
    print(f"{'labelled pairs':42} {'same: cited':>12} {'different: cited':>17} {'moved':>6}")
    for path in sorted(LABELS.glob("*.jsonl")):
        counts = score(path, args.saudi, args.verbose)
        same = counts[("S", True)], counts[("S", True)] + counts[("S", False)]
        other = counts[("D", True)], counts[("D", True)] + counts[("D", False)]
        print(f"{path.name:42} {f'{same[0]} of {same[1]}':>12} {f'{other[0]} of {other[1]}':>17} "
              f"{counts[('moved', None)]:>6}")


if __name__ == "__main__":
    main()
