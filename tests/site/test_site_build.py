"""mkdocs builds with the plugin and with the hooks: --strict fails on a planted contradiction."""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import CLEAN, PLANTED, REPO, TODAY, write_site, write_tiny_pack
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from truthgraph.claims.pack import load_pack
from truthgraph.engine import Checker, CheckOptions
from truthgraph.site.plugin import TruthgraphPlugin, format_finding

MKDOCS = [sys.executable, "-m", "mkdocs"]
LINE_3 = re.compile(r"docs/runners\.md:3:\d+: \[nix-bootstrap-workflow-owned\] ")


class Tags(HTMLParser):
    """Element names, attribute names and inline script bodies of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.attributes: set[str] = set()
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.names.add(tag)
        self.attributes.update(name for name, _ in attrs)
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def run_mkdocs(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [*MKDOCS, *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=300, check=False
    )


def test_strict_build_fails_on_a_planted_contradiction_and_names_page_and_line(
    tmp_path: Path,
) -> None:
    write_site(tmp_path, page=PLANTED)
    result = run_mkdocs("build", "--strict", "--site-dir", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode != 0, result.stderr
    log = result.stderr + result.stdout
    # Column numbers belong to the engine; the page and the lines are what the log must name.
    assert LINE_3.search(log), log
    assert re.search(r"docs/runners\.md:11:\d+: \[nix-bootstrap-workflow-owned\] ", log), log
    assert "Aborted with" in log and "strict mode" in log


@pytest.mark.parametrize("verbosity", [["-q"], ["-v"], []], ids=["quiet", "verbose", "plain"])
def test_the_plugin_fails_a_strict_build_itself_at_any_log_level(
    tmp_path: Path, verbosity: list[str]
) -> None:
    """mkdocs counts strict warnings through its logger, which `-q` silences (mkdocs#4126)."""
    write_site(tmp_path, page=PLANTED)
    out = str(tmp_path / "out")
    result = run_mkdocs("build", "--strict", *verbosity, "--site-dir", out, cwd=tmp_path)
    assert result.returncode != 0, result.stderr
    log = result.stderr + result.stdout
    assert "2 findings at error level or above" in log, log
    assert LINE_3.search(log), log  # the abort message names every page:line, even under -q
    assert re.search(r"docs/runners\.md:11:\d+: \[nix-bootstrap-workflow-owned\] ", log), log
    assert "(fix: " in log


@pytest.mark.parametrize("verbosity", [["-q"], []], ids=["quiet", "plain"])
def test_fail_on_gates_a_build_without_strict(tmp_path: Path, verbosity: list[str]) -> None:
    write_site(tmp_path, page=PLANTED, plugin_options="      fail_on: error\n")
    result = run_mkdocs("build", *verbosity, "--site-dir", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode != 0
    assert LINE_3.search(result.stderr + result.stdout)


def test_without_strict_or_fail_on_findings_do_not_fail_the_build(tmp_path: Path) -> None:
    write_site(tmp_path, page=PLANTED)
    result = run_mkdocs("build", "-q", "--site-dir", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_enabled_false_and_the_environment_switch_turn_it_off(tmp_path: Path) -> None:
    write_site(tmp_path / "option", page=PLANTED, plugin_options="      enabled: false\n")
    out = tmp_path / "option" / "out"
    result = run_mkdocs("build", "--strict", "--site-dir", str(out), cwd=tmp_path / "option")
    assert result.returncode == 0, result.stderr
    assert not (out / "truthgraph").exists()
    write_site(tmp_path / "env", page=PLANTED, hooks=True)
    env_out = tmp_path / "env" / "out"
    os.environ["TRUTHGRAPH_ENABLED"] = "false"
    try:
        result = run_mkdocs("build", "--strict", "--site-dir", str(env_out), cwd=tmp_path / "env")
    finally:
        del os.environ["TRUTHGRAPH_ENABLED"]
    assert result.returncode == 0, result.stderr
    assert not (env_out / "truthgraph").exists()


def test_strict_build_passes_without_the_contradiction(tmp_path: Path) -> None:
    write_site(tmp_path, page=CLEAN)
    result = run_mkdocs("build", "--strict", "--site-dir", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    dashboard = (tmp_path / "out" / "truthgraph" / "index.html").read_text(encoding="utf-8")
    assert dashboard.count("data-priority-row=") == 6
    assert 'data-findings="0"' in dashboard and "0 <small>contradictions in the docs" in dashboard
    assert (tmp_path / "out" / "truthgraph" / "assets" / "truthgraph.css").is_file()
    # No explicit nav: the status section is titled and comes first, before the docs.
    home = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    nav = home[home.index('class="md-nav md-nav--primary"') :]
    assert "Truthgraph" not in nav
    assert nav.index("Sprint status") < nav.index("Runners")
    assert not (tmp_path / "docs" / "truthgraph").exists()  # nothing generated lands in docs/


def test_planted_page_gets_the_admonition_and_the_claim_page_links_back(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config_file = write_site(tmp_path, page=PLANTED)
    out = tmp_path / "out"
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.truthgraph"):
        build(load_config(str(config_file), site_dir=str(out)))
    warnings = [r.getMessage() for r in caplog.records if r.name == "mkdocs.plugins.truthgraph"]
    assert any(LINE_3.match(w) for w in warnings)
    page = (out / "runners" / "index.html").read_text(encoding="utf-8")
    assert 'class="admonition warning tg-annotation"' in page
    assert ">Line 3</a></strong>" in page and ">Line 11</a></strong>" in page
    # The title stays the page's own heading, the admonition comes right after it.
    assert page.index('id="runners"') < page.index("tg-annotation")
    assert "<title>Runners - planted</title>" in page
    claim = out / "truthgraph" / "claims" / "nix-bootstrap-workflow-owned" / "index.html"
    text = claim.read_text(encoding="utf-8")
    assert re.search(
        r'<a href="\.\./\.\./\.\./runners/#:~:text=The%20[^"]*">docs/runners\.md</a>'
        r" — line 3, column \d",
        text,
    )
    home = (out / "index.html").read_text(encoding="utf-8")
    assert "tg-annotation" not in home


def test_hooks_build_like_the_plugin(tmp_path: Path) -> None:
    write_site(tmp_path, page=PLANTED, hooks=True)
    result = run_mkdocs("build", "--strict", "--site-dir", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode != 0
    assert LINE_3.search(result.stderr)
    (tmp_path / "docs" / "runners.md").write_text(CLEAN, encoding="utf-8")
    result = run_mkdocs("build", "--strict", "--site-dir", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "truthgraph" / "graph" / "index.html").is_file()


def test_fail_on_never_logs_findings_as_info(tmp_path: Path) -> None:
    write_site(tmp_path, page=PLANTED, plugin_options="      fail_on: never\n")
    result = run_mkdocs("build", "--strict", "--site-dir", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_script_in_a_claim_is_text_in_the_built_site(tmp_path: Path) -> None:
    claims = write_tiny_pack(tmp_path / "claims", "Widgets <script>alert('pwned')</script> work")
    config_file = write_site(
        tmp_path, page="# Runners\n\nWidgets are magic, say the docs.\n", claims=claims
    )
    out = tmp_path / "out"
    build(load_config(str(config_file), site_dir=str(out)))
    for page in out.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        head, _, body = text.partition("</head>")
        # Browsers read <title> as raw text up to the first </title>: a second one is a breakout.
        assert head.count("</title>") == 1, page
        title = re.search(r"<title>(.*?)</title>", head, re.DOTALL)
        assert title is not None and "<" not in title.group(1), page
        tags = Tags()
        tags.feed(body)
        assert not [s for s in tags.scripts if "alert" in s], page
        assert "onerror" not in tags.attributes, page
        assert not {"b", "img"} & tags.names, page  # from the pack name and an evidence ref
        assert "<em>magic" not in text, page
    claim = (out / "truthgraph" / "claims" / "tiny-claim" / "index.html").read_text(
        encoding="utf-8"
    )
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in claim
    runners = (out / "runners" / "index.html").read_text(encoding="utf-8")
    assert "tg-annotation" in runners  # "widgets are magic" is the tiny claim's wording rule


def test_a_docs_page_in_the_way_of_a_generated_one_is_an_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config_file = write_site(tmp_path, page=CLEAN)
    (tmp_path / "docs" / "truthgraph").mkdir()
    (tmp_path / "docs" / "truthgraph" / "graph.md").write_text("# Mine\n", encoding="utf-8")
    with pytest.raises(Abort):
        build(load_config(str(config_file), site_dir=str(tmp_path / "out")))
    assert "docs/truthgraph/graph.md is in the way of a generated page" in caplog.text


def test_bad_options_are_reported(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config_file = write_site(tmp_path, page=CLEAN, plugin_options="      prefix: ../up\n")
    with pytest.raises(Abort):
        build(load_config(str(config_file), site_dir=str(tmp_path / "out")))
    assert "truthgraph: prefix: expected a folder like `truthgraph`, got '../up'" in caplog.text


def test_unchanged_files_are_not_checked_again(tmp_path: Path) -> None:
    config_file = write_site(tmp_path, page=PLANTED)
    config = load_config(str(config_file), site_dir=str(tmp_path / "out"))
    plugin = config.plugins["truthgraph"]
    assert isinstance(plugin, TruthgraphPlugin)
    cache = plugin.cache
    hits, misses = cache.hits, cache.misses
    build(config)
    assert (cache.hits, cache.misses) == (hits, misses + 2)
    # mkdocs keeps a plugin that has on_startup across config loads, as `serve` does.
    again = load_config(str(config_file), site_dir=str(tmp_path / "out"))
    assert again.plugins["truthgraph"] is plugin
    build(again)
    assert (cache.hits, cache.misses) == (hits + 2, misses + 2)
    (tmp_path / "docs" / "runners.md").write_text(CLEAN + "\nMore.\n", encoding="utf-8")
    build(load_config(str(config_file), site_dir=str(tmp_path / "out")))
    assert (cache.hits, cache.misses) == (hits + 3, misses + 3)
    # Saved again with the same content (a new mtime): still the cached result.
    (tmp_path / "docs" / "runners.md").write_text(CLEAN + "\nMore.\n", encoding="utf-8")
    build(load_config(str(config_file), site_dir=str(tmp_path / "out")))
    assert (cache.hits, cache.misses) == (hits + 5, misses + 3)
    assert "tg-annotation" not in (tmp_path / "out" / "runners" / "index.html").read_text("utf-8")


def test_the_repository_site_builds_strict(tmp_path: Path) -> None:
    pages = [
        p for p in (REPO / "docs").rglob("*.md") if p.name != "index.md" or p.parent.name != "docs"
    ]
    if not pages:
        pytest.skip(
            "docs/ has no pages yet (the docs writer's content is missing); nothing to build"
        )
    result = run_mkdocs("build", "--strict", "--site-dir", str(tmp_path / "site"), cwd=REPO)
    assert result.returncode == 0, result.stderr[-4000:]
    assert (tmp_path / "site" / "truthgraph" / "index.html").is_file()


@pytest.mark.parametrize("jobs", [0, 2])
def test_worker_processes_give_the_same_result(
    tmp_path: Path, jobs: int, caplog: pytest.LogCaptureFixture
) -> None:
    config_file = write_site(tmp_path, page=PLANTED, plugin_options=f"      jobs: {jobs}\n")
    for number in range(20):
        text = PLANTED if number % 7 == 0 else CLEAN
        (tmp_path / "docs" / f"page-{number:02d}.md").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.truthgraph"):
        build(load_config(str(config_file), site_dir=str(out)))
    logged = [r.getMessage() for r in caplog.records if r.name == "mkdocs.plugins.truthgraph"]
    checker = Checker(load_pack(REPO / "claims"), CheckOptions(today=TODAY))
    report = checker.check_paths([tmp_path / "docs"], lambda p: p.relative_to(tmp_path).as_posix())
    assert logged == [format_finding(f) for f in report.findings]
    assert {f.path for f in report.findings} == {
        "docs/runners.md",
        "docs/page-00.md",
        "docs/page-07.md",
        "docs/page-14.md",
    }
    for number in range(20):
        page = (out / f"page-{number:02d}" / "index.html").read_text(encoding="utf-8")
        assert ("tg-annotation" in page) == (number % 7 == 0), number
    contradictions = (out / "truthgraph" / "contradictions" / "index.html").read_text("utf-8")
    assert f"{len(report.findings)} findings in 4 files" in contradictions
    assert not multiprocessing.active_children()  # the workers are gone after the build


def test_rules_that_do_not_compile_stop_the_build_with_their_place(tmp_path: Path) -> None:
    claims = write_tiny_pack(tmp_path / "claims")
    pack_file = claims / "pack.yaml"
    pack_file.write_text(
        pack_file.read_text(encoding="utf-8").replace('"widgets are magic"', '"(widgets are"'),
        encoding="utf-8",
    )
    write_site(tmp_path, page=CLEAN, claims=claims, plugin_options="      jobs: 2\n")
    for number in range(20):  # enough pages for worker processes, which compile the rules
        (tmp_path / "docs" / f"p{number}.md").write_text(CLEAN, encoding="utf-8")
    result = run_mkdocs("build", "-q", "--site-dir", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode != 0
    assert "pack.yaml:" in result.stderr and "tiny-claim/no-magic" in result.stderr
    assert "missing ')'" in result.stderr
    assert "Traceback" not in result.stderr
