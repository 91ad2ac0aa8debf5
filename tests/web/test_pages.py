"""The pages as HTML: right to left, the demo story's sections, the article with its spans marked and its
residue labelled, search with highlights, and errors that say what was wrong."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from marsad.store import open_store
from marsad.web import create_app
from web.support import DEMO_TITLE

# Void elements never get an end tag; everything else the pages write is closed.
_VOID = {"meta", "link", "input", "br", "img", "hr"}


class _Element(HTMLParser):
    """Collects the text inside the element with ``id``, and every element's tag and attributes."""

    def __init__(self, wanted: str | None = None) -> None:
        super().__init__()
        self.wanted = wanted
        self.depth = 0
        self.inside: int | None = None
        self.text: list[str] = []
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag in _VOID:
            return
        self.depth += 1
        if self.inside is None and self.wanted is not None and dict(attrs).get("id") == self.wanted:
            self.inside = self.depth

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if self.inside == self.depth:
            self.inside = None
            self.wanted = None
        self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.inside is not None:
            self.text.append(data)


def element_text(html: str, element_id: str) -> str:
    parser = _Element(element_id)
    parser.feed(html)
    return "".join(parser.text)


def elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Element()
    parser.feed(html)
    return parser.elements


@pytest.fixture(scope="module")
def client(demo_sqlite: str) -> Iterator[TestClient]:
    with TestClient(create_app(demo_sqlite)) as c:
        yield c


@pytest.fixture(scope="module")
def story_id(demo_sqlite: str) -> str:
    with open_store(demo_sqlite) as store:
        return store.story_list()[0][0].id


def test_pages_are_rtl_arabic_phone_ready_and_script_free(client: TestClient, story_id: str) -> None:
    for path in ("/", f"/stories/{story_id}", "/search?q=العراق", "/articles/003_8b10d884f1f95237"):
        response = client.get(path)
        assert response.status_code == 200
        html = response.text
        assert '<html lang="ar" dir="rtl">' in html
        assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
        assert '<link rel="stylesheet" href="/static/style.css">' in html
        assert "<script" not in html
        assert response.headers["content-type"].startswith("text/html")
    css = client.get("/static/style.css").text
    assert '"Noto Naskh Arabic", "Noto Sans Arabic"' in css and "@import" not in css and "url(" not in css


def test_pages_stories_list_shows_size_outlets_and_days(client: TestClient, story_id: str) -> None:
    html = client.get("/").text
    assert f'<a class="story-title" href="/stories/{story_id}">{DEMO_TITLE}</a>' in html
    assert "5 مقالات" in html and "الجزيرة نت" in html
    assert "<bdi>2021-04-07</bdi> ← <bdi>2021-12-10</bdi>" in html
    filtered = client.get("/", params={"outlet": "الجزيرة نت", "date_from": "2022-01-01"}).text
    assert "لا قصص تطابق هذه التصفية" in filtered and 'value="2022-01-01"' in filtered
    assert story_id in client.get("/", params={"entity": "الكاظمي"}).text


def test_pages_story_has_every_section(client: TestClient, story_id: str) -> None:
    html = client.get(f"/stories/{story_id}").text
    assert f"<h1>{DEMO_TITLE}</h1>" in html
    for section in ("summary", "timeline", "entities", "quotes", "claims", "figures", "naming", "links", "sources"):
        assert f'<section id="{section}">' in html, section
    for heading in ("الملخص", "التسلسل الزمني", "أشخاص", "أماكن", "من قال ماذا", "الأرقام والتواريخ بين المصادر",
                    "التسميات وأفعال الإسناد حسب المصدر", "المصادر"):
        assert heading in html, heading
    assert "مصطفى الكاظمي" in html and "ورد أيضاً:" in html
    # every summary citation links to the cited span of an article page
    cites = re.findall(r'href="(/articles/[^"?#]+\?hl=\d+-\d+#c-\d+-\d+)"', html)
    assert len(cites) > 10
    # article urls are not http(s) in the demo: none is a link out
    assert 'class="external"' not in html


def test_pages_story_who_said_what_by_date_with_cues_and_unclear_attribution(client: TestClient, story_id: str) -> None:
    """Each speaker's statements in date order, each with the outlet and the cue verb it chose; quotes whose
    speaker is uncertain are listed under "unclear attribution", not under a name."""
    html = client.get(f"/stories/{story_id}").text
    section = html[html.index('<section id="quotes">') : html.index("</section>", html.index('<section id="quotes">'))]
    assert '<details class="speaker unclear"' in section and "إسناد غير واضح" in section
    mckenzie = section[section.index("كينيث ماكنزي") :].split("</details>")[0]
    days = re.findall(r'<bdi class="meta">(\d{4}-\d{2}-\d{2})</bdi>', mckenzie)
    assert len(days) >= 3 and days == sorted(days)
    assert '<span class="outlet">العين الإخبارية</span>' in mckenzie and '<span class="cue">أثنى</span>' in mckenzie
    unclear = section[section.index('<details class="speaker unclear"') :]
    assert "ليست بصدد إقامة قواعد ثابتة" in unclear


