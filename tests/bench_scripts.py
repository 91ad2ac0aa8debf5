"""The bench/ scripts and their floors, for the quality-gate tests: a gate recomputes a figure with the
very script whose output the docs quote, and compares it with bench/baselines/<name>.json."""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]


@functools.cache
def bench_module(name: str) -> ModuleType:
    """``bench/<name>.py`` imported as module ``name``."""
    spec = importlib.util.spec_from_file_location(name, REPO / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def floors(name: str) -> dict[str, Any]:
    """The floors in ``bench/baselines/<name>.json``."""
    return json.loads((REPO / "bench" / "baselines" / f"{name}.json").read_text(encoding="utf-8"))
