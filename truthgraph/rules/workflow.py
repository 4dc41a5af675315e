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
  with `clean: false`.

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
from collections.abc import Callable, Iterator, Mapping, Sequence

from truthgraph.claims.model import Claim, NonGoal, RuleSpec, WorkflowRule
from truthgraph.findings import Related
from truthgraph.match.patterns import WordTest
from truthgraph.parse.workflow import Job, Scalar, Step, Workflow
from truthgraph.rules.base import CompiledRule, Hit, one_line
from truthgraph.rules.value import compile_bounded

Place = Callable[[int, int], tuple[int, int]]
"""Maps a 0-based (line, column) of the YAML text to a 1-based place in the file."""

CODES = {
    "bootstrap-before-nix": ("TG401", "nix-before-bootstrap"),
    "runner-label-known": ("TG402", "unknown-runner-label"),
    "hosted-runner-exception": ("TG403", "hosted-runner-without-exception"),
    "checkout-not-clean-false": ("TG404", "checkout-clean-false"),
}


class WorkflowCheck(CompiledRule):
    kind = "workflow"

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

    def own_groups(self) -> list[list[frozenset[WordTest]]]:
        runs_on = frozenset([WordTest(0, "runs-on")])
        if self.rule.check == "checkout-not-clean-false":
            return [[frozenset([WordTest(0, "clean")]), frozenset([WordTest(0, "false")])]]
        if self.rule.check == "bootstrap-before-nix":
            needs = {WordTest(0, c.casefold()) for c in self.rule.nix_commands}
            needs |= {WordTest(3, u.casefold()) for u in self.rule.nix_uses}
            return [[runs_on, frozenset(needs)]]
        return [[runs_on]]

    def message(self, hit: Hit) -> str:
        return f'contradicts the claim "{one_line(self.owner.statement)}"'

    def check(self, workflow: Workflow, place: Place, path: str) -> Iterator[Hit]:
        check = self.rule.check
        for job in workflow.jobs:
            if check == "bootstrap-before-nix":
                yield from self._bootstrap(job, workflow, place)
            elif check == "runner-label-known":
                yield from self._labels(job, workflow, place)
            elif check == "hosted-runner-exception":
                yield from self._hosted(job, workflow, place, path)
            else:
                yield from self._clean(job, workflow, place)

    # -- helpers -------------------------------------------------------------------------

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
        if job.runs_on_dynamic or not any(self._lane_matches(s.value) for s in job.runs_on):
            return
        related = self._runs_on_related(job, place)
        for step in job.steps:
            if self._step_uses(step, self.rule.bootstrap_uses):
                return
            if step.run is not None and any(b.search(step.run.value) for b in self.bootstrap_run):
                return
            if self._step_uses(step, self.rule.nix_uses) and step.uses is not None:
                detail = f"action {step.uses.value} needs Nix, and no step before it installs Nix"
                yield self._scalar_hit(step.uses, workflow, place, detail, related)
                continue
            for number, start, text in self._run_lines(step, workflow):
                # Search the slice, not from an offset: `^` must match where the value starts.
                found = self.nix_command.search(text[start:])
                if found is None:
                    continue
                line, column = place(number, start + found.start(1))
                detail = f"runs `{found.group(1)}` before any step that installs Nix"
                yield Hit(
                    line, column, line, column + len(found.group(1)), text.strip(), detail, related
                )
                break

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
        if job.runs_on_dynamic:
            return
        hosted = [s for s in job.runs_on if self._is_hosted(s.value)]
        if not hosted:
            return
        if self._excepted(job, workflow, path):
            return
        detail = f'job {job.id or "(fragment)"} pins GitHub-hosted "{hosted[0].value}"'
        yield self._scalar_hit(hosted[0], workflow, place, detail, ())

    def _excepted(self, job: Job, workflow: Workflow, path: str) -> bool:
        names = [job.id, job.name, workflow.name, path.rsplit("/", 1)[-1] if path else ""]
        start = max(job.line - 1, 0)
        comments = [
            line.split("#", 1)[1]
            for line in workflow.lines[start : job.end_line + 1]
            if "#" in line
        ]
        return any(marker.search(text) for marker in self.exceptions for text in names + comments)

    def _clean(self, job: Job, workflow: Workflow, place: Place) -> Iterator[Hit]:
        for step in job.steps:
            if step.uses is None or not step.uses.value.casefold().startswith("actions/checkout"):
                continue
            clean = step.inputs.get("clean")
            if clean is not None and clean.value.strip().casefold() == "false":
                detail = "checkout with clean: false keeps a persistent workspace"
                yield self._scalar_hit(clean, workflow, place, detail, ())
