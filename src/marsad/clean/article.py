"""From the text an ingest reader extracted to the clean text that every span of marsad indexes into."""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, replace

from marsad.lang.ar import residue
from marsad.model import Article, Paragraph, Removal, Sentence
from marsad.text import is_broken_line, normalize_key, split_sentences
from marsad.text.normalize import search_key

from .repeats import Fingerprint, find_repeats, fingerprint
from .rules import HEAD_RULES, LINE_RULES, TAIL_RULES, LineRule, LineView, view

__all__ = ["clean_article"]

_BULLETS = "•·▪●◦"
_WHITE_SPACE = re.compile(r"\s+")
# The bullet headline of 004 repeats 9 of its 11 words from the title; a first paragraph that merely
# repeats the title shares nearly all its words with it (trafilatura gives the page's h1 first).
_HEADLINE_OVERLAP = 0.7
_TITLE_OVERLAP = 0.8
_MIN_HEADLINE_WORDS = 4
# Link titles under a related-links heading: short, never ending like a sentence.
_LINK_TITLE_MAX_WORDS = 20
_MAX_LINK_TITLES = 10
_CAPTION_MAX_WORDS = 20
# A line of prose (which bounds the region where edge-only rules do not apply): this many words, or a
# final stop.
_PROSE_WORDS = 8
_BLANK = LineView("", "", ())
# An HTML character reference left in plain text (``&quot;``، ``&amp;``، ``&#39;``، ``&#x201C;``), as feeds
# and scraped datasets (SaudiNewsNet) carry them: named (the HTML5 names are letters and digits) or numeric,
# always with the closing semicolon (without it, ``&copy`` may be the start of a URL's query).
_CHARACTER_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")
_DECODED = re.compile(f"{_CHARACTER_REFERENCE.pattern}|{_PRESENTATION_FORMS.pattern}")


@dataclass(slots=True)
class _Line:
    """A line of the extracted text: ``[start, end)`` is its content without surrounding white space."""

    start: int
    end: int
    view: LineView = _BLANK
    removal: tuple[str, str] | None = None  # (reason, rule) when the whole line is taken out
    edge_rule: LineRule | None = None  # an edge-only rule that matched: furniture unless inside the prose
    embed_text: bool = False  # the text of an embedded post: its attribution follows it

    @property
    def blank(self) -> bool:
        return not self.view.text

    @property
    def kept(self) -> bool:
        return not self.blank and self.removal is None


