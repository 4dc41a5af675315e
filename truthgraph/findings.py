"""Findings and reports: small frozen values with a total order and a stable fingerprint."""

from __future__ import annotations

import enum
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field, replace


class Severity(enum.IntEnum):
    """How bad a finding is; ordered so that `--fail-on` can compare levels."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, text: str) -> Severity:
        """Read `info`, `warning` or `error` (case-insensitive); raise ValueError otherwise."""
        try:
            return cls[text.strip().upper()]
        except KeyError:
            choices = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {text!r} (expected one of: {choices})") from None

    @property
    def label(self) -> str:
        return self.name.lower()


_SPACE = re.compile(r"\s+")


def normalise_excerpt(text: str) -> str:
    """Case-fold and collapse white space, so re-wrapping a line keeps the fingerprint."""
    return _SPACE.sub(" ", text).strip().casefold()


def fingerprint_of(path: str, claim: str | None, rule: str, excerpt: str) -> str:
    """A fingerprint that survives line shifts and unrelated edits: claim + rule + text + file."""
    material = "\x1f".join((path, claim or "", rule, normalise_excerpt(excerpt)))
    # surrogatepass: a file name that is not UTF-8 still has a fingerprint.
    return hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()[:32]


@dataclass(frozen=True, order=True)
class Related:
    """A second place that explains a finding, e.g. the `runs-on` line of a job."""

    line: int
    column: int
    message: str


@dataclass(frozen=True)
class Finding:
    """One contradiction (or tool notice) at an exact place in a file."""

    path: str
    """Path as given or found, with `/` separators, relative where possible."""
    line: int
    """1-based line of the first offending character in the file on disk."""
    column: int
    """1-based column (in characters) of the first offending character."""
    end_line: int
    """1-based line of the last offending character."""
    end_column: int
    """1-based column one past the last offending character (exclusive)."""
    claim: str | None
    """Id of the claim or non-goal contradicted; None for tool notices."""
    rule: str
    """Stable rule code, e.g. `TG101`."""
    rule_name: str
    """Readable rule name, e.g. `contradicted-wording`."""
    severity: Severity
    message: str
    """One line that quotes the claim being contradicted."""
    excerpt: str
    """The offending text as it reads in the document (sentence or line)."""
    fix: str = ""
    """How to say it correctly, from the claim's fix hint."""
    rule_id: str = ""
    """The claim-local rule that matched, e.g. `nix-bootstrap-workflow-owned/preinstalled`."""
    detail: str = ""
    """Extra evidence for the match, e.g. which example sentence it resembled and how closely."""
    related: tuple[Related, ...] = ()
    fingerprint: str = ""

    def __post_init__(self) -> None:
        if not self.fingerprint:
            object.__setattr__(
                self, "fingerprint", fingerprint_of(self.path, self.claim, self.rule, self.excerpt)
            )

    @property
    def sort_key(self) -> tuple[str, int, int, str, str, str]:
        return (self.path, self.line, self.column, self.rule, self.claim or "", self.message)

    def with_severity(self, severity: Severity) -> Finding:
        return replace(self, severity=severity)


@dataclass(frozen=True, order=True)
class FileProblem:
    """A file that could not be checked, and why (never skipped silently)."""

    path: str
    reason: str


@dataclass
class Report:
    """Everything one `check` run produced, in a deterministic order."""

    findings: list[Finding] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    files_checked: int = 0
    """Files fully parsed and matched."""
    files_skipped: int = 0
    """Files read but not parsed, because they mention no term any rule needs."""
    sentences: int = 0
    suppressed: int = 0
    baseline_matched: int = 0
    baseline_gone: list[str] = field(default_factory=list)
    """Fingerprints in the baseline that no longer occur (the baseline can shrink)."""
    claims_digest: str = ""
    tool_version: str = ""

    def sort(self) -> None:
        self.findings.sort(key=lambda f: f.sort_key)
        self.problems.sort()
        self.baseline_gone.sort()

    def counts(self) -> dict[str, int]:
        by_level = Counter(f.severity.label for f in self.findings)
        return {s.label: by_level.get(s.label, 0) for s in sorted(Severity, reverse=True)}

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)

    def fails(self, fail_on: Severity) -> bool:
        worst = self.worst()
        return worst is not None and worst >= fail_on

    def summary(self) -> dict[str, object]:
        return {
            "findings": len(self.findings),
            "by_severity": self.counts(),
            "files_checked": self.files_checked,
            "files_skipped": self.files_skipped,
            "files_with_problems": len(self.problems),
            "sentences": self.sentences,
            "suppressed": self.suppressed,
            "baseline_matched": self.baseline_matched,
            "baseline_gone": len(self.baseline_gone),
        }
