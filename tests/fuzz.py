"""Hypothesis strategies for the fuzz tests (tests/*/test_fuzz_*.py): text that looks like Arabic news
and text that does not, bytes in broken encodings. Shared by the test folders (conftest files are not
importable under ``--import-mode=importlib``); the budget is set by the profile in tests/conftest.py."""

from __future__ import annotations

import codecs
import itertools
from pathlib import Path

from hypothesis import strategies as st

DEMO = Path(__file__).resolve().parents[1] / "examples" / "iraq-2021"

# Real words of the demo articles, so that generated text reaches the rules that fire on news prose.
WORDS = sorted({w for p in DEMO.glob("*.txt") for w in p.read_text(encoding="utf-8").split()})

# Characters that matter to the text stages: Arabic letters and marks, both digit sets, separators,
# quotation marks of every kind, bidi and zero-width controls, a little Latin, emoji, and white space.
ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى" "ًٌٍَُِّْـ" "٠١٢٣٤٥٦٧٨٩0123456789" "٫٬،؛؟.,:;!?%٪"
    "«»\"'“”‘’()[]-–—/" "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202e\u2066\u2069\ufeff"
    "abcXYZ éß" "👍🇮🇶" " \t\n\r\u00a0\u2028"
)

chars = st.text(alphabet=ALPHABET, max_size=300)
news = st.lists(st.sampled_from([*WORDS, "\n", "\n\n", ".", "،", "«", "»", ":", "قال", "أمس", "2021"]), max_size=120).map(
    " ".join
)
# anything at all, including lone surrogates and every plane
anything = st.text(max_size=200)
texts = st.one_of(news, chars, anything, st.tuples(news, chars).map("".join))


@st.composite
def encoded(draw: st.DrawFn) -> bytes:
    """Text as bytes in a real or broken encoding: UTF-8 (cut anywhere), UTF-16 with and without a mark,
    windows-1256 and ISO-8859-6 (what they can encode), with bytes flipped or dropped; or raw bytes."""
    text = draw(st.one_of(news, chars))
    codec = draw(st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-16-be", "cp1256", "iso8859_6", "raw"]))
    if codec == "raw":
        return draw(st.binary(max_size=400))
    data = codecs.encode(text, codec, errors="ignore") if codec in ("cp1256", "iso8859_6") else text.encode(codec, "surrogatepass")
    damage = draw(st.sampled_from(["none", "cut", "flip", "insert"]))
    if damage == "cut" and data:
        data = data[: draw(st.integers(0, len(data)))]
    elif damage == "flip" and data:
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1 :]
    elif damage == "insert":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    return data


def spans_inside(spans: list[tuple[int, int]], length: int, *, ordered: bool = True, disjoint: bool = True) -> bool:
    """Every span lies inside a text of ``length`` and is not reversed; in order and not overlapping when asked."""
    if any(not 0 <= s <= e <= length for s, e in spans):
        return False
    if ordered and any(a[0] > b[0] for a, b in itertools.pairwise(spans)):
        return False
    return not disjoint or all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
