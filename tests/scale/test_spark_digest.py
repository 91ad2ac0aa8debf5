"""The Spark job (local[2]) against the single-machine pipeline: same clean articles, duplicate groups,
borrowed passages, stories and story readings, on the demo corpus and a 2,000-article SaudiNewsNet
sample (skipped when ../shared/data is absent)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyspark")

from marsad.cluster import group_stories
from marsad.dedup import borrowed_passages, find_duplicates
from marsad.ingest import read_sources
from marsad.model import Article
from marsad.pipeline import digest, load_articles, order_stories
from marsad.scale.job import load_digest, run_digest
from marsad.scale.session import spark_session

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "examples" / "iraq-2021"
SAMPLE = 2000


def _corpora():
    """bench/corpora.py: the SaudiNewsNet reader the benchmarks use."""
    spec = importlib.util.spec_from_file_location("corpora", REPO / "bench" / "corpora.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpora"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def spark():
    session = spark_session("local[2]", app="marsad-tests")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def demo_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo corpus as marsad JSON lines: each article's extracted text with its manifest fields."""
    path = tmp_path_factory.mktemp("demo") / "iraq-2021.jsonl"
    records = [
        {
            "id": a.id,
            "url": a.url,
            "outlet": a.outlet,
            "published": a.published,
            "title": a.title,
            "text": a.extracted,
        }
        for a in read_sources([DEMO])
        if isinstance(a, Article)
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_spark_digest_demo_equals_single_machine(spark, demo_jsonl: Path, tmp_path: Path) -> None:
    single = digest([demo_jsonl])
    run = run_digest(spark, [str(demo_jsonl)], tmp_path / "out")
    assert run.articles == len(single.articles) == 5
    assert run.duplicates == list(single.duplicates)
    assert run.borrowed == list(single.borrowed) and len(run.borrowed) == 2
    assert run.stories == [list(story.articles) for story in single.stories]
    assert run.read == list(single.stories)
    # what the job wrote reads back as the very digest one machine makes
    assert load_digest(tmp_path / "out") == single


def test_spark_digest_parquet_input_equals_jsonl(spark, demo_jsonl: Path, tmp_path: Path) -> None:
    parquet = str(tmp_path / "demo.parquet")
    spark.read.json(str(demo_jsonl)).write.parquet(parquet)
    single = digest([demo_jsonl])
    run = run_digest(spark, [parquet], read=False)
    assert [story for story in run.stories] == [list(story.articles) for story in single.stories]
    assert run.borrowed == list(single.borrowed)


def test_spark_ingest_repeated_ids_and_bad_lines_as_read_sources(spark, tmp_path: Path) -> None:
    lines = [
        {
            "id": "spa-1",
            "outlet": "واس",
            "published": "2015-07-21",
            "title": "أمطار على مكة",
            "text": "توقعت الرئاسة العامة للأرصاد هطول أمطار رعدية على منطقة مكة المكرمة اليوم.",
        },
        {
            "id": "spa-1",
            "outlet": "الرياض",
            "published": "2015-07-21",
            "title": "أمطار رعدية",
            "text": "تشهد منطقة مكة المكرمة أمطارا رعدية مصحوبة برياح نشطة بحسب الأرصاد.",
        },
        "{ليس سطر JSON",
        {
            "id": "spa-1~2",
            "outlet": "عكاظ",
            "published": "غدا",
            "title": "طقس",
            "text": "يستمر تأثير الرياح المثيرة للأتربة على أجزاء من المنطقة الشرقية.",
        },
        {"id": "empty", "text": "   "},
    ]
    path = tmp_path / "ids.jsonl"
    path.write_text(
        "".join(
            (line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n" for line in lines
        ),
        encoding="utf-8",
    )
    problems: list = []
    single = load_articles([path], problems)
    run = run_digest(spark, [str(path)], read=False)
    assert [a.id for a in single] == ["spa-1", "spa-1~2", "spa-1~2~2"]
    assert sorted(i for ids in run.stories for i in ids) == sorted(a.id for a in single)
    assert run.problems == problems


def test_spark_saudinewsnet_sample_equals_single_machine(spark, tmp_path: Path) -> None:
    corpora = _corpora()
    if not list(corpora.SAUDINEWSNET.glob("*.zip")):
        pytest.skip(f"SaudiNewsNet not found under {corpora.SAUDINEWSNET} (set MARSAD_DATA)")
    path = tmp_path / "saudinewsnet.jsonl"
    corpora.write_jsonl(corpora.saudinewsnet_records(SAMPLE), path)
    problems: list = []
    articles = load_articles([path], problems)
    duplicates = find_duplicates(articles)

    run = run_digest(spark, [str(path)], read=False)
    assert run.articles == len(articles)
    assert run.problems == problems
    assert run.duplicates == duplicates
    assert any(group.kind == "near" for group in duplicates)
    assert run.stories == [list(g.articles) for g in order_stories(group_stories(articles), articles)]
    assert run.borrowed == borrowed_passages(articles, skip=duplicates)


def test_marsad_spark_digest_command(spark, demo_jsonl: Path, tmp_path: Path) -> None:
    """`marsad spark digest` is the Spark job from the main command line, in its own process."""
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "marsad.cli", "spark", "digest", str(demo_jsonl), "--out", str(out), "--json"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert (report["articles"], report["stories"], report["borrowed_passages"]) == (5, 1, 2)
    assert load_digest(out) == digest([demo_jsonl])

    usage = subprocess.run(
        [sys.executable, "-m", "marsad.cli", "spark", "digest", "--help"], capture_output=True, text=True
    )
    assert usage.returncode == 0 and "usage: marsad spark digest" in usage.stdout and "--block-days" in usage.stdout
