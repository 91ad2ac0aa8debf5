"""`marsad digest --json` streams large digests an article or story at a time: the same document."""

from __future__ import annotations

import io
import json

from marsad.model import Digest
from marsad.render import digest_to_json, write_digest_json


def test_streamed_json_is_the_same_document(demo_digest: Digest) -> None:
    out = io.StringIO()
    write_digest_json(demo_digest, out)
    streamed = json.loads(out.getvalue())
    assert streamed == json.loads(json.dumps(digest_to_json(demo_digest), ensure_ascii=False))
    assert len(streamed["articles"]) == 5 and streamed["stories"][0]["quotes"]
    assert "\n" not in out.getvalue()  # one line
