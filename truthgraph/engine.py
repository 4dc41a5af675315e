"""The order of work for `check`: discover files, pre-filter, parse, match, suppress, report.

The engine never prints. It stamps claim id, rule code, severity and message
on what rules yield, applies suppressions and per-path severities once, and
returns a Report in a deterministic order.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import multiprocessing
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from truthgraph.claims.pack import ClaimsPack
from truthgraph.discovery import (
    DEFAULT_INCLUDE,
    Walk,
    discover,
    display_path,
    is_form_path,
    is_workflow_path,
    matches_glob,
    script_language,
)
from truthgraph.errors import ConfigError, Location
from truthgraph.findings import FileProblem, Finding, Related, Report, Severity
from truthgraph.io import note_inputs
from truthgraph.match.polarity import (
    ASSERTED,
    Verdict,
    adversary_story,
    commented_out_as_stale,
    commented_out_setting,
    context_verdict,
    continues_log_message,
    denies_quote,
    describes_present,
    imagined_failures,
    in_rejected_section,
    is_negation,
    judged_false,
    list_verdict,
    listed_as_stale,
    log_output,
    marked_wrong,
    marked_wrong_inline,
    offers_options,
    rejected_sections,
    retracted_turns,
    withdrawn_items,
    withdraws,
    withdraws_list,
)
from truthgraph.match.prefilter import Prefilter
from truthgraph.match.scope import DocumentIndex, places_outside
from truthgraph.match.statements import MAX_SENTENCE_CHARS
from truthgraph.match.tokens import Tokens, tokenize
from truthgraph.parse.document import (
    CodeBlock,
    Context,
    Directive,
    Document,
    SourceText,
    after_block,
    after_list,
    annotation_for,
    next_in_quote,
    paragraph_of,
    quoted_paragraphs,
    reply_to_sentence,
    sentence_starts,
)
from truthgraph.parse.gherkin import GHERKIN_LANGUAGES, supposed_steps
from truthgraph.parse.limits import collecting
from truthgraph.parse.limits import hit as limit_hit
from truthgraph.parse.markdown import parse_markdown
from truthgraph.parse.text_blocks import text_block_document
from truthgraph.parse.workflow import (
    Workflow,
    looks_like_workflow,
    parse_workflow,
    read_workflow,
)
from truthgraph.parse.yaml_prose import line_owners, parent_key, prose_document
from truthgraph.pool import run_pool
from truthgraph.reading import read_text
from truthgraph.rules import (
    CompiledRule,
    Hit,
    compile_rules,
    known_targets,
    lookup,
    unknown_target,
)
from truthgraph.rules.base import Place
from truthgraph.rules.fact import platform_scope
from truthgraph.suppress import DIRECTIVE_MARK, apply_directives, yaml_directives

YAML_LANGUAGES = frozenset({"yaml", "yml"})
HASH_COMMENT_LANGUAGES = frozenset(
    """toml ini conf cfg properties env dotenv make makefile mk just justfile sh bash shell
    zsh console python py nix dockerfile hcl terraform tf""".split()
)
"""Code whose `#` lines are comments: prose about the code, read like a YAML example's."""
SLASH_COMMENT_LANGUAGES = frozenset(
    """json5 jsonc json js javascript mjs cjs ts typescript go rust rs c cpp c++ java kotlin
    kt groovy gradle swift scala cs csharp""".split()
)
"""Code whose `//` lines are comments (a Renovate config's `// checked on tinyland-nix`)."""
_EDITOR_NOTE = re.compile(
    r"^\W*(?:editor['’]s\s+note|ed(?:itor)?\.\s+note|correction|update)\s*[:—–-]", re.IGNORECASE
)
"""An editor's note after a paragraph: what it takes back is that whole paragraph."""
_YAML_COMMENT = re.compile(r"(?m)(?:^|(?<=\s))#.*$")
QUOTED_MARKDOWN = frozenset({"markdown", "md"})

SECTION_TITLE_WORDS = 4


@dataclass
class CheckOptions:
    include: Sequence[str] = DEFAULT_INCLUDE
    exclude: Sequence[str] = ()
    per_path: dict[str, object] = field(default_factory=dict)
    max_file_bytes: int = 10 * 1024 * 1024
    jobs: int = 1
    today: dt.date = field(default_factory=dt.date.today)
    prefilter: bool = True
    """Skip parsing files that contain no literal any rule needs (results are identical)."""
    about_platform: bool = False
    """Read every file as a page about the platform, whether it names it or not (a draft
    checked against a boundary is, by being checked against it)."""


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


