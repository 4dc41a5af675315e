"""Mechanical fixes: findings whose correction is known exactly, as text edits.

Two kinds of finding have one: a stale value (TG301) is replaced by the claim's current
value, and `clean: false` on actions/checkout (TG404) becomes `clean: true`. Reports
carry them (SARIF `fixes`, rdjsonl `suggestions`); `truthgraph check --fix` applies them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from truthgraph.findings import Finding

STALE_VALUE = "TG301"
CHECKOUT_CLEAN_FALSE = "TG404"


@dataclass(frozen=True)
class Edit:
    """Replace [line:column, end_line:end_column) of `path` (1-based, end exclusive)."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    description: str


def edit_for(finding: Finding, current_values: Mapping[str, str]) -> Edit | None:
    """The mechanical fix of `finding`, if it has one; `current_values`: rule id -> value."""
    if finding.line != finding.end_line or finding.end_column <= finding.column:
        return None
    if finding.rule == STALE_VALUE:
        current = current_values.get(finding.rule_id)
        if not current:
            return None
        text, description = _without_repeated_scheme(current, finding), f"Use {current}"
    elif finding.rule == CHECKOUT_CLEAN_FALSE:
        text, description = "true", "Set clean: true"
    else:
        return None
    where = (finding.line, finding.column, finding.end_line, finding.end_column)
    return Edit(finding.path, *where, text, description)


_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_QUOTED = re.compile(r'"([^"]+)"')


def _without_repeated_scheme(current: str, finding: Finding) -> str:
    """`http://host` for a stale `old-host` that the text already writes as `http://old-host`
    (stale patterns often leave the scheme out): the scheme is kept once, not doubled."""
    scheme = _SCHEME.match(current)
    quoted = _QUOTED.search(finding.detail)
    if scheme and quoted and (scheme.group() + quoted.group(1)) in finding.excerpt:
        return current[scheme.end() :]
    return current


def _expected(edit: Edit, found: str) -> bool:
    """The text at the edit is still what the finding saw (not already fixed or moved)."""
    if edit.text == "true":
        return found.strip().casefold() == "false"
    return bool(found.strip()) and found != edit.text


def apply_edits(edits: Iterable[Edit], root: Path) -> tuple[list[str], int]:
    """Apply edits file by file (each file written atomically); (changed paths, edits applied).

    An edit whose text no longer reads as the finding saw it is left out, so running twice
    changes nothing the second time."""
    from truthgraph.io import write_atomic

    by_path: dict[str, list[Edit]] = {}
    for edit in edits:
        by_path.setdefault(edit.path, []).append(edit)
    changed: list[str] = []
    applied = 0
    for shown, file_edits in sorted(by_path.items()):
        path = Path(shown) if Path(shown).is_absolute() else root / shown
        with path.open(encoding="utf-8", newline="") as stream:
            text = stream.read()
        # Split on "\n" only: finding lines count newlines, not every Unicode line break.
        lines = re.split(r"(?<=\n)", text)
        count = 0
        # Back to front, so earlier positions stay valid.
        for edit in sorted(set(file_edits), key=lambda e: (e.line, e.column), reverse=True):
            if edit.line > len(lines):
                continue
            line = lines[edit.line - 1]
            start, end = edit.column - 1, edit.end_column - 1
            if end > len(line.rstrip("\r\n")) or not _expected(edit, line[start:end]):
                continue
            lines[edit.line - 1] = line[:start] + edit.text + line[end:]
            count += 1
        if count:
            mode = path.stat().st_mode
            write_atomic(path, "".join(lines), edits_input=True)
            path.chmod(mode)  # the temporary file was private; keep the file's own mode
            changed.append(shown)
            applied += count
    return changed, applied


__all__ = ["Edit", "apply_edits", "edit_for"]
