"""Settings: options declared as data and checked by one validator.

Read from the nearest of, folder by folder upwards: `.truthgraph.toml` or
`truthgraph.toml` (options at the top level, for repositories that are not Python
projects), or a `pyproject.toml` with a `[tool.truthgraph]` table. The folder of that
file is the project root; without one, the git root (else the current folder) is.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from truthgraph.discovery import DEFAULT_INCLUDE
from truthgraph.errors import ConfigError, Location
from truthgraph.findings import Severity


@dataclass(frozen=True)
class Option:
    name: str
    kind: type
    default: Any
    meaning: str


OPTIONS: tuple[Option, ...] = (
    Option(
        "claims",
        str,
        "claims",
        "The claims pack: a folder or file, `git+URL@REF#FOLDER`, or `pack:NAME` (installed).",
    ),
    Option(
        "paths",
        list,
        ["."],
        "Files and folders `check` reads when given none (default: the whole project,"
        " .gitignore respected).",
    ),
    Option(
        "include",
        list,
        list(DEFAULT_INCLUDE),
        "Globs (matched against the file name and the path) of files to check.",
    ),
    Option("exclude", list, [], "Globs of paths never checked (e.g. `docs/archive/**`)."),
    Option(
        "fail-on", str, "error", "Lowest severity that makes `check` exit 1 (`never`: report only)."
    ),
    Option(
        "per-path",
        dict,
        {},
        'Glob -> severity cap (`"warning"`) or a table of claim/rule -> level or `off`.',
    ),
    Option("max-file-bytes", int, 10 * 1024 * 1024, "Larger files are listed, not parsed."),
    Option("stale-after-days", int, 0, "Evidence age that warns; 0 keeps the pack's own."),
    Option("baseline", str, "", "Baseline file applied by `check` when it exists."),
    Option("jobs", int, 1, "Worker processes for `check` (0: one per core)."),
    Option("site-url", str, "", "Base URL of the status site (SARIF helpUri)."),
)
_BY_NAME = {o.name: o for o in OPTIONS}


CONFIG_FILES = (".truthgraph.toml", "truthgraph.toml", "pyproject.toml")
"""Looked for in this order in each folder, from the start folder upwards."""


@dataclass
class Config:
    root: Path
    """The project root: the config file's folder, else the git root, else the start folder."""
    source: str = ""
    values: dict[str, Any] = field(default_factory=dict)
    section: str = "[tool.truthgraph]"
    """How error messages name the table the options came from."""

    def get(self, name: str) -> Any:
        return self.values.get(name, _BY_NAME[name].default)

    @property
    def fail_on(self) -> Severity | None:
        """The lowest severity that fails `check`; None for `never` (report only)."""
        value = str(self.get("fail-on"))
        return None if value == "never" else Severity.parse(value)

    def path(self, name: str) -> Path:
        return self.root / str(self.get(name))


def _line_of(text: str, key: str) -> int | None:
    found = re.search(rf"^\s*\"?{re.escape(key)}\"?\s*=", text, re.MULTILINE)
    return text.count("\n", 0, found.start()) + 1 if found else None


LEVELS = ("error", "warning", "info", "off")
FAIL_ON = ("error", "warning", "info", "never")
_KIND_NAMES = {str: "a string", int: "a whole number", list: "a list", dict: "a table"}


def _has_section(path: Path) -> bool:
    """A pyproject.toml counts only with a [tool.truthgraph] table (read errors count too)."""
    try:
        return bool(re.search(r"^\[tool\.truthgraph[\].]", path.read_text("utf-8"), re.MULTILINE))
    except (OSError, UnicodeDecodeError):
        return True


def find_config(start: Path | None = None) -> Path | None:
    """The config file that applies in `start` (default: the current folder), if any."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_section(candidate)):
                return candidate
    return None


def load_config(start: Path | None = None, explicit: Path | None = None) -> Config:
    """Find the config (explicit, or the nearest above `start`) and read its options."""
    candidate = explicit if explicit is not None else find_config(start)
    if candidate is None:
        from truthgraph.discovery import project_root

        return Config(root=project_root(None, start))
    display = candidate.as_posix()
    try:
        text = candidate.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror or exc}", Location(display)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", Location(display)) from None
    except UnicodeDecodeError:
        raise ConfigError("not UTF-8", Location(display)) from None
    if candidate.name == "pyproject.toml":
        section = data.get("tool", {}).get("truthgraph", {})
        where_name = "[tool.truthgraph]"
    else:
        section = data
        where_name = candidate.name
    config = Config(root=candidate.parent.resolve(), source=display, section=where_name)
    for key, value in section.items():
        where = Location(display, _line_of(text, key))
        option = _BY_NAME.get(key)
        if option is None:
            close = difflib.get_close_matches(key, _BY_NAME, n=1, cutoff=0.6)
            hint = f' (did you mean "{close[0]}"?)' if close else ""
            raise ConfigError(f'{where_name} unknown option "{key}"{hint}', where)
        if not isinstance(value, option.kind) or (isinstance(value, bool) and option.kind is int):
            expected = _KIND_NAMES.get(option.kind, "a value")
            raise ConfigError(
                f'{where_name} option "{key}" must be {expected}, got {value!r}', where
            )
        if key == "fail-on" and value not in FAIL_ON:
            raise ConfigError(
                f"{where_name} fail-on must be one of {', '.join(FAIL_ON)}, got {value!r}", where
            )
        if key == "per-path" and isinstance(value, dict):
            _check_per_path(value, where)
        config.values[key] = value
    return config


def _check_per_path(value: dict[str, Any], where: Location) -> None:
    for glob, setting in value.items():
        levels = setting.values() if isinstance(setting, dict) else [setting]
        for level in levels:
            if level not in LEVELS:
                raise ConfigError(
                    f'[tool.truthgraph.per-path] "{glob}": level {level!r} is not one of '
                    f"{', '.join(LEVELS)}",
                    where,
                )