class Checker:
    """Compiled rules of one claims pack, ready to check any number of files."""

    def __init__(self, pack: ClaimsPack, options: CheckOptions | None = None) -> None:
        self.pack = pack
        self.options = options or CheckOptions()
        self.rules = compile_rules(pack)
        # Each rule kind declares what it reads; the engine only dispatches.
        self.sentence_rules = sorted(
            (r for r in self.rules if "sentence" in r.reads), key=lambda r: r.order
        )
        self.line_rules = [r for r in self.rules if "code-line" in r.reads]
        self.workflow_rules = [r for r in self.rules if "workflow" in r.reads]
        self.document_rules = [r for r in self.rules if "document" in r.reads]
        self.prefilter = Prefilter(group for rule in self.rules for group in rule.necessary())
        self.platform = platform_scope(pack)
        self.about = list(self.platform.about)
        self.known = known_targets(self.rules, [*pack.claims, *pack.non_goals])
        self._check_per_path()
        self.platform_repo: bool | None = None
        """Does any workflow of the checked tree name the platform (a lane, an action)?
        Then every workflow of it is in scope; None when unknown (a single text)."""
        self.platform_roots: dict[str, bool] = {}
        """The same per repository root (the folder holding `.github/`): a vendored
        repository answers for itself."""
        self.sentence_gate = _sentence_gate(self.sentence_rules)

    # -- one file ----------------------------------------------------------------------

    def check_file(self, path: Path, shown: str) -> FileResult:
        result = FileResult(shown)
        read = read_text(path, self.options.max_file_bytes)
        if read.text is None:
            result.problem = read.problem
            return result
        return self.check_text(shown, read.text, result, origin=path)

    def wanted(self, shown: str, text: str) -> bool:
        """Could any rule fire here? Workflow files and issue forms are small and always
        read in full: their repository, not their text, says whether they are about the
        platform."""
        if (
            not self.options.prefilter
            or self.options.about_platform
            or is_workflow_path(shown)
            or is_form_path(shown)
            or DIRECTIVE_MARK in text
        ):
            return True  # directives are checked even where no rule could fire
        if not context_verdict(shown, Context()).asserted:
            return False  # a changelog or archive asserts nothing: no rule can fire in it
        return self.prefilter.wanted(text)

    def check_text(
        self,
        shown: str,
        text: str,
        result: FileResult | None = None,
        *,
        origin: Path | None = None,
    ) -> FileResult:
        result = result or FileResult(shown)
        if not self.wanted(shown, text):
            result.skipped = True
            return result
        result.parsed = True
        if is_workflow_path(shown):
            hits, directives = self._check_workflow_file(shown, text, origin)
            source = SourceText.of(shown, text)
        elif is_form_path(shown):
            hits, directives = self._check_form_file(shown, text)
            source = SourceText.of(shown, text)
        elif language := script_language(shown):
            document = _script_document(shown, text, language)
            source = document.source
            hits = list(self._check_document(document))
            directives = []
        else:
            document = parse_markdown(shown, text)
            source = document.source
            result.sentences = len(document.sentences)
            skipped: list[str] = []
            hits = _heading_restated(document, list(self._check_document(document, notes=skipped)))
            notes = list(dict.fromkeys(skipped))
            if document.incomplete:
                notes.insert(0, f"the parser stopped ({document.incomplete})")
            if notes:
                result.partial = "checked only in part: " + "; ".join(notes[:3])
            directives = document.directives
        findings = _one_per_value([self._finding(shown, rule, hit) for rule, hit in hits])
        kept, suppressed, notices = apply_directives(
            findings, directives, source, self.options.today, shown, self._check_target
        )
        result.suppressed = suppressed
        result.findings = self._apply_per_path(shown, kept + notices)
        return result

    def _finding(self, path: str, rule: CompiledRule, hit: Hit) -> Finding:
        code = hit.code or rule.code
        name = lookup(code).name
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
        self,
        document: Document,
        code: bool = True,
        notes: list[str] | None = None,
        platform: bool = False,
    ) -> Iterator[tuple[CompiledRule, Hit]]:
        """Prose rules on every sentence; with `code`, value and workflow rules on code.

        What could not be read is appended to `notes` (reported with the file)."""
        index = DocumentIndex.build(document)
        if platform or self.options.about_platform:
            index.derived["platform"] = True  # a workflow of a repo that uses the platform
        source = document.source
        verdicts: dict[Context, Verdict] = {}

        def verdict_of(context: Context) -> Verdict:
            found = verdicts.get(context)
            if found is None:
                found = verdicts[context] = context_verdict(document.path, context)
            return found

        prose_rules = (
            self.sentence_rules
            if code
            else [r for r in self.sentence_rules if "code-line" not in r.reads]
        )
        asserted_memo: dict[int, bool] = {}
        rejected = rejected_sections(document)
        imagined = imagined_failures(document)
        retracted = retracted_turns(document) | withdrawn_items(document)
        answers = _Answers.of(document)

        def asserted(position: int) -> bool:
            found = asserted_memo.get(position)
            if found is None:
                sentence = document.sentences[position]
                found = asserted_memo[position] = (
                    not in_rejected_section(sentence, rejected)
                    and position not in imagined
                    and position not in retracted
                    and verdict_of(sentence.context).asserted
                    and list_verdict(sentence.context, sentence.kind, sentence.text).asserted
                    and not judged_false(sentence.text, sentence.table_header)
                    and not offers_options(sentence.text)
                    and not adversary_story(sentence.text)
                    and not self.platform.of_other_users(sentence.text)
                    and not (
                        sentence.kind == "table_row"
                        and self.platform.other_org_row(sentence.text, sentence.table_header)
                    )
                    and not _taken_back(document, position, answers)
                )
            return found

        for rule in self.document_rules:
            for hit in rule.check_document(index, source, asserted):
                yield rule, hit
        for position, sentence in enumerate(document.sentences):
            if not verdict_of(sentence.context).asserted or in_rejected_section(sentence, rejected):
                continue
            if position in imagined:
                continue  # a pre-mortem's "sting quietly turned into general capacity"
            if position in retracted:
                continue  # a chat answer the next turns take back ("You're right, I ...")
            if len(sentence.text) > MAX_SENTENCE_CHARS:
                # Minified or generated text, not prose: bounded time matters more. Said.
                line = source.position(sentence.offsets[0])[0]
                (notes if notes is not None else []).append(
                    f"a {len(sentence.text)}-character run without sentence breaks at line "
                    f"{line} was not read as prose"
                )
                continue
            if not list_verdict(sentence.context, sentence.kind, sentence.text).asserted:
                continue
            if judged_false(sentence.text, sentence.table_header):
                continue  # "| ARC resizes runner pods | False |" under "| True/False |"
            if offers_options(sentence.text):
                continue  # "(a) `tinyland-dind` (b) `tinyland-nix-gpu`": a quiz's choices
            if adversary_story(sentence.text):
                continue  # "As an attacker, I want a job to run on ubuntu-latest": a threat
            if self.platform.in_other_setup(index, sentence.context.headings, position):
                continue  # "## Setup 1: kubeadm" beside "## Setup 3: GloriousFlywheel"
            if self.sentence_gate is not None:
                # A table row may name a key only in its header or its section's heading
                # ("## Picking a runner label"): they count too.
                gate_text = sentence.text
                if sentence.table_header:
                    gate_text += " " + " ".join(sentence.table_header)
                    gate_text += " " + " ".join(sentence.context.headings[-1:])
                if not self.sentence_gate.search(gate_text.lower()):
                    continue  # no rule's required word occurs: skip tokenising it
            if self.platform.of_other_users(sentence.text):
                continue  # "Outside GF, projects use FlakeHub Cache for their own users"
            words = index.words(position)
            reported: set[str] = set()
            for rule in prose_rules:
                if rule.owner.id in reported or not rule.reads_block(sentence.kind):
                    continue  # one finding per claim and sentence: the most precise rule's
                for hit in rule.check(index, position, words, source):
                    if not reported and _taken_back(document, position, answers):
                        break  # "ARC resizes pods. It doesn't.": the next sentence answers it
                    reported.add(rule.owner.id)
                    yield rule, hit
        if not code:
            return
        for block in document.code_blocks:
            if not verdict_of(block.context).asserted:
                continue
            if answers.withdrawing:
                if answers.starts is None:
                    answers.starts = sentence_starts(document)
                answer = after_block(document, block, answers.starts)
                if answer in answers.withdrawing:
                    continue  # "That snippet is the anti-pattern. Do not copy it."
            yield from self._check_code_block(block, index)

    def _check_code_block(
        self, block: CodeBlock, index: DocumentIndex
    ) -> Iterator[tuple[CompiledRule, Hit]]:
        hits = list(self._code_block_hits(block, index))
        if any(rule.kind == "workflow" for rule, _ in hits) and _shown_failing(block, index):
            # "Here's the job a lot of people write on day one" and then its run log with
            # "nix: command not found": a job shown failing, not one to copy
            hits = [(rule, hit) for rule, hit in hits if rule.kind != "workflow"]
        lines = block.text.splitlines()
        # "# Use FlakeHub Cache on the lanes" over "extra-substituters = ...": the comment
        # states what the value line sets; one statement, reported where it is said.
        said = {(rule.owner.id, hit.line) for rule, hit in hits if rule.kind == "fact"}
        for rule, hit in hits:
            if rule.kind == "value" and any(
                (rule.owner.id, line) in said for line in _comment_lead(lines, block, hit.line)
            ):
                continue
            yield rule, hit

    def _code_block_hits(
        self, block: CodeBlock, index: DocumentIndex
    ) -> Iterator[tuple[CompiledRule, Hit]]:
        if block.language in DIFF_LANGUAGES:
            block = _post_image(block)  # a diff says what the file is after the change
        if marked_wrong(block.text):
            return  # "# WRONG: no bootstrap step" at its top: a counter-example
        if log_output(block.text):
            return  # "warning: substituter '...:8080' is disabled": what a run printed
        if self.platform.foreign_example(block.text):
            return  # "# site.yml of brand-assets (not a GF-using repo)": not the platform's
        headings = block.context.headings
        lines = block.text.splitlines()
        block_tokens: Tokens | None = None
        if block.language in QUOTED_MARKDOWN:
            lines = []  # Markdown shown as an example of docs, not configuration
        values = [rule for rule in self.line_rules if lines and rule.could_occur_in(block.text)]
        if values and not self.platform.section_about(index, headings, text=block.text):
            values = []  # a vendor's page: its examples configure the vendor's product
        owners = line_owners(lines) if values else []
        # A mapping that sets the current value somewhere (`kubernetes.io/hostname: sting`)
        # holds other settings beside it; one that does not holds another value for it.
        keyed = {rule for rule in values if not rule.holds_current(block.text)}
        supposed = supposed_steps(lines) if block.language in GHERKIN_LANGUAGES else frozenset()
        for number, line in enumerate(lines if values else []):
            if number in supposed:
                continue  # "Given a workflow still sets X to <old value>": a test's setup
            if marked_wrong_inline(line):
                continue  # "ATTIC_SERVER=...:8080   # is this still right?": asked, not set
            if continues_log_message(lines, number):
                continue  # "  (http://...:8080/...): i/o timeout" under "Error: ...": printed
            if commented_out_as_stale(lines, number):
                continue  # "# Stale, do not use:" over "# ATTIC_SERVER=...:8080"
            if listed_as_stale(lines, number):
                continue  # `stale_attic := {` over `"http://...:8080",`: a deny-list entry
            if commented_out_setting(lines, number):
                continue  # "# extra-substituters = https://cache.flakehub.com": disabled
            note = annotation_for(index.document, block, line) if "(" in line else ""
            if note and (marked_wrong_inline(f" # {note}") or _STALE_NOTE.search(note)):
                continue  # "ATTIC_SERVER: ...:8080 # (1)!" and "1. Stale; use ...": annotated
            for rule in values:
                keyed_by, beside = (
                    (parent_key(lines, number), False) if rule in keyed else ("", True)
                )
                for start, end, value, code in rule.check_line(line, keyed_by, beside):
                    if block.language in GHERKIN_LANGUAGES and any(
                        is_negation(w) for w in tokenize(line[:start]).words
                    ):
                        continue  # 'Then the environment does not mention "...:8080"'
                    # The line itself, its YAML owners (a job's lane, a parent key), then
                    # the whole block and the section decide whether the value is in scope.
                    decided = _line_scope(rule, _with_lead(lines, number), owners[number])
                    if decided is None:
                        block_tokens = block_tokens or tokenize(block.text)
                        decided = rule.scope.covers_context(index, headings, block_tokens)
                    if not decided:
                        continue
                    first = block.position(number, start)
                    last = block.position(number, end)
                    yield rule, rule.line_hit(first, last, line, value, code)
        yaml_like = block.language in YAML_LANGUAGES or not block.language
        # Comments, descriptions (an alert's `description: >-`) and resource limits
        # (`memory: 32Gi` under `limits:`) state facts.
        slashed = block.language in SLASH_COMMENT_LANGUAGES
        has_prose = (
            "#" in block.text
            or "limits:" in block.text
            or (yaml_like and "description:" in block.text)
            or (slashed and "//" in block.text)
        )
        commented = yaml_like or block.language in HASH_COMMENT_LANGUAGES or slashed
        if yaml_like and _ISSUE_FORM.search(block.text):
            # An issue form shown in a page: its labels, options and Markdown are prose
            if self.platform.section_about(index, headings, text=block.text):
                form = prose_document(SourceText.of("", block.text), headings, form=True)
                yield from self._block_prose(block, form, _FORM_RULE_KINDS)
        elif (
            commented
            and has_prose
            and self.platform.section_about(index, headings, text=block.text)
        ):
            yield from self._check_block_comments(block, headings, yaml_like, slashed)
        if not block.language:
            told = text_block_document(block.text, block.context)
            if told.sentences and self.platform.section_about(index, headings, text=block.text):
                # A bot's reply, a fixed-width table: prose in a fence
                yield from self._block_prose(block, told)
        if (
            self.workflow_rules
            and yaml_like
            and looks_like_workflow(block.text)
            # A vendor's page with one note on the platform: its examples are the vendor's.
            and self.platform.section_about(index, headings, text=block.text)
        ):
            workflow = parse_workflow(block.text)
            if workflow is not None:
                place: Place = block.position
                block_tokens = block_tokens or tokenize(block.text)
                present = describes_present(block.context)
                for checker in self.workflow_rules:
                    # A docs example is about this project only where its scope says so;
                    # workflow files of the repository itself always are.
                    if not checker.scope.covers_context(index, headings, block_tokens):
                        continue
                    if present and checker.advice:
                        continue  # "Context: what CI looks like today" shows, not advises
                    # A page's file name says nothing about its examples' jobs.
                    for hit in checker.check_workflow(workflow, place, ""):
                        at = hit.line - block.first_line
                        if 0 <= at < len(lines) and marked_wrong_inline(lines[at]):
                            continue  # "- run: nix build   # WRONG: no bootstrap step"
                        yield checker, hit

    def _check_block_comments(
        self, block: CodeBlock, headings: tuple[str, ...], yaml_like: bool, slashed: bool
    ) -> Iterator[tuple[CompiledRule, Hit]]:
        """The comments of a YAML or configuration example are prose about what they
        annotate ("# the pod is resized in place" under `tinyland-nix:`), placed in the
        page's file. Outside YAML (`yaml_like`), short comments are section titles;
        `slashed` code has `//` comments."""
        prose = prose_document(SourceText.of("", block.text), headings, slash_comments=slashed)
        prose.sentences[:] = [
            s
            for s in prose.sentences
            if s.kind != "label"
            # A config file's short comments title its sections ("# Release builds").
            and (yaml_like or len(s.text.split()) > SECTION_TITLE_WORDS)
        ]
        if not prose.sentences:
            return
        yield from self._block_prose(block, prose)

    def _block_prose(
        self, block: CodeBlock, prose: Document, kinds: frozenset[str] = frozenset({"fact"})
    ) -> Iterator[tuple[CompiledRule, Hit]]:
        """Fact findings of the prose read out of a code block, placed in the page's file."""
        for rule, hit in self._check_document(prose, code=False, platform=True):
            if rule.kind not in kinds:
                continue  # wording and values already read the block's lines
            line, column = block.position(hit.line - 1, hit.column - 1)
            end_line, end_column = block.position(hit.end_line - 1, hit.end_column - 1)
            yield (
                rule,
                dataclasses.replace(
                    hit, line=line, column=column, end_line=end_line, end_column=end_column
                ),
            )

    def _check_workflow_file(
        self, shown: str, text: str, origin: Path | None = None
    ) -> tuple[list[tuple[CompiledRule, Hit]], list[Directive]]:
        hits: list[tuple[CompiledRule, Hit]] = []
        lines = text.splitlines()
        values = [rule for rule in self.line_rules if rule.could_occur_in(text)]
        owners = line_owners(lines) if values else []
        # A mapping that sets the current value somewhere (`kubernetes.io/hostname: sting`)
        # holds other settings beside it; one that does not holds another value for it.
        keyed = {rule for rule in values if not rule.holds_current(text)}
        for number, line in enumerate(lines if values else []):
            if marked_wrong_inline(line):
                continue  # "... # WRONG", "... # is this still right?": not what is set
            for rule in values:
                keyed_by, beside = (
                    (parent_key(lines, number), False) if rule in keyed else ("", True)
                )
                for start, end, value, code in rule.check_line(line, keyed_by, beside):
                    if _line_scope(rule, _with_lead(lines, number), owners[number]) is False:
                        continue
                    first, last = (number + 1, start + 1), (number + 1, end + 1)
                    hits.append((rule, rule.line_hit(first, last, line, value, code)))
        workflow, problem = read_workflow(text)
        if problem and looks_like_workflow(text):
            if workflow is None:
                # GitHub would refuse the file too; its jobs' structure was not read.
                limit_hit(f"not valid YAML ({problem}), so its jobs were not checked")
            else:
                limit_hit(f"not valid YAML ({problem}), which GitHub refuses; read as if quoted")
        if workflow is not None:
            if origin is not None:
                workflow.local_actions = self._local_actions(workflow, origin)

            def place(line: int, column: int) -> tuple[int, int]:
                return line + 1, column + 1

            tokens = tokenize(_YAML_COMMENT.sub("", text))  # what it uses, not what it says
            for checker in self.workflow_rules:
                if not self._workflow_in_scope(checker, tokens, shown):
                    continue  # a repo that never uses the platform's lanes
                hits.extend(
                    (checker, hit) for hit in checker.check_workflow(workflow, place, shown)
                )
        # Comments and descriptions are prose too ("Nix is preinstalled on tinyland-nix,
        # so this action skips the installer"); value rules already read every line.
        prose = prose_document(SourceText.of(shown, text))
        platform = self._platform_at(shown)
        said: list[tuple[CompiledRule, Hit]] = []
        if platform or self.platform_repo is None:
            # A repository that never uses the platform: its comments are about its own CI.
            said = list(self._check_document(prose, code=False, platform=platform))
        structure = [(rule, hit) for rule, hit in hits if rule.kind == "workflow"]
        values_said = [(rule, hit) for rule, hit in hits if rule.kind != "workflow"]
        if workflow is not None:
            said, structure = _not_in_flagged_job(said, structure, workflow)
        hits = [*values_said, *structure, *_not_restating(said, values_said, lines)]
        return hits, yaml_directives(lines)

    def _check_form_file(
        self, shown: str, text: str
    ) -> tuple[list[tuple[CompiledRule, Hit]], list[Directive]]:
        """An issue form: its labels, descriptions, options and Markdown are prose, read
        like a workflow's comments (a repository that never uses the platform speaks of
        its own CI)."""
        platform = self._platform_at(shown)
        hits: list[tuple[CompiledRule, Hit]] = []
        if platform or self.platform_repo is None:
            prose = prose_document(SourceText.of(shown, text), form=True)
            hits = list(self._check_document(prose, code=False, platform=platform))
        return hits, yaml_directives(text.splitlines())

    def _check_target(self, target: str) -> str | None:
        return unknown_target(target, self.known)

    def _check_per_path(self) -> None:
        """Every claim or rule a per-path table names exists (else exit 2, did-you-mean)."""
        for glob, setting in self.options.per_path.items():
            if not isinstance(setting, dict):
                continue
            for key in setting:
                problem = unknown_target(str(key), self.known)
                if problem is not None:
                    raise ConfigError(f'per-path "{glob}": {problem}', Location("per-path"))

    def _workflow_in_scope(self, checker: CompiledRule, tokens: Tokens, shown: str) -> bool:
        if checker.scope.everywhere or self._platform_at(shown):
            return True
        return checker.scope.covers_text(tokens) is True

    def _local_actions(self, workflow: Workflow, origin: Path) -> dict[str, str]:
        """The `action.yml` text of each local action (`uses: ./`, `uses: ./tools/setup`)
        the workflow's steps use, read from the repository that holds the workflow."""
        if origin.parent.parent.name != ".github":
            return {}
        root = origin.parent.parent.parent.resolve()
        found: dict[str, str] = {}
        for job in workflow.jobs:
            for step in job.steps:
                uses = step.uses.value if step.uses is not None else ""
                if not uses.startswith("./") or uses in found:
                    continue
                folder = (root / uses.split("@", 1)[0]).resolve()
                if not folder.is_relative_to(root):
                    continue  # "./../elsewhere": not this repository's action
                for name in ("action.yml", "action.yaml"):
                    read = read_text(folder / name, self.options.max_file_bytes)
                    if read.text is not None:
                        found[uses] = read.text
                        break
        return found

    def _root_of(self, shown: str) -> str | None:
        """The innermost repository root (of those with workflows) that holds `shown`."""
        roots = [r for r in self.platform_roots if shown.startswith(r)]
        return max(roots, key=len) if roots else None

    def _platform_at(self, shown: str) -> bool:
        """Does the repository this file belongs to use the platform? A vendored repository
        (`third_party/x/.github/workflows/`) answers for itself."""
        root = self._root_of(shown)
        if root is None:
            return bool(self.platform_repo)
        return self.platform_roots[root]

    def _names_platform(self, path: Path, page: bool = False) -> bool:
        """Does the workflow itself use the platform (a lane, an action, a setting)? Its
        comments do not count: "# this project is not on GloriousFlywheel". A `page`
        counts whole."""
        read = read_text(path, self.options.max_file_bytes)
        if read.text is None:
            return False
        text = read.text if page else _YAML_COMMENT.sub("", read.text)
        if not page and self._label_variable_names_platform(text):
            return True
        tokens = tokenize(text)
        return any(p.search(tokens) is not None for p in self.about)

    def _comments_name_platform(self, path: Path) -> bool:
        """Do the workflow's comments place it on the platform ("# Named exception under the
        GF hosted policy"), with none placing it outside ("# not on GloriousFlywheel")?"""
        read = read_text(path, self.options.max_file_bytes)
        if read.text is None:
            return False
        comments = [found.group()[1:] for found in _YAML_COMMENT.finditer(read.text)]
        if any(places_outside(comment, self.about) for comment in comments):
            return False
        return any(
            p.search(tokenize(comment)) is not None for comment in comments for p in self.about
        )

    def _label_variable_names_platform(self, text: str) -> bool:
        """A repository-controlled runner label named for the platform (`runs-on: ${{
        vars.GF_RUNNER_LABEL }}`): the variable's name carries one of the platform's names."""
        for name in _LABEL_VARIABLE.findall(text):
            if not self.platform.names.isdisjoint(name.casefold().split("_")):
                return True
        return False

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
        self,
        paths: Iterable[Path],
        display: Callable[[Path], str] | None = None,
        walk: Walk | None = None,
    ) -> Report:
        show = display or display_path
        files, problems = discover(paths, self.options.include, self.options.exclude, show, walk)
        workflows = [(path, shown) for path, shown in files if is_workflow_path(shown)]
        self.platform_roots = {}
        for path, shown in workflows:
            root = repository_root(shown)
            if not self.platform_roots.get(root):
                self.platform_roots[root] = not self.about or self._names_platform(path)
        for root in [r for r, uses in self.platform_roots.items() if not uses]:
            # Workflows that take their lane from a variable (`runs-on: ${{ vars.LANE }}`)
            # name nothing; the repository's own name (`dogfood/MassageIthaca/`) or its own
            # docs say whether it runs on the platform.
            name = root.rstrip("/").rsplit("/", 1)[-1]
            # A slug spells the name its own way: `massage-ithaca` is MassageIthaca.
            spellings = {name, re.sub(r"[-_.]", "", name)}
            if root and any(p.search(tokenize(n)) for n in spellings for p in self.about):
                self.platform_roots[root] = True
                continue
            pages = [
                p
                for p, s in files
                if s.endswith(".md") and self._root_of(s) == root  # not a vendored repo's
            ]
            self.platform_roots[root] = any(
                self._names_platform(p, page=True) for p in pages[:_ROOT_PAGES]
            ) or any(
                self._comments_name_platform(path)
                for path, shown in workflows
                if repository_root(shown) == root
            )
        self.platform_repo = not self.about or any(self.platform_roots.values())
        return aggregate(self.pack.digest, self._run(files), problems)

    def _run(self, files: list[tuple[Path, str]]) -> list[FileResult]:
        note_inputs(path for path, _ in files)  # no report may be written over one of them
        jobs = self.options.jobs or os.cpu_count() or 1
        if (
            jobs <= 1
            or len(files) < 2 * jobs
            or "fork" not in multiprocessing.get_all_start_methods()
        ):
            return [_check_guarded(self, path, shown) for path, shown in files]
        global _WORKER
        _WORKER = self
        # fork: workers inherit the compiled rules instead of re-loading the pack.
        return run_pool(_check_in_worker, files, jobs)


