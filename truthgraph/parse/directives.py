"""Parse `<!-- truthgraph-ACTION [TARGETS] [key=value] -->` comments into Directives."""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Callable

from truthgraph.parse.document import Directive

PREFIX = "truthgraph-"
ACTIONS = ("disable", "enable", "disable-next-line", "disable-file", "example")
OPTIONS = ("reason", "owner", "expires")

# One argument per match, anchored by the caller: `key="quoted value"`, `key=value`,
# a bare target, or a stray `"`/`=` (an error). No nested quantifiers, so it stays linear.
_ARG_RE = re.compile(
    r"""[\s,]*(?:
        ([A-Za-z][\w-]*)=(?:"([^"]*)("?)|([^\s,"]*))
      | ([^\s,"=]+)
      | (["=][^\s,]*)
    )""",
    re.VERBOSE,
)
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_directives(html: str, locate: Callable[[int], tuple[int, int]]) -> list[Directive]:
    """Every truthgraph comment in a piece of raw HTML (an html_block or html_inline).

    `locate(i)` gives the file (line, column) of `html[i]`; lines of `html` map one
    to one onto file lines, so the end line is counted from the start.
    """
    if PREFIX not in html:
        return []
    found: list[Directive] = []
    start = html.find("<!--")
    while start != -1:
        close = html.find("-->", start + 4)
        end = len(html) if close == -1 else close
        body = html[start + 4 : end].strip()
        if body.startswith(PREFIX):
            line, column = locate(start)
            end_line = line + html.count("\n", start, end)
            found.append(_parse_body(body[len(PREFIX) :], line, column, end_line, close != -1))
        if close == -1:
            break
        start = html.find("<!--", close + 3)
    return found


def _parse_body(body: str, line: int, column: int, end_line: int, closed: bool) -> Directive:
    cut = 0
    while cut < len(body) and not body[cut].isspace() and body[cut] != ",":
        cut += 1
    action, args = body[:cut], body[cut:]
    targets: list[str] = []
    values = dict.fromkeys(OPTIONS, "")
    error = "" if closed else "unterminated comment: missing `-->`"
    if not error:
        error = _action_error(action)

    pos = 0
    length = len(args)
    while pos < length:
        match = _ARG_RE.match(args, pos)
        if match is None or match.end() == pos:
            break
        pos = match.end()
        key, quoted, closing, bare_value, target, stray = match.groups()
        if target is not None:
            targets.append(target)
        elif stray is not None:
            error = error or f"unexpected {_show(stray)} in directive arguments"
        elif key is not None:
            if key not in values:
                error = error or (
                    f"unknown option {_show(key)} (expected reason=, owner= or expires=)"
                )
            elif quoted is not None and not closing:
                error = error or f"unterminated quote in {key}="
            else:
                # A reason may wrap over lines in a block comment; reports are one line.
                raw = quoted if quoted is not None else (bare_value or "")
                values[key] = " ".join(raw.split())

    expires = values["expires"]
    if expires and not error and not _valid_date(expires):
        error = f"invalid expires date {_show(expires)} (expected YYYY-MM-DD)"
    return Directive(
        action=action,
        targets=tuple(targets),
        line=line,
        column=column,
        end_line=end_line,
        reason=values["reason"],
        owner=values["owner"],
        expires=expires,
        error=error,
    )


def _action_error(action: str) -> str:
    if action in ACTIONS:
        return ""
    if not action:
        return f'missing directive action after "{PREFIX}"'
    # difflib is quadratic; a long first word is no typo of a short action anyway.
    close = difflib.get_close_matches(action, ACTIONS, n=1) if len(action) <= 40 else []
    if close:
        return f'unknown directive "{PREFIX}{action}" (did you mean "{PREFIX}{close[0]}"?)'
    expected = ", ".join(PREFIX + a for a in ACTIONS)
    return f'unknown directive "{PREFIX}{_clip(action)}" (expected one of: {expected})'


def _valid_date(value: str) -> bool:
    if _DATE_RE.fullmatch(value) is None:
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _clip(value: str) -> str:
    # Messages are one line and must stay readable whatever the comment holds.
    flat = " ".join(value.split())
    return flat if len(flat) <= 60 else flat[:57] + "..."


def _show(value: str) -> str:
    clipped = _clip(value)
    return f"`{clipped}`" if '"' in clipped else f'"{clipped}"'
