"""Gherkin scenarios in code blocks: which steps suppose rather than assert.

"Given a workflow still sets ATTIC_SERVER to <stale value>" sets up what a scenario
tests; a `Then` step is what it expects to hold. Steps continued with `And`/`But`
take the kind of the step they continue.
"""

from __future__ import annotations

import re

GHERKIN_LANGUAGES = frozenset({"gherkin", "feature", "cucumber"})

_STEP = re.compile(r"^\s*(given|when|then|and|but|\*)\b", re.IGNORECASE)
_SUPPOSING = frozenset({"given", "when"})


def supposed_steps(lines: list[str]) -> frozenset[int]:
    """Indexes of the lines that are `Given`/`When` steps (or continue one)."""
    supposed: set[int] = set()
    current = ""
    for number, line in enumerate(lines):
        step = _STEP.match(line)
        if step is None:
            if line.strip() and not line.lstrip().startswith(("#", "|", '"""')):
                current = ""  # "Scenario: ...", "Examples:": a new part of the feature
            continue
        keyword = step.group(1).casefold()
        if keyword not in ("and", "but", "*"):
            current = keyword
        if current in _SUPPOSING:
            supposed.add(number)
    return frozenset(supposed)
