"""Render a digest for people (Markdown, HTML) and programs (JSON, see docs/schema.md)."""

from .html import digest_to_html
from .json import SCHEMA_VERSION, digest_to_json, write_digest_json
from .markdown import digest_to_markdown, write_digest_markdown

__all__ = [
    "SCHEMA_VERSION",
    "digest_to_html",
    "digest_to_json",
    "digest_to_markdown",
    "write_digest_json",
    "write_digest_markdown",
]