DIFF_LANGUAGES = frozenset({"diff", "patch", "udiff"})
_DIFF_HEADER = re.compile(r"^(?:@@|\+\+\+ |--- |diff --git |index [0-9a-f])")


_ISSUE_FORM = re.compile(
    r"^body\s*:\s*$[\s\S]{0,400}?^\s*-\s*type\s*:\s*(?:dropdown|textarea|input|markdown|checkboxes)\b",
    re.MULTILINE,
)
"""A GitHub issue form (`body:` with typed fields), as a page shows one."""
_FORM_RULE_KINDS = frozenset({"fact", "inventory"})
"""A form's dropdown of lanes is a list of them too."""


def _post_image(block: CodeBlock) -> CodeBlock:
    """The file a unified diff leaves: its added and context lines, in place (removed and
    header lines read as blank lines, so every line keeps its file position). YAML in it
    is read as YAML: "+    runs-on: ubuntu-latest" is a job's lane after the change."""
    lines: list[str] = []
    columns: list[int] = []
    for number, line in enumerate(block.text.split("\n")):
        base = block.columns[number] if number < len(block.columns) else 1
        if _DIFF_HEADER.match(line) or line.startswith("-"):
            lines.append("")
            columns.append(base)
        elif line[:1] in ("+", " "):
            lines.append(line[1:])
            columns.append(base + 1)
        else:
            lines.append(line)
            columns.append(base)
    text = "\n".join(lines)
    info = "yaml" if looks_like_workflow(text) or _YAML_KEYS.search(text) else block.info
    return dataclasses.replace(block, info=info, text=text, columns=tuple(columns))


