"""The mkdocs adapter: declared options, and build events that call truthgraph.site.pages.

Use it as a plugin (`plugins: [search, truthgraph]`) or through the thin hooks in
`site_hooks/`. The check runs once per build, over the files on disk (so line numbers are
those of the sources): it starts in `on_files`, in worker processes while mkdocs renders,
and each page waits only for the results it shows. Status pages are virtual files of the
build; nothing is written to the docs folder.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from truthgraph.config import Config, load_config
from truthgraph.engine import CheckOptions
from truthgraph.errors import TruthgraphError
from truthgraph.claims.pack import ClaimsPack
from truthgraph.examples import candidates as example_candidates
from truthgraph.examples import missing as missing_verdicts
from truthgraph.examples import prime as prime_examples
from truthgraph.findings import Finding, Report, Severity
from truthgraph.graph import build_graph
from truthgraph.packs import LOCK_NAME
from truthgraph.packs import resolve as resolve_pack
from truthgraph.site.cache import CheckCache, CheckRun
from truthgraph.site.history import TrendPoint
from truthgraph.textsafe import one_line
from truthgraph.site.pages import (
    SiteInput,
    annotate_html,
    annotation,
    build_pages,
    page_heads,
    without_front_matter,
)

log = logging.getLogger("mkdocs.plugins.truthgraph")

FAIL_LEVELS = ("error", "warning", "info", "never")
STYLESHEET = "assets/truthgraph.css"
SCRIPT = "assets/truthgraph.js"
TREND_WAIT = 15.0  # seconds to wait for the git history at most


# mkdocs declares __init_subclass__ without annotations; nothing to check in these two lines.
class TruthgraphConfig(base.Config):  # type: ignore[no-untyped-call]
    """Options of the plugin (`plugins: [{truthgraph: {...}}]`); see OPTION_HELP."""

    enabled = c.Type(bool, default=True)
    claims = c.Type(str, default="")
    paths = c.ListOfItems(c.Type(str), default=[])
    annotate = c.Type(bool, default=True)
    fail_on = c.Optional(c.Choice(FAIL_LEVELS))
    prefix = c.Type(str, default="truthgraph")
    nav_title = c.Type(str, default="Sprint status")
    today = c.Optional(c.Type(str))
    boundary_topics = c.ListOfItems(c.Type(str), default=["flakehub"])
    jobs = c.Optional(c.Type(int))


OPTION_HELP: dict[str, str] = {
    "enabled": "Run at all. `enabled: !ENV [TRUTHGRAPH_ENABLED, true]` lets CI switch it; the"
    " environment variable `TRUTHGRAPH_ENABLED=false` also turns off the hooks.",
    "claims": "Claims pack: a folder or file relative to mkdocs.yml, `git+URL@REF#FOLDER` or"
    " `pack:NAME`. Empty: the config's `claims` (truthgraph.toml or [tool.truthgraph]), else"
    " `claims`.",
    "paths": "Files and folders to check, relative to mkdocs.yml. Empty: the docs folder.",
    "annotate": "Put a warning admonition listing its findings on each contradicting page.",
    "fail_on": "Lowest severity that fails the build: set, the plugin aborts the build itself"
    " (naming each page:line) whatever the log level (`-q`, `-v`); empty, it does so only in"
    " strict mode, at `[tool.truthgraph] fail-on` (error). Lower severities are logged as info."
    " `never`: never fail, all info.",
    "prefix": "Folder of the generated pages in the site.",
    "nav_title": "Title of the section put first in an explicit `nav` (empty: add none).",
    "today": "Date (YYYY-MM-DD) to measure evidence age from; empty: the build date.",
    "boundary_topics": "Topics with a boundary page, first; every topic with a non-goal gets"
    " one too (A-Z), the other topics are rows of the boundaries index.",
    "jobs": "Worker processes that check the docs while mkdocs renders. Empty: one per spare"
    " core (at most 4), none for small sites or under `serve`; 0: check in the build process.",
}


@dataclass
class BuildState:
    """One build: created in on_config with the check started, finished on first need."""

    root: Path
    settings: Config
    pack: ClaimsPack
    options: CheckOptions
    paths: list[Path]
    fail_on: Severity | None
    """Lowest severity logged as a warning."""
    gate: Severity | None
    """Lowest severity that aborts the build (None: the build never fails on findings)."""
    today: dt.date
    prefix: str
    run: CheckRun | None = None
    draft: SiteInput | None = None
    """The pages' input before the check is done (no findings yet): titles, links, annotations."""
    generated: set[str] = field(default_factory=set)
    shown: dict[str, str] = field(default_factory=dict)
    """Docs page source path -> its path as findings show it."""
    urls: dict[str, str] = field(default_factory=dict)
    """Docs page source path -> its URL relative to the site root."""
    pages: dict[str, str] | None = None
    """The generated pages, once every file is checked."""
    report: Report | None = None
    trend: Future[list[TrendPoint]] | None = None


