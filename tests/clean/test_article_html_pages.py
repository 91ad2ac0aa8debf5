"""Cleaning the text trafilatura extracts from two real Arabic news pages (shared data folder)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import trafilatura

from marsad.clean import clean_article
from marsad.model import Article

HTML_DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "html"
CNN = HTML_DATA / "newspaper4k_cnn_arabic"
ASSABAH = HTML_DATA / "trafilatura_assabah"


def _page(path: Path, title: str, include_comments: bool) -> Article:
    if not path.exists():
        pytest.skip(f"{path} not found (shared data folder absent)")
    html = path.read_text(encoding="utf-8", errors="replace")
    extracted = trafilatura.extract(html, include_comments=include_comments) or ""
    return clean_article(Article(id=path.stem, text="", title=title, extracted=extracted))


def _assabah_entry() -> dict:
    entry_path = ASSABAH / "evaldata_entry.json"
    if not entry_path.exists():
        pytest.skip(f"{entry_path} not found (shared data folder absent)")
    (entry,) = json.loads(entry_path.read_text(encoding="utf-8")).values()
    return entry


@pytest.mark.parametrize("include_comments", [True, False])
def test_assabah_keeps_its_text_and_drops_the_comment_form(
    include_comments: bool, accounted: Callable[[Article], None]
) -> None:
    entry = _assabah_entry()
    article = _page(ASSABAH / entry["file"], entry["title"], include_comments)
    accounted(article)
    for snippet in entry["with"]:
        assert snippet in article.text, snippet
    for snippet in entry["without"]:
        assert snippet not in article.text, snippet
        if snippet in article.extracted:  # survived extraction: cleaning must have taken it, with a reason
            assert any(snippet in r.text for r in article.removed), snippet
    # the page's h1 opens the extracted text; the interview's byline and first question stay
    assert any(r.reason == "title-repeat" for r in article.removed)
    assert article.text.startswith("حوار: آسيا العتروس")
    assert "*ما الذي يحدث في السودان" in article.text


def test_assabah_comment_form_survives_extraction_with_comments() -> None:
    # Pins the premise of the test above: with comments included, the form's label reaches cleaning.
    entry = _assabah_entry()
    article = _page(ASSABAH / entry["file"], entry["title"], include_comments=True)
    assert "إضافة تعليق جديد" in article.extracted
    assert [r.reason for r in article.removed if "إضافة تعليق جديد" in r.text] == ["comments"]


def test_cnn_arabic_clean_text_is_the_expected_article(accounted: Callable[[Article], None]) -> None:
    meta_path, gold_path = CNN / "arabic_article.metadata.json", CNN / "arabic_article.gold.txt"
    if not gold_path.exists():
        pytest.skip(f"{gold_path} not found (shared data folder absent)")
    title = json.loads(meta_path.read_text(encoding="utf-8"))["title"]
    article = _page(CNN / "arabic_article.html", title, include_comments=False)
    accounted(article)

    def words(text: str) -> list[str]:
        return re.findall(r"\w+", text)

    assert words(article.text) == words(gold_path.read_text(encoding="utf-8"))
    reasons = {r.reason for r in article.removed}
    assert reasons == {"disclaimer"}, article.removed
    assert "ترحب شبكة CNN بالنقاش" not in article.text
    assert "الآراء الواردة أدناه" not in article.text