_YAML_KEYS = re.compile(r"(?m)^\s*(?:-\s+)?[\w.-]+:\s")


_LABEL_VARIABLE = re.compile(r"runs-on:[^\n]{0,200}?\bvars\.(\w{1,80})")
"""The repository variable a `runs-on` reads its label from."""
_ROOT_PAGES = 50
"""Pages read at most per repository to learn whether it runs on the platform."""


def _not_in_flagged_job(
    said: list[tuple[CompiledRule, Hit]],
    structure: list[tuple[CompiledRule, Hit]],
    workflow: Workflow,
) -> tuple[list[tuple[CompiledRule, Hit]], list[tuple[CompiledRule, Hit]]]:
    """Prose (a comment, a step name) inside a job whose structure already contradicts the
    same claim: one contradiction, reported once, where the job does it ("# the image has
    nix" above `nix build` in a job that never installs Nix); what the job says becomes a
    related location of that finding. Returns (said, structure)."""
    # A comment between a job's id and its first key ("flake-inputs-report:" / "# skip the
    # nix-job overhead") is the job's own.
    spans = [
        ((job.line if job.key_line is None else job.key_line) + 1, job.end_line + 1)
        for job in workflow.jobs
        if job.id
    ]

    def span_of(line: int) -> tuple[int, int] | None:
        return next((s for s in spans if s[0] <= line <= s[1]), None)

    flagged: dict[tuple[str, tuple[int, int]], int] = {}
    for index, (rule, hit) in enumerate(structure):
        span = span_of(hit.line)
        if span is not None:
            flagged.setdefault((rule.owner.id, span), index)
    kept: list[tuple[CompiledRule, Hit]] = []
    merged = list(structure)
    for rule, hit in said:
        span = span_of(hit.line)
        at = flagged.get((rule.owner.id, span)) if span is not None else None
        if at is None:
            kept.append((rule, hit))
            continue
        owner, target = merged[at]
        if any(r.line == hit.line for r in target.related):
            continue  # the structural finding already shows that line
        note = Related(hit.line, hit.column, f"the job says: {hit.excerpt.strip()}")
        merged[at] = (owner, dataclasses.replace(target, related=(*target.related, note)))
    return kept, merged


