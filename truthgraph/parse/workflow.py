"""GitHub Actions workflows, job fragments and composite actions, parsed with 0-based positions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from truthgraph.parse.limits import MAX_YAML_DEPTH, hit

WORKFLOW_HINTS = ("runs-on:", "steps:", "jobs:", "uses:")


@dataclass(frozen=True)
class Scalar:
    """A YAML scalar: its text and the 0-based [start, end) place of its source text
    (inside the quotes of a one-line quoted scalar)."""

    value: str
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class Input:
    """An input of a reusable workflow or composite action, with its default."""

    name: str
    default: Scalar | None
    description: str = ""


@dataclass
class Step:
    index: int
    line: int
    column: int
    uses: Scalar | None = None
    run: Scalar | None = None
    name: str = ""
    inputs: dict[str, Scalar] = field(default_factory=dict)
    condition: str = ""
    """The step's `if:` expression, as written."""


@dataclass
class Job:
    id: str
    line: int
    end_line: int
    name: str = ""
    runs_on: list[Scalar] = field(default_factory=list)
    runs_on_dynamic: bool = False
    """`runs-on` is an expression or a group: the lane is not known statically."""
    runs_on_candidates: list[Scalar] = field(default_factory=list)
    """Labels an expression in `runs-on` can yield: string literals in it (a fallback such as
    `inputs.lane || 'ubuntu-latest'`, JSON in `fromJSON(...)`), the defaults of the inputs it
    reads and the matrix values it reads, each placed where it is written."""
    steps: list[Step] = field(default_factory=list)
    uses: Scalar | None = None
    """A job that calls a reusable workflow (`uses:` at job level)."""
    inputs: dict[str, Scalar] = field(default_factory=dict)
    """The `with:` of a job that calls a reusable workflow."""
    condition: str = ""
    """The job's `if:` expression, as written."""
    key_line: int | None = None
    """The line of the job's id (0-based), above any comment that opens its body."""


@dataclass
class Workflow:
    """What a YAML text holds in GitHub Actions terms; `kind` says how much of a workflow it is."""

    kind: str  # workflow | jobs | job | steps | action
    name: str
    jobs: list[Job]
    lines: list[str]
    inputs: dict[str, Input] = field(default_factory=dict)
    """`on.workflow_call` / `on.workflow_dispatch` inputs, or a composite action's inputs."""
    triggers: frozenset[str] = frozenset()
    """The events under `on:` (`push`, `workflow_dispatch` ...); empty when it has none."""
    local_actions: dict[str, str] = field(default_factory=dict)
    """The text of each local action a step uses (`uses: ./` -> its `action.yml`), when the
    workflow was read from a repository on disk."""


def _is_job(keys: dict[str, yaml.Node]) -> bool:
    """A job shown without `jobs:` around it: it runs steps, or calls a reusable workflow."""
    if {"runs-on", "steps"} & set(keys):
        return True
    called = _scalar(keys["uses"]) if "uses" in keys else None
    return called is not None and ".github/workflows/" in called.value


def looks_like_workflow(text: str) -> bool:
    return any(hint in text for hint in WORKFLOW_HINTS)


_LITERAL = re.compile(r"'((?:[^']|'')*)'")
_JSON_STRING = re.compile(r'"([^"\\]*)"')
_REFERENCE = re.compile(r"\b(?:github\.event\.)?(inputs|matrix)\.([\w-]+)")


def _value_column(scalar: Scalar, node: yaml.Node) -> int:
    """Column where a scalar's text starts (after an opening quote)."""
    style = getattr(node, "style", None)
    return scalar.column + (1 if style in ("'", '"') else 0)


def expression_candidates(
    scalar: Scalar, style_offset: int, inputs: dict[str, Input], matrix: dict[str, list[Scalar]]
) -> list[Scalar]:
    """The labels an `${{ ... }}` value can yield, each placed where its text is written."""
    found: list[Scalar] = []
    value = scalar.value
    if "${{" not in value or "\n" in value:
        return found
    base = scalar.column + style_offset

    def literal(text: str, start: int) -> None:
        if text and "${{" not in text:
            found.append(
                Scalar(text, scalar.line, base + start, scalar.line, base + start + len(text))
            )

    for match in _LITERAL.finditer(value):
        inner = match.group(1)
        json_strings = list(_JSON_STRING.finditer(inner))
        if json_strings:  # fromJSON('["ubuntu-latest", "self-hosted"]')
            for item in json_strings:
                literal(item.group(1), match.start(1) + item.start(1))
        else:
            literal(inner, match.start(1))
    for match in _REFERENCE.finditer(value):
        kind, name = match.groups()
        if kind == "inputs" and name in inputs and inputs[name].default is not None:
            default = inputs[name].default
            assert default is not None
            found.append(default)
        elif kind == "matrix":
            found.extend(matrix.get(name, []))
    return found


