"""The command line: arguments, exit codes and which reporter — no matching, no formatting.

Exit codes: 0 fine; 1 problems found (findings at or above --fail-on, or
validation warnings with --strict); 2 usage, configuration or input error;
3 internal error (a bug: please report it).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any, NoReturn, cast

import click
from rich.console import Console

from truthgraph import __version__
from truthgraph.claims.model import claims_json_schema
from truthgraph.claims.pack import ClaimsPack, load_pack
from truthgraph.config import Config, load_config
from truthgraph.errors import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    ConfigError,
    GroupedError,
    TruthgraphError,
)
from truthgraph.findings import Severity
from truthgraph.interrupts import EXIT_INTERRUPTED, Terminated, install_handlers
from truthgraph.io import write_atomic
from truthgraph.textsafe import SafeStream, one_line, terminal_safe

EXIT_INTERNAL = 3
_WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EPIPE})
EPILOG_CODES = "Exit codes: 0 fine, 1 problems found, 2 usage/config/input error, 3 internal error."


class State:
    def __init__(self, claims: Path | None, config_path: Path | None) -> None:
        self.config: Config = load_config(explicit=config_path)
        self.claims_dir = claims if claims is not None else self.config.path("claims")
        self._pack: ClaimsPack | None = None

    def pack(self) -> ClaimsPack:
        if self._pack is None:
            self._pack = load_pack(self.claims_dir)
        return self._pack


def _console(stream: Any = None) -> Console:
    target = stream or sys.stdout
    tty = hasattr(target, "isatty") and target.isatty()
    return Console(
        # Claims text is printed: no escape sequence in it reaches the terminal.
        file=cast(IO[str], SafeStream(target, keep_color=tty)),
        color_system="auto" if tty else None,
        highlight=False,
        soft_wrap=not tty,
        width=None if tty else 120,
    )


def _today(value: str | None) -> dt.date:
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--today {value!r}: expected a date like 2026-04-16") from None


pass_state = click.make_pass_decorator(State)


@click.group(epilog=EPILOG_CODES, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="truthgraph")
@click.option(
    "--claims",
    type=click.Path(path_type=Path),
    default=None,
    help="Claims folder (default: [tool.truthgraph] claims, else claims/).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="pyproject.toml to read [tool.truthgraph] from (default: nearest one).",
)
@click.pass_context
def cli(ctx: click.Context, claims: Path | None, config_path: Path | None) -> None:
    """Keep docs honest: check them against the curated claims in claims/*.yaml."""
    ctx.obj = State(claims, config_path)


def _claims_option(function: Callable[..., Any]) -> Callable[..., Any]:
    """`--claims` is accepted after the sub-command too (`truthgraph check --claims DIR`)."""

    def remember(ctx: click.Context, _param: click.Parameter, value: Path | None) -> None:
        if value is not None:
            state = ctx.find_object(State)
            if state is not None:
                state.claims_dir = value
                state._pack = None

    return click.option(
        "--claims",
        type=click.Path(path_type=Path),
        default=None,
        expose_value=False,
        callback=remember,
        is_eager=True,
        help="Claims folder (overrides the config).",
    )(function)


@cli.command(epilog="Example: truthgraph validate --claims claims/ --strict\n\n" + EPILOG_CODES)
@_claims_option
@click.option("--strict", is_flag=True, help="Exit 1 when there are warnings.")
@click.option("--today", default=None, help="Date to measure evidence age from (default: today).")
@click.option("--stale-after", type=int, default=None, help="Evidence age in days that warns.")
@pass_state
def validate(state: State, strict: bool, today: str | None, stale_after: int | None) -> None:
    """Load the claims pack, check every record and cross-reference, compile every rule."""
    from truthgraph.claims.validate import pack_warnings
    from truthgraph.rules import compile_rules

    pack = state.pack()
    rules = compile_rules(pack)
    limit = stale_after or state.config.get("stale-after-days") or None
    warnings = pack_warnings(pack, rules, _today(today), limit)
    for warning in warnings:
        click.echo(terminal_safe(str(warning)), err=True)
    records = len(pack.claims) + len(pack.non_goals) + len(pack.priorities) + len(pack.evidence)
    click.echo(
        f"{state.claims_dir}: {len(pack.claims)} claims, {len(pack.non_goals)} non-goals, "
        f"{len(pack.priorities)} priorities, {len(pack.exit_signals)} exit signals, "
        f"{len(pack.evidence)} evidence, {len(pack.entities)} entities, {len(rules)} rules "
        f"({records} records) — valid, {len(warnings)} warning(s)"
    )
    if strict and warnings:
        sys.exit(EXIT_FINDINGS)


@cli.command(epilog="Example: truthgraph status --format json\n\n" + EPILOG_CODES)
@_claims_option
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option("--today", default=None, help="Date to measure ages from (default: today).")
@pass_state
def status(state: State, fmt: str, today: str | None) -> None:
    """Show the sprint state: priorities, exit-signal progress, stale evidence, retired claims."""
    from truthgraph.present import status_data, status_view

    pack = state.pack()
    when = _today(today)
    if fmt == "json":
        click.echo(json.dumps(status_data(pack, when), indent=2, ensure_ascii=False))
        return
    _console().print(status_view(pack, when))


@cli.command(epilog="Example: truthgraph explain nix-bootstrap-workflow-owned\n\n" + EPILOG_CODES)
@_claims_option
@click.argument("record_id", metavar="ID")
@click.option("--today", default=None, help="Date to measure evidence age from (default: today).")
@pass_state
def explain(state: State, record_id: str, today: str | None) -> None:
    """Explain a claim, non-goal, priority, evidence or entity: what, why, what it constrains."""
    import difflib

    from truthgraph.graph import build_graph
    from truthgraph.present import explain_view
    from truthgraph.rules import compile_rules

    pack = state.pack()
    if pack.record(record_id) is None:
        known = [*pack.claims, *pack.non_goals, *pack.priorities, *pack.evidence, *pack.entities]
        close = difflib.get_close_matches(record_id, known, n=3, cutoff=0.5)
        hint = f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""
        raise TruthgraphError(f'no record with id "{record_id}"{hint}')
    _console().print(
        explain_view(pack, build_graph(pack), compile_rules(pack), record_id, _today(today))
    )


@cli.command(epilog="Example: truthgraph graph --format mermaid > graph.mmd\n\n" + EPILOG_CODES)
@_claims_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "graphml", "dot", "mermaid"]),
    default="json",
    show_default=True,
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write to this file (atomically) instead of standard output.",
)
@pass_state
def graph(state: State, fmt: str, output: Path | None) -> None:
    """Export the claim graph: claims, evidence, priorities, exit signals, non-goals, entities."""
    from truthgraph.graph import build_graph, export

    _emit(export(build_graph(state.pack()), fmt), output)


@cli.command(epilog="Example: truthgraph schema > claims.schema.json\n\n" + EPILOG_CODES)
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), default=None)
def schema(output: Path | None) -> None:
    """Print the JSON Schema of a claims file (for editors: yaml-language-server)."""
    _emit(json.dumps(claims_json_schema(), indent=2, ensure_ascii=False) + "\n", output)


@cli.command(epilog="Example: truthgraph rules\n\n" + EPILOG_CODES)
def rules() -> None:
    """List the rule codes and names (use them in suppressions and per-path settings)."""
    from truthgraph.rules import RULE_CODES

    for rule in RULE_CODES:
        click.echo(f"{rule.code}  {rule.name:<34} {rule.kind:<10} {rule.summary}")


def _emit(text: str, output: Path | None) -> None:
    if output is None or str(output) == "-":
        click.echo(text, nl=False)
    else:
        write_atomic(output, text)


def _parse_outputs(values: Sequence[str], known: Sequence[str]) -> list[tuple[str, Path | None]]:
    parsed: list[tuple[str, Path | None]] = []
    for value in values:
        fmt, sep, path = value.partition("=")
        if not sep or not path:
            raise click.UsageError(
                f"--output {value!r}: expected FORMAT=PATH, e.g. sarif=truthgraph.sarif"
            )
        if fmt not in known:
            raise click.UsageError(
                f'--output {value!r}: unknown format "{fmt}" (choose from: {", ".join(known)})'
            )
        parsed.append((fmt, None if path == "-" else Path(path)))
    return parsed


CHECK_EPILOG = (
    """Examples:

  truthgraph check docs/

  truthgraph check --format sarif --output sarif=truthgraph.sarif --output markdown=summary.md

  truthgraph check --baseline .truthgraph-baseline.json --fail-on warning

"""
    + EPILOG_CODES
)


@cli.command(epilog=CHECK_EPILOG)
@_claims_option
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", default="text", show_default=True, help="Report format for standard output."
)
@click.option(
    "--output",
    "outputs",
    multiple=True,
    metavar="FORMAT=PATH",
    help="Also write a report in FORMAT to PATH (repeatable; PATH - is standard output).",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default=None,
    help="Lowest severity that fails the run (default: error, or the config).",
)
@click.option(
    "--baseline",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Report only findings not recorded in this baseline file.",
)
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip matching paths (repeatable).")
@click.option("--jobs", "-j", type=int, default=None, help="Worker processes (0: one per core).")
@click.option("--no-prefilter", is_flag=True, help="Parse every file (slower; same findings).")
@click.option("--today", default=None, help="Date for suppression expiry (default: today).")
@pass_state
def check(
    state: State,
    paths: tuple[Path, ...],
    fmt: str,
    outputs: tuple[str, ...],
    fail_on: str | None,
    baseline: Path | None,
    exclude: tuple[str, ...],
    jobs: int | None,
    no_prefilter: bool,
    today: str | None,
) -> None:
    """Check Markdown docs and GitHub workflows for text that contradicts a claim."""
    from truthgraph.reporters import FORMATS, ReportContext, render

    known = sorted(FORMATS)
    if fmt not in FORMATS:
        raise click.UsageError(
            f'--format: unknown format "{fmt}" (choose from: {", ".join(known)})'
        )
    requested = _parse_outputs(outputs, known)
    report, level = _check_report(
        state, paths, fail_on, baseline, exclude, jobs, no_prefilter, today
    )
    site_url = state.config.get("site-url") or state.pack().meta.site_url
    # Files first: a failing write must not leave a half-reported run behind.
    for out_fmt, out_path in requested:
        if out_path is not None:
            context = ReportContext.from_pack(state.pack(), __version__, site_url, color=False)
            write_atomic(out_path, render(out_fmt, report, context))
    color = sys.stdout.isatty()
    context = ReportContext.from_pack(state.pack(), __version__, site_url, color=color)
    click.echo(render(fmt, report, context), nl=False)
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    wrote_markdown = any(out_fmt == "markdown" for out_fmt, _ in requested)
    if fmt == "github" and summary and not wrote_markdown:
        # GitHub shows only the first annotations; the step summary carries the full list.
        plain = ReportContext.from_pack(state.pack(), __version__, site_url, color=False)
        try:
            with Path(summary).open("a", encoding="utf-8") as stream:
                stream.write(render("markdown", report, plain))
        except OSError as exc:
            raise TruthgraphError(
                f"cannot append to GITHUB_STEP_SUMMARY {summary}: {exc}"
            ) from None
    for out_fmt, out_path in requested:
        if out_path is None:
            context = ReportContext.from_pack(state.pack(), __version__, site_url, color=False)
            click.echo(render(out_fmt, report, context), nl=False)
    if report.problems:
        click.echo(
            f"truthgraph: {len(report.problems)} file(s) could not be checked, or only in part "
            "(listed above)",
            err=True,
        )
    sys.exit(EXIT_FINDINGS if report.fails(level) else EXIT_OK)


def _check_report(
    state: State,
    paths: tuple[Path, ...],
    fail_on: str | None,
    baseline: Path | None,
    exclude: tuple[str, ...],
    jobs: int | None,
    no_prefilter: bool,
    today: str | None,
) -> Any:
    from truthgraph.baseline import apply_baseline, load_baseline
    from truthgraph.engine import Checker, CheckOptions

    config = state.config
    options = CheckOptions(
        include=tuple(config.get("include")),
        exclude=(*config.get("exclude"), *exclude),
        per_path=dict(config.get("per-path")),
        max_file_bytes=int(config.get("max-file-bytes")),
        jobs=int(jobs if jobs is not None else config.get("jobs")),
        today=_today(today),
        prefilter=not no_prefilter,
    )
    level = Severity.parse(fail_on) if fail_on else config.fail_on
    roots = [Path(p) for p in paths] or [config.root / p for p in config.get("paths")]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise click.UsageError(f"no such file or folder: {', '.join(missing)}")
    checker = Checker(state.pack(), options)
    report = checker.check_paths(roots)
    report.tool_version = __version__
    baseline_path = baseline or (
        config.root / config.get("baseline") if config.get("baseline") else None
    )
    if baseline_path is not None and (baseline is not None or baseline_path.exists()):
        for warning in apply_baseline(report, load_baseline(baseline_path)):
            click.echo(f"truthgraph: warning: {terminal_safe(warning)}", err=True)
    if report.files_checked + report.files_skipped == 0 and not report.problems:
        click.echo(
            "truthgraph: warning: no Markdown or workflow files found under "
            + ", ".join(str(r) for r in roots),
            err=True,
        )
    return report, level


@cli.group()
def baseline() -> None:
    """Record current findings so that only new ones are reported (adopting it on old docs)."""


@baseline.command(
    "write",
    epilog="Example: truthgraph baseline write --baseline .truthgraph-baseline.json docs/\n\n"
    + EPILOG_CODES,
)
@_claims_option
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--baseline",
    "target",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="Baseline file to write (atomically).",
)
@click.option("--exclude", multiple=True, metavar="GLOB")
@pass_state
def baseline_write(
    state: State, paths: tuple[Path, ...], target: Path, exclude: tuple[str, ...]
) -> None:
    """Write every current finding of PATHS to a baseline file."""
    from truthgraph.baseline import write_baseline

    report, _ = _check_report(state, paths, None, None, exclude, None, False, None)
    write_baseline(report, target, tool_version=__version__)
    recorded = sum(1 for f in report.findings if f.claim is not None)
    click.echo(f"{target}: recorded {recorded} finding(s)")


@cli.command(
    epilog="Example: truthgraph merge repo-a.json repo-b.json -o org.json\n\n" + EPILOG_CODES
)
@click.argument("reports", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), default=None)
@click.option(
    "--fail-on", type=click.Choice(["error", "warning", "info"]), default="error", show_default=True
)
def merge(reports: tuple[Path, ...], output: Path | None, fail_on: str) -> None:
    """Combine JSON reports from many repositories into one JSON report."""
    from truthgraph.merge import load_report, merge_reports

    documents = [(str(p), load_report(p)) for p in reports]
    merged = merge_reports(documents)
    _emit(json.dumps(merged, indent=2, ensure_ascii=False) + "\n", output)
    worst = max((Severity.parse(f["severity"]) for f in merged.get("findings", [])), default=None)
    sys.exit(EXIT_FINDINGS if worst is not None and worst >= Severity.parse(fail_on) else EXIT_OK)


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"truthgraph: error: {one_line(message)}", err=True)
    sys.exit(code)


def _silence_stdout() -> None:
    """Point standard output at /dev/null so that the flush at exit cannot fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass


def _quiet_exit(message: str, code: int) -> NoReturn:
    """A signal ended the run: one line, nothing more, even if standard error is gone."""
    with contextlib.suppress(OSError, ValueError):
        click.echo(f"truthgraph: {message}", err=True)
    _silence_stdout()
    sys.exit(code)


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Entry point: run the CLI and turn every known error into one line and exit code 2."""
    install_handlers()
    try:
        cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="truthgraph",
            standalone_mode=False,
        )
    except GroupedError as exc:
        for error in exc.errors:
            click.echo(f"truthgraph: error: {one_line(str(error))}", err=True)
        sys.exit(EXIT_INPUT)
    except TruthgraphError as exc:
        _fail(str(exc), EXIT_INPUT)
    except click.exceptions.Abort:  # click's name for Ctrl-C (KeyboardInterrupt)
        _quiet_exit("interrupted", EXIT_INTERRUPTED)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_INPUT)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _quiet_exit("interrupted", EXIT_INTERRUPTED)
    except Terminated as exc:
        _quiet_exit(str(exc), exc.exit_code)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_OK)
    except OSError as exc:
        if exc.filename is None and exc.errno in _WRITE_ERRORS:
            # Standard output itself failed: `check > /dev/full`.
            _silence_stdout()
            _fail(f"cannot write output: {exc.strerror or exc}", EXIT_INPUT)
        where = f"{exc.filename}: " if exc.filename else ""
        _fail(f"{where}{exc.strerror or exc}", EXIT_INPUT)  # the environment, not a bug
    except (
        Exception
    ) as exc:  # a bug, not bad input: say so in one line, keep the exit code distinct
        _fail(f"internal error: {type(exc).__name__}: {exc} (please report this)", EXIT_INTERNAL)
    sys.exit(EXIT_OK)
