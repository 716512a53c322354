"""benchmarks/eval_pages.py states and checks the goals of issue 16 for pages never seen."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _load():
    spec = importlib.util.spec_from_file_location("eval_pages", ROOT / "benchmarks" / "eval_pages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_targets_are_the_issue_goals_in_code_and_docstring():
    module = _load()
    assert (module.TARGET_FOUND, module.TARGET_CLEAN) == (0.92, 0.85)
    assert "found ≥ 0.92 and clean ≥ 0.85" in module.__doc__


def test_default_pages_folder_is_the_shared_one_beside_the_repository_or_a_worktree():
    module = _load()
    assert module.DEFAULT_PAGES in module._SHARED
    assert module.DEFAULT_PAGES.parts[-3:] == ("shared", "eval", "pages")
    if any(p.is_dir() for p in module._SHARED):
        assert module.DEFAULT_PAGES.is_dir()


def test_score_folds_whitespace_and_reports_missing_and_leaked():
    module = _load()
    found, clean, missing, leaked = module.score(
        "The plant opened\n on Monday.  Share this",
        {"with": ["plant opened on Monday."], "without": ["Share this"]},
    )
    assert (found, clean, missing, leaked) == (True, False, [], ["Share this"])
