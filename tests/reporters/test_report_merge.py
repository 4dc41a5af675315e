"""Merging JSON reports: one valid report out, clear errors for inputs that cannot be merged."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from reporter_samples import make_finding, sample_context, sample_report

from truthgraph.errors import ReportError
from truthgraph.findings import FileProblem, Report, Severity
from truthgraph.merge import load_report, merge_reports, report_validator
from truthgraph.reporters import render


def as_document(report: Report, version: str = "0.1.0") -> dict[str, Any]:
    context = sample_context()
    document: dict[str, Any] = json.loads(render("json", report, context))
    document["tool"]["version"] = version
    return document


def second_report() -> Report:
    report = Report(
        findings=[
            make_finding(path="README.md", line=2, severity=Severity.WARNING),
            make_finding(path="docs/guide.md", line=1),
        ],
        problems=[FileProblem("docs/a-broken.md", "binary file (NUL bytes); not checked")],
        files_checked=2,
        files_skipped=1,
        sentences=30,
        suppressed=2,
        baseline_matched=1,
        baseline_gone=["00ff"],
        claims_digest="0f3c9a1b2d4e5f60",
    )
    report.sort()
    return report


def test_merge_joins_lists_and_sums_counts() -> None:
    first, second = as_document(sample_report()), as_document(second_report())
    merged = merge_reports([("a.json", first), ("b.json", second)])
    report_validator().validate(merged)
    assert merged["tool"] == {"name": "truthgraph", "version": "0.1.0"}
    assert merged["claims_digest"] == "0f3c9a1b2d4e5f60"
    assert len(merged["findings"]) == len(first["findings"]) + len(second["findings"])
    keys = [(f["repo"], f["path"], f["line"], f["column"]) for f in merged["findings"]]
    assert keys == sorted(keys)
    assert [(p["repo"], p["path"]) for p in merged["problems"]] == [
        ("a", "docs/broken.md"),
        ("b", "docs/a-broken.md"),
    ]
    assert [(r["name"], r["summary"]) for r in merged["repos"]] == [
        ("a", first["summary"]),
        ("b", second["summary"]),
    ]
    assert merged["baseline_gone"] == ["00ff"]
    summary = merged["summary"]
    assert summary["findings"] == len(merged["findings"])
    assert summary["by_severity"] == {"error": 5, "warning": 2, "info": 1}
    assert (summary["files_checked"], summary["files_skipped"]) == (6, 3)
    assert (summary["files_with_problems"], summary["suppressed"]) == (2, 3)
    assert (summary["baseline_matched"], summary["baseline_gone"]) == (1, 1)


def test_merge_of_different_packs_has_no_digest() -> None:
    other = as_document(second_report())
    other["claims_digest"] = "ffff"
    merged = merge_reports([("a.json", as_document(sample_report())), ("b.json", other)])
    assert merged["claims_digest"] == ""


def test_merge_is_deterministic() -> None:
    documents = [("a.json", as_document(sample_report())), ("b.json", as_document(second_report()))]
    first = merge_reports(copy.deepcopy(documents))
    assert merge_reports(copy.deepcopy(documents)) == first


def test_newer_schema_is_refused() -> None:
    newer = as_document(sample_report())
    newer["schema_version"] = 2
    with pytest.raises(ReportError) as caught:
        merge_reports([("a.json", as_document(second_report())), ("new.json", newer)])
    assert str(caught.value) == "new.json: written by a newer truthgraph (schema 2); upgrade"


def test_mixed_tool_versions_of_one_schema_are_merged() -> None:
    documents = [
        ("a.json", as_document(sample_report(), "0.2.1")),
        ("b.json", as_document(second_report(), "0.2.0")),
    ]
    merged = merge_reports(documents)
    assert merged["tool"]["version"] == "0.2.1"
    assert [r["tool_version"] for r in merged["repos"]] == ["0.2.1", "0.2.0"]


def test_mixed_schema_versions_are_refused() -> None:
    from truthgraph.merge import _schema_version

    documents = [("a.json", {"schema_version": 1}), ("b.json", {"schema_version": 2})]
    with pytest.raises(ReportError) as caught:
        _schema_version(documents)
    assert str(caught.value).startswith("mixed report schemas: a.json has schema 1, b.json has 2")


@pytest.mark.parametrize(
    "document",
    [
        {"runs": []},
        {"schema_version": 1, "tool": {"name": "other"}},
        [1, 2],
    ],
)
def test_other_documents_are_not_reports(document: Any) -> None:
    with pytest.raises(ReportError) as caught:
        merge_reports([("x.json", document)])
    assert str(caught.value).startswith("x.json: not a truthgraph JSON report")


def test_wrong_shape_names_the_field() -> None:
    broken = as_document(sample_report())
    broken["findings"][1]["line"] = "three"
    with pytest.raises(ReportError) as caught:
        merge_reports([("a.json", broken)])
    assert str(caught.value) == (
        "a.json: not a valid truthgraph JSON report: $.findings[1].line: "
        "'three' is not of type 'integer'"
    )


def test_nothing_to_merge() -> None:
    with pytest.raises(ReportError, match="no reports to merge"):
        merge_reports([])


def test_load_report(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(render("json", sample_report(), sample_context()), encoding="utf-8")
    assert load_report(good)["schema_version"] == 1

    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "schema_version": 1,\n  oops\n}', encoding="utf-8")
    with pytest.raises(ReportError) as caught:
        load_report(bad)
    assert str(caught.value) == (
        f"{bad}:3:3: report is not valid JSON: Expecting property name enclosed in double quotes"
    )

    array = tmp_path / "array.json"
    array.write_text("[]", encoding="utf-8")
    with pytest.raises(ReportError, match="not a truthgraph JSON report"):
        load_report(array)


# -- three repositories through the command line ----------------------------------------------


def three_repos(tmp_path: Path) -> list[Path]:
    """Reports of three repositories: two share `docs/a.md`, one has no `repo` field."""
    paths = []
    for name, repo in (("web", "org/web"), ("api", "org/api"), ("old", "")):
        report = Report(
            findings=[make_finding(path="docs/a.md"), make_finding(path="README.md", line=4)],
            files_checked=3,
            claims_digest="0f3c",
        )
        if name == "api":
            report.findings.pop()
        report.sort()
        document = json.loads(render("json", report, sample_context()))
        if repo:
            document["repo"] = repo
        if name == "old":
            document["tool"]["version"] = "0.2.1"  # another patch release: merged all the same
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        paths.append(path)
    return paths


def run_merge(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    from truthgraph.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["merge", *args])
    return int(exit_info.value.code or 0), capsys.readouterr().out


def test_merge_of_three_repos_keeps_who_is_who(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    web, api, old = three_repos(tmp_path)
    code, out = run_merge(capsys, "--label", f"legacy={old}", str(web), str(api), str(old))
    assert code == 1
    merged = json.loads(out)
    report_validator().validate(merged)
    assert [(r["name"], r["summary"]["findings"]) for r in merged["repos"]] == [
        ("org/web", 2),
        ("org/api", 1),
        ("legacy", 2),
    ]
    same_path = [f["repo"] for f in merged["findings"] if f["path"] == "docs/a.md"]
    assert same_path == ["legacy", "org/api", "org/web"]

    _, text = run_merge(capsys, "--format", "text", str(web), str(api), str(old))
    lines = text.splitlines()
    assert lines[0].split() == ["repo", "findings", "errors", "warnings", "info", "files", "pack"]
    assert lines[1].split()[:3] == ["org/web", "2", "2"]
    assert lines[3].split()[:2] == ["old", "2"]
    assert lines[4].split()[:2] == ["total", "5"]
    assert "org/api: docs/a.md:3:5: error TG101 [nix-bootstrap-workflow-owned]" in text

    _, markdown = run_merge(capsys, "--format", "markdown", str(web), str(api), str(old))
    assert "| org/api | 1 | 1 | 0 | 0 | 3 | `0f3c` |" in markdown
    assert "| **total** | 5 | 5 | 0 | 0 | 9 | |" in markdown


def test_merged_sarif_has_one_run_per_repo(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, repo_root: Path
) -> None:
    _, out = run_merge(capsys, "--format", "sarif", *map(str, three_repos(tmp_path)))
    log = json.loads(out)
    assert [run["properties"]["repo"] for run in log["runs"]] == ["org/web", "org/api", "old"]
    assert [run["automationDetails"]["id"] for run in log["runs"]] == [
        "truthgraph/org/web/",
        "truthgraph/org/api/",
        "truthgraph/old/",
    ]
    assert [len(run["results"]) for run in log["runs"]] == [2, 1, 2]
    assert {r["ruleId"] for run in log["runs"] for r in run["results"]} == {"TG101"}
    schema = repo_root.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
    if schema.is_file():
        import jsonschema

        jsonschema.validate(log, json.loads(schema.read_text(encoding="utf-8")))


def test_merge_labels_must_name_a_given_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from truthgraph.cli import main

    web, *_ = three_repos(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        main(["merge", "--label", "x=other.json", str(web)])
    assert exit_info.value.code == 2
    assert "other.json is not one of the REPORTS given" in capsys.readouterr().err