def _scalar(node: yaml.Node) -> Scalar | None:
    if not isinstance(node, yaml.ScalarNode):
        return None
    start, end = node.start_mark, node.end_mark
    column, end_column = start.column, end.column
    if node.style in ("'", '"') and start.line == end.line and end_column - column >= 2:
        # The marks include the quotes; the value starts after the first and ends before
        # the last (`runs-on: 'ubuntu-22.04'` underlines ubuntu-22.04, not `'ubuntu-22.0`).
        column += 1
        end_column -= 1
    return Scalar(str(node.value), start.line, column, end.line, end_column)


def _mapping(node: yaml.Node | None) -> dict[str, yaml.Node]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(k.value): v for k, v in node.value if isinstance(k, yaml.ScalarNode)}


def _events(node: yaml.Node | None) -> frozenset[str]:
    """`on: push`, `on: [push, pull_request]` or `on: {push: ...}` as event names."""
    if isinstance(node, yaml.ScalarNode):
        return frozenset({str(node.value)})
    if isinstance(node, yaml.SequenceNode):
        return frozenset(str(n.value) for n in node.value if isinstance(n, yaml.ScalarNode))
    return frozenset(_mapping(node))


def _steps(node: yaml.Node | None) -> list[Step]:
    if not isinstance(node, yaml.SequenceNode):
        return []
    steps: list[Step] = []
    for index, item in enumerate(node.value):
        fields = _mapping(item)
        if not fields:
            continue
        step = Step(index, item.start_mark.line, item.start_mark.column)
        step.uses = _scalar(fields["uses"]) if "uses" in fields else None
        step.run = _scalar(fields["run"]) if "run" in fields else None
        name = _scalar(fields["name"]) if "name" in fields else None
        step.name = name.value if name else ""
        condition = _scalar(fields["if"]) if "if" in fields else None
        step.condition = condition.value if condition else ""
        for key, value in _mapping(fields.get("with")).items():
            scalar = _scalar(value)
            if scalar is not None:
                step.inputs[key] = scalar
        steps.append(step)
    return steps


def _inputs(node: yaml.Node | None) -> dict[str, Input]:
    found: dict[str, Input] = {}
    for name, spec in _mapping(node).items():
        fields = _mapping(spec)
        default = _scalar(fields["default"]) if "default" in fields else None
        if default is not None and "default" in fields:
            offset = _value_column(default, fields["default"]) - default.column
            default = Scalar(
                default.value,
                default.line,
                default.column + offset,
                default.end_line,
                default.end_column,
            )
        described = _scalar(fields["description"]) if "description" in fields else None
        found[name] = Input(name, default, described.value if described else "")
    return found


def _matrix(node: yaml.Node | None) -> dict[str, list[Scalar]]:
    """Values of each matrix key, from its list and from `include:` entries."""
    values: dict[str, list[Scalar]] = {}
    matrix = _mapping(_mapping(node).get("matrix"))
    for key, value in matrix.items():
        if key == "include" and isinstance(value, yaml.SequenceNode):
            for entry in value.value:
                for name, item in _mapping(entry).items():
                    scalar = _scalar(item)
                    if scalar is not None:
                        values.setdefault(name, []).append(scalar)
        elif isinstance(value, yaml.SequenceNode):
            for item in value.value:
                scalar = _scalar(item)
                if scalar is not None:
                    values.setdefault(key, []).append(scalar)
    return values