def clean_article(article: Article) -> Article:
    """Clean ``article.extracted`` into ``text``, ``paragraphs``, ``sentences`` and ``removed``.

    Input: an article from ingest; ``extracted`` is its body before cleaning (when it is empty, ``text`` is
    cleaned instead and becomes ``extracted``). Output: a new article (the input is not changed) where

    * ``text`` is the kept paragraphs joined by ``"\\n\\n"``; inside a paragraph every run of white space
      is one space and a line broken mid-sentence (:func:`marsad.text.is_broken_line`) is rejoined with
      one space; every other character is as published;
    * ``paragraphs`` and ``sentences`` (:func:`marsad.text.split_sentences`, per paragraph) are offsets
      into ``text``;
    * ``removed`` lists every piece taken out, in order, with its offset in ``extracted``: each
      :class:`~marsad.model.Removal` text is exactly ``extracted[offset:offset + len(text)]``, pieces do
      not overlap, and the kept text plus the removed pieces hold every non-white-space character of
      ``extracted``;
    * ``meta["clean"]["rejoined"]`` lists the offsets in ``extracted`` of the line breaks that were
      rejoined;
    * HTML character references left in the plain text (``&quot;``، ``&amp;``، ``&#8220;``) are decoded
      (:func:`html.unescape`) in ``text`` and in ``title``, and Arabic presentation forms (``ﻓﻀﻞ``) written
      as the letters they draw (NFKC): when there are any,
      ``meta["clean"]["decoded"]`` lists ``[offset in extracted, reference, character]`` for the text and
      ``meta["clean"]["title_decoded"]`` the same for the title as it came (offsets into the old title).
      Apart from those, the guarantees above hold character for character.

    Runs in time linear in the text (plus a size-filtered comparison of paragraphs, see
    :mod:`marsad.clean.repeats`).

    >>> page = "  • 9/10/2021\\nقال الوزير إن القوات الأمريكية ستبقى في\\nالعراق حتى نهاية العام.\\nمشاركة :"
    >>> cleaned = clean_article(Article(id="x", text="", extracted=page))
    >>> cleaned.text
    'قال الوزير إن القوات الأمريكية ستبقى في العراق حتى نهاية العام.'
    >>> [(r.reason, r.text, r.offset) for r in cleaned.removed]
    [('date-line', '• 9/10/2021', 2), ('share-bar', 'مشاركة :', 78)]
    """
    source = article.extracted or article.text
    title, title_decoded = _decode_references(article.title)
    title, title_labels = headline_without_labels(title)
    lines, removed = _read_lines(source)
    _apply_edge_rules(lines)
    _keep_introduced_links(lines)
    _drop_title_repeat(lines, title)
    _drop_bullet_headline(lines, title)
    _drop_related_titles(lines)
    _mark_embed_text(lines)
    paragraphs, rejoined = _paragraphs(lines)

    prints: list[Fingerprint | None] = []
    for paragraph in paragraphs:
        prints.append(fingerprint([w for line in paragraph for w in line.view.words]))
    repeats = find_repeats(prints, [paragraph[-1].embed_text for paragraph in paragraphs])

    for line in lines:
        if line.removal is not None:
            reason, rule = line.removal
            removed.append(Removal(source[line.start : line.end], reason, line.start, rule))
    texts: list[str] = []
    decoded: list[list[int | str]] = []
    for index, paragraph in enumerate(paragraphs):
        if index in repeats:
            removed.extend(_pieces(source, paragraph, repeats[index]))
        else:
            pieces = []
            for line in paragraph:
                piece, changes = _decode_references(source[line.start : line.end])
                pieces.append(piece)
                decoded += [[line.start + offset, reference, character] for offset, reference, character in changes]
            texts.append(_WHITE_SPACE.sub(" ", " ".join(pieces)))

    text, spans, sentences = _layout(texts)
    clean_meta: dict[str, object] = {"rejoined": rejoined}
    if decoded:
        clean_meta["decoded"] = decoded
    if title_decoded:
        clean_meta["title_decoded"] = title_decoded
    if title_labels:
        clean_meta["title_labels"] = title_labels
    meta = {**article.meta, "clean": clean_meta}
    return replace(
        article,
        title=title,
        extracted=source,
        text=text,
        paragraphs=spans,
        sentences=sentences,
        removed=tuple(sorted(removed, key=lambda r: r.offset)),
        meta=meta,
    )


def _decode_references(text: str) -> tuple[str, list[list[int | str]]]:
    """``text`` with its HTML character references decoded and its Arabic presentation forms written as the
    letters they draw, and ``[offset, what was written, what it is]`` for each (offsets into ``text``). A
    reference that names no character (``&foo;``) stays.

    Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE: ``ﻓﻀﻞ ﺣﺴﻦ``) are glyphs of a display, left by old
    pages and text copied from PDFs (SaudiNewsNet 2015-07-27: 1,190 of them in one report); a reader sees
    ``فضل حسن``, and that is the name three other outlets wrote, which the naming table is to show."""
    changes: list[list[int | str]] = []

    def decode(m: re.Match[str]) -> str:
        written = m.group()
        character = html.unescape(written) if written.startswith("&") else unicodedata.normalize("NFKC", written)
        if character != written:
            changes.append([m.start(), written, character])
        return character

    if "&" not in text and not _PRESENTATION_FORMS.search(text):  # the common case, at little cost
        return text, changes
    return _DECODED.sub(decode, text), changes


