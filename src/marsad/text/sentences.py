"""Sentence boundaries in Arabic news text, as character spans.

Rules, in the order they apply:

* a blank line always ends a sentence; a single line break ends one unless the line was broken in the
  middle of a sentence (:func:`is_broken_line`), which pages do when they wrap text or split a paragraph
  around an embed;
* a headline (a line with no final punctuation) is a sentence of its own;
* ``. ! ? ؟`` end a sentence when white space or the end follows, after any closing quotes or
  brackets (``قال: "...انتهى".`` keeps its closing marks);
* the Arabic comma ``،`` and semicolon ``؛`` never end a sentence (pyarabic's ``sentence_tokenize`` splits
  on them and stops after 32 splits, which is why this is written here);
* a period inside a number (``2.5``) or after an abbreviation (``د.``، ``م.``، ``U.S.``) does not end one,
  nor do the runs of two or more dots that Arabic headlines use as a dash (``الحوار.. وهذه نتائجه``).
"""

from __future__ import annotations

import re

from marsad.lang.ar import function_words, names

from .normalize import normalize_key

__all__ = ["CLAUSE_MARKS", "TERMINALS", "dateline_end", "is_broken_line", "split_sentences"]

TERMINALS = frozenset(".!?؟")
# Marks that end a clause inside a sentence (Arabic and Latin comma and semicolon): a sentence never opens on one.
CLAUSE_MARKS = frozenset("،,؛;")
_CLOSERS = frozenset("\"'”’»)]}›")

# Abbreviations that end with a period, as keys. Arabic: د. (doctor), أ. (professor), م. (year AD or
# engineer), ه./هـ. (Hijri year), ق.م (BC), ص.ب (PO box), ج.م.ع (Egypt); the usual Latin ones seen in
# Arabic pages quoting English names. Any single letter followed by a period is treated as an initial.
_ABBREVIATIONS = frozenset(
    normalize_key(a)
    for a in ("د", "ا", "أ", "م", "ه", "هـ", "ق", "ص", "ب", "ج", "ع", "ت", "ش",
              "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "Gen", "No", "vs", "etc", "U.S", "U.N", "U.K")
)

_CANNOT_END = frozenset(normalize_key(w) for w in function_words.CANNOT_END_SENTENCE)
_LONG_LINE_WORDS = 15  # headlines in the corpora we read stay under this; a longer unpunctuated line wrapped

_SPACE_RE = re.compile(r"\s")
# A letter, or letters each followed by a period (``أ.د.`` professor doctor, ``ج.م.ع.``, ``U.S.``): initials. And
# Latin letters spelt out in Arabic, two or more joined by periods (not a web address's) (``رقم (إم.إتش. 370)``، ``بي.بي.سي.``): the period
# after the last ended the sentence inside the flight's number (SaudiNewsNet 2015-08-02).
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]\.?|(?:[\u0621-\u064a]{1,4}\.)+[\u0621-\u064a]{1,4}")
_TERMINAL_RE = re.compile("[" + re.escape("".join(sorted(TERMINALS))) + "]")


def is_broken_line(line: str, next_line: str) -> bool:
    """True when ``line`` (followed by ``next_line`` after one line break) was broken mid-sentence.

    A line that ends with final punctuation is complete. One that ends with a comma, a hyphen or a word
    that cannot end a sentence (``في``، ``على``، ``التي`` ...) continues on the next line; so does a long
    line with no final punctuation, since headlines are short. A next line that opens with a bullet is a
    new item.
    """
    current, following = line.strip(), next_line.strip()
    if not current or not following:
        return False
    if following[0] in "•·▪●◦-–—*" or (following[0].isdigit() and len(following) < 4):
        return False
    tail = current.rstrip("".join(_CLOSERS))
    if tail and tail[-1] in TERMINALS | {":", "…"}:
        return False
    if current[-1] in ",،;؛-–":
        return True
    words = current.split()
    if normalize_key(words[-1]) in _CANNOT_END:
        return True
    return len(words) >= _LONG_LINE_WORDS


