"""[tool.truthgraph] options: defaults, per-path severities, and exact errors for bad values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from truthgraph.claims.pack import load_pack
from truthgraph.cli import main
from truthgraph.config import load_config
from truthgraph.engine import Checker, CheckOptions
from truthgraph.errors import ConfigError

CONTRADICTION = "The `tinyland-nix` runner ships with Nix preinstalled.\n"


def write_project(root: Path, repo_root: Path, options: str) -> None:
    (root / "pyproject.toml").write_text(
        f'[tool.truthgraph]\nclaims = "{repo_root / "claims"}"\n{options}\n', encoding="utf-8"
    )
    (root / "docs" / "research").mkdir(parents=True)
    (root / "docs" / "guide.md").write_text(CONTRADICTION, encoding="utf-8")
    (root / "docs" / "research" / "notes.md").write_text(CONTRADICTION, encoding="utf-8")


def check_json(capsys: pytest.CaptureFixture[str], root: Path) -> tuple[int, list[dict[str, str]]]:
    with pytest.raises(SystemExit) as exit_info:
        main(
            [
                "--config",
                str(root / "pyproject.toml"),
                "check",
                str(root / "docs"),
                "--format",
                "json",
            ]
        )
    out = capsys.readouterr().out
    return int(exit_info.value.code or 0), json.loads(out)["findings"]


def test_per_path_severity_cap_and_off(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, repo_root: Path
) -> None:
    write_project(tmp_path, repo_root, '[tool.truthgraph.per-path]\n"*/research/*" = "warning"\n')
    code, findings = check_json(capsys, tmp_path)
    levels = {Path(f["path"]).name: f["severity"] for f in findings}
    assert levels == {"guide.md": "error", "notes.md": "warning"}
    assert code == 1
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.truthgraph]\nclaims = "{repo_root / "claims"}"\n'
        '[tool.truthgraph.per-path]\n"*/guide.md" = { "nix-bootstrap-workflow-owned" = "off" }\n',
        encoding="utf-8",
    )
    code, findings = check_json(capsys, tmp_path)
    assert [Path(f["path"]).name for f in findings] == ["notes.md"]


def test_exclude_option(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, repo_root: Path
) -> None:
    write_project(tmp_path, repo_root, 'exclude = ["*/research/*"]\n')
    _, findings = check_json(capsys, tmp_path)
    assert [Path(f["path"]).name for f in findings] == ["guide.md"]


def test_unknown_option_suggests(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.truthgraph]\nfail_on = "error"\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError) as error:
        load_config(explicit=tmp_path / "pyproject.toml")
    assert str(error.value).endswith(
        'pyproject.toml:2: [tool.truthgraph] unknown option "fail_on" (did you mean "fail-on"?)'
    )


def test_wrong_type_and_level(tmp_path: Path) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text('[tool.truthgraph]\njobs = "two"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match='option "jobs" must be a whole number'):
        load_config(explicit=config)
    config.write_text('[tool.truthgraph.per-path]\n"docs/*" = "loud"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="level 'loud' is not one of error, warning, info, off"):
        load_config(explicit=config)


def test_invalid_toml_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.truthgraph\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["--config", str(tmp_path / "pyproject.toml"), "validate"])
    assert exit_info.value.code == 2
    assert "invalid TOML" in capsys.readouterr().err


def test_per_path_naming_an_unknown_rule_is_an_error(repo_root: Path) -> None:
    """A typo'd code in per-path would silently change nothing: it is refused instead."""
    options = CheckOptions(per_path={"docs/rfc/**": {"TG1O2": "off"}})
    expected = 'no such rule or claim: "TG1O2" \\(did you mean "TG102"\\?\\)'
    with pytest.raises(ConfigError, match=expected):
        Checker(load_pack(repo_root / "claims"), options)
