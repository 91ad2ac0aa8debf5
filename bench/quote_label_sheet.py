"""Drawing and labelling SaudiNewsNet articles for the quote dev set (guide: docs/quotes.md).

    python bench/quote_label_sheet.py draw                        # which articles, reproducibly
    python bench/quote_label_sheet.py sheet 2015-07-22-0123 ...   # print them to read and label
    python bench/quote_label_sheet.py add /tmp/quote-labels/*.txt # labels -> bench/data/quotes_saudinewsnet.jsonl

**draw** picks articles that the first 28 (``tune-1``) are not: not from :data:`EXCLUDED_DAYS` (labelled for story
clustering by someone else), 600-3,000 characters, with at least one speech cue marsad knows
(:data:`marsad.extract.quotes.SPEECH_CUES`, only to skip articles that report no one), and no long passage
shared with an article already in the set or drawn (wire copy republished by several outlets). With
``--seed``, :data:`HELDOUT_OUTLETS_DRAWN` outlets are drawn as the held-out part and every outlet gives
``--per-outlet`` articles. The draw depends on that cue table: issue 20's (seed 20) was made with the table
of commit 6fcfe41, and the cues added since change which articles pass the filter.

**add** reads label files typed by hand, outside the repository (they quote the articles, which stay out
of it). A file holds articles, each opened by a line ``== <id> <part>``, then one line per quote in text
order (``part``: ``tune-2`` or ``heldout``)::

    D | عادل الجبير | قال | المملكة لن تقبل | في شؤونها
    I | مصادر* | بحسب | وكان الطفل | النار | relay=رويترز

``kind`` (``D`` direct, ``I`` indirect) | speaker (``*`` at the end: a generic source) | cue (dictionary
form) | the span's first words | its last words (``=`` when the first words are the whole span), then
optional ``aliases=a;b`` and ``relay=X``. The span starts at the first occurrence of its first words at or
after the previous quote's start, and ends after the first occurrence of its last words from there;
anything ambiguous or not found stops with the article id and the line.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import SAUDINEWSNET, saudinewsnet_records
from marsad.extract.quotes import SPEECH_CUES
from marsad.text import normalize_key, word_keys

ANNOTATIONS = Path(__file__).resolve().parent / "data" / "quotes_saudinewsnet.jsonl"
EXCLUDED_DAYS = frozenset({"2015-08-07", "2015-08-08"})
MIN_CHARS, MAX_CHARS = 600, 3000
HELDOUT_OUTLETS_DRAWN = 4
SHARED_NGRAM = 8  # words in a shingle; sharing 30 % of the shorter article's shingles is a copy
SHARED_SHARE = 0.3


def span_check(text: str) -> str:
    """The hash stored with each span (of its matching key), as bench/quote_eval.py checks it."""
    return hashlib.sha1(normalize_key(text).encode()).hexdigest()[:10]


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = word_keys(text)
    return {tuple(words[i : i + SHARED_NGRAM]) for i in range(max(0, len(words) - SHARED_NGRAM + 1))}


def _copies(a: set, b: set) -> bool:
    return bool(a) and bool(b) and len(a & b) / min(len(a), len(b)) >= SHARED_SHARE


def _reports_speech(text: str) -> bool:
    return any(w in SPEECH_CUES or (w[:1] in "وف" and w[1:] in SPEECH_CUES) for w in word_keys(text))


def draw(seed: int, per_outlet: int, folder: Path) -> list[tuple[str, str, str]]:
    """(id, outlet, part) of the drawn articles, held-out outlets last."""
    # the set as it stood before the draw (``tune-1``), so that the same seed draws the same articles again
    lines = [json.loads(line) for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines() if line]
    have = {e["article"] for e in lines if e.get("part") == "tune-1"}
    kept: list[set] = []
    by_outlet: dict[str, list[dict]] = defaultdict(list)
    for r in saudinewsnet_records(folder=folder):
        if r["id"] in have:
            kept.append(_shingles(r["text"]))
        elif r["id"][:10] not in EXCLUDED_DAYS and MIN_CHARS <= len(r["text"]) <= MAX_CHARS:
            by_outlet[r["outlet"]].append(r)
    rng = random.Random(seed)
    outlets = sorted(by_outlet)
    heldout = set(rng.sample(outlets, HELDOUT_OUTLETS_DRAWN))
    drawn = []
    for outlet in sorted(outlets, key=lambda o: (o in heldout, o)):
        candidates = by_outlet[outlet][:]
        rng.shuffle(candidates)
        taken = 0
        for r in candidates:
            if taken == per_outlet:
                break
            shingles = _shingles(r["text"])
            if not _reports_speech(r["text"]) or any(_copies(shingles, k) for k in kept):
                continue
            kept.append(shingles)
            drawn.append((r["id"], outlet, "heldout" if outlet in heldout else "tune-2"))
            taken += 1
    return drawn


def sheet(ids: Iterable[str], folder: Path) -> None:
    """Print each article as the bench reads it (title, then ``content`` with character offsets)."""
    wanted = set(ids)
    for r in saudinewsnet_records(folder=folder):
        if r["id"] in wanted:
            print(f"===== {r['id']} {r['outlet']} {len(r['text'])} chars\n# {r['title']}")
            offset = 0
            for line in r["text"].split("\n"):
                print(f"[{offset}] {line}")
                offset += len(line) + 1


def _find(text: str, needle: str, start: int, where: str) -> int:
    at = text.find(needle, start)
    if at < 0:
        raise SystemExit(f"{where}: {needle!r} not found after offset {start}")
    return at


def parse_labels(path: Path, texts: dict[str, str]) -> list[dict]:
    """The entries of one label file, spans resolved to offsets."""
    entries: list[dict] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        where = f"{path}:{number}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("=="):
            article, part = line[2:].split()
            if article not in texts:
                raise SystemExit(f"{where}: no article {article} in SaudiNewsNet")
            entries.append({"article": article, "part": part, "quotes": [], "cursor": 0})
            continue
        fields = [f.strip() for f in line.split("|")]
        if not entries or len(fields) < 5 or fields[0] not in ("D", "I"):
            raise SystemExit(f"{where}: expected 'D|I | speaker | cue | first words | last words'")
        entry = entries[-1]
        text = texts[entry["article"]]
        kind, speaker, cue, first, last = fields[:5]
        start = _find(text, first, entry["cursor"], where)
        end = start + len(first) if last == "=" else _find(text, last, start, where) + len(last)
        if text[start:end] != text[start:end].strip():
            raise SystemExit(f"{where}: span starts or ends with a space")
        quote: dict = {"kind": "direct" if kind == "D" else "indirect", "speaker": speaker.rstrip("*").strip(),
                       "cue": cue, "start": start, "end": end, "check": span_check(text[start:end])}
        if speaker.endswith("*"):
            quote["generic"] = True
        for extra in fields[5:]:
            key, _, value = extra.partition("=")
            if key == "aliases":
                quote["aliases"] = [a.strip() for a in value.split(";") if a.strip()]
            elif key == "relay":
                quote["relay"] = value.strip()
            else:
                raise SystemExit(f"{where}: unknown field {extra!r}")
        previous = entry["quotes"][-1] if entry["quotes"] else None
        if previous is not None and start < previous["end"]:
            raise SystemExit(f"{where}: overlaps the quote before it")
        entry["quotes"].append(quote)
        entry["cursor"] = start
    for entry in entries:
        del entry["cursor"]
    return entries


def add(paths: list[Path], folder: Path) -> None:
    """Write the entries of the label files into the annotation file (replacing those of the same ids)."""
    records = {r["id"]: r for r in saudinewsnet_records(folder=folder)}
    texts = {i: r["text"] for i, r in records.items()}
    lines = [json.loads(line) for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines() if line]
    position = {e["article"]: i for i, e in enumerate(lines)}
    for path in paths:
        for entry in parse_labels(path, texts):
            entry = {"article": entry["article"], "outlet": records[entry["article"]]["outlet"],
                     "part": entry["part"], "quotes": entry["quotes"]}
            if entry["article"] in position:
                lines[position[entry["article"]]] = entry
            else:
                position[entry["article"]] = len(lines)
                lines.append(entry)
    ANNOTATIONS.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in lines), encoding="utf-8")
    parts = defaultdict(lambda: [0, 0])
    for e in lines:
        parts[e.get("part", "?")][0] += 1
        parts[e.get("part", "?")][1] += len(e["quotes"])
    print(", ".join(f"{p}: {a} articles, {q} quotes" for p, (a, q) in sorted(parts.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=SAUDINEWSNET, help="SaudiNewsNet dataset folder")
    commands = parser.add_subparsers(dest="command", required=True)
    d = commands.add_parser("draw")
    d.add_argument("--seed", type=int, default=20)
    d.add_argument("--per-outlet", type=int, default=3)
    s = commands.add_parser("sheet")
    s.add_argument("ids", nargs="+")
    a = commands.add_parser("add")
    a.add_argument("labels", nargs="+", type=Path)
    args = parser.parse_args()
    if args.command == "draw":
        for article, outlet, part in draw(args.seed, args.per_outlet, args.data):
            print(article, outlet, part)
    elif args.command == "sheet":
        sheet(args.ids, args.data)
    else:
        add(args.labels, args.data)


if __name__ == "__main__":
    main()
