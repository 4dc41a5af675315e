"""The exception tree, its message format and the documented exit codes."""

from __future__ import annotations

from dataclasses import dataclass

EXIT_OK = 0
"""Nothing found at or above the failing level."""
EXIT_FINDINGS = 1
"""Problems found: findings at the failing level, or validation errors in strict mode."""
EXIT_INPUT = 2
"""Usage, configuration or input error: the run could not be trusted."""


@dataclass(frozen=True)
class Location:
    """Where an input problem is: 1-based line and column, either may be unknown."""

    path: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        text = self.path
        if self.line is not None:
            text += f":{self.line}"
            if self.column is not None:
                text += f":{self.column}"
        return text


class TruthgraphError(Exception):
    """Any error truthgraph reports to the user as one line, with exit code 2."""

    exit_code = EXIT_INPUT

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        if self.location is None:
            return self.message
        return f"{self.location}: {self.message}"


class ClaimsError(TruthgraphError):
    """The claims pack cannot be loaded: YAML, schema or cross-reference error."""


class ConfigError(TruthgraphError):
    """The `[tool.truthgraph]` configuration or a command-line option is wrong."""


class PatternError(TruthgraphError):
    """A rule pattern in the claims pack cannot be compiled."""


class ReportError(TruthgraphError):
    """A report or baseline file cannot be read, merged or written."""


class GroupedError(TruthgraphError):
    """Several independent input errors found in one pass (all are shown)."""

    def __init__(self, errors: list[TruthgraphError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors
