"""mkdocs hooks for this repo's site: each event hands over to one truthgraph plugin instance."""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from truthgraph.site.plugin import TruthgraphPlugin, hooks_plugin

# Created by on_config, not at import. mkdocs imports a hook file once per process, so the
# instance and its check cache carry over `mkdocs serve` rebuilds, like a plugin's would.
plugin: TruthgraphPlugin | None = None


def _plugin() -> TruthgraphPlugin:
    if plugin is None:
        raise PluginError("truthgraph hooks: on_config has not run")
    return plugin


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global plugin
    plugin = hooks_plugin(config, plugin)
    return plugin.on_config(config)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    return _plugin().on_files(files, config)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _plugin().on_page_markdown(markdown, page=page, config=config, files=files)


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    return _plugin().on_env(env, config=config, files=files)


def on_post_build(config: MkDocsConfig) -> None:
    _plugin().on_post_build(config=config)


def on_build_error(error: Exception) -> None:
    if plugin is not None:
        plugin.on_build_error(error=error)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return _plugin().on_post_page(output, page=page, config=config)


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    return _plugin().on_nav(nav, config=config, files=files)
