"""Sample reports for reporter tests: findings of every shape, with hostile doc text."""

from __future__ import annotations

from pathlib import Path

from truthgraph.findings import FileProblem, Finding, Related, Report, Severity
from truthgraph.reporters import ReportContext, RuleInfo

GOLDEN = Path(__file__).parent / "golden"
UPDATE = "UPDATE_GOLDEN"

NIX = "nix-bootstrap-workflow-owned"
ATTIC = "attic-server-current"
NO_GITLAB = "no-gitlab-parity"

LONG_SENTENCE = (
    "For historical reasons that go back to the first quarter of the programme, when every "
    "team still ran its own machines and nobody had written anything down, the tinyland-nix "
    "runner ships with Nix preinstalled and needs no further setup step in any workflow, "
    "which is what most of the older onboarding pages still say today."
)


def make_finding(**overrides: object) -> Finding:
    """A claim finding with sensible defaults; any field can be overridden (end_line: line)."""
    fields: dict[str, object] = {
        "path": "docs/guide.md",
        "line": 3,
        "column": 5,
        "end_column": 39,
        "claim": NIX,
        "rule": "TG101",
        "rule_name": "contradicted-wording",
        "severity": Severity.ERROR,
        "message": f'contradicts "{NIX}": Each workflow installs Nix itself.',
        "excerpt": "The tinyland-nix runner ships with Nix preinstalled.",
        "fix": "Say that each workflow installs Nix with the determinate action.",
        "rule_id": f"{NIX}/preinstalled",
        "detail": 'matched "tinyland-nix runner ships with Nix"',
    }
    fields.update(overrides)
    fields.setdefault("end_line", fields["line"])
    return Finding(**fields)  # type: ignore[arg-type]


def sample_report() -> Report:
    """Findings of every shape a reporter must handle, including hostile doc text."""
    findings = [
        make_finding(),
        make_finding(
            line=12,
            column=20,
            end_column=31,
            claim=ATTIC,
            rule="TG301",
            rule_name="stale-value",
            severity=Severity.WARNING,
            message=f'contradicts "{ATTIC}": The Attic server is attic.tinyland.dev.',
            excerpt="ATTIC_SERVER | old.example | the cache",
            fix="",
            rule_id=f"{ATTIC}/server",
            detail='states ATTIC_SERVER = "old.example"',
        ),
        make_finding(
            line=20,
            column=1,
            end_column=2,
            claim=None,
            rule="TG901",
            rule_name="unused-suppression",
            severity=Severity.INFO,
            message=f'suppression of "{NIX}" suppressed nothing; remove it',
            excerpt=f"<!-- truthgraph-disable-next-line {NIX} -->",
            fix="",
            rule_id="",
            detail="",
        ),
        make_finding(
            path=".github/workflows/ci.yml",
            line=14,
            column=14,
            end_column=17,
            rule="TG401",
            rule_name="nix-before-bootstrap",
            excerpt="run: nix build .#default",
            rule_id=f"{NIX}/bootstrap-first",
            detail="runs `nix` before any step that installs Nix",
            related=(Related(9, 14, "job build runs-on: tinyland-nix"),),
        ),
        make_finding(
            path="docs/notes: 50%, draft.md",
            line=7,
            column=1,
            end_line=8,
            end_column=9,
            claim=NO_GITLAB,
            rule="TG501",
            rule_name="promises-non-goal",
            message=f'promises non-goal "{NO_GITLAB}": 100% GitLab parity, soon:\nnot this sprint',
            excerpt='<script>alert("x")</script> | 100% parity, now: yes\nnext \x1b[31mline',
            fix="Drop the promise; link the non-goal instead.",
            rule_id=f"{NO_GITLAB}/promise",
            detail='matched "100% parity, now"',
        ),
        make_finding(
            path="docs/long.md",
            line=40,
            column=170,
            end_column=210,
            excerpt=LONG_SENTENCE,
        ),
    ]
    report = Report(
        findings=findings,
        problems=[FileProblem("docs/broken.md", "not UTF-8 (line 3, byte 17); save it as UTF-8")],
        files_checked=4,
        files_skipped=2,
        sentences=120,
        suppressed=1,
        claims_digest="0f3c9a1b2d4e5f60",
        tool_version="0.1.0",
    )
    report.sort()
    return report


def sample_context(
    color: bool = False, site_url: str = "https://docs.example.org/truth/"
) -> ReportContext:
    claims = {
        NIX: RuleInfo(
            NIX,
            "Each workflow installs Nix itself.",
            "Say that each workflow installs Nix with the determinate action.",
            "claim",
            Severity.ERROR,
        ),
        ATTIC: RuleInfo(
            ATTIC,
            "The Attic server is attic.tinyland.dev.",
            "Use attic.tinyland.dev.",
            "claim",
            Severity.WARNING,
        ),
        NO_GITLAB: RuleInfo(
            NO_GITLAB, "No GitLab parity this sprint.", "", "non-goal", Severity.ERROR
        ),
    }
    return ReportContext(tool_version="0.1.0", claims=claims, site_url=site_url, color=color)
