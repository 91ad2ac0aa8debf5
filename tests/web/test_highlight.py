"""Marked text: every piece escaped, overlapping spans nested or split, an anchor on the first piece only."""

from __future__ import annotations

from html.parser import HTMLParser

from markupsafe import Markup

from marsad.web.highlight import Insert, Mark, marked

TEXT = "قال الكاظمي إن <script>alert(1)</script> القوات الأمريكية ستغادر العراق"


class _Text(HTMLParser):
    """The text content of an HTML fragment, and its tags, to check what a browser would show."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        self.depth -= 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Text:
    parser = _Text()
    parser.feed(html)
    parser.close()
    assert parser.depth == 0, f"unbalanced tags in {html}"
    return parser


def test_highlight_escapes_the_text_and_keeps_it_whole() -> None:
    html = marked(TEXT, 0, len(TEXT), [Mark(4, 11, "ent")])
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "".join(_parse(html).text) == TEXT


def test_highlight_overlapping_marks_are_split_with_one_anchor() -> None:
    quote = TEXT.index("القوات")
    marks = [Mark(0, quote + 6, "cite", anchor="c-0-x", rank=2), Mark(quote, len(TEXT), "quote", anchor="q", rank=4),
             Mark(4, 11, "ent", title='ال"كاظمي', rank=6)]
    html = marked(TEXT, 0, len(TEXT), marks)
    parsed = _parse(html)
    assert "".join(parsed.text) == TEXT
    ids = [attrs.get("id") for _, attrs in parsed.tags if attrs.get("id")]
    assert ids == ["c-0-x", "q"]
    # the quote starts inside the cited span and goes on after it: two pieces, the id on the first
    assert [attrs["class"] for _, attrs in parsed.tags].count("quote") == 2
    assert 'title="ال&#34;كاظمي"' in html


def test_highlight_clips_marks_to_the_range_and_places_inserts() -> None:
    start, end = 4, 11
    html = marked(TEXT, start, end, [Mark(0, 8, "cite", after=Markup("<a>link</a>")), Mark(9, 30, "quote")],
                  [Insert(8, Markup('<span class="removed">x</span>'))])
    parsed = _parse(html)
    # the cite ends inside the range: its link follows it, then the insert at the same place
    assert "".join(parsed.text) == TEXT[start:8] + "link" + "x" + TEXT[8:end]


def test_highlight_drops_empty_and_outside_marks() -> None:
    html = marked(TEXT, 0, 10, [Mark(3, 3, "ent"), Mark(20, 30, "ent")])
    assert html == Markup.escape(TEXT[:10])
