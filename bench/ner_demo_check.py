"""Recall of the gold entities of the demo story, and merge errors, from recognition through resolution.

    .venv/bin/python bench/ner_demo_check.py [--gold ../shared/gold/iraq-2021.json] [--ner accurate]

Articles are built from ``examples/iraq-2021`` as the clean stage would leave them: title = first
non-empty line, text = the other lines without the residue the gold file lists as boilerplate, joined as
paragraphs. For each gold entity it prints whether one resolved entity of the right type holds its
variants (compared by :func:`marsad.extract.resolve.name_key`; a gold variant found only as a shorter
span, ``وكالة الأنباء العراقية`` for ``... الرسمية``, counts as found and is flagged), and lists

* split errors: a gold entity whose variants landed in several entities;
* merge errors: one entity holding variants of two gold entities;
* names that must not be entities of the story (``ترامب``، ``نتنياهو``) found anyway.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from marsad.extract.entities import recognize_entities
from marsad.extract.ner.tagger import DEFAULT_TAGGER, TAGGERS, use_tagger
from marsad.extract.resolve import name_key, resolve_entities
from marsad.model import Article, Entity

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO.parent / "shared" / "gold" / "iraq-2021.json"
CORPUS = REPO / "examples" / "iraq-2021"


def demo_articles(corpus: Path, gold: dict) -> list[Article]:
    """The demo articles, cleaned with the gold file's boilerplate list (see the module docstring)."""
    articles = []
    for line in (corpus / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        meta = json.loads(line)
        doc = meta["file"][:3]
        residue = gold["boilerplate"].get(doc, [])
        lines = [ln.strip().lstrip("•").strip() for ln in (corpus / meta["file"]).read_text(encoding="utf-8").splitlines()]
        lines = [ln for ln in lines if ln]
        body = [ln for ln in lines[1:] if not any(r in ln for r in residue) and not ln.isdigit()]
        articles.append(Article(id=doc, text="\n\n".join(body), title=lines[0], outlet=meta["outlet"]))
    return articles


def check(entities: list[Entity], gold: dict, articles: list[Article]) -> dict:
    """Found / wrong type / split / merged per gold entity, and the forbidden names found. A gold variant
    that occurs in no article's clean text (only in a title, which spans do not index) is listed apart
    and not required."""
    texts = " ".join(name_key(a.text) for a in articles)
    by_key: dict[str, list[Entity]] = {}
    for entity in entities:
        for mention in entity.mentions:
            by_key.setdefault(name_key(mention.text), [])
            if entity not in by_key[name_key(mention.text)]:
                by_key[name_key(mention.text)].append(entity)
    owner: dict[str, str] = {}
    report: dict = {"entities": [], "merge_errors": [], "forbidden_found": []}
    for g in gold["entities"]:
        holders: list[Entity] = []
        missing, partial, absent = [], [], []
        for variant in g["variants"]:
            key = name_key(variant)
            if key not in texts:
                absent.append(variant)
                continue
            hits = by_key.get(key) or [e for k, es in by_key.items() if key.startswith(k + " ") for e in es]
            if not by_key.get(key) and hits:
                partial.append(variant)
            if not hits:
                missing.append(variant)
            holders += [e for e in hits if e not in holders]
        right_type = [e for e in holders if e.type == g["type"]]
        for e in holders:
            if e.id in owner and owner[e.id] != g["canonical"]:
                report["merge_errors"].append(f"{e.id} {e.name}: {owner[e.id]} + {g['canonical']}")
            owner[e.id] = g["canonical"]
        report["entities"].append({
            "gold": g["canonical"], "type": g["type"], "found": bool(right_type) and not missing,
            "entities": [f"{e.id} {e.name} ({e.type})" for e in holders], "split": len(holders) > 1,
            "missing_variants": missing, "partial_variants": partial, "not_in_text": absent,
        })
    report["forbidden_found"] = [n for n in gold["not_entities_of_story"] if name_key(n) in by_key]
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--ner", choices=TAGGERS, default=DEFAULT_TAGGER, help="the entity tagger (default: %(default)s)")
    args = parser.parse_args()
    use_tagger(args.ner)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    articles = demo_articles(CORPUS, gold)
    entities = resolve_entities([m for a in articles for m in recognize_entities(a)], articles)
    report = check(entities, gold, articles)
    for row in report["entities"]:
        mark = "ok " if row["found"] and not row["split"] else "ERR"
        extra = "".join(
            f"  {label}: {', '.join(row[field])}"
            for label, field in (("missing", "missing_variants"), ("shorter span", "partial_variants"),
                                 ("not in the clean text", "not_in_text"))
            if row[field]
        )
        print(f"{mark} {row['type']:<4} {row['gold']:<32} -> {'; '.join(row['entities']) or '-'}{extra}")
    found = sum(r["found"] for r in report["entities"])
    splits = sum(r["split"] for r in report["entities"])
    print(f"gold entities found with the right type: {found}/{len(report['entities'])} "
          f"({100 * found / len(report['entities']):.1f}%)")
    print(f"split errors: {splits}; merge errors: {len(report['merge_errors'])} {report['merge_errors']}")
    print(f"names that must not be entities, found: {report['forbidden_found'] or 'none'}")
    print(f"entities in the story: {len(entities)}")


if __name__ == "__main__":
    main()
