"""Polarity against the real pack: a negation belongs to the clause whose subject it has."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from truthgraph.claims.pack import load_pack
from truthgraph.engine import Checker, CheckOptions

ROOT = Path(__file__).resolve().parent.parent


def test_a_negation_in_a_later_clause_with_its_own_subject_does_not_cancel() -> None:
    checker = Checker(load_pack(ROOT / "claims"), CheckOptions(today=dt.date(2026, 5, 1)))
    text = (
        "# GloriousFlywheel scorecard\n\nFlakeHub is tracked in the RFC; it is not part of how"
        " runners get Nix and the scorecard will not push it before the heavy lane is stable.\n"
    )
    result = checker.check_text("docs/scorecard.md", text)
    assert [f.claim for f in result.findings if f.claim == "flakehub-publication-only"] == []
