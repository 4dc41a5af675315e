"""The wheel carries every data file the package reads (a non-editable install must work)."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_every_data_file_is_package_data() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["truthgraph"]
    package = REPO / "truthgraph"
    data = [
        path.relative_to(package).as_posix()
        for path in package.rglob("*")
        if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts
    ]
    assert data, "no data files found: is the package where this test expects it?"
    missing = [name for name in data if not any(fnmatch.fnmatch(name, g) for g in globs)]
    assert missing == [], f"add to [tool.setuptools.package-data] in pyproject.toml: {missing}"


def test_the_checker_alone_needs_no_site_packages() -> None:
    """`pip install truthgraph` installs no MkDocs: it is the `site` extra's."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = [
        d.split(">")[0].split("<")[0].split("=")[0].strip().lower() for d in project["dependencies"]
    ]
    assert not [n for n in names if n.startswith("mkdocs")]
    assert any(d.startswith("mkdocs>=") for d in project["optional-dependencies"]["site"])
