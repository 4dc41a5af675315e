"""Every report format: golden output, schema validity, escaping of untrusted doc text."""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from reporter_samples import LONG_SENTENCE, NIX, NO_GITLAB, make_finding, sample_context

from truthgraph.claims.model import Claim, NonGoal, PackMeta
from truthgraph.claims.pack import ClaimsPack
from truthgraph.errors import ReportError
from truthgraph.findings import Report, Severity
from truthgraph.merge import report_validator
from truthgraph.reporters import (
    FORMATS,
    KIND_ANCHORS,
    ReportContext,
    render,
    repository_url,
    rule_docs_url,
)
from truthgraph.reporters.github import escape_data, escape_property
from truthgraph.reporters.text import MAX_EXCERPT
from truthgraph.rules import RULE_CODES

REPO_ROOT = Path(__file__).resolve().parents[2]
SARIF_SCHEMA = REPO_ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
ANSI = re.compile(r"\x1b\[[0-9;]*m")

GOLDEN_NAMES = {
    "text": "report.txt",
    "json": "report.json",
    "sarif": "report.sarif",
    "github": "report.github.txt",
    "rdjsonl": "report.rdjsonl",
    "codequality": "report.codequality.json",
    "markdown": "report.md",
    "junit": "report.junit.xml",
}
Golden = Callable[[str, str], None]


def test_every_format_has_a_golden_file() -> None:
    assert sorted(FORMATS) == sorted(GOLDEN_NAMES)


@pytest.mark.parametrize("fmt", sorted(GOLDEN_NAMES))
def test_golden(fmt: str, report: Report, context: ReportContext, golden: Golden) -> None:
    golden(GOLDEN_NAMES[fmt], render(fmt, report, context))


@pytest.mark.parametrize("fmt", sorted(GOLDEN_NAMES))
def test_empty_report_golden(fmt: str, golden: Golden) -> None:
    empty = Report(files_checked=3, tool_version="0.1.0")
    golden(f"empty.{GOLDEN_NAMES[fmt]}", render(fmt, empty, sample_context()))


@pytest.mark.parametrize("fmt", sorted(GOLDEN_NAMES))
def test_output_ends_with_a_newline(fmt: str, report: Report, context: ReportContext) -> None:
    assert render(fmt, report, context).endswith("\n")


def test_unknown_format_names_the_choices(report: Report, context: ReportContext) -> None:
    with pytest.raises(ReportError) as caught:
        render("xml", report, context)
    assert str(caught.value) == (
        'unknown format "xml" (choose from: codequality, github, json, junit, markdown, '
        "rdjsonl, sarif, text)"
    )


# -- context -----------------------------------------------------------------------------


def test_context_from_pack() -> None:
    # model_validate: the records' defaults come from pydantic, which mypy cannot see.
    pack = ClaimsPack(
        meta=PackMeta.model_validate(
            {"name": "p", "snapshot": dt.date(2026, 4, 16), "site_url": "https://s.example/"}
        ),
        claims={
            "c1": Claim.model_validate(
                {
                    "id": "c1",
                    "statement": "S1.",
                    "since": dt.date(2026, 1, 1),
                    "fix": "F1.",
                    "severity": "warning",
                }
            )
        },
        non_goals={"n1": NonGoal.model_validate({"id": "n1", "statement": "N1."})},
    )
    context = ReportContext.from_pack(pack, "9.9.9")
    assert context.site_url == "https://s.example/"
    assert context.claims["c1"].kind == "claim"
    assert context.claims["c1"].severity is Severity.WARNING
    assert (context.claims["n1"].kind, context.claims["n1"].fix) == ("non-goal", "")
    assert context.claim_url("c1") == "https://s.example/truthgraph/claims/c1/"
    assert context.claim_url(None) == ""
    overridden = ReportContext.from_pack(pack, "9.9.9", site_url="https://other.example")
    assert overridden.claim_url("n1") == "https://other.example/truthgraph/claims/n1/"


# -- text --------------------------------------------------------------------------------


def test_text_marks_the_quoted_span(report: Report, context: ReportContext) -> None:
    lines = render("text", report, context).splitlines()
    excerpt = lines.index("    The tinyland-nix runner ships with Nix preinstalled.")
    caret = lines[excerpt + 1]
    assert caret == "        " + "^" * len("tinyland-nix runner ships with Nix")


def test_text_caret_counts_terminal_cells(context: ReportContext) -> None:
    finding = make_finding(excerpt="日本語 tinyland-nix runner ships with Nix.")
    lines = render("text", Report(findings=[finding]), context).splitlines()
    caret = next(line for line in lines if line.lstrip().startswith("^"))
    # Four spaces of indent, then three double-width characters and a space: 11 cells.
    assert caret.index("^") == 4 + 7


