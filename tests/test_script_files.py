"""Image recipes and build scripts: a Dockerfile or shell script is read as a code block of
its language, so a stale setting or a comment that contradicts a claim is found in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from truthgraph.discovery import DEFAULT_INCLUDE, script_language
from truthgraph.engine import Checker

NIX_IMAGE = """\
# Runner image for the tinyland-nix lane on honey.
FROM ghcr.io/actions/actions-runner:2.321.0

# Attic for the Nix lanes.
ENV ATTIC_SERVER=http://attic-api.nix-cache.svc:8080
"""

BUILD_SCRIPT = """\
#!/usr/bin/env bash
# Builds the tinyland-nix runner image.
#   --push   also pushes the release closure into Attic, which is how downstream
#            consumers get our releases.
set -euo pipefail
"""


@pytest.mark.parametrize(
    ("path", "language"),
    [
        ("images/nix/Dockerfile", "dockerfile"),
        ("images/nix/runner.Dockerfile", "dockerfile"),
        ("Containerfile", "dockerfile"),
        ("scripts/build.sh", "sh"),
        ("docs/build.md", ""),
        (".github/workflows/ci.yml", ""),
    ],
)
def test_a_recipe_or_script_is_read_in_its_language(path: str, language: str) -> None:
    assert script_language(path) == language


def test_recipes_and_scripts_are_checked_by_default() -> None:
    assert {"Dockerfile", "*.Dockerfile", "Containerfile", "*.sh"} <= set(DEFAULT_INCLUDE)


def test_a_stale_setting_in_a_dockerfile_is_found_on_its_line(gf_checker: Checker) -> None:
    result = gf_checker.check_text("images/nix/Dockerfile", NIX_IMAGE)
    assert [(f.line, f.claim) for f in result.findings] == [(5, "attic-endpoint-current")]
    assert result.findings[0].column == len("ENV ATTIC_SERVER=http://") + 1  # the stale host


def test_a_scripts_comment_is_read_as_prose(gf_checker: Checker) -> None:
    result = gf_checker.check_text("scripts/build.sh", BUILD_SCRIPT)
    assert [f.claim for f in result.findings] == ["caches-are-acceleration-not-publication"]
    assert result.findings[0].line in (3, 4)


def test_a_script_that_names_nothing_of_the_platform_is_skipped(gf_checker: Checker) -> None:
    result = gf_checker.check_text(
        "scripts/deploy.sh", "#!/bin/sh\n# Pushes the site.\nrsync -a public/ host:/srv\n"
    )
    assert result.findings == []
    assert result.skipped


def test_a_dockerfile_in_a_tree_is_discovered_and_checked(
    gf_checker: Checker, tmp_path: Path
) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "Dockerfile").write_text(NIX_IMAGE, encoding="utf-8")
    report = gf_checker.check_paths([tmp_path])
    assert [(Path(f.path).name, f.line) for f in report.findings] == [("Dockerfile", 5)]