def _heading_restated(
    document: Document, hits: list[tuple[CompiledRule, Hit]]
) -> list[tuple[CompiledRule, Hit]]:
    """A heading whose section below says the same for the same claim ("### e4470b2
    pull from FlakeHub Cache on self-hosted" over "... lists cache.flakehub.com as a
    substituter on the runners"): one contradiction, reported once, where the section says
    it; the heading becomes a related location of that finding."""
    if len(hits) < 2:
        return hits
    source = document.source
    headings = sorted(
        source.position(s.offsets[0])[0] for s in document.sentences if s.kind == "heading"
    )
    if not headings:
        return hits
    ends = dict(
        zip(headings, [*headings[1:], source.position(len(source.text))[0] + 1], strict=True)
    )
    by_heading = {
        (rule.owner.id, hit.line): i for i, (rule, hit) in enumerate(hits) if hit.line in ends
    }
    if not by_heading:
        return hits
    merged = list(hits)
    dropped: set[int] = set()
    for index, (rule, hit) in enumerate(hits):
        if hit.line in ends:
            continue
        above = bisect.bisect_right(headings, hit.line) - 1
        if above < 0 or hit.line >= ends[headings[above]]:
            continue
        at = by_heading.get((rule.owner.id, headings[above]))
        if at is None or at in dropped:
            continue
        heading = hits[at][1]
        note = Related(heading.line, heading.column, f"the heading says: {heading.excerpt.strip()}")
        merged[index] = (rule, dataclasses.replace(hit, related=(*hit.related, note)))
        dropped.add(at)
    return [pair for i, pair in enumerate(merged) if i not in dropped]


