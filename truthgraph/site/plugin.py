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
from mkdocs.structure.pages import Page

from truthgraph.config import Config, load_config
from truthgraph.engine import Checker, CheckOptions
from truthgraph.errors import TruthgraphError
from truthgraph.findings import Finding, Report, Severity
from truthgraph.graph import build_graph
from truthgraph.site.cache import CheckCache, CheckRun
from truthgraph.textsafe import one_line
from truthgraph.site.pages import (
    SiteInput,
    annotate,
    annotation,
    build_pages,
    page_heads,
    without_front_matter,
)

log = logging.getLogger("mkdocs.plugins.truthgraph")

FAIL_LEVELS = ("error", "warning", "info", "never")
STYLESHEET = "assets/truthgraph.css"


# mkdocs declares __init_subclass__ without annotations; nothing to check in these two lines.
class TruthgraphConfig(base.Config):  # type: ignore[no-untyped-call]
    """Options of the plugin (`plugins: [{truthgraph: {...}}]`); see OPTION_HELP."""

    claims = c.Type(str, default="")
    paths = c.ListOfItems(c.Type(str), default=[])
    annotate = c.Type(bool, default=True)
    fail_on = c.Optional(c.Choice(FAIL_LEVELS))
    prefix = c.Type(str, default="truthgraph")
    nav_title = c.Type(str, default="Truthgraph")
    today = c.Optional(c.Type(str))
    boundary_topics = c.ListOfItems(c.Type(str), default=["flakehub"])
    jobs = c.Optional(c.Type(int))


OPTION_HELP: dict[str, str] = {
    "claims": "Claims folder or file, relative to mkdocs.yml. Empty: `[tool.truthgraph] claims`"
    " of the nearest pyproject.toml, else `claims`.",
    "paths": "Files and folders to check, relative to mkdocs.yml. Empty: the docs folder.",
    "annotate": "Put a warning admonition listing its findings on each contradicting page.",
    "fail_on": "Lowest severity logged as a warning (so `mkdocs build --strict` fails); lower"
    " ones are logged as info. `never`: all info. Empty: `[tool.truthgraph] fail-on` (error).",
    "prefix": "Folder of the generated pages in the site.",
    "nav_title": "Title of the section added to an explicit `nav` (empty: add none).",
    "today": "Date (YYYY-MM-DD) to measure evidence age from; empty: the build date.",
    "boundary_topics": "Topics whose boundary pages come first; the others follow A-Z.",
    "jobs": "Worker processes that check the docs while mkdocs renders. Empty: one per spare"
    " core (at most 4), none for small sites or under `serve`; 0: check in the build process.",
}


@dataclass
class BuildState:
    """One build: created in on_config, the check started in on_files, finished on first need."""

    root: Path
    settings: Config
    checker: Checker
    paths: list[Path]
    fail_on: Severity | None
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


class TruthgraphPlugin(BasePlugin[TruthgraphConfig]):  # type: ignore[no-untyped-call]
    """Status pages from the claims, and the docs checked against them, in an mkdocs build."""

    def __init__(self) -> None:
        self.cache = CheckCache()
        self.state: BuildState | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defined so mkdocs keeps this instance (and its cache) across `serve` rebuilds."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._close()
        options = self.config
        root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        try:
            settings = load_config(start=root)
            fail_on = _fail_level(options.fail_on or str(settings.get("fail-on")))
            today = _parse_today(options.today)
            prefix = _check_prefix(options.prefix)
            claims = root / options.claims if options.claims else settings.path("claims")
            pack = self.cache.load_pack(claims)
            checker = self.cache.get_checker(
                pack,
                CheckOptions(
                    include=tuple(settings.get("include")),
                    exclude=tuple(settings.get("exclude")),
                    per_path=dict(settings.get("per-path")),
                    max_file_bytes=int(settings.get("max-file-bytes")),
                    today=today,
                ),
            )
        except TruthgraphError as exc:
            raise PluginError(f"truthgraph: {exc}") from exc
        paths = [root / p for p in options.paths] or [Path(config.docs_dir)]
        display_root = settings.root if settings.source else root
        self.state = BuildState(display_root, settings, checker, paths, fail_on, today, prefix)
        stylesheet = f"{prefix}/{STYLESHEET}"
        if stylesheet not in config.extra_css:
            config.extra_css.append(stylesheet)
        if claims.exists() and str(claims) not in config.watch:
            config.watch.append(str(claims))
        if config.nav is not None and options.nav_title:
            config.nav.append({options.nav_title: _nav_entries(prefix)})
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        state = self._state()
        for page in files.documentation_pages():
            if page.abs_src_path:
                state.shown[page.src_uri] = self._display(Path(page.abs_src_path))
                state.urls[page.src_uri] = _root_url(page.url)
        # The check starts now and runs while mkdocs renders; pages wait for it only when
        # they need a result (a docs page its own findings, a status page all of them).
        state.run = self.cache.start(
            state.checker, state.paths, self._display, list(state.shown.values()), self.config.jobs
        )
        state.draft = SiteInput(
            pack=state.checker.pack,
            graph=build_graph(state.checker.pack),
            report=Report(),
            today=state.today,
            prefix=state.prefix,
            directory_urls=config.use_directory_urls,
            boundary_topics=tuple(self.config.boundary_topics),
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
        css = resources.files("truthgraph.site").joinpath(STYLESHEET).read_text(encoding="utf-8")
        files.append(File.generated(config, f"{state.prefix}/{STYLESHEET}", content=css))
        return files

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        state = self._state()
        src_uri = page.file.src_uri
        if src_uri in state.generated:
            return without_front_matter(self._finish()[src_uri])
        shown = state.shown.get(src_uri)
        if not self.config.annotate or shown is None or state.run is None or not state.draft:
            return markdown
        result = state.run.result(shown)
        if result is None or not result.findings:
            return markdown
        block = annotation(state.draft, state.urls[src_uri], result.findings)
        return annotate(markdown, block)

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        self._finish()  # logs the findings even when no status page was rendered (--dirty)
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
            report = state.run.report()
            self._log(report)
            by_shown = {shown: src for src, shown in state.shown.items()}
            doc_urls = {
                f.path: state.urls[by_shown[f.path]] for f in report.findings if f.path in by_shown
            }
            state.pages = build_pages(replace(state.draft, report=report, doc_urls=doc_urls))
        return state.pages

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
    """`docs/page.md:LINE:COL: [claim-id] message`, the form editors and CI logs link."""
    where = f"{finding.path}:{finding.line}:{finding.column}"
    return f"{where}: [{finding.claim or finding.rule}] {finding.message}"


def _nav_entries(prefix: str) -> list[Any]:
    return [
        f"{prefix}/index.md",
        f"{prefix}/contradictions.md",
        f"{prefix}/claims/index.md",
        f"{prefix}/boundaries/index.md",
        f"{prefix}/graph.md",
        f"{prefix}/evidence.md",
    ]


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