class TruthgraphPlugin(BasePlugin[TruthgraphConfig]):  # type: ignore[no-untyped-call]
    """Status pages from the claims, and the docs checked against them, in an mkdocs build."""

    def __init__(self) -> None:
        self.cache = CheckCache()
        self.state: BuildState | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defined so mkdocs keeps this instance (and its cache) across `serve` rebuilds."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._close()
        self.state = None
        options = self.config
        if not enabled(options.enabled):
            return config
        root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        try:
            settings = load_config(start=root)
            fail_on = _fail_level(options.fail_on or str(settings.get("fail-on")))
            # An explicit fail_on is a gate of its own; otherwise strict mode gates at fail-on.
            gate = fail_on if options.fail_on or config.strict else None
            today = _parse_today(options.today)
            prefix = _check_prefix(options.prefix)
            spec, base = (
                (options.claims, root) if options.claims else (settings.get("claims"), settings.root)
            )
            resolved = resolve_pack(str(spec), base, settings.root / LOCK_NAME)
            claims = resolved.folder
            if not claims.exists():
                raise TruthgraphError(
                    f"claims pack {claims} not found; set the plugin's `claims:` option"
                    " (a folder, git+URL@REF#FOLDER or pack:NAME) or `claims` in the config"
                )
            pack = self.cache.load_pack(claims)
            pack.digest, pack.origin = resolved.digest, resolved.describe(pack.meta.name)
            check_options = CheckOptions(
                include=tuple(settings.get("include")),
                exclude=tuple(settings.get("exclude")),
                per_path=dict(settings.get("per-path")),
                max_file_bytes=int(settings.get("max-file-bytes")),
                today=today,
            )
            if not self.cache.has_workers_for(options.jobs):
                self.cache.get_checker(pack, check_options)  # bad rules fail here, clearly
        except TruthgraphError as exc:
            raise PluginError(f"truthgraph: {exc}") from exc
        paths = [root / p for p in options.paths] or [Path(config.docs_dir)]
        display_root = settings.root if settings.source else root
        self.state = BuildState(
            display_root, settings, pack, check_options, paths, fail_on, gate, today, prefix
        )
        stylesheet = f"{prefix}/{STYLESHEET}"
        if stylesheet not in config.extra_css:
            config.extra_css.append(stylesheet)
        script = f"{prefix}/{SCRIPT}"
        if script not in [str(s) for s in config.extra_javascript]:
            config.extra_javascript.append(script)
        # The check starts here, before mkdocs even lists the files: worker processes compile
        # the rules and check the docs while mkdocs reads and renders them; results are
        # needed only once every page is read (on_env). Forked before any thread starts.
        try:
            wanted = missing_verdicts(pack, example_candidates(pack, paths))
            self.state.run = self.cache.start(
                pack, check_options, paths, self._display, (), options.jobs, wanted
            )
        except TruthgraphError as exc:
            raise PluginError(f"truthgraph: {exc}") from exc
        # The git history behind the trend is read meanwhile too (git runs in subprocesses,
        # so this thread mostly waits); cached per HEAD for `serve`.
        self.state.trend = self.cache.start_trend(claims)
        if claims.exists() and str(claims) not in config.watch:
            config.watch.append(str(claims))
        if config.nav is not None and options.nav_title:
            config.nav.insert(0, {options.nav_title: _nav_section(prefix)})
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        if self.state is None:  # disabled
            return files
        state = self.state
        for page in files.documentation_pages():
            if page.abs_src_path:
                state.shown[page.src_uri] = self._display(Path(page.abs_src_path))
                state.urls[page.src_uri] = _root_url(page.url)
        state.draft = SiteInput(
            pack=state.pack,
            graph=build_graph(state.pack),
            report=Report(),
            today=state.today,
            prefix=state.prefix,
            directory_urls=config.use_directory_urls,
            boundary_topics=tuple(self.config.boundary_topics),
            # The docs pages themselves (not their folders): the examples look them up per
            # claim page, and a list of files needs no walk of the folders each time.
            example_docs=tuple(
                Path(f.abs_src_path)
                for f in files.documentation_pages()
                if f.abs_src_path and f.src_uri.endswith(".md")
            ),
        )
        listed = set(_nav_entries(state.prefix)) if config.nav is None else set()
        for src_uri, head in page_heads(state.draft).items():
            if files.get_file_from_path(src_uri) is not None:
                raise PluginError(
                    f"truthgraph: {config.docs_dir}/{src_uri} is in the way of a generated page;"
                    " move it or set the plugin's `prefix` option"
                )
            # Per-record and per-topic pages are reached from their index pages; listing them
            # all would bury the site's own navigation.
            inclusion = InclusionLevel.UNDEFINED if src_uri in listed else InclusionLevel.NOT_IN_NAV
            # The head carries the page's title (front matter); the body comes in on_page_markdown.
            files.append(File.generated(config, src_uri, content=head, inclusion=inclusion))
            state.generated.add(src_uri)
        for asset in (STYLESHEET, SCRIPT):
            text = resources.files("truthgraph.site").joinpath(asset).read_text(encoding="utf-8")
            files.append(File.generated(config, f"{state.prefix}/{asset}", content=text))
        return files

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        if self.state is None:  # disabled
            return markdown
        state = self.state
        src_uri = page.file.src_uri
        if src_uri in state.generated:
            return without_front_matter(self._finish()[src_uri])
        return markdown

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        """The findings admonition, after the page's title. Added to the finished HTML, so
        that no page waits for the check while mkdocs reads the docs (the check is done by
        on_env, before any page is written)."""
        state = self.state
        if state is None or not self.config.annotate or state.report is None or not state.draft:
            return output
        shown = state.shown.get(page.file.src_uri)
        findings = [f for f in state.report.findings if f.path == shown] if shown else []
        if not findings:
            return output
        block = annotation(state.draft, state.urls[page.file.src_uri], findings)
        return annotate_html(output, block)

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Without an explicit nav, mkdocs titles the status folder from its name and sorts
        it among the docs: give it `nav_title` and put it first."""
        state = self.state
        if state is None or config.nav is not None or not self.config.nav_title:
            return nav
        dashboard = f"{state.prefix}/index.md"
        for number, item in enumerate(nav.items):
            if isinstance(item, Section) and any(
                isinstance(child, Page) and child.file.src_uri == dashboard
                for child in item.children
            ):
                item.title = self.config.nav_title
                nav.items.insert(0, nav.items.pop(number))
                break
        return nav

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        if self.state is None:  # disabled
            return env
        self._finish()  # logs the findings even when no status page was rendered (--dirty)
        self._gate()
        return env

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self._close()

    def on_build_error(self, *, error: Exception) -> None:
        self._close()

    # -- helpers ---------------------------------------------------------------------------

    def _state(self) -> BuildState:
        if self.state is None:
            raise PluginError("truthgraph: on_config did not run (is the plugin configured?)")
        return self.state

    def _finish(self) -> dict[str, str]:
        """Wait for the check, log its findings once, and build the status pages."""
        state = self._state()
        if state.pages is None:
            if state.run is None or state.draft is None:
                raise PluginError("truthgraph: on_files did not run")
            try:
                # Rules that do not compile stop the worker; here they raise the error.
                report = state.run.report()
                if missing_verdicts(state.pack, example_candidates(state.pack, state.paths)):
                    prime_examples(state.run.checker())  # no worker did it: use these rules
            except TruthgraphError as exc:
                state.run.close()
                raise PluginError(f"truthgraph: {exc}") from exc
            state.report = report
            self._log(report)
            by_shown = {shown: src for src, shown in state.shown.items()}
            doc_urls = {
                f.path: state.urls[by_shown[f.path]] for f in report.findings if f.path in by_shown
            }
            trend = state.trend.result(TREND_WAIT) if state.trend is not None else []
            state.pages = build_pages(
                replace(state.draft, report=report, doc_urls=doc_urls, trend=trend)
            )
        return state.pages

    def _gate(self) -> None:
        """Abort the build when findings reach the gate, whatever the log level.

        mkdocs counts strict-mode warnings through its logger, so `-q` (which raises the
        level to ERROR) would let them pass; the plugin raises instead, and the error names
        every offending page:line, since under `-q` the warnings themselves are not shown.
        """
        state = self._state()
        if state.gate is None or state.report is None:
            return
        failing = [f for f in state.report.findings if f.severity >= state.gate]
        if not failing:
            return
        lines = "".join(f"\n  {format_finding(f)}" for f in failing)
        raise PluginError(
            f"truthgraph: {plural(len(failing), 'finding')} at {state.gate.label} level or above"
            f" (strict mode or fail_on) — the docs contradict the claims:{lines}\n"
            "Fix the sentences (each line says how), suppress one with"
            " `<!-- truthgraph-disable-next-line CLAIM-ID -->`, or set the plugin's `fail_on`."
        )

    def _close(self) -> None:
        if self.state is not None and self.state.run is not None:
            self.state.run.close()

    def _display(self, path: Path) -> str:
        root = self._state().root
        try:
            return path.resolve().relative_to(root).as_posix()
        except ValueError:
            return path.as_posix()

    def _log(self, report: Report) -> None:
        fail_on = self._state().fail_on
        for finding in report.findings:
            level = logging.WARNING if fail_on and finding.severity >= fail_on else logging.INFO
            # one_line: a newline in a file name must not start a `::error::` log line.
            log.log(level, one_line(format_finding(finding)))
        for problem in report.problems:
            log.log(
                logging.WARNING if fail_on else logging.INFO,
                one_line(f"{problem.path}: not checked: {problem.reason}"),
            )


def format_finding(finding: Finding) -> str:
    """`docs/page.md:LINE:COL: [claim-id] message (fix: ...)`, the form editors and CI link."""
    where = f"{finding.path}:{finding.line}:{finding.column}"
    fix = f" (fix: {' '.join(finding.fix.split())})" if finding.fix else ""
    return f"{where}: [{finding.claim or finding.rule}] {finding.message}{fix}"


def enabled(option: bool) -> bool:
    """The `enabled` option, unless `TRUTHGRAPH_ENABLED` says false (it wins: a CI switch)."""
    value = os.environ.get("TRUTHGRAPH_ENABLED", "").strip().casefold()
    return option and value not in ("0", "false", "no", "off")


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _nav_entries(prefix: str) -> list[Any]:
    return [
        f"{prefix}/index.md",
        f"{prefix}/contradictions.md",
        f"{prefix}/claims/index.md",
        f"{prefix}/boundaries/index.md",
        f"{prefix}/graph.md",
        f"{prefix}/evidence.md",
    ]


def _nav_section(prefix: str) -> list[Any]:
    """The status section of an explicit nav, with page titles."""
    titles = ("Dashboard", "Contradictions", "Claims", "Boundaries", "Claim graph", "Evidence")
    return [{title: src} for title, src in zip(titles, _nav_entries(prefix), strict=True)]


def _root_url(url: str) -> str:
    """mkdocs writes the site root as `./`; pages.py wants it as the empty folder."""
    return "" if url in ("./", ".") else url


def _fail_level(text: str) -> Severity | None:
    if text == "never":
        return None
    try:
        return Severity.parse(text)
    except ValueError as exc:
        raise TruthgraphError(f"fail_on: {exc}") from None


def _parse_today(text: str | None) -> dt.date:
    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise TruthgraphError(f"today: expected a date like 2026-04-16, got {text!r}") from None


def _check_prefix(text: str) -> str:
    prefix = text.strip("/")
    parts = prefix.split("/")
    if not prefix or any(p in ("", ".", "..") for p in parts):
        raise TruthgraphError(f"prefix: expected a folder like `truthgraph`, got {text!r}")
    return prefix


def hooks_plugin(config: MkDocsConfig, current: TruthgraphPlugin | None) -> TruthgraphPlugin:
    """The plugin behind `site_hooks/`, with default options; `current` is reused if given.

    Options hold no paths (they are resolved in on_config), so one instance serves any
    number of builds in a process, keeping its cache.
    """
    if current is not None:
        return current
    plugin = TruthgraphPlugin()
    errors, _warnings = plugin.load_config({}, config.config_file_path)
    if errors:  # only possible if the defaults above stop validating
        raise PluginError("; ".join(f"{key}: {message}" for key, message in errors))
    return plugin
