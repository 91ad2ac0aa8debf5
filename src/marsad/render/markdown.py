"""The digest as Markdown: what ``marsad digest`` prints, readable in a terminal and in any viewer.

Headings are Arabic because the content is; citations are short labels in brackets (the outlet's name,
see :func:`marsad.render.labels.article_labels`), and the sources table of each story maps them to
article ids, dates and headlines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from marsad.lang.ar import count_phrase

from ..analyze import attribution_verbs, figure_rows, most_told, outlet_key, who_said_what
from ..model import Article, Citation, Digest, Entity, Quantity, Story, SummarySentence, TimelineEntry
from .labels import (
    ENTITY_TYPE_LABELS,
    UNKNOWN_OUTLET,
    article_labels,
    claim_value,
    format_value,
    known_outlets,
    speaker_label,
)

Label = Callable[[str], str]  # article id -> citation label

__all__ = ["digest_to_markdown", "summary_line", "write_digest_markdown"]

_ENTITIES_PER_TYPE = 12  # the terminal briefing lists the most mentioned; --json and --html list all
# A big story's timeline runs to 80 dated events (SaudiNewsNet's Yemen war, 35 reports): the briefing
# shows the events told by the most articles, the story's own days and what follows them first among equals, in
# date order (:func:`marsad.analyze.most_told`); --json and --html list all.
_TIMELINE_ENTRIES = 25


def _cite_label(cites: Iterable[Citation], label: Label) -> str:
    ids = list(dict.fromkeys(c.article for c in cites))
    if not ids:
        return ""
    own, others = ids[0], ids[1:]
    return f"[{label(own)}]" + (f" (وكذلك {'، '.join(label(o) for o in others)})" if others else "")


def summary_line(sentence: SummarySentence, label: Label) -> str:
    """One summary sentence as a list item: a quotation is marked and names its speaker first
    (``«اقتباس» — المتحدث:``), then the sentence as published (its opening clauses and "…" when it is cut), then
    its citations."""
    quoted = f"«اقتباس» — {sentence.speaker}: " if sentence.speaker else ""
    cut = " …" if sentence.cut else ""
    return f"- {quoted}{sentence.text}{cut} {_cite_label(sentence.cites, label)}"


def _update_lines(story: Story, label: Label) -> list[str]:
    """The "new since" section of a story shown to a reader who last looked at ``story.update.since``."""
    update = story.update
    if update is None:
        return []
    lines = ["", f"### جديد منذ {update.since} ({count_phrase(len(update.articles), 'new article')})", ""]
    lines += [summary_line(s, label) for s in update.summary] or ["- (لا جديد يختلف عما سبق نشره)"]
    return lines


def _date_span(articles: list[Article]) -> str:
    dates = sorted(a.published[:10] for a in articles if a.published)
    if not dates:
        return "تاريخ غير معروف"
    return dates[0] if dates[0] == dates[-1] else f"{dates[0]} ← {dates[-1]}"


def _facet_lines(story: Story, label: Label) -> list[str]:
    """The story's angles, largest first: each facet's headline, how many articles and which."""
    if not story.facets:
        return []
    lines = ["", "### زوايا القصة", ""]
    for facet in story.facets:
        cited = " ".join(f"[{label(a)}]" for a in facet.articles)
        lines.append(f"- {facet.title or '—'} ({len(facet.articles)}) {cited}")
    return lines


def _entity_line(entity: Entity) -> str:
    line = f"- {entity.name}"
    if entity.roles:
        line += f" — {entity.roles[0].rstrip('، ')}"
    line += f" · ذُكر {count_phrase(len(entity.mentions), 'time', oblique=True)}"
    others = [v for v in entity.variants if v != entity.name]
    if others:
        line += f" · ورد أيضاً: {'، '.join(others)}"
    return line


def _entity_lines(entities: Iterable[Entity]) -> list[str]:
    """Entities grouped by type, most mentioned first (the order resolution gives them)."""
    entities = list(entities)
    if not entities:
        return []
    lines = ["", "### الأطراف والأماكن"]
    for kind, label in ENTITY_TYPE_LABELS.items():
        of_kind = [e for e in entities if e.type == kind]
        if of_kind:
            lines += ["", f"**{label}**", ""]
            lines += [_entity_line(e) for e in of_kind[:_ENTITIES_PER_TYPE]]
            if len(of_kind) > _ENTITIES_PER_TYPE:
                lines.append(f"- … و{len(of_kind) - _ENTITIES_PER_TYPE} غيرها")
    return lines


def _timeline_lines(entries: Iterable[TimelineEntry], days: Iterable[str], label: Label) -> list[str]:
    """The story's dated events in date order: the :data:`_TIMELINE_ENTRIES` told by the most articles, the story's
    ``days`` and what follows them first among equals (:func:`marsad.analyze.most_told`)."""
    entries = list(entries)
    if not entries:
        return []
    shown = most_told(entries, list(days), _TIMELINE_ENTRIES)
    lines = ["", "### التسلسل الزمني", ""]
    for i in shown:
        e = entries[i]
        lines.append(f"- **{e.date}** — {e.text} {_cite_label(e.cites, label)}")
    if len(entries) > len(shown):
        lines.append(f"- … و{len(entries) - len(shown)} غيرها")
    return lines


def _quantity_lines(quantities: Iterable[Quantity], label: Label) -> list[str]:
    quantities = list(quantities)
    if not quantities:
        return []
    lines = ["", "### الأرقام", "", "| القيمة | ماذا | كما وردت | المقال |", "|---|---|---|---|"]
    for row in figure_rows(quantities):  # each figure once, with every article that gives it
        value = format_value(row.value) + (f" {row.unit}" if row.unit else "")
        lines.append(f"| {value} | {row.counted or '—'} | {'، '.join(row.texts)} | "
                     f"{'، '.join(label(a) for a in row.articles)} |")
    return lines


def _excerpt(text: str, words: int = 30) -> str:
    split = text.split()
    return text if len(split) <= words else " ".join(split[:words]) + " …"


def _quote_lines(story: Story, articles: list[Article], label: Label) -> list[str]:
    """Who said what: each speaker's statements in date order, with the cue each outlet chose; quotes of
    uncertain speaker under "unclear attribution", never under a name."""
    if not story.quotes:
        return []
    names = {e.id: e.name for e in story.entities}
    lines = ["", "### من قال ماذا"]
    for group in who_said_what(story.quotes, story.entities, articles):
        lines += ["", f"**{speaker_label(group.name)}**", ""]
        for s in group.statements:
            q = s.quote
            relay = f" (نقلاً عن {names.get(q.relayed_by or '') or q.relayed_by_name})" if q.relayed_by_name else ""
            shown = f"«{_excerpt(q.text)}»" if q.kind == "direct" else _excerpt(q.text)
            day = f"{s.published[:10]} " if s.published else ""
            also = f" (وكذلك {'، '.join(label(x.quote.article) for x in s.also)})" if s.also else ""
            cue = f" {q.cue}" if q.cue else ""  # a quotation with no verb of saying before it: none to show
            lines.append(f"- {day}[{label(q.article)}]{cue}{relay}: {shown}{also}")
    return lines


def _claim_lines(story: Story, label: Label) -> list[str]:
    claims = [c for c in story.claims if len({s.article for s in c.agree}) > 1 or c.conflict]
    if not claims:
        return []
    lines = ["", "### الأرقام والتواريخ بين المصادر", "", "| ماذا | القيمة | تتفق | تختلف |", "|---|---|---|---|"]
    for c in claims:
        agree = "، ".join(f"{s.text} [{label(s.article)}]" for s in c.agree)
        conflict = "، ".join(f"{s.text} [{label(s.article)}]" for s in c.conflict) or "—"
        lines.append(f"| {c.about} | {claim_value(c)} | {agree} | {conflict} |")
    return lines


def _naming_lines(story: Story, articles: list[Article], label: Label) -> list[str]:
    columns = list(dict.fromkeys(outlet_key(a) for a in articles))
    # a column of an unknown outlet is keyed by its article's id: headed by the article's label
    by_id = {a.id for a in articles}
    headers = [label(c) if c in by_id else c for c in columns]
    verbs = attribution_verbs(story.quotes, articles)
    if not story.naming and not verbs:
        return []
    lines = ["", "### التسميات وأفعال الإسناد حسب المصدر", "", "| | " + " | ".join(headers) + " |",
             "|---" * (len(columns) + 1) + "|"]
    for n in story.naming:
        cells = ["، ".join(n.by_outlet.get(c, ())) or "—" for c in columns]
        lines.append(f"| {n.name} | " + " | ".join(cells) + " |")
    cells = ["، ".join(f"{v} ({k})" for v, k in verbs.get(c, {}).items()) or "—" for c in columns]
    lines.append("| أفعال الإسناد | " + " | ".join(cells) + " |")
    return lines


def _story_lines(number: int, story: Story, by_id: dict[str, Article], label: Label) -> list[str]:
    articles = [by_id[a] for a in story.articles]
    outlets = known_outlets(articles)  # a URL's host stands for an outlet not given
    # "0 منافذ" said nothing: files read without a manifest or URL have no outlet
    sources = count_phrase(len(outlets), "outlet") if outlets else UNKNOWN_OUTLET
    lines = [
        f"## القصة {number}: {story.title}",
        "",
        f"{count_phrase(len(articles), 'article')} · {sources} · {_date_span(articles)}",
        *_update_lines(story, label),
        "",
        "### الملخص",
        "",
    ]
    lines += [summary_line(s, label) for s in story.summary] or ["- (لا ملخص)"]
    lines += _facet_lines(story, label)
    lines += _timeline_lines(story.timeline, story.days or [a.published or "" for a in articles], label)
    lines += _entity_lines(story.entities)
    lines += _quote_lines(story, articles, label)
    lines += _claim_lines(story, label)
    lines += _naming_lines(story, articles, label)
    lines += _quantity_lines(story.quantities, label)
    lines += ["", "### المصادر", "", "| المصدر | المعرّف | التاريخ | العنوان |", "|---|---|---|---|"]
    for a in articles:
        lines.append(f"| {label(a.id)} | {a.id} | {(a.published or '—')[:10]} | {a.title} |")
    return [*lines, ""]


def digest_to_markdown(digest: Digest) -> str:
    """Render ``digest`` as Markdown: stories (summary with citations, sources), shared passages,
    duplicates, and the inputs that could not be used."""
    return "".join(_markdown_chunks(digest))


def write_digest_markdown(digest: Digest, *outs: TextIO) -> None:
    """Write :func:`digest_to_markdown`'s text to each of ``outs``, a story at a time: for 30,000 articles
    the whole text is some 60 million characters, and building it at once cost a third of a GB."""
    for chunk in _markdown_chunks(digest):
        for out in outs:
            out.write(chunk)


def _markdown_chunks(digest: Digest) -> Iterator[str]:
    """The Markdown text in pieces, a story (or a section) each, without trailing blank lines."""
    pending = ""  # blank lines are held back until more text follows them

    def pieces(lines: list[str]) -> Iterator[str]:
        nonlocal pending
        text = "\n".join(lines)
        body = text.rstrip()
        if body:
            yield pending + body
            pending = text[len(body) :] + "\n"
        else:
            pending += text + "\n"

    by_id = {a.id: a for a in digest.articles}
    label = article_labels(digest.articles).__getitem__
    yield from pieces([f"# مرصد: {count_phrase(len(digest.stories), 'story')} من {count_phrase(len(digest.articles), 'article', oblique=True)}", ""])
    for number, story in enumerate(digest.stories, 1):
        yield from pieces(_story_lines(number, story, by_id, label))
    if digest.borrowed:
        lines = ["## مقاطع منقولة بين المقالات", ""]
        for b in digest.borrowed:
            excerpt = b.text if len(b.text) <= 160 else b.text[:157] + "…"
            lines.append(f"- [{label(b.target.article)}] ← [{label(b.source.article)}]: «{excerpt}»")
        yield from pieces([*lines, ""])
    if digest.duplicates:
        lines = ["## مقالات مكررة", ""]
        for g in digest.duplicates:
            kind = "مطابقة" if g.kind == "exact" else "شبه مطابقة"
            lines.append(f"- {kind} ({g.similarity:.2f}): {'، '.join(label(a) for a in g.articles)}")
        yield from pieces([*lines, ""])
    removed = sum(len(a.removed) for a in digest.articles)
    if removed:
        yield from pieces([f"أُزيلت {removed} قطعة من بقايا المواقع (تفاصيلها في --json و--html).", ""])
    yield "\n"
