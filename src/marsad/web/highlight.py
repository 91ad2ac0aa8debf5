"""Article text as HTML with spans marked: the one place where the web app writes tags around text.

Article text is untrusted (it comes from web pages). Every piece of text and every attribute value goes
through :func:`markupsafe.escape`; tags and class names are the app's own. Marks may overlap in any way
(a quote holding a name, a cited sentence cutting a quote): marks are nested where they can be and split
into several elements where they cannot, the element id going on the first piece only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

__all__ = ["Insert", "Mark", "marked"]


@dataclass(frozen=True, slots=True)
class Mark:
    """A span ``[start, end)`` of the text to wrap in ``<tag class=...>``.

    ``anchor`` becomes the id of the first element (a link target); ``title`` is a tooltip (escaped);
    ``after`` is markup the app built (a link) placed right after the span's last element. ``rank``
    orders marks that start and end together: the lower, the further out.
    """

    start: int
    end: int
    classes: str
    tag: str = "span"
    title: str | None = None
    anchor: str | None = None
    after: Markup | None = None
    rank: int = 5

    @property
    def key(self) -> tuple[int, int, int]:
        return (self.start, -self.end, self.rank)


@dataclass(frozen=True, slots=True)
class Insert:
    """Markup the app built, placed at ``position`` of the text (residue that cleaning took out there)."""

    position: int
    html: Markup


_TAGS = frozenset({"span", "mark", "q"})


def _open(mark: Mark, first: bool) -> str:
    if mark.tag not in _TAGS:
        raise ValueError(f"tag {mark.tag!r} is not one the highlighter writes")
    attrs = f' class="{escape(mark.classes)}"'
    if first and mark.anchor:
        attrs += f' id="{escape(mark.anchor)}"'
    if mark.title:
        attrs += f' title="{escape(mark.title)}"'
    return f"<{mark.tag}{attrs}>"


def marked(text: str, start: int, end: int, marks: Iterable[Mark], inserts: Sequence[Insert] = ()) -> Markup:
    """``text[start:end]`` escaped, with ``marks`` (clipped to the range) as elements around their spans
    and ``inserts`` at their positions. Empty marks are dropped."""
    clipped = sorted(
        (m for m in marks if max(m.start, start) < min(m.end, end)),
        key=lambda m: m.key,
    )
    inserts = sorted((i for i in inserts if start <= i.position <= end), key=lambda i: i.position)
    bounds = sorted({start, end, *(i.position for i in inserts)}
                    | {max(m.start, start) for m in clipped} | {min(m.end, end) for m in clipped})
    out: list[str] = []
    stack: list[Mark] = []
    at_insert = 0
    for left, right in pairwise(bounds):
        wanted = [m for m in clipped if m.start <= left and m.end >= right]
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        _close(out, stack, keep, left)
        while at_insert < len(inserts) and inserts[at_insert].position <= left:
            out.append(str(inserts[at_insert].html))
            at_insert += 1
        for mark in wanted[keep:]:
            # the id goes on the element that starts where the span starts, never on a later piece
            out.append(_open(mark, left == mark.start))
            stack.append(mark)
        out.append(str(escape(text[left:right])))
    _close(out, stack, 0, end)
    out.extend(str(i.html) for i in inserts[at_insert:])
    return Markup("".join(out))


def _close(out: list[str], stack: list[Mark], keep: int, position: int) -> None:
    """Close the open elements above ``keep``; a mark ending at ``position`` gets its ``after``."""
    while len(stack) > keep:
        mark = stack.pop()
        out.append(f"</{mark.tag}>")
        if mark.after is not None and mark.end <= position:
            out.append(str(mark.after))
