"""Arabic affixes: the proclitics (conjunctions, prepositions, the article) that stick to a word's front,
and the suffixes taken off for light stems and adjective bases.

Plain strings; :mod:`marsad.text.tokenize` and the stages that strip affixes build their splitters from
these tables.
"""

from __future__ import annotations

TIME_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "لل", "و", "ف", "ب", "ل", "ك")


ARTICLE_PROCLITICS = ("وال", "بال", "لل", "فال", "ال", "و", "ب", "ل")

NISBA_ENDINGS = ("يين", "يون", "يه", "ين", "ون")


ARTICLE_PREFIXES = ("وال", "بال", "لل", "ال", "و")
