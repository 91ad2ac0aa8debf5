"""Who said what in the Markdown and HTML renderings of the demo digest: speakers with their statements
in date order, and "unclear attribution" instead of a name for quotes whose speaker is uncertain."""

from __future__ import annotations

from marsad.model import Digest
from marsad.render.html import digest_to_html
from marsad.render.json import digest_to_json
from marsad.render.labels import UNCLEAR_ATTRIBUTION
from marsad.render.markdown import digest_to_markdown


def _section(markdown: str) -> str:
    start = markdown.index("### من قال ماذا")
    return markdown[start : markdown.index("\n### ", start + 1)]


def test_markdown_shows_unclear_attribution_instead_of_a_guess(demo_digest: Digest) -> None:
    section = _section(digest_to_markdown(demo_digest))
    unclear = section[section.index(f"**{UNCLEAR_ATTRIBUTION}**") :]
    # 001's ``مؤكدة أنها ليست بصدد …``: its subject is the US, not Baghdad named earlier; shown once, unclear
    assert section.count("ليست بصدد إقامة قواعد ثابتة") == 1 and "ليست بصدد إقامة قواعد ثابتة" in unclear


def test_markdown_lists_a_speakers_statements_by_date_with_the_outlets_cue(demo_digest: Digest) -> None:
    section = _section(digest_to_markdown(demo_digest))
    block = section[section.index("**كينيث ماكنزي**") :].split("\n\n**")[0]
    lines = [line for line in block.splitlines() if line.startswith("- ")]
    dated = [line[2:12] for line in lines if line[2:6].isdigit()]
    assert dated == sorted(dated) and len(dated) >= 3
    assert any("[العين الإخبارية] أثنى:" in line for line in lines)


def test_html_and_json_carry_the_same_reading(demo_digest: Digest) -> None:
    html = digest_to_html(demo_digest)
    assert f'<h4 class="unclear">{UNCLEAR_ATTRIBUTION}</h4>' in html
    (story,) = digest_to_json(demo_digest)["stories"]
    unclear = [q for q in story["quotes"] if not q["attributed"]]
    assert {q["text"].split()[0] for q in unclear} == {"ليست", "مهمة"}
    assert all(0.0 <= q["speaker_confidence"] <= 1.0 for q in story["quotes"])



def test_a_quotation_with_no_verb_of_saying_shows_no_cue(demo_digest: Digest) -> None:
    """SaudiNewsNet 2015-08-11: quotations the finder reads with no verb of saying before them (``cue`` None) were
    listed as ``[alyaum 71] None: «فوق يا سعودي»`` in the Markdown and the HTML report. Here the demo's quotes
    with their cues taken away."""
    import dataclasses

    (story,) = demo_digest.stories
    bare = dataclasses.replace(story, quotes=tuple(dataclasses.replace(q, cue=None) for q in story.quotes))
    digest = dataclasses.replace(demo_digest, stories=(bare,))
    markdown, html = digest_to_markdown(digest), digest_to_html(digest)
    assert "None" not in _section(markdown) and "None" not in html
    assert any(line.startswith("- ") and "]: " in line for line in _section(markdown).splitlines())
