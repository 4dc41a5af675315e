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
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn, cast

import click
from rich.console import Console

from truthgraph import __version__
from truthgraph.claims.model import claims_json_schema
from truthgraph.claims.pack import ClaimsPack
from truthgraph.config import Config, load_config
from truthgraph.errors import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    ConfigError,
    GroupedError,
    TruthgraphError,
)
from truthgraph.findings import Report, Severity
from truthgraph.interrupts import EXIT_INTERRUPTED, Terminated, install_handlers
from truthgraph.io import write_atomic
from truthgraph.packs import ResolvedPack
from truthgraph.reporters import FORMATS
from truthgraph.textsafe import SafeStream, one_line, terminal_safe

if TYPE_CHECKING:
    from truthgraph.reporters import ReportContext

EXIT_INTERNAL = 3
_WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EPIPE})
EPILOG_CODES = "Exit codes: 0 fine, 1 problems found, 2 usage/config/input error, 3 internal error."
FAIL_ON_CHOICES = ("error", "warning", "info", "never")
PARTIAL = "checked only in part"
"""How the engine starts the reason of a file it read, but only in part."""


class State:
    def __init__(self, claims: str | None, config_path: Path | None) -> None:
        self.config: Config = load_config(explicit=config_path)
        self.claims: str = claims if claims is not None else str(self.config.get("claims"))
        self.claims_base = Path.cwd() if claims is not None else self.config.root
        """`--claims` is relative to the current folder, the config's `claims` to the root."""
        self.verbosity = 0
        self._pack: ClaimsPack | None = None
        self.resolved: ResolvedPack | None = None

    @property
    def claims_dir(self) -> Path:
        """The pack's folder (fetched first when it is a git pack)."""
        self.pack()
        assert self.resolved is not None
        return self.resolved.folder

    def use_claims(self, claims: str) -> None:
        self.claims, self.claims_base, self._pack = claims, Path.cwd(), None

    def pack(self) -> ClaimsPack:
        if self._pack is None:
            from truthgraph.packs import load

            self._pack, self.resolved = load(self.claims, self.claims_base, self.lock_path)
            self.note(1, f"claims pack: {self._pack.origin}")
        return self._pack

    @property
    def lock_path(self) -> Path:
        from truthgraph.packs import LOCK_NAME

        return self.config.root / LOCK_NAME

    def note(self, level: int, message: str) -> None:
        """A line on standard error for `-v` (level 1) or every run not `-q` (level 0)."""
        if self.verbosity >= level:
            click.echo(f"truthgraph: {message}", err=True)


def use_color(stream: Any) -> bool:
    """Colour: NO_COLOR set (non-empty) turns it off, FORCE_COLOR turns it on, else a tty."""
    if os.environ.get("NO_COLOR"):
        return False
    force = os.environ.get("FORCE_COLOR")
    if force is not None and force not in ("", "0", "false"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


def _console(stream: Any = None) -> Console:
    """Rich output: the terminal's width on a terminal; unwrapped when piped or redirected."""
    target = stream or sys.stdout
    tty = hasattr(target, "isatty") and target.isatty()
    return Console(
        # Claims text is printed: no escape sequence in it reaches the terminal.
        file=cast(IO[str], SafeStream(target, keep_color=use_color(target))),
        color_system="auto" if use_color(target) else None,
        force_terminal=use_color(target) or None,
        highlight=False,
        soft_wrap=not tty,
        width=None if tty else 100_000,
    )


def _today(value: str | None) -> dt.date:
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--today {value!r}: expected a date like 2026-04-16") from None


pass_state = click.make_pass_decorator(State)


CLAIMS_HELP = "Claims pack: a folder, git+URL@REF#FOLDER or pack:NAME (overrides the config)."


@click.group(epilog=EPILOG_CODES, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="truthgraph")
@click.option("--claims", default=None, metavar="PACK", help=CLAIMS_HELP)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Config file: .truthgraph.toml, truthgraph.toml or pyproject.toml (default: the"
    " nearest one).",
)
@click.option("-v", "--verbose", count=True, help="Say more: the pack used, skipped paths.")
@click.option("-q", "--quiet", is_flag=True, help="Say only what was found (no notes).")
@click.pass_context
def cli(
    ctx: click.Context, claims: str | None, config_path: Path | None, verbose: int, quiet: bool
) -> None:
    """Keep docs honest: check them against the curated claims in claims/*.yaml."""
    ctx.obj = State(claims, config_path)
    ctx.obj.verbosity = -1 if quiet else verbose


_output_option = click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write to this file (atomically) instead of standard output.",
)


