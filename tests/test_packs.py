"""The claims pack as a dependency: git+URL@REF#FOLDER with a lock, pack:NAME entry points."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from truthgraph.cli import main
from truthgraph.errors import ConfigError
from truthgraph.packs import LOCK_NAME, pack_digest, parse_source, resolve

REPO = Path(__file__).resolve().parent.parent
WORDING = "The `tinyland-nix` runner ships with Nix preinstalled, so run `nix build` directly.\n"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(*args: str, cwd: Path) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout.strip()


@pytest.fixture
def pack_repo(tmp_path: Path) -> Path:
    """A git repository holding the GF pack in claims/, tagged v1."""
    repo = tmp_path / "upstream"
    shutil.copytree(REPO / "claims", repo / "claims")
    git("init", "-q", "-b", "main", cwd=repo)
    git("add", ".", cwd=repo)
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "pack", cwd=repo)
    git("tag", "v1", cwd=repo)
    return repo


@pytest.fixture
def downstream(tmp_path: Path, pack_repo: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TRUTHGRAPH_CACHE", str(tmp_path / "cache"))
    root = tmp_path / "down"
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "a.md").write_text("# A\n\n" + WORDING, encoding="utf-8")
    (root / "truthgraph.toml").write_text(
        f'claims = "git+file://{pack_repo}@v1#claims"\n', encoding="utf-8"
    )
    monkeypatch.chdir(root)
    return root


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    captured = capsys.readouterr()
    return int(exit_info.value.code or 0), captured.out, captured.err


def test_parse_source() -> None:
    source, _ = parse_source("git+https://github.com/OWNER/truthgraph@v0.2.0#claims", Path())
    assert (source.kind, source.location, source.ref, source.subdir) == (
        "git",
        "https://github.com/OWNER/truthgraph",
        "v0.2.0",
        "claims",
    )
    ssh, _ = parse_source("git+ssh://git@host/org/pack.git@abc#subdirectory=p", Path())
    assert (ssh.location, ssh.ref, ssh.subdir) == ("ssh://git@host/org/pack.git", "abc", "p")
    with pytest.raises(ConfigError, match="pin a ref"):
        parse_source("git+https://github.com/OWNER/truthgraph#claims", Path())
    with pytest.raises(ConfigError, match="expected pack:NAME"):
        parse_source("pack:", Path())


def test_digest_is_the_same_wherever_the_pack_lies(tmp_path: Path) -> None:
    shutil.copytree(REPO / "claims", tmp_path / "elsewhere")
    assert pack_digest(tmp_path / "elsewhere") == pack_digest(REPO / "claims")
    (tmp_path / "elsewhere" / "truths.yaml").write_text("changed", encoding="utf-8")
    assert pack_digest(tmp_path / "elsewhere") != pack_digest(REPO / "claims")


def test_git_pack_checks_and_names_its_commit(
    capsys: pytest.CaptureFixture[str], downstream: Path, pack_repo: Path
) -> None:
    commit = git("rev-parse", "HEAD", cwd=pack_repo)
    code, out, _ = run(capsys, "check", "--format", "json")
    assert code == 1
    report = json.loads(out)
    assert report["pack"] == {
        "name": "GloriousFlywheel builder runtime",
        "source": f"git+file://{pack_repo}@v1#claims",
        "version": "v1",
        "commit": commit,
        "digest": pack_digest(REPO / "claims"),
    }
    assert report["claims_digest"] == report["pack"]["digest"]
    assert [f["path"] for f in report["findings"]] == ["docs/a.md"]
    _, text, _ = run(capsys, "check")
    assert f"Claims pack: GloriousFlywheel builder runtime v1 (commit {commit[:12]}" in text
    assert not (downstream / LOCK_NAME).exists()  # only `pack sync` writes the lock


def test_lock_pins_the_commit_and_the_digest(
    capsys: pytest.CaptureFixture[str], downstream: Path, pack_repo: Path, tmp_path: Path
) -> None:
    first = git("rev-parse", "HEAD", cwd=pack_repo)
    code, out, _ = run(capsys, "pack", "sync")
    assert code == 0
    assert out.startswith("GloriousFlywheel builder runtime v1 (commit ")
    assert out.rstrip().endswith("locked): locked (truthgraph.lock)")
    lock = json.loads((downstream / LOCK_NAME).read_text(encoding="utf-8"))
    key = f"git+file://{pack_repo}#claims"
    assert lock["packs"][key]["commit"] == first
    assert run(capsys, "pack", "sync")[1].rstrip().endswith(": unchanged (truthgraph.lock)")

    # The tag moves upstream: the lock keeps the checked commit until the next sync.
    claims = pack_repo / "claims" / "truths.yaml"
    claims.write_text(claims.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qam", "e", cwd=pack_repo)
    git("tag", "-f", "v1", cwd=pack_repo)
    shutil.rmtree(tmp_path / "cache" / "packs")  # a fresh cache must fetch the locked commit
    _, out, _ = run(capsys, "check", "--format", "json")
    assert json.loads(out)["pack"]["commit"] == first
    run(capsys, "pack", "sync")
    _, out, _ = run(capsys, "check", "--format", "json")
    assert json.loads(out)["pack"]["commit"] == git("rev-parse", "HEAD", cwd=pack_repo)

    # Files in the cache that differ from the lock's digest are refused.
    resolved = resolve(f"git+file://{pack_repo}@v1#claims", downstream)
    (resolved.folder / "truths.yaml").write_text("tampered", encoding="utf-8")
    code, _, err = run(capsys, "check")
    assert code == 2
    assert "the lock says" in err and "run `truthgraph pack sync` to accept it" in err


def test_missing_ref_and_folder_are_input_errors(
    capsys: pytest.CaptureFixture[str], downstream: Path, pack_repo: Path
) -> None:
    code, _, err = run(capsys, "--claims", f"git+file://{pack_repo}@v9#claims", "check")
    assert code == 2
    assert err.startswith(f'truthgraph: error: claims "git+file://{pack_repo}@v9#claims"')
    code, _, err = run(capsys, "--claims", f"git+file://{pack_repo}@v1#nope", "check")
    assert code == 2
    assert 'no folder "nope" at commit' in err


def test_installed_pack_through_an_entry_point(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pack distribution: a package with the YAML files and a `truthgraph.packs` entry."""
    site = tmp_path / "site-packages"
    shutil.copytree(REPO / "claims", site / "gf_pack" / "claims")
    (site / "gf_pack" / "__init__.py").write_text("", encoding="utf-8")
    info = site / "truthgraph_pack_gf-1.2.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: truthgraph-pack-gf\nVersion: 1.2.3\n", "utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[truthgraph.packs]\ngloriousflywheel = gf_pack:claims\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(site))
    (tmp_path / "a.md").write_text("# A\n\n" + WORDING, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(
        capsys, "--claims", "pack:gloriousflywheel", "check", "a.md", "--format", "json"
    )
    assert code == 1
    pack = json.loads(out)["pack"]
    assert (pack["source"], pack["version"]) == ("pack:gloriousflywheel", "1.2.3")
    assert pack["digest"] == pack_digest(REPO / "claims")
    code, _, err = run(capsys, "--claims", "pack:other", "check", "a.md")
    assert code == 2
    assert 'no installed pack "other" (installed: gloriousflywheel)' in err


def test_plugin_option_names_a_git_pack(downstream: Path, pack_repo: Path) -> None:
    """The mkdocs plugin's `claims:` option takes the same names as the config."""
    pytest.importorskip("mkdocs")
    (downstream / "truthgraph.toml").unlink()
    (downstream / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (downstream / "mkdocs.yml").write_text(
        "site_name: t\nplugins:\n  - truthgraph:\n"
        f'      claims: "git+file://{pack_repo}@v1#claims"\n',
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        capture_output=True,
        text=True,
        check=False,
        env=os.environ | {"NO_MKDOCS_2_WARNING": "1"},
    )
    assert done.returncode == 1, done.stderr
    assert "docs/a.md:3:6: [nix-bootstrap-workflow-owned]" in done.stderr
    # The gate stops a strict build; a plain one writes the site, which names the pack.
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build"],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ | {"NO_MKDOCS_2_WARNING": "1"},
    )
    commit = git("rev-parse", "HEAD", cwd=pack_repo)
    dashboard = (downstream / "site" / "truthgraph" / "index.html").read_text(encoding="utf-8")
    assert f"GloriousFlywheel builder runtime v1 (commit {commit[:12]}" in dashboard


def test_extract_keeps_to_the_target_without_the_data_filter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pythons before 3.11.4 lack tarfile's `data` filter: the same rule applies by hand."""
    import io
    import tarfile

    from truthgraph.packs import _extract

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for name, kind in (("claims/a.yaml", tarfile.REGTYPE), ("../evil.yaml", tarfile.REGTYPE),
                           ("claims/link", tarfile.SYMTYPE)):  # fmt: skip
            info = tarfile.TarInfo(name)
            info.type = kind
            info.linkname = "/etc/passwd" if kind == tarfile.SYMTYPE else ""
            data = b"pack: {}\n" if kind == tarfile.REGTYPE else b""
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    monkeypatch.delattr(tarfile, "data_filter", raising=False)
    buffer.seek(0)
    with tarfile.open(fileobj=buffer) as tar:
        _extract(tar, tmp_path / "out")
    found = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    assert found == ["out", "out/claims", "out/claims/a.yaml"]