def _read_lines(source: str) -> tuple[list[_Line], list[Removal]]:
    """Split ``source`` into lines, judge each against the line rules, and cut embed tails off the
    others. Returns the lines and the removals of the cut tails."""
    lines: list[_Line] = []
    tails: list[Removal] = []
    offset = 0
    for raw in source.split("\n"):
        stripped = raw.strip()
        if not stripped:
            lines.append(_Line(offset, offset))
            offset += len(raw) + 1
            continue
        start = offset + len(raw) - len(raw.lstrip())
        line = _Line(start, start + len(stripped), view(stripped))
        offset += len(raw) + 1
        lines.append(line)
        rule = next((r for r in LINE_RULES if not r.edge_only and r.matches(line.view)), None)
        if rule is not None:
            line.removal = (rule.reason, rule.name)
            continue
        if source.startswith(_HEAD_NEEDLES, line.start, line.end) and not _cut_head(source, line, tails):
            continue
        line.edge_rule = next((r for r in LINE_RULES if r.edge_only and r.matches(line.view)), None)
        if line.edge_rule is None:
            _cut_tails(source, line, tails)
    return lines, tails


# what a line must open with for a head rule to be tried (every head rule has its needles)
_HEAD_NEEDLES = tuple(needle for rule in HEAD_RULES for needle in rule.needles)


def _cut_head(source: str, line: _Line, cuts: list[Removal]) -> bool:
    """Cut furniture off the start of ``line`` (a share bar before the first sentence, on its line),
    recording it; the whole line is removed when nothing is left. Returns whether text is left."""
    for rule in HEAD_RULES:
        if not rule.may_match(source, line.start, line.end, head=True):
            continue
        m = rule.pattern.match(source, line.start, line.end)
        if m is None:
            continue
        rest = source[m.end() : line.end]
        if not rest.strip():
            line.removal = (rule.reason, rule.name)
            return False
        cuts.append(Removal(m.group().strip(), rule.reason, line.start, rule.name))
        line.start = line.end - len(rest.lstrip())
        line.view = view(source[line.start : line.end])
    return True


def _apply_edge_rules(lines: list[_Line]) -> None:
    """Remove the lines an edge-only rule matched when they lie above the first line of prose or below
    the last one (the page header and footer); inside the article they stay."""
    prose = [
        i
        for i, line in enumerate(lines)
        if line.kept
        and line.edge_rule is None
        and (len(line.view.words) >= _PROSE_WORDS or line.view.ends_sentence)
    ]
    first, last = (prose[0], prose[-1]) if prose else (len(lines), -1)
    for i, line in enumerate(lines):
        if line.edge_rule is not None and not first < i < last:
            line.removal = (line.edge_rule.reason, line.edge_rule.name)


def _keep_introduced_links(lines: list[_Line]) -> None:
    """Keep a bare URL that the line before introduces with a colon (``للتسجيل عبر الموقع:``): the
    article gives it to the reader."""
    previous: _Line | None = None
    for line in lines:
        if line.blank:
            continue
        if (
            line.removal is not None
            and line.removal[1] == "bare-url"
            and previous is not None
            and previous.kept
            and previous.view.text.endswith(":")
        ):
            line.removal = None
        previous = line


def _cut_tails(source: str, line: _Line, tails: list[Removal]) -> None:
    """Cut furniture off the end of ``line`` (a tweet's link and attribution after its text), recording
    each piece; if nothing is left, the whole line is removed."""
    cut = True
    while cut:
        cut = False
        text = source[line.start : line.end]
        for rule in TAIL_RULES:
            if not rule.may_match(text, 0, len(text), head=False):
                continue
            m = rule.pattern.search(text)
            if m is None:
                continue
            if m.start() == 0:
                line.removal = (rule.reason, rule.name)
                return
            found = m.group()
            piece = found.strip()  # the white space before it stays with the line's text
            at = line.start + m.start() + len(found) - len(found.lstrip())
            tails.append(Removal(piece, rule.reason, at, rule.name))
            line.end = line.start + len(text[: m.start()].rstrip())
            line.view = view(source[line.start : line.end])
            line.embed_text = line.embed_text or rule.name == "tweet-attribution"
            cut = True
            break


