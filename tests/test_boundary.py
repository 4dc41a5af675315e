"""`truthgraph boundary TOPIC [DRAFT...]`: what may be said about a topic, and drafts checked
against that topic only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from truthgraph.boundary import plain_non_goal
from truthgraph.claims.pack import ClaimsPack, load_pack
from truthgraph.cli import main
from truthgraph.examples import claim_examples, parse_examples

TODAY = "2026-04-20"

RESPECTS = """\
# RFC: a narrow FlakeHub lane

FlakeHub is for publication and discovery of clean derivations after bootstrap.
Nix installation stays workflow-owned, through the nix-job action.
Memory-heavy Rust/Nix work goes to `tinyland-nix-heavy`.
"""

CROSSES = """\
# RFC: FlakeHub for builders

FlakeHub Cache will serve build outputs to the runners, so builds finish faster.

With this RFC, FlakeHub solves our memory-heavy Rust/Nix workloads.

ARC resizes the runner pod when a job needs more memory.
"""


def run(capsys: pytest.CaptureFixture[str], repo_root: Path, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(["--claims", str(repo_root / "claims"), *args])
    captured = capsys.readouterr()
    return int(exit_info.value.code or 0), captured.out, captured.err


def test_boundary_without_drafts_says_what_may_and_may_not_be_said(
    capsys: pytest.CaptureFixture[str], repo_root: Path
) -> None:
    code, out, _ = run(capsys, repo_root, "boundary", "flakehub", "--today", TODAY)
    assert code == 0
    may, _, rest = out.partition("WHAT MAY NOT BE SAID")
    may_not, _, questions = rest.partition("OPEN QUESTIONS")
    assert "[flakehub-publication-only]" in may
    assert "evidence: GloriousFlywheel Builder Runtime Sprint Priorities 2026-04-16" in may
    assert "4 days old, fresh" in may
    assert "FlakeHub installs or bootstraps Nix on the runners." in may_not  # from the facts
    assert "Do not present FlakeHub as the answer to memory-heavy Rust/Nix workloads." in may_not
    assert "the repo has one clear FlakeHub owner lane — pending" in questions
    assert "{" not in out  # no raw pattern syntax


def test_a_draft_that_respects_the_boundary_passes(
    capsys: pytest.CaptureFixture[str], repo_root: Path, tmp_path: Path
) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(RESPECTS, encoding="utf-8")
    code, out, _ = run(capsys, repo_root, "boundary", "flakehub", str(draft), "--today", TODAY)
    assert code == 0, out
    assert "the drafts stay inside the boundary" in out


def test_a_draft_that_crosses_it_gets_findings_in_the_boundarys_words(
    capsys: pytest.CaptureFixture[str], repo_root: Path, tmp_path: Path
) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(CROSSES, encoding="utf-8")
    config = tmp_path / "pyproject.toml"
    config.write_text(
        '[tool.truthgraph]\nsite-url = "https://docs.example.org/truthgraph"\n', encoding="utf-8"
    )
    code, out, _ = run(
        capsys, repo_root, "--config", str(config), "boundary", "FlakeHub", str(draft)
    )
    assert code == 1
    drafts = out.partition("DRAFTS CHECKED AGAINST THIS BOUNDARY")[2]
    # The cache sentence is about FlakeHub in the runtime story, not about heavy workloads.
    assert f"{draft.as_posix()}:3:1: error: FlakeHub Cache will serve" in drafts
    cache_finding = drafts.split(":3:1:")[1].split(":5:")[0]
    assert "The boundary says: FlakeHub is" in cache_finding
    assert "truthgraph explain flakehub-publication-only" in cache_finding
    assert "https://docs.example.org/truthgraph/claims/flakehub-publication-only/" in cache_finding
    assert "memory-heavy" not in cache_finding
    heavy = drafts.split(":5:")[1]
    assert "The boundary says: Do not present FlakeHub as the answer to memory-heavy" in heavy
    assert "truthgraph explain nongoal-flakehub-memory-heavy" in heavy
    # Line 7 contradicts an ARC claim, not on this topic: not this boundary's business.
    assert ":7:" not in drafts
    assert "2 sentence(s) cross the boundary" in drafts


def test_json_and_markdown_carry_the_same_content(
    capsys: pytest.CaptureFixture[str], repo_root: Path, tmp_path: Path
) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(CROSSES, encoding="utf-8")
    args = ("boundary", "flakehub", str(draft), "--today", TODAY)
    code, out, _ = run(capsys, repo_root, *args, "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data["topic"] == "flakehub"
    assert [t["id"] for t in data["may"]] == [
        "flakehub-publication-only",
        "caches-are-acceleration-not-publication",
        "flakehub-rfc-owner",
    ]
    assert {g["id"] for g in data["may_not"]} >= {"nongoal-flakehub-memory-heavy"}
    assert [(f["line"], f["record"]) for f in data["findings"]] == [
        (3, "flakehub-publication-only"),
        (5, "nongoal-flakehub-memory-heavy"),
    ]
    assert all(f["explain"] == f"truthgraph explain {f['record']}" for f in data["findings"])
    code, markdown, _ = run(capsys, repo_root, *args, "--format", "markdown")
    assert code == 1
    assert markdown.startswith("# Boundary: FlakeHub\n")
    for heading in ("## What may be said", "## What may not be said", "## Open questions"):
        assert heading in markdown
    assert "`truthgraph explain nongoal-flakehub-memory-heavy`" in markdown


def test_unknown_topic_is_an_input_error_with_a_suggestion(
    capsys: pytest.CaptureFixture[str], repo_root: Path
) -> None:
    code, _, err = run(capsys, repo_root, "boundary", "flakehb")
    assert code == 2
    assert err.startswith('truthgraph: error: no claim or non-goal has the topic "flakehb"')
    assert "(did you mean flakehub" in err


def test_missing_draft_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], repo_root: Path, tmp_path: Path
) -> None:
    code, _, err = run(capsys, repo_root, "boundary", "flakehub", str(tmp_path / "nope.md"))
    assert code == 2
    assert "no such file or folder" in err


@pytest.fixture(scope="module")
def pack() -> ClaimsPack:
    return load_pack(Path(__file__).resolve().parent.parent / "claims")


def test_examples_are_executed_against_the_checker(pack: ClaimsPack) -> None:
    examples = claim_examples(pack, "nix-bootstrap-workflow-owned")
    assert "tinyland-nix comes with Nix preinstalled." in examples.contradicting
    assert examples.fine and all(e.endswith(".") for e in examples.fine)
    assert not any(e.lower().startswith("say that") for e in examples.fine)
    assert claim_examples(pack, "no-such-claim").contradicting == []


def test_a_paraphrase_example_the_checker_does_not_flag_is_not_shown(tmp_path: Path) -> None:
    claims = tmp_path / "claims"
    claims.mkdir()
    (claims / "pack.yaml").write_text(
        "pack:\n  name: t\n  snapshot: 2026-04-01\n"
        "claims:\n  - id: c\n    statement: Widgets are plain\n    since: 2026-04-01\n"
        "    fix: Widgets are plain objects.\n"
        "    rules:\n      - id: p\n        kind: paraphrase\n        anchors: [widgets]\n"
        "        examples:\n          - Widgets run on pure magic every day\n"
        "          - Nothing about the subject at all here\n",
        encoding="utf-8",
    )
    examples = claim_examples(load_pack(claims), "c")
    assert examples.contradicting == ["Widgets run on pure magic every day."]
    assert examples.fine == ["Widgets are plain objects.", "Widgets are plain."]


def test_non_goals_in_plain_language() -> None:
    assert plain_non_goal("FlakeHub as the answer to Nix installation") == (
        "Do not present FlakeHub as the answer to Nix installation."
    )
    assert plain_non_goal("dynamic vertical pod resizing for ARC runner pods") == (
        "Do not promise dynamic vertical pod resizing for ARC runner pods."
    )


DOC_EXAMPLES = """\
# Page

