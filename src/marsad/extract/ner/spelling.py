"""Spelling closeness of Arabic name keys: dotting slips, long-vowel letters, edit distance.

Outlets spell the same name differently in ways a key (:func:`marsad.text.normalize_key`) does not fold:
a long vowel written or not (``ماكنزي``/``ماكينزي``، ``أسوشيتد``/``أسوشيتيد``، ``الأمريكية``/``الأميركية``), and
typing slips, the commonest of which drop or add a letter's dots (``أفعانستان`` for ``أفغانستان``). The
*rasm* — the letters without their dots — is the same for a dotting slip.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["MAX_LENGTH_GAP", "name_distance", "rasm", "similar_words", "spelled_one_way"]

# Letter shapes that differ only by dots (Unicode Arabic block; the rasm of classical orthography).
_RASM = str.maketrans(
    {"ت": "ب", "ث": "ب", "ن": "ب", "ي": "ب", "خ": "ح", "ج": "ح", "ذ": "د", "ز": "ر", "ش": "س", "ض": "ص",
     "ظ": "ط", "غ": "ع", "ق": "ف"}
)
_VOWEL_LETTERS = frozenset("اوي")
# Letters that stand for one foreign sound, as different outlets transliterate it: t and d (``دمرتاش``،
# ``دمرداش``، ``دمرطاش``: Demirtaş), s and z (``رامسفيلد``/``رامزفيلد``), a hard g (``الكونغرس``/``الكونجرس``،
# ``بوينغ``/``بوينج``). Swapping one for another costs what a dotting slip costs (a name's first letter must
# still be the same: :func:`similar_words`).
_SOUND = str.maketrans({"ط": "ت", "د": "ت", "ص": "س", "ز": "س", "ق": "ك", "غ": "ك", "ج": "ك"})

# The edit distance allowed between two spellings of a name word, by the letters of the shorter (its
# article ال not counted): (at least this many letters, distance), longest first.
_ALLOWED = ((11, 2.0), (8, 1.0), (5, 0.5))
# the cheapest edit (a long vowel's letter in or out), so that words whose lengths differ by more than
# the largest allowed distance over it are never similar
_CHEAPEST_EDIT = 0.5
MAX_LENGTH_GAP = int(max(cost for _, cost in _ALLOWED) / _CHEAPEST_EDIT)


def rasm(key: str) -> str:
    """The undotted skeleton of a key: ``rasm("افغانستان") == rasm("افعانستان")``."""
    return key.translate(_RASM)


def name_distance(a: str, b: str) -> float:
    """Weighted edit distance between two word keys: inserting or deleting a long-vowel letter
    (ا و ي), swapping two letters of the same rasm or of one foreign sound (:data:`_SOUND`), or a long-vowel
    letter and the letter beside it trading places (``أوغلو``/``أغولو``: Oğlu, the vowel written before or after
    the g) costs 0.5, any other edit 1 (two other neighbours trading places too)."""
    return _distance(a, b, float("inf"))


def _distance(a: str, b: str, limit: float) -> float:
    """:func:`name_distance`, or any value above ``limit`` as soon as the distance must exceed it (every
    edit path crosses each row of the table or, trading two letters, one of two rows in a row; no edit costs
    less than nothing)."""
    skeleton_b, sound_b = rasm(b), b.translate(_SOUND)
    before: list[float] | None = None
    prev = [j * 1.0 for j in range(len(b) + 1)]
    for i, (ca, ra, sa) in enumerate(zip(a, rasm(a), a.translate(_SOUND), strict=True), 1):
        cur = [float(i)]
        dele = 0.5 if ca in _VOWEL_LETTERS else 1.0
        for j, (cb, rb, sb) in enumerate(zip(b, skeleton_b, sound_b, strict=True), 1):
            sub = 0.0 if ca == cb else (0.5 if ra == rb or sa == sb else 1.0)
            ins = 0.5 if cb in _VOWEL_LETTERS else 1.0
            best = min(prev[j - 1] + sub, prev[j] + dele, cur[j - 1] + ins)
            if before is not None and j > 1 and ca != cb and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, before[j - 2] + (0.5 if ca in _VOWEL_LETTERS or cb in _VOWEL_LETTERS else 1.0))
            cur.append(best)
        if min(cur) > limit and min(prev) > limit:
            return cur[-1] if i == len(a) else limit + 1.0
        before, prev = prev, cur
    return prev[-1]


def similar_words(a: str, b: str) -> bool:
    """Whether two word keys are spellings of one name.

    Length-aware: short words must be equal (``حسن``/``حسين`` are two names); from 5 letters one cheap
    edit (a long vowel, a dotting slip) is allowed, from 8 letters one full edit, from 11 letters two.
    The article ``ال`` does not count towards the length (``الحسن``/``الحسين`` are two names too). Both
    words must start with the same letter.
    """
    if a == b:
        return True
    if not a or not b or a[0] != b[0]:
        return False
    # the length tests first (most pairs fail them), then the edit distance, memoized: the answer is the
    # same either way round, and a story's entity resolution asks it of the same word pairs millions of
    # times (every name's words against every longer name's), and again each time the story is read
    # after it grew
    limit = _allowed(min(_letters(a), _letters(b)))
    if limit == 0 or abs(len(a) - len(b)) > limit / _CHEAPEST_EDIT:
        return False
    return _within(a, b, limit) if a < b else _within(b, a, limit)


def spelled_one_way(word: str) -> bool:
    """Whether ``word`` is too short to have other spellings: :func:`similar_words` holds for it and
    another word only when they are equal."""
    return _letters(word) < _ALLOWED[-1][0]


def _allowed(letters: int) -> float:
    """The distance allowed between two words whose shorter has ``letters`` letters (:data:`_ALLOWED`)."""
    for least, cost in _ALLOWED:
        if letters >= least:
            return cost
    return 0.0


def _letters(word: str) -> int:
    """The letters of a word key that count for its allowed distance: the article ال left out."""
    return len(word) - 2 if word.startswith("ال") else len(word)


@lru_cache(maxsize=1 << 16)
def _within(a: str, b: str, limit: float) -> bool:
    return _distance(a, b, limit) <= limit
