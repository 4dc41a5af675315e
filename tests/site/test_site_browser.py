"""The built site in headless Chromium: offline, no console errors, pages, SVG, search."""

from __future__ import annotations

import functools
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from conftest import PLANTED, REPO
from mkdocs.commands.build import build
from mkdocs.config import load_config

from truthgraph.claims.pack import ClaimsPack

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = REPO / "artifacts" / "screenshots"
CLAIM = "nix-bootstrap-workflow-owned"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass
class Browser:
    """A page plus everything it tried to fetch from elsewhere and every error it logged."""

    page: Any
    base: str
    outside: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def open(self, path: str) -> Any:
        self.page.goto(self.base + path)
        self.page.wait_for_load_state("networkidle")
        return self.page


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's site, built from a copy of docs/ plus a page contradicting a claim."""
    if not CHROMIUM.exists():
        pytest.skip(
            "Chromium not installed at /usr/bin/chromium (make browser-deps installs it);"
            " skipping browser test"
        )
    if not any((REPO / "docs").rglob("*.md")):
        pytest.skip("docs/ has no pages yet; nothing to show in a browser")
    root = tmp_path_factory.mktemp("browser")
    docs = root / "docs"
    shutil.copytree(REPO / "docs", docs)
    (docs / "planted.md").write_text(PLANTED, encoding="utf-8")
    config = load_config(str(REPO / "mkdocs.yml"), docs_dir=str(docs), site_dir=str(root / "site"))
    build(config)
    return root / "site"


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser(base_url: str) -> Iterator[Browser]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = chromium.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        state = Browser(page, base_url)

        def route(request_route: Any) -> None:
            url = request_route.request.url
            if urlsplit(url).hostname == "127.0.0.1":
                request_route.continue_()
            else:
                state.outside.append(url)
                request_route.abort()

        page.route("**/*", route)
        page.on("console", lambda m: state.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: state.errors.append(str(e)))
        yield state
        context.close()
        chromium.close()
    assert not state.outside, f"requests left the machine: {state.outside}"
    assert not state.errors, f"console errors: {state.errors}"


def test_dashboard_shows_six_priorities_and_their_exit_signals(
    browser: Browser, repo_pack: ClaimsPack
) -> None:
    page = browser.open("truthgraph/")
    cards = page.locator("li.tg-priority")
    assert cards.count() == len(repo_pack.priorities) == 6
    for priority in repo_pack.priorities.values():
        card = page.locator(f"li.tg-priority#{priority.id}")
        assert card.is_visible()
        for status in ("met", "partial", "pending"):
            expected = sum(s.status == status for s in priority.exit_signals)
            assert card.locator(f"li.tg-signal[data-status={status}]").count() == expected
            assert card.get_attribute(f"data-{status}") == str(expected)
    every: list[str] = [s.status for p in repo_pack.priorities.values() for s in p.exit_signals]
    totals = page.locator("p.tg-totals")
    for status in ("met", "partial", "pending"):
        assert totals.get_attribute(f"data-{status}") == str(every.count(status))
    assert page.locator("figure.tg-diagram svg").first.is_visible()
    assert page.locator(".tg-progress svg").count() == 6
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "dashboard.png"), full_page=True)


def test_claim_page_lists_its_evidence_and_draws_its_neighbourhood(
    browser: Browser, repo_pack: ClaimsPack
) -> None:
    page = browser.open(f"truthgraph/claims/{CLAIM}/")
    rows = page.locator("tr.tg-evidence-row")
    assert [rows.nth(i).get_attribute("data-evidence") for i in range(rows.count())] == (
        repo_pack.claims[CLAIM].evidence
    )
    for evidence_id in repo_pack.claims[CLAIM].evidence:
        assert (
            repo_pack.evidence[evidence_id].ref
            in rows.all_inner_texts()[repo_pack.claims[CLAIM].evidence.index(evidence_id)]
        )
    diagram = page.locator("figure.tg-diagram svg")
    assert diagram.count() == 1 and diagram.is_visible()
    box = diagram.bounding_box()
    assert box is not None and box["width"] > 100 and box["height"] > 50
    assert diagram.locator("a.tg-node").count() > 3  # neighbours link to their pages
    assert page.get_by_text("planted.md").first.is_visible()  # the planted contradiction
    page.screenshot(path=str(SCREENSHOTS / "claim.png"), full_page=True)


def test_graph_page_renders_every_view_as_svg(browser: Browser) -> None:
    page = browser.open("truthgraph/graph/")
    diagrams = page.locator("figure.tg-diagram svg")
    assert diagrams.count() == 3
    for index in range(3):
        diagrams.nth(index).scroll_into_view_if_needed()
        assert diagrams.nth(index).is_visible()
        assert diagrams.nth(index).locator("rect").count() > 5


def test_search_finds_the_heavy_lane(browser: Browser) -> None:
    page = browser.open("")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    # Material searches on key events, so type like a person rather than fill().
    page.locator("input.md-search__input").press_sequentially("tinyland-nix-heavy", delay=20)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(state="visible", timeout=15_000)
    assert results.count() > 0
    found = page.locator(".md-search-result").inner_text()
    assert "heavy-jobs-use-nix-heavy-lane" in found  # a generated claim page is indexed too


def test_a_contradicting_page_shows_the_admonition(browser: Browser) -> None:
    page = browser.open("planted/")
    note = page.locator(".admonition.warning.tg-annotation")
    assert note.is_visible()
    assert "Line 3" in note.inner_text() and "Line 11" in note.inner_text()
    note.locator(f"a:text('{CLAIM}')").first.click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith(f"/truthgraph/claims/{CLAIM}/")
    page.goto(browser.base + "planted/")
    page.screenshot(path=str(SCREENSHOTS / "planted-page.png"))


def test_dark_palette_toggle_keeps_diagrams_visible(browser: Browser) -> None:
    page = browser.open("truthgraph/graph/")
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    assert page.locator("figure.tg-diagram svg").first.is_visible()
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