def _blocks(text: str) -> list[tuple[int, int]]:
    """Runs of lines that belong together: split at blank lines and at line breaks that end a line."""
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, offset + len(line)))
        offset += len(line) + 1
    blocks: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    previous = ""
    for start, end in lines:
        line = text[start:end]
        if not line.strip():
            if current:
                blocks.append(current)
            current, previous = None, ""
            continue
        if current and is_broken_line(previous, line):
            current = (current[0], end)
        else:
            if current:
                blocks.append(current)
            current = (start, end)
        previous = line
    if current:
        blocks.append(current)
    return blocks


def _ends_sentence(text: str, i: int, n: int) -> int | None:
    """If the terminal mark at ``text[i]`` ends a sentence that cannot run past ``n``, return the
    sentence end offset."""
    ch = text[i]
    j = i + 1
    if ch == ".":
        if (j < n and text[j] == ".") or (i > 0 and text[i - 1] == "."):
            return None  # ".." or "..." used as a dash
        k = i
        while k > 0 and not _SPACE_RE.match(text[k - 1]) and text[k - 1] not in "\"'«“(":
            k -= 1
        before = text[k:i]
        if before and (normalize_key(before) in _ABBREVIATIONS or _INITIALS.fullmatch(before)):
            return None
    while j < n and (text[j] in TERMINALS or text[j] in _CLOSERS):
        j += 1
    if j < n and not _SPACE_RE.match(text[j]):
        return None  # 2.5, U.S.A, "؟!" followed by more text without space
    if ch != "." and j > i + 1 and _quoted_title(text, i, j, n):
        return None
    return j


# The most words a quoted title holds (``ندوة بعنوان «قدما إلى الماضي: نحو حرب باردة عالمية جديدة؟» من نشوب``).
_TITLE_WORDS = 12
_OPENERS = {"»": "«", "”": "“", '"': '"'}


