"""The person-name words of Wikidata, as matching keys with how many people bear them and how often the word
is written in Arabic Wikipedia, for the CRF entity tagger's features.

    .venv/bin/python scripts/ner_wiki_sentences.py text     # first, once: the Wikipedia sentences
    .venv/bin/python scripts/ner_person_words.py [--names FILE] [--wiki DIR] [--out FILE]

Reads ``../shared/data/names/wikidata-person-name-words-ar.tsv`` (``latin<TAB>arabic<TAB>count``: the words
of people's names in Wikidata with their Arabic spelling and the number of people whose name holds the
word; CC0) and writes ``src/marsad/extract/models/ner-person-words.tsv.gz``: ``key<TAB>people<TAB>written``
lines (the counts of one key's spellings added up; ``written``: the key's count in the Wikipedia sentences
of ``scripts/ner_wiki_sentences.py text``, ``--wiki DIR``), sorted, gzipped without a timestamp so that a
rerun gives the same bytes. A foreign name the tagger's training text never had (``يانكوفيتش``) is most
often one of these words; so are everyday words, because Arabic spells a name and a word alike once
normalized (``على`` and ``علي``, ``إلى`` and the name Ila): the tagger is given the word's *share* as a name,
people over times written (:func:`marsad.extract.ner.features.person_words`): 0.0002 for ``إلى``, 0.26 for
``رشيد``. 30 seconds. The names are CC0; the counts of Wikipedia words are facts about CC BY-SA 4.0 text.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

from marsad.extract.ner.features import PERSON_WORDS_NAME
from marsad.text import normalize_key

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_wiki_sentences import DEFAULT_WORK, read_sentences

REPO = Path(__file__).resolve().parents[1]
DEFAULT_NAMES = REPO.parent / "shared" / "data" / "names" / "wikidata-person-name-words-ar.tsv"
DEFAULT_OUT = REPO / "src" / "marsad" / "extract" / "models" / PERSON_WORDS_NAME


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=Path, default=DEFAULT_NAMES)
    parser.add_argument("--wiki", type=Path, default=DEFAULT_WORK, metavar="DIR")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    for line in args.names.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) >= 3 and (key := normalize_key(parts[1])) and " " not in key:
            counts[key] += int(parts[2])
    written: Counter[str] = Counter()
    keys: dict[str, str] = {}
    for sentence in read_sentences(args.wiki):
        for token in sentence:
            key = keys.get(token)
            if key is None:
                key = keys[token] = normalize_key(token)
            if key in counts:
                written[key] += 1
    rows = "".join(f"{key}\t{count}\t{written[key]}\n" for key, count in sorted(counts.items()))
    args.out.write_bytes(gzip.compress(rows.encode("utf-8"), mtime=0))
    print(json.dumps({
        "source": args.names.name, "licence": "CC0 (names); counts of CC BY-SA 4.0 text", "words": len(counts),
        "sha256": hashlib.sha256(args.out.read_bytes()).hexdigest(), "bytes": args.out.stat().st_size,
    }, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
