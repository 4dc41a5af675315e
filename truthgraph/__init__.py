"""truthgraph: keep a project's public docs consistent with its curated claims.

The Python API is one function, :func:`check`, plus the values it returns::

    import truthgraph

    report = truthgraph.check(["docs"], pack="git+https://github.com/OWNER/truthgraph@v0.2.0#claims")
    for finding in report.findings:
        print(finding.path, finding.line, finding.claim, finding.message)

It reads the project's config like the command line does, never prints and never
exits; bad input raises :class:`truthgraph.errors.TruthgraphError` with the one-line
message the command line would show.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

__version__ = "0.2.0"

if TYPE_CHECKING:
    from truthgraph.findings import Report

__all__ = ["__version__", "check"]


def check(
    paths: Iterable[str | os.PathLike[str]] = (),
    pack: str | os.PathLike[str] | None = None,
    *,
    root: str | os.PathLike[str] | None = None,
) -> Report:
    """Check Markdown docs and workflows under `paths` against a claims pack.

    `paths`: files and folders (default: the config's `paths`). `pack`: a claims folder,
    `git+URL@REF#FOLDER` or `pack:NAME` (default: the config's `claims`). `root`: the
    folder whose config applies (default: the current folder); reported paths are
    relative to the git root (else the config's folder). Returns the Report: findings in
    a fixed order, unreadable files in `problems`, the pack's digest in `claims_digest`.
    """
    from truthgraph.config import load_config
    from truthgraph.discovery import Walk, report_root, root_display
    from truthgraph.engine import Checker, CheckOptions
    from truthgraph.errors import TruthgraphError
    from truthgraph.packs import LOCK_NAME, load

    config = load_config(start=Path(root) if root is not None else None)
    spec = os.fspath(pack) if pack is not None else str(config.get("claims"))
    base = Path.cwd() if pack is not None else config.root
    claims, _ = load(spec, base, config.root / LOCK_NAME)
    options = CheckOptions(
        include=tuple(config.get("include")),
        exclude=tuple(config.get("exclude")),
        per_path=dict(config.get("per-path")),
        max_file_bytes=int(config.get("max-file-bytes")),
    )
    given = [Path(p) for p in paths] or [config.root / p for p in config.get("paths")]
    missing = [str(p) for p in given if not p.exists()]
    if missing:
        raise TruthgraphError(f"{', '.join(missing)}: no such file or folder")
    report = Checker(claims, options).check_paths(
        given, root_display(report_root(config.root)), Walk(root=config.root)
    )
    report.tool_version = __version__
    return report
