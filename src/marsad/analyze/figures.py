"""A story's figures as a reader looks them up: each figure once, with every article that gives it.

A story's :attr:`~marsad.model.Story.quantities` are its articles' figures one mention at a time, so a figure
that two outlets give (or that a copy repeats) was listed once for each: a gold report carried by two outlets
in the same words filled the table with twelve figures twice over (SaudiNewsNet 2015-07-23). The briefing, the
HTML report and the story page show one row per figure: the same value in the same unit counting the same
noun, as its articles wrote it, with the articles that give it. The mentions stay in the model and in the
JSON, one by one, each with its span. (The summary's own reading of figures is
:mod:`marsad.summarize.figures`.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.model import Quantity

__all__ = ["FigureRow", "figure_rows"]


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One figure of a story: its ``value``, ``unit`` and ``counted`` noun, how it was written (``texts``, each
    once, first mention first) and every mention (``quantities``, in the story's order)."""

    value: float
    unit: str | None
    counted: str | None
    texts: tuple[str, ...]
    quantities: tuple[Quantity, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        """The ids of the articles that give the figure, each once, first mention first."""
        return tuple(dict.fromkeys(q.article for q in self.quantities))


def figure_rows(quantities: Sequence[Quantity]) -> list[FigureRow]:
    """The rows of ``quantities``: the mentions of one value, unit and counted noun together, in the order of
    their first mention."""
    grouped: dict[tuple[float, str | None, str | None], list[Quantity]] = {}
    for q in quantities:
        grouped.setdefault((q.value, q.unit, q.counted), []).append(q)
    return [
        FigureRow(value, unit, counted, tuple(dict.fromkeys(q.text for q in found)), tuple(found))
        for (value, unit, counted), found in grouped.items()
    ]
