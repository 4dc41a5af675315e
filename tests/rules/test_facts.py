"""Facts generalise: a new truth needs only its YAML fact, and explanations are read back.

These assert the design the fact rules exist for: the shared lexicon recognises
statements of any claim's property without phrases written for that claim.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from truthgraph.claims.pack import load_pack
from truthgraph.engine import Checker, CheckOptions
from truthgraph.errors import GroupedError
from truthgraph.rules.fact import FactCheck, fact_sentences

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 5, 1)


def _pack(tmp_path: Path, extra: dict[str, object]) -> Checker:
    """A pack of nothing but `extra` (and one evidence record): no terms, no phrases."""
    folder = tmp_path / "claims"
    folder.mkdir()
    pack = {
        "pack": {"name": "downstream", "snapshot": "2026-04-16", "about": ["tinyland-*"]},
        "evidence": [
            {
                "id": "note",
                "kind": "document",
                "ref": "note",
                "observed": "2026-04-16",
                "summary": "the note",
            }
        ],
        **extra,
    }
    (folder / "pack.yaml").write_text(yaml.safe_dump(pack), encoding="utf-8")
    return Checker(load_pack(folder), CheckOptions(today=TODAY))


NEW_LANE = {
    "entities": [
        {"id": "tinyland-gpu", "kind": "runner-lane", "name": "tinyland-gpu"},
    ],
    "claims": [
        {
            "id": "gpu-lane-needs-bootstrap",
            "statement": "tinyland-gpu does not come with Nix either",
            "since": "2026-04-16",
            "evidence": ["note"],
            # The whole truth: one fact, no phrases, no terms.
            "facts": [
                {
                    "subject": "tinyland-gpu",
                    "property": "provides-nix",
                    "true": ["workflow-bootstrap"],
                    "false": ["preinstalled"],
                },
                {"subject": "tinyland-gpu", "property": "memory-limit", "true": ["48Gi"]},
            ],
        }
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "The `tinyland-gpu` image ships with Nix baked in.",
        "On `tinyland-gpu` you can just run `nix build`, no installer needed.",
        "### tinyland-gpu\n\nNix is already on the runner, so skip the install step.",
        "`tinyland-gpu` has a 32Gi memory limit.",
    ],
)
def test_a_new_truth_needs_only_its_fact(tmp_path: Path, text: str) -> None:
    checker = _pack(tmp_path, NEW_LANE)
    result = checker.check_text("docs/gpu.md", f"# GloriousFlywheel lanes\n\n{text}\n")
    assert [f.claim for f in result.findings] == ["gpu-lane-needs-bootstrap"], [
        f.message for f in result.findings
    ]


@pytest.mark.parametrize(
    "text",
    [
        "`tinyland-gpu` does not come with Nix; install it with `nix-job` first.",
        "Workflows on `tinyland-gpu` install Nix themselves before calling it.",
        "`tinyland-gpu` has a 48Gi memory limit.",
    ],
)
def test_the_same_fact_passes_what_is_true(tmp_path: Path, text: str) -> None:
    checker = _pack(tmp_path, NEW_LANE)
    result = checker.check_text("docs/gpu.md", f"# GloriousFlywheel lanes\n\n{text}\n")
    assert result.findings == []


def test_a_fact_naming_an_unknown_value_is_refused(tmp_path: Path) -> None:
    bad = {
        "entities": NEW_LANE["entities"],
        "claims": [
            {
                "id": "typo",
                "statement": "typo",
                "since": "2026-04-16",
                "evidence": ["note"],
                "facts": [
                    {
                        "subject": "tinyland-gpu",
                        "property": "provides-nix",
                        "false": ["preinstaled"],
                    }
                ],
            }
        ],
    }
    with pytest.raises(GroupedError) as raised:
        _pack(tmp_path, bad)
    assert "has no value 'preinstaled' (did you mean \"preinstalled\"?)" in str(raised.value)


def _owners() -> list[str]:
    pack = load_pack(ROOT / "claims")
    return sorted(o.id for o in [*pack.claims.values(), *pack.non_goals.values()] if o.facts)


@pytest.fixture(scope="module")
def gf_checker() -> Checker:
    return Checker(load_pack(ROOT / "claims"), CheckOptions(today=TODAY))


@pytest.mark.parametrize("owner_id", _owners())
def test_generated_examples_read_as_generated(gf_checker: Checker, owner_id: str) -> None:
    """`explain` and the claim pages show sentences made from the facts; each one that
    should contradict the claim is flagged for it, each fine one passes."""
    rule = next(r for r in gf_checker.rules if isinstance(r, FactCheck) and r.owner.id == owner_id)
    contradicting, fine = fact_sentences(gf_checker.pack, rule.owner)
    assert contradicting
    for sentence in contradicting:
        result = gf_checker.check_text("docs/x.md", f"# GloriousFlywheel\n\n{sentence}\n")
        owners = {f.claim for f in result.findings}
        assert owner_id in owners, (sentence, [f.message for f in result.findings])
    for sentence in fine:
        result = gf_checker.check_text("docs/x.md", f"# GloriousFlywheel\n\n{sentence}\n")
        assert not [f for f in result.findings if f.claim == owner_id], sentence
