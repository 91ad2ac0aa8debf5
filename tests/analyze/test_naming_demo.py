"""How each outlet of the demo story names its actors, and which verbs it reports them with."""

from __future__ import annotations

from marsad.analyze import attribution_verbs, outlet_key
from marsad.model import Digest
from marsad.render import digest_to_json, digest_to_markdown


def test_demo_gold_naming_table(demo_digest: Digest, gold: dict) -> None:
    """Columns are outlets; 001 has none and is its own column, keyed by its article id."""
    (story,) = demo_digest.stories
    column = {a.id[:3]: outlet_key(a) for a in demo_digest.articles}
    assert column["001"] == demo_digest.articles[[a.id[:3] for a in demo_digest.articles].index("001")].id
    naming = {n.name: n for n in story.naming}
    for name, by_doc in gold["naming"].items():
        if name == "about":
            continue
        entry = naming[name]
        assert {doc: set(entry.by_outlet[column[doc]]) for doc in by_doc} == {d: set(v) for d, v in by_doc.items()}
        assert set(entry.by_outlet) == {column[doc] for doc in by_doc}


def test_demo_attribution_verbs_by_outlet(demo_digest: Digest) -> None:
    (story,) = demo_digest.stories
    articles = [demo_digest.article(a) for a in story.articles]
    verbs = attribution_verbs(story.quotes, articles)
    assert verbs["بال بلس"]["أضاف"] == 6  # McKenzie's interview, told by وأضاف and مضيفًا
    assert verbs["الميادين"]["قال"] == 7
    assert sum(sum(v.values()) for v in verbs.values()) == len(story.quotes)


def test_demo_json_and_markdown_show_quotes_claims_and_naming(demo_digest: Digest) -> None:
    (story,) = digest_to_json(demo_digest)["stories"]
    assert {"quotes", "claims", "naming", "attribution_verbs"} <= set(story)
    quote = story["quotes"][0]
    assert set(quote) >= {"article", "start", "end", "text", "kind", "speaker", "cue", "relayed_by"}
    assert {"about", "value", "unit", "agree", "conflict"} <= set(story["claims"][0])
    isis = next(n for n in story["naming"] if n["name"] == "تنظيم الدولة الإسلامية")
    assert isis["by_outlet"]["الميادين"] == ["داعش"]
    markdown = digest_to_markdown(demo_digest)
    for heading in ("### من قال ماذا", "### الأرقام والتواريخ بين المصادر", "### التسميات وأفعال الإسناد حسب المصدر"):
        assert heading in markdown
