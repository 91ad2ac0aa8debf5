"""A story of files read without a manifest and without headlines, as the Markdown shows it: a name a
reader can tell apart, and no "0 outlets"."""

from __future__ import annotations

import dataclasses

from marsad.model import Digest
from marsad.pipeline import digest
from marsad.render.labels import UNKNOWN_OUTLET
from marsad.render.markdown import digest_to_markdown


def test_an_untitled_story_of_unknown_outlets_has_a_heading_and_says_its_source_is_unknown(
    demo_digest: Digest,
) -> None:
    # the demo's reports without their headlines and outlets, as EASC's text files are read
    bare = [dataclasses.replace(a, title="", outlet=None, url=None) for a in demo_digest.articles]
    markdown = digest_to_markdown(digest(bare, workers=1))
    heading = next(line for line in markdown.splitlines() if line.startswith("## القصة 1:"))
    shown = heading.removeprefix("## القصة 1:").strip().removesuffix(" …")
    assert len(shown.split()) >= 5  # a name, not the empty heading it was
    assert any(" ".join(a.text.split()).startswith(shown) for a in bare), shown  # words as published
    counts = markdown.splitlines()[markdown.splitlines().index(heading) + 2]
    assert UNKNOWN_OUTLET in counts and "0 " not in counts, counts


def test_a_story_of_articles_without_outlets_counts_the_hosts_of_their_urls(demo_digest: Digest) -> None:
    # the demo's reports read from an export that gives URLs but no outlet names
    hosts = ["https://www.aljazeera.net/news/1", "https://www.alarabiya.net/2", "https://aljazeera.net/news/3"]
    bare = [
        dataclasses.replace(a, outlet=None, url=hosts[k % len(hosts)]) for k, a in enumerate(demo_digest.articles)
    ]
    markdown = digest_to_markdown(digest(bare, workers=1))
    heading = next(line for line in markdown.splitlines() if line.startswith("## القصة 1:"))
    counts = markdown.splitlines()[markdown.splitlines().index(heading) + 2]
    assert UNKNOWN_OUTLET not in counts and "منفذان" in counts, counts
