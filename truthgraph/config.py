"""`[tool.truthgraph]` in pyproject.toml: options declared as data and checked by one validator."""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from truthgraph.errors import ConfigError, Location
from truthgraph.findings import Severity

DEFAULT_INCLUDE = (
    "*.md",
    "*.markdown",
    ".github/workflows/*.yml",
    ".github/workflows/*.yaml",
    "action.yml",
    "action.yaml",
)


@dataclass(frozen=True)
class Option:
    name: str
    kind: type
    default: Any
    meaning: str


OPTIONS: tuple[Option, ...] = (
    Option("claims", str, "claims", "Folder (or file) of the claims pack."),
    Option("paths", list, ["docs"], "Files and folders `check` reads when given none."),
    Option(
        "include",
        list,
        list(DEFAULT_INCLUDE),
        "Globs (matched against the file name and the path) of files to check.",
    ),
    Option("exclude", list, [], "Globs of paths never checked (e.g. `docs/archive/**`)."),
    Option("fail-on", str, "error", "Lowest severity that makes `check` exit 1."),
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


@dataclass
class Config:
    root: Path
    source: str = ""
    values: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str) -> Any:
        return self.values.get(name, _BY_NAME[name].default)

    @property
    def fail_on(self) -> Severity:
        return Severity.parse(self.get("fail-on"))

    def path(self, name: str) -> Path:
        return self.root / str(self.get(name))


def _line_of(text: str, key: str) -> int | None:
    found = re.search(rf"^\s*\"?{re.escape(key)}\"?\s*=", text, re.MULTILINE)
    return text.count("\n", 0, found.start()) + 1 if found else None


LEVELS = ("error", "warning", "info", "off")
_KIND_NAMES = {str: "a string", int: "a whole number", list: "a list", dict: "a table"}


def load_config(start: Path | None = None, explicit: Path | None = None) -> Config:
    """Find pyproject.toml (explicit, or the nearest above `start`) and read its section."""
    candidate = explicit
    if candidate is None:
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / "pyproject.toml").is_file():
                candidate = folder / "pyproject.toml"
                break
    if candidate is None:
        return Config(root=(start or Path.cwd()).resolve())
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
    section = data.get("tool", {}).get("truthgraph", {})
    config = Config(root=candidate.parent.resolve(), source=display)
    for key, value in section.items():
        where = Location(display, _line_of(text, key))
        option = _BY_NAME.get(key)
        if option is None:
            close = difflib.get_close_matches(key, _BY_NAME, n=1, cutoff=0.6)
            hint = f' (did you mean "{close[0]}"?)' if close else ""
            raise ConfigError(f'[tool.truthgraph] unknown option "{key}"{hint}', where)
        if not isinstance(value, option.kind) or (isinstance(value, bool) and option.kind is int):
            expected = _KIND_NAMES.get(option.kind, "a value")
            raise ConfigError(
                f'[tool.truthgraph] option "{key}" must be {expected}, got {value!r}', where
            )
        if key == "fail-on" and value not in LEVELS[:3]:
            raise ConfigError(f"[tool.truthgraph] fail-on must be one of {LEVELS[:3]}", where)
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
