"""A project as users have one: config files, walking, root-relative paths, exit codes, CLI
conventions (-q/-v/-V, colour, stdin, --fix) and the Python API."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import truthgraph
from truthgraph.cli import main
from truthgraph.config import load_config
from truthgraph.errors import ConfigError, TruthgraphError

REPO = Path(__file__).resolve().parent.parent
WORDING = "The `tinyland-nix` runner ships with Nix preinstalled, so run `nix build` directly.\n"
STALE = "Point `ATTIC_SERVER` at `http://attic-api.nix-cache.svc:8080`.\n"
# A shared (reusable) workflow that keeps its checkout: what the workspace claim is about
CLEAN_FALSE = """\
name: ci
on: [workflow_call]
jobs:
  build:
    runs-on: tinyland-docker
    steps:
      - uses: actions/checkout@v4
        with:
          clean: false
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    captured = capsys.readouterr()
    return int(exit_info.value.code or 0), captured.out, captured.err


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small repository: truthgraph.toml naming the GF pack, docs, a workflow, a site
    build, a vendored repository, node_modules, and a .gitignore."""
    root = tmp_path / "proj"
    (root / ".git").mkdir(parents=True)  # a git root marker is all discovery needs
    (root / "truthgraph.toml").write_text(f'claims = "{REPO / "claims"}"\n', encoding="utf-8")
    (root / "docs" / "guide").mkdir(parents=True)
    (root / "docs" / "guide" / "runners.md").write_text("# Runners\n\n" + WORDING, "utf-8")
    (root / "docs" / "ok.md").write_text("# Fine\n\nNothing to see.\n", encoding="utf-8")
    (root / "README.md").write_text("# Project\n\n" + STALE, encoding="utf-8")
    (root / ".github" / "workflows").mkdir(parents=True)
    (root / ".github" / "workflows" / "ci.yml").write_text(CLEAN_FALSE, encoding="utf-8")
    (root / "mkdocs.yml").write_text("site_name: x\nsite_dir: public\n", encoding="utf-8")
    for skipped in ("public", "vendor/lib", "node_modules/pkg", "build", "notes"):
        (root / skipped).mkdir(parents=True)
        (root / skipped / "page.md").write_text(WORDING, encoding="utf-8")
    (root / "vendor" / "lib" / ".git").write_text("gitdir: ../../.git/modules/lib\n", "utf-8")
    (root / "notes" / "keep.md").write_text(WORDING, encoding="utf-8")
    (root / ".gitignore").write_text("build/\nnotes/*\n!notes/keep.md\n", encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def findings_of(out: str) -> list[tuple[str, str]]:
    """(path, claim) of each finding: which rule kind words it is the checker's business."""
    return sorted((f["path"], f["claim"]) for f in json.loads(out)["findings"])


NIX = "nix-bootstrap-workflow-owned"


