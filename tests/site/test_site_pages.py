"""pages.py and svg.py as pure functions: content, counts, escaping, well-formed SVG."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from conftest import TODAY, write_tiny_pack

from truthgraph.claims.pack import ClaimsPack, load_pack
from truthgraph.engine import Checker, CheckOptions
from truthgraph.findings import Finding, Report, Severity
from truthgraph.graph import build_graph
from truthgraph.site import pages, svg
from truthgraph.site.markup import esc, inline_code, md_text
from truthgraph.site.pages import SiteInput

SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL)


def tiny_site(
    tmp_path: Path, statement: str = "Tiny claim", report: Report | None = None
) -> SiteInput:
    pack = load_pack(write_tiny_pack(tmp_path / "claims", statement))
    return SiteInput(pack, build_graph(pack), report or Report(), TODAY)


def finding(path: str, line: int, claim: str, message: str = "contradicts it") -> Finding:
    return Finding(
        path,
        line,
        1,
        line,
        5,
        claim,
        "TG101",
        "contradicted-wording",
        Severity.ERROR,
        message,
        "the excerpt",
        fix="say it `right`",
    )


# -- dashboard -------------------------------------------------------------------------------


def test_dashboard_has_every_priority_with_its_exit_signal_counts(
    repo_site: SiteInput, repo_pack: ClaimsPack
) -> None:
    text = pages.dashboard(repo_site)
    rows = re.findall(
        r'<a href="#([^"]+)" data-priority-row="[^"]+" data-met="(\d+)"'
        r' data-partial="(\d+)" data-pending="(\d+)">',
        text,
    )
    assert [r[0] for r in rows] == list(repo_pack.priorities)
    details = re.findall(
        r'<details class="[^"]*tg-priority" id="([^"]+)" data-priority="[^"]+" data-met="(\d+)"'
        r' data-partial="(\d+)" data-pending="(\d+)">',
        text,
    )
    assert details == rows
    # The compact table comes first, the details below it.
    assert text.index("## Priorities") < text.index("data-priority-row") < text.index("## Details")
    for priority_id, met, partial, pending in rows:
        statuses = [s.status for s in repo_pack.priorities[priority_id].exit_signals]
        assert (int(met), int(partial), int(pending)) == (
            statuses.count("met"),
            statuses.count("partial"),
            statuses.count("pending"),
        )
    every = [s.status for p in repo_pack.priorities.values() for s in p.exit_signals]
    totals = re.search(
        r'data-priorities="6" data-met="(\d+)" data-partial="(\d+)" data-pending="(\d+)"', text
    )
    assert totals is not None
    assert totals.groups() == tuple(str(every.count(s)) for s in ("met", "partial", "pending"))


def test_dashboard_shows_snapshot_sequence_non_goals_and_newest_evidence(
    repo_site: SiteInput, repo_pack: ClaimsPack
) -> None:
    text = pages.dashboard(repo_site)
    assert repo_pack.meta.snapshot.isoformat() in text
    assert "## Sequence" in text and 'id="tg-sequence-title"' in text
    assert text.count("<li value=") == len(repo_pack.sequence)
    for goal in repo_pack.non_goals:
        assert f"../truthgraph/claims/{goal}/" not in text  # links are relative to the page
        assert f'href="claims/{goal}/"' in text
    # Freshness is said once, in a summary card, not as a badge per piece of evidence.
    assert 'data-stale="0"' in text and "8 fresh" in text
    assert "tg-badge tg-stale" not in text and "tg-badge tg-fresh" not in text
    for signal_id in repo_pack.exit_signals:
        assert f'id="{signal_id}"' in text


def test_stale_evidence_says_what_to_refresh_and_how(
    repo_pack: ClaimsPack, repo_graph: nx.MultiDiGraph
) -> None:
    later = TODAY + dt.timedelta(days=400)
    site = SiteInput(repo_pack, repo_graph, Report(), later)
    dashboard = pages.dashboard(site)
    stale = len(repo_pack.evidence)
    assert f'data-stale="{stale}"' in dashboard and f"{stale} of {stale} <small>evidence stale" in dashboard
    assert dashboard.count("refresh them") == 1
    evidence = pages.evidence_page(site)
    assert f"{stale} of {stale} pieces of evidence are stale: refresh them" in evidence
    assert evidence.count("Refresh: ") == stale
    assert "find a newer run of the same workflow" in evidence  # the ci-run evidence


def test_priority_bar_shows_the_three_counts() -> None:
    bar = pages._bar(1, 2, 1)
    assert 'aria-label="1 met, 2 partial, 1 pending"' in bar
    assert 'class="tg-bar-met" style="width:25.0%"' in bar
    assert 'class="tg-bar-partial" style="width:50.0%"' in bar


# -- claim pages -----------------------------------------------------------------------------


def test_claim_page_lists_its_evidence_rules_and_relations(
    repo_site: SiteInput, repo_pack: ClaimsPack
) -> None:
    claim = repo_pack.claims["nix-bootstrap-workflow-owned"]
    text = pages.record_page(repo_site, claim.id)
    assert text.startswith(f'---\ntitle: "{claim.id}"\n---\n\n# {claim.id}\n')
    rows = re.findall(r'<span class="tg-evidence-row" data-evidence="([^"]+)">', text)
    assert rows == claim.evidence
    # Styled by Material: a table without a class attribute.
    assert "<table><thead><tr><th>Evidence</th><th>Kind</th><th>Observed</th>" in text
    for evidence_id in claim.evidence:
        evidence = repo_pack.evidence[evidence_id]
        assert evidence.observed.isoformat() in text
    age = (TODAY - repo_pack.evidence[claim.evidence[0]].observed).days
    assert f'data-age="{age}">fresh</span>' in text
    for rule in claim.rules:
        assert f'data-rule="{claim.id}/{rule.id}"' in text
    assert "TG401 nix-before-bootstrap" in text  # the workflow rule's code
    examples, _, rules = text.partition("## Rules")
    assert "tinyland-nix comes with Nix preinstalled." in examples  # generated from the facts
    assert "Sentences like these are fine" in examples
    # Raw patterns only inside the collapsed rules section.
    assert "{" not in examples.split("## In plain words")[1].split("## Neighbourhood")[0]
    assert '<details class="note tg-rules-details">' in rules
    assert "No page in the checked docs contradicts it." in text
    assert "nongoal-flakehub-installs-nix" in text  # a non-goal that follows from it
    assert "P0 Normalize Workflow-Owned Nix Bootstrap" in text
    assert 'id="tg-neighbourhood-title"' in text


def test_claim_page_links_each_contradiction_to_its_page_and_line(
    repo_pack: ClaimsPack, repo_graph: object
) -> None:
    report = Report(findings=[finding("docs/guide/runners.md", 12, "nix-bootstrap-workflow-owned")])
    site = SiteInput(
        repo_pack,
        build_graph(repo_pack),
        report,
        TODAY,
        doc_urls={"docs/guide/runners.md": "guide/runners/"},
    )
    text = pages.record_page(site, "nix-bootstrap-workflow-owned")
    # The link opens the page at the offending text and highlights it (a text fragment).
    assert (
        '<a href="../../../guide/runners/#:~:text=the%20excerpt">docs/guide/runners.md</a>'
        " — line 12, column 1"
    ) in text
    assert "<code>truthgraph explain nix-bootstrap-workflow-owned</code>" in text
    assert "<code>right</code>" in text
    flat = SiteInput(
        repo_pack,
        build_graph(repo_pack),
        report,
        TODAY,
        directory_urls=False,
        doc_urls={"docs/guide/runners.md": "guide/runners.html"},
    )
    assert 'href="../../guide/runners.html#:~:text=the%20excerpt"' in pages.record_page(
        flat, "nix-bootstrap-workflow-owned"
    )


def test_every_record_and_every_guarded_topic_gets_a_page(
    repo_site: SiteInput, repo_pack: ClaimsPack
) -> None:
    built = pages.build_pages(repo_site)
    for record_id in [*repo_pack.claims, *repo_pack.non_goals]:
        assert f"truthgraph/claims/{record_id}.md" in built
    # A boundary page for every topic with a non-goal (and the configured ones) ...
    guarded = {t for g in repo_pack.non_goals.values() for t in g.topics} | {"flakehub"}
    assert {p for p in built if p.startswith("truthgraph/boundaries/")} == {
        "truthgraph/boundaries/index.md",
        *(f"truthgraph/boundaries/{t}.md" for t in guarded),
    }
    # ... and every topic is a row of the index, linking its claims.
    topics = {t for c in repo_pack.claims.values() for t in c.topics} | guarded
    index = built["truthgraph/boundaries/index.md"]
    for topic in topics:
        assert f'data-topic="{topic}"' in index
    assert 'id="topic-workspace"' in index and "template-no-clean-false" in index
    assert index.index('data-topic="flakehub"') < index.index('data-topic="arc"')
    claim = built["truthgraph/claims/template-no-clean-false.md"]
    assert 'href="../../boundaries/#topic-workspace"' in claim  # no page: the index row


def test_page_heads_are_the_start_of_each_page(repo_site: SiteInput, tmp_path: Path) -> None:
    for site in (repo_site, tiny_site(tmp_path)):
        heads = pages.page_heads(site)
        built = pages.build_pages(site)
        assert list(heads) == list(built)
        for src, head in heads.items():
            assert built[src].startswith(head), src
            assert pages.without_front_matter(built[src]).startswith("# "), src


def test_flakehub_boundary_says_what_may_and_may_not_be_said(repo_site: SiteInput) -> None:
    text = pages.boundary_page(repo_site, "flakehub")
    assert "\n# Boundary: FlakeHub\n" in text
    said, _, rest = text.partition("## What may not be said")
    assert "FlakeHub is still publication/discovery later" in said
    assert "post-bootstrap clean-derivation publication" in said  # the fix hint
    assert "nongoal-flakehub-memory-heavy" in rest
    assert "Do not present FlakeHub as the answer to memory-heavy Rust/Nix workloads." in rest
    assert "## Open questions" in rest and "one clear FlakeHub owner lane" in rest
    assert "{flakehub}" not in text  # no raw pattern on the page
    # The same content as `truthgraph boundary flakehub --format markdown`.
    from truthgraph.boundary import build_boundary, render_markdown

    cli = render_markdown(build_boundary(repo_site.pack, "flakehub", TODAY), heading=False)
    unlinked = re.sub(r"\[(`[^`]+`)\]\([^)]*\)", r"\1", text)
    assert cli in unlinked


def test_contradictions_group_by_page_with_fix_hints(repo_pack: ClaimsPack) -> None:
    report = Report(
        findings=[
            finding("docs/b.md", 3, "flakehub-publication-only"),
            finding("docs/a.md", 9, "arc-scales-horizontally"),
            finding("docs/a.md", 2, "nix-bootstrap-workflow-owned"),
        ]
    )
    report.sort()
    site = SiteInput(repo_pack, build_graph(repo_pack), report, TODAY, doc_urls={"docs/a.md": "a/"})
    text = pages.contradictions_page(site)
    assert text.index("## docs/a.md") < text.index("## docs/b.md")
    assert text.index('data-line="2"') < text.index('data-line="9"')
    assert text.count("How to say it:") == 3
    assert '<a href="../../a/">Open the page</a>' in text
    assert "3 findings in 2 files" in text


def test_graph_page_has_one_diagram_per_view_and_tables(repo_site: SiteInput) -> None:
    text = pages.graph_page(repo_site)
    assert len(SVG.findall(text)) == 3
    for heading in ("## Topics", "## Owners", "## Entities"):
        assert heading in text


# -- escaping --------------------------------------------------------------------------------


def test_script_in_claims_is_shown_as_text_everywhere(tmp_path: Path) -> None:
    hostile = "Widgets <script>alert('x')</script> & *stars* `code` {++critic++}"
    site = tiny_site(tmp_path, hostile)
    report = Report(
        findings=[finding("docs/w.md", 4, "tiny-claim", message=f"contradicts: {hostile}")]
    )
    hostile_topic = next(t for t in site.pack.claims["tiny-claim"].topics if "<" in t)
    site = SiteInput(
        site.pack,
        site.graph,
        report,
        TODAY,
        doc_urls={"docs/w.md": "w/"},
        boundary_topics=(hostile_topic,),  # a configured topic gets a page
    )
    built = pages.build_pages(site)
    built["annotation"] = pages.annotation(site, "w/", report.findings)
    for name, text in built.items():
        lowered = text.lower()
        assert "<script" not in lowered, name
        assert "<img" not in lowered, name
        assert "<b>pack" not in lowered and "<em>magic" not in lowered, name
        assert "{++" not in text, name
        assert 'href="javascript' not in lowered, name  # only http(s) evidence URLs are links
    claim_page = built["truthgraph/claims/tiny-claim.md"]
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in claim_page
    assert "&lt;img src=x onerror=alert(1)&gt;" in claim_page
    topic_pages = [p for p in built if p.startswith("truthgraph/boundaries/title-script")]
    assert topic_pages, "the hostile topic still gets a page with a safe file name"
    front, heading = built[topic_pages[0]].splitlines()[1], built[topic_pages[0]].splitlines()[4]
    assert front == 'title: "Boundary: /titlescriptalert(topic)/script"'
    assert heading.startswith("# Boundary: &lt;/title&gt;&lt;script&gt;alert")


def test_titles_keep_no_markup() -> None:
    assert pages.safe_title("Home &lt;/title&gt;<script>`x`") == "Home lt;/titlegt;scriptx"
    assert pages.safe_title("<>") == "untitled"


def test_markdown_significant_characters_become_entities() -> None:
    assert md_text("a_b *c* [d](e) <f> #g `h`") == (
        "a&#95;b &#42;c&#42; &#91;d&#93;&#40;e&#41; &lt;f&gt; &#35;g &#96;h&#96;"
    )
    assert esc("a\nb\x00c") == "a b\ufffdc"
    assert inline_code("use `<x>` now") == "use <code>&lt;x&gt;</code> now"
    assert inline_code("odd ` tick") == "odd &#96; tick"


# -- annotations -----------------------------------------------------------------------------


def test_annotation_goes_after_the_title_and_lists_lines(repo_site: SiteInput) -> None:
    findings = [
        finding("docs/r.md", 7, "nix-bootstrap-workflow-owned"),
        finding("docs/r.md", 3, "arc-scales-horizontally"),
    ]
    block = pages.annotation(repo_site, "guide/r/", findings)
    assert block.index("Line 3") < block.index("Line 7")
    assert 'href="../../truthgraph/claims/nix-bootstrap-workflow-owned/"' in block
    assert "2 findings" in block
    page = '<html><body><header>x</header><article><h1 id="title">Title</h1><p>Body</p></article></body></html>'
    annotated = pages.annotate_html(page, block)
    head, _, rest = annotated.partition("</h1>")
    assert head.endswith('<h1 id="title">Title')
    assert rest.startswith('\n<div class="admonition warning tg-annotation"')
    assert rest.endswith("<p>Body</p></article></body></html>")
    no_title = pages.annotate_html('<html><body class="x"><p>Hi</p></body></html>', block)
    assert no_title.startswith('<html><body class="x">\n<div class="admonition')
    assert pages.annotate_html("x", "") == "x"


def test_annotation_from_a_real_check(tmp_path: Path, repo_pack: ClaimsPack) -> None:
    from conftest import PLANTED

    page = tmp_path / "runners.md"
    page.write_text(PLANTED, encoding="utf-8")
    report = Checker(repo_pack, CheckOptions(today=TODAY)).check_paths([page], lambda p: p.name)
    lines = sorted({f.line for f in report.findings})
    assert lines == [3, 11]
    block = pages.annotation(
        SiteInput(repo_pack, build_graph(repo_pack), report, TODAY), "runners/", report.findings
    )
    for line in lines:
        assert f'<li data-line="{line}"><strong><a href="#:~:text=' in block
        assert f">Line {line}</a></strong>" in block
    # Line 3's link highlights its sentence on the page.
    assert 'href="#:~:text=The%20tinyland-nix%20runner%20comes%20with%20Nix%20preinstalled.' in block


# -- addresses -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "directory", "url"),
    [
        ("index.md", True, "./"),
        ("a/index.md", True, "a/"),
        ("a/b.md", True, "a/b/"),
        ("a/b.md", False, "a/b.html"),
        ("a/README.md", False, "a/"),
    ],
)
def test_url_of_matches_mkdocs(src: str, directory: bool, url: str) -> None:
    assert pages.url_of(src, directory) == url


@pytest.mark.parametrize(
    ("here", "there", "expected"),
    [
        ("truthgraph/claims/x/", "guide/y/", "../../../guide/y/"),
        ("truthgraph/", "truthgraph/graph/", "graph/"),
        ("./", "truthgraph/", "truthgraph/"),
        ("", "a/b.html#z", "a/b.html#z"),
        ("a/b.html", "a/c.html", "c.html"),
        ("a/b/", "a/b/", "./"),
        ("a/b/", "a/b/#k", "./#k"),
    ],
)
def test_relative_links(here: str, there: str, expected: str) -> None:
    assert pages.relative(here, there) == expected


def test_page_names_never_clash_with_index_pages() -> None:
    assert pages.page_name("index") == "_index"
    assert pages.topic_slugs(["Index", "a b", "a-b"]) == {
        "Index": "index-2",
        "a b": "a-b",
        "a-b": "a-b-2",
    }


def test_freshness_levels() -> None:
    assert pages.freshness(-1, 10) == "future"
    assert pages.freshness(10, 10) == "fresh"
    assert pages.freshness(11, 10) == "stale"


# -- svg -------------------------------------------------------------------------------------


def test_every_diagram_in_every_page_is_well_formed_xml(
    repo_site: SiteInput, tmp_path: Path
) -> None:
    hostile = tiny_site(tmp_path, "Bad \x0b <svg onload=alert(1)> ]]> & label")
    for site in (repo_site, hostile):
        for name, text in pages.build_pages(site).items():
            for figure in SVG.findall(text):
                root = ET.fromstring(figure)  # raises on malformed XML
                assert root.tag == "{http://www.w3.org/2000/svg}svg", name
                assert not root.findall(".//{http://www.w3.org/2000/svg}script")


def test_layers_follow_edges_and_survive_cycles() -> None:
    arrows = [svg.Arrow("a", "b"), svg.Arrow("b", "c"), svg.Arrow("c", "b"), svg.Arrow("c", "d")]
    found = svg.layers(["a", "b", "c", "d"], arrows)
    assert found["a"] < found["b"] == found["c"] < found["d"]
    text = svg.render(
        [svg.Box(n, f"node {n} <&>", "claim") for n in "abcd"], arrows, caption="cycle"
    )
    root = ET.fromstring(text)
    labels = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "node a <&>" in labels


def test_wrap_cuts_long_labels() -> None:
    assert svg.wrap("x" * 100, width=30, max_lines=3)[-1].endswith("…")
    assert svg.wrap("short words here", width=30) == ("short words here",)


def test_top_to_bottom_layout_puts_layers_in_rows() -> None:
    text = svg.render(
        [svg.Box("a", "A"), svg.Box("b", "B")],
        [svg.Arrow("a", "b", "next")],
        caption="flow",
        direction="TB",
    )
    rects = ET.fromstring(text).findall(".//{http://www.w3.org/2000/svg}rect")
    ys = sorted(float(r.attrib["y"]) for r in rects)
    assert ys[0] < ys[1]
    with pytest.raises(ValueError, match="direction"):
        svg.render([], [], caption="x", direction="RL")


def test_every_plugin_option_is_explained() -> None:
    from truthgraph.site.plugin import OPTION_HELP, TruthgraphConfig

    assert set(OPTION_HELP) == {name for name, _ in TruthgraphConfig._schema}


def test_the_truth_is_the_statement_and_the_quote_is_the_source(
    repo_site: SiteInput, repo_pack: ClaimsPack
) -> None:
    claim = repo_pack.claims["flakehub-publication-only"]
    quoted = claim.model_copy(
        update={
            "statement": "FlakeHub is for publication and discovery only",
            "quote": "FlakeHub is still publication/discovery later",
        }
    )
    pack = dataclasses.replace(repo_pack, claims={**repo_pack.claims, claim.id: quoted})
    site = dataclasses.replace(repo_site, pack=pack)
    text = pages.record_page(site, claim.id)
    assert '<p class="tg-statement">FlakeHub is for publication and discovery only</p>' in text
    assert (
        '<blockquote class="tg-quote"><p>FlakeHub is still publication/discovery later</p>'
        in text
    )
    boundary = pages.boundary_page(site, "flakehub")
    assert "**FlakeHub is for publication and discovery only.**" in boundary
    assert "Source: <q>FlakeHub is still publication/discovery later</q>" in boundary
    # Without a quote, nothing is quoted.
    unquoted = dataclasses.replace(
        repo_site,
        pack=dataclasses.replace(
            repo_pack, claims={**repo_pack.claims, claim.id: claim.model_copy(update={"quote": None})}
        ),
    )
    assert "tg-quote" not in pages.record_page(unquoted, claim.id)