def test_text_without_quoted_detail_has_no_caret(context: ReportContext) -> None:
    finding = make_finding(detail='resembles "a different sentence" (91%)')
    text = render("text", Report(findings=[finding], files_checked=1), context)
    assert "^" not in text


def test_text_shortens_long_excerpts_around_the_span(
    report: Report, context: ReportContext
) -> None:
    lines = render("text", report, context).splitlines()
    shown = next(line for line in lines if line.startswith("    …"))
    assert len(shown) <= 4 + MAX_EXCERPT + 2
    caret = lines[lines.index(shown) + 1]
    start = caret.index("^")
    assert shown[start : len(caret)] == "tinyland-nix runner ships with Nix"
    assert LONG_SENTENCE not in "\n".join(lines)


def test_text_header_and_related_and_problem(report: Report, context: ReportContext) -> None:
    text = render("text", report, context)
    assert (
        f".github/workflows/ci.yml:14:14: error [{NIX}] TG401 nix-before-bootstrap: contradicts"
        in text
    )
    assert "  note: .github/workflows/ci.yml:9:14: job build runs-on: tinyland-nix\n" in text
    assert "docs/broken.md: could not check: not UTF-8 (line 3, byte 17)" in text
    assert "docs/guide.md:20:1: info TG901 unused-suppression: suppression of" in text
    assert text.endswith(
        "6 findings (4 errors, 1 warning, 1 info) in 4 files checked, 2 skipped (no claim terms), "
        "1 could not be checked; 1 suppressed.\n"
    )


def test_text_plain_has_no_escape_codes_even_from_doc_text(
    report: Report, context: ReportContext
) -> None:
    text = render("text", report, context)
    assert "\x1b" not in text
    assert "next \ufffd[31mline" in text


def test_text_colour_uses_ansi_and_keeps_doc_text_literal(
    report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    hostile = make_finding(excerpt="[bold red]tinyland-nix runner ships with Nix[/] now")
    coloured = render("text", Report(findings=[*report.findings, hostile]), sample_context(True))
    assert ANSI.search(coloured)
    plain = ANSI.sub("", coloured)
    assert "[bold red]tinyland-nix runner ships with Nix[/] now" in plain
    assert "\x1b[31mline" not in coloured


# -- json --------------------------------------------------------------------------------


def test_json_validates_against_its_schema(report: Report, context: ReportContext) -> None:
    document = json.loads(render("json", report, context))
    report_validator().validate(document)
    assert list(document) == [
        "schema_version",
        "tool",
        "claims_digest",
        "findings",
        "problems",
        "baseline_gone",
        "summary",
    ]
    assert document["schema_version"] == 1
    assert [f["path"] for f in document["findings"]] == [f.path for f in report.findings]
    assert document["findings"][0]["related"] == [
        {"line": 9, "column": 14, "message": "job build runs-on: tinyland-nix"}
    ]


def test_json_schema_is_valid_draft_2020_12() -> None:
    schema = report_validator().schema
    assert isinstance(schema, dict)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema_version"] == {
        "description": schema["properties"]["schema_version"]["description"],
        "const": 1,
    }


def test_json_keeps_unicode_and_ends_with_newline(context: ReportContext) -> None:
    finding = make_finding(excerpt="Der Läufer „tinyland-nix runner ships with Nix“.")
    text = render("json", Report(findings=[finding]), context)
    assert "Läufer „tinyland" in text
    assert text.endswith("}\n")


# -- sarif -------------------------------------------------------------------------------


def test_sarif_validates_against_the_sarif_schema(report: Report, context: ReportContext) -> None:
    if not SARIF_SCHEMA.exists():
        pytest.skip(f"SARIF schema not found at {SARIF_SCHEMA}; skipping schema validation")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class(schema).validate(json.loads(render("sarif", report, context)))


