"""One contradiction, one finding: a workflow's structure and the comment that says the
same thing are reported once, at the structure."""

from __future__ import annotations

from truthgraph.engine import Checker

WORKFLOW = """\
jobs:
  smoke-beta:
    # Same label as primary CI; when the variable is unset
    # we drop to ubuntu-latest so beta never blocks.
    runs-on: ${{ vars.PRIMARY_RUNNER || 'ubuntu-latest' }}
    steps:
      - run: pnpm test
  build:
    runs-on: tinyland-docker
    steps:
      - run: make
"""


def test_a_comment_over_a_structural_finding_is_not_reported_again(gf_checker: Checker) -> None:
    result = gf_checker.check_text(".github/workflows/beta.yml", WORKFLOW)
    hosted = [f for f in result.findings if f.claim == "hosted-runners-explicit-exception"]
    assert [(f.line, f.rule) for f in hosted] == [(5, "TG403")]


def test_the_comment_alone_is_reported(gf_checker: Checker) -> None:
    text = WORKFLOW.replace("${{ vars.PRIMARY_RUNNER || 'ubuntu-latest' }}", "tinyland-docker")
    result = gf_checker.check_text(".github/workflows/beta.yml", text)
    hosted = [f for f in result.findings if f.claim == "hosted-runners-explicit-exception"]
    assert [(f.line, f.rule) for f in hosted] == [(4, "TG102")]


def test_two_rules_of_one_claim_at_one_place_report_once(gf_checker: Checker) -> None:
    text = "# GloriousFlywheel lanes\n\n`tinyland-nix-large`\n:   Middle lane, live on `honey`.\n"
    result = gf_checker.check_text("docs/glossary.md", text)
    lanes = [f for f in result.findings if f.claim == "arc-lane-taxonomy"]
    assert [(f.line, f.rule) for f in lanes] == [(3, "TG304")]


def test_a_diagram_label_read_as_prose_and_code_is_reported_once(gf_checker: Checker) -> None:
    text = (
        "# GloriousFlywheel caches\n\n```mermaid\nflowchart LR\n"
        '  TN["tinyland-nix"] --> A1[("attic-api.nix-cache.svc:8080")]\n'
        '  PN["personal-nix"] --> A2[("attic-api.nix-cache.svc:8080")]\n```\n'
    )
    result = gf_checker.check_text("docs/caches.md", text)
    attic = [f for f in result.findings if f.claim == "attic-endpoint-current"]
    assert [(f.line, f.rule) for f in attic] == [(5, "TG301")]
