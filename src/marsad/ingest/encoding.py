"""Turn the bytes of an input into text, and say which encoding they were in.

The cascade, each step only when the ones before did not settle it:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides;
2. UTF-16 without a mark, when the byte pattern shows it (:func:`_utf16_without_bom`);
3. any other NUL byte means a binary file;
4. strict UTF-8 — Arabic in an 8-bit code page never passes it, because its letters are bytes
   0xC1–0xFE followed by more such bytes, where UTF-8 needs continuation bytes 0x80–0xBF; a file that
   is UTF-8 except for a handful of bad bytes keeps UTF-8 with those bytes replaced by U+FFFD;
5. the charset the transport declares (an HTTP ``Content-Type``, for pages fetched by ``marsad watch``),
   then the one the markup declares (``<meta charset>``, ``<?xml encoding?>``): each if Python knows it,
   it decodes the bytes strictly and the result reads as text — a server that labels every page
   ISO-8859-1 whatever it holds is common, and its wrong label is passed over this way;
6. charset-normalizer, limited to the legacy Arabic code pages (windows-1256, ISO-8859-6); each of its
   proposals is decoded again here and kept only if it reads as text (:func:`_reads_as_text`).

windows-1256 and ISO-8859-6 place the Arabic letters differently, so reading one as the other gives
text that is still "Arabic letters" but wrong. They are told apart by what the wrong reading produces:
windows-1256 text read as ISO-8859-6 fails outright (ف ق ك غ are bytes ISO-8859-6 leaves undefined);
ISO-8859-6 text read as windows-1256 mixes Latin letters (à â ç è é) into Arabic words and loses the
definite article ``ال``. Both are checked, on top of charset-normalizer's own ranking.

Guarantee: for every :class:`Decoded` without repairs, ``data.decode(result.encoding) == result.text``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from marsad.lang.ar import morphology

__all__ = ["Decoded", "NotText", "declared_charset", "decode"]


class NotText(ValueError):
    """The bytes are not text marsad can read; the message says why, in a few words."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes.

    ``encoding`` is a codec label Python accepts; ``method`` is how it was chosen: ``bom``, ``utf-8``,
    ``declared`` (by the markup) or ``detected``. ``replaced`` counts bytes that were not valid UTF-8
    and became U+FFFD; ``cut_off`` is true when the bytes stopped in the middle of a character (that
    partial character is left out), which is what a file cut short looks like.
    """

    text: str
    encoding: str
    method: str
    replaced: int = 0
    cut_off: bool = False


# Byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one. Each codec named
# here consumes its own mark, so decoding the bytes with it gives the text without the mark.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# The code pages Arabic text is found in besides Unicode, as Python codec names, and the labels we
# report (the WHATWG encoding names, which Python also accepts). Sources: the WHATWG Encoding Standard's
# list of legacy single-byte encodings for Arabic; DOS Arabic (cp720/cp864) is left out, not seen in news.
_LEGACY_ARABIC = ("cp1256", "iso8859_6")  # spelled as charset-normalizer names them
_LABELS: dict[str, str] = {
    "cp1256": "windows-1256",
    "iso8859-6": "iso-8859-6",
    "cp1252": "windows-1252",
    "iso8859-1": "iso-8859-1",
}

# Where a declared charset is looked for: the first bytes of the file, as the HTML standard's prescan
# does (it reads 1024 bytes; pages with long <head> comments push the meta further, hence more).
_PRESCAN_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.IGNORECASE)

# Thresholds, calibrated on the five demo articles and the CNN gold text, each encoded both ways and
# read back all four ways (windows-1256, ISO-8859-6, windows-1252, Latin-1): correct readings have no
# garbage, no mixed Arabic-Latin words and 31-42% of Arabic words with the article ``ال``; ISO-8859-6
# read as windows-1256 has 59-74% mixed words and under 0.5% ``ال``; Arabic read as Latin-1 is 100%
# accented letters. The limits sit far from both sides.
_MAX_GARBAGE = 0.05  # control/private/unassigned characters in any decoding, else "binary"
_MAX_GARBAGE_GUESSED = 0.01
_MIN_LETTERS = 0.4  # letters among non-space characters, for a guessed encoding
_MAX_MIXED_WORDS = 0.02
_MAX_ACCENTED_LETTERS = 0.3  # À-ɏ among Latin letters: French has ~4%, Arabic read as Latin-1 ~100%
_MIN_ARTICLE_WORDS = 0.1  # Arabic words with ``ال`` (possibly after a proclitic), when there are ...
_ARTICLE_SAMPLE = 20  # ... at least this many Arabic words to judge by

_ARTICLE_PREFIXES = morphology.ARTICLE_BEARING_PREFIXES

_SAMPLE_CHARS = 100_000
_ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")
_WORD = re.compile(r"[^\W\d_]+")
_SPACE = re.compile(r"\s")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ACCENTED_LETTER = re.compile(r"[\u00c0-\u024f]")
# A word with an Arabic letter and a Latin one, in either order.
_ARABIC = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc"
_LATIN = "A-Za-z\u00c0-\u024f"
_MIXED_WORD = re.compile(
    rf"[^\W\d_]*(?:[{_ARABIC}][^\W\d_]*[{_LATIN}]|[{_LATIN}][^\W\d_]*[{_ARABIC}])[^\W\d_]*"
)
# C0/C1 controls except tab, line feed, vertical tab, form feed, carriage return; surrogates;
# private use; non-characters; the replacement character.
_GARBAGE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\uf8ff\ufdd0-\ufdef\ufffd-\uffff\U000f0000-\U0010ffff]"
)


def decode(data: bytes, *, transport_charset: str | None = None) -> Decoded:
    """Decode ``data`` (a whole file, or its first bytes) following the cascade in the module docstring;
    ``transport_charset`` is the charset label the bytes came with (HTTP ``Content-Type``), if any.

    Raises :class:`NotText` for binary data (NUL bytes, mostly control characters) and for bytes that
    are neither UTF-8 nor a legacy Arabic encoding that reads as text.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text, cut_off = _complete_characters(data, codec)
            except UnicodeDecodeError:
                raise NotText(f"starts with a {codec} byte-order mark but is not valid {codec}") from None
            return _checked(Decoded(text, codec, "bom", cut_off=cut_off))
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise NotText("binary file (contains NUL bytes)")
    utf8 = _utf8(data)
    if utf8 is not None:
        return _checked(utf8)
    for declared in dict.fromkeys((_codec(transport_charset), declared_charset(data))):
        if declared is None:
            continue
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            text = None
        if text is not None and _reads_as_text(text):
            return Decoded(text, _label(declared), "declared")
    for codec in _proposals(data):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _reads_as_text(text):
            return Decoded(text, _label(codec), "detected")
    raise NotText("binary or unknown encoding: not UTF-8, windows-1256 or ISO-8859-6")


