"""Fixtures for the site tests: the repo's pack, a tiny hostile pack, temp mkdocs sites."""

from __future__ import annotations

import datetime as dt
import json
import os
import textwrap
from pathlib import Path

import networkx as nx
import pytest

from truthgraph.claims.pack import ClaimsPack, load_pack
from truthgraph.findings import Report
from truthgraph.graph import build_graph
from truthgraph.site.pages import SiteInput

REPO = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 4, 20)

# The mkdocs 1.x CLI prints a banner about its successor unless told not to.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

PLANTED = """\
# Runners

The `tinyland-nix` runner comes with Nix preinstalled.

```yaml
jobs:
  build:
    runs-on: tinyland-nix
    steps:
      - uses: actions/checkout@v4
      - run: nix build
```
"""

CLEAN = """\
# Runners

Self-hosted Nix lanes cannot assume Nix is present: bootstrap it in the workflow.
"""


@pytest.fixture(scope="session")
def repo_pack() -> ClaimsPack:
    return load_pack(REPO / "claims")


@pytest.fixture(scope="session")
def repo_graph(repo_pack: ClaimsPack) -> nx.MultiDiGraph:
    return build_graph(repo_pack)


@pytest.fixture()
def repo_site(repo_pack: ClaimsPack, repo_graph: nx.MultiDiGraph) -> SiteInput:
    return SiteInput(repo_pack, repo_graph, Report(), TODAY)


def write_tiny_pack(folder: Path, statement: str = "Tiny claim", fix: str = "Say it right") -> Path:
    """A minimal pack: meta, one piece of evidence, one claim with a wording rule, a non-goal."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.yaml").write_text(
        textwrap.dedent(
            """\
            pack:
              name: Tiny <b>pack</b>
              snapshot: 2026-04-01
              stale_after_days: 10
            evidence:
              - id: ev-old
                kind: issue
                ref: "tiny#1 <img src=x onerror=alert(1)>"
                observed: 2026-01-01
                summary: Old evidence with <i>markup</i>
              - id: ev-new
                kind: document
                ref: tiny note
                url: "javascript:alert(3)"
                observed: 2026-04-15
                summary: Recent evidence
            claims:
              - id: tiny-claim
                statement: {statement}
                since: 2026-04-01
                topics: [widgets, "</title><script>alert('topic')</script>"]
                evidence: [ev-old, ev-new]
                fix: {fix}
                rules:
                  - id: no-magic
                    kind: wording
                    patterns: ["widgets are magic"]
                  - id: magic-paraphrase
                    kind: paraphrase
                    anchors: ["widgets"]
                    examples: ["Widgets run on <script>alert(2)</script> magic"]
            non_goals:
              - id: tiny-goal
                statement: Promising <em>magic</em> widgets
                topics: [widgets]
                claims: [tiny-claim]
            """
        ).format(statement=_yaml_str(statement), fix=_yaml_str(fix)),
        encoding="utf-8",
    )
    return folder


def _yaml_str(text: str) -> str:
    return json.dumps(text)  # a JSON string is a YAML double-quoted scalar, escapes included


def write_site(
    root: Path,
    *,
    page: str,
    claims: Path | None = None,
    plugin_options: str = "",
    hooks: bool = False,
) -> Path:
    """A small mkdocs project under `root`: mkdocs.yml, docs/index.md and docs/runners.md."""
    docs = root / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "index.md").write_text("# Home\n\nA small site.\n", encoding="utf-8")
    (docs / "runners.md").write_text(page, encoding="utf-8")
    claims_dir = claims or REPO / "claims"
    if hooks:
        # The hooks take their options from [tool.truthgraph], as in this repository.
        (root / "pyproject.toml").write_text(
            f'[tool.truthgraph]\nclaims = "{claims_dir.as_posix()}"\n', encoding="utf-8"
        )
        wiring = f"hooks:\n  - {(REPO / 'site_hooks' / 'truthgraph_hooks.py').as_posix()}\n"
        plugins = "plugins:\n  - search\n"
    else:
        wiring = ""
        plugins = (
            "plugins:\n  - search\n  - truthgraph:\n"
            f"      claims: {claims_dir.as_posix()}\n      today: '{TODAY.isoformat()}'\n"
            + plugin_options
        )
    (root / "mkdocs.yml").write_text(
        "site_name: planted\n"
        "theme:\n  name: material\n  font: false\n"
        "markdown_extensions:\n  - admonition\n  - pymdownx.superfences\n" + plugins + wiring,
        encoding="utf-8",
    )
    return root / "mkdocs.yml"