def test_sarif_rules_results_and_fingerprints(report: Report, context: ReportContext) -> None:
    log = json.loads(render("sarif", report, context))
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("truthgraph", "0.1.0")
    assert driver["semanticVersion"] == "0.1.0"
    assert driver["informationUri"] == "https://docs.example.org/truth/"
    ids = [rule["id"] for rule in driver["rules"]]
    assert ids == sorted({f.rule for f in report.findings})
    wording = driver["rules"][ids.index("TG101")]
    assert wording["name"] == "contradicted-wording"
    assert wording["shortDescription"]["text"] == "Wording that contradicts a claim."
    assert wording["defaultConfiguration"]["level"] == "error"
    assert (
        f"[`{NIX}`](https://docs.example.org/truth/truthgraph/claims/{NIX}/)"
        in (wording["help"]["markdown"])
    )
    assert driver["rules"][ids.index("TG901")]["name"] == "unused-suppression"
    for rule in driver["rules"]:
        assert rule["helpUri"] == rule_docs_url(rule["id"], "0.1.0")
        assert rule["fullDescription"]["text"].endswith(".")
        assert rule["help"]["markdown"] and rule["help"]["text"]
    for result, finding in zip(run["results"], report.findings, strict=True):
        assert ids[result["ruleIndex"]] == result["ruleId"] == finding.rule
        assert result["properties"].get("claim") == finding.claim
        assert result["partialFingerprints"] == {"truthgraph/v1": finding.fingerprint}
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert location["region"]["startLine"] == finding.line
        assert location["region"]["endColumn"] == finding.end_column
    odd = next(r for r in run["results"] if r["properties"].get("claim") == NO_GITLAB)
    uri = odd["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "docs/notes%3A%2050%25%2C%20draft.md"
    note = next(r for r in run["results"] if r["ruleId"] == "TG901")
    assert note["level"] == "note"
    related = run["results"][0]["relatedLocations"]
    assert related[0]["physicalLocation"]["region"] == {"startLine": 9, "startColumn": 14}


def test_sarif_without_site_url_links_the_rule_docs(report: Report) -> None:
    """Every rule, TG9xx included, has help: the guide's rule kinds page, at the tag."""
    log = json.loads(render("sarif", report, sample_context(site_url="")))
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["informationUri"] == repository_url()
    for rule in driver["rules"]:
        assert rule["helpUri"].startswith(repository_url() + "/blob/v0.1.0/docs/guide/")
    assert all("claimUri" not in result["properties"] for result in run["results"])


def test_rule_docs_anchors_exist() -> None:
    """Each helpUri anchor is a heading of docs/guide/rule-kinds.md (as GitHub and mkdocs
    slug it) that names the code (alone or in a range), or else the section of its kind."""
    page = (REPO_ROOT / "docs" / "guide" / "rule-kinds.md").read_text(encoding="utf-8")
    headings = {
        re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-"): heading
        for heading in re.findall(r"^#{2,3} (.+)$", page, re.MULTILINE)
    }

    def names(heading: str, code: str) -> bool:
        codes = [int(c) for c in re.findall(r"TG(\d{3})", heading)]
        number = int(code[2:])
        if " to " in heading and len(codes) == 2:
            return codes[0] <= number <= codes[1]
        return number in codes

    for rule in RULE_CODES:
        anchor = rule_docs_url(rule.code, "0.2.0").rsplit("#", 1)[1]
        assert anchor in headings, rule.code
        if any(names(h, rule.code) for h in headings.values()):
            assert names(headings[anchor], rule.code), (rule.code, headings[anchor])
        else:
            assert anchor == KIND_ANCHORS[rule.kind], rule.code


# -- github ------------------------------------------------------------------------------


def test_github_escaping_matches_the_toolkit() -> None:
    assert escape_data("100%\r\nnext: a, b") == "100%25%0D%0Anext: a, b"
    assert escape_property("100%\r\nnext: a, b") == "100%25%0D%0Anext%3A a%2C b"


def test_github_annotation_of_hostile_finding(report: Report, context: ReportContext) -> None:
    lines = render("github", report, context).splitlines()
    odd = next(line for line in lines if "notes" in line)
    # Spans two lines: GitHub refuses col/endColumn then, so they are left out.
    assert odd == (
        "::error file=docs/notes%3A 50%25%2C draft.md,line=7,endLine=8,"
        f"title=truthgraph TG501 promises-non-goal [{NO_GITLAB}]"
        f'::promises non-goal "{NO_GITLAB}": 100%25 GitLab parity, soon:%0Anot this sprint'
        '%0Amatched "100%25 parity, now"%0Afix: Drop the promise; link the non-goal instead.'
    )
    assert any(
        line.startswith("::notice file=docs/guide.md,line=20,col=1,endLine=20,") for line in lines
    )
    warnings = [line for line in lines if line.startswith("::warning ")]
    assert warnings[0].startswith("::warning file=docs/broken.md::could not check: not UTF-8")


def test_github_keeps_ten_annotations_per_level(context: ReportContext) -> None:
    errors = [make_finding(line=n, end_line=n, excerpt=f"Sentence {n}.") for n in range(1, 26)]
    warnings = [
        make_finding(line=n, end_line=n, severity=Severity.WARNING, excerpt=f"W {n}.")
        for n in range(1, 4)
    ]
    report = Report(findings=errors + warnings, files_checked=1)
    report.sort()
    lines = render("github", report, context).splitlines()
    shown_errors = [line for line in lines if line.startswith("::error ")]
    assert len(shown_errors) == 10
    assert "and 15 more errors not shown as annotations" in shown_errors[-1]
    assert "the full list is in the step summary" in shown_errors[-1]
    assert all("more errors" not in line for line in shown_errors[:-1])
    shown_warnings = [line for line in lines if line.startswith("::warning ")]
    assert len(shown_warnings) == 3
    assert all("more" not in line for line in shown_warnings)


# -- rdjsonl and codequality -------------------------------------------------------------


def test_rdjsonl_lines(report: Report, context: ReportContext) -> None:
    lines = [json.loads(line) for line in render("rdjsonl", report, context).splitlines()]
    assert len(lines) == len(report.findings) + len(report.problems)
    first = lines[0]
    assert first["location"]["range"] == {
        "start": {"line": 14, "column": 14},
        "end": {"line": 14, "column": 17},
    }
    assert first["severity"] == "ERROR"
    assert first["code"] == {
        "value": "TG401",
        "url": f"https://docs.example.org/truth/truthgraph/claims/{NIX}/",
    }
    assert first["message"].endswith(f"claim: {NIX}")
    assert first["source"] == {"name": "truthgraph"}
    notice = next(line for line in lines if line["code"]["value"] == "TG901")
    assert notice["code"]["url"] == rule_docs_url("TG901", "0.1.0")
    assert notice["severity"] == "INFO"


def test_codequality_fingerprints_are_unique(context: ReportContext) -> None:
    twins = [make_finding(), make_finding(line=9, end_line=9)]
    assert twins[0].fingerprint == twins[1].fingerprint
    issues = json.loads(render("codequality", Report(findings=twins), context))
    assert len({issue["fingerprint"] for issue in issues}) == 2
    assert issues[0]["fingerprint"] == twins[0].fingerprint
    assert issues[0]["severity"] == "major"
    assert issues[0]["location"]["lines"] == {"begin": 3, "end": 3}


# -- markdown ----------------------------------------------------------------------------


def test_markdown_escapes_doc_text(report: Report, context: ReportContext) -> None:
    text = render("markdown", report, context)
    assert "<script>" not in text
    assert '&lt;script&gt;alert("x")&lt;/script&gt; \\| **100% parity, now**' in text
    rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line]
    assert len(rows) == 1 + len(report.findings)
    # Every row keeps exactly five cells: no unescaped `|` from doc text splits one.
    assert all(len(re.split(r"(?<!\\)\|", row)) == 7 for row in rows)
    assert f"[{NIX}](https://docs.example.org/truth/truthgraph/claims/{NIX}/)" in text