_LABEL_KEYS = "|".join(re.escape(normalize_key(w)) for w in sorted(residue.HEADLINE_LABELS, key=len, reverse=True))
_PART_KEYS = (
    rf"{re.escape(normalize_key(residue.HEADLINE_PART_WORD))}\s+(?:"
    + "|".join(re.escape(normalize_key(w)) for w in residue.HEADLINE_PART_ORDINALS)
    + r")(?:\s+(?:" + "|".join(re.escape(normalize_key(w)) for w in residue.HEADLINE_PART_LAST) + "))?"
)
_FORMAT_KEYS = "|".join(
    re.escape(normalize_key(w)) for w in sorted(residue.HEADLINE_FORMAT_LABELS, key=len, reverse=True)
)
# a format label before ``..``, ``…`` or a dash; a hyphen only with a space beside it (``فيديو-كليب`` is a word)
_HEADLINE_LABEL = re.compile(
    rf"^\s*(?:(?:{_LABEL_KEYS})\s*[/:|]|(?:{_FORMAT_KEYS})(?:\s*(?:\.{{2,}}|…|–)|\s+-|-\s))\s*"
)
_HEADLINE_PART = re.compile(rf"\s*[/\-–]?\s*(?:{_PART_KEYS})\s*$")
_MIN_HEADLINE_LEFT = 2  # words a headline keeps once its labels are off; else the labels stay
_BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def headline_without_labels(title: str) -> tuple[str, list[str]]:
    """``title`` without a wire desk's or a format's label before it (``عام /``، ``اقتصادي /``، ``بالفيديو:``)
    and a wire's part marker after it (``إضافة ثالثة``), and the labels taken off, as written (for
    ``meta["clean"]["title_labels"]``). A headline that would keep fewer than two words is left whole.

    >>> headline_without_labels("عام / نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء        إضافة ثالثة")
    ('نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء', ['عام /', 'إضافة ثالثة'])
    >>> headline_without_labels("عام على الحرب: ماذا تغير؟")
    ('عام على الحرب: ماذا تغير؟', [])
    >>> headline_without_labels("شاهد.. أحد المصابين: المفجر كان يرتدي سروالاً مموهاً")
    ('أحد المصابين: المفجر كان يرتدي سروالاً مموهاً', ['شاهد..'])
    >>> headline_without_labels("عام.. على الحرب")
    ('عام.. على الحرب', [])
    >>> headline_without_labels("فيديو-كليب جديد للفنان")
    ('فيديو-كليب جديد للفنان', [])
    """
    title = title.strip(_BIDI_MARKS + " ")  # invisible direction marks at its edges (``\u200f600 لوحة``)
    key, origin = search_key(title)
    start, end, labels = 0, len(title), []
    if label := _HEADLINE_LABEL.match(key):
        start = origin.text_span(label.start(), label.end())[1] if label.end() > 0 else 0
    if part := _HEADLINE_PART.search(key, label.end() if label else 0):
        end = origin.text_span(part.start(), part.end())[0] if part.end() > part.start() else end
    kept = title[start:end].strip()
    if (start, end) == (0, len(title)) or len(kept.split()) < _MIN_HEADLINE_LEFT:
        return title, []
    if start:
        labels.append(title[:start].strip())
    if end < len(title):
        labels.append(title[end:].strip())
    return kept, labels


def _drop_title_repeat(lines: list[_Line], title: str) -> None:
    """Remove the first kept line when it merely repeats the title (HTML extraction gives the h1). A
    line that ends like a sentence is the lead, which some outlets also use as the title: it stays."""
    first = next((line for line in lines if line.kept), None)
    if first is None or not title or first.view.ends_sentence:
        return
    title_words = set(view(title.strip()).words)
    words = set(first.view.words)
    if words and len(words & title_words) >= _TITLE_OVERLAP * max(len(words), len(title_words)):
        first.removal = ("title-repeat", "title-repeat")


