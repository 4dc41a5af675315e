"""File discovery: which files under the given paths are checked, and display paths.

Owns walking (skipped folders, include/exclude globs); reading a file's bytes is
`truthgraph.reading`'s job.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from truthgraph.findings import FileProblem

SKIPPED_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        ".venv",
        "venv",
        "__pycache__",
        ".tox",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
    }
)
WORKFLOW_GLOBS = (
    ".github/workflows/*.yml",
    ".github/workflows/*.yaml",
    "action.yml",
    "action.yaml",
)


def matches_glob(relative: str, glob: str) -> bool:
    """A glob without `/` matches the file name; with `/` the path or any tail of it."""
    if "/" not in glob:
        return fnmatch.fnmatchcase(relative.rsplit("/", 1)[-1], glob)
    return fnmatch.fnmatchcase(relative, glob) or fnmatch.fnmatchcase(relative, "*/" + glob)


def is_workflow_path(relative: str) -> bool:
    return any(matches_glob(relative, g) for g in WORKFLOW_GLOBS)


def discover(
    paths: Iterable[Path],
    include: Sequence[str],
    exclude: Sequence[str],
    display: Callable[[Path], str],
) -> tuple[list[tuple[Path, str]], list[FileProblem]]:
    """Files to check under `paths` (sorted, unique), and paths that could not be walked."""
    found: dict[str, Path] = {}
    problems: list[FileProblem] = []

    def excluded(name: str) -> bool:
        return any(matches_glob(name, g) for g in exclude)

    for root in paths:
        shown = display(root)
        if root.is_file():
            if not excluded(shown):
                found.setdefault(shown, root)
            continue
        if not root.is_dir():
            problems.append(FileProblem(shown, "no such file or folder"))
            continue

        def walk_error(error: OSError) -> None:
            problems.append(
                FileProblem(display(Path(error.filename)), f"cannot read folder: {error.strerror}")
            )

        # Display names below the root are built by string joins: resolving every path
        # costs system calls per file, which dominates on large unrelated trees.
        prefix = "" if shown in ("", ".") else shown.rstrip("/") + "/"
        root_text = os.fspath(root)
        # followlinks=False: a symlinked folder is not entered, so link loops cannot recurse.
        for folder, dirs, files in os.walk(root_text, onerror=walk_error, followlinks=False):
            relative = os.path.relpath(folder, root_text)
            base = prefix if relative == "." else f"{prefix}{relative.replace(os.sep, '/')}/"
            dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS and not excluded(base + d))
            for name in files:
                shown_file = base + name
                if excluded(shown_file):
                    continue
                if any(matches_glob(shown_file, g) for g in include):
                    found.setdefault(shown_file, Path(folder, name))
    return sorted(((p, s) for s, p in found.items()), key=lambda item: item[1]), problems


def display_path(path: Path) -> str:
    """`path` relative to the current folder where it lies below it, else as given."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


DEFAULT_INCLUDE = ("*.md", "*.markdown", *WORKFLOW_GLOBS)

__all__ = [
    "DEFAULT_INCLUDE",
    "SKIPPED_DIRS",
    "WORKFLOW_GLOBS",
    "discover",
    "display_path",
    "is_workflow_path",
    "matches_glob",
]