def _not_restating(
    comments: list[tuple[CompiledRule, Hit]],
    hits: list[tuple[CompiledRule, Hit]],
    lines: list[str],
) -> list[tuple[CompiledRule, Hit]]:
    """Comment findings that only restate, for the same claim, the value set on the step
    below them: one contradiction, reported once, where the step sets it."""
    restated = {
        (rule.owner.id, line) for rule, hit in hits for line in _step_comments(lines, hit.line)
    }
    return [(rule, hit) for rule, hit in comments if (rule.owner.id, hit.line) not in restated]


def _step_comments(lines: Sequence[str], line: int) -> list[int]:
    """The lines of the comment run above line `line` (1-based), or above the start of
    its list item ("# pull what FlakeHub has" over "- name: FlakeHub cache" over "uses:
    ..."): a step's comment speaks of all of the step."""
    found: list[int] = []
    indent = len(lines[line - 1]) - len(lines[line - 1].lstrip())
    in_item = True
    at = line - 1
    while at >= 1:
        text = lines[at - 1]
        stripped = text.lstrip()
        if stripped.startswith("#"):
            found.append(at)
            in_item = False
        elif not in_item or not stripped:
            break
        else:
            depth = len(text) - len(stripped)
            if depth < indent and not stripped.startswith("- "):
                break  # the key that holds the step list: another statement
            if stripped.startswith("- ") and depth < indent:
                in_item = False  # the item's first line; only its comments remain
        at -= 1
    return found


