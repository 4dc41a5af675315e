"""File discovery: which files under the given paths are checked, and display paths.

Owns walking (skipped folders, `.gitignore`, include/exclude globs) and the project root
that every shown path is relative to; reading a file's bytes is `truthgraph.reading`'s job.

A folder is walked unless it is one of SKIPPED_DIRS, the site build output of the
project's mkdocs.yml (`site_dir`, default `site`), a vendored repository (a git submodule
or any folder with its own `.git`), or ignored by a `.gitignore` (the project root's
and every walked folder's, plus `.git/info/exclude`, with git's own rules through
`pathspec`). Files named explicitly are always checked.
"""

from __future__ import annotations

import configparser
import fnmatch
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pathspec

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
        ".nox",
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
FORM_GLOBS = (
    ".github/ISSUE_TEMPLATE/*.yml",
    ".github/ISSUE_TEMPLATE/*.yaml",
    ".github/DISCUSSION_TEMPLATE/*.yml",
    ".github/DISCUSSION_TEMPLATE/*.yaml",
)
"""Issue and discussion forms: YAML whose labels, descriptions and Markdown are prose."""
SCRIPT_GLOBS = ("Dockerfile", "*.Dockerfile", "Containerfile", "*.sh")
"""Image recipes and build scripts: read as a code block of their language (comments as
prose, settings as values)."""
SITE_CONFIGS = ("mkdocs.yml", "mkdocs.yaml", "properdocs.yml", "properdocs.yaml")
_SITE_DIR = re.compile(r"""^site_dir:\s*['"]?([^'"#\s]+)""", re.MULTILINE)


def matches_glob(relative: str, glob: str) -> bool:
    """A glob without `/` matches the file name; with `/` the path or any tail of it."""
    if "/" not in glob:
        return fnmatch.fnmatchcase(relative.rsplit("/", 1)[-1], glob)
    return fnmatch.fnmatchcase(relative, glob) or fnmatch.fnmatchcase(relative, "*/" + glob)


def is_workflow_path(relative: str) -> bool:
    return any(matches_glob(relative, g) for g in WORKFLOW_GLOBS)


def is_form_path(relative: str) -> bool:
    return any(matches_glob(relative, g) for g in FORM_GLOBS)


def script_language(relative: str) -> str:
    """The code-block language of an image recipe or build script, or "" for other files."""
    if not any(matches_glob(relative, g) for g in SCRIPT_GLOBS):
        return ""
    return "sh" if relative.endswith(".sh") else "dockerfile"


