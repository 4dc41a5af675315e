"""Adoption by another repository, end to end: the guide's "Adopt truthgraph in your repo"
followed step by step in a fresh repository, and the GitHub Action run as written.

A temporary clone of this working tree is tagged with the release tag (this repository is
never tagged) and stands in for `https://github.com/OWNER/truthgraph`. pip installs work
offline from a wheelhouse built once (kept under the test environment's prefix), so every
`pip install` of the page runs as written: non-editable, from the git URL at the tag.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from action_runner import run_action

import truthgraph

REPO = Path(__file__).resolve().parent.parent
TAG = f"v{truthgraph.__version__}"
UPSTREAM = "https://github.com/OWNER/truthgraph"
ADOPT = REPO / "docs" / "guide" / "adopt.md"
WORDING = "The `tinyland-nix` runner ships with Nix preinstalled, so run `nix build` directly.\n"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def sh(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, f"{args}: {done.stdout}\n{done.stderr}"
    return done.stdout


@dataclass
class Release:
    clone: Path
    """A git repository with this working tree committed and tagged TAG."""
    env: dict[str, str]
    """Environment for subprocesses: offline pip from the wheelhouse, a private cache."""

    @property
    def url(self) -> str:
        # With a host: pip as bundled with older Pythons refuses git+file:/// (no host).
        return f"file://localhost{self.clone}"


def _wheelhouse(clone: Path) -> Path:
    """Wheels of every dependency the page installs (built once per pyproject.toml)."""
    key = hashlib.sha256((REPO / "pyproject.toml").read_bytes()).hexdigest()[:12]
    house = Path(sys.prefix) / "truthgraph-wheelhouse" / key
    if (house / ".complete").exists():
        return house
    # Built aside and renamed into place: test workers may build it at the same time.
    staging = house.with_name(f"{key}.{os.getpid()}")
    staging.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--wheel-dir", str(staging),
         f"{clone}[site]", "properdocs", "properdocs-theme-mkdocs", "pre-commit",
         "setuptools>=77,<81", "pip"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        pytest.skip(f"cannot build the wheelhouse (no package index?): {done.stderr[-300:]}")
    for own in staging.glob("truthgraph-*.whl"):
        own.unlink()  # truthgraph itself is always built from the tagged clone
    (staging / ".complete").touch()
    try:
        staging.rename(house)
    except OSError:  # another worker finished first: use its wheelhouse
        shutil.rmtree(staging, ignore_errors=True)
    return house


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Release]:
    base = tmp_path_factory.mktemp("release")
    clone = base / "truthgraph"
    listed = sh("git", "ls-files", "-co", "--exclude-standard", "-z", cwd=REPO).split("\0")
    for name in filter(None, listed):
        source = REPO / name
        if source.is_file():
            (clone / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, clone / name)
    sh("git", "init", "-q", "-b", "main", cwd=clone)
    sh("git", "add", "-A", cwd=clone)
    ident = ("-c", "user.name=test", "-c", "user.email=test@example.org")
    sh("git", *ident, "commit", "-qm", "release", cwd=clone)
    sh("git", "tag", TAG, cwd=clone)
    house = _wheelhouse(clone)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "VIRTUAL_ENV"))}
    env |= {
        "PIP_NO_INDEX": "1",
        "PIP_FIND_LINKS": str(house),
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "TRUTHGRAPH_CACHE": str(base / "cache"),
        "PRE_COMMIT_HOME": str(base / "pre-commit"),
        "NO_MKDOCS_2_WARNING": "1",
        "GIT_CONFIG_GLOBAL": str(base / "gitconfig"),
    }
    (base / "gitconfig").write_text(
        "[user]\n\tname = test\n\temail = test@example.org\n[init]\n\tdefaultBranch = main\n",
        encoding="utf-8",
    )
    yield Release(clone, env)


@pytest.fixture(scope="module")
def action_checkout(release: Release, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The action as a runner fetches it for `uses: OWNER/truthgraph@TAG`."""
    target = tmp_path_factory.mktemp("actions") / "OWNER" / "truthgraph" / TAG
    sh("git", "clone", "-q", "--branch", TAG, release.url, target, env=release.env)
    return target


@pytest.fixture(scope="module")
def runner_temp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """RUNNER_TEMP of one job: the action's install is reused by later uses in the job."""
    return tmp_path_factory.mktemp("runner-temp")


