"""Access control of the web app: every endpoint with no token, a malformed one, one of another store, a
revoked one and one of the wrong scope; reads open or behind --require-token; ingest always behind an
ingest token, at a bounded rate; the security headers on every refusal; tokens stored hashed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from marsad.cli import app as cli
from marsad.store import open_store
from marsad.store.tokens import create_token, revoke_token, token_hash
from marsad.web import create_app
from marsad.web.auth import IngestRate
from web.support import empty_store, ingest_demo, jsonl

READS = ["/api/stories", "/api/stories/s1", "/api/articles/000_0d20a9110642fab2", "/api/search?q=العراق",
         "/", "/stories/s1", "/articles/000_0d20a9110642fab2", "/search?q=العراق", "/feeds/stories.atom"]
LINE = {"id": "weather", "outlet": "وكالة", "published": "2022-01-02", "title": "أمطار غزيرة على العاصمة",
        "text": "هطلت أمطار غزيرة على العاصمة اليوم، وأعلنت الأرصاد تحذيراً من السيول في المناطق المنخفضة."}


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    """A store with the demo story, and a token of each scope, one revoked, and one of another store."""
    with empty_store(request.param, tmp_path_factory.mktemp("auth")) as url:
        ingest_demo(url)
        with open_store(url) as opened:
            tokens = {scope: create_token(opened, scope, f"{scope} tests")[1] for scope in ("read", "ingest", "admin")}
            revoked, tokens["revoked"] = create_token(opened, "admin", "revoked")
            revoke_token(opened, revoked.id)
        other = tmp_path_factory.mktemp("other") / "other.db"
        with open_store(other) as elsewhere:
            tokens["other store"] = create_token(elsewhere, "admin")[1]
        tokens["malformed"] = "not-a-token"
        yield url, tokens


def _headers(token: str | None) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"} if token else {}


def _secure(response) -> None:
    assert response.headers["x-frame-options"] == "DENY"
    assert "default-src 'none'" in response.headers["content-security-policy"]


@pytest.mark.parametrize("path", READS)
def test_reads_are_open_without_require_token(store: tuple[str, dict[str, str]], path: str) -> None:
    url, tokens = store
    with TestClient(create_app(url)) as client:
        assert client.get(path).status_code == 200
        assert client.get(path, headers=_headers(tokens["read"])).status_code == 200


@pytest.mark.parametrize("path", READS)
def test_reads_need_a_valid_token_with_require_token(store: tuple[str, dict[str, str]], path: str) -> None:
    url, tokens = store
    with TestClient(create_app(url, require_token=True)) as client:
        missing = client.get(path)
        assert missing.status_code == 401 and missing.headers["www-authenticate"] == 'Bearer realm="marsad"'
        _secure(missing)
        if path.startswith("/api/"):
            assert "Authorization: Bearer" in missing.json()["detail"]
        for bad in ("malformed", "other store", "revoked"):
            refused = client.get(path, headers=_headers(tokens[bad]))
            assert refused.status_code == 401, bad
            assert 'error="invalid_token"' in refused.headers["www-authenticate"]
            _secure(refused)
        assert client.get(path, headers={"authorization": f"Basic {tokens['read']}"}).status_code == 401
        for scope in ("read", "ingest", "admin"):
            assert client.get(path, headers=_headers(tokens[scope])).status_code == 200, scope
        # what is never behind a token
        assert client.get("/static/style.css").status_code == 200
        assert client.get("/api/openapi.json").status_code == 200


@pytest.mark.parametrize("require_token", [False, True])
def test_ingest_always_needs_an_ingest_token(store: tuple[str, dict[str, str]], require_token: bool) -> None:
    url, tokens = store
    body = jsonl([LINE])
    with TestClient(create_app(url, allow_ingest=True, require_token=require_token)) as client:
        for bad, status in (("", 401), ("malformed", 401), ("other store", 401), ("revoked", 401), ("read", 403)):
            refused = client.post("/api/ingest", content=body, headers=_headers(tokens.get(bad)))
            assert refused.status_code == status, bad
            _secure(refused)
            assert refused.json()["detail"]
        assert "has scope read; this needs ingest" in client.post(
            "/api/ingest", content=body, headers=_headers(tokens["read"])
        ).json()["detail"]
        assert client.post("/api/ingest", content=body, headers=_headers(tokens["ingest"])).status_code == 200
        assert client.post("/api/ingest", content=body, headers=_headers(tokens["admin"])).json()["unchanged"] == 1
    with open_store(url) as opened:
        assert opened.count()[0] == 6  # the demo's five and the one line, stored once


def test_ingest_on_a_read_only_server_is_403_even_with_a_token(store: tuple[str, dict[str, str]]) -> None:
    url, tokens = store
    with TestClient(create_app(url)) as client:
        response = client.post("/api/ingest", content=jsonl([LINE]), headers=_headers(tokens["admin"]))
    assert response.status_code == 403 and "--allow-ingest" in response.json()["detail"]


def test_ingest_rate_is_bounded_per_token(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'rate.db'}"
    open_store(url).close()
    with open_store(url) as opened:
        first = create_token(opened, "ingest")[1]
        second = create_token(opened, "ingest")[1]
    with TestClient(create_app(url, allow_ingest=True, ingest_per_minute=3)) as client:
        answers = [client.post("/api/ingest", content=b"\n", headers=_headers(first)).status_code for _ in range(5)]
        assert answers == [422, 422, 422, 429, 429]  # an empty body is a 422; the fourth request is over the rate
        over = client.post("/api/ingest", content=b"\n", headers=_headers(first))
        assert int(over.headers["retry-after"]) >= 1 and "more than 3 ingest requests a minute" in over.json()["detail"]
        assert client.post("/api/ingest", content=b"\n", headers=_headers(second)).status_code == 422  # its own


def test_the_bucket_refills_with_time() -> None:
    rate = IngestRate(per_minute=2)
    assert rate.take("t", now=0.0) == 0 and rate.take("t", now=0.0) == 0
    assert rate.take("t", now=0.0) == pytest.approx(30.0)
    assert rate.take("t", now=29.0) == pytest.approx(1.0)
    assert rate.take("t", now=30.0) == 0


def test_token_commands_store_only_hashes(tmp_path: Path) -> None:
    db = str(tmp_path / "tokens.db")
    open_store(db).close()
    runner = CliRunner()
    made = runner.invoke(cli, ["token", "create", "--scope", "ingest", "--name", "مكشطة الأخبار", "--db", db])
    assert made.exit_code == 0, made.output
    token = made.stdout.strip()
    assert token.startswith("marsad_") and "shown only now" in made.stderr
    listed = runner.invoke(cli, ["token", "list", "--db", db])
    (line,) = listed.stdout.strip().splitlines()
    token_id, scope, state, _, name = line.split("\t")
    assert (scope, state, name) == ("ingest", "active", "مكشطة الأخبار") and token_id in token
    assert token not in listed.stdout
    raw = (tmp_path / "tokens.db").read_bytes()
    assert token.encode() not in raw and token_hash(token).encode() in raw
    assert runner.invoke(cli, ["token", "revoke", token_id, "--db", db]).exit_code == 0
    assert "\trevoked " in runner.invoke(cli, ["token", "list", "--db", db]).stdout
    assert runner.invoke(cli, ["token", "revoke", "nope", "--db", db]).exit_code == 2
    assert runner.invoke(cli, ["token", "create", "--scope", "root", "--db", db]).exit_code == 2
