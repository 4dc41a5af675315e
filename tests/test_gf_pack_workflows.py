"""The GloriousFlywheel pack's workflow rules on a repository that uses its lanes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from truthgraph.claims.pack import load_pack
from truthgraph.engine import Checker, CheckOptions

ROOT = Path(__file__).resolve().parent.parent


def test_a_hosted_job_its_comment_calls_an_exception_is_named() -> None:
    checker = Checker(load_pack(ROOT / "claims"), CheckOptions(today=dt.date(2026, 5, 1)))
    text = (
        "jobs:\n  build:\n    runs-on: tinyland-docker\n    steps:\n      - run: make\n"
        "  fork-test:\n    runs-on: ubuntu-latest # hosted: fork PR exception\n"
        "    steps:\n      - run: make test\n"
        "  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make lint\n"
    )
    result = checker.check_text(".github/workflows/pr.yml", text)
    hosted = [
        (f.line, f.rule) for f in result.findings if f.claim == "hosted-runners-explicit-exception"
    ]
    assert hosted == [(11, "TG403")]