# -- the guide page, step by step --------------------------------------------------------------


@dataclass
class Step:
    kind: str  # "file" or "command"
    text: str
    title: str = ""
    section: int = 0
    """The number of the page's `## N.` section the step is in."""


_FENCE = re.compile(r"^```(\w+)?([^\n]*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
_SECTION = re.compile(r"^## (\d+)\.", re.MULTILINE)


def page_steps() -> list[Step]:
    """Files (blocks with a title) and commands (bash blocks) of the page, in order."""
    page = ADOPT.read_text(encoding="utf-8")
    starts = [(m.start(), int(m.group(1))) for m in _SECTION.finditer(page)]
    steps = []
    for match in _FENCE.finditer(page):
        section = max((n for at, n in starts if at < match.start()), default=0)
        language, info, body = match.group(1) or "", match.group(2), match.group(3)
        title = re.search(r'title="([^"]+)"', info)
        if title:
            steps.append(Step("file", body, title.group(1), section))
        elif language == "bash":
            steps.extend(
                Step("command", line, section=section) for line in body.splitlines() if line.strip()
            )
    return steps


def expected_exit(line: str) -> int:
    found = re.search(r"#\s*exit (\d+)", line)
    return int(found.group(1)) if found else 0


def test_the_page_has_the_steps_the_test_follows() -> None:
    steps = page_steps()
    titles = [s.title for s in steps if s.kind == "file"]
    assert titles == [
        "truthgraph.toml",
        "docs/install.md",
        ".pre-commit-config.yaml",
        ".github/workflows/docs.yml",
        "mkdocs.yml",
    ]
    config = next(s.text for s in steps if s.title == "truthgraph.toml")
    assert config.strip().splitlines() == [f'claims = "git+{UPSTREAM}@{TAG}#claims"']
    commands = [s.text for s in steps if s.kind == "command"]
    assert all(f"@{TAG}" in c for c in commands if "git+" in c)
    assert f"rev: {TAG}" in next(s.text for s in steps if s.title == ".pre-commit-config.yaml")


def action_stand_ins(python_bin: Path, uploads: list[dict[str, str]], upload_ok: bool = True):  # type: ignore[no-untyped-def]
    """What the third-party actions do, as far as this action relies on it."""

    def setup_python(given: dict[str, str], env: dict[str, str]) -> bool:
        # The runner's python3 becomes the requested one: here, this interpreter's base.
        assert given["python-version"]
        with Path(env["GITHUB_PATH"]).open("a", encoding="utf-8") as stream:
            stream.write(f"{python_bin}\n")
        return True

    def cache(given: dict[str, str], env: dict[str, str]) -> bool:
        assert given["path"] == "~/.cache/pip" and given["key"].startswith("truthgraph-pip-")
        return True

    def upload_sarif(given: dict[str, str], env: dict[str, str]) -> bool:
        uploads.append(given)
        log = json.loads(Path(given["sarif_file"]).read_text(encoding="utf-8"))
        assert log["version"] == "2.1.0"
        return upload_ok

    return {
        "actions/setup-python": setup_python,
        "actions/cache": cache,
        "github/codeql-action/upload-sarif": upload_sarif,
        "actions/checkout": lambda given, env: True,
    }


def python_bin(tmp: Path) -> Path:
    """A folder with `python3` for the simulated setup-python: this interpreter's base."""
    folder = tmp / "python-bin"
    folder.mkdir(exist_ok=True)
    base = Path(sys.base_prefix) / "bin" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    link = folder / "python3"
    if not link.exists():
        link.symlink_to(base if base.exists() else Path(sys.executable))
    return folder


def follow(
    release: Release, tmp_path: Path, sections: set[int], files_from: set[int]
) -> tuple[Path, Path, dict[str, str]]:
    """Follow the page in a fresh repository and a fresh virtual environment: write the
    files of `files_from` sections and run the commands of `sections`, in page order, each
    with the exit code its comment names. Returns (repository, venv, output by command)."""
    repo = tmp_path / "downstream"
    repo.mkdir()
    venv = tmp_path / "venv"
    sh(sys.executable, "-m", "venv", venv)
    env = dict(release.env)
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env['PATH']}"
    env["VIRTUAL_ENV"] = str(venv)
    sh("git", "init", "-q", cwd=repo, env=env)
    outputs: dict[str, str] = {}
    for step in page_steps():
        text = step.text.replace(UPSTREAM, release.url)
        if step.kind == "file":
            if step.section in files_from:
                (repo / step.title).parent.mkdir(parents=True, exist_ok=True)
                (repo / step.title).write_text(text, encoding="utf-8")
            continue
        if step.section not in sections:
            continue
        command = text.split("#", 1)[0].strip()
        if command.startswith("pre-commit"):
            sh("git", "add", "-A", cwd=repo, env=env)  # pre-commit reads the git index
        began = time.monotonic()
        done = subprocess.run(
            shlex.split(command), cwd=repo, env=env, capture_output=True, text=True, check=False
        )
        print(f"{time.monotonic() - began:5.1f} s  {command}")
        assert done.returncode == expected_exit(text), f"{command}\n{done.stdout}\n{done.stderr}"
        outputs[" ".join(command.split()[:2])] = done.stdout + done.stderr
    return repo, venv, outputs


