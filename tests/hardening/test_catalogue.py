"""Every reproducer of the hardening issue (#11), as data: files, command, exit code, one line.

Each case lays out files in a scratch folder (with a copy of the repository's
claims pack in `claims/`), optionally edits the pack, runs the command line in a
subprocess under 512 MiB and 5 s (see conftest), and checks the exit code and
one expected line. None may exit 3 or print a traceback (checked for every run).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.hardening.conftest import run_cli

CONTRADICTION = "Nix is preinstalled on tinyland-nix.\n"
DEEP = 490


def _nested_flow(depth: int) -> str:
    return "[" * depth + "]" * depth


def _alias_bomb() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    return "\n".join(lines) + "\n"


def _chain(length: int) -> str:
    claims = []
    for number in range(length):
        last = number == length - 1
        status = "" if last else f"    status: superseded\n    superseded_by: chain-{number + 1}\n"
        claims.append(
            f"  - id: chain-{number}\n    statement: Step {number}.\n    since: 2026-04-16\n"
            f"    evidence: [sprint-note-2026-04-16]\n{status}"
        )
    return "claims:\n" + "".join(claims)


@dataclass(frozen=True)
class Case:
    name: str
    args: tuple[str, ...]
    code: int | tuple[int, ...]
    expect: str = ""
    """A regular expression one line of the output must match (empty: none needed)."""
    files: dict[str, str | bytes] = field(default_factory=dict)
    edits: tuple[tuple[str, str, str], ...] = ()
    """(claims file, old text, new text) replacements in the claims copy."""
    links: dict[str, str] = field(default_factory=dict)
    fifos: tuple[str, ...] = ()
    sparse: dict[str, int] = field(default_factory=dict)
    absent: str = ""
    """A regular expression that must match nothing in the output."""


VALUE_SHAPE = r"value_shape: 'https?://[\w.-]*attic[\w.-]*(?::\d+)?'"
STALE = r"stale: ['attic-api\.nix-cache\.svc(?:\.cluster\.local)?(?::\d+)?']"
HOSTED = r"hosted_labels: ['^ubuntu-(latest|\d)']"
CHECK = ("check", "--claims", "claims", "docs")
VALIDATE = ("validate", "--claims", "claims")

CASES = [
    # 2: the pre-filter gives the findings --no-prefilter gives.
    Case(
        "emphasis-underscore",
        CHECK,
        1,
        r"docs/a\.md:1:1: .*TG10[12]",
        {"docs/a.md": "Nix is preinstalled on _tinyland-nix_.\n"},
    ),
    Case(
        "emphasis-double-underscore",
        CHECK,
        1,
        r"docs/a\.md:1:1: .*TG10[12]",
        {"docs/a.md": "Nix is preinstalled on __tinyland-nix__.\n"},
    ),
    # 3: YAML nested ~490 levels: the file is checked in part, the run goes on.
    Case(
        "deep-yaml-workflow",
        ("check", "--claims", "claims", "."),
        1,
        r"\.github/workflows/w\.yml: .*checked only in part: YAML nested deeper than 100",
        {
            ".github/workflows/w.yml": "jobs:\n  a:\n    runs-on: x\n    y: "
            + _nested_flow(DEEP)
            + "\n",
            "docs/a.md": CONTRADICTION,
        },
    ),
    Case(
        "deep-yaml-fence",
        CHECK,
        1,
        r"docs/a\.md: .*checked only in part: YAML nested deeper than 100",
        {
            "docs/a.md": CONTRADICTION
            + "\n```yaml\njobs:\n  a:\n    runs-on: x\n    y: "
            + _nested_flow(DEEP)
            + "\n```\n"
        },
    ),
    # 4: unbounded reads.
    Case(
        "dev-zero-link",
        CHECK,
        0,
        r"docs/zero\.md: .*a device, not a regular file",
        links={"docs/zero.md": "/dev/zero"},
        files={"docs/ok.md": "Fine.\n"},
    ),
    Case(
        "fifo-doc",
        CHECK,
        0,
        r"docs/pipe\.md: .*a FIFO, not a regular file",
        fifos=("docs/pipe.md",),
        files={"docs/ok.md": "Fine.\n"},
    ),
    # 5: regexes run in linear time, whatever their shape.
    Case(
        "redos-value-shape",
        CHECK,
        (0, 1),
        "",
        {"docs/a.md": "On tinyland-nix the Attic endpoint is " + "a" * 22 + "!\n"},
        edits=(("truths.yaml", VALUE_SHAPE, "value_shape: '(?:(?:a|aa)+)+$'"),),
    ),
    Case(
        "redos-stale",
        CHECK,
        (0, 1),
        "",
        {"docs/a.md": "The attic cache is " + "a" * 22 + "!\n"},
        edits=(("truths.yaml", STALE, "stale: ['((a+))+$']"),),
    ),
    Case(
        "redos-hosted-labels",
        ("check", "--claims", "claims", "."),
        (0, 1),
        "",
        {".github/workflows/w.yml": "jobs:\n  a:\n    runs-on: " + "a" * 22 + "!\n"},
        edits=(("truths.yaml", HOSTED, "hosted_labels: ['(aaa|aa|a)+$']"),),
    ),
    Case(
        "regex-backreference-refused",
        VALIDATE,
        2,
        r"cannot run in linear time",
        edits=(("truths.yaml", STALE, r"stale: ['(a)\1']"),),
    ),
    Case(
        "regex-empty-refused",
        VALIDATE,
        2,
        r"matches the empty text",
        edits=(("truths.yaml", STALE, "stale: ['x*']"),),
    ),
    # 6: markdown-it's nesting limit drops content: said, not silent.
    Case(
        "nested-lists",
        CHECK,
        1,
        r"docs/a\.md: .*checked only in part: Markdown nested deeper than 50 levels at line",
        {
            "docs/a.md": CONTRADICTION
            + "\n"
            + "".join("  " * i + "- x\n" for i in range(30))
            + "\n"
            + CONTRADICTION
        },
    ),
    Case(
        "nested-blockquotes",
        CHECK,
        0,
        r"docs/a\.md: .*checked only in part: Markdown nested deeper than 50 levels at line",
        {"docs/a.md": ">" * 60 + " " + CONTRADICTION},
    ),
    # 7: alias bomb and recursive alias.
    Case(
        "alias-bomb",
        VALIDATE,
        2,
        r"claims/bomb\.yaml:\d+:\d+: YAML aliases expand to more than 10,000 values",
        {"claims/bomb.yaml": _alias_bomb()},
    ),
    Case(
        "recursive-alias",
        VALIDATE,
        2,
        r"claims/loop\.yaml:1:\d+: nested deeper than 64",
        {"claims/loop.yaml": "a: &a [*a]\n"},
    ),
    # 9: bad dates and tags: located errors.
    Case(
        "bad-date",
        VALIDATE,
        2,
        r"claims/evidence\.yaml:\d+:\d+: cannot read value '2026-04-31' as timestamp",
        edits=(("evidence.yaml", "observed: 2026-04-16", "observed: 2026-04-31"),),
    ),
    Case(
        "year-zero",
        VALIDATE,
        2,
        r"claims/evidence\.yaml:\d+:\d+: cannot read value '0000-04-16' as timestamp",
        edits=(("evidence.yaml", "observed: 2026-04-16", "observed: 0000-04-16"),),
    ),
    Case(
        "int-tag",
        VALIDATE,
        2,
        r"claims/x\.yaml:1:4: cannot read value 'abc' as int",
        {"claims/x.yaml": "a: !!int abc\n"},
    ),
    Case(
        "timestamp-tag",
        VALIDATE,
        2,
        r"claims/x\.yaml:1:4: cannot read value '2026-02-30' as timestamp",
        {"claims/x.yaml": "a: !!timestamp 2026-02-30\n"},
    ),
    # 10: deep structures.
    Case(
        "deep-claims-yaml",
        VALIDATE,
        2,
        r"claims/deep\.yaml:1:\d+: nested deeper than 64",
        {"claims/deep.yaml": "a: " + _nested_flow(493) + "\n"},
    ),
    Case("long-supersession-chain", VALIDATE, (0, 1), r"valid", {"claims/chain.yaml": _chain(987)}),
    Case(
        "deep-pattern",
        VALIDATE,
        2,
        r"nests groups deeper than 32 levels",
        edits=(
            (
                "truths.yaml",
                "...3 clean false",
                "...3 " + "(" * 323 + "clean" + ")" * 323 + " false",
            ),
        ),
    ),
    Case(
        "deep-stale-regex",
        CHECK,
        (0, 1, 2),
        "",
        {"docs/a.md": "The attic cache is attic-api.\n"},
        edits=(("truths.yaml", STALE, "stale: ['" + "(" * 490 + "a" + ")" * 490 + "']"),),
    ),
    # 13: evasion by invisible or look-alike characters, HTML, symlinks.
    Case(
        "zero-width-space",
        CHECK,
        1,
        r"TG10[12]",
        {"docs/a.md": "Nix is preinstalled on tinyland\u200b-nix.\n"},
    ),
    Case(
        "soft-hyphen",
        CHECK,
        1,
        r"TG10[12]",
        {"docs/a.md": "Ni\u00adx is preinstalled on tinyland-nix.\n"},
    ),
    Case(
        "full-width",
        CHECK,
        1,
        r"TG10[12]",
        {"docs/a.md": "Ｎｉｘ is preinstalled on tinyland-nix.\n"},
    ),
    Case(
        "cyrillic-i", CHECK, 1, r"TG10[12]", {"docs/a.md": "Nіx is preinstalled on tinyland-nix.\n"}
    ),
    Case(
        "html-div",
        CHECK,
        1,
        r"docs/a\.md:1:6: .*TG10[12]",
        {"docs/a.md": "<div>" + CONTRADICTION.strip() + "</div>\n"},
    ),
    Case(
        "symlink-outside",
        CHECK,
        0,
        r"docs/pw\.md: .*symlink to /etc/passwd, outside the checked tree; not followed",
        links={"docs/pw.md": "/etc/passwd"},
        files={"docs/ok.md": "Fine.\n"},
    ),
    # 17: a pattern of gaps only.
    Case(
        "gap-only-pattern",
        VALIDATE,
        2,
        r"matches without any word",
        edits=(
            (
                "truths.yaml",
                '"(set|use|uses|keep|keeps|keeping|rely on|relies on|depend on|depends on|requires|'
                "require|with|enable|enables|pass|turn on|turns on|switch on|switches on) "
                '...3 clean false"',
                "'...12'",
            ),
        ),
    ),
    # 18: escaping.
    Case(
        "javascript-site-url",
        ("check", "--claims", "claims", "--format", "markdown", "docs"),
        1,
        r"nix-bootstrap-workflow-owned",
        {"docs/a.md": CONTRADICTION},
        edits=(
            (
                "truths.yaml",
                "  stale_after_days: 90",
                '  stale_after_days: 90\n  site_url: "javascript:alert(1)"',
            ),
        ),
        absent=r"javascript:",
    ),
    Case(
        "osc-in-claims-github",
        ("check", "--claims", "claims", "--format", "github", "docs"),
        1,
        r"::error ",
        {"docs/a.md": CONTRADICTION},
        edits=(
            (
                "truths.yaml",
                "quote: Nix bootstrap is still workflow-owned",
                'quote: "Nix bootstrap\\e]0;PWNED\\a is still\\e[2J workflow-owned"',
            ),
        ),
        absent="\x1b|\x07",
    ),
    Case(
        "osc-in-claims-status",
        ("status", "--claims", "claims"),
        0,
        "",
        edits=(
            (
                "truths.yaml",
                "quote: Nix bootstrap is still workflow-owned",
                'quote: "Nix bootstrap\\e]0;PWNED\\a is still workflow-owned"',
            ),
        ),
        absent="\x1b|\x07",
    ),
    # 19: baselines.
    Case(
        "baseline-deep-json",
        ("check", "--claims", "claims", "--baseline", "b.json", "docs"),
        2,
        r"b\.json: JSON nested too deeply to read",
        {"b.json": _nested_flow(100_000), "docs/a.md": CONTRADICTION},
    ),
    Case(
        "baseline-huge-number",
        ("check", "--claims", "claims", "--baseline", "b.json", "docs"),
        2,
        r"b\.json: baseline is not usable JSON: a number has more than 4,300 digits",
        {
            "b.json": '{"schema_version": 1, "entries": [], "x": ' + "9" * 5000 + "}",
            "docs/a.md": CONTRADICTION,
        },
    ),
    Case(
        "baseline-fifo",
        ("check", "--claims", "claims", "--baseline", "b.json", "docs"),
        2,
        r"b\.json: cannot read baseline: a FIFO, not a regular file",
        {"docs/a.md": CONTRADICTION},
        fifos=("b.json",),
    ),
    Case(
        "merge-fifo",
        ("merge", "r.json"),
        2,
        r"r\.json: cannot read report: a FIFO, not a regular file",
        fifos=("r.json",),
    ),
    Case(
        "merge-deep-json",
        ("merge", "r.json"),
        2,
        r"r\.json: JSON nested too deeply to read",
        {"r.json": _nested_flow(100_000)},
    ),
    Case(
        "baseline-bom",
        ("check", "--claims", "claims", "--baseline", "b.json", "docs"),
        1,
        r"TG10[12]",
        {"b.json": b'\xef\xbb\xbf{"schema_version": 1, "entries": []}', "docs/a.md": CONTRADICTION},
    ),
    Case(
        "baseline-other-pack",
        ("check", "--claims", "claims", "--baseline", "b.json", "docs"),
        1,
        r"warning: b\.json: baseline was written with another claims pack",
        {
            "b.json": '{"schema_version": 1, "claims_digest": "0123456789abcdef", "entries": []}',
            "docs/a.md": CONTRADICTION,
        },
    ),
    # 20: a full disk.
    Case(
        "dev-full",
        ("check", "--claims", "claims", "--output", "json=/dev/full", "docs"),
        2,
        r"/dev/full: cannot write: No space left on device",
        {"docs/a.md": CONTRADICTION},
    ),
    # 21: the claims loader.
    Case(
        "dangling-claims-link",
        VALIDATE,
        2,
        r"claims/gone\.yaml: cannot read: broken symlink",
        links={"claims/gone.yaml": "nowhere"},
    ),
    Case(
        "huge-claims-file",
        VALIDATE,
        2,
        r"claims/big\.yaml: file larger than 20 MiB",
        sparse={"claims/big.yaml": 100 * 2**20},
    ),
    # 22: control characters in YAML, with line:col.
    Case(
        "control-char-yaml",
        VALIDATE,
        2,
        r"claims/x\.yaml:2:8: control character U\+0001 is not allowed in YAML",
        {"claims/x.yaml": "a: b\nc: d e \x01\n"},
    ),
    # 23: a baseline over a checked doc.
    Case(
        "baseline-over-doc",
        ("baseline", "write", "--claims", "claims", "--baseline", "docs/index.md", "docs"),
        2,
        r"docs/index\.md: is one of the files being checked",
        {"docs/index.md": CONTRADICTION},
    ),
]


def _lay_out(case: Case, root: Path, claims: Path) -> None:
    for name, content in case.files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    for name, target in case.links.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.symlink_to(target)
    for name in case.fifos:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(path)
    for name, size in case.sparse.items():
        with (root / name).open("wb") as stream:
            stream.truncate(size)
    for file, old, new in case.edits:
        path = claims / file
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {file}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    (root / "docs").mkdir(exist_ok=True)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_reproducer(case: Case, tmp_path: Path, claims: Path) -> None:
    _lay_out(case, tmp_path, claims)
    run = run_cli(case.args, tmp_path)
    codes = case.code if isinstance(case.code, tuple) else (case.code,)
    assert run.code in codes, run.output
    if case.expect:
        assert any(re.search(case.expect, line) for line in run.output.splitlines()), run.output
    if case.absent:
        assert not re.search(case.absent, run.output), run.output


@pytest.mark.parametrize(
    "text",
    [
        "Nix is preinstalled on _tinyland-nix_.\n",
        "Nix is preinstalled on __tinyland-nix__.\n",
        "<div>Nix is preinstalled on tinyland-nix.</div>\n",
        # A value rule scoped to a page mention, in a code block of a page without one.
        "# Cache setup\n\n```bash\nexport ATTIC_SERVER=https://attic-other.example:8080\n```\n",
    ],
)
def test_prefilter_gives_the_findings_of_no_prefilter(
    tmp_path: Path, claims: Path, text: str
) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text(text, encoding="utf-8")
    with_filter = run_cli(CHECK, tmp_path)
    without = run_cli(("check", "--no-prefilter", *CHECK[1:]), tmp_path)
    assert with_filter.code == without.code == 1
    assert with_filter.out == without.out
