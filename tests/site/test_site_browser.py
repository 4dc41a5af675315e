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
        context = chromium.new_context(viewport={"width": 1280, "height": 800})
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


def test_dashboard_answers_where_we_are_in_the_first_screen(
    browser: Browser, repo_pack: ClaimsPack
) -> None:
    page = browser.open("truthgraph/")
    page.set_viewport_size({"width": 1280, "height": 800})
    page.evaluate("window.scrollTo(0, 0)")
    table = page.locator("table:has(.tg-priorities)")
    box = table.bounding_box()
    assert box is not None and box["y"] >= 0
    assert box["y"] + box["height"] <= 800, f"priorities table ends at {box['y'] + box['height']}"
    rows = page.locator("a[data-priority-row]")
    assert rows.count() == len(repo_pack.priorities) == 6
    for priority in repo_pack.priorities.values():
        row = page.locator(f"a[data-priority-row='{priority.id}']")
        for status in ("met", "partial", "pending"):
            expected = sum(s.status == status for s in priority.exit_signals)
            assert row.get_attribute(f"data-{status}") == str(expected)
        details = page.locator(f"details.tg-priority#{priority.id}")
        for status in ("met", "partial", "pending"):
            expected = sum(s.status == status for s in priority.exit_signals)
            assert details.locator(f"li.tg-signal[data-status={status}]").count() == expected
    summary = page.locator(".tg-summary")
    summary_box = summary.bounding_box()
    assert summary_box is not None and summary_box["y"] + summary_box["height"] <= 800
    every: list[str] = [s.status for p in repo_pack.priorities.values() for s in p.exit_signals]
    for status in ("met", "partial", "pending"):
        assert summary.get_attribute(f"data-{status}") == str(every.count(status))
    assert summary.get_attribute("data-findings") == "2"  # the planted page
    assert "planted.md (2)" in summary.inner_text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "dashboard-light-1280.png"))
    page.screenshot(path=str(SCREENSHOTS / "dashboard-light-1280-full.png"), full_page=True)


def test_generated_tables_carry_materials_styling(browser: Browser) -> None:
    for path in ("truthgraph/", "truthgraph/graph/", "truthgraph/evidence/", "truthgraph/claims/"):
        page = browser.open(path)
        tables = page.locator(".md-content table")
        assert tables.count() > 0, path
        for index in range(tables.count()):
            table = tables.nth(index)
            # Material styles `table:not([class])` and wraps each in `.md-typeset__table`.
            assert table.get_attribute("class") is None, path
            assert table.evaluate("t => t.parentElement.classList.contains('md-typeset__table')")
            style = table.evaluate(
                "t => { const s = getComputedStyle(t);"
                " const h = getComputedStyle(t.querySelector('th'));"
                " return [s.borderTopStyle, s.borderTopWidth, h.fontWeight, s.fontSize]; }"
            )
            assert style[0] == "solid" and style[1] != "0px", (path, style)
            assert int(style[2]) >= 700, (path, style)
            assert style[3] == "12.8px", (path, style)  # Material's .64rem table text


def _generated_pages(site: Path) -> list[str]:
    return sorted(
        p.parent.relative_to(site).as_posix() + "/"
        for p in (site / "truthgraph").rglob("index.html")
    )


@pytest.mark.parametrize("width", [390, 1280])
def test_no_generated_page_scrolls_sideways(browser: Browser, site: Path, width: int) -> None:
    page = browser.page
    page.set_viewport_size({"width": width, "height": 800})
    wide = []
    try:
        for path in _generated_pages(site):
            page.goto(browser.base + path, wait_until="load")
            scroll = page.evaluate("document.scrollingElement.scrollWidth")
            if scroll > width:
                wide.append(f"{path}: {scroll} px")
        assert not wide, f"pages wider than {width} px: {wide}"
        if width == 390:
            browser.open("truthgraph/")
            page.screenshot(path=str(SCREENSHOTS / "dashboard-light-390.png"))
    finally:
        page.set_viewport_size({"width": 1280, "height": 800})


