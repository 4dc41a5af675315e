"""A markdown-it block rule for Material content tabs (`=== "Title"` + 4-space indented body)."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

# pymdownx.tabbed syntax: the title must be double-quoted; `!` selects, `+` starts a new set.
_TAB_RE = re.compile(r'===(\+!|!\+|\+|!)? +"(.*)" *$')
_BODY_INDENT = 4


def _tab_rule(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    if state.is_code_block(start_line):
        return False
    start = state.bMarks[start_line] + state.tShift[start_line]
    maximum = state.eMarks[start_line]
    src = state.src
    # Cheap rejection first: this runs for every block that starts with any character.
    if not src.startswith("===", start):
        return False
    match = _TAB_RE.match(src, start, maximum)
    if match is None:
        return False
    if silent:
        return True

    old_parent = state.parentType
    old_line_max = state.lineMax
    old_indent = state.blkIndent
    # The body is indented relative to the marker, which may itself sit inside a list item.
    body_indent = state.sCount[start_line] + _BODY_INDENT

    next_line = start_line + 1
    while next_line < end_line:
        if (
            state.bMarks[next_line] + state.tShift[next_line] < state.eMarks[next_line]
            and state.sCount[next_line] < body_indent
        ):
            break
        next_line += 1
    # Trailing blank lines belong to whatever follows, not to the tab.
    while next_line > start_line + 1 and state.isEmpty(next_line - 1):
        next_line -= 1

    title = match.group(2)
    state.parentType = "tab"
    state.blkIndent = body_indent
    # Stops lazy paragraph continuation from running past the tab body.
    state.lineMax = next_line

    token = state.push("tab_open", "div", 1)
    token.markup = "===" + (match.group(1) or "")
    token.block = True
    token.info = title
    token.meta = {"title": title}
    token.map = [start_line, next_line]

    state.md.block.tokenize(state, start_line + 1, next_line)

    token = state.push("tab_close", "div", -1)
    token.markup = "==="
    token.block = True

    state.parentType = old_parent
    state.lineMax = old_line_max
    state.blkIndent = old_indent
    state.line = next_line
    return True


def tabs_plugin(md: MarkdownIt) -> None:
    """Register the content-tab block rule (parse only; truthgraph never renders)."""
    md.block.ruler.before(
        "fence",
        "content_tab",
        _tab_rule,
        {"alt": ["paragraph", "reference", "blockquote", "list"]},
    )