def declared_charset(data: bytes) -> str | None:
    """The charset the first bytes of ``data`` declare (HTML ``<meta charset>`` or
    ``http-equiv`` content, XML declaration), as a Python codec name, or ``None`` when there is none or
    Python does not know it. UTF-16/32 declared inside 8-bit bytes is ignored (the HTML standard does
    the same: such a declaration cannot be true).

    >>> declared_charset(b'<html><head><meta charset="windows-1256">')
    'cp1256'
    """
    head = data[:_PRESCAN_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return None if match is None else _codec(match.group(1).decode("ascii"))


def _codec(label: str | None) -> str | None:
    """The Python codec of a charset label, or ``None`` when there is none, Python does not know it, or
    it is UTF-16/32 (which 8-bit bytes cannot be: such bytes reach this step only when they are not)."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return None if name.startswith(("utf-16", "utf-32")) else name


def _label(codec: str) -> str:
    name = codecs.lookup(codec).name
    return _LABELS.get(name, name)


def _checked(decoded: Decoded) -> Decoded:
    """``decoded`` if it is text, else :class:`NotText` (valid UTF-8 can still be binary: ``\\x01\\x02``)."""
    if _garbage_share(decoded.text) > _MAX_GARBAGE:
        raise NotText("binary file (mostly control characters)")
    return decoded


def _complete_characters(data: bytes, codec: str) -> tuple[str, bool]:
    """``data`` decoded strictly up to its last complete character, and whether bytes of an
    incomplete last character were left over (the file was cut short)."""
    decoder = codecs.getincrementaldecoder(codec)()
    text = decoder.decode(data, final=False)
    pending, _ = decoder.getstate()
    return text, bool(pending)


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 without a byte-order mark, when evident: in UTF-16 Arabic and Latin text the high byte of
    nearly every code unit is 0x00 (ASCII, spaces, Latin-1) or 0x06 (the Arabic block), while the low
    byte is almost never 0x00. Text that shows this pattern and decodes cleanly is taken as UTF-16."""
    if len(data) < 8 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        plausible_high = (high.count(0) + high.count(6)) / len(high)
        if high.count(0) and plausible_high >= 0.9 and low.count(0) / len(low) < 0.05:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if _reads_as_text(text):
                return Decoded(text, codec, "detected")
    return None


def _utf8(data: bytes) -> Decoded | None:
    """UTF-8 if ``data`` is UTF-8: strictly, or but for a cut-off last character, or but for a few bad
    bytes (at most 1 per 20 non-ASCII characters, so that a legacy code page never qualifies)."""
    try:
        text, cut_off = _complete_characters(data, "utf-8")
        return Decoded(text, "utf-8", "utf-8", cut_off=cut_off)
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    if non_ascii >= 20 * bad:
        return Decoded(text, "utf-8", "utf-8", replaced=bad)
    return None


def _proposals(data: bytes) -> list[str]:
    """Legacy Arabic code pages to try, charset-normalizer's ranking first, then the rest in table order."""
    ranked = [match.encoding for match in from_bytes(data, cp_isolation=list(_LEGACY_ARABIC))]
    return [c for c in ranked if c in _LEGACY_ARABIC] + [c for c in _LEGACY_ARABIC if c not in ranked]


def _garbage_share(text: str) -> float:
    """Share of characters no text contains: controls other than white space, private-use code
    points, surrogates, non-characters and U+FFFD."""
    return len(_GARBAGE.findall(text)) / len(text) if text else 0.0


def _reads_as_text(text: str) -> bool:
    """Whether a decoding made by guessing (declared or detected encoding) reads as real text: hardly
    any garbage characters, mostly letters, no words mixing Arabic and Latin letters, Latin text not
    made of accented letters, and Arabic text that uses the definite article. Judged on the first
    ``_SAMPLE_CHARS`` characters: the encoding of a file does not change halfway."""
    sample = text[:_SAMPLE_CHARS]
    if _garbage_share(sample) > _MAX_GARBAGE_GUESSED:
        return False
    visible = len(sample) - len(_SPACE.findall(sample))
    words = _WORD.findall(sample)
    if not words or sum(map(len, words)) / visible < _MIN_LETTERS:
        return False
    if len(_MIXED_WORD.findall(sample)) / len(words) > _MAX_MIXED_WORDS:
        return False
    latin = len(_LATIN_LETTER.findall(sample))
    if latin and len(_ACCENTED_LETTER.findall(sample)) / latin > _MAX_ACCENTED_LETTERS:
        return False
    arabic_words = _ARABIC_WORD.findall(sample)
    if len(arabic_words) >= _ARTICLE_SAMPLE:
        with_article = sum(1 for w in arabic_words if w.startswith(_ARTICLE_PREFIXES))
        return with_article / len(arabic_words) >= _MIN_ARTICLE_WORDS
    return True
