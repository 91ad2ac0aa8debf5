"""Fixtures for the store tests: a fresh store on each backend, and real Arabic articles to put in it.

``store_url`` is parametrized over SQLite (a file in the test's temporary folder) and PostgreSQL (a
schema of its own, dropped afterwards, in the server named by ``MARSAD_TEST_PG_URL`` or else in an embedded
throw-away server: see ``tests/stores.py``).

Articles are the demo corpus read and cleaned by the real pipeline, and a few short reports written for
these tests on other subjects (Arabic news prose, no shared data needed).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from marsad.model import Article, Problem
from marsad.pipeline import load_articles
from marsad.store import open_store
from stores import empty_store

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "examples" / "iraq-2021"

# Short reports on subjects unrelated to the demo story, with their metadata.
OTHER_REPORTS = {
    "sport": (
        "الهلال يفوز على النصر في ديربي الرياض",
        "فاز فريق الهلال على ضيفه النصر بهدفين مقابل هدف في المباراة التي جمعت الفريقين مساء الجمعة على "
        "ملعب الملك فهد الدولي بالرياض، ضمن الجولة العاشرة من الدوري السعودي للمحترفين.\n\n"
        "وسجل مهاجم الهلال الهدف الأول في الدقيقة العشرين من ركلة جزاء، قبل أن يعادل النصر النتيجة في "
        "مطلع الشوط الثاني، ثم أحرز الهلال هدف الفوز في الدقائق الأخيرة من المباراة.",
        "صحيفة الرياضية",
        "2021-10-15",
    ),
    "weather": (
        "أمطار غزيرة وسيول في عدة مناطق بالمملكة",
        "توقع المركز الوطني للأرصاد هطول أمطار غزيرة مصحوبة برياح نشطة وزخات من البرد على مناطق مكة "
        "المكرمة وعسير وجازان والباحة حتى مساء الأحد.\n\n"
        "ودعا الدفاع المدني السكان إلى الابتعاد عن مجاري السيول والأودية، وعدم المجازفة بعبورها، "
        "والتقيد بالتعليمات التي تبثها وسائل الإعلام الرسمية.",
        "وكالة الأنباء السعودية",
        "2021-11-02",
    ),
    "baghdad": (
        "افتتاح معرض بغداد الدولي للكتاب بمشاركة واسعة",
        "افتتح وزير الثقافة معرض بغداد الدولي للكتاب بالعراق بمشاركة أكثر من ثلاثمئة دار نشر عربية "
        "وأجنبية، في دورة تستمر عشرة أيام على أرض معرض بغداد الدولي.\n\n"
        "وقال المنظمون إن المعرض يشهد إقبالا كبيرا من الزوار، وإن برنامجه الثقافي يتضمن ندوات وأمسيات "
        "شعرية وحفلات توقيع لكتب جديدة.",
        "شبكة الإعلام العراقي",
        "2021-12-20",
    ),
}


def report(name: str, **changes: object) -> Article:
    """One of :data:`OTHER_REPORTS` as a clean article (through the real clean stage)."""
    title, text, outlet, published = OTHER_REPORTS[name]
    article = Article(
        id=name,
        title=title,
        text=text,
        raw=f"{title}\n{text}",
        extracted=text,
        outlet=outlet,
        published=published,
        url=f"https://example.org/{name}",
    )
    (clean,) = load_articles([article], [])
    return dataclasses.replace(clean, **changes)


@pytest.fixture(scope="session")
def reports() -> Callable[..., Article]:
    """:func:`report`, for tests (conftest is not importable under ``--import-mode=importlib``)."""
    return report


@pytest.fixture(scope="session")
def demo() -> list[Article]:
    """The five demo articles, read and cleaned by the pipeline, in file order."""
    problems: list[Problem] = []
    articles = load_articles([DEMO], problems)
    assert len(articles) == 5 and not problems
    return articles


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty store of the test's own: a SQLite file, or a PostgreSQL schema."""
    with empty_store(request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def demo_store_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A store holding the demo articles and the other reports, shared by the tests of a module that
    only read it (and check that they left it as it was)."""
    with empty_store(request.param, tmp_path_factory.mktemp("store")) as url:
        problems: list[Problem] = []
        articles = load_articles([DEMO], problems)
        with open_store(url) as store:
            store.ingest([*articles, *(report(name) for name in OTHER_REPORTS)])
        yield url