def _drop_bullet_headline(lines: list[_Line], title: str) -> None:
    """Remove a bullet line that repeats the headline (a gallery or image block's caption) and the image
    caption line right under it (004: ``• الكاظمي: العراق لم تعد بحاجة ...`` then the photo's caption)."""
    if not title:
        return
    title_words = set(view(title.strip()).words)
    for i, line in enumerate(lines):
        if not line.kept or not line.view.text.startswith(tuple(_BULLETS)):
            continue
        words = set(line.view.words)
        if len(words) < _MIN_HEADLINE_WORDS or len(words & title_words) < _HEADLINE_OVERLAP * len(words):
            continue
        line.removal = ("caption", "bullet-headline")
        below = lines[i + 1] if i + 1 < len(lines) else None
        if (
            below is not None
            and below.kept
            and len(below.view.words) <= _CAPTION_MAX_WORDS
            and not below.view.ends_sentence
        ):
            below.removal = ("caption", "image-caption")


def _drop_related_titles(lines: list[_Line]) -> None:
    """Remove the link titles listed under a related-links heading (``اقرأ أيضاً:``, ``اخترنا لك``): the
    lines after it that look like headlines (short, no final stop), up to the first that does not."""
    for i, line in enumerate(lines):
        if line.removal is None or line.removal[1] != "related-heading":
            continue
        taken = 0
        for below in lines[i + 1 :]:
            if not below.kept:
                continue
            if (
                taken == _MAX_LINK_TITLES
                or len(below.view.words) > _LINK_TITLE_MAX_WORDS
                or below.view.ends_sentence
                or below.view.text.endswith((":", "،", ","))
            ):
                break
            below.removal = ("related-link", "related-title")
            taken += 1


def _mark_embed_text(lines: list[_Line]) -> None:
    """Flag the text line right before a tweet attribution (past blank lines and the tweet's links)."""
    last_text: _Line | None = None
    for line in lines:
        if line.blank:
            continue
        if line.removal is None:
            last_text = line
        elif line.removal[1] == "tweet-attribution":
            if last_text is not None:
                last_text.embed_text = True
            last_text = None
        elif line.removal[1] != "tweet-link":
            last_text = None


def _paragraphs(lines: list[_Line]) -> tuple[list[list[_Line]], list[int]]:
    """Group the kept lines into paragraphs. A line continues the previous kept line when that one was
    broken mid-sentence and nothing but a line break — or removed furniture, as when an image block
    splits a sentence — stands between them; a blank line alone always ends a paragraph, as in
    :func:`marsad.text.split_sentences`. The text of an embedded post is a paragraph of its own: tweets
    often lack a final stop, and the article does not continue them. Returns the paragraphs and the
    offsets of the rejoined breaks."""
    paragraphs: list[list[_Line]] = []
    rejoined: list[int] = []
    previous: _Line | None = None
    blank_between = removed_between = False
    for line in lines:
        if line.blank:
            blank_between = True
            continue
        if line.removal is not None:
            removed_between = True
            continue
        if (
            previous is not None
            and (removed_between or not blank_between)
            and not (previous.embed_text or line.embed_text)
            and is_broken_line(previous.view.text, line.view.text)
        ):
            paragraphs[-1].append(line)
            rejoined.append(previous.end)
        else:
            paragraphs.append([line])
        previous = line
        blank_between = removed_between = False
    return paragraphs, rejoined


def _pieces(source: str, paragraph: list[_Line], rule: str) -> list[Removal]:
    """Removals for a repeated paragraph: one per run of its lines that only white space separates."""
    pieces: list[Removal] = []
    start, end = paragraph[0].start, paragraph[0].end
    for line in paragraph[1:]:
        if source[end : line.start].isspace():
            end = line.end
            continue
        pieces.append(Removal(source[start:end], "repeated-paragraph", start, rule))
        start, end = line.start, line.end
    pieces.append(Removal(source[start:end], "repeated-paragraph", start, rule))
    return pieces


def _layout(texts: list[str]) -> tuple[str, tuple[Paragraph, ...], tuple[Sentence, ...]]:
    """Join paragraph texts with blank lines; list paragraph and sentence offsets into the result."""
    spans: list[Paragraph] = []
    sentences: list[Sentence] = []
    offset = 0
    for index, paragraph in enumerate(texts):
        spans.append(Paragraph(offset, offset + len(paragraph)))
        sentences.extend(Sentence(offset + s, offset + e, index) for s, e in split_sentences(paragraph))
        offset += len(paragraph) + 2
    return "\n\n".join(texts), tuple(spans), tuple(sentences)
