"""The order of work for `check`: discover files, pre-filter, parse, match, suppress, report.

The engine never prints. It stamps claim id, rule code, severity and message
on what rules yield, applies suppressions and per-path severities once, and
returns a Report in a deterministic order.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import multiprocessing
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from truthgraph.claims.pack import ClaimsPack
from truthgraph.findings import FileProblem, Finding, Report, Severity
from truthgraph.markdown.directives import parse_directives
from truthgraph.markdown.document import CodeBlock, Context, Directive, Document, SourceText
from truthgraph.markdown.parse import parse_markdown
from truthgraph.match.polarity import (
    ASSERTED,
    Verdict,
    context_verdict,
    list_verdict,
    marked_wrong,
)
from truthgraph.match.prefilter import Prefilter
from truthgraph.match.scope import DocumentIndex
from truthgraph.match.tokens import Tokens, tokenize
from truthgraph.rules import CompiledRule, Hit, compile_rules
from truthgraph.rules.paraphrase import ParaphraseCheck
from truthgraph.rules.value import ValueCheck
from truthgraph.rules.wording import WordingCheck
from truthgraph.rules.workflow import Place, WorkflowCheck
from truthgraph.workflows import looks_like_workflow, parse_workflow
from truthgraph.yaml_prose import prose_document

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
DIRECTIVE_MARK = "truthgraph-"
WORKFLOW_GLOBS = (
    ".github/workflows/*.yml",
    ".github/workflows/*.yaml",
    "action.yml",
    "action.yaml",
)
BINARY_SNIFF = 8192
YAML_LANGUAGES = frozenset({"yaml", "yml"})
MAX_SENTENCE_CHARS = 5000
"""Longer runs without a sentence break are not prose (minified or generated text)."""
QUOTED_MARKDOWN = frozenset({"markdown", "md"})


@dataclass
class CheckOptions:
    include: Sequence[str] = ("*.md", "*.markdown", *WORKFLOW_GLOBS)
    exclude: Sequence[str] = ()
    per_path: dict[str, object] = field(default_factory=dict)
    max_file_bytes: int = 10 * 1024 * 1024
    jobs: int = 1
    today: dt.date = field(default_factory=dt.date.today)
    prefilter: bool = True
    """Skip parsing files that contain no literal any rule needs (results are identical)."""


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    problem: str = ""
    parsed: bool = False
    skipped: bool = False
    sentences: int = 0
    suppressed: int = 0
    partial: str = ""
    """Checked, but only in part (why); its findings still count."""


def matches_glob(relative: str, glob: str) -> bool:
    """A glob without `/` matches the file name; with `/` the path or any tail of it."""
    if "/" not in glob:
        return fnmatch.fnmatchcase(relative.rsplit("/", 1)[-1], glob)
    return fnmatch.fnmatchcase(relative, glob) or fnmatch.fnmatchcase(relative, "*/" + glob)


def is_workflow_path(relative: str) -> bool:
    return any(matches_glob(relative, g) for g in WORKFLOW_GLOBS)


def discover(
    paths: Iterable[Path], options: CheckOptions, display: Callable[[Path], str]
) -> tuple[list[tuple[Path, str]], list[FileProblem]]:
    """Files to check under `paths` (sorted, unique), and paths that could not be walked."""
    found: dict[str, Path] = {}
    problems: list[FileProblem] = []

    def excluded(name: str) -> bool:
        return any(matches_glob(name, g) for g in options.exclude)

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
                if any(matches_glob(shown_file, g) for g in options.include):
                    found.setdefault(shown_file, Path(folder, name))
    return sorted(((p, s) for s, p in found.items()), key=lambda item: item[1]), problems


class Checker:
    """Compiled rules of one claims pack, ready to check any number of files."""

    def __init__(self, pack: ClaimsPack, options: CheckOptions | None = None) -> None:
        self.pack = pack
        self.options = options or CheckOptions()
        self.rules = compile_rules(pack)
        # Wording before paraphrase: when both see a sentence, the exact match is reported.
        self.prose = sorted(
            (r for r in self.rules if isinstance(r, WordingCheck | ParaphraseCheck)),
            key=lambda r: isinstance(r, ParaphraseCheck),
        )
        self.values = [r for r in self.rules if isinstance(r, ValueCheck)]
        self.workflow_rules = [r for r in self.rules if isinstance(r, WorkflowCheck)]
        self.prefilter = Prefilter(group for rule in self.rules for group in rule.necessary())
        self.sentence_gate = _sentence_gate([*self.prose, *self.values])

    # -- one file ----------------------------------------------------------------------

    def check_file(self, path: Path, shown: str) -> FileResult:
        result = FileResult(shown)
        try:
            size = path.stat().st_size
            if size > self.options.max_file_bytes:
                limit = self.options.max_file_bytes / 2**20
                result.problem = f"larger than {limit:g} MiB ({size / 2**20:.1f} MiB); not checked"
                return result
            blob = path.read_bytes()
        except OSError as exc:
            result.problem = f"cannot read: {exc.strerror or exc}"
            return result
        if b"\0" in blob[:BINARY_SNIFF]:
            result.problem = "binary file (NUL bytes); not checked"
            return result
        try:
            text = blob.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = blob.count(b"\n", 0, exc.start) + 1
            result.problem = f"not UTF-8 (line {line}, byte {exc.start}); save it as UTF-8"
            return result
        return self.check_text(shown, text, result)

    def wanted(self, shown: str, text: str) -> bool:
        """Could any rule fire here? Workflow files are small and always read in full."""
        if not self.options.prefilter or is_workflow_path(shown) or DIRECTIVE_MARK in text:
            return True  # directives are checked even where no rule could fire
        if not context_verdict(shown, Context()).asserted:
            return False  # a changelog or archive asserts nothing: no rule can fire in it
        return self.prefilter.wanted(text)

    def check_text(self, shown: str, text: str, result: FileResult | None = None) -> FileResult:
        result = result or FileResult(shown)
        if not self.wanted(shown, text):
            result.skipped = True
            return result
        result.parsed = True
        if is_workflow_path(shown):
            hits, directives = self._check_workflow_file(shown, text)
            source = SourceText.of(shown, text)
        else:
            document = parse_markdown(shown, text)
            source = document.source
            result.sentences = len(document.sentences)
            skipped: list[str] = []
            hits = list(self._check_document(document, notes=skipped))
            notes = list(dict.fromkeys(skipped))
            if document.incomplete:
                notes.insert(0, f"the parser stopped ({document.incomplete})")
            if notes:
                result.partial = "checked only in part: " + "; ".join(notes[:3])
            directives = document.directives
        findings = [self._finding(shown, rule, hit) for rule, hit in hits]
        kept, suppressed, notices = apply_directives(
            findings, directives, source, self.options.today, shown
        )
        result.suppressed = suppressed
        result.findings = self._apply_per_path(shown, kept + notices)
        return result

    def _finding(self, path: str, rule: CompiledRule, hit: Hit) -> Finding:
        code = hit.code or rule.code
        name = rule.name
        if isinstance(rule, ValueCheck) and code == ValueCheck.CONFLICT:
            name = "conflicting-value"
        return Finding(
            path=path,
            line=hit.line,
            column=hit.column,
            end_line=hit.end_line,
            end_column=hit.end_column,
            claim=rule.owner.id,
            rule=code,
            rule_name=name,
            severity=rule.severity,
            message=rule.message(hit),
            excerpt=hit.excerpt,
            fix=rule.owner.fix,
            rule_id=rule.qualified_id,
            detail=hit.detail,
            related=hit.related,
        )

    def _check_document(
        self, document: Document, code: bool = True, notes: list[str] | None = None
    ) -> Iterator[tuple[CompiledRule, Hit]]:
        """Prose rules on every sentence; with `code`, value and workflow rules on code.

        What could not be read is appended to `notes` (reported with the file)."""
        index = DocumentIndex.build(document)
        source = document.source
        verdicts: dict[Context, Verdict] = {}

        def verdict_of(context: Context) -> Verdict:
            found = verdicts.get(context)
            if found is None:
                found = verdicts[context] = context_verdict(document.path, context)
            return found

        prose_rules: list[WordingCheck | ParaphraseCheck | ValueCheck] = [*self.prose, *self.values]
        for position, sentence in enumerate(document.sentences):
            if not verdict_of(sentence.context).asserted:
                continue
            if len(sentence.text) > MAX_SENTENCE_CHARS:
                # Minified or generated text, not prose: bounded time matters more. Said.
                line = source.position(sentence.offsets[0])[0]
                (notes if notes is not None else []).append(
                    f"a {len(sentence.text)}-character run without sentence breaks at line "
                    f"{line} was not read as prose"
                )
                continue
            if not list_verdict(sentence.context, sentence.kind).asserted:
                continue
            if self.sentence_gate is not None:
                # A table row may name a key only in its header: the header counts too.
                gate_text = sentence.text
                if sentence.table_header:
                    gate_text += " " + " ".join(sentence.table_header)
                if not self.sentence_gate.search(gate_text.lower()):
                    continue  # no rule's required word occurs: skip tokenising it
            words = index.words(position)
            reported: set[str] = set()
            for rule in prose_rules:
                if rule.owner.id in reported or not rule.reads(sentence.kind):
                    continue  # one finding per claim and sentence: the most precise rule's
                for hit in rule.check(index, position, words, source):
                    reported.add(rule.owner.id)
                    yield rule, hit
        if not code:
            return
        for block in document.code_blocks:
            if not verdict_of(block.context).asserted:
                continue
            yield from self._check_code_block(block, index)

    def _check_code_block(
        self, block: CodeBlock, index: DocumentIndex
    ) -> Iterator[tuple[CompiledRule, Hit]]:
        if marked_wrong(block.text):
            return  # "# WRONG: no bootstrap step" at its top: a counter-example
        headings = block.context.headings
        lines = block.text.splitlines()
        block_tokens: Tokens | None = None
        if block.language in QUOTED_MARKDOWN:
            lines = []  # Markdown shown as an example of docs, not configuration
        values = [rule for rule in self.values if lines and rule.could_occur_in(block.text)]
        for number, line in enumerate(lines if values else []):
            for rule in values:
                for start, end, value, code in rule.check_line(line):
                    # The line itself, then the whole block (its `runs-on:` lane, say),
                    # then the section decide whether the value is in scope.
                    decided = rule.scope.covers_text(tokenize(line))
                    if decided is None:
                        block_tokens = block_tokens or tokenize(block.text)
                        decided = rule.scope.covers_context(index, headings, block_tokens)
                    if not decided:
                        continue
                    first = block.position(number, start)
                    last = block.position(number, end)
                    yield rule, _value_hit(first, last, line, value, code)
        yaml_like = block.language in YAML_LANGUAGES or not block.language
        if self.workflow_rules and yaml_like and looks_like_workflow(block.text):
            workflow = parse_workflow(block.text)
            if workflow is not None:
                place: Place = block.position
                block_tokens = block_tokens or tokenize(block.text)
                for checker in self.workflow_rules:
                    # A docs example is about this project only where its scope says so;
                    # workflow files of the repository itself always are.
                    if not checker.scope.covers_context(index, headings, block_tokens):
                        continue
                    # A page's file name says nothing about its examples' jobs.
                    for hit in checker.check(workflow, place, ""):
                        yield checker, hit

    def _check_workflow_file(
        self, shown: str, text: str
    ) -> tuple[list[tuple[CompiledRule, Hit]], list[Directive]]:
        hits: list[tuple[CompiledRule, Hit]] = []
        lines = text.splitlines()
        values = [rule for rule in self.values if rule.could_occur_in(text)]
        for number, line in enumerate(lines):
            for rule in values:
                for start, end, value, code in rule.check_line(line):
                    if rule.scope.covers_text(tokenize(line)) is False:
                        continue
                    first, last = (number + 1, start + 1), (number + 1, end + 1)
                    hits.append((rule, _value_hit(first, last, line, value, code)))
        workflow = parse_workflow(text)
        if workflow is not None:

            def place(line: int, column: int) -> tuple[int, int]:
                return line + 1, column + 1

            for checker in self.workflow_rules:
                hits.extend((checker, hit) for hit in checker.check(workflow, place, shown))
        # Comments and descriptions are prose too ("Nix is preinstalled on tinyland-nix,
        # so this action skips the installer"); value rules already read every line.
        prose = prose_document(SourceText.of(shown, text))
        hits.extend(
            (rule, hit)
            for rule, hit in self._check_document(prose, code=False)
            if not isinstance(rule, ValueCheck)
        )
        return hits, yaml_directives(lines)

    def _apply_per_path(self, path: str, findings: list[Finding]) -> list[Finding]:
        """`per-path` settings, in order: a level caps every finding, a table sets levels
        per claim or rule; `off` drops the finding."""
        settings = [s for glob, s in self.options.per_path.items() if matches_glob(path, glob)]
        if not settings:
            return findings
        result: list[Finding] = []
        for finding in findings:
            severity: Severity | None = finding.severity
            for setting in settings:
                if isinstance(setting, str):
                    if setting == "off" or severity is None:
                        severity = None
                    else:
                        severity = min(severity, Severity.parse(setting))
                elif isinstance(setting, dict):
                    keys = (finding.rule, finding.rule_name, finding.claim or "", finding.rule_id)
                    for key in keys:
                        if key in setting:
                            level = str(setting[key])
                            severity = None if level == "off" else Severity.parse(level)
            if severity is not None:
                result.append(
                    finding if severity == finding.severity else finding.with_severity(severity)
                )
        return result

    # -- many files ----------------------------------------------------------------------

    def check_paths(
        self, paths: Iterable[Path], display: Callable[[Path], str] | None = None
    ) -> Report:
        show = display or _display
        files, problems = discover(paths, self.options, show)
        return aggregate(self.pack.digest, self._run(files), problems)

    def _run(self, files: list[tuple[Path, str]]) -> list[FileResult]:
        jobs = self.options.jobs or os.cpu_count() or 1
        if (
            jobs <= 1
            or len(files) < 2 * jobs
            or "fork" not in multiprocessing.get_all_start_methods()
        ):
            return [self.check_file(path, shown) for path, shown in files]
        global _WORKER
        _WORKER = self
        # fork: workers inherit the compiled rules instead of re-loading the pack.
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            # Small chunks: a few large files must not all land on one worker.
            return pool.starmap(_check_in_worker, files, chunksize=4)


def _sentence_gate(rules: Sequence[CompiledRule]) -> re.Pattern[str] | None:
    """One regex finding any word some prose rule needs in a sentence (None: no such list)."""
    words: set[str] = set()
    for rule in rules:
        gate = rule.sentence_gate()
        if gate is None:
            return None
        words |= gate
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])")


def aggregate(digest: str, results: Iterable[FileResult], problems: list[FileProblem]) -> Report:
    """One Report from per-file results, in a deterministic order."""
    report = Report(claims_digest=digest)
    report.problems.extend(problems)
    for result in results:
        if result.problem:
            report.problems.append(FileProblem(result.path, result.problem))
            continue
        if result.partial:
            report.problems.append(FileProblem(result.path, result.partial))
        report.findings.extend(result.findings)
        report.files_checked += result.parsed
        report.files_skipped += result.skipped
        report.sentences += result.sentences
        report.suppressed += result.suppressed
    report.sort()
    return report


_WORKER: Checker | None = None


def _value_hit(
    first: tuple[int, int], last: tuple[int, int], line: str, value: str, code: str
) -> Hit:
    what = "stale value" if code == ValueCheck.code else "another value"
    return Hit(first[0], first[1], last[0], last[1], line.strip(), f'{what} "{value}"', (), code)


def _check_in_worker(path: Path, shown: str) -> FileResult:
    assert _WORKER is not None
    return _WORKER.check_file(path, shown)


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


# -- directives ----------------------------------------------------------------------------

_YAML_DIRECTIVE = re.compile(r"#\s*(truthgraph-[^\n]*)")


def yaml_directives(lines: list[str]) -> list[Directive]:
    """`# truthgraph-...` comments in YAML files, read like the Markdown comments."""
    found: list[Directive] = []
    for number, line in enumerate(lines):
        if "truthgraph-" not in line:
            continue
        match = _YAML_DIRECTIVE.search(line)
        if match is None:
            continue
        column = match.start(1)
        html = f"<!-- {match.group(1).strip()} -->"
        found.extend(parse_directives(html, _fixed_place(number + 1, column + 1)))
    return found


def _fixed_place(line: int, column: int) -> Callable[[int], tuple[int, int]]:
    """A one-line comment maps every offset to where the comment starts."""

    def place(_offset: int) -> tuple[int, int]:
        return line, column

    return place


@dataclass
class _Active:
    directive: Directive
    start: int
    end: int
    used: int = 0


def _targets_match(directive: Directive, finding: Finding) -> bool:
    if not directive.targets:
        return True
    keys = {finding.claim or "", finding.rule, finding.rule_name, finding.rule_id}
    return any(t in keys for t in directive.targets)


def _example_region(source: SourceText, after_line: int) -> tuple[int, int]:
    """Lines of the block right after a comment: a fenced block, or lines up to a blank one."""
    total = len(source.line_starts)
    line = after_line + 1
    while line <= total and not source.line_text(line).strip():
        line += 1
    if line > total:
        return after_line, after_line
    first = source.line_text(line).lstrip(" >-*0123456789.")
    fence = first[:3] if first.startswith(("```", "~~~")) else ""
    end = line
    while end < total:
        following = source.line_text(end + 1)
        if fence:
            end += 1
            if following.strip().startswith(fence):
                break
        elif following.strip():
            end += 1
        else:
            break
    return line, end


def apply_directives(
    findings: list[Finding],
    directives: list[Directive],
    source: SourceText,
    today: dt.date,
    path: str,
) -> tuple[list[Finding], int, list[Finding]]:
    """(kept findings, number suppressed, notices about the directives themselves)."""
    notices: list[Finding] = []
    regions: list[_Active] = []
    examples: list[_Active] = []
    total = len(source.line_starts)
    open_regions: list[_Active] = []

    def notice(d: Directive, code: str, name: str, message: str, level: Severity) -> None:
        excerpt = source.line_text(d.line).strip() if d.line <= total else ""
        notices.append(
            Finding(
                path,
                d.line,
                d.column,
                d.line,
                d.column + 1,
                None,
                code,
                name,
                level,
                message,
                excerpt,
            )
        )

    for d in sorted(directives, key=lambda d: (d.line, d.column)):
        if d.error:
            notice(d, "TG903", "invalid-directive", d.error, Severity.ERROR)
            continue
        if d.expires:
            try:
                expired = dt.date.fromisoformat(d.expires) < today
            except ValueError:
                notice(
                    d,
                    "TG903",
                    "invalid-directive",
                    f"bad expiry date {d.expires!r}",
                    Severity.ERROR,
                )
                continue
            if expired:
                notice(
                    d,
                    "TG902",
                    "expired-suppression",
                    f"suppression expired on {d.expires}; fix the text or renew it",
                    Severity.WARNING,
                )
                continue
        if d.action == "disable-file":
            regions.append(_Active(d, 1, total))
        elif d.action == "disable-next-line":
            line = d.end_line + 1
            while line <= total and not source.line_text(line).strip():
                line += 1
            regions.append(_Active(d, line, line))
        elif d.action == "disable":
            region = _Active(d, d.line, total)
            regions.append(region)
            open_regions.append(region)
        elif d.action == "enable":
            for region in list(open_regions):
                if (
                    not d.targets
                    or set(d.targets) & set(region.directive.targets)
                    or not region.directive.targets
                ):
                    region.end = d.line
                    open_regions.remove(region)
        elif d.action == "example":
            start, end = _example_region(source, d.end_line)
            examples.append(_Active(d, start, end))

    kept: list[Finding] = []
    suppressed = 0
    for finding in findings:
        covering = next(
            (
                e
                for e in examples
                if e.start <= finding.line <= e.end and _targets_match(e.directive, finding)
            ),
            None,
        )
        if covering is None:
            covering = next(
                (
                    r
                    for r in regions
                    if r.start <= finding.line <= r.end and _targets_match(r.directive, finding)
                ),
                None,
            )
        if covering is None:
            kept.append(finding)
        else:
            covering.used += 1
            suppressed += 1
    for active in regions:
        if not active.used:
            what = " ".join(active.directive.targets) or "all rules"
            notice(
                active.directive,
                "TG901",
                "unused-suppression",
                f"truthgraph-{active.directive.action} ({what}) suppresses nothing; remove it",
                Severity.WARNING,
            )
    for active in examples:
        if not active.used:
            notice(
                active.directive,
                "TG904",
                "example-not-flagged",
                "block marked as a wrong example is not flagged by any rule; "
                "fix the example or the rules",
                Severity.WARNING,
            )
    return kept, suppressed, notices


__all__ = [
    "ASSERTED",
    "CheckOptions",
    "Checker",
    "FileResult",
    "aggregate",
    "apply_directives",
    "discover",
]
