"""The graph export, `explain`, `status` and the published claims schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from tests.conftest import replace_in
from truthgraph.claims.model import claims_json_schema
from truthgraph.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    captured = capsys.readouterr()
    return int(exit_info.value.code or 0), captured.out, captured.err


def test_graph_export_holds_the_note(capsys: pytest.CaptureFixture[str], repo_root: Path) -> None:
    code, out, _ = run(capsys, "--claims", str(repo_root / "claims"), "graph", "--format", "json")
    assert code == 0
    graph = json.loads(out)
    counts = graph["counts"]
    assert counts["priority"] == 6
    assert counts["exit-signal"] == 17
    assert counts["non-goal"] == 4
    nodes = {n["id"]: n for n in graph["nodes"]}
    truths = [n for n in nodes.values() if n["kind"] == "claim" and n.get("baseline")]
    assert sorted(n["id"] for n in truths) == [
        "arc-scales-horizontally",
        "flakehub-publication-only",
        "heavy-jobs-use-nix-heavy-lane",
        "nix-bootstrap-workflow-owned",
    ]
    supports = {(e["source"], e["target"]) for e in graph["edges"] if e["kind"] == "supports"}
    for truth in truths:
        assert any(target == truth["id"] for _, target in supports), truth["id"]
    assert ("lab-73", "nix-bootstrap-workflow-owned") in supports
    precedes = [e for e in graph["edges"] if e["kind"] == "precedes"]
    assert len(precedes) == 5


@pytest.mark.parametrize("fmt", ["graphml", "dot", "mermaid"])
def test_other_graph_formats(capsys: pytest.CaptureFixture[str], repo_root: Path, fmt: str) -> None:
    code, out, _ = run(capsys, "--claims", str(repo_root / "claims"), "graph", "--format", fmt)
    assert code == 0
    assert "nix-bootstrap-workflow-owned" in out or "nix_bootstrap_workflow_owned" in out


def test_explain_cites_the_evidence(capsys: pytest.CaptureFixture[str], repo_root: Path) -> None:
    code, out, _ = run(
        capsys,
        "--claims",
        str(repo_root / "claims"),
        "explain",
        "nix-bootstrap-workflow-owned",
        "--today",
        "2026-04-20",
    )
    assert code == 0
    assert "lab#73" in out
    assert "Nix bootstrap is still workflow-owned" in out
    assert "p0-workflow-owned-nix-bootstrap" in out
    assert "nongoal-flakehub-installs-nix" in out


# Operators of the pattern language: none of them belongs in what a reader is shown.
_PATTERN_SYNTAX = ("...", " & ", "(", "|")


def test_explain_shows_flagged_examples_not_patterns(
    capsys: pytest.CaptureFixture[str], repo_root: Path
) -> None:
    code, out, _ = run(
        capsys, "--claims", str(repo_root / "claims"), "explain", "default-branch-proof-pending"
    )
    assert code == 0
    examples = [line.strip(" │✗") for line in out.splitlines() if "✗" in line]
    assert examples, out
    assert all(not any(op in e for op in _PATTERN_SYNTAX) for e in examples), examples
    assert "...2" not in out
    code, out, _ = run(
        capsys,
        "--claims",
        str(repo_root / "claims"),
        "explain",
        "default-branch-proof-pending",
        "--patterns",
    )
    assert code == 0
    assert "...2" in out  # maintainers can still see what the rule matches


def test_every_checked_claim_has_a_flagged_plain_example(repo_root: Path) -> None:
    """What `explain` and the claim pages show: each record whose rules run has at least
    one sentence that contradicts it, and the checker flags that sentence."""
    from truthgraph.claims.pack import load_pack
    from truthgraph.examples import claim_examples

    pack = load_pack(repo_root / "claims")
    checked = {record.id for record, _ in pack.guarded()}
    checked |= {c.id for c in pack.claims.values() if c.facts and c.status == "active"}
    checked |= {g.id for g in pack.non_goals.values() if g.facts}
    bare = [rid for rid in sorted(checked) if not claim_examples(pack, rid).contradicting]
    assert bare == []


def test_validate_warns_about_an_example_its_rule_misses(
    capsys: pytest.CaptureFixture[str], claims_copy: Path
) -> None:
    line = replace_in(
        claims_copy / "truths.yaml",
        '          - "The default-branch proof is done."\n',
        '          - "The default-branch proof is done."\n'
        '          - "Bananas are a fine snack for the on-call engineer."\n',
    )
    code, _, err = run(capsys, "--claims", str(claims_copy), "validate", "--strict")
    assert code == 1
    warned = [w for w in err.splitlines() if "[example-not-flagged]" in w]
    assert len(warned) == 1, err
    assert "default-branch-proof-pending/feature-branch-proof" in warned[0]
    assert "Bananas are a fine snack" in warned[0]
    assert warned[0].startswith(f"{claims_copy / 'truths.yaml'}:")
    rule_line = int(warned[0].split(":")[1])
    assert 0 < rule_line < line  # the rule's own line, above the example


def test_explain_unknown_id_suggests(capsys: pytest.CaptureFixture[str], repo_root: Path) -> None:
    code, _, err = run(capsys, "--claims", str(repo_root / "claims"), "explain", "nix-bootstrap")
    assert code == 2
    assert 'no record with id "nix-bootstrap" (did you mean' in err


def test_status_shows_progress(capsys: pytest.CaptureFixture[str], repo_root: Path) -> None:
    code, out, _ = run(
        capsys,
        "--claims",
        str(repo_root / "claims"),
        "status",
        "--format",
        "json",
        "--today",
        "2026-11-27",
    )
    assert code == 0
    data = json.loads(out)
    assert len(data["priorities"]) == 6
    assert sum(p["met"] + p["partial"] + p["pending"] for p in data["priorities"]) == 17
    assert data["stale_evidence"]  # April evidence is stale by November
    code, text, _ = run(capsys, "--claims", str(repo_root / "claims"), "status")
    assert "Heavy Nix Lane On honey" in text
    assert "\x1b[" not in text  # no colour when not on a terminal


def test_published_schema_is_current_and_validates_the_pack(repo_root: Path) -> None:
    published = json.loads((repo_root / "truthgraph/schemas/claims.schema.json").read_text())
    assert published == claims_json_schema(), (
        "run: truthgraph schema -o truthgraph/schemas/claims.schema.json"
    )
    validator = Draft202012Validator(published)
    for path in sorted((repo_root / "claims").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert text.startswith(
            "# yaml-language-server: $schema=../truthgraph/schemas/claims.schema.json"
        )
        data = json.loads(json.dumps(yaml.safe_load(text), default=str))
        errors = list(validator.iter_errors(data))
        assert not errors, f"{path.name}: {errors[0].message}"


def test_help_has_examples_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("validate", "status", "explain", "graph", "schema", "check"):
        code, out, _ = run(capsys, command, "--help")
        assert code == 0
        assert "Example" in out and "Exit codes" in out, command