def test_walk_skips_ignored_generated_and_vendored(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    code, out, err = run(capsys, "-v", "check", "--format", "json")
    assert code == 1
    assert findings_of(out) == [
        (".github/workflows/ci.yml", "template-no-clean-false"),
        ("README.md", "attic-endpoint-current"),
        ("docs/guide/runners.md", NIX),
        ("notes/keep.md", NIX),  # re-included by `!notes/keep.md`
    ]
    for line in (
        "skipped public/ (site build output)",
        "skipped vendor/lib/ (a repository of its own (vendored))",
        "skipped node_modules/ (never checked)",
        "skipped build/ (ignored by .gitignore)",
        "skipped notes/page.md (ignored by .gitignore)",
    ):
        assert f"truthgraph: {line}\n" in err
    code, _, err = run(capsys, "check", "--no-ignore", "--format", "json")
    assert "build/page.md" in {f["path"] for f in json.loads(_)["findings"]}


def test_paths_and_fingerprints_are_the_same_from_any_folder(
    capsys: pytest.CaptureFixture[str], project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, at_root, _ = run(capsys, "check", "--format", "json", "docs")
    code, _, _ = run(capsys, "baseline", "write", "--baseline", ".baseline.json")
    assert code == 0
    monkeypatch.chdir(project / "docs" / "guide")
    _, below, _ = run(capsys, "check", "--format", "json", "..")
    first, second = json.loads(at_root)["findings"], json.loads(below)["findings"]
    assert [(f["path"], f["fingerprint"]) for f in first] == [
        (f["path"], f["fingerprint"]) for f in second
    ]
    assert first[0]["path"] == "docs/guide/runners.md"
    # The configured baseline file (given relative to here) matches from below too.
    code, out, _ = run(capsys, "check", "--format", "json", "--baseline", "../../.baseline.json")
    assert code == 0
    assert json.loads(out)["summary"]["baseline_matched"] == 4


def test_a_subfolder_config_reports_repository_paths(
    capsys: pytest.CaptureFixture[str], project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A config in a subfolder (a monorepo) sets the paths it checks; reported paths stay
    relative to the git root, as annotations and code scanning need them."""
    sub = project / "packages" / "web"
    (sub / "docs").mkdir(parents=True)
    (sub / "docs" / "page.md").write_text("# Page\n\n" + WORDING, encoding="utf-8")
    (sub / "truthgraph.toml").write_text(
        f'claims = "{REPO / "claims"}"\npaths = ["docs"]\n', encoding="utf-8"
    )
    monkeypatch.chdir(sub)
    code, out, _ = run(capsys, "check", "--format", "json")
    assert code == 1
    assert findings_of(out) == [("packages/web/docs/page.md", NIX)]


def test_config_files_and_their_order(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    sub = tmp_path / "sub"
    sub.mkdir()
    # A pyproject.toml without [tool.truthgraph] is not a config: the git root is the root.
    assert (load_config(sub).source, load_config(sub).root) == ("", tmp_path.resolve())
    (tmp_path / "truthgraph.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    assert load_config(sub).get("fail-on") == "warning"
    (tmp_path / ".truthgraph.toml").write_text('fail-on = "info"\n', encoding="utf-8")
    assert load_config(sub).get("fail-on") == "info"
    (tmp_path / ".truthgraph.toml").write_text('fail_on = "info"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(sub)
    assert str(caught.value).endswith(
        '.truthgraph.toml:1: .truthgraph.toml unknown option "fail_on" (did you mean "fail-on"?)'
    )


def test_exit_codes_for_unchecked_input(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    (project / "truthgraph.toml").write_text(
        f'claims = "{REPO / "claims"}"\npaths = ["handbook", "README.md"]\n', encoding="utf-8"
    )
    code, _, err = run(capsys, "check")
    assert code == 2
    assert err == (
        "truthgraph: error: handbook: no such file or folder (from truthgraph.toml paths in "
        f"{project.resolve() / 'truthgraph.toml'}); pass paths that exist or fix `paths` in "
        f"{project.resolve() / 'truthgraph.toml'}\n"
    )
    (project / "empty").mkdir()
    code, _, err = run(capsys, "check", "empty")
    assert code == 2
    assert "nothing was checked" in err
    (project / "bad.md").write_bytes(b"\xff\xfe not text")
    code, _, err = run(capsys, "check", "bad.md")
    assert code == 2
    assert err.splitlines()[-1].startswith("truthgraph: error: bad.md: could not be checked")


def test_report_only_runs(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    assert run(capsys, "check", "docs")[0] == 1
    assert run(capsys, "check", "--exit-zero", "docs")[0] == 0
    assert run(capsys, "check", "--fail-on", "never", "docs")[0] == 0
    text = (project / "truthgraph.toml").read_text(encoding="utf-8")
    (project / "truthgraph.toml").write_text(text + 'fail-on = "never"\n', encoding="utf-8")
    assert run(capsys, "check", "docs")[0] == 0


def test_output_has_one_meaning(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    """`-o PATH` writes the report there, as for graph, schema and merge; FORMAT=PATH adds one."""
    code, out, _ = run(capsys, "check", "docs", "--format", "json", "-o", "r.json")
    assert (code, out) == (1, "")
    assert json.loads((project / "r.json").read_text(encoding="utf-8"))["findings"]
    _, out, _ = run(capsys, "check", "docs", "-o", "sarif=r.sarif")
    assert "docs/guide/runners.md:3:6:" in out
    assert json.loads((project / "r.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_stdin_with_a_name(
    capsys: pytest.CaptureFixture[str], project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO("# Page\n\n" + WORDING))
    code, out, _ = run(capsys, "check", "-", "--stdin-filename", "docs/new.md", "--format", "json")
    assert code == 1
    assert [(f["path"], f["line"]) for f in json.loads(out)["findings"]] == [("docs/new.md", 3)]
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO(CLEAN_FALSE))
    _, out, _ = run(capsys, "check", "-", "--stdin-filename", ".github/workflows/x.yml")
    assert ".github/workflows/x.yml:9:18:" in out


def test_quiet_verbose_version_and_errors(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    code, out, _ = run(capsys, "-V")
    assert (code, out) == (0, f"truthgraph, version {truthgraph.__version__}\n")
    _, _, err = run(capsys, "check", "-v", "docs")
    assert err.startswith("truthgraph: claims pack: GloriousFlywheel builder runtime (digest ")
    (project / "docs" / "bad.md").write_bytes(b"\xff\xfe")
    _, _, quiet = run(capsys, "-q", "check", "docs")
    _, _, normal = run(capsys, "check", "docs")
    assert quiet == "" and "could not be checked" in normal
    code, _, err = run(capsys, "check", "--fail-on", "sometimes")
    assert code == 2
    assert err.startswith("truthgraph: error: Invalid value for '--fail-on': 'sometimes'")
    assert err.rstrip().endswith("(see: truthgraph check --help)")
    code, _, err = run(capsys, "chekc")
    assert (code, err.count("\n")) == (2, 1)
    assert err.startswith("truthgraph: error: No such command 'chekc'.")


def test_colour_follows_force_color_and_no_color(project: Path) -> None:
    def text(env: dict[str, str]) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "truthgraph", "check", "docs"],
            capture_output=True,
            text=True,
            env={k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")} | env,
            check=False,
        )
        return done.stdout

    assert "\x1b[" not in text({})
    assert "\x1b[" in text({"FORCE_COLOR": "1"})
    assert "\x1b[" not in text({"FORCE_COLOR": "1", "NO_COLOR": "1"})


def test_explain_does_not_wrap_when_piped(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "--claims", str(REPO / "claims"), "explain", "nix-bootstrap-workflow-owned"
    )
    assert code == 0
    statement_lines = [line for line in out.splitlines() if "how to say it:" in line]
    assert len(statement_lines) == 1 and len(statement_lines[0]) > 120


def test_fix_applies_mechanical_fixes_in_place(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    workflow = project / ".github" / "workflows" / "ci.yml"
    workflow.chmod(0o644)
    _, out, _ = run(capsys, "check", "--format", "sarif", "README.md", ".github")
    log = json.loads(out)
    schema = REPO.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
    if schema.is_file():  # the official schema, where the workplace provides it
        import jsonschema

        jsonschema.validate(log, json.loads(schema.read_text(encoding="utf-8")))
    results = log["runs"][0]["results"]
    fixes = {r["ruleId"]: r["fixes"][0]["artifactChanges"][0] for r in results}
    assert fixes["TG404"]["replacements"][0]["insertedContent"] == {"text": "true"}
    # The text writes the scheme itself and the stale pattern leaves it out: not doubled.
    assert fixes["TG301"]["replacements"][0]["insertedContent"] == {
        "text": "attic.nix-cache.svc.cluster.local"
    }
    _, out, _ = run(capsys, "check", "--format", "rdjsonl", "README.md")
    assert json.loads(out)["suggestions"][0]["text"] == "attic.nix-cache.svc.cluster.local"

    code, out, err = run(capsys, "check", "--fix", "README.md", ".github", "docs")
    assert "truthgraph: fixed 2 finding(s) in 2 file(s)" in err
    assert code == 1  # the wording finding in docs/ has no mechanical fix
    assert "clean: true" in workflow.read_text(encoding="utf-8")
    assert oct(workflow.stat().st_mode & 0o777) == oct(0o644)
    readme = (project / "README.md").read_text(encoding="utf-8")
    assert (
        readme
        == "# Project\n\nPoint `ATTIC_SERVER` at `http://attic.nix-cache.svc.cluster.local`.\n"
    )
    assert run(capsys, "check", "README.md", ".github")[0] == 0
    assert not list(project.rglob(".*.tmp"))


def test_python_api(project: Path) -> None:
    report = truthgraph.check(["docs"])
    assert [(f.path, f.claim) for f in report.findings] == [
        ("docs/guide/runners.md", "nix-bootstrap-workflow-owned")
    ]
    assert report.tool_version == truthgraph.__version__
    assert len(report.claims_digest) == 64
    everything = truthgraph.check(pack=REPO / "claims", root=project / "docs")
    assert len(everything.findings) == 4
    with pytest.raises(TruthgraphError, match="nope: no such file or folder"):
        truthgraph.check(["nope"])


def test_issue_forms_are_checked_by_default(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    forms = project / ".github" / "ISSUE_TEMPLATE"
    forms.mkdir(parents=True)
    body = WORDING.strip().replace("`", "")
    (forms / "ci.yml").write_text(f"name: CI problem\ndescription: {body}\n", "utf-8")
    _, out, _ = run(capsys, "check", "--format", "json")
    assert (".github/ISSUE_TEMPLATE/ci.yml", NIX) in findings_of(out)


def test_an_issue_form_is_read_whatever_words_it_uses(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    forms = project / ".github" / "ISSUE_TEMPLATE"
    forms.mkdir(parents=True)
    form = (
        "name: CI problem\nbody:\n  - type: markdown\n    attributes:\n      value: |\n"
        "        - ARC gives an OOM-killed retry a bigger pod, so re-run once.\n"
    )
    (forms / "ci.yml").write_text(form, "utf-8")
    _, out, _ = run(capsys, "check", "--format", "json")
    assert (".github/ISSUE_TEMPLATE/ci.yml", "arc-scales-horizontally") in findings_of(out)
