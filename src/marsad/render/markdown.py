"""The digest as Markdown: what ``marsad digest`` prints, readable in a terminal and in any viewer.

Headings are Arabic because the content is; article ids in brackets (``[000]``) are the citations, and
the sources table at the end of each story maps them to outlets and dates.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Article, Citation, Digest, Entity, Quantity, Story, TimelineEntry

__all__ = ["ENTITY_TYPE_LABELS", "digest_to_markdown", "format_value"]

ENTITY_TYPE_LABELS = {"PER": "أشخاص", "ORG": "منظمات وهيئات", "LOC": "أماكن", "MISC": "أخرى"}
_ENTITIES_PER_TYPE = 12  # the terminal briefing lists the most mentioned; --json and --html list all


def _cite_label(cites: Iterable[Citation]) -> str:
    ids = list(dict.fromkeys(c.article for c in cites))
    if not ids:
        return ""
    own, others = ids[0], ids[1:]
    return f"[{own}]" + (f" (وكذلك {'، '.join(others)})" if others else "")


def _date_span(articles: list[Article]) -> str:
    dates = sorted(a.published[:10] for a in articles if a.published)
    if not dates:
        return "تاريخ غير معروف"
    return dates[0] if dates[0] == dates[-1] else f"{dates[0]} ← {dates[-1]}"


def _entity_line(entity: Entity) -> str:
    line = f"- {entity.name}"
    if entity.roles:
        line += f" — {entity.roles[0].rstrip('، ')}"
    line += f" · ذُكر {len(entity.mentions)} مرة"
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


def format_value(value: float) -> str:
    """``2500.0`` -> ``2,500``; ``2.5`` -> ``2.5``."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0")


def _timeline_lines(entries: Iterable[TimelineEntry]) -> list[str]:
    entries = list(entries)
    if not entries:
        return []
    lines = ["", "### التسلسل الزمني", ""]
    for e in entries:
        lines.append(f"- **{e.date}** — {e.text} {_cite_label(e.cites)}")
    return lines


def _quantity_lines(quantities: Iterable[Quantity]) -> list[str]:
    quantities = list(quantities)
    if not quantities:
        return []
    lines = ["", "### الأرقام", "", "| القيمة | ماذا | كما وردت | المقال |", "|---|---|---|---|"]
    for q in quantities:
        value = format_value(q.value) + (f" {q.unit}" if q.unit else "")
        lines.append(f"| {value} | {q.counted or '—'} | {q.text} | {q.article} |")
    return lines


def _story_lines(number: int, story: Story, by_id: dict[str, Article]) -> list[str]:
    articles = [by_id[a] for a in story.articles]
    outlets = sorted({a.outlet for a in articles if a.outlet})
    lines = [
        f"## القصة {number}: {story.title}",
        "",
        f"{len(articles)} مقالات · {len(outlets)} منافذ · {_date_span(articles)}",
        "",
        "### الملخص",
        "",
    ]
    lines += [f"- {s.text} {_cite_label(s.cites)}" for s in story.summary] or ["- (لا ملخص)"]
    lines += _timeline_lines(story.timeline)
    lines += _entity_lines(story.entities)
    lines += _quantity_lines(story.quantities)
    lines += ["", "### المصادر", "", "| المعرّف | المنفذ | التاريخ | العنوان |", "|---|---|---|---|"]
    for a in articles:
        lines.append(f"| {a.id} | {a.outlet or '—'} | {(a.published or '—')[:10]} | {a.title} |")
    return [*lines, ""]


def digest_to_markdown(digest: Digest) -> str:
    """Render ``digest`` as Markdown: stories (summary with citations, sources), shared passages,
    duplicates, and the inputs that could not be used."""
    by_id = {a.id: a for a in digest.articles}
    lines = [
        f"# مرصد: {len(digest.stories)} قصص من {len(digest.articles)} مقالات",
        "",
    ]
    for number, story in enumerate(digest.stories, 1):
        lines += _story_lines(number, story, by_id)
    if digest.borrowed:
        lines += ["## مقاطع منقولة بين المقالات", ""]
        for b in digest.borrowed:
            excerpt = b.text if len(b.text) <= 160 else b.text[:157] + "…"
            lines.append(f"- [{b.target.article}] ← [{b.source.article}]: «{excerpt}»")
        lines.append("")
    if digest.duplicates:
        lines += ["## مقالات مكررة", ""]
        for g in digest.duplicates:
            kind = "مطابقة" if g.kind == "exact" else "شبه مطابقة"
            lines.append(f"- {kind} ({g.similarity:.2f}): {'، '.join(g.articles)}")
        lines.append("")
    removed = sum(len(a.removed) for a in digest.articles)
    if removed:
        lines += [f"أُزيلت {removed} قطعة من بقايا المواقع (تفاصيلها في --json و--html).", ""]
    return "\n".join(lines).rstrip() + "\n"