_STALE_NOTE = re.compile(
    r"^\W*(?:stale|old|outdated|legacy|deprecated|obsolete|wrong|incorrect|do not use|"
    r"don'?t use|never use|retired|removed)\b",
    re.IGNORECASE,
)
"""An annotation that calls its line out of date ("1. Stale; use ... instead")."""
_TAG_QUESTION = re.compile(r"^\W*(?:\w+\W+){0,2}\w+\s*\?\W*$")
"""A question of a few words that asks about the sentence before it ("Compatible?",
"Is that right?")."""
_TAG_QUESTION_CHARS = 60
"""Longer text is no tag question; the bound also keeps the match's work constant."""
_YAML_KEY = re.compile(r"^\s*(?:-\s+)?[\w.\"'-]+:(?:\s|$)")
_SENTENCE_END = re.compile(r"[.!?]\s")
LEAD_LINES = 3
"""Lines of a wrapped description above a value that may hold the start of its sentence."""


def _script_document(shown: str, text: str, language: str) -> Document:
    """A Dockerfile or shell script as a document of one code block in its language: its
    comments are read as prose about the code, its settings as values."""
    lines = text.count("\n") + 1
    block = CodeBlock(language, text, 1, (1,) * lines, Context())
    return Document(source=SourceText.of(shown, text), code_blocks=[block])


def _taken_back(document: Document, position: int, answers: _Answers) -> bool:
    """Does what follows sentence `position` take it back: "It doesn't.", "That's
    wrong.", "Rejected: ...", or "All three are retired." after its list?"""
    if answers.withdrawing:
        answer = reply_to_sentence(document, position, answers.quotes)
        tag = document.sentences[answer].text if answer is not None else ""
        if answer is not None and len(tag) <= _TAG_QUESTION_CHARS and _TAG_QUESTION.match(tag):
            # "... and we could delete the nix-job step. Compatible?" then "Not
            # compatible.": the answer to the tag question answers the statement.
            answer = reply_to_sentence(document, answer, answers.quotes)
        if answer is not None and answer in answers.withdrawing:
            return True
        # A quoted reply that takes back its own words: "> ... called Attic "our
        # publication channel". It isn't."
        within = next_in_quote(document, position)
        if within is not None and within in answers.withdrawing:
            return True
    if answers.withdrawing and position in answers.rebutted(document):
        return True  # a later reply quotes its paragraph and takes it back
    if answers.withdrawing:
        # "> Vertical autoscaling lands this sprint." / "> *Editor's note: it isn't coming.*"
        after = paragraph_of(document, position).stop
        if (
            after < len(document.sentences)
            and after in answers.withdrawing
            and _EDITOR_NOTE.match(document.sentences[after].text)
        ):
            return True
    here = document.sentences[position]
    if "blockquote" in here.context.container:
        # "> For caching, point `extra-substituters` at FlakeHub" / "FlakeHub isn't a
        # substituter for our runners": a review's reply denies the draft it quotes
        answer = reply_to_sentence(document, position, answers.quotes)
        if answer is not None and denies_quote(document.sentences[answer].text, here.text):
            return True
    if answers.closing:
        answer = after_list(document, position, answers.lists)
        return answer is not None and answer in answers.closing
    return False


@dataclass
class _Answers:
    """The sentences of a document that take back what comes before them, found once."""

    withdrawing: frozenset[int]
    closing: frozenset[int]
    lists: dict[int, int | None] = field(default_factory=dict)
    quotes: dict[int, int] = field(default_factory=dict)
    starts: list[int] | None = None
    _rebutted: set[int] | None = None

    def rebutted(self, document: Document) -> set[int]:
        """Sentences of paragraphs that a later quoted reply takes back ("> **Proposal
        A.**" then "-1. That is a non-goal."), found once per document."""
        if self._rebutted is None:
            quotes = [
                position
                for position, sentence in enumerate(document.sentences)
                if "blockquote" in sentence.context.container
                and reply_to_sentence(document, position, self.quotes) in self.withdrawing
            ]
            self._rebutted = quoted_paragraphs(document, quotes) if quotes else set()
        return self._rebutted

    @classmethod
    def of(cls, document: Document) -> _Answers:
        sentences = document.sentences
        return cls(
            frozenset(i for i, s in enumerate(sentences) if withdraws(s.text)),
            frozenset(i for i, s in enumerate(sentences) if withdraws_list(s.text)),
        )


def _with_lead(lines: list[str], number: int) -> str:
    """A line with the start of its sentence when a wrapped scalar began it on the lines
    above ("personal-nix still points at / http://attic-api...:8080")."""
    lead: list[str] = []
    above = number - 1
    while above >= 0 and number - above <= LEAD_LINES:
        text = lines[above]
        if not text.strip() or text.rstrip().endswith((".", ":", "|", ">", ">-")):
            break
        if _YAML_KEY.match(text):
            break
        ends = list(_SENTENCE_END.finditer(text))
        if ends:
            lead.insert(0, text[ends[-1].end() :])
            break
        lead.insert(0, text)
        above -= 1
    return " ".join([*lead, lines[number]]) if lead else lines[number]