def test_adopt_page_check_pin_and_hook(release: Release, tmp_path: Path) -> None:
    """Sections 1 to 5: install, one config line, check, pin, pre-commit at the tag."""
    started = time.monotonic()
    repo, venv, outputs = follow(release, tmp_path, {1, 2, 3, 4, 5}, {1, 2, 3, 4, 5})
    env = release.env
    # 1: the checker alone, not editable, without MkDocs.
    listed = sh(venv / "bin" / "python", "-m", "pip", "list", "--format=json", env=env)
    names = {p["name"].lower() for p in json.loads(listed)}
    assert "truthgraph" in names and "mkdocs" not in names
    shown = sh(venv / "bin" / "python", "-m", "pip", "show", "truthgraph", env=env)
    assert "Editable project location" not in shown
    # 3: the planted contradiction, and the pack named with its version and commit.
    commit = sh("git", "rev-parse", f"{TAG}^{{commit}}", cwd=release.clone).strip()
    found = outputs["truthgraph check"]
    assert "docs/install.md:3:" in found and "nix-bootstrap-workflow-owned" in found
    assert f"Claims pack: GloriousFlywheel builder runtime {TAG} (commit {commit[:12]}" in found
    # 4: the lock pins that commit.
    lock = json.loads((repo / "truthgraph.lock").read_text(encoding="utf-8"))
    assert [entry["commit"] for entry in lock["packs"].values()] == [commit]
    # 5: the hook at the tag found it.
    assert "docs/install.md:3:" in outputs["pre-commit run"]
    print(f"adoption, sections 1-5: {time.monotonic() - started:.1f} s")


def test_adopt_page_site_with_mkdocs_and_properdocs(release: Release, tmp_path: Path) -> None:
    """Section 7 on the files of sections 2 and 3: the plugin under MkDocs and ProperDocs."""
    started = time.monotonic()
    repo, _, outputs = follow(release, tmp_path, {7}, {2, 3, 7})
    commit = sh("git", "rev-parse", f"{TAG}^{{commit}}", cwd=release.clone).strip()
    for tool in ("mkdocs build", "properdocs build"):
        assert re.search(r"docs/install\.md:3:\d+: \[nix-bootstrap-workflow-owned\]", outputs[tool])
    dashboard = (repo / "site" / "truthgraph" / "index.html").read_text(encoding="utf-8")
    assert f"GloriousFlywheel builder runtime {TAG} (commit {commit[:12]}" in dashboard
    print(f"adoption, section 7: {time.monotonic() - started:.1f} s")


