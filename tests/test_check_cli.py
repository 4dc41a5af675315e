"""`truthgraph check` as users run it: exit codes, positions, formats and bad input."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from truthgraph.cli import main

DATA = Path(__file__).parent / "data" / "docs"


def run(capsys: pytest.CaptureFixture[str], repo_root: Path, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(["--claims", str(repo_root / "claims"), *args])
    captured = capsys.readouterr()
    return int(exit_info.value.code or 0), captured.out, captured.err


def test_planted_contradictions_fail_with_positions(
    capsys: pytest.CaptureFixture[str], repo_root: Path
) -> None:
    code, out, _ = run(
        capsys, repo_root, "check", str(DATA / "contradictions.md"), "--format", "json"
    )
    assert code == 1
    report = json.loads(out)
    places = {(f["line"], f["column"], f["claim"], f["rule"]) for f in report["findings"]}
    assert (7, 6, "nix-bootstrap-workflow-owned", "TG102") in places
    assert (9, 1, "arc-scales-horizontally", "TG102") in places
    assert (11, 33, "attic-endpoint-current", "TG301") in places
    assert (19, 14, "nix-bootstrap-workflow-owned", "TG401") in places
    assert all(f["fingerprint"] and f["message"] and f["excerpt"] for f in report["findings"])


def test_consistent_docs_and_near_misses_pass(
    capsys: pytest.CaptureFixture[str], repo_root: Path
) -> None:
    code, out, err = run(
        capsys, repo_root, "check", str(DATA / "consistent.md"), str(DATA / "unrelated.md")
    )
    assert code == 0, out + err
    assert "No findings" in out or "0 errors" in out


def test_text_output_names_file_line_and_column(
    capsys: pytest.CaptureFixture[str], repo_root: Path
) -> None:
    code, out, _ = run(capsys, repo_root, "check", str(DATA / "contradictions.md"))
    assert code == 1
    assert "contradictions.md:7:6:" in out
    assert "nix-bootstrap-workflow-owned" in out


def test_fail_on_levels(
    capsys: pytest.CaptureFixture[str], repo_root: Path, tmp_path: Path
) -> None:
    doc = tmp_path / "hosted.md"
    doc.write_text(
        "Our tinyland-docker lane.\n\n```yaml\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: make test\n```\n",
        encoding="utf-8",
    )
    code, _, _ = run(capsys, repo_root, "check", str(doc))
    assert code == 0  # a warning does not fail by default
    code, _, _ = run(capsys, repo_root, "check", str(doc), "--fail-on", "warning")
    assert code == 1


def test_unknown_format_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], repo_root: Path
) -> None:
    code, _, err = run(capsys, repo_root, "check", str(DATA), "--format", "xml")
    assert code == 2
    assert err.startswith("truthgraph: error: Invalid value for '--format': 'xml' is not one of")
    assert "'sarif'" in err and err.count("\n") == 1


def test_missing_path_is_a_usage_error(capsys: pytest.CaptureFixture[str], repo_root: Path) -> None:
    code, _, err = run(capsys, repo_root, "check", "no/such/dir")
    assert code == 2
    assert err == (
        "truthgraph: error: no/such/dir: no such file or folder (given); pass paths that exist\n"
    )


def test_output_files_are_written(
    capsys: pytest.CaptureFixture[str], repo_root: Path, tmp_path: Path
) -> None:
    sarif = tmp_path / "out.sarif"
    summary = tmp_path / "summary.md"
    code, _, _ = run(
        capsys,
        repo_root,
        "check",
        str(DATA / "contradictions.md"),
        "--output",
        f"sarif={sarif}",
        "--output",
        f"markdown={summary}",
    )
    assert code == 1
    assert json.loads(sarif.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert "nix-bootstrap-workflow-owned" in summary.read_text(encoding="utf-8")


def test_unwritable_output_leaves_nothing(
    capsys: pytest.CaptureFixture[str], repo_root: Path, tmp_path: Path
) -> None:
    target = tmp_path / "missing-dir" / "out.json"
    code, _, err = run(capsys, repo_root, "check", str(DATA), "--output", f"json={target}")
    assert code == 2
    assert "cannot write" in err
    assert not target.parent.exists()


def test_bad_files_are_listed_not_skipped(
    capsys: pytest.CaptureFixture[str], repo_root: Path, tmp_path: Path
) -> None:
    (tmp_path / "latin1.md").write_bytes("Caf\xe9 tinyland-nix".encode("latin-1"))
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02tinyland-nix")
    (tmp_path / "huge.md").write_text("tinyland-nix " * (11 * 1024 * 1024 // 13), encoding="utf-8")
    (tmp_path / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    (tmp_path / "loop").symlink_to(tmp_path)  # a folder link back up: never followed
    code, out, err = run(capsys, repo_root, "check", str(tmp_path), "--format", "json")
    assert code == 0
    problems = {Path(p["path"]).name: p["reason"] for p in json.loads(out)["problems"]}
    assert problems["latin1.md"].startswith("not UTF-8 (line 1, byte 3)")
    assert problems["binary.md"].startswith("binary file")
    assert problems["huge.md"].startswith("larger than 10 MiB")
    assert problems["dangling.md"].startswith("cannot read")
    assert "could not be checked" in err
    assert "Traceback" not in err


@pytest.mark.skipif(
    os.geteuid() == 0,
    reason="root reads files whatever their mode; "
    "the dangling-link case covers unreadable files instead",
)
def test_unreadable_file(
    capsys: pytest.CaptureFixture[str], repo_root: Path, tmp_path: Path
) -> None:
    doc = tmp_path / "secret.md"
    doc.write_text("tinyland-nix", encoding="utf-8")
    doc.chmod(0)
    code, out, _ = run(capsys, repo_root, "check", str(tmp_path), "--format", "json")
    assert json.loads(out)["problems"][0]["reason"].startswith("cannot read")
    assert code == 0


def test_empty_tree_is_an_input_error(
    capsys: pytest.CaptureFixture[str], repo_root: Path, tmp_path: Path
) -> None:
    """Nothing checked is not a pass: exit 2, naming what was looked at."""
    (tmp_path / "notes.txt").write_text("ARC resizes runner pods on demand.\n", encoding="utf-8")
    code, _, err = run(capsys, repo_root, "check", str(tmp_path))
    assert code == 2
    assert err.startswith("truthgraph: error: nothing was checked: no Markdown or workflow files")


def _with_stale(repo_root: Path, tmp_path: Path, expression: str) -> Path:
    claims = tmp_path / "claims"
    shutil.copytree(repo_root / "claims", claims)
    truths = claims / "truths.yaml"
    text = truths.read_text(encoding="utf-8")
    truths.write_text(
        text.replace(
            "stale: ['attic-api\\.nix-cache\\.svc(?:\\.cluster\\.local)?(?::\\d+)?']",
            f"stale: ['{expression}']",
        ),
        encoding="utf-8",
    )
    return claims


def test_catastrophic_regex_in_claims_runs_in_linear_time(
    capsys: pytest.CaptureFixture[str], repo_root: Path, tmp_path: Path
) -> None:
    claims = _with_stale(repo_root, tmp_path, "(a+)+$")
    doc = tmp_path / "doc.md"
    doc.write_text("The attic endpoint is " + "a" * 40 + "b.\n", encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(SystemExit) as exit_info:
        main(["--claims", str(claims), "check", str(doc)])
    assert exit_info.value.code in (0, 1)
    assert time.monotonic() - started < 5


def test_regex_needing_backtracking_is_refused(
    capsys: pytest.CaptureFixture[str], repo_root: Path, tmp_path: Path
) -> None:
    claims = _with_stale(repo_root, tmp_path, "(a)\\1")
    with pytest.raises(SystemExit) as exit_info:
        main(["--claims", str(claims), "check", str(DATA)])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2
    assert "cannot run in linear time" in err


def test_jobs_give_the_same_report(
    capsys: pytest.CaptureFixture[str], repo_root: Path, tmp_path: Path
) -> None:
    for number in range(12):
        shutil.copy(DATA / "contradictions.md", tmp_path / f"c{number}.md")
        shutil.copy(DATA / "consistent.md", tmp_path / f"ok{number}.md")
    _, one, _ = run(capsys, repo_root, "check", str(tmp_path), "--format", "json", "--jobs", "1")
    _, two, _ = run(capsys, repo_root, "check", str(tmp_path), "--format", "json", "--jobs", "2")
    assert json.loads(one)["findings"] == json.loads(two)["findings"]
    assert len(json.loads(one)["findings"]) == 12 * 4


def test_a_parser_failure_is_reported_not_hidden(
    capsys: pytest.CaptureFixture[str], repo_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import truthgraph.parse.markdown as parse

    def fail(self: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(parse._Builder, "run", fail)
    code, out, _ = run(
        capsys, repo_root, "check", str(DATA / "contradictions.md"), "--format", "json"
    )
    problems = json.loads(out)["problems"]
    assert problems[0]["reason"].startswith(
        "checked only in part: the parser stopped (RecursionError"
    )
    # Nothing was built before the failure, so nothing is reported from the file itself:
    # the run does not fail on it, but the file is listed as checked only in part.
    assert code == 0


def test_a_huge_single_line_is_bounded_and_reported(
    capsys: pytest.CaptureFixture[str], repo_root: Path, tmp_path: Path
) -> None:
    words = "tinyland-nix ships with Nix preinstalled and ARC grows the pod memory on demand"
    (tmp_path / "one-line.md").write_text((words + " , ") * 40_000, encoding="utf-8")
    code, out, _ = run(capsys, repo_root, "check", str(tmp_path), "--format", "json")
    report = json.loads(out)
    assert code == 0
    assert report["findings"] == []
    reason = report["problems"][0]["reason"]
    assert reason.startswith("checked only in part: a ")
    assert "run without sentence breaks at line 1 was not read as prose" in reason
