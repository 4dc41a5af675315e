"""Runs every YAML rule case in tests/rules/cases/: claims snippet + document → findings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from truthgraph.claims.pack import load_pack
from truthgraph.engine import Checker, CheckOptions

CASES = Path(__file__).parent / "cases"


def _load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            params.append(pytest.param(data["claims"], case, id=f"{path.stem}:{case['name']}"))
    return params


@pytest.mark.parametrize(("claims", "case"), _load_cases())
def test_rule_case(tmp_path: Path, claims: str, case: dict[str, Any]) -> None:
    claims_dir = tmp_path / "claims"
    claims_dir.mkdir()
    (claims_dir / "pack.yaml").write_text(claims, encoding="utf-8")
    options = CheckOptions(today=dt.date(2026, 5, 1), prefilter=case.get("prefilter", True))
    checker = Checker(load_pack(claims_dir), options)
    path = case.get("path", "doc.md")
    result = checker.check_text(path, case["text"])
    got = [
        {
            "line": f.line,
            "column": f.column,
            "rule": f.rule,
            "claim": f.claim,
            "end_line": f.end_line,
            "end_column": f.end_column,
            "message": f.message,
        }
        for f in sorted(result.findings, key=lambda f: f.sort_key)
    ]
    expected = case.get("expect") or []
    # Each expectation lists the fields it cares about; compare only those.
    # `message_contains` checks a part of the message (a did-you-mean, say).
    trimmed = [
        {k: (e[k] if k == "message_contains" and e[k] in g["message"] else g.get(k)) for k in e}
        for g, e in zip(got, expected, strict=False)
    ]
    assert len(got) == len(expected), f"findings: {got}"
    assert trimmed == expected
