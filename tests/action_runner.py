"""A small local runner for composite actions: the steps of action.yml run exactly as written.

It does what a GitHub runner does for a composite action, for the parts this repository's
action uses: `${{ }}` expressions (inputs, github, runner, steps outputs, always/success),
`if:`, `env:`, `working-directory:`, `continue-on-error:`, bash `run:` steps with the
GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV files, and action `outputs:`. Steps that
`uses:` another action are handed to a stand-in (a callable per action name) that gets
the step's evaluated `with:`; it returns True for success.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

StandIn = Callable[[dict[str, str], dict[str, str]], bool]
"""(evaluated `with:`, environment) -> success."""

_EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
_TOKEN = re.compile(
    r"\s*(?:(?P<string>'(?:[^']|'')*')|(?P<op>&&|\|\||==|!=|!|\(|\))"
    r"|(?P<call>[a-z]+\(\))|(?P<name>[A-Za-z_][\w.-]*))"
)


@dataclass
class StepResult:
    name: str
    outcome: str
    """success, failure or skipped (before continue-on-error)."""
    stdout: str = ""
    stderr: str = ""


@dataclass
class ActionRun:
    steps: list[StepResult] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)
    summary: str = ""

    @property
    def success(self) -> bool:
        return self.failed_step is None

    @property
    def failed_step(self) -> str | None:
        return next((s.name for s in self.steps if s.outcome == "failure"), None)


def evaluate(expression: str, context: Mapping[str, Any], failed: bool) -> Any:
    """A GitHub expression of the forms the action uses, evaluated."""
    python: list[str] = []
    position = 0
    while position < len(expression):
        match = _TOKEN.match(expression, position)
        if match is None or match.end() == position:
            raise ValueError(f"cannot read expression {expression!r} at {position}")
        position = match.end()
        if match.group("string") is not None:
            python.append(repr(match.group("string")[1:-1].replace("''", "'")))
        elif (op := match.group("op")) is not None:
            python.append({"&&": " and ", "||": " or ", "!": " not "}.get(op, op))
        elif (call := match.group("call")) is not None:
            values = {"always()": True, "success()": not failed, "failure()": failed}
            python.append(repr(values[call]))
        else:
            value: Any = context
            for part in match.group("name").split("."):
                value = value.get(part, "") if isinstance(value, Mapping) else ""
            python.append(repr(value))
    return eval("".join(python), {"__builtins__": {}})


def substitute(text: str, context: Mapping[str, Any], failed: bool = False) -> str:
    return _EXPRESSION.sub(lambda m: str(evaluate(m.group(1), context, failed)), text)


def _condition(text: Any, context: Mapping[str, Any], failed: bool) -> bool:
    if text is None:
        return not failed
    source = str(text).strip()
    inner = _EXPRESSION.fullmatch(source)
    expression = inner.group(1) if inner else source
    uses_status = re.search(r"\b(always|success|failure|cancelled)\(\)", expression)
    if not uses_status:
        expression = f"success() && ({expression})"
    return bool(evaluate(expression, context, failed))


def _read_pairs(path: Path) -> dict[str, str]:
    pairs: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    iterator = iter(lines)
    for line in iterator:
        if "<<" in line and "=" not in line.split("<<", 1)[0]:
            name, delimiter = line.split("<<", 1)
            body = []
            for inner in iterator:
                if inner == delimiter:
                    break
                body.append(inner)
            pairs[name] = "\n".join(body)
        elif "=" in line:
            name, value = line.split("=", 1)
            pairs[name] = value
    return pairs


def run_action(
    action_dir: Path,
    inputs: Mapping[str, str],
    workspace: Path,
    runner_temp: Path,
    stand_ins: Mapping[str, StandIn],
    env: Mapping[str, str] | None = None,
    action_ref: str = "",
) -> ActionRun:
    """Run the composite action in `action_dir` with `inputs`, in `workspace`."""
    spec = yaml.safe_load((action_dir / "action.yml").read_text(encoding="utf-8"))
    declared = spec.get("inputs", {})
    unknown = set(inputs) - set(declared)
    if unknown:
        raise ValueError(f"unknown inputs {sorted(unknown)}")
    values = {
        name: str(inputs.get(name, item.get("default", ""))) for name, item in declared.items()
    }
    runner_temp.mkdir(parents=True, exist_ok=True)
    files = {
        name: runner_temp / f"{name.lower()}.txt"
        for name in ("GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY", "GITHUB_ENV", "GITHUB_PATH")
    }
    base_env = dict(env if env is not None else os.environ)
    base_env |= {
        "GITHUB_ACTIONS": "true",
        "GITHUB_WORKSPACE": str(workspace),
        "GITHUB_ACTION_PATH": str(action_dir),
        "RUNNER_TEMP": str(runner_temp),
        "RUNNER_OS": "Linux",
        "CI": "true",
    }
    context: dict[str, Any] = {
        "inputs": values,
        "github": {
            "action_path": str(action_dir),
            "action_ref": action_ref,
            "workspace": str(workspace),
        },
        "runner": {"os": "Linux", "temp": str(runner_temp)},
        "steps": {},
        "env": base_env,
    }
    result = ActionRun()
    failed = False
    for number, step in enumerate(spec["runs"]["steps"]):
        name = str(step.get("name") or step.get("id") or f"step {number}")
        if not _condition(step.get("if"), context, failed):
            result.steps.append(StepResult(name, "skipped"))
            continue
        step_env = dict(base_env)
        step_env |= _read_pairs(files["GITHUB_ENV"])
        extra_path = (
            files["GITHUB_PATH"].read_text("utf-8").splitlines()
            if files["GITHUB_PATH"].exists()
            else []
        )
        if extra_path:
            step_env["PATH"] = os.pathsep.join([*reversed(extra_path), step_env.get("PATH", "")])
        for key, value in (step.get("env") or {}).items():
            step_env[key] = substitute(str(value), context, failed)
        files["GITHUB_OUTPUT"].write_text("", encoding="utf-8")
        step_env |= {key: str(path) for key, path in files.items()}
        if "run" in step:
            assert step.get("shell") == "bash", f"{name}: only bash steps are simulated"
            script = substitute(step["run"], context, failed)
            cwd = workspace / substitute(str(step.get("working-directory", ".")), context, failed)
            done = subprocess.run(
                ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
                cwd=cwd,
                env=step_env,
                capture_output=True,
                text=True,
                check=False,
            )
            ok = done.returncode == 0
            record = StepResult(name, "success" if ok else "failure", done.stdout, done.stderr)
        else:
            uses = str(step["uses"])
            action = uses.split("@", 1)[0]
            with_values = {
                key: substitute(str(value), context, failed)
                for key, value in (step.get("with") or {}).items()
            }
            ok = stand_ins[action](with_values, step_env)
            record = StepResult(name, "success" if ok else "failure")
        if "id" in step:
            context["steps"][step["id"]] = {
                "outputs": _read_pairs(files["GITHUB_OUTPUT"]),
                "outcome": record.outcome,
            }
        continue_on_error = str(step.get("continue-on-error", "false")).lower() == "true"
        if record.outcome == "failure" and continue_on_error:
            record.outcome = "success"  # the step's conclusion; the job goes on as if it passed
        failed = failed or record.outcome == "failure"
        result.steps.append(record)
    for key, item in (spec.get("outputs") or {}).items():
        result.outputs[key] = substitute(str(item.get("value", "")), context, failed)
    if files["GITHUB_STEP_SUMMARY"].exists():
        result.summary = files["GITHUB_STEP_SUMMARY"].read_text(encoding="utf-8")
    return result
