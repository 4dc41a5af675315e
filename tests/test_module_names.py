"""Module-level names are bound once: a second `_NAME = ...` further down a long module
silently replaces the first for every function above it too."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
MODULES = sorted([*(REPO / "truthgraph").rglob("*.py"), *(REPO / "site_hooks").rglob("*.py")])


def _bound_twice(source: str) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


def test_a_name_bound_twice_is_found() -> None:
    assert _bound_twice("_A = 1\ndef f():\n    return _A\n_A = 2\n") == ["_A"]
    assert _bound_twice("_A = 1\n_B = 2\n") == []


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(REPO)))
def test_each_module_binds_its_names_once(module: Path) -> None:
    assert _bound_twice(module.read_text(encoding="utf-8")) == []
