"""Decoding real Arabic text from every encoding it arrives in, and refusing what is not text."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from marsad.ingest import NotText, decode
from marsad.model import Article, Problem

DEMO = Path(__file__).resolve().parents[2] / "examples" / "iraq-2021"
ARTICLE = (DEMO / "000_0d20a9110642fab2.txt").read_text(encoding="utf-8")
HEADLINE = ARTICLE.split("\n", 1)[0]  # ماكنزي: انسحابنا من العراق لن يؤثر على علاقتنا الاستراتيجية
SHORT = "السلام عليكم"


@pytest.mark.parametrize("text", [ARTICLE, HEADLINE, SHORT], ids=["article", "headline", "greeting"])
@pytest.mark.parametrize(("codec", "label"), [("cp1256", "windows-1256"), ("iso8859_6", "iso-8859-6")])
def test_encoding_legacy_arabic_code_pages_told_apart(text: str, codec: str, label: str) -> None:
    decoded = decode(text.encode(codec))
    assert decoded.text == text
    assert decoded.encoding == label
    assert decoded.method == "detected"


@pytest.mark.parametrize(
    ("codec", "label", "method"),
    [
        ("utf-8", "utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig", "bom"),
        ("utf-16", "utf-16", "bom"),
        ("utf-16-be", "utf-16-be", "detected"),
        ("utf-16-le", "utf-16-le", "detected"),
        ("utf-32", "utf-32", "bom"),
    ],
)
def test_encoding_unicode_forms(codec: str, label: str, method: str) -> None:
    data = ARTICLE.encode(codec)
    decoded = decode(data)
    assert (decoded.text, decoded.encoding, decoded.method) == (ARTICLE, label, method)
    assert data.decode(decoded.encoding) == decoded.text  # the label reproduces the text


@pytest.mark.parametrize(
    ("page_charset", "codec", "encoding", "method"),
    [
        ("windows-1256", "cp1256", "windows-1256", "declared"),
        # declared Latin-1, but the bytes are Arabic: read as Latin-1 they are all accented letters
        ("iso-8859-1", "cp1256", "windows-1256", "detected"),
        ("windows-1256", "utf-8", "utf-8", "utf-8"),  # declared, but the bytes are UTF-8
        ("no-such-charset", "iso8859_6", "iso-8859-6", "detected"),
    ],
)
def test_encoding_meta_charset_honoured_when_valid(page_charset: str, codec: str, encoding: str, method: str) -> None:
    page = f'<html><head><meta charset="{page_charset}"><title>{HEADLINE}</title></head><body><p>{ARTICLE}</p></body></html>'
    decoded = decode(page.encode(codec))
    assert (decoded.text, decoded.encoding, decoded.method) == (page, encoding, method)


@pytest.mark.parametrize(("codec", "drop"), [("utf-8", 1), ("utf-8-sig", 1), ("utf-16", 1), ("utf-32", 3)])
def test_encoding_cut_in_the_middle_of_a_character(codec: str, drop: int) -> None:
    text = ARTICLE.rstrip(".")  # ends in an Arabic letter, whose bytes are cut
    decoded = decode(text.encode(codec)[:-drop])
    assert decoded.cut_off
    assert decoded.text == text[:-1]


@pytest.mark.parametrize(
    ("codec", "encoding", "notice"),
    [
        ("cp1256", "windows-1256", "decoded as windows-1256 (detected), not UTF-8"),
        ("iso8859_6", "iso-8859-6", "decoded as iso-8859-6 (detected), not UTF-8"),
        ("utf-16", "utf-16", None),
        ("utf-8-sig", "utf-8-sig", None),
    ],
)
def test_encoding_of_a_file_named_by_a_notice(
    read: Callable[..., tuple[list[Article], list[Problem]]], tmp_path: Path, codec: str, encoding: str, notice: str | None
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE.encode(codec))
    [article], problems = read(path)
    assert (article.title, article.encoding, article.raw) == (HEADLINE, encoding, ARTICLE)
    assert [p.reason for p in problems] == ([notice] if notice else [])
    assert {p.level for p in problems} <= {"notice"}


def test_encoding_few_bad_bytes_replaced_not_guessed() -> None:
    data = ARTICLE.encode("utf-8").replace("الكاظمي".encode(), b"\xff", 1)
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert decoded.replaced == 1
    assert "رئيس الوزراء، مصطفى \ufffd، وفداً" in decoded.text


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b"")


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("article.txt", ARTICLE)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (_png(), "binary file"),
        (_zip(), "binary file"),
        (bytes(range(1, 9)) * 64, "binary file (mostly control characters)"),
        (bytes(range(0x80, 0x100)) * 8, "not UTF-8, windows-1256 or ISO-8859-6"),
    ],
    ids=["png", "zip", "controls", "high-bytes"],
)
def test_encoding_binary_refused(data: bytes, reason: str) -> None:
    with pytest.raises(NotText, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode(data)
