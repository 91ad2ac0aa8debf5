"""Which sentences may be shown in a summary, and which would read badly out of their article.

A summary quotes sentences as published, so a sentence that cannot stand on its own is left out however
central it is: page residue (share bars, "read also" links, embedded tweets), headline-like fragments,
very short sentences and questions. :func:`unfit_reason` says why, in a short stable code, so the
decision can be shown and tested.

A sentence whose speaker is only implied (``وأضاف أن ...``, ``من جانبه ...``) is fit but reads worse out
of context; :func:`needs_context` flags it, and the scorer ranks it lower rather than dropping it, since
such sentences often carry the quote that matters.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.text import normalize_key, word_keys

__all__ = ["MIN_WORDS", "needs_context", "unfit_reason"]

MIN_WORDS = 6  # shorter sentences in the demo corpus and MultiLing are datelines, captions and counters
# A sentence without final punctuation is a headline, subheading or caption unless it is this long:
# outlets drop the period at the end of paragraphs, but the headlines of the corpora we read stay under
# 15 words (the same calibration as marsad.text.sentences for broken lines).
_LONG_UNPUNCTUATED = 15
_FINAL = frozenset(".!…")
_QUESTION = frozenset("?؟")
_CLOSERS = "\"'”’»)]}›"
# A line opening with one of these is a list item, a byline dash or an embed credit, not prose.
_RESIDUE_OPENERS = frozenset("•·▪●◦-–—*|>#")

# Phrases that only page furniture contains, as keys (matched anywhere in the sentence key). Source: the
# residue of the demo corpus (gold file ``boilerplate``) and the share/related-link bars of Arabic news
# sites seen in SaudiNewsNet and the HTML test pages.
_RESIDUE_PHRASES = tuple(
    normalize_key(p)
    for p in (
        "اقرأ أيضا", "اقرأ أيضاً", "اقرأ المزيد", "شاهد أيضا", "شاهد أيضاً", "اخترنا لك", "مواضيع ذات صلة",
        "أخبار ذات صلة", "تابعونا على", "للاشتراك في", "جميع الحقوق محفوظة", "حقوق النشر", "مشاركة :",
        "news-picture", "http", "www.", "@",
    )
)

# Words that open a dependent clause or the second half of a question, so a "sentence" opening with one
# is the tail of the previous sentence (split off by a quote or a line break). Source: MSA relative
# pronouns and subordinators (حيث، مما، الذي ...) and the alternative-question particle أم, as they open
# split-off fragments in SaudiNewsNet.
_CONTINUATIONS = frozenset(
    normalize_key(w)
    for w in ("حيث", "مما", "أم", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "والذي", "والتي", "والذين")
)

# Reporting verbs and discourse openers that lean on the previous sentence for their subject when they
# are followed directly by a complementizer, a colon or a quote (``وأضاف أن``, ``وأشار إلى أن``), and
# openers that name the speaker only by pronoun (``من جانبه``). Source: the attribution patterns of the
# demo corpus and MultiLing Arabic, checked against the reporting verbs listed in Arabic journalism style
# guides (قال، أضاف، أكد، أوضح، أشار، لفت، تابع، شدد، اعتبر، ختم).
_REPORTING_VERBS = frozenset(
    normalize_key(w)
    for w in (
        "قال", "وقال", "فقال", "أضاف", "وأضاف", "أكد", "وأكد", "أوضح", "وأوضح", "أشار", "وأشار", "لفت",
        "ولفت", "تابع", "وتابع", "شدد", "وشدد", "اعتبر", "واعتبر", "ختم", "وختم", "مضيفا", "مضيفاً",
        "مشيرا", "مشيراً", "موضحا", "موضحاً", "مؤكدا", "مؤكداً", "قالت", "وقالت", "أضافت", "وأضافت",
        "أكدت", "وأكدت", "أوضحت", "وأوضحت", "أشارت", "وأشارت", "لفتت", "ولفتت", "تابعت", "وتابعت",
    )
)
_SUBJECTLESS_NEXT = frozenset(normalize_key(w) for w in ("أن", "إن", "أنه", "إنه", "أنها", "إنها", "إلى", "بالقول"))
_ALSO = normalize_key("كما")
_PRONOUN_OPENERS = tuple(normalize_key(p) for p in ("من جانبه", "من جهته", "من جانبها", "من جهتها"))


@lru_cache(maxsize=1 << 15)  # asked for the same sentences by the title and by the summary
def unfit_reason(text: str) -> str | None:
    """Why the sentence ``text`` (as published) cannot be quoted in a summary, or ``None`` if it can.

    Codes: ``residue`` (page furniture, a list item, an embed), ``short`` (fewer than :data:`MIN_WORDS`
    whitespace words), ``fragment`` (opens with a word that continues the previous sentence: حيث، مما،
    أم ...), ``question``, ``headline`` (no final punctuation and shorter than a wrapped sentence would
    be). Checked in that order, so the code is the most specific one.
    """
    stripped = text.strip()
    if not stripped:
        return "short"
    key = normalize_key(stripped)
    if stripped[0] in _RESIDUE_OPENERS or any(p in key for p in _RESIDUE_PHRASES) or _mostly_not_arabic(stripped):
        return "residue"
    n_words = len(stripped.split())
    if n_words < MIN_WORDS:
        return "short"
    if set(word_keys(key)[:1]) & _CONTINUATIONS:
        return "fragment"
    tail = stripped.rstrip(_CLOSERS + " ")
    # a question inside a closing quote may still take the period: ؟». ends a question too
    if stripped.rstrip(_CLOSERS + " .")[-1:] in _QUESTION:
        return "question"
    if (not tail or tail[-1] not in _FINAL) and n_words < _LONG_UNPUNCTUATED:
        return "headline"
    return None


def needs_context(text: str) -> bool:
    """True when the sentence's speaker is only implied by the sentence before it.

    ``وأضاف أن "..."`` and ``من جانبه، أثنى ...`` need their article to say who speaks; ``وأضاف الخفاجي
    أن ...`` names the speaker and does not.
    """
    key = normalize_key(text.strip())
    if key.startswith(_PRONOUN_OPENERS):
        return True
    words = word_keys(key)
    if words[:1] == [_ALSO]:  # كما أكد أن ...
        key, words = key[key.find(_ALSO) + len(_ALSO) :].lstrip(), words[1:]
    if len(words) < 2 or words[0] not in _REPORTING_VERBS:
        return False
    after_verb = key[key.find(words[0]) + len(words[0]) :].lstrip()
    return words[1] in _SUBJECTLESS_NEXT or after_verb[:1] in {":", '"'}


def _mostly_not_arabic(text: str) -> bool:
    """True when fewer than half the letters are Arabic: embedded tweets, English credits, dates."""
    letters = len(_LETTER_RE.findall(text))
    if not letters:
        return True
    return len(_ARABIC_LETTER_RE.findall(text)) * 2 < letters


# Letters counted by the regex engine, not per character in Python: [^\W\d_] is what str.isalpha()
# accepts, plus the rare numeric symbols outside \d (² ½ ৴), which a news sentence hardly holds.
_LETTER_RE = re.compile(r"[^\W\d_]")
_ARABIC_LETTER_RE = re.compile(r"(?=[^\W\d_])[\u0600-\u06ff\u0750-\u077f]")