def _claims_option(function: Callable[..., Any]) -> Callable[..., Any]:
    """`--claims`, `-v` and `-q` are accepted after the sub-command too."""

    def remember(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
        state = ctx.find_object(State)
        if value is not None and state is not None:
            state.use_claims(value)

    def louder(ctx: click.Context, _param: click.Parameter, value: int) -> None:
        state = ctx.find_object(State)
        if value and state is not None:
            state.verbosity = max(state.verbosity, 0) + value

    def quieter(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
        state = ctx.find_object(State)
        if value and state is not None:
            state.verbosity = -1

    function = click.option(
        "-q", "--quiet", is_flag=True, expose_value=False, callback=quieter, help="Only findings."
    )(function)
    function = click.option(
        "-v", "--verbose", count=True, expose_value=False, callback=louder, help="Say more."
    )(function)
    return click.option(
        "--claims",
        default=None,
        metavar="PACK",
        expose_value=False,
        callback=remember,
        is_eager=True,
        help=CLAIMS_HELP,
    )(function)


@cli.command(epilog="Example: truthgraph validate --claims claims/ --strict\n\n" + EPILOG_CODES)
@_claims_option
@click.option("--strict", is_flag=True, help="Exit 1 when there are warnings.")
@click.option("--today", default=None, help="Date to measure evidence age from (default: today).")
@click.option("--stale-after", type=int, default=None, help="Evidence age in days that warns.")
@pass_state
def validate(state: State, strict: bool, today: str | None, stale_after: int | None) -> None:
    """Load the claims pack, check every record and cross-reference, compile every rule."""
    from truthgraph.engine import Checker
    from truthgraph.pack_warnings import example_warnings, pack_warnings

    pack = state.pack()
    checker = Checker(pack)
    rules = checker.rules
    limit = stale_after or state.config.get("stale-after-days") or None
    warnings = pack_warnings(pack, rules, _today(today), limit)
    warnings += example_warnings(checker)
    for warning in warnings:
        click.echo(terminal_safe(str(warning)), err=True)
    records = len(pack.claims) + len(pack.non_goals) + len(pack.priorities) + len(pack.evidence)
    from truthgraph.discovery import display_path

    shown = display_path(state.claims_dir)
    click.echo(
        f"{shown}: {len(pack.claims)} claims, {len(pack.non_goals)} non-goals, "
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
@click.option(
    "--patterns", "show_patterns", is_flag=True, help="Also list the rules' raw patterns."
)
@pass_state
def explain(state: State, record_id: str, today: str | None, show_patterns: bool) -> None:
    """Explain a claim, non-goal, priority, evidence or entity: what, why, what it constrains."""
    import difflib

    from truthgraph.engine import Checker
    from truthgraph.examples import claim_examples, prime
    from truthgraph.graph import build_graph
    from truthgraph.present import explain_view

    pack = state.pack()
    if pack.record(record_id) is None:
        known = [*pack.claims, *pack.non_goals, *pack.priorities, *pack.evidence, *pack.entities]
        close = difflib.get_close_matches(record_id, known, n=3, cutoff=0.5)
        hint = f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""
        raise TruthgraphError(f'no record with id "{record_id}"{hint}')
    checker = Checker(pack)
    prime(checker)
    examples = (
        claim_examples(pack, record_id) if record_id in {*pack.claims, *pack.non_goals} else None
    )
    view = explain_view(
        pack, build_graph(pack), checker.rules, record_id, _today(today), examples, show_patterns
    )
    _console().print(view)


@cli.command(
    epilog="Examples: truthgraph boundary flakehub; truthgraph boundary flakehub rfc.md\n\n"
    + EPILOG_CODES
)
@_claims_option
@click.argument("topic")
@click.argument("drafts", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
)
@click.option("--today", default=None, help="Date to measure evidence age from (default: today).")
@pass_state
def boundary(
    state: State, topic: str, drafts: tuple[Path, ...], fmt: str, today: str | None
) -> None:
    """What may and may not be said about TOPIC; with DRAFTS, check them against it only."""
    from truthgraph.boundary import RENDERERS, build_boundary, check_drafts, resolve_topic
    from truthgraph.engine import CheckOptions

    pack = state.pack()
    when = _today(today)
    docs = [p for p in (state.config.root / p for p in state.config.get("paths")) if p.exists()]
    result = build_boundary(pack, resolve_topic(pack, topic), when, docs)
    failed = False
    if drafts:
        missing = [str(p) for p in drafts if not p.exists()]
        if missing:
            raise click.UsageError(f"no such file or folder: {', '.join(missing)}")
        config = state.config
        options = CheckOptions(max_file_bytes=int(config.get("max-file-bytes")), today=when)
        site_url = config.get("site-url") or pack.meta.site_url
        result, report = check_drafts(result, pack, drafts, options, site_url)
        level = config.fail_on
        failed = (level is not None and report.fails(level)) or bool(report.problems)
    click.echo(RENDERERS[fmt](result), nl=False)
    sys.exit(EXIT_FINDINGS if failed else EXIT_OK)


@cli.command(epilog="Example: truthgraph graph --format mermaid > graph.mmd\n\n" + EPILOG_CODES)
@_claims_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "graphml", "dot", "mermaid"]),
    default="json",
    show_default=True,
)
@_output_option
@pass_state
def graph(state: State, fmt: str, output: Path | None) -> None:
    """Export the claim graph: claims, evidence, priorities, exit signals, non-goals, entities."""
    from truthgraph.graph import build_graph, export

    _emit(export(build_graph(state.pack()), fmt), output)