def _job(job_id: str, node: yaml.Node, inputs: dict[str, Input] | None = None) -> Job:
    fields = _mapping(node)
    job = Job(job_id, node.start_mark.line, node.end_mark.line)
    name = _scalar(fields["name"]) if "name" in fields else None
    job.name = name.value if name else ""
    condition = _scalar(fields["if"]) if "if" in fields else None
    job.condition = condition.value if condition else ""
    runs_on = fields.get("runs-on")
    if isinstance(runs_on, yaml.ScalarNode):
        scalar = _scalar(runs_on)
        if scalar is not None:
            job.runs_on.append(scalar)
    elif isinstance(runs_on, yaml.SequenceNode):
        job.runs_on.extend(s for s in (_scalar(n) for n in runs_on.value) if s is not None)
    elif runs_on is not None:
        job.runs_on_dynamic = True
    if any("${{" in s.value for s in job.runs_on):
        job.runs_on_dynamic = True
        matrix = _matrix(fields.get("strategy"))
        nodes = runs_on.value if isinstance(runs_on, yaml.SequenceNode) else [runs_on]
        for scalar, scalar_node in zip(job.runs_on, nodes, strict=False):
            offset = _value_column(scalar, scalar_node) - scalar.column
            job.runs_on_candidates.extend(
                expression_candidates(scalar, offset, inputs or {}, matrix)
            )
    job.steps = _steps(fields.get("steps"))
    job.uses = _scalar(fields["uses"]) if "uses" in fields else None
    for key, value in _mapping(fields.get("with")).items():
        scalar = _scalar(value)
        if scalar is not None:
            job.inputs[key] = scalar
    return job


class _TooDeep(yaml.YAMLError):
    def __init__(self, line: int) -> None:
        super().__init__(f"nested deeper than {MAX_YAML_DEPTH} levels")
        self.line = line


class _BoundedLoader(yaml.SafeLoader):
    """PyYAML's composer recurses once per nesting level: bound it before Python's stack."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        self.depth += 1
        try:
            if self.depth > MAX_YAML_DEPTH:
                raise _TooDeep(self.peek_event().start_mark.line)  # type: ignore[no-untyped-call]
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _compose(text: str) -> yaml.Node | None:
    if _HAS_LIBYAML and _nesting_bound(text) < MAX_YAML_DEPTH:
        # libyaml composes the same nodes and marks, an order of magnitude faster; only
        # text that could nest too deep goes through the bounded pure-Python composer.
        return yaml.compose(text, Loader=yaml.CSafeLoader)
    loader = _BoundedLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


_HAS_LIBYAML = bool(getattr(yaml, "__with_libyaml__", False))
_INDICATORS = re.compile(r"(?:^|\s)[-?:](?=\s|$)|:(?=\s|$)")


def _nesting_bound(text: str) -> int:
    """An upper bound on how deep `text` nests, in one linear pass.

    A block collection nests inside another on a deeper-indented line, or on the same
    line after an indicator (`- `, `? `, `: `), or at the same indentation once (a
    sequence under a mapping key); a flow collection nests inside brackets. So twice the
    largest indentation, plus a line's indicators, plus the deepest bracket nesting
    bounds the depth."""
    deepest_line = 0
    depth = brackets = 0
    for line in text.splitlines():
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(stripped)
        deepest_line = max(deepest_line, 2 * indent + len(_INDICATORS.findall(stripped)))
        for char in stripped:
            if char in "[{":
                depth += 1
                brackets = max(brackets, depth)
            elif char in "]}":
                depth = max(0, depth - 1)
    return deepest_line + brackets + 2


_KEYED_LINE = re.compile(r"^(\s*(?:-\s+)?[\w.-]+:[ \t]+)([^'\"\s|>&*!{\[#][^#\n]*?)([ \t]+#.*)?$")
"""A `key: value` line whose plain value may hold a colon-space ("name: docs (hosted
exception: docs)")."""
_REPAIRS = 20
"""Plain values quoted to read a file that is almost YAML, at most."""