def test_pages_citation_leads_to_the_exact_span_marked(client: TestClient, story_id: str) -> None:
    story = client.get(f"/api/stories/{story_id}").json()["story"]
    sentence = story["summary"][0]
    cite = sentence["cites"][0]
    html = client.get(f"/articles/{cite['article']}", params={"hl": f"{cite['start']}-{cite['end']}"}).text
    anchor = f"c-{cite['start']}-{cite['end']}"
    assert f'<mark class="hl" id="{anchor}">' in html
    assert unescape(element_text(html, anchor)) == sentence["text"]
    assert html.count(f'id="{anchor}"') == 1


def test_pages_article_marks_names_dates_figures_quotes(client: TestClient) -> None:
    html = client.get("/articles/002_1c35502ac1d29cba").text
    classes = [attrs.get("class") or "" for _, attrs in elements(html)]
    for kind in ("ent ent-PER", "ent ent-LOC", "ent ent-ORG", "time", "num", "quote quote-direct"):
        assert kind in classes, kind
    assert 'title="كينيث ماكنزي · أشخاص' in html
    assert "من قصة:" in html


def test_pages_article_shows_removed_residue_dimmed_and_labelled(client: TestClient) -> None:
    html = client.get("/articles/001_5ea341804dc68234").text
    assert '<div class="removed" title="' in html
    assert '<span class="reason">سطر التاريخ</span> • 9/10/2021' in html
    # residue is shown where it stood: the date line comes before the first paragraph
    assert html.index("سطر التاريخ") < html.index("<p>")


def test_pages_an_unknown_outlet_is_said_to_be_unknown(client: TestClient, story_id: str) -> None:
    # 001 of the demo has no outlet and no URL: its page and the story's naming table say so, not its id
    html = client.get("/articles/001_5ea341804dc68234").text
    assert '<p class="meta">\n  مصدر غير معروف ·' in html or "مصدر غير معروف ·" in html
    story = client.get(f"/stories/{story_id}").text
    assert "<th><bdi>مصدر غير معروف</bdi></th>" in story


def test_pages_counts_agree_with_their_nouns(client: TestClient, story_id: str) -> None:
    story = client.get(f"/stories/{story_id}").text
    # mention counts: 3-10 take the plural (``ذُكر 5 مرات``), 11 and up the singular (``ذُكر 19 مرة``); 1 and
    # 2 are said by the noun (``ذُكر مرة واحدة``، ``ذُكر مرتين``) — the page said ``1 ذكر`` and ``5 مرات``
    counts = re.findall(r"ذُكر (\d+) (\S+)</span>", story)
    assert counts and any(int(n) >= 11 for n, _ in counts)
    for n, noun in counts:
        assert int(n) > 2 and noun == ("مرات" if 3 <= int(n) % 100 <= 10 else "مرة"), (n, noun)
    assert "1 ذكر" not in story


def test_pages_borrowed_passage_links_to_its_source(client: TestClient, story_id: str) -> None:
    borrowed = client.get(f"/api/stories/{story_id}").json()["borrowed"]
    b = borrowed[0]
    source, target = b["source"], b["target"]
    html = client.get(f"/articles/{target['article']}").text
    link = f'/articles/{source["article"]}?hl={source["start"]}-{source["end"]}#c-{source["start"]}-{source["end"]}'
    assert f'<a class="borrowed-link" href="{link}">' in html
    assert unescape(element_text(html, f"c-{target['start']}-{target['end']}")).startswith(b["text"][:40])
    back = client.get(link.split("#")[0]).text
    assert f'id="c-{source["start"]}-{source["end"]}"' in back


def test_pages_search_highlights_matched_words(client: TestClient) -> None:
    html = client.get("/search", params={"q": "امريكيه"}).text
    assert '<mark class="hit">الأمريكية</mark>' in html
    assert re.search(r'href="/articles/[^"]+\?hl=\d+-\d+#c-\d+-\d+"', html)
    empty = client.get("/search").text
    assert "نتيجة" not in empty and 'name="q"' in empty


@pytest.mark.parametrize(
    ("path", "status", "words"),
    [
        ("/stories/s999", 404, "no story with id &#39;s999&#39;"),
        ("/articles/no-such-article", 404, "no article with id &#39;no-such-article&#39;"),
        ("/no/such/page", 404, "no page at /no/such/page"),
        ("/?date_from=2021-02-30", 422, "date_from: wants a date as YYYY-MM-DD, not &#39;2021-02-30&#39;"),
        ("/?page=0", 422, "page: Input should be greater than or equal to 1"),
        ("/articles/003_8b10d884f1f95237?hl=50-10", 422, "hl: wants START-END character offsets"),
        ("/articles/003_8b10d884f1f95237?hl=0-999999", 422, "hl: the span 0-999999 ends past the article"),
        ("/search?q=%D8%9F", 422, "q: the query has no words to search for"),
    ],
)
def test_pages_errors_say_what_was_wrong(client: TestClient, path: str, status: int, words: str) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert words in response.text, response.text
    assert '<html lang="ar" dir="rtl">' in response.text