@cli.command(epilog="Example: truthgraph schema > claims.schema.json\n\n" + EPILOG_CODES)
@_output_option
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


def _parse_outputs(
    values: Sequence[str], known: Sequence[str], main: str = ""
) -> list[tuple[str, Path | None]]:
    """`FORMAT=PATH` pairs; with `main`, a plain `PATH` is the `--format` report's file."""
    parsed: list[tuple[str, Path | None]] = []
    for value in values:
        fmt, sep, path = value.partition("=")
        if not sep and main and value:
            fmt, sep, path = main, "=", value
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

  truthgraph check                     (the config's paths, else the whole project)

  truthgraph check docs/ README.md

  truthgraph check --format sarif --output sarif=truthgraph.sarif --output markdown=summary.md

  truthgraph check --baseline .truthgraph-baseline.json --fail-on warning

  cat page.md | truthgraph check - --stdin-filename docs/page.md

"""
    + EPILOG_CODES
)


@cli.command(epilog=CHECK_EPILOG)
@_claims_option
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(FORMATS)),
    default="text",
    show_default=True,
    help="Report format for standard output.",
)
@click.option(
    "--output",
    "-o",
    "outputs",
    multiple=True,
    metavar="[FORMAT=]PATH",
    help="Write the report to PATH instead of standard output; with FORMAT=, also write a"
    " report in FORMAT to PATH (repeatable; PATH - is standard output).",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON_CHOICES),
    default=None,
    help="Lowest severity that fails the run; never: report only (default: the config's,"
    " else error).",
)
@click.option(
    "--exit-zero", is_flag=True, help="Exit 0 even with findings (same as --fail-on never)."
)
@click.option(
    "--baseline",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Report only findings not recorded in this baseline file.",
)
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip matching paths (repeatable).")
@click.option("--no-ignore", is_flag=True, help="Walk folders that .gitignore files ignore, too.")
@click.option(
    "--stdin-filename",
    default=None,
    metavar="PATH",
    help="With PATH -: the name the text read from standard input is reported under.",
)
@click.option(
    "--repo",
    default=None,
    metavar="NAME",
    help="Repository label recorded in JSON and SARIF reports (default: from the git remote).",
)
@click.option(
    "--fix",
    is_flag=True,
    help="First apply mechanical fixes in place (stale values, clean: false), then report.",
)
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
    exit_zero: bool,
    baseline: Path | None,
    exclude: tuple[str, ...],
    no_ignore: bool,
    stdin_filename: str | None,
    repo: str | None,
    fix: bool,
    jobs: int | None,
    no_prefilter: bool,
    today: str | None,
) -> None:
    """Check Markdown docs and GitHub workflows for text that contradicts a claim."""
    from truthgraph.reporters import render

    main_files = [o for o in outputs if "=" not in o]
    if len(main_files) > 1:
        raise click.UsageError(f"--output: one PATH without FORMAT= only, got {main_files}")
    requested = _parse_outputs(outputs, sorted(FORMATS), main=fmt)
    request = CheckRequest(paths, baseline, exclude, not no_ignore, stdin_filename, jobs)
    request.prefilter, request.today = not no_prefilter, today
    report, level, unchecked = _check_report(state, request, fail_on)
    if fix and not unchecked:
        report, level, unchecked = _fix(state, request, fail_on, report)
    if exit_zero:
        level = None

    label = repo if repo is not None else repo_label(state.config.root)

    def context(color: bool) -> ReportContext:
        return _report_context(state, label, color)

    # Files first: a failing write must not leave a half-reported run behind.
    for out_fmt, out_path in requested:
        if out_path is not None:
            write_atomic(out_path, render(out_fmt, report, context(False)))
    if not main_files:  # `-o PATH` sends the --format report to the file instead
        colored = fmt == "text" and use_color(sys.stdout)
        # click strips ANSI codes on a non-terminal unless told: FORCE_COLOR must win.
        click.echo(render(fmt, report, context(colored)), nl=False, color=colored or None)
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    wrote_markdown = any(out_fmt == "markdown" for out_fmt, _ in requested)
    if fmt == "github" and summary and not wrote_markdown:
        # GitHub shows only the first annotations; the step summary carries the full list.
        try:
            with Path(summary).open("a", encoding="utf-8") as stream:
                stream.write(render("markdown", report, context(False)))
        except OSError as exc:
            raise TruthgraphError(
                f"cannot append to GITHUB_STEP_SUMMARY {summary}: {exc}"
            ) from None
    for out_fmt, out_path in requested:
        if out_path is None:
            click.echo(render(out_fmt, report, context(False)), nl=False)
    if report.problems:
        state.note(
            0,
            f"{len(report.problems)} file(s) could not be checked, or only in part (listed above)",
        )
    if unchecked:
        raise TruthgraphError(unchecked)
    sys.exit(EXIT_FINDINGS if level is not None and report.fails(level) else EXIT_OK)


@dataclass
class CheckRequest:
    """What `check` (and `baseline write`) were asked to check."""

    paths: tuple[Path, ...]
    baseline: Path | None = None
    exclude: tuple[str, ...] = ()
    gitignore: bool = True
    stdin_filename: str | None = None
    jobs: int | None = None
    prefilter: bool = True
    today: str | None = None


def _fix(
    state: State, request: CheckRequest, fail_on: str | None, report: Report
) -> tuple[Report, Severity | None, str]:
    """Apply the mechanical fixes of `report`'s findings, then check again."""
    from truthgraph.discovery import report_root
    from truthgraph.fixes import apply_edits

    if any(str(p) == "-" for p in request.paths):
        raise click.UsageError("--fix cannot change standard input; pass the file instead")
    context = _report_context(state, "", False)
    edits = [edit for f in report.findings if (edit := context.edit_for(f)) is not None]
    changed, applied = apply_edits(edits, report_root(state.config.root))
    state.note(0, f"fixed {applied} finding(s) in {len(changed)} file(s)")
    for path in changed:
        state.note(1, f"fixed {path}")
    return _check_report(state, request, fail_on)


def _report_context(state: State, repo: str, color: bool) -> ReportContext:
    from truthgraph.reporters import ReportContext

    pack = state.pack()
    site_url = state.config.get("site-url") or pack.meta.site_url
    assert state.resolved is not None
    return ReportContext.from_pack(
        pack,
        __version__,
        site_url,
        color=color,
        provenance=state.resolved.provenance(pack.meta.name),
        pack_label=pack.origin,
        repo=repo,
    )


def _read_stdin() -> str:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text stream without bytes underneath (tests, embedding)
        return sys.stdin.read()
    data: bytes = stream.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TruthgraphError(
            f"standard input is not UTF-8 (byte {exc.start}); pass UTF-8 text"
        ) from None


def repo_label(root: Path) -> str:
    """`owner/name` from the git remote `origin` of `root` (else the folder's name)."""
    import subprocess

    try:
        done = subprocess.run(
            ["git", "-C", str(root), "remote", "get-url", "origin"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return root.name
    url = done.stdout.strip() if done.returncode == 0 else ""
    if not url:
        return root.name
    tail = url.rstrip("/").removesuffix(".git")
    parts = tail.replace(":", "/").split("/")
    return "/".join(parts[-2:]) if len(parts) >= 2 else tail


def _check_report(
    state: State, request: CheckRequest, fail_on: str | None
) -> tuple[Report, Severity | None, str]:
    """The report, the level that fails, and why nothing (or a given path) was checked."""
    from truthgraph.baseline import apply_baseline, load_baseline
    from truthgraph.discovery import Walk, report_root, root_display
    from truthgraph.engine import Checker, CheckOptions, aggregate

    config = state.config
    options = CheckOptions(
        include=tuple(config.get("include")),
        exclude=(*config.get("exclude"), *request.exclude),
        per_path=dict(config.get("per-path")),
        max_file_bytes=int(config.get("max-file-bytes")),
        jobs=int(request.jobs if request.jobs is not None else config.get("jobs")),
        today=_today(request.today),
        prefilter=request.prefilter,
    )
    if fail_on is not None:
        level = None if fail_on == "never" else Severity.parse(fail_on)
    else:
        level = config.fail_on
    display = root_display(report_root(config.root))
    given = list(request.paths)
    if given:
        origin = "given"
    else:
        given = [config.root / p for p in config.get("paths")]
        origin = f"from {config.section} paths in {config.source}" if config.source else "default"
    stdin = [p for p in given if str(p) == "-"]
    missing = [display(p) for p in given if str(p) != "-" and not p.exists()]
    if missing:
        raise TruthgraphError(
            f"{', '.join(missing)}: no such file or folder ({origin}); pass paths that exist"
            + (f" or fix `paths` in {config.source}" if origin.startswith("from") else "")
        )
    checker = Checker(state.pack(), options)
    walk = Walk(root=config.root, gitignore=request.gitignore)
    if stdin:
        if len(given) > 1:
            raise click.UsageError("- (standard input) cannot be mixed with other paths")
        shown = display(Path(request.stdin_filename)) if request.stdin_filename else "-"
        result = checker.check_text(shown, _read_stdin())
        report = aggregate(checker.pack.digest, [result], [])
    else:
        report = checker.check_paths(given, display, walk)
    report.tool_version = __version__
    for shown, why in walk.skipped:
        state.note(1, f"skipped {shown} ({why})")
    baseline_path = request.baseline or (
        config.root / config.get("baseline") if config.get("baseline") else None
    )
    if baseline_path is not None and (request.baseline is not None or baseline_path.exists()):
        for warning in apply_baseline(report, load_baseline(baseline_path)):
            click.echo(f"truthgraph: warning: {terminal_safe(warning)}", err=True)
    unchecked = ""
    top = {display(p) for p in given if str(p) != "-"}
    # A given file that could not be read at all (not one checked only in part).
    failed = sorted(
        p.path for p in report.problems if p.path in top and not p.reason.startswith(PARTIAL)
    )
    if failed:
        unchecked = f"{', '.join(failed)}: could not be checked ({origin}; see above)"
    elif report.files_checked + report.files_skipped == 0 and not report.problems:
        shown_roots = ", ".join(sorted(top)) or "-"
        if walk.skipped and all(why == "excluded" for _, why in walk.skipped):
            state.note(0, f"every file under {shown_roots} is excluded; nothing to check")
        else:
            unchecked = (
                f"nothing was checked: no Markdown or workflow files under {shown_roots}"
                " (-v lists what was skipped); pass paths or set `paths` in the config"
            )
    return report, level, unchecked


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

    report, _, unchecked = _check_report(state, CheckRequest(paths, exclude=exclude), None)
    if unchecked:
        raise TruthgraphError(unchecked)
    write_baseline(report, target, tool_version=__version__)
    recorded = sum(1 for f in report.findings if f.claim is not None)
    click.echo(f"{target}: recorded {recorded} finding(s)")


MERGE_EPILOG = (
    """Examples:

  truthgraph merge a/truthgraph.json b/truthgraph.json -o org.json

  truthgraph merge --label web=a.json --label api=b.json --format markdown a.json b.json

  truthgraph merge --format sarif -o org.sarif reports/*.json

"""
    + EPILOG_CODES
)


@cli.command(epilog=MERGE_EPILOG)
@click.argument("reports", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--label",
    "labels",
    multiple=True,
    metavar="NAME=REPORT",
    help="Repository label of REPORT (default: the report's repo field, else its file name).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "text", "markdown", "sarif"]),
    default="json",
    show_default=True,
    help="Format of the merged report (sarif: one run per repository).",
)
@_output_option
@click.option("--fail-on", type=click.Choice(FAIL_ON_CHOICES), default="error", show_default=True)
def merge(
    reports: tuple[Path, ...],
    labels: tuple[str, ...],
    fmt: str,
    output: Path | None,
    fail_on: str,
) -> None:
    """Combine JSON reports from many repositories into one, keeping who is who."""
    from truthgraph.merge import load_report, merge_reports, render_merged

    names = {str(p) for p in reports}
    given: dict[str, str] = {}
    for value in labels:
        label, sep, report = value.partition("=")
        if not sep or not label or not report:
            raise click.UsageError(f"--label {value!r}: expected NAME=REPORT, e.g. web=web.json")
        if report not in names:
            raise click.UsageError(f"--label {value!r}: {report} is not one of the REPORTS given")
        given[report] = label
    documents = [(str(p), load_report(p)) for p in reports]
    merged = merge_reports(documents, given)
    _emit(render_merged(merged, fmt), output)
    if fail_on == "never":
        sys.exit(EXIT_OK)
    worst = max((Severity.parse(f["severity"]) for f in merged.get("findings", [])), default=None)
    sys.exit(EXIT_FINDINGS if worst is not None and worst >= Severity.parse(fail_on) else EXIT_OK)


PACK_EPILOG = (
    """Examples:

  truthgraph pack sync      (fetch the config's git pack at its ref; write truthgraph.lock)

  truthgraph pack show

"""
    + EPILOG_CODES
)


@cli.group(epilog=PACK_EPILOG)
def pack() -> None:
    """The claims pack as a dependency: fetch a git pack and pin it in truthgraph.lock."""


@pack.command("sync", epilog=PACK_EPILOG)
@_claims_option
@pass_state
def pack_sync(state: State) -> None:
    """Fetch the pack at its ref and record its commit and digest in truthgraph.lock."""
    from truthgraph.claims.pack import load_pack
    from truthgraph.packs import sync

    resolved, changed = sync(state.claims, state.claims_base, state.lock_path)
    loaded = load_pack(resolved.folder)  # a pack that does not load is not locked silently
    where = state.lock_path.name if resolved.source.kind == "git" else "no lock needed"
    verb = "locked" if changed else "unchanged"
    if resolved.source.kind != "git":
        verb = "resolved"
    click.echo(f"{resolved.describe(loaded.meta.name)}: {verb} ({where})")


@pack.command("show", epilog=PACK_EPILOG)
@_claims_option
@pass_state
def pack_show(state: State) -> None:
    """Say which pack is used: its source, version, commit, digest and folder."""
    loaded = state.pack()
    assert state.resolved is not None
    click.echo(loaded.origin)
    click.echo(f"folder: {state.resolved.folder}")


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
        # One style for every error: click's own (usage) errors read like ours.
        hint = ""
        if isinstance(exc, click.UsageError) and exc.ctx is not None:
            hint = f" (see: {exc.ctx.command_path} --help)"
        _fail(exc.format_message() + hint, EXIT_INPUT)
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