def _quoted_title(text: str, i: int, j: int, n: int) -> bool:
    """Whether the question or exclamation mark at ``i`` (a full stop ends a quoted statement: ``إن "...
    طلبا." وأضاف``), closed by a quotation mark before ``j``, ends a short quotation opened in the middle of a
    sentence (after a word, not after a colon or a stop) that the sentence goes on after:
    a title that asks or exclaims (SaudiNewsNet 2015-07-27: a summary opened on ``من نشوب حروب باردة``)."""
    closer = next((c for c in text[i + 1 : j] if c in _OPENERS), None)
    if closer is None:
        return False
    opener = text.rfind(_OPENERS[closer], max(0, i - 200), i)
    if opener < 0 or len(text[opener + 1 : i].split()) > _TITLE_WORDS:
        return False
    before = text[:opener].rstrip()
    if not before or not before[-1].isalpha():
        return False  # ``قال: «...؟»``، a quotation opening the sentence: its mark may end it
    after = text[j:n].lstrip()
    return bool(after) and after[0].isalpha()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, trimmed of surrounding white space.

    >>> t = "قال إن القوات ستبقى. وأضاف: \\"نحو 2.5 ألف جندي\\".\\nعنوان بلا نقطة"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['قال إن القوات ستبقى.', 'وأضاف: "نحو 2.5 ألف جندي".', 'عنوان بلا نقطة']
    """
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _blocks(text):
        start = block_start
        # the marks found by the regex engine: a loop over every character (with a copy of the text up
        # to the block's end at each mark) was a third of the time of cleaning an article
        for mark in _TERMINAL_RE.finditer(text, block_start, block_end):
            i = mark.start()
            if i < start:  # taken into the sentence just ended (its closing marks)
                continue
            end = _ends_sentence(text, i, block_end)
            if end is not None:
                spans.append((start, end))
                start = end
        if start < block_end:
            spans.append((start, block_end))
    return [trimmed for s, e in spans if (trimmed := _trim(text, s, e))]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


# A dateline run into the first sentence: up to three short segments (a byline, the outlet, the place)
# joined by dashes and closed by a colon (``سبق- الرياض: أعلنت ...``، ``مهنا التميمي- سبق- القريات:``،
# ``القاهرة - أ ش أ:``). SaudiNewsNet's sabq opens 1,295 of its 1,411 reports so.
# The dash may be a tatweel set apart by a space (``سبق ـ أبها:``، ``لندن ـ «القدس العربي»:``): a tatweel inside
# a word (``بـ``) is no dash.
_DASH = r"(?:\s*[-–—]|\s+ـ)"
_SEGMENT = r"[^\s:.،؟!\-–—]+(?:\s+[^\s:.،؟!\-–—]+){0,2}"
_DATELINE = re.compile(rf"\s*(?:{_SEGMENT}{_DASH}\s*){{1,3}}{_SEGMENT}\s*:\s*")
_DATELINE_CHARS = 45  # ``مهنا التميمي- سبق- القريات:`` is 28; a clause between dashes runs longer
_CLAUSE_WRITTEN = (*function_words.VERBAL_NOUN_PREPOSITIONS.split(), *function_words.COMPLEMENTIZERS.split())
_CLAUSE_WORDS = frozenset(normalize_key(w) for w in _CLAUSE_WRITTEN)
# Those written with a final ى, whose key is a name's when written with ي: ``على`` and the byline's ``علي``
# (``أحمد علي- سبق- القاهرة:``, SaudiNewsNet 2015-07-21: the summary opened on the byline)
_CLAUSE_WORDS_IN_YA = frozenset(normalize_key(w) for w in _CLAUSE_WRITTEN if w.endswith("ى"))


# A wire dateline closed by a dash rather than a colon: a place, maybe its region or country after a comma,
# maybe the agency or paper in brackets, then one or two dashes (``القاهرة - أعلنت ...``، ``بيروت (أ ف ب) -``،
# ``لندن - «الحياة» -``، ``لندن ، انكلترا -- للمرة الثانية ...``: MultiLing's reports open so). A dash follows
# many an opening that is no dateline (``أعلنت الوزارة - في بيان - أن``), so the place must be a listed one, or
# the dashes two (``--``, the wire's own mark: ``ميدو ليك، ساسكاتشوان --``). SaudiNewsNet's outlets close
# theirs with a colon: on 2015-08-01 this form is found in 1 first sentence of 1,285.
_PLACE = r"[^\s:.،,؟!()\-–—]+(?:\s+[^\s:.،,؟!()\-–—]+){0,2}"
_SOURCE = r"(?:\([^()]{1,20}\)|«[^«»]{1,20}»)"  # ``(أ ف ب)``، ``«الحياة»``
_WIRE_DASH = r"(?:[-–—]{1,2}|(?<=\s)ـ)"  # one or two dashes, or a tatweel set apart (``القاهرة ـ``)
_WIRE_DATELINE = re.compile(
    rf"\s*(?P<place>{_PLACE})(?:\s*[،,]\s*{_PLACE})?\s*(?:{_SOURCE}\s*)?(?P<dash>{_WIRE_DASH})\s*"
    rf"(?:{_SOURCE}\s*{_WIRE_DASH}\s*)?(?=\S)"
)
_PLACE_KEYS = frozenset(normalize_key(n) for n in (*names.COUNTRIES, *names.CITIES, *names.REGIONS))


def dateline_end(sentence: str) -> int:
    """Where the sentence starts after a dateline run into it (see above), or 0 when it holds none. A
    clause set off by dashes (``أعلنت الوزارة - في بيان - أن ...:``) is not one: it is longer, or holds a
    preposition or ``أن``.

    >>> s = "سبق- الرياض: أعلنت هيئة السوق المالية رفع تعليق تداول السهم."
    >>> s[dateline_end(s):]
    'أعلنت هيئة السوق المالية رفع تعليق تداول السهم.'
    """
    m = _DATELINE.match(sentence)
    if m is not None and m.end() <= _DATELINE_CHARS:
        if any(
            (key := normalize_key(w)) in _CLAUSE_WORDS and not (w.endswith("ي") and key in _CLAUSE_WORDS_IN_YA)
            for w in re.findall(r"[^\s:\-–—]+", m.group())
        ):
            return 0
        return m.end()
    m = _WIRE_DATELINE.match(sentence)
    if m is None or m.end() > _DATELINE_CHARS:
        return 0
    if m.group("dash") == "--" or normalize_key(m.group("place")) in _PLACE_KEYS:
        return m.end()
    return 0
