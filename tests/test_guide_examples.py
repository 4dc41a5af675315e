"""The guide's examples behave as the guide says: "Flagged" ones are, "Fine" ones are not.

Each `!!! failure "Flagged: CODE[, claim]"` admonition and each `!!! success`
admonition of the pages below is checked on its own, as a page about
GloriousFlywheel, against the repository's claims pack.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from pathlib import Path

import pytest

from truthgraph.claims.pack import load_pack
from truthgraph.engine import Checker, CheckOptions

PAGES = ["docs/guide/model.md", "docs/guide/what-gets-flagged.md"]
_ADMONITION = re.compile(r'^!!! (failure|success) "([^"]*)"\n((?:(?: {4}.*)?\n)+)', re.MULTILINE)
_FENCE = re.compile(r"^(`{3,}|~{3,}).*?^\1", re.MULTILINE | re.DOTALL)
_FLAGGED = re.compile(r"Flagged: (TG\d{3})(?:, ([\w-]+))?")


def _examples(root: Path) -> list[tuple[str, str, str, str, str]]:
    found: list[tuple[str, str, str, str, str]] = []
    for page in PAGES:
        # Admonitions shown as Markdown source inside a fence are not examples.
        text = _FENCE.sub("", (root / page).read_text(encoding="utf-8"))
        for number, match in enumerate(_ADMONITION.finditer(text)):
            kind, title, body = match.groups()
            found.append((f"{page}#{number}", kind, title, textwrap.dedent(body), page))
    return found


ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_pack(ROOT / "claims"), CheckOptions(today=dt.date(2026, 5, 1)))


def _cases() -> list[tuple[str, str, str, str, str]]:
    return _examples(ROOT)


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c[0])
def test_guide_example(case: tuple[str, str, str, str, str], checker: Checker) -> None:
    _, kind, title, body, _page = case
    result = checker.check_text("guide-example.md", f"# GloriousFlywheel\n\n{body}")
    findings = [f for f in result.findings if not f.rule.startswith("TG9")]
    shown = [f"{f.rule} {f.claim}: {f.message}" for f in findings]
    if kind == "success":
        assert not findings, shown
        return
    flagged = _FLAGGED.search(title)
    assert flagged, f"a failure example names its code: {title!r}"
    code, claim = flagged.groups()
    assert any(f.rule == code and (claim is None or f.claim == claim) for f in findings), shown


def test_every_page_has_examples(repo_root: Path) -> None:
    pages = {c[4] for c in _examples(repo_root)}
    assert pages == set(PAGES)