def test_action_runs_twice_and_survives_a_failed_upload(
    release: Release, action_checkout: Path, runner_temp: Path, tmp_path: Path
) -> None:
    """Inputs default to the config (workflows checked), two runs in one job keep apart,
    `upload-sarif: "false"` skips the upload, and a refused upload does not fail the job."""
    repo = tmp_path / "repo"
    (repo / ".github" / "workflows").mkdir(parents=True)
    sh("git", "init", "-q", cwd=repo, env=release.env)  # as actions/checkout leaves it
    (repo / "truthgraph.toml").write_text(f'claims = "{REPO / "claims"}"\n', encoding="utf-8")
    (repo / ".github" / "workflows" / "ci.yml").write_text(
        "name: ci\non: [push]\njobs:\n  build:\n    runs-on: tinyland-nix\n    steps:\n"
        "      - uses: actions/checkout@v4\n      - run: nix build .#default\n",
        encoding="utf-8",
    )
    (repo / "sub").mkdir()
    (repo / "sub" / "truthgraph.toml").write_text(
        f'claims = "{REPO / "claims"}"\nfail-on = "never"\n', encoding="utf-8"
    )
    (repo / "sub" / "page.md").write_text("# Page\n\n" + WORDING, encoding="utf-8")
    uploads: list[dict[str, str]] = []
    temp = runner_temp
    stand_ins = action_stand_ins(python_bin(tmp_path), uploads, upload_ok=False)
    first = run_action(action_checkout, {}, repo, temp, stand_ins, env=release.env)
    assert first.failed_step == "Check docs against the claims"
    report = json.loads(Path(first.outputs["report"]).read_text(encoding="utf-8"))
    # No inputs at all: the whole repository, the workflow included.
    assert [f["path"] for f in report["findings"]] == [".github/workflows/ci.yml", "sub/page.md"]
    assert first.outputs["findings"] == "2"
    assert len(uploads) == 1  # attempted, refused, and the job's result is the check's
    second = run_action(
        action_checkout,
        {"working-directory": "sub", "category": "truthgraph-sub", "upload-sarif": "false"},
        repo,
        temp,
        stand_ins,
        env=release.env,
    )
    assert second.success, second.steps
    second_report = json.loads(Path(second.outputs["report"]).read_text(encoding="utf-8"))
    assert [f["path"] for f in second_report["findings"]] == ["sub/page.md"]  # repo-relative
    assert second.outputs["sarif"] != first.outputs["sarif"]
    assert len(uploads) == 1
    with_upload = run_action(
        action_checkout,
        {"working-directory": "sub", "category": "truthgraph-sub"},
        repo,
        temp,
        stand_ins,
        env=release.env,
    )
    assert with_upload.success  # the upload failed; continue-on-error keeps the job green
    assert uploads[-1]["category"] == "truthgraph-sub"


def write_page_files(repo: Path, url: str) -> dict[str, str]:
    """The files the page tells a user to write, with the repository address replaced."""
    written = {}
    for step in page_steps():
        if step.kind == "file":
            text = step.text.replace(UPSTREAM, url)
            (repo / step.title).parent.mkdir(parents=True, exist_ok=True)
            (repo / step.title).write_text(text, encoding="utf-8")
            written[step.title] = text
    return written


def test_adopt_page_workflow_runs_the_action(
    release: Release, action_checkout: Path, runner_temp: Path, tmp_path: Path
) -> None:
    """Step 6 of the page: its workflow's action step, run by the local runner as written
    (in a test of its own, so that it runs beside the rest of the walk-through)."""
    repo = tmp_path / "downstream"
    repo.mkdir()
    files = write_page_files(repo, release.url)
    env = release.env
    commit = sh("git", "rev-parse", f"{TAG}^{{commit}}", cwd=release.clone).strip()
    steps = yaml.safe_load(files[".github/workflows/docs.yml"])["jobs"]["truthgraph"]["steps"]
    (step,) = [s for s in steps if str(s.get("uses", "")).startswith("OWNER/truthgraph@")]
    assert step["uses"] == f"OWNER/truthgraph@{TAG}"
    uploads: list[dict[str, str]] = []
    run = run_action(
        action_checkout,
        step.get("with") or {},
        repo,
        runner_temp,
        action_stand_ins(python_bin(tmp_path), uploads),
        env=env | {"GITHUB_REPOSITORY": "example/docs"},
        action_ref=TAG,
    )
    assert run.failed_step == "Check docs against the claims", run.steps
    check = next(s for s in run.steps if s.name == "Check docs against the claims")
    assert "::error file=docs/install.md,line=3" in check.stdout
    assert run.outputs["findings"] == "1"
    sarif = json.loads(Path(run.outputs["sarif"]).read_text(encoding="utf-8"))
    assert sarif["runs"][0]["properties"]["pack"]["commit"] == commit
    assert sarif["runs"][0]["properties"]["repo"] == "example/docs"
    assert uploads == [{"sarif_file": run.outputs["sarif"], "category": "truthgraph"}]
