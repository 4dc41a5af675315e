"""Fixtures for reporter tests: the sample report, its context, and golden-file comparison."""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable

import pytest
from reporter_samples import GOLDEN, UPDATE, sample_context, sample_report

from truthgraph.findings import Report
from truthgraph.reporters import ReportContext


@pytest.fixture
def report() -> Report:
    return sample_report()


@pytest.fixture
def context() -> ReportContext:
    return sample_context()


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    """Compare text with `golden/<name>`; `UPDATE_GOLDEN=1 pytest tests/reporters` rewrites."""

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if os.environ.get(UPDATE):
            path.write_text(actual, encoding="utf-8", newline="")
            return
        if not path.exists():
            pytest.fail(f"no golden file {path}; create it with {UPDATE}=1 pytest tests/reporters")
        expected = path.read_text(encoding="utf-8")
        if actual != expected:
            diff = "".join(
                difflib.unified_diff(
                    expected.splitlines(keepends=True),
                    actual.splitlines(keepends=True),
                    f"golden/{name}",
                    "actual",
                )
            )
            pytest.fail(
                f"{name} differs from its golden file (if the change is intended, run "
                f"{UPDATE}=1 pytest tests/reporters):\n{diff}"
            )

    return check