_RUNNER_POD = re.compile(r"\b([a-z][a-z0-9-]*?)-[a-z0-9]{4,10}-runner-[a-z0-9]{4,10}\b")
"""An ARC runner pod's name: the scale set's name, then generated suffixes."""


def _line_scope(rule: CompiledRule, line: str, owner: str) -> bool | None:
    """Scope of a value on a line of YAML: the line decides when it names a subject or
    an excluded one; else an excluded owner (`runs-on: personal-nix`) rules it out."""
    # "kubectl exec personal-nix-d2m7f-runner-9kq8z -- env": a runner pod is its lane's
    line = _RUNNER_POD.sub(r"\1", line)
    decided = rule.scope.covers_text(tokenize(line))
    if decided is False or (decided and rule.scope.subjects):
        return decided
    if not owner:
        return decided
    by_owner = rule.scope.covers_text(tokenize(owner))
    if by_owner is False:
        return False
    if decided is None and ", runs-on " in owner:
        # A job's line is about the job's lane: one that is not a subject is out of scope
        # (a macOS job's cache action says nothing about the platform's lanes).
        return bool(by_owner)
    return decided


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


def _one_per_value(findings: list[Finding]) -> list[Finding]:
    """One finding per claim and line: a stale value is not also "another value" (TG302),
    and a workflow's structure (TG4xx) already says what its comment states (TG102), on
    its line or in the comment just above it ("# we drop to hosted" over `runs-on:`)."""
    stale = {(f.claim, f.line) for f in findings if f.rule == "TG301"}
    said = {(f.claim, f.line) for f in findings if f.rule == "TG102"}
    # A heavy job's placement is explained by the comment right above it ("# tinyland-nix
    # grows the pod, no need for the heavy lane"): the comment is where the reader meets
    # the wrong belief, so it reports the contradiction. (A bootstrap or hosted finding
    # stays at the `nix` call or `runs-on:` a fix changes.)
    explained = {
        id(f)
        for f in findings
        if f.rule == "TG405"
        and any((f.claim, f.line - above) in said for above in range(1, COMMENT_REACH + 1))
    }
    # A comment that says the lane has Nix ("# Nix ships on the image, so no install
    # step") is a wrong belief of its own, reported beside the bare `nix` call it excuses.
    structural = {
        (f.claim, f.line - above)
        for f in findings
        if f.rule.startswith("TG4")
        for above in range(1 if f.rule in ("TG405", "TG401") else COMMENT_REACH + 1)
    }
    kept = [
        f
        for f in findings
        if not (f.rule == "TG302" and (f.claim, f.line) in stale)
        and not (f.rule == "TG102" and (f.claim, f.line) in structural)
        and id(f) not in explained
    ]
    # Two rules of one claim on one line ("`tinyland-nix-large`" is both a stranger in
    # the inventory and an unknown label; a plan both promises the non-goal and states
    # its fact) are one contradiction: the first place, then the lower code, reports it;
    # a diagram's label, read as prose and as code, is reported once.
    best: dict[tuple[str | None, int], Finding] = {}
    for f in kept:
        place = (f.claim, f.line)
        held = best.get(place)
        if held is None or (f.column, f.rule) < (held.column, held.rule):
            best[place] = f
    chosen = {id(f) for f in best.values()}
    return [f for f in kept if id(f) in chosen]


COMMENT_REACH = 3
"""Lines above a structural finding whose comment it already covers."""


def repository_root(shown: str) -> str:
    """The folder a file's repository lives in: the part of its path before `.github/`
    ("" for the checked tree itself)."""
    at = shown.find(".github/")
    return shown[:at] if at > 0 and shown[at - 1] == "/" else ""


def _check_guarded(checker: Checker, path: Path, shown: str) -> FileResult:
    """One file's result: parse limits hit make it "checked only in part", never a crash."""
    try:
        with collecting() as limits:
            result = checker.check_file(path, shown)
    except RecursionError:
        return FileResult(shown, problem="nested too deeply to parse; not checked")
    if limits and not result.problem:
        lead = f"{result.partial}; " if result.partial else "checked only in part: "
        result.partial = lead + "; ".join(limits[:3])
    return result


def _check_in_worker(path: Path, shown: str) -> FileResult:
    assert _WORKER is not None
    return _check_guarded(_WORKER, path, shown)


_FAILURE_LOG = re.compile(
    r"command not found|exit (?:code|status) (?:127|137)|\bOOMKilled\b", re.IGNORECASE
)
"""What a run log shows when a job fails for want of Nix or of memory."""
_LOG_LANGUAGES = frozenset(["console", "shell-session", "text", "log", "terminal", "output", ""])


def _shown_failing(block: CodeBlock, index: DocumentIndex) -> bool:
    """Is the next code block of the block's section a run log that shows it failing?"""
    blocks = index.document.code_blocks
    at = next((i for i, b in enumerate(blocks) if b is block), None)
    if at is None or at + 1 >= len(blocks):
        return False
    following = blocks[at + 1]
    return (
        following.context.headings == block.context.headings
        and (
            following.language in _LOG_LANGUAGES
            or log_output(following.text)
            or following.text.lstrip().startswith("$")
        )
        and _FAILURE_LOG.search(following.text) is not None
    )


def _comment_lead(lines: Sequence[str], block: CodeBlock, line: int) -> list[int]:
    """The file lines of the run of whole-line comments right above file line `line` of
    a code block."""
    found: list[int] = []
    at = line - block.first_line - 1
    while 0 <= at < len(lines) and lines[at].lstrip().startswith(("#", "//")):
        found.append(block.first_line + at)
        at -= 1
    return found


__all__ = [
    "ASSERTED",
    "CheckOptions",
    "Checker",
    "FileResult",
    "aggregate",
    "repository_root",
]