def _compose_leniently(text: str) -> tuple[yaml.Node | None, str]:
    """Compose YAML, and say why it is not YAML ("" when it is). Where a plain value holds
    ": " ("name: docs (hosted exception: docs)"), which YAML refuses, that value is read as
    if it were quoted; each repair keeps the file's lines, so positions stay put."""
    problem = ""
    for _ in range(_REPAIRS):
        try:
            return _compose(text), problem
        except yaml.MarkedYAMLError as exc:
            problem = problem or _described(exc)
            mark = exc.problem_mark
            if mark is None or "mapping values are not allowed" not in (exc.problem or ""):
                raise
            lines = text.split("\n")
            keyed = _KEYED_LINE.match(lines[mark.line]) if mark.line < len(lines) else None
            if keyed is None:
                raise
            value = keyed.group(2).rstrip().replace("'", "''")
            lines[mark.line] = f"{keyed.group(1)}'{value}'{keyed.group(3) or ''}"
            text = "\n".join(lines)
    return _compose(text), problem


def _described(exc: yaml.YAMLError) -> str:
    """A YAML error as "line N: problem"."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark
        where = f"line {mark.line + 1}: " if mark is not None else ""
        return f"{where}{exc.problem or 'not valid YAML'}"
    return str(exc).splitlines()[0] if str(exc) else "not valid YAML"


def parse_workflow(text: str) -> Workflow | None:
    """Parse YAML text; None if it is not YAML or holds nothing GitHub Actions-like."""
    return read_workflow(text)[0]


def read_workflow(text: str) -> tuple[Workflow | None, str]:
    """The workflow in YAML text (None if it is not YAML or holds nothing GitHub
    Actions-like), and why the text is not valid YAML ("" when it is).

    YAML nested deeper than `MAX_YAML_DEPTH` is not read: the limit is recorded
    (`truthgraph.parse.limits`), so the file is reported as checked only in part."""
    try:
        root, problem = _compose_leniently(text)
    except _TooDeep as exc:
        hit(
            f"YAML nested deeper than {MAX_YAML_DEPTH} levels (line {exc.line + 1} of the "
            "YAML) was not read"
        )
        return None, ""
    except yaml.YAMLError as exc:
        return None, _described(exc)
    return _workflow(root, text), problem


def _workflow(root: yaml.Node | None, text: str) -> Workflow | None:
    lines = text.splitlines()
    if isinstance(root, yaml.SequenceNode):
        steps = _steps(root)
        if steps and any(s.run or s.uses for s in steps):
            return Workflow("steps", "", [Job("", 0, root.end_mark.line, steps=steps)], lines)
        return None
    top = _mapping(root)
    if not top:
        return None
    name_node = _scalar(top["name"]) if "name" in top else None
    name = name_node.value if name_node else ""
    triggers = _mapping(top.get("on", top.get("true")))
    inputs = {
        **_inputs(_mapping(triggers.get("workflow_dispatch")).get("inputs")),
        **_inputs(_mapping(triggers.get("workflow_call")).get("inputs")),
    }
    if "jobs" in top:
        jobs = []
        jobs_node = top["jobs"]
        for key, node in jobs_node.value if isinstance(jobs_node, yaml.MappingNode) else []:
            if isinstance(key, yaml.ScalarNode):
                job = _job(str(key.value), node, inputs)
                job.key_line = key.start_mark.line
                jobs.append(job)
        events = _events(top.get("on", top.get("true")))
        return Workflow("workflow", name, jobs, lines, inputs, events)
    runs = _mapping(top.get("runs"))
    if "steps" in runs:
        action_inputs = _inputs(top.get("inputs"))
        job = Job("", 0, len(lines), steps=_steps(runs["steps"]))
        return Workflow("action", name, [job], lines, action_inputs)
    if "runs-on" in top or "steps" in top:
        return Workflow("job", name, [_job("", root)], lines)  # type: ignore[arg-type]
    if _is_job(top):
        # A reusable workflow called on its own (`uses: .../workflows/x.yml@v2` + `with:`)
        return Workflow("job", name, [_job("", root)], lines)  # type: ignore[arg-type]
    if ("uses" in top or "run" in top) and isinstance(root, yaml.MappingNode):
        # A single step shown on its own (`uses: actions/checkout@v4` + `with:`).
        steps = _steps(
            yaml.SequenceNode("tag:yaml.org,2002:seq", [root], root.start_mark, root.end_mark)
        )
        return Workflow("steps", name, [Job("", 0, root.end_mark.line, steps=steps)], lines)
    fragment = [_job(k, v) for k, v in top.items() if _is_job(_mapping(v))]
    if fragment:
        return Workflow("jobs", name, fragment, lines)
    return None