## Workspaces

<!-- truthgraph-example -->
!!! failure "Flagged"
    Set `clean: false` on checkout to keep the workspace between jobs.

<!-- truthgraph-example -->
!!! failure "Not flagged after all"
    The weather is nice today.

!!! failure "Unmarked: a failure admonition that is not an example"
    Nix is preinstalled on tinyland-nix.

!!! success "Right"
    Each job starts from a clean checkout in its own workspace. The weather is nice.

## Elsewhere

!!! success "Right, but another section"
    Jobs use isolated workspaces, never clean false.
"""


def test_docs_example_admonitions_are_parsed() -> None:
    found = parse_examples(DOC_EXAMPLES, "docs/p.md")
    assert [(e.text, e.wrong, e.section) for e in found] == [
        (
            "Set `clean: false` on checkout to keep the workspace between jobs.",
            True,
            "docs/p.md#Workspaces",
        ),
        ("The weather is nice today.", True, "docs/p.md#Workspaces"),
        (
            "Each job starts from a clean checkout in its own workspace.",
            False,
            "docs/p.md#Workspaces",
        ),
        ("The weather is nice.", False, "docs/p.md#Workspaces"),
        ("Jobs use isolated workspaces, never clean false.", False, "docs/p.md#Elsewhere"),
    ]


def test_executed_docs_examples_become_a_claims_examples(pack: ClaimsPack, tmp_path: Path) -> None:
    (tmp_path / "p.md").write_text(DOC_EXAMPLES, encoding="utf-8")
    without = claim_examples(pack, "template-no-clean-false")
    examples = claim_examples(pack, "template-no-clean-false", [tmp_path])
    generated = "js-bazel-package.yml keeps a persistent workspace (clean: false)."
    assert without.contradicting == [generated]  # from its facts only
    assert examples.contradicting == [
        generated,
        "Set `clean: false` on checkout to keep the workspace between jobs.",
    ]
    # The right version of its section, when it names the claim's subject or topics.
    assert "Each job starts from a clean checkout in its own workspace." in examples.fine
    assert "The weather is nice." not in examples.fine
    assert "Jobs use isolated workspaces, never clean false." not in examples.fine
    assert "The weather is nice today." not in [
        e for c in pack.claims for e in claim_examples(pack, c, [tmp_path]).contradicting
    ]