def test_markdown_all_clear() -> None:
    text = render("markdown", Report(files_checked=5), sample_context())
    assert "All clear: no findings in 5 files checked." in text
    assert "|" not in text


# -- junit -------------------------------------------------------------------------------


def test_junit_parses_and_counts(report: Report, context: ReportContext) -> None:
    text = render("junit", report, context)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    suite = ET.fromstring(text.encode("utf-8"))
    assert suite.tag == "testsuite"
    assert suite.get("name") == "truthgraph"
    cases = suite.findall("testcase")
    names = [c.get("name") for c in cases]
    assert names == [f"{f.path}:{f.line}:{f.column} {f.rule}" for f in report.findings] + [
        "docs/broken.md"
    ]
    # Counts agree: every failure and error is a test case of its own.
    assert suite.get("tests") == str(len(cases))
    assert suite.get("failures") == str(len(report.findings))
    assert suite.get("errors") == str(len(report.problems))
    assert int(suite.get("tests") or 0) >= len(report.findings) + len(report.problems)
    assert all(len(c.findall("failure")) + len(c.findall("error")) == 1 for c in cases)
    hostile = next(c for c in cases if "notes: 50%" in (c.get("name") or ""))
    assert "\ufffd[31mline" in (hostile.find("failure").text or "")  # type: ignore[union-attr]
    assert cases[-1].find("error") is not None


def test_junit_passing_case_without_findings() -> None:
    suite = ET.fromstring(render("junit", Report(files_checked=2), sample_context()).encode())
    assert [c.get("name") for c in suite.findall("testcase")] == ["truthgraph check"]
    assert suite.get("failures") == "0"
