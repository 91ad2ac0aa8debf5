"""The web package imports in one direction: the app imports the routers, the routers import what they
depend on (``deps``: templates and the store pool) and never the app, as FastAPI's larger-app layout has
it. A router importing ``.app`` again would bring the circle back."""

from __future__ import annotations

import ast
from pathlib import Path

import marsad.web

WEB = Path(marsad.web.__file__).parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.module or ""
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.level == 1
    }


def test_no_module_of_the_web_package_imports_the_app_but_the_package() -> None:
    offenders = [p.name for p in sorted(WEB.glob("*.py")) if p.name != "__init__.py" and "app" in _imports(p)]
    assert offenders == []


def test_the_routers_depend_on_deps_and_deps_on_no_router() -> None:
    for router in ("api.py", "pages.py", "feeds.py"):
        assert "deps" in _imports(WEB / router), router
    assert not _imports(WEB / "deps.py") & {"app", "api", "pages", "feeds", "views"}
