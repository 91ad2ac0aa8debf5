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


def test_a_cut_summary_sentence_is_shown_cut_in_every_rendering(tmp_path) -> None:
    """A report of one sentence longer than the budget is summarized by its opening clauses, and every rendering
    says it goes on ("…"; ``cut`` in the JSON)."""
    from marsad.pipeline import digest

    sentence = ("وأوضح المتحدث الرسمي باسم الأمانة أن الأمانة أطلقت حملة واسعة لتنظيم عمل الباعة المتجولين في الأحياء، "
                "وأن الحملة تشمل تخصيص مواقع للبسطات في الأسواق الشعبية، ") * 6 + "وذلك حتى نهاية العام."
    (tmp_path / "a.txt").write_text("الأمانة تنظم عمل الباعة المتجولين\n" + sentence, encoding="utf-8")
    result = digest([tmp_path], words=30)
    (story,) = result.stories
    (shown,) = story.summary
    assert shown.cut and sentence.startswith(shown.text)
    assert f"{shown.text} …" in digest_to_markdown(result)
    assert f"{shown.text} …" in digest_to_html(result)
    assert digest_to_json(result)["stories"][0]["summary"][0]["cut"] is True
