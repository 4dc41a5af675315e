"""`truthgraph validate`: the real pack is valid; each injected fault is one exact exit-2 error."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import replace_in
from truthgraph.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    captured = capsys.readouterr()
    return int(exit_info.value.code or 0), captured.out, captured.err


def test_repository_pack_is_valid(capsys: pytest.CaptureFixture[str], repo_root: Path) -> None:
    code, out, err = run(capsys, "--claims", str(repo_root / "claims"), "validate")
    assert code == 0, err
    assert "18 claims, 4 non-goals, 6 priorities, 17 exit signals" in out
    assert "Traceback" not in err


def test_duplicate_id_names_both_places(
    capsys: pytest.CaptureFixture[str], claims_copy: Path
) -> None:
    evidence = claims_copy / "evidence.yaml"
    line = replace_in(evidence, "  - id: yt-text-67", "  - id: lab-73")
    code, _, err = run(capsys, "--claims", str(claims_copy), "validate")
    assert code == 2
    assert re.search(
        rf'evidence\.yaml:{line}:\d+: duplicate id "lab-73" '
        r"\(first defined at .*evidence\.yaml:15:\d+\)",
        err,
    ), err
    assert "Traceback" not in err


def test_dangling_evidence_reference(capsys: pytest.CaptureFixture[str], claims_copy: Path) -> None:
    truths = claims_copy / "truths.yaml"
    replace_in(
        truths,
        "evidence: [honey-runtime-audit, sprint-note-2026-04-16]",
        "evidence: [honey-runtime-audit, no-such-evidence]",
    )
    code, _, err = run(capsys, "--claims", str(claims_copy), "validate")
    assert code == 2
    assert 'arc-scales-horizontally refers to unknown evidence "no-such-evidence"' in err
    assert re.search(r"truths\.yaml:\d+:\d+: ", err)


def test_yaml_syntax_error_has_line(capsys: pytest.CaptureFixture[str], claims_copy: Path) -> None:
    truths = claims_copy / "truths.yaml"
    line = replace_in(
        truths,
        "    quote: ARC still scales runner count horizontally",
        "    quote: [ARC still scales runner count horizontally",
    )
    code, _, err = run(capsys, "--claims", str(claims_copy), "validate")
    assert code == 2
    assert "YAML syntax error" in err
    found = re.search(r"truths\.yaml:(\d+):\d+: YAML syntax error", err)
    assert found and int(found.group(1)) >= line, err
    assert "Traceback" not in err


def test_misspelt_field_suggests_the_right_one(
    capsys: pytest.CaptureFixture[str], claims_copy: Path
) -> None:
    truths = claims_copy / "truths.yaml"
    line = replace_in(
        truths,
        "    evidence: [honey-runtime-audit, sprint-note-2026-04-16]",
        "    evidense: [honey-runtime-audit, sprint-note-2026-04-16]",
    )
    code, _, err = run(capsys, "--claims", str(claims_copy), "validate")
    assert code == 2
    assert (
        f'truths.yaml:{line}:5: claim "arc-scales-horizontally": '
        'unknown field "evidense" (did you mean "evidence"?)' in err
    )


def test_sequence_cycle(capsys: pytest.CaptureFixture[str], claims_copy: Path) -> None:
    sprint = claims_copy / "sprint.yaml"
    text = sprint.read_text(encoding="utf-8")
    start = text.index("  - id: seq-1-heavy-lane-validation")
    block_end = text.index("  - id: seq-2-default-branch-proof")
    block = text[start:block_end]
    assert "after:" not in block or "after: []" in block
    patched = (
        block.replace("after: []", "after: [seq-6-flakehub-narrow-rfc]")
        if "after: []" in block
        else block.rstrip("\n") + "\n    after: [seq-6-flakehub-narrow-rfc]\n\n"
    )
    sprint.write_text(text[:start] + patched + text[block_end:], encoding="utf-8")
    code, _, err = run(capsys, "--claims", str(claims_copy), "validate")
    assert code == 2
    assert "sequence cycle: seq-1-heavy-lane-validation -> " in err
    assert re.search(r"sprint\.yaml:\d+:\d+: sequence cycle", err)


def test_unknown_tag_is_refused(capsys: pytest.CaptureFixture[str], claims_copy: Path) -> None:
    (claims_copy / "evil.yaml").write_text(
        "evidence:\n  - !!python/object/apply:os.system ['echo hacked']\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "--claims", str(claims_copy), "validate")
    assert code == 2
    assert "evil.yaml:2:" in err
    assert "hacked" not in out


def test_superseded_by_retired_claim(capsys: pytest.CaptureFixture[str], claims_copy: Path) -> None:
    truths = claims_copy / "truths.yaml"
    replace_in(
        truths, "  - id: arc-lane-taxonomy\n", "  - id: arc-lane-taxonomy\n    status: retired\n"
    )
    replace_in(
        truths,
        "  - id: personal-lanes-not-repo-owned\n",
        "  - id: personal-lanes-not-repo-owned\n    status: superseded\n"
        "    superseded_by: arc-lane-taxonomy\n",
    )
    code, _, err = run(capsys, "--claims", str(claims_copy), "validate")
    assert code == 2
    assert (
        'personal-lanes-not-repo-owned is superseded_by "arc-lane-taxonomy", which is retired'
        in err
    )


def test_bad_pattern_points_at_claim(capsys: pytest.CaptureFixture[str], claims_copy: Path) -> None:
    truths = claims_copy / "truths.yaml"
    replace_in(
        truths, '          - "(set|use|uses|keep', '          - "{no-such-terms} (set|use|uses|keep'
    )
    code, _, err = run(capsys, "--claims", str(claims_copy), "validate")
    assert code == 2
    assert "template-no-clean-false/recommends-clean-false" in err
    assert "unknown term set {no-such-terms}" in err


def test_warnings_are_not_errors_unless_strict(
    capsys: pytest.CaptureFixture[str], repo_root: Path
) -> None:
    code, _, err = run(
        capsys, "--claims", str(repo_root / "claims"), "validate", "--today", "2026-12-31"
    )
    assert code == 0
    assert "stale-evidence" in err
    code, _, _ = run(
        capsys,
        "--claims",
        str(repo_root / "claims"),
        "validate",
        "--today",
        "2026-12-31",
        "--strict",
    )
    assert code == 1
    code, _, err = run(
        capsys,
        "--claims",
        str(repo_root / "claims"),
        "validate",
        "--today",
        "2026-04-20",
        "--strict",
    )
    assert code == 0, err
