"""TG401-TG404: structure of GitHub Actions workflows, not words.

Workflow rules read workflow and composite-action files (`.github/workflows/*.yml`,
`action.yml`) and fenced YAML in Markdown that looks like a workflow or a
fragment of one (`jobs:`, a job with `runs-on:`/`steps:`, or a list of steps).
GitLab CI YAML (`script:`, `tags:`) is not a workflow and is never read here.
Each rule names one `check`:

* **bootstrap-before-nix** (TG401 nix-before-bootstrap): a job whose `runs-on`
  label is one of `lanes` (globs such as ``*-nix`` allowed) runs a Nix command
  (`nix_commands`) or a Nix-needing action (`nix_uses`) before any bootstrap
  step (`bootstrap_uses` prefixes, or `run:` text matching `bootstrap_run`).
  The finding points at the offending `run:` line and names the job's
  `runs-on` line.
* **runner-label-known** (TG402 unknown-runner-label): a `runs-on` label that is
  neither in `lanes`, nor GitHub-hosted (`hosted_labels`), nor `self-hosted`.
* **hosted-runner-exception** (TG403 hosted-runner-without-exception): a job
  pinned to a GitHub-hosted label whose id, name, workflow name, file name or
  comments match none of `exception_markers`.
* **checkout-not-clean-false** (TG404 checkout-clean-false): `actions/checkout`
  with `clean: false` on the normal path: not in a job or step whose `if:` runs it
  only on a caller's non-default choice (`opted_in`), nor in a workflow that only a
  manual dispatch starts (`on: workflow_dispatch`).
* **browser-install-before-tests** (TG406 browser-tests-without-install): a job
  runs browser tests (`needs_run`) with no step before them that installs the
  browser (`install_uses`, `install_run`) and no browser container. The finding
  points at the test command; a comment of the job's that relies on the image
  ("Chromium is already on the runner image") is a related place.

Example (claim ``nix-bootstrap-workflow-owned``)::

    - id: bootstrap-first
      kind: workflow
      check: bootstrap-before-nix
      lanes: [tinyland-nix, tinyland-nix-heavy]
      bootstrap_uses: [DeterminateSystems/determinate-nix-action]

Contradicting::

    runs-on: tinyland-nix
    steps:
      - run: nix build

Consistent::

    runs-on: tinyland-nix
    steps:
      - uses: DeterminateSystems/determinate-nix-action@v3
      - run: nix build
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

from truthgraph.claims.model import Claim, NonGoal, RuleSpec, WorkflowRule
from truthgraph.findings import Related
from truthgraph.match.mentions import is_pod_name
from truthgraph.match.patterns import WordTest
from truthgraph.match.scope import DocumentIndex
from truthgraph.match.tokens import tokenize
from truthgraph.parse.document import SourceText
from truthgraph.parse.workflow import Job, Scalar, Step, Workflow, expression_candidates
from truthgraph.rules.base import (
    LANE_NOUNS,
    REPOSITORY_LEADS,
    CompiledRule,
    Hit,
    Place,
    denied_after,
    heads_other_noun,
    in_table_context,
    one_line,
    sentence_hit,
    trailing_comment_words,
)
from truthgraph.rules.value import compile_bounded

CODES = {
    "bootstrap-before-nix": ("TG401", "nix-before-bootstrap"),
    "runner-label-known": ("TG402", "unknown-runner-label"),
    "hosted-runner-exception": ("TG403", "hosted-runner-without-exception"),
    "checkout-not-clean-false": ("TG404", "checkout-clean-false"),
    "heavy-job-lane": ("TG405", "heavy-job-on-standard-lane"),
    "browser-install-before-tests": ("TG406", "browser-tests-without-install"),
}
_RUNNER_INPUT = re.compile(
    r"(?i)^(runner|runners|runs-on|runs_on|lane|lanes|label|labels|runner[-_]label)s?$"
)
_DENYING = frozenset("no not never without".split())
"""Words right before a name that say there is no such lane."""
_ASKED_AFTER = re.compile(r"[^.!?]{0,60}\?")
"""The rest of a question the name stands in, up to its question mark."""
_NOT_A_LANE = re.compile(
    r"\b(?:does ?n[o']t exist|do ?n[o']t exist|no such|typos?|not a (?:real |live )?lane|"
    r"not ours|never (?:used|existed)|non-?existent|unknown label|is ?n[o']t (?:a |one of )|"
    r"sits? (?:in|queued)|queued forever|never (?:gets? )?picked up|no runner|retired|removed|"
    r"made[- ]up|invented|waiting for a runner|(?:was|were|is|are) (?:wrong|incorrect|mistaken)|"
    r"(?:has|have) been (?:deleted|removed|corrected)|"
    # "they're describing a wish, not a cluster": someone else's idea of a lane
    r"a wish|wishful|a rumou?r|a myth|not a cluster|hypothetical|imaginary)\b",
    re.IGNORECASE,
)
"""Wording that says a lane-like name is not a lane: the sentence is not using it."""
_LANE_NOUNS = frozenset(
    [
        "lane",
        "lanes",
        "runner",
        "runners",
        "runs-on",
        "label",
        "labels",
        "scale",
        "pool",
        "set",
        "sets",
    ]
)
_HISTORY_COMMENT = re.compile(
    r"(?i)\b(old|legacy|pre-migration|previously|formerly|deprecated|was|before|until)\b"
)
_DECLARED_EXCEPTION = re.compile(
    r"(?i)exception|intentional|deliberate|on purpose|by design|stays? (on )?(github-)?hosted"
    # "Price reference only, never a merge gate": stated not to be a proof path
    r"|\b(?:never|not)\s+(?:a|the)\s+(?:merge\s+|required\s+)?(?:gate|check)\b|non-blocking"
)
_DOCUMENTED_HOSTED = re.compile(
    r"(?i)runner:\s*(ubuntu-|github[- ]hosted)"
    r"|this (job|workflow|guard|check)\b[^.]{0,80}(github[- ]hosted|ubuntu-)"
    r"|(github[- ]hosted|ubuntu-\S+)[^.]{0,40}\b(because|since|so that|on purpose|by design|"
    r"deliberately|intentionally)\b"
)
_FALLBACK_WORDS = re.compile(
    r"(?i)fall(s|ing)?[- ]?back|fallback|spill|overflow|automatic|when .{0,40}(busy|full|queued)"
)
_KEEPS_WORKSPACE = re.compile(r"(?i)^(persist|persistent|keep|reuse)[-_]?(workspace|checkout)$")
_CLEAN_INPUT = re.compile(r"(?i)^clean([-_]?(workspace|checkout))?$")


_NO_SUCH_LANE = re.compile(
    r"\b(?:there(?:['’]s|\s+is|\s+are)\s+no|no\s+such)\s+(?:(?:live|registered|matching)\s+)?"
    r"(?:scale\s+sets?|lanes?|runners?|runner\s+sets?)\b",
    re.IGNORECASE,
)
"""A denial after the names that says they have no lane ("... because there's no scale set
for it")."""
_FILE_NAME = re.compile(r"\.(?:md|markdown|ya?ml|json|html?|txt|toml|nix|hcl|tf)$")
"""A file's extension: `tinyland-nix.md` names a page, not a runner label."""


class WorkflowCheck(CompiledRule):
    kind = "workflow"
    reads = frozenset({"workflow"})

    def __init__(
        self, owner: Claim | NonGoal, spec: RuleSpec, terms: Mapping[str, Sequence[str]]
    ) -> None:
        super().__init__(owner, spec, terms)
        assert isinstance(spec, WorkflowRule)
        self.rule = spec
        self.code, self.name = CODES[spec.check]
        where = self.qualified_id
        commands = "|".join(re.escape(c) for c in sorted(spec.nix_commands, key=len, reverse=True))
        # A command word at the start of a shell command: line start, after ; & | ( or $( ,
        # or after a wrapper like sudo/exec/time/env.
        self.nix_command = re.compile(
            r"(?:^|[;&|(`]|\$\()\s*(?:(?:sudo|exec|time|env|command)\s+)*"
            rf"({commands})(?=\s|$|;|\))"
        )
        self.bootstrap_run = [compile_bounded(r, where) for r in spec.bootstrap_run]
        self.hosted = [compile_bounded(r, where) for r in spec.hosted_labels]
        self.exceptions = [compile_bounded(r, where) for r in spec.exception_markers]
        self.namespace = [compile_bounded(r, where) for r in spec.namespace]
        self.heavy = [compile_bounded(r, where) for r in spec.heavy_markers]
        self.needs_run = [compile_bounded(r, where) for r in spec.needs_run]
        self.install_run = [compile_bounded(r, where) for r in spec.install_run]
        self.advice = spec.check == "hosted-runner-exception"
        # The workflow files a workspace check is about: the claim's subjects, as file
        # names ("js-bazel-package.yml"); a repository's own CI keeps its own workspace.
        self.subject_files = sorted(
            {
                name.casefold().removesuffix(".yml").removesuffix(".yaml")
                for subject in getattr(owner, "subjects", ())
                for name in terms.get(subject, ())
                if " " not in name and not name.endswith("'s") and "/" not in name
            }
        )
        if spec.check == "runner-label-known":
            # Also in prose and tables: "`tinyland-nix-xl` takes the overflow" names a lane
            # that does not exist, as a `runs-on:` label would.
            self.reads = frozenset({"workflow", "sentence"})
            self.prefixes = sorted(
                {lane.split("-", 1)[0] + "-" for lane in spec.lanes if "-" in lane}
            )
            self.known = {w.casefold() for phrases in terms.values() for w in phrases} | {
                lane.casefold() for lane in spec.lanes
            }
            # "tinyland-inc/ci-templates" names an organisation: "tinyland-inc's platform"
            # is the organisation's, not a lane's
            self.known |= {
                w.casefold().split("/", 1)[0]
                for phrases in terms.values()
                for w in phrases
                if w.count("/") >= 1 and not w.startswith((".", "/"))
            }

    def own_groups(self) -> list[list[frozenset[WordTest]]]:
        runs_on = frozenset([WordTest(0, "runs-on")])
        if self.rule.check == "checkout-not-clean-false":
            return [[frozenset([WordTest(0, "clean")]), frozenset([WordTest(0, "false")])]]
        if self.rule.check == "bootstrap-before-nix":
            needs = {WordTest(0, c.casefold()) for c in self.rule.nix_commands}
            needs |= {WordTest(3, u.casefold()) for u in self.rule.nix_uses}
            return [[runs_on, frozenset(needs)]]
        if self.rule.check == "runner-label-known" and self.prefixes:
            named = frozenset(WordTest(1, prefix) for prefix in self.prefixes)
            return [[runs_on], [named]]
        return [[runs_on]]

    def sentence_gate(self) -> frozenset[str] | None:
        if self.rule.check != "runner-label-known":
            return None
        return _LANE_NOUNS

    def check(
        self, index: DocumentIndex, position: int, words: frozenset[str], source: SourceText
    ) -> Iterator[Hit]:
        """A lane-like name (the lanes' own prefix) that is not a known lane, said of lanes."""
        sentence = index.document.sentences[position]
        context = words
        if sentence.table_header:
            # A row's lane may be named only by its header, or by its section's heading
            # ("## Picking a runner label"; not "a set" in "## Sources of the eval set").
            context = words | {w.casefold() for w in " ".join(sentence.table_header).split()}
            heading = sentence.context.headings[-1:]
            context |= {w.casefold() for w in " ".join(heading).split()} & LANE_NOUNS
        if context.isdisjoint(_LANE_NOUNS):
            return
        if sentence.text.rstrip(" \"'”’*_").endswith("?") or _NOT_A_LANE.search(sentence.text):
            return  # "Is there a tinyland-gpu lane?", "a label that doesn't exist"
        sentences = index.document.sentences
        if position + 1 < len(sentences) and _NOT_A_LANE.search(sentences[position + 1].text):
            return  # "... tinyland-gpu. A job targeting one of them just sits in the queue."
        tokens = index.tokens[position]
        for i, word in enumerate(tokens.words):
            if (
                not word.startswith(tuple(self.prefixes))
                or word in self.known
                or word.removesuffix("'s").removesuffix("’s") in self.known
            ):
                continue
            if self.namespace and not any(n.search(word) for n in self.namespace):
                continue
            if word.endswith(("-*", "-", "-lane", "-lanes")) or any(
                k.startswith(word + "-") for k in self.known
            ):
                continue
            if is_pod_name(word, self.known):
                continue  # "on runner tinyland-nix-x7k2p": one of the lane's pods
            start, end = tokens.starts[i], tokens.ends[i]
            if _FILE_NAME.search(word) or sentence.text[start - 1 : start] == "/":
                continue  # "lanes/tinyland-nix.md": a page about a lane, not a label
            if sentence.kind == "table_row" and _asked_in_cell(sentence.text, start):
                continue  # "| FU-9 | ... shows a `tinyland-gpu` lane. Does it exist? | No |"
            if not in_table_context(self, index, sentence, start):
                continue
            if heads_other_noun(sentence.text, tokens, i, lambda w: w in _LANE_NOUNS):
                continue  # "Jess's personal-site workflow": a workflow's name, not a lane's
            if i > 0 and tokens.words[i - 1] in REPOSITORY_LEADS:
                continue  # "the iOS build in `tinyland-mobile`": a repository; lanes run jobs on
            if denied_after(sentence.text, tokens, i):
                continue  # "`tinyland-nix-large` never shipped"
            if _ASKED_AFTER.match(sentence.text, end):
                continue  # '"Is there a tinyland-gpu lane yet?" (question; ...)': asked
            if _NO_SUCH_LANE.search(sentence.text, end):
                continue  # "(`tinyland-gpu`, ...) waits forever because there's no scale set"
            # "There is no `tinyland-gpu` or `tinyland-nix-xl`": a negation reaches over a list.
            reach = 4 if i > 0 and tokens.words[i - 1] in ("or", "and", "nor") else 2
            lead = tokens.words[max(0, i - reach) : i]
            if not _DENYING.isdisjoint(lead) or any(w.endswith("n't") for w in lead):
                continue  # "There is no `tinyland-nix-xl`", "it isn't called `tinyland-gpu`"
            # The name as written: the sentence's text is normalised ("Ｔｉｎｙｌａｎｄ" reads
            # "Tinyland").
            written = source.text[sentence.offsets[start] : sentence.offsets[end - 1] + 1]
            detail = f'names lane "{written}", which is not a live lane'
            yield sentence_hit(source, sentence, start, end, detail)
            return

    def message(self, hit: Hit) -> str:
        return f'contradicts the claim "{one_line(self.owner.statement)}"'

    def check_workflow(self, workflow: Workflow, place: Place, path: str) -> Iterator[Hit]:
        check = self.rule.check
        for job in workflow.jobs:
            if check == "bootstrap-before-nix":
                yield from self._bootstrap(job, workflow, place)
            elif check == "runner-label-known":
                yield from self._labels(job, workflow, place)
            elif check == "hosted-runner-exception":
                yield from self._hosted(job, workflow, place, path)
            elif check == "heavy-job-lane":
                yield from self._heavy(job, workflow, place)
            elif check == "browser-install-before-tests":
                yield from self._browser(job, workflow, place)
            else:
                yield from self._clean(job, workflow, place, self._about_subject(workflow, path))
        if check == "checkout-not-clean-false":
            yield from self._clean_defaults(workflow, place)

    # -- helpers -------------------------------------------------------------------------

    def _about_subject(self, workflow: Workflow, path: str) -> bool:
        """Is a workflow file what the claim is about: a reusable workflow, or one its file
        name or `name:` names? A docs example (no path) is, where its page's scope says so."""
        if not path or not self.subject_files or "workflow_call" in workflow.triggers:
            return True
        named = f"{path} {workflow.name}".casefold()
        return any(name in named for name in self.subject_files)

    def _lane_matches(self, label: str) -> bool:
        return any(fnmatch.fnmatchcase(label, lane) for lane in self.rule.lanes)

    def _is_hosted(self, label: str) -> bool:
        return any(h.search(label) for h in self.hosted)

    def _runs_on_related(self, job: Job, place: Place) -> tuple[Related, ...]:
        if not job.runs_on:
            return ()
        first = job.runs_on[0]
        line, column = place(first.line, first.column)
        labels = ", ".join(s.value for s in job.runs_on)
        return (Related(line, column, f"job {job.id or '(fragment)'} runs-on: {labels}"),)

    def _scalar_hit(
        self,
        scalar: Scalar,
        workflow: Workflow,
        place: Place,
        detail: str,
        related: tuple[Related, ...],
    ) -> Hit:
        line, column = place(scalar.line, scalar.column)
        text = workflow.lines[scalar.line] if scalar.line < len(workflow.lines) else scalar.value
        if scalar.end_line == scalar.line and scalar.end_column > scalar.column:
            # One line: the scalar's own source span (escapes in quotes make it differ
            # from the value's length).
            end_column = place(scalar.line, scalar.end_column)[1]
        else:
            first = scalar.value.splitlines()[0] if scalar.value else ""
            end_column = column + max(1, len(first))
        return Hit(line, column, line, end_column, text.strip(), detail, related)

    def _local_setup(self, step: Step, workflow: Workflow) -> bool:
        """Does a local action the step uses (`uses: ./`) install Nix, by what its own
        `action.yml` uses or runs?"""
        text = workflow.local_actions.get(step.uses.value) if step.uses is not None else None
        if not text:
            return False
        lowered = text.casefold()
        return (
            any(p.casefold() in lowered for p in self.rule.bootstrap_uses)
            or any(b.search(text) for b in self.bootstrap_run)
            or _NIX_SETUP_ACTION.search(text) is not None
        )

    def _step_uses(self, step: Step, prefixes: Sequence[str]) -> bool:
        if step.uses is None:
            return False
        uses = step.uses.value.split("@", 1)[0].rstrip("/").casefold()
        return any(
            uses == p.casefold().rstrip("/") or uses.endswith("/" + p.casefold()) for p in prefixes
        )

    def _run_lines(self, step: Step, workflow: Workflow) -> Iterator[tuple[int, int, str]]:
        """(0-based line, start column, text) of each line of a `run:` value in the YAML text."""
        run = step.run
        if run is None:
            return
        for number in range(run.line, min(run.end_line, len(workflow.lines) - 1) + 1):
            text = workflow.lines[number]
            start = run.column if number == run.line else 0
            if number == run.end_line and number != run.line and not text[: run.end_column].strip():
                continue
            yield number, start, text

    def _bootstrap(self, job: Job, workflow: Workflow, place: Place) -> Iterator[Hit]:
        """One finding per job, at its first Nix call; later calls are related places."""
        labels = job.runs_on_candidates if job.runs_on_dynamic else job.runs_on
        if not any(self._lane_matches(s.value) for s in labels):
            return
        calls: list[Hit] = []
        for step in job.steps:
            if self._step_uses(step, self.rule.bootstrap_uses) or _looks_like_nix_setup(step):
                break
            if self._local_setup(step, workflow):
                break
            if step.run is not None and any(b.search(step.run.value) for b in self.bootstrap_run):
                break
            if self._step_uses(step, self.rule.nix_uses) and step.uses is not None:
                detail = f"action {step.uses.value} needs Nix, and no step before it installs Nix"
                calls.append(self._scalar_hit(step.uses, workflow, place, detail, ()))
                continue
            for number, start, text in self._run_lines(step, workflow):
                # Search the slice, not from an offset: `^` must match where the value starts.
                found = self.nix_command.search(text[start:])
                if found is None:
                    continue
                if _shown_failing(workflow, number, text[start + found.end() :]):
                    # "nix flake check   # fails: command not found", or a comment line
                    # above it: the snippet shows the failure it explains
                    return
                line, column = place(number, start + found.start(1))
                detail = f"runs `{found.group(1)}` before any step that installs Nix"
                end = column + len(found.group(1))
                calls.append(Hit(line, column, line, end, text.strip(), detail))
                break
        if not calls:
            return
        # The first raw `nix` call is where the job needs Nix; actions that need it are
        # related places (a job with only such actions is reported at the first one).
        calls.sort(key=lambda c: "before any step that installs Nix" not in c.detail)
        first = calls[0]
        related = self._runs_on_related(job, place) + tuple(
            Related(c.line, c.column, f"also needs Nix: {c.excerpt}") for c in calls[1:]
        )
        job_name = job.id or "(fragment)"
        detail = f"job {job_name} {first.detail}"
        yield Hit(
            first.line,
            first.column,
            first.end_line,
            first.end_column,
            first.excerpt,
            detail,
            related,
        )

    def _labels(self, job: Job, workflow: Workflow, place: Place) -> Iterator[Hit]:
        if job.runs_on_dynamic:
            return
        for scalar in job.runs_on:
            label = scalar.value
            if label == "self-hosted" or self._lane_matches(label) or self._is_hosted(label):
                continue
            if self.namespace and not any(n.search(label) for n in self.namespace):
                continue
            detail = f'runs-on label "{label}" is not a known lane'
            yield self._scalar_hit(scalar, workflow, place, detail, ())

    def _hosted(self, job: Job, workflow: Workflow, place: Place, path: str) -> Iterator[Hit]:
        if job.uses is not None:
            yield from self._hosted_input(job, workflow, place, path)
            return
        labels = job.runs_on_candidates if job.runs_on_dynamic else job.runs_on
        hosted = [s for s in labels if self._is_hosted(s.value) and not _chosen(s, workflow.lines)]
        if not hosted or self._excepted(job, workflow, path):
            return
        runs_on = job.runs_on[0] if job.runs_on else hosted[0]
        comment = (
            workflow.lines[runs_on.line].partition(" #")[2]
            if runs_on.line < len(workflow.lines)
            else ""
        )
        if _HISTORY_COMMENT.search(comment):
            return  # "runs-on: ubuntu-latest  # old, pre-migration"
        job_name = job.id or "(fragment)"
        if not job.runs_on_dynamic:
            detail = f'job {job_name} pins GitHub-hosted "{hosted[0].value}"'
            yield self._scalar_hit(hosted[0], workflow, place, detail, ())
            return
        source = hosted[0]
        if job.line <= source.line <= job.end_line and source.line != runs_on.line:
            # A matrix entry of this job: the label is written there.
            detail = f'job {job_name} runs on GitHub-hosted "{source.value}" through its matrix'
            yield self._scalar_hit(source, workflow, place, detail, ())
            return
        line, column = place(source.line, source.column)
        detail = (
            f'job {job_name} falls back to GitHub-hosted "{source.value}" through its expression'
        )
        related = (
            ()
            if source.line == runs_on.line
            else (Related(line, column, f'default "{source.value}" comes from here'),)
        )
        yield self._scalar_hit(runs_on, workflow, place, detail, related)

    def _excepted(self, job: Job, workflow: Workflow, path: str) -> bool:
        """Named as an exception: by its id, name, workflow or file name, or by a comment
        that says it is hosted on purpose (not any comment that mentions an image)."""
        comments = _job_comments(job, workflow)
        if job.runs_on_dynamic and any(_FALLBACK_WORDS.search(text) for text in comments):
            # "# Fall back to GitHub-hosted if the GF lane variable is unset": the job's own
            # comment calls the hosted default a fallback, whatever the job is named.
            return False
        names = [job.id, job.name]
        hosted_only = not any(
            s.value and not self._is_hosted(s.value) for j in workflow.jobs for s in j.runs_on
        )
        if hosted_only:
            # A workflow of hosted jobs only is named by its name and file ("release.yml");
            # in one that also runs on the lanes, each job names itself.
            names += [workflow.name, path.rsplit("/", 1)[-1] if path else ""]
        if any(marker.search(text) for marker in self.exceptions for text in names):
            return True
        if any(
            _DECLARED_EXCEPTION.search(text) and any(m.search(text) for m in self.exceptions)
            for text in comments
        ):
            return True
        # A comment block (the file's header or the job's) that names the hosted runner and
        # says why is a documented choice, unless it describes a silent fallback.
        if job.runs_on_dynamic:
            return False  # a hosted label behind an expression is the silent fallback itself
        # The file's header speaks for its jobs only when they are all hosted ("Hosted
        # exceptions are listed in RA-0412" above lane jobs names none of them).
        blocks = [" ".join(comments)]
        if hosted_only:
            blocks.append(" ".join(_header_comments(workflow)))
        for block in blocks:
            if _DOCUMENTED_HOSTED.search(block) and not _FALLBACK_WORDS.search(block):
                return True
        return False

    def _hosted_input(self, job: Job, workflow: Workflow, place: Place, path: str) -> Iterator[Hit]:
        """A reusable workflow called with a hosted runner (`runner: ... || 'ubuntu-latest'`)."""
        if self._excepted(job, workflow, path):
            return
        for key, value in job.inputs.items():
            if not _RUNNER_INPUT.search(key):
                continue
            labels = [value]
            if "${{" in value.value:
                labels = expression_candidates(value, 0, {}, {}) or labels
            hosted = [label for label in labels if self._is_hosted(label.value.strip("'\""))]
            if hosted:
                name = job.id or "(fragment)"
                detail = f'job {name} passes GitHub-hosted "{hosted[0].value}" as {key}'
                yield self._scalar_hit(value, workflow, place, detail, ())
                return

    def _heavy(self, job: Job, workflow: Workflow, place: Place) -> Iterator[Hit]:
        """A memory-heavy job (by its id, name, comments, step names or commands) on a lane
        that does not grow: it belongs on the heavy lane."""
        # Behind an expression, the lane is an input's default: the finding goes where
        # that label is written (a reusable workflow's callers inherit it).
        labels = job.runs_on
        if job.runs_on_dynamic:
            labels = [s for s in job.runs_on_candidates if not job.line <= s.line <= job.end_line]
        labels = [s for s in labels if s.value.casefold() not in _RUNNER_TRAITS]
        lanes = [s for s in labels if self._lane_matches(s.value)]
        if not lanes or len(lanes) != len(labels):
            return
        texts = [job.id, job.name, *(step.name for step in job.steps)]
        texts += _job_comments(job, workflow)
        texts += [step.run.value for step in job.steps if step.run is not None]
        if len(workflow.jobs) == 1:
            # A workflow of one job ("rust-heavy") is that job's description.
            texts += [workflow.name, *_header_comments(workflow)]
        marker = next((m for m in self.heavy for text in texts if text and m.search(text)), None)
        comments = _job_comments(job, workflow)
        if marker is None or _marked_planted(comments) or _marked_light(comments):
            return
        found = next(m for text in texts if text and (m := marker.search(text)))
        lane = lanes[0].value
        detail = f'job {job.id or "(fragment)"} is memory-heavy ("{found.group(0)}") on {lane}'
        yield self._scalar_hit(lanes[0], workflow, place, detail, ())

    def _browser(self, job: Job, workflow: Workflow, place: Place) -> Iterator[Hit]:
        """Browser tests with no browser install before them: the job relies on an image."""
        if _browser_container(job, workflow):
            return
        for step in job.steps:
            uses = step.uses.value.casefold() if step.uses is not None else ""
            if uses and any(u.casefold() in uses for u in self.rule.install_uses):
                return
            if step.run is None:
                continue
            if any(r.search(step.run.value) for r in self.install_run):
                return
            for number, start, text in self._run_lines(step, workflow):
                found = next((m for r in self.needs_run if (m := r.search(text, start))), None)
                if found is None:
                    continue
                if _shown_failing(workflow, number, text[found.end() :]):
                    return  # "npx playwright test   # DEFECT 3: assumes the image's browsers"
                job_name = job.id or "(fragment)"
                related = self._runs_on_related(job, place)
                detail = (
                    f"job {job_name} runs `{found.group(0)}` before any step installs a browser"
                )
                comment = _browser_comment(job, workflow)
                if comment is not None:
                    # The test command is what to fix; the comment that excuses it is
                    # quoted here and shown beside it.
                    line_number, column, comment_text = comment
                    comment_line, comment_col = place(line_number, column)
                    said = comment_text.lstrip("#/ ").strip()
                    detail = f"job {job_name} relies on a browser in the image: {said}"
                    related += (Related(comment_line, comment_col, f"the job says: {said}"),)
                line, col = place(number, found.start())
                end = col + len(found.group(0))
                yield Hit(line, col, line, end, text.strip(), detail, related)
                return

    def _clean_defaults(self, workflow: Workflow, place: Place) -> Iterator[Hit]:
        """Inputs whose default keeps the workspace (`clean` false, `persist-workspace` true)."""
        for name, spec in workflow.inputs.items():
            if spec.default is not None and _keeps_workspace(name, spec.default.value):
                detail = f"input {name} defaults to {spec.default.value}: a persistent workspace"
                yield self._scalar_hit(spec.default, workflow, place, detail, ())

    def _clean(self, job: Job, workflow: Workflow, place: Place, about: bool) -> Iterator[Hit]:
        """`about`: the workflow is what the claim is about, so its own checkouts count; a
        call that asks a reusable workflow for a persistent workspace counts anywhere."""
        for key, value in job.inputs.items():
            if job.uses is not None and _keeps_workspace(key, value.value):
                detail = (
                    f"calls {job.uses.value} with {key}: {value.value} (a persistent workspace)"
                )
                yield self._scalar_hit(value, workflow, place, detail, ())
        if not about:
            return
        if opted_in(job.condition, workflow) or workflow.triggers == {"workflow_dispatch"}:
            return  # a job only a caller's choice or a manual dispatch runs: not the normal path
        for step in job.steps:
            if step.uses is None or not step.uses.value.casefold().startswith("actions/checkout"):
                continue
            if opted_in(step.condition, workflow):
                continue
            clean = step.inputs.get("clean")
            if clean is not None and clean.value.strip().casefold() == "false":
                if clean.line < len(workflow.lines) and _OFF_PATH_NOTE.search(
                    workflow.lines[clean.line].partition(" #")[2]
                ):
                    continue  # "clean: false  # benchmark only: manual dispatch, ..."
                detail = "checkout with clean: false keeps a persistent workspace"
                yield self._scalar_hit(clean, workflow, place, detail, ())


_OFF_PATH_NOTE = re.compile(
    r"\b(?:debug|debugging|benchmark|bisect|manual|opt-in|opt in)\s+only\b"
    r"|\bonly\s+(?:for|when|on)\s+(?:debug|debugging|benchmarks?|bisecting|manual)\b"
    r"|\bnever\s+(?:the|on\s+the)\s+(?:default|normal)\b"
    r"|\bnot\s+(?:the|on\s+the)\s+(?:default|normal)\s+path\b"
    r"|\bmanual\s+dispatch\b",
    re.IGNORECASE,
)
"""A checkout line's comment that keeps it off the normal path ("# benchmark only: manual
dispatch, dedicated lane, never the default path")."""
_RUNNER_TRAITS = frozenset("self-hosted linux x64 arm64 amd64".split())
"""Labels that every runner of a lane carries (`[self-hosted, tinyland-nix]`): they narrow
nothing down to another lane."""
_ASKS_FOR_HOSTED = re.compile(r"(?i)hosted|exception")
_COMPARED_INPUT = re.compile(
    r"^!?\s*(?:github\.event\.)?inputs\.([\w-]+)\s*(?:(==|!=)\s*('(?:[^']|'')*'|true|false))?$"
)
_MANUAL_ONLY = re.compile(r"^github\.event_name\s*==\s*'workflow_dispatch'$")


def opted_in(condition: str, workflow: Workflow) -> bool:
    """Does an `if:` run its job or step only on a choice off the default path: an input
    set to a value other than its default, or a manual dispatch? (`inputs.mode ==
    'persistent'` with `default: isolated`; `inputs.debug` with no default.) Any `||`
    could open the default path again, so it is not read as opt-in."""
    text = condition.strip()
    if text.startswith("${{") and text.endswith("}}"):
        text = text[3:-2].strip()
    if not text or "||" in text:
        return False
    for part in (p.strip().strip("()").strip() for p in text.split("&&")):
        if _MANUAL_ONLY.match(part):
            return True
        found = _COMPARED_INPUT.match(part)
        if found is None or part.startswith("!"):
            continue
        name, operator, wanted = found.groups()
        spec = workflow.inputs.get(name)
        default = (spec.default.value if spec and spec.default else "").strip().casefold()
        if operator == "!=":
            continue
        wanted_value = (wanted or "true").strip("'").casefold()
        if wanted_value in ("false", "") or default == wanted_value:
            continue
        if wanted_value == "true" and default not in ("", "false"):
            continue
        return True
    return False


_FAILING = frozenset(
    "fails failed fail failing breaks broke broken error errors wrong defect defects bug".split()
)


def _marked_failing(rest: str) -> bool:
    """Does the comment after a command call it the failing one ("# fails: nix: command
    not found", "# REPLAY-BROKEN: ...")? The snippet shows the mistake it explains."""
    return not _FAILING.isdisjoint(_split_words(trailing_comment_words(rest)))


def _shown_failing(workflow: Workflow, number: int, rest: str) -> bool:
    """Is the command on line `number` marked as the failing one, by its trailing comment
    (`rest` is what follows it) or by a comment line right above it?"""
    above = workflow.lines[number - 1].strip() if number > 0 else ""
    return _marked_failing(rest) or (above.startswith("#") and _marked_failing(" " + above))


_PLANTED = frozenset("broken defect defects wrong planted deliberately intentionally".split())
"""A job comment's words that present the job as a mistake kept on purpose ("# REPLAY-BROKEN
(Inject 3): heavy Rust build on the fixed-size lane"), not as a job that merely fails."""


_LIGHT = re.compile(
    r"^\W*(?:light|lightweight|tiny|small|trivial|cheap)\b"
    r"|\b(?:is|are|stays?|keeps?)\s+(?:light|lightweight|tiny|small|trivial)\b",
    re.IGNORECASE,
)
"""A comment that calls its job light ("# Light: fmt + unit tests, stays on the standard
nix lane"): its "heavy" names the lane it does not need."""


def _marked_light(comments: list[str]) -> bool:
    return any(_LIGHT.search(comment.lstrip("#/ ")) for comment in comments)


def _marked_planted(comments: list[str]) -> bool:
    return any(not _PLANTED.isdisjoint(_split_words(tokenize(c).words)) for c in comments)


def _split_words(words: Iterable[str]) -> set[str]:
    return {part for word in words for part in (word, *word.split("-"))}


def _chosen(label: Scalar, lines: list[str]) -> bool:
    """Is an expression's label taken only when a condition asks for it (`intent ==
    'hosted' && 'ubuntu-latest'`), or compared rather than taken (`== 'ubuntu-latest'`)?
    Then it is an explicit choice, not a fallback."""
    if label.line >= len(lines):
        return False
    before = lines[label.line][: max(0, label.column - 1)].rstrip(" '\"")
    if before.endswith(("==", "!=")):
        return True
    # The condition must ask for hosting ("intent == 'hosted'"); one on the matrix or the
    # event (`matrix.tool == 'tsc' && 'ubuntu-latest'`) routes product jobs silently.
    condition = before[before.rfind("${{") + 3 :]
    return before.endswith("&&") and _ASKS_FOR_HOSTED.search(condition) is not None


def _keeps_workspace(name: str, value: str) -> bool:
    flag = value.strip().strip("'\"").casefold()
    if _CLEAN_INPUT.match(name):
        return flag == "false"
    if _KEEPS_WORKSPACE.match(name):
        return flag == "true"
    return name.casefold() == "workspace" and flag in ("persistent", "reuse", "keep")


def _asked_in_cell(row: str, start: int) -> bool:
    """Does the table cell holding character `start` end in a question?"""
    end = row.find(" | ", start)
    return row[start : len(row) if end == -1 else end].rstrip(" \"'”’*_").endswith("?")


def _job_comments(job: Job, workflow: Workflow) -> list[str]:
    """Comments inside a job and the comment block right above its key."""
    lines = workflow.lines
    first = min(job.line, len(lines))
    while first > 0 and lines[first - 1].strip().startswith("#"):
        first -= 1
    if first > 0 and lines[first - 1].rstrip().endswith(":"):
        # The job's own key line; the comment block above it belongs to the job too.
        first -= 1
        while first > 0 and lines[first - 1].strip().startswith("#"):
            first -= 1
    last = min(job.end_line, len(lines))
    key_indent = _indent(lines[job.line - 1]) if 0 < job.line <= len(lines) else 0
    while last > job.line and (
        not lines[last - 1].strip()
        or (lines[last - 1].lstrip().startswith("#") and _indent(lines[last - 1]) <= key_indent)
    ):
        last -= 1  # the comment block over the next job's key is that job's
    return [line.split("#", 1)[1] for line in lines[first:last] if "#" in line]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


_BROWSER_WORDS = re.compile(r"(?i)\b(browsers?|chromium|chrome|webkit|firefox|playwright)\b")
_IN_IMAGE = re.compile(
    r"(?i)\b(already|ships?|shipped|comes?|baked|pre-?installed|images?|no\b.{0,20}install|"
    r"skip|skips|skipping|without)\b"
)
"""A comment that says the browser is there already ("Chromium is on the runner image")."""
_BROWSER_IMAGE = re.compile(r"(?i)^\s*(?:container|image)\s*:.*playwright")


def _browser_container(job: Job, workflow: Workflow) -> bool:
    """A job in a browser image (`container: mcr.microsoft.com/playwright:...`)."""
    lines = workflow.lines[job.line : job.end_line + 1]
    return any(_BROWSER_IMAGE.match(line) for line in lines)


def _browser_comment(job: Job, workflow: Workflow) -> tuple[int, int, str] | None:
    """(0-based line, column, text) of the job's first comment about browsers."""
    lines = workflow.lines
    first = min(job.line, len(lines))
    while first > 0 and lines[first - 1].strip().startswith("#"):
        first -= 1
    for number in range(first, min(job.end_line + 1, len(lines))):
        line = lines[number]
        at = line.find("#")
        if at == -1 or (at > 0 and not line[at - 1].isspace()):
            continue
        text = line[at + 1 :].strip()
        if _BROWSER_WORDS.search(text) and _IN_IMAGE.search(text):
            return number, at, line[at:].rstrip()
    return None


def _header_comments(workflow: Workflow) -> list[str]:
    """The file's top-level comments before its `jobs:` (the workflow's own notes)."""
    found: list[str] = []
    for line in workflow.lines:
        if line.startswith("jobs:"):
            break
        if line.startswith("#"):
            found.append(line[1:])
    return found


_NIX_SETUP_ACTION = re.compile(
    r"(?i)(install|setup|set-up|bootstrap|get)[-_]?nix|nix[-_]?(install|setup|job|bootstrap|build)"
)


def _looks_like_nix_setup(step: Step) -> bool:
    """An action that by its name installs Nix (`./.github/actions/setup-nix`,
    `someone/install-nix-action`): the job bootstraps Nix, whatever action it trusts."""
    if step.uses is None:
        return False
    return bool(_NIX_SETUP_ACTION.search(step.uses.value.split("@", 1)[0]))
