"""A summary sentence that holds a quotation is shown marked, with its speaker, in every rendering."""

from __future__ import annotations

from marsad.model import Digest
from marsad.render import digest_to_html, digest_to_json, digest_to_markdown

MCKENZIE = "فرانك ماكنزي"


def test_quoted_summary_sentence_names_its_speaker(demo_digest: Digest) -> None:
    (story,) = demo_digest.stories
    quoted = [s for s in story.summary if s.speaker]
    assert quoted, "the demo summary quotes McKenzie on the 2500 troops"
    assert all(s.speaker == MCKENZIE and "ستبقى" in s.text for s in quoted)
    assert f"«اقتباس» — {MCKENZIE}: {quoted[0].text}" in digest_to_markdown(demo_digest)
    assert f'<span class="quoted">اقتباس — <bdi>{MCKENZIE}</bdi>:</span>' in digest_to_html(demo_digest)
    (shown,) = [s for s in digest_to_json(demo_digest)["stories"][0]["summary"] if s["speaker"]]
    assert shown["text"] == quoted[0].text
