"""The layout's rules, checked on the source: no import cycle between project modules, and ``bot/``
(the core) never imports ``handlers/`` or Slack.

Imports are read with ``ast``, so imports inside functions (the usual way to hide a cycle) count too.
Run it alone: ``python -m pytest -q tests/test_imports.py``.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGES = ("bot", "handlers")
SLACK = ("slack_bolt", "slack_sdk")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))}


def _imported_names(path: Path, module: str) -> set[str]:
    """Every dotted name ``path`` imports, anywhere in the file, relative imports resolved."""
    is_package = path.name == "__init__.py"
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base if is_package else base[:-1]
                base = base[: len(base) - (node.level - 1)]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            names.add(origin)
            names.update(f"{origin}.{alias.name}" for alias in node.names)
    return names


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph = {}
    for module, path in modules.items():
        edges = set()
        for name in _imported_names(path, module):
            # the most specific project module the name is (or is in): "bot.storage.history.record" →
            # "bot.storage.history"; "bot.storage" → the package's __init__
            parts = name.split(".")
            while parts and ".".join(parts) not in modules:
                parts.pop()
            if parts and ".".join(parts) != module:
                edges.add(".".join(parts))
        graph[module] = edges
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_checker_sees_imports_inside_functions_and_relative_ones(tmp_path):
    source = tmp_path / "mod.py"
    source.write_text("import a.b\nfrom . import c\n\ndef f():\n    from x.y import z\n", encoding="utf-8")
    assert _imported_names(source, "pkg.mod") == {"a.b", "pkg", "pkg.c", "x.y", "x.y.z"}
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycle_between_project_modules():
    cycles = _cycles(_graph())
    assert not cycles, "import cycles (break them; see docs/architecture.md): " + "; ".join(
        " ↔ ".join(c) for c in cycles
    )


def test_the_core_never_imports_handlers_or_slack():
    offenders = []
    for module, path in _modules().items():
        if not module.startswith("bot"):
            continue
        for name in _imported_names(path, module):
            if name.split(".")[0] in ("handlers", *SLACK):
                offenders.append(f"{module} imports {name}")
    assert not offenders, offenders


def test_the_service_never_imports_a_dev_only_dependency():
    # psutil is a runtime dependency (the embedded Redis keeper, analysis processes)
    dev_only = ("requests", "pytest", "pytest_httpserver", "hypothesis", "yaml", "tests")
    offenders = [
        f"{module} imports {name}"
        for module, path in _modules().items()
        for name in _imported_names(path, module)
        if name.split(".")[0] in dev_only
    ]
    assert not offenders, offenders