def git_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` holding `.git` (a folder, or a worktree file)."""
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return None


def site_dirs(root: Path) -> list[Path]:
    """Build output folders of the site configs in `root` (`site_dir`, default `site`)."""
    found: list[Path] = []
    for name in SITE_CONFIGS:
        config = root / name
        if not config.is_file():
            continue
        try:
            text = config.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        match = _SITE_DIR.search(text)
        found.append((root / (match.group(1) if match else "site")).resolve())
    return found


def submodule_dirs(root: Path) -> list[Path]:
    """Folders that `.gitmodules` in `root` declares as submodules."""
    gitmodules = root / ".gitmodules"
    if not gitmodules.is_file():
        return []
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(gitmodules.read_text(encoding="utf-8", errors="replace"))
    except (OSError, configparser.Error):
        return []
    return [
        (root / parser[section]["path"]).resolve()
        for section in parser.sections()
        if "path" in parser[section]
    ]


@dataclass
class Ignores:
    """`.gitignore` rules by folder (absolute path -> spec), read once per folder."""

    specs: dict[str, pathspec.GitIgnoreSpec | None] = field(default_factory=dict)

    def spec_of(self, folder: str) -> pathspec.GitIgnoreSpec | None:
        if folder not in self.specs:
            lines: list[str] = []
            for name in (".gitignore", ".git/info/exclude"):
                try:
                    lines += Path(folder, name).read_text(encoding="utf-8").splitlines()
                except (OSError, UnicodeDecodeError):
                    continue
            self.specs[folder] = pathspec.GitIgnoreSpec.from_lines(lines) if lines else None
        return self.specs[folder]

    def ignored(self, chain: Sequence[str], absolute: str, is_dir: bool) -> str:
        """The `.gitignore` that ignores `absolute` ('' if none); `chain`: folders from the top.

        Deeper files override shallower ones, and within a file the last match wins
        (a `!pattern` re-includes), as git does."""
        verdict: bool | None = None
        source = ""
        for folder in chain:
            spec = self.spec_of(folder)
            if spec is None:
                continue
            relative = os.path.relpath(absolute, folder).replace(os.sep, "/")
            if is_dir:
                relative += "/"
            result = spec.check_file(relative)
            if result.include is not None:
                verdict = result.include
                source = folder + os.sep + ".gitignore"
        return source if verdict else ""


@dataclass
class Walk:
    """How to walk: the project root, and whether git's ignore rules and vendored code count."""

    root: Path | None = None
    gitignore: bool = True
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """(shown folder or file, why) for everything left out; the CLI lists it with -v."""


def discover(
    paths: Iterable[Path],
    include: Sequence[str],
    exclude: Sequence[str],
    display: Callable[[Path], str],
    walk: Walk | None = None,
) -> tuple[list[tuple[Path, str]], list[FileProblem]]:
    """Files to check under `paths` (sorted, unique), and paths that could not be walked."""
    walk = walk or Walk()
    found: dict[str, Path] = {}
    problems: list[FileProblem] = []
    root = (walk.root or Path.cwd()).resolve()
    top = (git_root(root) or root) if walk.gitignore else None
    fixed_skips = {str(p): "site build output" for p in site_dirs(root)}
    fixed_skips.update({str(p): "git submodule" for p in submodule_dirs(top or root)})
    ignores = Ignores()

    def excluded(name: str) -> bool:
        return any(matches_glob(name, g) for g in exclude)

    def skip(shown: str, why: str) -> None:
        walk.skipped.append((shown, why))

    for given in paths:
        shown = display(given)
        if given.is_file():
            if not excluded(shown):
                found.setdefault(shown, given)
            continue
        if not given.is_dir():
            problems.append(FileProblem(shown, "no such file or folder"))
            continue

        def walk_error(error: OSError) -> None:
            problems.append(
                FileProblem(display(Path(error.filename)), f"cannot read folder: {error.strerror}")
            )

        # Display names below the root are built by string joins: resolving every path
        # costs system calls per file, which dominates on large unrelated trees.
        prefix = "" if shown in ("", ".") else shown.rstrip("/") + "/"
        root_text = os.fspath(given)
        absolute_root = os.fspath(given.resolve())
        # The ignore files of the folders above the given one apply too (git's rules).
        above: list[str] = []
        if top is not None and Path(absolute_root).is_relative_to(top):
            start = Path(absolute_root)
            above = [str(p) for p in reversed([start, *start.parents]) if p.is_relative_to(top)]
            above.pop()  # the given folder itself is added by the walk below
        chains: dict[str, list[str]] = {}
        # followlinks=False: a symlinked folder is not entered, so link loops cannot recurse.
        for folder, dirs, files in os.walk(root_text, onerror=walk_error, followlinks=False):
            relative = os.path.relpath(folder, root_text)
            base = prefix if relative == "." else f"{prefix}{relative.replace(os.sep, '/')}/"
            # String joins, not Path objects: this runs once per folder of large trees.
            absolute = absolute_root if relative == "." else absolute_root + os.sep + relative
            parent = chains.get(absolute.rpartition(os.sep)[0], above)
            chain = chains[absolute] = [*parent, absolute] if top is not None else []
            kept: list[str] = []
            for name in sorted(dirs):
                full = absolute + os.sep + name
                why = _skipped_dir(name, full, fixed_skips)
                if not why and excluded(base + name):
                    why = "excluded"
                if not why and chain and (source := ignores.ignored(chain, full, True)):
                    why = f"ignored by {display(Path(source))}"
                if why:
                    skip(base + name + "/", why)
                else:
                    kept.append(name)
            dirs[:] = kept
            for name in files:
                shown_file = base + name
                if not any(matches_glob(shown_file, g) for g in include):
                    continue
                if excluded(shown_file):
                    skip(shown_file, "excluded")
                    continue
                full = absolute + os.sep + name
                if chain and (source := ignores.ignored(chain, full, False)):
                    skip(shown_file, f"ignored by {display(Path(source))}")
                    continue
                found.setdefault(shown_file, Path(folder, name))
    return sorted(((p, s) for s, p in found.items()), key=lambda item: item[1]), problems


def _skipped_dir(name: str, full: str, fixed: dict[str, str]) -> str:
    if name in SKIPPED_DIRS:
        return "never checked"
    if full in fixed:
        return fixed[full]
    if Path(full, ".git").exists():
        return "a repository of its own (vendored)"
    return ""


def report_root(config_root: Path) -> Path:
    """The folder reported paths are relative to: the git root above the config's folder,
    else that folder. Repository-relative paths are what GitHub annotations, code scanning
    and reviewdog need, also when the config sits in a subfolder (a monorepo)."""
    return git_root(config_root) or config_root.resolve()


def project_root(config_root: Path | None = None, start: Path | None = None) -> Path:
    """The folder shown paths are relative to: the config's folder, else the git root."""
    if config_root is not None:
        return config_root.resolve()
    here = (start or Path.cwd()).resolve()
    return git_root(here) or here


def display_path(path: Path, root: Path | None = None) -> str:
    """`path` relative to `root` (default: the current folder) where it lies below it.

    Elsewhere: relative to the current folder if below it, else absolute as given."""
    resolved = path.resolve()
    for base in (root, Path.cwd()):
        if base is None:
            continue
        try:
            return resolved.relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return path.as_posix()


def root_display(root: Path) -> Callable[[Path], str]:
    """A display function for paths relative to `root` (resolved once)."""
    resolved = root.resolve()

    def show(path: Path) -> str:
        return display_path(path, resolved)

    return show


DEFAULT_INCLUDE = ("*.md", "*.markdown", *WORKFLOW_GLOBS, *FORM_GLOBS, *SCRIPT_GLOBS)

__all__ = [
    "DEFAULT_INCLUDE",
    "FORM_GLOBS",
    "SCRIPT_GLOBS",
    "SKIPPED_DIRS",
    "WORKFLOW_GLOBS",
    "Walk",
    "discover",
    "display_path",
    "git_root",
    "is_form_path",
    "is_workflow_path",
    "matches_glob",
    "project_root",
    "report_root",
    "root_display",
    "script_language",
]