@pytest.mark.parametrize("width", [390, 1280])
def test_a_diagrams_subject_is_in_view_and_a_click_zooms(browser: Browser, width: int) -> None:
    page = browser.page
    page.set_viewport_size({"width": width, "height": 800})
    try:
        browser.open(f"truthgraph/claims/{CLAIM}/")
        figure = page.locator("figure.tg-diagram")
        figure.scroll_into_view_if_needed()
        subject = figure.locator(".tg-highlight rect")
        frame = figure.bounding_box()
        box = subject.bounding_box()
        assert frame is not None and box is not None
        # Without any scrolling sideways: inside the column and inside the window.
        assert frame["x"] >= 0 and frame["x"] + frame["width"] <= width
        assert box["x"] >= frame["x"] and box["x"] + box["width"] <= frame["x"] + frame["width"]
        assert box["width"] > 20
        figure.locator("figcaption").click()
        assert "tg-zoomed" in (figure.get_attribute("class") or "")
        zoomed = subject.bounding_box()
        assert zoomed is not None and zoomed["width"] > box["width"]  # full size now
        assert 0 <= zoomed["x"] and zoomed["x"] + zoomed["width"] <= width  # subject centred
        assert 0 <= zoomed["y"] and zoomed["y"] + zoomed["height"] <= 800
        page.keyboard.press("Escape")
        assert "tg-zoomed" not in (figure.get_attribute("class") or "")
    finally:
        page.set_viewport_size({"width": 1280, "height": 800})


CONTRAST = """
() => {
  const parse = c => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const over = (top, below) => {
    const a = top.length > 3 ? top[3] : 1;
    return [0, 1, 2].map(i => top[i] * a + below[i] * (1 - a));
  };
  const background = el => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c.length > 3 && c[3] === 0) continue;
      layers.push(c);
      if (c.length === 3 || c[3] === 1) break;
    }
    let colour = [255, 255, 255];
    for (const layer of layers.reverse()) colour = over(layer, colour);
    return colour;
  };
  const worst = [];
  for (const el of document.querySelectorAll(".md-content *")) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || !el.getClientRects().length) continue;
    const style = getComputedStyle(el);
    if (style.visibility === "hidden" || style.display === "none") continue;
    if (style.opacity === "0") continue;  // e.g. permalinks, shown on hover only
    const bg = background(el);
    const fg = over(parse(style.color), bg);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    if (ratio < 4.5) worst.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)} "${el.textContent.trim().slice(0, 30)}"`);
  }
  return worst;
}
"""


def test_dark_mode_text_on_the_dashboard_is_legible(browser: Browser) -> None:
    page = browser.open("truthgraph/")
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    try:
        assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        low = page.evaluate(CONTRAST)
        assert not low, f"text below 4.5:1 in dark mode: {low}"
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(SCREENSHOTS / "dashboard-dark-1280.png"))
    finally:
        page.locator("label.md-header__button[for^='__palette']:visible").first.click()


def test_claim_page_lists_its_evidence_and_draws_its_neighbourhood(
    browser: Browser, repo_pack: ClaimsPack
) -> None:
    page = browser.open(f"truthgraph/claims/{CLAIM}/")
    rows = page.locator("tr:has(.tg-evidence-row)")
    marks = page.locator(".tg-evidence-row")
    assert [marks.nth(i).get_attribute("data-evidence") for i in range(marks.count())] == (
        repo_pack.claims[CLAIM].evidence
    )
    for evidence_id in repo_pack.claims[CLAIM].evidence:
        assert (
            repo_pack.evidence[evidence_id].ref
            in rows.all_inner_texts()[repo_pack.claims[CLAIM].evidence.index(evidence_id)]
        )
    assert page.locator(".admonition.failure.tg-contradicting li").count() > 0
    assert not page.locator(".tg-rules").is_visible()  # raw patterns stay collapsed
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
