"""Shared fixtures for the story clustering tests: the corpus readers of ``bench/cluster_eval.py``."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from marsad.model import Article

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def cluster_eval() -> ModuleType:
    """``bench/cluster_eval.py`` as a module: the readers and data paths the measured figures come from."""
    spec = importlib.util.spec_from_file_location("cluster_eval", REPO / "bench" / "cluster_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def multiling_and_demo(cluster_eval: ModuleType) -> list[Article]:
    """MultiLing 2011's five dev topics (ten reports each, months and years apart) and the five demo reports."""
    folder = cluster_eval.MULTILING
    if not folder.is_dir():
        pytest.skip(f"MultiLing 2011 Arabic dev set not found at {folder}")
    return cluster_eval.load_multiling(folder)[0] + cluster_eval.load_demo()
