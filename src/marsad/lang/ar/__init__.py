"""Arabic: every word list marsad reads, and the wording of counts, in one package (as spaCy keeps
``lang/ar``). A second copy of a list anywhere else in ``src/`` fails ``tests/lang/test_one_home.py``.

* :mod:`.function_words` — stop words and the closed-class words each stage tests for;
* :mod:`.reporting` — reporting verbs with their inflections, and the vocabulary of attribution;
* :mod:`.names` — countries, cities, organizations, outlets, given names, titles, offices, ranks,
  honorifics, nationalities;
* :mod:`.time` — weekdays, months of every system (Egyptian/Gulf, Levantine, Maghrebi, Algerian-Tunisian,
  Hijri), ordinals, clock words, units of time, relative days, time cues;
* :mod:`.numbers` — number words (units, tens, hundreds, scales, fractions);
* :mod:`.quantities` — currencies, counted nouns, identifier nouns;
* :mod:`.morphology` — proclitics and suffixes;
* :mod:`.residue` — the phrases of page furniture;
* :mod:`.counts` — :func:`count_phrase`, a number with its noun in the right form.

Tables are written as published; stages key them (:func:`marsad.text.normalize_key`) where they match.
This package imports nothing from the stages; :mod:`.time` keys its tables with :mod:`marsad.text`.
"""

from .counts import count_phrase

__all__ = ["count_phrase"]
