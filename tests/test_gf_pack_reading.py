"""The GloriousFlywheel pack read against small pages and workflows."""

from __future__ import annotations

from pathlib import Path

import pytest

from truthgraph.engine import Checker


def test_a_negation_in_a_later_clause_with_its_own_subject_does_not_cancel(
    gf_checker: Checker,
) -> None:
    text = (
        "# GloriousFlywheel scorecard\n\nFlakeHub is tracked in the RFC; it is not part of how"
        " runners get Nix and the scorecard will not push it before the heavy lane is stable.\n"
    )
    result = gf_checker.check_text("docs/scorecard.md", text)
    assert [f.claim for f in result.findings if f.claim == "flakehub-publication-only"] == []


def test_a_hosted_job_its_comment_calls_an_exception_is_named(gf_checker: Checker) -> None:
    text = (
        "jobs:\n  build:\n    runs-on: tinyland-docker\n    steps:\n      - run: make\n"
        "  fork-test:\n    runs-on: ubuntu-latest # hosted: fork PR exception\n"
        "    steps:\n      - run: make test\n"
        "  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make lint\n"
    )
    result = gf_checker.check_text(".github/workflows/pr.yml", text)
    hosted = [
        (f.line, f.rule) for f in result.findings if f.claim == "hosted-runners-explicit-exception"
    ]
    assert hosted == [(11, "TG403")]


def test_its_own_publication_job_is_no_role_of_the_caches(gf_checker: Checker) -> None:
    text = (
        "# GloriousFlywheel CI\n\nAttic and the Bazel remote cache make builds faster. They are"
        " not how anything gets shipped; a release goes through its own publication job.\n"
    )
    result = gf_checker.check_text("docs/ci.md", text)
    assert [f.claim for f in result.findings] == []


def _hosted_lines(gf_checker: Checker, body: str) -> list[int]:
    result = gf_checker.check_text("docs/ci.md", "# GloriousFlywheel CI\n\n" + body)
    return [f.line for f in result.findings if f.claim == "hosted-runners-explicit-exception"]


def test_a_silent_retry_or_reroute_on_a_hosted_runner_is_a_fallback(gf_checker: Checker) -> None:
    body = (
        "If our lanes are saturated, your job is automatically retried on `ubuntu-latest`.\n\n"
        "The workflow detects a long queue and quietly reruns the job on `ubuntu-latest`.\n\n"
        "When a caller leaves `runner` empty, V2 quietly routes the job to `ubuntu-latest`.\n"
    )
    assert _hosted_lines(gf_checker, body) == [3, 5, 7]


def test_what_a_step_orders_removed_is_described_not_stated(gf_checker: Checker) -> None:
    body = (
        "1. **Remove hosted fallbacks.** Expressions like"
        " `${{ inputs.runner || 'ubuntu-latest' }}` silently send jobs to GitHub when an input"
        " is empty.\n"
    )
    assert _hosted_lines(gf_checker, body) == []


def _claims(gf_checker: Checker, body: str) -> list[tuple[int, str]]:
    result = gf_checker.check_text("docs/plan.md", "# GloriousFlywheel plan\n\n" + body)
    return [(f.line, f.claim) for f in result.findings]


def test_a_steps_comment_and_its_setting_are_one_finding_at_the_setting(
    gf_checker: Checker,
) -> None:
    """The comment above a step's `- name:` speaks of the step; the contradiction is the
    `uses:` line it explains, reported once there."""
    text = (
        "jobs:\n  build:\n    runs-on: tinyland-nix\n    steps:\n"
        "      - uses: DeterminateSystems/determinate-nix-action@v3\n"
        "      # second substituter for cold pods: pull whatever FlakeHub already has\n"
        "      # before falling through to Attic\n"
        "      - name: FlakeHub cache\n"
        "        uses: DeterminateSystems/flakehub-cache-action@main\n"
        "      - run: nix build\n"
    )
    result = gf_checker.check_text(".github/workflows/ci.yml", text)
    assert [(f.line, f.claim) for f in result.findings] == [(9, "flakehub-publication-only")]


PAGES = [
    pytest.param(
        "# GloriousFlywheel PR review\n\n## pw-guard annotations\n\n"
        "| Code | Sev | Message |\n|---|---|---|\n"
        "| `PW-BOOT` | ⚠️ | `e2e-beta` relies on the browsers in the ubuntu-latest image. |\n"
        "| `PW-BOOT` | ✅ | `e2e-gamma` relies on the browsers in the ubuntu-latest image. |\n",
        [(8, "browser-bootstrap-explicit")],
        id="a_bots_warning_row_describes_what_it_flags",
    ),
    pytest.param(
        "# GloriousFlywheel PR review\n\n## pw-guard annotations\n\n"
        "| Sev | Code | Message |\n|---|---|---|\n"
        "| ⚠️ | `PW-BOOT` | `e2e-beta` relies on the browsers in the ubuntu-latest image. |\n"
        "| ✅ | `PW-BOOT` | `e2e-gamma` relies on the browsers in the ubuntu-latest image. |\n",
        [(8, "browser-bootstrap-explicit")],
        id="a_bots_leading_severity_cell_marks_what_it_flags",
    ),
    pytest.param(
        "# GloriousFlywheel PR review\n\n**@mkovacs** replied:\n\n"
        "> Leave it on `tinyland-nix`; under load ARC hands the busy pod more memory.\n",
        [(5, "arc-scales-horizontally")],
        id="a_reviewers_reply_under_their_name_is_their_own_word",
    ),
    pytest.param(
        "# GloriousFlywheel CI history\n\n## The assumption we started with\n\n"
        "> **`7d2c0a4`** ci: run flake check on tinyland-nix\n>\n"
        "> The GF nix lane has Nix on the image, so we can skip the installer.\n\n"
        "Today tinyland-nix has Nix on the image, so we skip the installer.\n",
        [(9, "nix-bootstrap-workflow-owned")],
        id="a_quoted_commit_message_is_what_was_written_then",
    ),
    pytest.param(
        "# GloriousFlywheel forum\n\n```bash\n"
        "export ATTIC_SERVER=http://attic-api.nix-cache.svc:8080   # is this still right?\n"
        "export ATTIC_SERVER=http://attic-api.nix-cache.svc:8080   # our cache\n```\n",
        [(5, "attic-endpoint-current")],
        id="a_value_whose_comment_asks_about_it",
    ),
    pytest.param(
        "# GloriousFlywheel audit\n\n## 4. Shared JS/Bazel template (GF-C08)\n\n"
        "- V2 branch: adds runner-intent and workspace-intent inputs. Isolated workspaces are"
        " the normal path; `clean: false` appears only behind an opt-in input. ✓\n"
        "- V3 branch: adds a cache input. The normal path keeps `clean: false` for every"
        " caller. ✓\n",
        [(6, "template-no-clean-false")],
        id="a_value_only_behind_an_opt_in_input",
    ),
    pytest.param(
        "# Caches, Publication and FlakeHub\n\n## Two caches, one purpose\n\n"
        "GF offers two caches, and both exist to make builds faster.\n",
        [],
        id="both_of_a_counted_noun_is_its_subject_not_the_headings",
    ),
    pytest.param(
        "# GloriousFlywheel template\n\n## The shared JS/Bazel template\n\n"
        "The template lives in `js-bazel-template.yml`.\n\n"
        "- Its checkout still carries a leftover `clean: false`; it is slated for removal,\n"
        "  because the normal path must not depend on a dirty workspace.\n"
        "- Its checkout still carries `clean: false`; it is slated for the next release.\n",
        [(9, "template-no-clean-false")],
        id="a_value_slated_for_removal_is_not_kept",
    ),
    pytest.param(
        "# GloriousFlywheel alerts\n\n```yaml\ngroups:\n  - name: gf-runners\n    rules:\n"
        "      - alert: GFRunnerOOMKilled\n        annotations:\n"
        '          summary: "Runner pod OOM-killed"\n          description: >-\n'
        "            A runner pod on tinyland-nix was OOM-killed. ARC grows the pod's memory\n"
        "            when the build needs more, so one kill heals itself.\n```\n",
        [(11, "arc-scales-horizontally")],
        id="an_alert_description_in_a_yaml_fence_is_prose",
    ),
    pytest.param(
        "# GloriousFlywheel Renovate\n\n```json5\n{\n  packageRules: [\n    {\n"
        "      // flake.lock refresh. Checked on tinyland-nix, which already has Nix\n"
        "      // preinstalled, so the PR check can call `nix flake check` directly.\n"
        '      matchManagers: ["nix"],\n'
        "    },\n  ],\n}\n```\n",
        [(7, "nix-bootstrap-workflow-owned")],
        id="a_json5_fences_slash_comments_are_prose",
    ),
    pytest.param(
        "# GloriousFlywheel Renovate\n\n```json\n{\n"
        '  "description": "tinyland-nix has Nix preinstalled",\n'
        '  "url": "https://example.org//tinyland-nix has Nix preinstalled"\n}\n```\n',
        [],
        id="a_json_fences_strings_and_urls_are_no_comments",
    ),
    pytest.param(
        "# GloriousFlywheel video\n\n| Beat | Narration (rough) | On-screen text |\n"
        "|---|---|---|\n"
        '| C4 | "For anything flaky on GF, just set `runs-on: ubuntu-latest` for the test job;'
        ' nobody needs to sign off." | `runs-on: ubuntu-latest` |\n',
        [(5, "hosted-runners-explicit-exception")],
        id="a_narration_column_with_a_note_is_said",
    ),
    pytest.param(
        "# GloriousFlywheel shots\n\n| Shot | Content | Notes |\n|---|---|---|\n"
        "| S10 | Diagram: FlakeHub serves the binary cache for tinyland-nix | CUT per review 2.5"
        " — wrong |\n"
        "| S11 | Diagram: FlakeHub serves the binary cache for tinyland-nix | Cut down to 8"
        " seconds |\n",
        [(6, "flakehub-publication-only")],
        id="a_cut_shot_is_not_shown_a_shortened_one_is",
    ),
    pytest.param(
        "# GloriousFlywheel video scripts\n\n"
        "| Scene | Narration | On screen |\n| --- | --- | --- |\n"
        '| 1.7 | "tinyland-nix comes with Nix already on the PATH, so start with nix build." |'
        " `nix build` |\n",
        [(5, "nix-bootstrap-workflow-owned")],
        id="a_quoted_narration_cell_is_said",
    ),
    pytest.param(
        "# GloriousFlywheel video scripts\n\n| Quote | Source |\n| --- | --- |\n"
        '| "tinyland-nix comes with Nix already on the PATH" | an old wiki page |\n',
        [],
        id="a_quoted_cell_under_another_header_is_mentioned",
    ),
    pytest.param(
        '# GloriousFlywheel video scripts\n\nVO: "ARC resizes the pod when a build needs more '
        'memory."\n',
        [(3, "arc-scales-horizontally")],
        id="a_voice_over_line_is_said",
    ),
    pytest.param(
        "# GloriousFlywheel intake\n\n```yaml\nname: Heavy lane request\nbody:\n"
        "  - type: dropdown\n    attributes:\n      label: Lane\n      options:\n"
        "        - tinyland-nix\n        - tinyland-nix-heavy\n        - tinyland-gpu\n"
        "  - type: markdown\n    attributes:\n      value: |\n"
        "        ARC grows the pod when your job needs more memory.\n```\n",
        [(12, "arc-lane-taxonomy"), (16, "arc-scales-horizontally")],
        id="an_issue_form_shown_in_a_page_is_read_as_a_form",
    ),
    pytest.param(
        "# GloriousFlywheel intake\n\n```yaml\nname: Heavy lane request\nbody:\n"
        "  - type: dropdown\n    attributes:\n      label: Lane\n      options:\n"
        "        - tinyland-nix\n        - tinyland-nix-heavy\n"
        "  - type: markdown\n    attributes:\n      value: |\n"
        "        ARC adds runners; it never grows a pod.\n```\n",
        [],
        id="an_issue_form_shown_in_a_page_that_agrees",
    ),
    pytest.param(
        "# GloriousFlywheel placement\n\n```mermaid\nflowchart LR\n"
        '    S["sting"]\n    N["tinyland-nix pod"] --> W["honey workers"]\n'
        '    N -->|"overflow when workers are full"| S\n```\n',
        [(7, "sting-outside-default-surface")],
        id="an_edge_label_reads_from_its_source_to_its_target",
    ),
    pytest.param(
        "# GloriousFlywheel placement\n\n```mermaid\nflowchart LR\n"
        '    S["sting"]\n    N["tinyland-nix pod"] --> W["honey workers"]\n'
        '    N -.-x|"never lands here"| S\n```\n',
        [],
        id="an_edge_label_that_denies_its_target",
    ),
    pytest.param(
        "# GloriousFlywheel caches\n\n```mermaid\nflowchart LR\n"
        '    NIX["tinyland-nix"]\n    FH["FlakeHub<br/>runtime substituter"]\n'
        '    NIX -.-x|"not a substituter"| FH\n```\n',
        [(6, "flakehub-publication-only")],
        id="a_bare_id_on_an_edge_takes_its_nodes_name_not_its_description",
    ),
    pytest.param(
        "# GloriousFlywheel checker output\n\n```\ndocs/a.md:3:46: error TG102 says\n"
        "    Use the tinyland-nix runner: it ships with Nix preinstalled, so run nix build.\n```\n",
        [],
        id="a_fence_holding_a_tools_report_is_not_prose",
    ),
    pytest.param(
        "# GloriousFlywheel bot\n\n## /gf nix-setup\n\n```\nflywheel-bot  APP  13:30\n"
        "Skip the install step on tinyland-nix -- the runner image already has Nix.\n```\n",
        [(7, "nix-bootstrap-workflow-owned")],
        id="a_bots_reply_in_a_plain_fence_is_prose",
    ),
    pytest.param(
        "# GloriousFlywheel bot\n\n## /gf nix-setup\n\n```\nruns-on: tinyland-nix\n"
        "env:\n  NIX_CONFIG: the runner image already has Nix\n```\n",
        [],
        id="a_fence_of_yaml_keys_is_not_prose",
    ),
    pytest.param(
        "# GloriousFlywheel bootstrap\n\n```mermaid\nsequenceDiagram\n"
        "    Note over R,FH: FlakeHub provisions Nix on first use if step 1 is skipped\n"
        "    R->>A: use ATTIC_SERVER as the substituter\n```\n",
        [(5, "flakehub-publication-only")],
        id="a_sequence_diagrams_note_is_prose",
    ),
    pytest.param(
        "# GloriousFlywheel bot\n\n### Job on `tinyland-nix`, older reply (pre-April)\n\n```\n"
        "acme/ledger #1980 was OOMKilled on tinyland-nix.\n"
        "Just re-run it: ARC bumps the pod's memory on the next attempt.\n```\n",
        [],
        id="an_older_reply_under_its_heading_is_history",
    ),
    pytest.param(
        "# GloriousFlywheel caches\n\n## What the caches are (and are not)\n\n"
        "- Attic and the Bazel remote cache make builds faster.\n"
        "- Since Attic holds every output we build, it doubles as our release channel.\n",
        [(6, "caches-are-acceleration-not-publication")],
        id="a_heading_over_both_sides_does_not_negate_its_list",
    ),
    pytest.param(
        "# GloriousFlywheel minutes\n\n**Decision:** move the `ledger-core` release job and the"
        " `tally` link step to\n`tinyland-nix-heavy`. PR and unit-test jobs stay on"
        " `tinyland-nix`.\n",
        [],
        id="unit_test_jobs_that_stay_are_not_the_heavy_ones",
    ),
    pytest.param(
        "# GloriousFlywheel terms\n\n| Term | Meaning |\n|---|---|\n"
        "| runtime cache | FlakeHub's cache as used by `tinyland-nix` jobs |\n"
        "| acceleration cache | Attic, the cache used by `tinyland-nix` jobs |\n",
        [(5, "flakehub-publication-only")],
        id="a_cache_used_by_the_lanes_jobs_is_in_their_runtime",
    ),
    pytest.param(
        "# GloriousFlywheel acceptance\n\n```gherkin\nScenario: Stale Attic endpoint\n"
        '  Given a workflow still sets ATTIC_SERVER to "http://attic-api.nix-cache.svc:8080"\n'
        "  When the workflow lint runs\n  Then the lint flags the endpoint\n\n"
        "Scenario: Attic on the Nix lane\n  Given the lane env\n"
        '  Then ATTIC_SERVER is "http://attic-api.nix-cache.svc:8080"\n```\n',
        [(11, "attic-endpoint-current")],
        id="a_gherkin_given_step_sets_up_what_a_then_step_asserts",
    ),
    pytest.param(
        "# GloriousFlywheel lanes\n\nThe `honey` cluster runs `linux-xr-docker`, `personal-docker`,"
        " `personal-nix`, `tinyland-dind`, `tinyland-docker`, `tinyland-nix` and"
        " `tinyland-nix-heavy`. Only the `tinyland-*` ones are repo-owned lanes meant for you.\n",
        [],
        id="only_the_ones_selects_from_a_list_not_its_last_name",
    ),
    pytest.param(
        "# GloriousFlywheel test matrix\n\n| Suite | Lane | Notes |\n|---|---|---|\n"
        "| api unit (cargo via Nix) | `tinyland-nix` | |\n"
        "| yt-text release link (cargo, 12 GiB) | `tinyland-nix` | |\n",
        [(6, "heavy-jobs-use-nix-heavy-lane")],
        id="a_rows_unit_tests_are_not_the_heavy_work",
    ),
    pytest.param(
        "# GloriousFlywheel game day\n\n| Signal | Expected value |\n|---|---|\n"
        "| Nix at job start on `tinyland-nix` | already on the image, so no install step |\n",
        [(5, "nix-bootstrap-workflow-owned")],
        id="an_expected_column_alone_states_what_should_hold",
    ),
    pytest.param(
        "# GloriousFlywheel game day\n\n| Signal | Expected | Actual |\n|---|---|---|\n"
        "| Nix at job start on `tinyland-nix` | already on the image | missing, job failed |\n",
        [],
        id="an_expected_column_beside_an_actual_one_is_a_prediction",
    ),
    pytest.param(
        '# GloriousFlywheel quickstart\n\n> "Can FlakeHub install Nix for us on the runners?"\n\n'
        "No, and that is not on the roadmap. Install Nix in the workflow.\n",
        [],
        id="a_command_to_the_reader_takes_no_subject_from_the_question",
    ),
    pytest.param(
        "# GloriousFlywheel troubleshooting\n\n### Substituter errors mentioning flakehub.com"
        "\n\nRemove the entry; Attic is the only binary cache in the CI path.\n",
        [],
        id="a_heading_naming_errors_is_a_symptom",
    ),
    pytest.param(
        "# GloriousFlywheel talk: Runner lanes\n\n"
        ":: That isn't a feature of ARC. Dynamic vertical resizing is\n"
        ":: explicitly a non-goal for this sprint.\n",
        [],
        id="a_talk_pages_colon_indent_breaks_no_clause",
    ),
    pytest.param(
        "# GloriousFlywheel context\n\n| System | Holds | Role |\n|---|---|---|\n"
        "| FlakeHub | released flake versions | Where other teams discover flakes, and where our"
        " runners get their Nix from. |\n",
        [(5, "flakehub-publication-only")],
        id="a_where_clause_is_said_of_the_rows_key",
    ),
    pytest.param(
        "# GloriousFlywheel FAQ\n\n**Q: Does ARC grow the runner pod when a build needs more"
        " memory?**\n\nIt already does.\n",
        [(5, "arc-scales-horizontally")],
        id="it_already_does_affirms_the_question",
    ),
    pytest.param(
        "# GloriousFlywheel runner FAQ\n\nWill ARC bump my memory limit?\n\n"
        "Yes, the runner set raises the pod's memory limit as the job approaches it.\n",
        [(5, "arc-scales-horizontally"), (5, "heavy-jobs-use-nix-heavy-lane")],
        id="an_answers_noun_of_another_kind_is_not_the_questions_name",
    ),
    pytest.param(
        "# Picking a lane\n\nOur Rust builds peak at 14 GiB.\n\n"
        "- Fits comfortably today? Stay on `tinyland-nix`.\n"
        "- Links a big binary? Stay on `tinyland-nix`.\n",
        [(6, "heavy-jobs-use-nix-heavy-lane")],
        id="the_question_an_answer_follows_sets_its_condition",
    ),
    pytest.param(
        "# Ticket\n\n```yaml\njobs:\n  check:\n    runs-on: tinyland-nix\n    steps:\n"
        "      # fails: nothing has installed Nix yet on this pod\n"
        "      - run: nix flake check\n```\n",
        [],
        id="a_nix_call_under_a_failing_comment_shows_the_failure",
    ),
    pytest.param(
        "# Patterns\n\n```yaml\njobs:\n  check:\n    runs-on: tinyland-nix\n    steps:\n"
        "      - uses: actions/checkout@v4\n"
        '      - run: nix flake check   # fails: "nix: command not found"\n```\n',
        [],
        id="a_nix_call_commented_as_failing_shows_the_failure",
    ),
    pytest.param(
        "# Patterns\n\n```yaml\njobs:\n  check:\n    runs-on: tinyland-nix\n    steps:\n"
        "      - uses: actions/checkout@v4\n"
        "      - run: nix flake check   # the whole suite\n```\n",
        [(9, "nix-bootstrap-workflow-owned")],
        id="a_nix_call_with_another_comment_still_needs_nix",
    ),
    pytest.param(
        "# Top tickets\n\n| # | Ticket theme | Count |\n|---|---|---|\n"
        "| 1 | `nix: command not found` on `tinyland-nix` | 31 |\n\n"
        "More teams now pull released builds straight out of the Bazel remote cache.\n",
        [(7, "caches-are-acceleration-not-publication")],
        id="not_found_on_a_lane_places_nothing_outside_the_platform",
    ),
    pytest.param(
        "# GF quick fixes\n\n```yaml\ntinyland-nix:\n  env:\n"
        "    ATTIC_SERVER: http://attic.nix-cache.svc.cluster.local\n"
        "    # ATTIC_SERVER: http://attic-api.nix-cache.svc:8080   # old value, do not restore\n"
        "```\n",
        [],
        id="a_value_its_own_comment_calls_old",
    ),
    pytest.param(
        "# GF CMDB: tinyland-nix\n\n| Field | Value | Verified |\n|---|---|---|\n"
        "| `ATTIC_SERVER` | `http://attic.nix-cache.svc.cluster.local` | 2026-04-16 |\n"
        "| `ATTIC_SERVER` (previous) | `http://attic-api.nix-cache.svc:8080` | — |\n"
        "| Fallback `ATTIC_SERVER` | `http://attic-api.nix-cache.svc:8080` | — |\n",
        [(7, "attic-endpoint-current")],
        id="a_row_keyed_as_previous_keeps_an_old_value",
    ),
    pytest.param(
        "# GF js-bazel template upgrade notes\n\n| V1 input | V2 input | Notes |\n|---|---|---|\n"
        "| (none; checkout used `clean: false`) | `workspace-intent: isolated \\| persistent` "
        "| `isolated` is the default. |\n",
        [],
        id="a_wording_that_starts_in_a_history_column_is_history",
    ),
    pytest.param(
        "# GF stories\n\n```gherkin\n@heavy\nScenario: a heavy build\n"
        "  Given a Rust job on tinyland-nix\n  When the link step needs 14Gi\n"
        "  Then the tinyland-nix pod grows to fit it\n"
        "  # Then nix is already installed on the runner\n```\n",
        [(8, "arc-scales-horizontally"), (8, "heavy-jobs-use-nix-heavy-lane")],
        id="a_gherkin_scenarios_steps_are_prose",
    ),
    pytest.param(
        "# GF study: recommendations\n\n### R10. Lean on FlakeHub for the memory-heavy crates\n\n"
        "### F-04: Persistent workspace in the shared template\n",
        [(3, "flakehub-publication-only")],
        id="a_records_title_that_recommends_is_asserted",
    ),
    pytest.param(
        "# GF heavy lane\n\n## When to use it\n\n- the job is Rust-heavy\n"
        "- it was OOMKilled on `tinyland-nix`\n\n"
        "Everything else stays on `tinyland-nix`.\n\n"
        "The memory-heavy Rust builds stay on `tinyland-nix` too.\n",
        [(10, "heavy-jobs-use-nix-heavy-lane")],
        id="everything_else_is_set_apart_from_the_situation",
    ),
    pytest.param(
        "# GF journeys\n\n## Picking a runner label\n\n| If your job is | Use | Notes |\n"
        "|---|---|---|\n| Docker build | `tinyland-docker` | Bazel cache pre-wired |\n"
        "| GPU inference | `tinyland-gpu` | Live on `honey` since March |\n",
        [(8, "arc-lane-taxonomy")],
        id="a_rows_lane_named_only_by_its_sections_heading",
    ),
    pytest.param(
        "# MassageIthaca: move e2e-beta off hosted runners\n\n"
        "Primary CI on the honey labels is fine.\n\n"
        "I'd keep `ubuntu-latest` as the automatic fallback whenever the runners are busy.\n",
        [(5, "hosted-runners-explicit-exception")],
        id="a_dogfood_repo_names_the_platform_and_a_title_leaving_hosted_is_not_githubs",
    ),
    pytest.param(
        "# GF study\n\n| Code | Role | Lanes used |\n|---|---|---|\n"
        "| P09 | Mobile dev | macOS hosted runners |\n| P10 | Web dev | hosted runners |\n",
        [(6, "hosted-runners-explicit-exception")],
        id="macos_hosted_runners_are_not_githubs_linux_fallback",
    ),
    pytest.param(
        "# GF lanes module\n\n```hcl\nlanes = {\n  tinyland-nix = {\n    env = {\n"
        '      ATTIC_SERVER = "http://attic-api.nix-cache.svc:8080"\n    }\n  }\n'
        '  personal-nix = {\n    github_secret_name = "github-personal-secret"\n'
        "    max_runners        = 2\n    env = {\n"
        '      ATTIC_SERVER = "http://attic-api.nix-cache.svc:8080"\n    }\n  }\n}\n```\n',
        [(7, "attic-endpoint-current")],
        id="an_hcl_blocks_key_owns_its_values",
    ),
    pytest.param(
        "# Upgrading the GF module\n\n| Input | 0.7.x default | 0.8.0 default |\n"
        "|---|---|---|\n"
        "| `attic_server` | `http://attic-api.nix-cache.svc:8080` | "
        "`http://attic.nix-cache.svc.cluster.local` |\n",
        [],
        id="a_dotted_version_column_beside_a_later_one_is_history",
    ),
    pytest.param(
        "# GF runners thread\n\n## 2. Devon\n\n"
        "On Tue, 21 Apr 2026 at 14:03, Sam wrote:\n"
        "> We make FlakeHub the way Nix lands on the runners.\n\nNo.\n\n"
        "> point the GF builders at FlakeHub Cache as their substituter\n\n"
        "Attic is staying.\n\n## 3. Sam\n\nFlakeHub Cache is our substituter.\n",
        [(16, "flakehub-publication-only")],
        id="a_replys_quotes_are_the_earlier_message",
    ),
    pytest.param(
        "# GF migration tracker\n\n"
        "| Repo | Owner | Current runner | Target lane | Nix? | Notes |\n"
        "|---|---|---|---|---|---|\n"
        "| acme/app | @kai | ubuntu-latest | tinyland-docker | no | in progress |\n"
        "| acme/gpu | @kai | tinyland-docker | tinyland-gpu | no | lane is registered on honey |\n",
        [(6, "arc-lane-taxonomy")],
        id="a_current_column_beside_a_target_one_is_the_starting_point",
    ),
    pytest.param(
        "# Changelog of the GF setup action\n\n## 1.2.0\n\n"
        "- `fallback-runner` input: when no self-hosted runner is free, jobs fall back\n"
        "  to `ubuntu-latest`. (Removed in 2.0.0.)\n",
        [],
        id="an_entry_taken_back_by_removed_in",
    ),
    pytest.param(
        '# GF 101 Q&A\n\n### "Is there a `tinyland-nix-xl` or a GPU lane?"\n\n'
        "No. The live set is the seven scale sets.\n",
        [],
        id="a_quoted_question_names_no_lane",
    ),
    pytest.param(
        "# GF review findings\n\n## F-04: Persistent workspace in the shared template\n\n"
        "Severity: medium.\n\n"
        "### P-3: In-place pod resizing for `tinyland-nix` (accepted, target end of Q2)\n",
        [(7, "arc-scales-horizontally"), (7, "heavy-jobs-use-nix-heavy-lane")],
        id="a_records_title_names_its_topic_unless_it_is_adopted",
    ),
    pytest.param(
        "# GF caching\n\n## Attic\n\nAttic speeds up builds.\n\n"
        "### Sharing builds with other teams\n\nAsk in the channel.\n",
        [],
        id="a_heading_that_opens_with_an_activity_names_its_topic",
    ),
    pytest.param(
        "# 2026-04-16\n\nThe GF sprint note is out.\n\n"
        "Non-goals (= don't promise these to anybody this sprint):\n\n"
        "- vertical resizing of ARC runner pods\n- FlakeHub as the way runners get Nix\n",
        [],
        id="a_lead_in_that_opens_with_its_frame_frames_its_list",
    ),
    pytest.param(
        "# GF node: sting\n\n| Field | Value |\n|---|---|\n"
        "| Capacity class | general-purpose; any lane may be scheduled here |\n",
        [(5, "sting-outside-default-surface")],
        id="any_lane_scheduled_here",
    ),
    pytest.param(
        "# Upstream notes for GF\n\n"
        '> "FlakeHub Cache gives your team a private binary cache."\n\n'
        "That is a product pitch to Determinate customers.\n\n"
        '> "Use `determinate-nix-action` to install Determinate Nix."\n\n'
        "This one we do use, as one of the two supported bootstrap paths on our Nix\nlanes.\n",
        [],
        id="this_one_points_at_the_nearest_thing_named",
    ),
    pytest.param(
        "# Show notes\n\n1. **Talk 2.** FlakeHub is publication and discovery only.\n\n"
        "2. **Talk 3.** `personal-docker` is a personal scale set. Don't point beta jobs\n"
        "   at it; use `vars.PRIMARY_RUNNER_LABEL` like primary CI.\n",
        [],
        id="an_instruction_about_an_unknown_object_takes_no_earlier_subject",
    ),
    pytest.param(
        "# Quarry monorepo on GF\n\n| Package | Stack | Lanes |\n|---|---|---|\n"
        "| `quarry-ingest` | Rust + Nix | `tinyland-nix`, `tinyland-nix-heavy` |\n"
        "| `quarry-build` | Rust + Nix | `tinyland-nix` |\n",
        [(6, "heavy-jobs-use-nix-heavy-lane")],
        id="a_cell_listing_both_lanes_places_no_job_on_either",
    ),
    pytest.param(
        "# Do / Don't — GF CI\n\n| ✅ Do | ❌ Don't |\n|---|---|\n"
        "| when `tinyland-nix` queue is long → just switch the job to `personal-nix` "
        "| assume the `tinyland-nix` image ships Nix |\n",
        [(5, "personal-lanes-not-repo-owned")],
        id="a_heading_over_both_sides_leaves_its_columns_to_decide",
    ),
    pytest.param(
        "# Choosing a GF runner lane\n\n"
        "> If your build regularly goes past ~7Gi, target `tinyland-nix-heavy`.\n",
        [],
        id="a_threshold_is_no_limit",
    ),
    pytest.param(
        "# Pods stuck in Pending\n\n```yaml\n# tinyland-nix-heavy runner template (current)\n"
        'resources:\n  limits:\n    cpu: "8"\n    memory: 32Gi\n```\n',
        [(8, "heavy-lane-envelope")],
        id="a_specs_opening_comment_says_whose_limits_it_gives",
    ),
    pytest.param(
        "# GF glossary\n\n**`personal-nix`**\n"
        ": Repo-owned baseline Nix lane shared by all GF repos; still on the older\n"
        "  Attic endpoint.\n",
        [(4, "personal-lanes-not-repo-owned")],
        id="a_later_wording_states_what_an_earlier_one_does_not",
    ),
    pytest.param(
        "# FlakeHub questions about GF\n\n"
        "### Will FlakeHub fix the OOMs on the heavy Rust builds?\n\n"
        "That's the plan for the next sprint: once our closures are on FlakeHub the\n"
        "heavy builds will substitute instead of compiling.\n",
        [(5, "nongoal-flakehub-memory-heavy")],
        id="an_answer_that_calls_its_question_the_plan_affirms_it",
    ),
    pytest.param(
        "# FlakeHub questions about GF\n\n"
        "### Will FlakeHub fix the OOMs on the heavy Rust builds?\n\n"
        "That's the wrong question: the heavy lane does.\n",
        [],
        id="an_answer_that_disputes_its_question_does_not_affirm_it",
    ),
    pytest.param(
        "# Gotchas\n\n> [!CAUTION]\n> **`personal-nix` is not a team lane.**\n"
        "> Don't target it from a team repo.\n"
        "> They also still point at `http://attic-api.nix-cache.svc:8080`.\n\n"
        "## Team lanes\n\n"
        "They point at `http://attic-api.nix-cache.svc:8080`.\n",
        [(10, "attic-endpoint-current")],
        id="a_pronoun_subject_is_in_the_scope_its_paragraph_names",
    ),
    pytest.param(
        "# GF cheat sheet\n\n**Q: Attic URL on `personal-nix`?**\n"
        "A: still `http://attic-api.nix-cache.svc:8080`. leave it, Jess's lane.\n\n"
        "**Q: Attic URL on `tinyland-nix`?**\nA: `http://attic-api.nix-cache.svc:8080`.\n",
        [(7, "attic-endpoint-current")],
        id="an_answer_is_in_the_scope_its_question_names",
    ),
    pytest.param(
        "# Third-party notes (copied for comparison — NOT GF policy)\n\n"
        "## FlakeHub Cache (vendor docs, paraphrased)\n\n"
        "> Add `flakehub-cache-action` after installing Nix and your builds\n"
        "> pull from and push to FlakeHub Cache automatically.\n\n"
        "→ their advice to their customers. GF builders use Attic.\n",
        [],
        id="a_title_that_disclaims_the_page_frames_its_excerpts",
    ),
    pytest.param(
        "# Starter\n\n- Copy `publish.yml` to show tagged releases on FlakeHub.\n\n"
        "### Adding your own jobs\n\nKeep new jobs on the same label.\n",
        [],
        id="a_heading_takes_no_subject_from_the_sentence_before_it",
    ),
    pytest.param(
        "# nix: command not found on a GF lane\n\n## Mitigate\n\n"
        "Option B — enable FlakeHub for the repo. With FlakeHub\nturned on, the runner "
        "fetches Nix from FlakeHub at job start, so the\ninstall step becomes unnecessary.\n\n"
        "The bootstrap adds roughly 20–40 s per job.\n",
        [(6, "flakehub-publication-only")],
        id="a_clause_with_its_own_noun_phrase_subject_takes_no_earlier_one",
    ),
    pytest.param(
        "# Lanes\n\n## `tinyland-nix`\n\n"
        "The autoscaler raises the pod's memory limit when a build needs more.\n",
        [(5, "arc-scales-horizontally"), (5, "heavy-jobs-use-nix-heavy-lane")],
        id="the_platforms_own_machinery_is_no_noun_phrase_of_its_own",
    ),
    pytest.param(
        "# KB-1: Nix on tinyland-nix\n\n**Status:** Archived · **Last reviewed:** 2026-02-03\n\n"
        "The tinyland-nix image ships Nix with flakes enabled.\n",
        [],
        id="a_status_field_line_retires_its_page",
    ),
    pytest.param(
        "# KB-2: Runner environment\n\n"
        "**Status:** Superseded (troubleshooting only) · **Last reviewed:** 2026-04-02\n\n"
        "The tinyland-nix image ships Nix with flakes enabled.\n",
        [(5, "nix-bootstrap-workflow-owned")],
        id="a_status_limited_to_part_of_the_page_leaves_the_rest_standing",
    ),
    pytest.param(
        "# Knowledge base\n\n| Article | Title | Status |\n|---|---|---|\n"
        "| KB-3 | Nix is preinstalled on tinyland-nix | Archived |\n"
        "| KB-4 | Nix is preinstalled on tinyland-nix | Current |\n",
        [(6, "nix-bootstrap-workflow-owned")],
        id="an_index_row_marked_archived_is_not_current",
    ),
    pytest.param(
        "# Service: Heavy Nix lane (`tinyland-nix-heavy`)\n\n## What you get\n\n"
        "| Resource | Value |\n|---|---|\n| CPU limit | 8 |\n"
        '| Placement | `nodeSelector["kubernetes.io/hostname"] = "sting"` |\n\n'
        "- Nix comes baked into the runner image.\n",
        [(10, "nix-bootstrap-workflow-owned")],
        id="prose_after_a_table_takes_the_sections_subject_not_a_rows",
    ),
    pytest.param(
        "# Playwright Pals: beta checks, no hosted runners\n\n## How it works\n\n"
        "- If the lane is saturated, the job quietly drops back to `ubuntu-latest`.\n\n"
        "## What broke\n\n- Safari still runs on `macos-14`: there is no macOS lane on GF.\n",
        [(5, "hosted-runners-explicit-exception")],
        id="a_title_that_names_what_the_page_does_without",
    ),
    pytest.param(
        "# Vendor excerpt: FlakeHub Cache (Determinate Systems)\n\n"
        "> This is an excerpt of their product page. It is not GF policy.\n\n"
        "The action installs Nix and configures FlakeHub Cache as a substituter.\n\n"
        "*GF note:* GF builders substitute from FlakeHub Cache first.\n",
        [(7, "flakehub-publication-only")],
        id="a_vendor_excerpt_keeps_its_section_apart_from_our_note",
    ),
    pytest.param(
        "# Common mistakes\n\n> ⚠️ **Keeping big Rust builds on `tinyland-nix`**\n>\n"
        "> **What happens:** ARC grows the pod when the link step needs more memory.\n>\n"
        "> **Do this instead:** just re-run it: ARC schedules the retry on a bigger pod.\n",
        [(7, "arc-scales-horizontally")],
        id="a_common_mistakes_page_and_its_own_advice",
    ),
    pytest.param(
        "# GloriousFlywheel scale sets\n\n## personal-nix\n\n| Key | Value |\n|---|---|\n"
        "| `ATTIC_SERVER` | `http://attic-api.nix-cache.svc:8080` |\n\n## tinyland-nix\n\n"
        "| Key | Value |\n|---|---|\n| `ATTIC_SERVER` | `http://attic-api.nix-cache.svc:8080` |\n",
        [(13, "attic-endpoint-current")],
        id="a_row_under_an_excluded_lanes_heading_is_that_lanes",
    ),
    pytest.param(
        "# GloriousFlywheel cache endpoints\n\nThe personal site's job:\n\n```yaml\n"
        "    runs-on: personal-nix\n    env:\n"
        "      ATTIC_SERVER: http://attic-api.nix-cache.svc:8080\n```\n\nA product job:\n\n"
        "```yaml\n    runs-on: tinyland-nix\n    env:\n"
        "      ATTIC_SERVER: http://attic-api.nix-cache.svc:8080\n```\n",
        [(16, "attic-endpoint-current")],
        id="a_job_fragment_takes_its_lane_from_its_runs_on",
    ),
    pytest.param(
        "# GloriousFlywheel FlakeHub RFC outline\n\n## 5. Timeline slide\n\n- Stretch for "
        "this sprint: switch on FlakeHub publishing for every tenant flake right away.\n",
        [(5, "nongoal-broad-publication-first")],
        id="a_plans_timeline_is_to_come",
    ),
    pytest.param(
        "# GloriousFlywheel policy GF-FH-005\n\n## Non-compliant\n\n```yaml\njobs:\n  build:\n  "
        "  runs-on: tinyland-nix\n    steps:\n      - uses: "
        "DeterminateSystems/flakehub-cache-action@main   # FlakeHub as the runner cache\n "
        "     - run: nix build .#default\n```\n",
        [],
        id="a_non_compliant_example",
    ),
    pytest.param(
        "# GF-FH-005: FlakeHub stays on the publication side\n\n| | |\n|---|---|\n| "
        "**Applies to** | workflows, `nix.conf` blocks, and GF docs |\n",
        [],
        id="an_applies_to_row_lists_targets",
    ),
    pytest.param(
        "# GloriousFlywheel cache policy\n\n```rego\nstale_attic := "
        '{\n\t"http://attic-api.nix-cache.svc:8080",\n}\n```\n',
        [],
        id="a_deny_list_entry",
    ),
    pytest.param(
        "# GloriousFlywheel heavy canary\n\n- Pods for this lane are steered to sting with "
        "`nodeSelector: tinyland.dev/pool: heavy`.\n",
        [(3, "sting-placement-values")],
        id="a_selector_for_sting_is_the_heavy_lanes",
    ),
    pytest.param(
        "# GloriousFlywheel template notes\n\nThe first template checked out like this:\n\n"
        "```yaml\n      - uses: actions/checkout@v4\n        with:\n          clean: false\n```\n",
        [],
        id="a_block_shown_as_how_it_was_is_the_past",
    ),
    pytest.param(
        "# GloriousFlywheel template notes\n\nThe package job:\n\n"
        "```yaml\n# V1 (before) — for reference only\njobs:\n  package:\n"
        "    runs-on: tinyland-docker\n    steps:\n      - uses: actions/checkout@v4\n"
        "        with:\n          clean: false\n```\n",
        [],
        id="a_block_marked_for_reference_only_is_not_advice",
    ),
    pytest.param(
        "# GloriousFlywheel template notes\n\nThe package job:\n\n"
        "```yaml\njobs:\n  package:\n    runs-on: tinyland-docker\n    steps:\n"
        "      - uses: actions/checkout@v4\n        with:\n"
        "          clean: false   # removed in v2\n```\n",
        [],
        id="a_line_its_comment_says_a_version_removed",
    ),
    pytest.param(
        "# GloriousFlywheel template notes\n\nThe package job:\n\n"
        "```yaml\njobs:\n  package:\n    runs-on: tinyland-docker\n    steps:\n"
        "      - uses: actions/checkout@v4\n        with:\n"
        "          clean: false   # keeps the Bazel output base\n```\n",
        [(12, "template-no-clean-false")],
        id="a_line_its_comment_explains_is_kept",
    ),
    pytest.param(
        "# GloriousFlywheel error budget\n\n## Not counted (exclusions applied)\n\n"
        "Until the fix lands, hosted stays the fallback: if no lane picks the job up within "
        "five minutes, the workflow re-queues it on `ubuntu-latest` on its own.\n",
        [(5, "hosted-runners-explicit-exception")],
        id="incidents_excluded_from_a_budget_are_still_stated",
    ),
    pytest.param(
        "# GloriousFlywheel persona: Jun\n\n## What Jun believes vs. what is true\n\n"
        "| Jun believes | What is true |\n|---|---|\n"
        "| the Bazel cache distributes builds to other repos | acceleration only |\n",
        [],
        id="a_column_of_what_someone_believes",
    ),
    pytest.param(
        "# GloriousFlywheel notice: FlakeHub leaves the runtime\n\n## What is going away\n\n"
        "- README snippets saying the runners pull from FlakeHub\n"
        "- `extra-substituters = https://cache.flakehub.com` in the nix.conf example\n",
        [],
        id="what_a_notice_says_is_going_away",
    ),
    pytest.param(
        "# GloriousFlywheel template\n\nV1 had two habits that kept leaking into consumers:\n\n"
        "1. it picked the runner for you\n"
        "2. it checked out with `clean: false` on every run\n",
        [],
        id="a_list_of_what_the_old_version_had",
    ),
    pytest.param(
        "# GloriousFlywheel bench\n\n```yaml\njobs:\n  bench:\n    runs-on: tinyland-docker\n"
        "    steps:\n      - uses: actions/checkout@v4\n        with:\n"
        "          clean: false   # benchmark only: manual dispatch, never the default path\n"
        "```\n",
        [],
        id="a_checkout_its_comment_keeps_off_the_normal_path",
    ),
    pytest.param(
        "# GloriousFlywheel specs\n\n```gherkin\nScenario: endpoints\n"
        "  Given a job on tinyland-nix\n"
        '  Then the environment does not mention "attic-api.nix-cache.svc:8080"\n```\n',
        [],
        id="a_gherkin_step_that_says_a_value_is_absent",
    ),
    pytest.param(
        "# Nix in CI: four ways\n\n## 1. Hosted runners + Cachix\n\nFlip on FlakeHub Cache and "
        "every runner gets a substituter for free.\n\n## 2. GloriousFlywheel\n\nThe workflow "
        "installs Nix, and Attic is the runtime cache.\n",
        [],
        id="another_setup_beside_the_platforms_section",
    ),
    pytest.param(
        "# Nix in CI: four ways\n\n## 1. Hosted runners + Cachix\n\nCachix is the cache here.\n"
        "\n## 2. GloriousFlywheel\n\nThe GF runners pull from FlakeHub Cache first and fall "
        "back to Attic.\n",
        [(9, "flakehub-publication-only")],
        id="the_platforms_own_section_beside_another_setup",
    ),
    pytest.param(
        "# Keeping CI pods in place\n\n## Setup 1: kubeadm, one big box\n\nGive the heavy "
        "scale set a toleration for `dedicated=ci-heavy:NoSchedule`.\n\n## Setup 2: "
        "GloriousFlywheel\n\nThe heavy lane tolerates "
        "`dedicated.tinyland.dev/compute-expansion:NoSchedule`.\n",
        [],
        id="a_setup_heading_parallel_to_the_platforms",
    ),
    pytest.param(
        "# GF runtime, explained\n\n## 1. Caches\n\nFlakeHub is the main binary cache: runners "
        "grab store paths from it.\n\n## 2. A GitLab to GF cheat sheet\n\nTags become lanes.\n",
        [(5, "flakehub-publication-only")],
        id="a_numbered_explainer_naming_the_platform_in_passing",
    ),
    pytest.param(
        "# GloriousFlywheel runner chart\n\n## 0.5.0\n\n### Removed\n\n- FlakeHub substituter "
        "from the nix lane's `NIX_CONFIG`.\n",
        [],
        id="a_changelogs_removed_section",
    ),
    pytest.param(
        "# GloriousFlywheel runner chart\n\n## 0.4.0\n\n### Added\n\n- FlakeHub substituter in "
        "the nix lane's `NIX_CONFIG`.\n",
        [(7, "flakehub-publication-only")],
        id="a_changelogs_added_section",
    ),
    pytest.param(
        '# GloriousFlywheel guild retro\n\n## Tips from the thread\n\n- "sting has no taint '
        'these days, so any lane gets it for free once honey fills up."\n',
        [(5, "sting-outside-default-surface")],
        id="a_quoted_tip_is_passed_on",
    ),
    pytest.param(
        '# GloriousFlywheel guild retro\n\n## Myths we heard\n\n- "sting has no taint these '
        'days, so any lane gets it for free once honey fills up."\n',
        [],
        id="a_quoted_myth_is_reported",
    ),
    pytest.param(
        "# GloriousFlywheel heavy lane values\n\n```yaml\nrunner:\n  nodeSelector:\n    "
        "kubernetes.io/hostname: sting\nlistener:\n  nodeSelector:\n    "
        "kubernetes.io/hostname: honey\n```\n",
        [],
        id="the_listeners_node_selector_is_its_own",
    ),
    pytest.param(
        "# GloriousFlywheel how-to\n\n## What doesn't work\n\n- Waiting for `tinyland-nix` to "
        "give you more memory on demand. Its pods are a fixed size.\n",
        [],
        id="what_does_not_work_negates_its_items",
    ),
    pytest.param(
        "# GloriousFlywheel onboarding review\n\n### L31\n\n> For caching, point "
        "`extra-substituters` at FlakeHub so runners reuse published builds.\n\n**@tjin:** "
        "FlakeHub isn't a substituter for our runners.\n",
        [],
        id="a_review_reply_denies_the_quoted_draft",
    ),
    pytest.param(
        "# GloriousFlywheel onboarding review\n\n### L31\n\n> For caching, point "
        "`extra-substituters` at FlakeHub so runners reuse published builds.\n\n**@mkoval:** "
        "nice and short, keep this.\n",
        [(5, "flakehub-publication-only")],
        id="a_review_reply_keeps_the_quoted_draft",
    ),
    pytest.param(
        "# GloriousFlywheel onboarding review\n\n### L78\n\n> JS packages use the shared "
        "template; it needs `clean: false` so Bazel's output base survives.\n\n**@tjin:** not "
        "any more. V2 makes the normal path isolated.\n",
        [],
        id="a_reply_saying_not_any_more",
    ),
    pytest.param(
        "# GloriousFlywheel onboarding review\n\n### L70\n\n> Vertical pod autoscaling is "
        "coming for ARC runners.\n\n**@mkoval:** Please cut.\n",
        [],
        id="a_reply_asking_to_cut",
    ),
    pytest.param(
        "# GloriousFlywheel request\n\n## Current state\n\n| Job | Runner | Status |\n"
        "|---|---|---|\n| `smoke-beta` | `ubuntu-latest` | hosted, billing-blockable |\n",
        [],
        id="a_current_state_table_describes",
    ),
    pytest.param(
        "# GloriousFlywheel request\n\n## Target\n\n| Job | Runner | Status |\n|---|---|---|\n"
        "| `smoke-beta` | `ubuntu-latest` | planned |\n",
        [(7, "hosted-runners-explicit-exception")],
        id="a_target_table_advises",
    ),
    pytest.param(
        "# GloriousFlywheel metrics\n\n| workflow | where it runs | notes |\n|---|---|---|\n| "
        "`heavy-canary-timing.yml` | `tinyland-nix-heavy` | nightly timing |\n",
        [],
        id="a_lane_under_where_it_runs_is_no_node",
    ),
    pytest.param(
        "# GloriousFlywheel FAQ\n\n### Can FlakeHub install Nix for us?\n\nNix bootstrap on "
        "self-hosted lanes stays workflow-owned: `nix-job@main` before any raw `nix` call.\n",
        [],
        id="an_act_named_first_is_the_answers_subject",
    ),
    pytest.param(
        "# GloriousFlywheel and FlakeHub\n\nIf you read FlakeHub's own documentation you'll "
        "see things like:\n\n> FlakeHub Cache lets your CI pull already-built store paths, and "
        "`fh` can install and configure Nix for you in a single step.\n",
        [],
        id="a_quote_after_what_you_will_read_elsewhere",
    ),
    pytest.param(
        "# Pre-mortem: GloriousFlywheel heavy lane\n\n## The prompt\n\n> Imagine it's "
        "mid-July. The heavy Nix lane failed. What happened?\n\n## Stickies\n\n- someone "
        "copied the heavy lane's selector onto another lane and sting quietly turned into "
        "general capacity\n- a tenant shipped a release by telling users to pull it from "
        'Attic\n- the RFC got read as "FlakeHub is now our cache" and two tenants added it '
        "as a substituter\n\n## Read-out\n\nDee's note: sting already picks up pods from the "
        "default ARC lanes whenever honey is busy.\n",
        [(15, "sting-outside-default-surface")],
        id="a_pre_mortem_tells_its_causes_in_the_past",
    ),
    pytest.param(
        "# GloriousFlywheel talk proposals\n\n## TT-01 — Let the runner pods grow\n\n"
        "**Format:** 45 min\n**Abstract:** Proposal: experiment with in-place vertical "
        "resizing for ARC runner pods, so a `tinyland-nix` job gets its memory limit bumped.\n"
        "\n**Scores:** Jess 2 · Priya 2\n**Decision:** REJECTED\n\n> If you want a say, the "
        "narrow FlakeHub RFC is being tracked under #213. — Priya\n",
        [(11, "flakehub-rfc-owner")],
        id="field_lines_and_a_decision_after_review",
    ),
    pytest.param(
        "# GloriousFlywheel workshop\n\n## Facilitator notes (Sam, draft — not part of the "
        "submission)\n\n- Add FlakeHub Cache to `extra-substituters` on the workshop lanes so "
        "the first build starts warm.\n\n## Things that already work (no action)\n\n- "
        "`tinyland-nix-heavy` pods have Nix baked into the runner image.\n\n## Column 6 — misc "
        "/ didn't fit anywhere\n\n- personal-nix and personal-docker are the shared baseline "
        "lanes, anyone in the org can target them\n",
        [
            (5, "flakehub-publication-only"),
            (9, "nix-bootstrap-workflow-owned"),
            (13, "personal-lanes-not-repo-owned"),
        ],
        id="a_heading_aside_about_the_page_negates_nothing",
    ),
    pytest.param(
        "# Debate club: GloriousFlywheel\n\n## Results\n\n| # | Motion | Before | After | "
        "Result |\n|---|---|---|---|---|\n| 7 | FlakeHub should be part of the runner runtime "
        "| 9/11 | 4/20 | fails |\n| 8 | ARC should grow pods on OOM | 12/13 | 22/7 | carried "
        "|\n\n## Position A — For the motion (tomasz)\n\n> So my proposal is simple: add "
        "FlakeHub Cache as a substituter on the runner pods, ahead of Attic.\n\n- Drop the "
        "`NoSchedule` taint from sting.\n\nHe also pointed out that the heavy-lane runner "
        "image has Nix preinstalled.\n\n| | Position A (rowan) | Position B (mei) |\n"
        "|---|---|---|\n| Mechanism | grow the pod | pick the right lane |\n",
        [(16, "nix-bootstrap-workflow-owned"), (8, "arc-scales-horizontally")],
        id="a_debate_argues_sides_and_votes",
    ),
    pytest.param(
        "# Nix and FlakeHub, without the headache\n\n## Who brings Nix to the kitchen?\n\n"
        "**Every workflow brings its own Nix.** The first thing a Nix job does is install "
        'Nix.\n\n| term | meaning |\n|---|---|\n| "nix-job" | our shared step that installs '
        "Nix and runs the job |\n",
        [],
        id="a_title_is_no_subject_for_a_sentence_with_its_own",
    ),
    pytest.param(
        '# GloriousFlywheel talking points\n\n## "Coming soon" (OK to mention, no dates)\n\n'
        "- **Right-sized runners.** Next sprint we're turning on in-place pod resizing, so a "
        "runner grows its memory mid-job.\n",
        [(5, "nongoal-vertical-pod-resizing")],
        id="a_heading_aside_on_how_to_mention_it",
    ),
    pytest.param(
        "# Runbook: FlakeHub publish failures\n\nOwner lane: FlakeHub cleanup\n\n## Rollout "
        "plan\n\nThis sprint we switch `flakehub-push` on for every repo in tinyland-inc, then "
        "come back to the heavy lane and bootstrap cleanup once publishing is in place.\n",
        [(7, "nongoal-broad-publication-first")],
        id="this_sprint_is_a_time_not_a_subject",
    ),
    pytest.param(
        "# Stop apologising for `ubuntu-latest`\n\n## The state of play\n\nGF's own lanes are "
        "fine.\n\n## My argument\n\nIf a self-hosted job runs hot on the honey lanes, ARC "
        "bumps that runner pod's memory as the build climbs.\n",
        [(9, "arc-scales-horizontally")],
        id="honey_lanes_name_the_platform",
    ),
    pytest.param(
        "# GloriousFlywheel spec\n\nGF-SPEC describes what a workflow author can rely on "
        "today. The following are explicitly out of scope for the current sprint and MUST NOT "
        "be cited as platform promises:\n\n1. growing a runner pod's memory in place after the "
        "pod has started;\n2. FlakeHub as the way Nix gets onto a self-hosted runner;\n",
        [],
        id="a_long_lead_that_puts_its_list_out_of_scope",
    ),
    pytest.param(
        "# GloriousFlywheel errata\n\n## E-003\n\nReported text: `ATTIC_SERVER` for "
        "`tinyland-nix` given as\n`http://attic-api.nix-cache.svc:8080`.\n\nCorrected text: "
        "`http://attic.nix-cache.svc.cluster.local`.\n",
        [],
        id="an_erratum_reports_the_wrong_text",
    ),
    pytest.param(
        "# GloriousFlywheel handover replies\n\n> The VPA on `tinyland-nix` is already "
        "switched on\n\nThere's no VPA. I grepped the chart values.\n",
        [],
        id="theres_no_such_thing_answers_a_quote",
    ),
    pytest.param(
        "# GloriousFlywheel lint rules\n\n```yaml\njobs:\n  fmt:\n    runs-on: tinyland-nix\n  "
        "  steps:\n      - run: nix fmt -- --check .     # FW201\n```\n",
        [],
        id="a_linter_code_marks_its_example",
    ),
    pytest.param(
        "# GloriousFlywheel notes\n\nRunners pull from FlakeHub at runtime.\n\nThat is how we "
        "set it up in March.\n\n> The heavy lane now grows pods on demand.\n>\n> *Editor's "
        "note: this sidebar was added in May.*\n",
        [(3, "flakehub-publication-only"), (7, "arc-scales-horizontally")],
        id="a_next_sentence_that_agrees_takes_nothing_back",
    ),
    pytest.param(
        "# GloriousFlywheel magazine\n\nThese days the runners on honey still fetch most of "
        "their prebuilt store paths straight from FlakeHub, with Attic only picking up "
        "whatever FlakeHub misses.\n\nThat, too, is a sentence from somebody else's wiki — and "
        "it is not true.\n\nFor most teams, the working advice is to leave even the big Rust "
        "builds on tinyland-nix and let the lane stretch to fit them.\n\nThat advice, which "
        "still circulates in two READMEs, is the thing the team spends the most time "
        "unwinding.\n",
        [],
        id="a_next_sentence_that_calls_it_untrue",
    ),
    pytest.param(
        "# GloriousFlywheel magazine\n\n> **SIDEBAR — Coming soon**\n>\n> Next up on the "
        "platform roadmap: vertical autoscaling for runner pods, so a job can grow its memory "
        "mid-run. The team expects to land it this sprint.\n>\n> *Editor's note: it isn't "
        "coming. Dynamic vertical resizing of runner pods is a stated non-goal.*\n",
        [],
        id="an_editors_note_takes_back_its_paragraph",
    ),
    pytest.param(
        "# GloriousFlywheel magazine\n\n```yaml\n# Exhibit 1b — lab#73, BEFORE (historical; "
        'this job failed with "nix: command not found")\njobs:\n  check:\n    runs-on: '
        "tinyland-nix\n    steps:\n      - run: nix flake check\n```\n",
        [],
        id="a_code_block_marked_before_and_historical",
    ),
    pytest.param(
        "# GloriousFlywheel wiki: Heavy Nix lane\n\n## Revision log\n\n| Rev | When | Who | "
        "Edit summary |\n|---|---|---|---|\n| r24 | 2026-04-15 16:55 | dpatel | roadmap: "
        "vertical resizing for tinyland-nix |\n| r9 | 2026-04-05 10:10 | dpatel | proposal: "
        "VPA on tinyland-nix instead of a new lane |\n",
        [],
        id="a_revision_logs_summaries",
    ),
    pytest.param(
        "# GloriousFlywheel GF-SA-2026-003: Runner cache endpoint rename\n\n> **SUPERSEDED "
        "(2026-04-09) by GF-SA-2026-007.** Kept for history only.\n\n## Summary\n\nThe "
        "`tinyland-nix` runners use FlakeHub Cache as a secondary substituter.\n",
        [],
        id="a_superseded_banner_retires_the_page",
    ),
    pytest.param(
        "# GloriousFlywheel GF-SA-2026-014: FlakeHub runtime confusion\n\n## Affected "
        "components\n\n- workflow examples that add FlakeHub cache steps to `tinyland-nix` "
        "jobs\n- `tinyland-nix` pods get Nix from FlakeHub when they start\n",
        [],
        id="affected_components_list_the_flaw",
    ),
    pytest.param(
        "# GF advisories\n\n| ID | Title | Severity | Status |\n|---|---|---|---|\n| SA-13 | "
        "Persistent workspace in the shared JS/Bazel template | Medium | Open |\n",
        [],
        id="an_advisory_index_titles_name_flaws",
    ),
    pytest.param(
        "# GF lane tests\n\n| Case | Lane | Expected | Actual | Result |\n"
        "|---|---|---|---|---|\n| BS-03 | `tinyland-nix-heavy` | Nix ships with the heavy "
        "image | — | — |\n| BS-04 | `tinyland-nix` | Nix ships with the image | not found | ❌ "
        "|\n",
        [(5, "nix-bootstrap-workflow-owned")],
        id="a_test_plans_expectation_holds_unless_it_failed",
    ),
    pytest.param(
        "# GF CI timeline\n\n| When | What happened |\n|---|---|\n| 2025-03 | `tinyland-nix` "
        "added; Nix baked into the runner image for a while |\n\n| Area | Now |\n|---|---|\n| "
        "Nix on runners | comes preinstalled on the `tinyland-nix` image |\n",
        [(9, "nix-bootstrap-workflow-owned")],
        id="a_timelines_events_are_history_its_now_is_not",
    ),
    pytest.param(
        "# One year of ARC\n\n| | Jan 2025 | Apr 2026 |\n|---|---|---|\n| Attic endpoint | "
        "`http://attic-api.nix-cache.svc:8080` | `http://attic.nix-cache.svc.cluster.local` |\n",
        [],
        id="a_named_month_column_before_a_later_one",
    ),
    pytest.param(
        "# GF runner FAQ\n\n**Q: Can we point substituters at FlakeHub on the runners?**\n\nA: "
        "No. FlakeHub is for publishing.\n\n**Q: What's the right toleration for my own "
        "heavy-ish lane?**\n\nA: Use the heavy lane.\n",
        [],
        id="a_question_answers_no_question",
    ),
    pytest.param(
        "# GloriousFlywheel heavy lane notes\n\n- GF CI on `tinyland-nix` falls back to "
        "`ubuntu-latest` when `runner` is empty. He knows — that's the silent-fallback thing "
        "the sprint note wants gone.\n",
        [],
        id="the_thing_the_note_wants_gone",
    ),
    pytest.param(
        "# GloriousFlywheel config reference\n\n## FlakeHub\n\n1. Nix gets installed by the "
        "job, same as everywhere else.\n",
        [],
        id="an_agent_after_by_is_who_installs",
    ),
    pytest.param(
        "# GloriousFlywheel runners\n\n{--Runner pods on `tinyland-nix` come with Nix "
        "preinstalled.--}{>>they don't<<}\n\nThe `tinyland-nix` lane {~~adds pods, never "
        "bigger ones~>grows its pods on demand~~}.\n",
        [(5, "arc-scales-horizontally"), (5, "heavy-jobs-use-nix-heavy-lane")],
        id="critic_markup_reads_as_published",
    ),
    pytest.param(
        "# GloriousFlywheel FlakeHub\n\nGF runners resolve dependencies through Attic.\n\nThe "
        "cleanup and narrow RFC are tracked as #215; the RFC's scope is post-bootstrap "
        "clean-derivation publication and discovery.\n",
        [],
        id="a_possessive_noun_phrase_is_its_own_subject",
    ),
    pytest.param(
        "# GloriousFlywheel runner SOW\n\n| Setting | Value |\n|---|---|\n| Runner label | "
        "`tinyland-nix-heavy` |\n| CPU limit | 8 |\n| Memory limit | 32Gi |\n",
        [(7, "heavy-lane-envelope")],
        id="a_settings_table_names_its_subject_in_a_row",
    ),
    pytest.param(
        "# GloriousFlywheel CI landscape\n\n| Org | Cache | Also used for distribution? |\n"
        "|---|---|---|\n| Acme | FlakeHub Cache as substituter on agents | yes |\n| "
        "GloriousFlywheel | FlakeHub Cache as substituter on `tinyland-nix` | no |\n",
        [(6, "flakehub-publication-only")],
        id="a_row_keyed_by_another_org_is_theirs",
    ),
    pytest.param(
        "# GloriousFlywheel runner SOW\n\n| Setting | Value |\n|---|---|\n| Runner label | "
        "`tinyland-nix-heavy` |\n| CPU limit | 8 |\n\n## Extra capacity\n\n| Setting | Value "
        "|\n|---|---|\n| Memory limit | 32Gi |\n",
        [],
        id="a_settings_tables_naming_row_is_its_own",
    ),
    pytest.param(
        '# GloriousFlywheel talk track\n\n**When they say** "adding an install step to every '
        'job sounds annoying"\n**Say** "Honestly you can skip it, the `tinyland-nix` image '
        'carries Nix with flakes turned on."\n',
        [(4, "nix-bootstrap-workflow-owned")],
        id="a_say_cue_under_a_when_they_say_cue",
    ),
    pytest.param(
        '# GloriousFlywheel talk track\n\n**When they say** "the `tinyland-nix` image carries '
        'Nix, right?"\n**Say** "No. Install it in the job with `nix-job`."\n',
        [],
        id="a_say_cue_that_corrects_the_quote",
    ),
    pytest.param(
        '# GloriousFlywheel awards\n\n## Most Improved Lane\n\n> *Citation:* "This quarter '
        '`tinyland-nix` learned to stretch to whatever size your Rust build needs."\n',
        [(5, "nongoal-vertical-pod-resizing")],
        id="an_award_citation_is_the_pages_praise",
    ),
    pytest.param(
        "# GloriousFlywheel sprint outline\n\n- P0\n  - heavy lane validation\n- non-goals\n  "
        "- vertical pod resizing for ARC runner pods\n  - FlakeHub as the Nix installer on "
        "self-hosted runners\n",
        [],
        id="an_outline_item_titles_its_nested_list",
    ),
    pytest.param(
        "# EXP-041: GloriousFlywheel heavy lane\n\n## Hypotheses\n\n- **H3**: the "
        "`tinyland-nix` runner pod can be resized in place on demand, so no separate lane is "
        "needed.\n",
        [],
        id="a_hypotheses_section_puts_claims_to_the_test",
    ),
    pytest.param(
        "# EXP-041: GloriousFlywheel heavy lane\n\n## Hypothesis / result\n\nARC grows the "
        "`tinyland-nix` runner pod's memory when a job is close to its limit.\n",
        [(5, "arc-scales-horizontally")],
        id="a_hypothesis_and_result_section_holds_results",
    ),
    pytest.param(
        "# GloriousFlywheel runner FAQ\n\n**Q: Which node does the heavy lane run on?**\n\nA: "
        "`honey`, next to its listener.\n",
        [(5, "heavy-lane-envelope")],
        id="a_name_fills_the_gap_of_a_which_question",
    ),
    pytest.param(
        "# GloriousFlywheel runner FAQ\n\n**Q: Which node does the heavy lane run on?**\n\nA: "
        "`sting`, behind its taint.\n",
        [],
        id="the_right_name_in_the_gap_is_no_contradiction",
    ),
    pytest.param(
        "# GloriousFlywheel runner FAQ\n\n**Q: Where do our runners fetch prebuilt store paths "
        "from during a job?**\n\nA: From FlakeHub Cache first; Attic only gets hit if FlakeHub "
        "misses.\n",
        [(5, "flakehub-publication-only")],
        id="a_place_fills_the_gap_of_a_where_question",
    ),
    pytest.param(
        "# GloriousFlywheel runner FAQ\n\n### What's the default runner for product CI?\n\n"
        "`ubuntu-latest`, unless the job says otherwise.\n",
        [(5, "hosted-runners-explicit-exception")],
        id="a_name_answers_a_whats_heading",
    ),
    pytest.param(
        "# GloriousFlywheel vs hosted\n\n| | GitHub-hosted | GF lanes |\n|---|---|---|\n| Nix "
        "| you install it yourself, every job | preinstalled on `tinyland-nix`, nothing to set "
        "up, just call `nix build` |\n",
        [(5, "nix-bootstrap-workflow-owned")],
        id="an_aside_between_the_parts_denies_only_itself",
    ),
    pytest.param(
        "# GloriousFlywheel vs hosted\n\n| | GitHub-hosted | GF lanes |\n|---|---|---|\n| Nix "
        "| you install it yourself | not preinstalled on `tinyland-nix`, so install it, then "
        "call `nix build` |\n",
        [],
        id="a_denial_holding_a_part_still_denies",
    ),
    pytest.param(
        "# FR-031: FlakeHub Cache on GloriousFlywheel runners\n\n- **Status:** declined\n\n## "
        "Summary\n\nWe'd like the GF Nix lanes to use FlakeHub Cache as their first "
        "substituter.\n\n## Background\n\nOn GF today our runners already try FlakeHub Cache "
        "before Attic.\n",
        [(11, "flakehub-publication-only")],
        id="a_declined_requests_background_still_stands",
    ),
    pytest.param(
        "# ADR-0007: FlakeHub Cache on GloriousFlywheel runners\n\n- **Status:** Superseded by "
        "ADR-0014\n\n## Context\n\nOn GF our runners try FlakeHub Cache before Attic.\n",
        [],
        id="a_superseded_pages_context_is_history",
    ),
    pytest.param(
        "# Open letter on GloriousFlywheel heavy builds\n\n| repo | job | symptom | lane when "
        "it failed |\n|---|---|---|---|\n| yt-text | `release-build` | OOMKilled during the "
        "cargo link | `tinyland-nix` |\n",
        [],
        id="a_column_of_where_a_failure_happened",
    ),
    pytest.param(
        "# GloriousFlywheel Q&A\n\n_Exported from GF internal Q&A · tags: `flakehub` `attic` "
        "`cache` `substituters` · asked 2026-04-08_\n",
        [],
        id="a_tags_field_names_topics",
    ),
    pytest.param(
        "# GloriousFlywheel kata scoreboard\n\n## Deductions log\n\n| Team | Deduction | Note "
        "|\n|---|---|---|\n| Birch | -8 | claims Nix preinstalled on `tinyland-nix` |\n",
        [],
        id="a_deductions_log_lists_errors",
    ),
    pytest.param(
        "# GloriousFlywheel hosted exceptions\n\n| Repo | Job | Runner | Reason |\n"
        "|---|---|---|---|\n| GloriousFlywheel | `images.yml` / `build-image` | ubuntu-latest "
        "| image |\n",
        [],
        id="a_build_image_job_is_an_image_exception",
    ),
    pytest.param(
        "# GloriousFlywheel P0 status\n\n| Item | Status |\n|---|---|\n| Heavy lane proof | "
        "Done: yt-text#67 ran the full heavy Rust build to completion on `tinyland-nix-heavy` "
        "under real load. |\n",
        [(5, "heavy-lane-proof-pending")],
        id="a_done_cell_that_restates_the_signal",
    ),
    pytest.param(
        "# GloriousFlywheel FAQ\n\n### Does FlakeHub install Nix for raw nix jobs?\n\n"
        "`nix-job@main` installs upstream Nix, and that is the supported bootstrap step for "
        "raw `nix` jobs.\n",
        [],
        id="a_demonstrative_after_and_takes_its_own_clauses_subject",
    ),
    pytest.param(
        "# GloriousFlywheel helper transcript\n\n**User:** does tinyland-nix come with nix?\n\n"
        "**Assistant:** Yes, the `tinyland-nix` image ships with Nix preinstalled, so you can "
        "call `nix build` directly.\n\n**User:** that doesn't look right, lab#73 says the "
        "workflow installs it.\n\n**Assistant:** Checking again: the workflow installs Nix on "
        "`tinyland-nix`.\n",
        [],
        id="a_turn_the_next_turn_calls_wrong",
    ),
    pytest.param(
        "# GloriousFlywheel helper transcript\n\n**User:** does tinyland-nix come with nix?\n\n"
        "**Assistant:** Yes, the `tinyland-nix` image ships with Nix preinstalled, so you can "
        "call `nix build` directly.\n\n**User:** and what about the heavy lane?\n\n"
        "**Assistant:** Good catch, I was wrong above. Neither lane preinstalls Nix; install "
        "it in the workflow.\n",
        [],
        id="an_answer_its_speaker_takes_back",
    ),
    pytest.param(
        "# GloriousFlywheel helper transcript\n\n**User:** does tinyland-nix come with nix?\n\n"
        "**Assistant:** Yes, the `tinyland-nix` image ships with Nix preinstalled, so you can "
        "call `nix build` directly.\n\n**User:** thanks, and what about the heavy lane?\n\n"
        "**Assistant:** You're right to ask. The heavy lane is `tinyland-nix-heavy`.\n",
        [(5, "nix-bootstrap-workflow-owned")],
        id="an_uncorrected_answer_stands",
    ),
    pytest.param(
        "# GloriousFlywheel template review\n\n## Proposals\n\n- **P-2** Fall back to "
        "`ubuntu-latest` silently when the self-hosted queue is long.\n- **P-3** Default to "
        "`clean: true`.\n\n## Outcome\n\n- P-2 **withdrawn** by its author.\n- P-3 accepted.\n",
        [],
        id="an_item_withdrawn_by_its_label",
    ),
    pytest.param(
        "# GloriousFlywheel template review\n\n## Proposals\n\n- **P-2** Fall back to "
        "`ubuntu-latest` silently when the self-hosted queue is long.\n- **P-3** Default to "
        "`clean: true`.\n\n## Outcome\n\n- P-2 accepted.\n",
        [(5, "hosted-runners-explicit-exception")],
        id="an_item_accepted_by_its_label",
    ),
    pytest.param(
        "# GloriousFlywheel endpoint sweep\n\n## Leftovers from the grep\n\n| Repo | Still "
        "says |\n|---|---|\n| lab | `attic-api.nix-cache.svc:8080` |\n",
        [],
        id="a_leftovers_table_lists_what_to_fix",
    ),
    pytest.param(
        "# GloriousFlywheel ops sync\n\n- Sam said sting is just part of the normal runner "
        "pool now, so any lane can land there.\n  Priya corrected that: the taint keeps "
        "ordinary lanes off sting.\n",
        [],
        id="a_reported_claim_someone_corrected",
    ),
    pytest.param(
        "# Lane quiz: true or false?\n\n## Questions\n\n1. ARC adds runner pods when the queue "
        "grows.\n2. The `tinyland-nix` lane comes with Nix already installed.\n\n## Answers\n\n"
        "1. **True.** It scales out.\n2. **True.** Just call `nix build`.\n",
        [(11, "nix-bootstrap-workflow-owned")],
        id="a_numbered_key_affirms_its_question",
    ),
    pytest.param(
        "# Lane quiz: true or false?\n\n## Questions\n\n1. ARC adds runner pods when the queue "
        "grows.\n2. The `tinyland-nix` lane comes with Nix already installed.\n\n## Answers\n\n"
        "1. **True.** It scales out.\n2. **False.** Install it in the workflow.\n",
        [],
        id="a_numbered_key_that_says_false",
    ),
    pytest.param(
        "# Quick quiz\n\n1. True or false: GF runners substitute from FlakeHub. — **False.**\n"
        "2. True or false: FlakeHub is where GF flakes get published. — **True.**\n",
        [],
        id="true_or_false_opens_the_next_question",
    ),
    pytest.param(
        "# Sprint notes\n\nFor contrast, the things that are explicitly not sprint promises "
        "this month:\n\n- FlakeHub as the answer to installing Nix on self-hosted runners\n- "
        "FlakeHub as the answer to memory-heavy Rust/Nix jobs\n",
        [],
        id="a_list_of_what_is_not_promised",
    ),
    pytest.param(
        "# Heavy lane lessons\n\n## tinyland-nix-heavy\n\nA pod that starts with 8Gi ends with "
        "8Gi; ARC does not resize it.\n",
        [],
        id="a_generic_pod_is_no_lane",
    ),
    pytest.param(
        "# Cache workstream closure\n\n## What we set out to do\n\n1. Keep Attic as the "
        "in-cluster cache.\n2. Use FlakeHub Cache as the primary substituter on "
        "`tinyland-nix`.\n3. Install Nix from FlakeHub on self-hosted runners.\n\nItems 2 and "
        "3 were dropped during the workstream.\n",
        [],
        id="numbered_items_dropped_by_number",
    ),
    pytest.param(
        "# Cache workstream closure\n\n## What we set out to do\n\n1. Keep Attic as the "
        "in-cluster cache.\n2. Use FlakeHub Cache as the primary substituter on "
        "`tinyland-nix`.\n3. Install Nix from FlakeHub on self-hosted runners.\n\nItem 3 was "
        "dropped during the workstream.\n",
        [(6, "flakehub-publication-only")],
        id="only_the_dropped_number",
    ),
    pytest.param(
        '# Corrections\n\n## Hosted runners\n\nWe said hosted runners were "a fine fallback '
        "whenever the lanes are busy\". That's not the policy: hosted is a named exception.\n",
        [],
        id="that_is_not_the_policy",
    ),
]
"""A whole page, title included, and the (line, claim) it is flagged for."""


@pytest.mark.parametrize(("page", "expected"), PAGES)
def test_a_page_reads_as_the_pack_says(
    gf_checker: Checker, page: str, expected: list[tuple[int, str]]
) -> None:
    result = gf_checker.check_text("docs/page.md", page)
    assert [(f.line, f.claim) for f in result.findings] == expected


def test_a_result_clause_that_no_longer_needs_something_does_not_hedge(
    gf_checker: Checker,
) -> None:
    body = (
        "Next sprint: have runners get Nix from FlakeHub so jobs no longer need a bootstrap"
        " action at all.\n"
    )
    assert [line for line, _ in _claims(gf_checker, body)] == [3]


def test_a_workflow_example_whose_comment_places_it_outside_the_platform(
    gf_checker: Checker,
) -> None:
    example = (
        "```yaml\n# {comment}\njobs:\n  build:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: make\n```\n"
    )
    outside = example.format(
        comment="brand-assets/.github/workflows/site.yml (not a GF-using repo)"
    )
    ours = example.format(comment="scheduling-kit/.github/workflows/ci.yml (a GF-using repo)")
    page = "# GloriousFlywheel: other CI you will meet\n\nThe lanes are `tinyland-docker`.\n\n"
    hosted = "hosted-runners-explicit-exception"
    assert list(gf_checker.check_text("docs/a.md", page + outside).findings) == []
    assert [f.claim for f in gf_checker.check_text("docs/a.md", page + ours).findings] == [hosted]


def test_fallback_wordings_that_hand_jobs_to_hosted_runners(gf_checker: Checker) -> None:
    body = (
        "When a lane is saturated anyway, queued jobs are handed over to GitHub-hosted"
        " runners.\n\n"
        "Don't worry about long waits: after 10 minutes with no runner the workflow retries on"
        " `ubuntu-latest`.\n\n"
        "Leave that one on the hosted runner; hosted is our default.\n"
    )
    assert _hosted_lines(gf_checker, body) == [3, 5, 7]


def test_the_pods_of_the_section_lane_get_a_number(gf_checker: Checker) -> None:
    text = (
        "# GloriousFlywheel glossary\n\n## tinyland-nix-heavy\n\n"
        "Runner pods here get 6 CPU, pinned to sting.\n\n## Jobs\n\nMy job gets 6 CPU.\n"
    )
    result = gf_checker.check_text("docs/glossary.md", text)
    assert [(f.line, f.claim) for f in result.findings] == [(5, "heavy-lane-envelope")]


def test_a_heavy_jobs_comment_reports_its_placement_once(gf_checker: Checker) -> None:
    text = (
        "jobs:\n  transcoder:\n"
        "    # Rust + ffmpeg link needs ~12Gi; tinyland-nix grows the pod's memory on demand.\n"
        "    runs-on: tinyland-nix\n    steps:\n"
        "      - uses: DeterminateSystems/determinate-nix-action@v3\n"
        "      - run: nix build .#transcoder\n"
    )
    result = gf_checker.check_text(".github/workflows/ci.yml", text)
    heavy = [f for f in result.findings if f.claim == "heavy-jobs-use-nix-heavy-lane"]
    # One contradiction: where the job is placed, with what its comment says beside it
    assert [(f.line, f.rule) for f in heavy] == [(4, "TG405")]
    assert [r.line for r in heavy[0].related] == [3]


def test_a_denied_cause_does_not_run_into_its_result(gf_checker: Checker) -> None:
    text = (
        "jobs:\n  release-build:\n"
        "    # ~12 GiB link peak. tinyland-nix won't grow, so use the heavy lane (8 CPU / 16Gi).\n"
        "    runs-on: tinyland-nix-heavy\n    steps:\n"
        "      - uses: DeterminateSystems/determinate-nix-action@v3\n"
        "      - run: nix build .#release\n"
    )
    assert gf_checker.check_text(".github/workflows/ci.yml", text).findings == []


def test_a_cache_pushed_to_so_other_teams_get_it_is_publication(gf_checker: Checker) -> None:
    text = (
        "jobs:\n  cache-warm:\n    runs-on: tinyland-nix\n    steps:\n"
        "      - uses: DeterminateSystems/determinate-nix-action@v3\n"
        "      # Pushes to Attic to publish the docs toolchain for other teams.\n"
        "      - run: attic push main result\n"
    )
    result = gf_checker.check_text(".github/workflows/ci.yml", text)
    assert [(f.line, f.claim) for f in result.findings] == [
        (6, "caches-are-acceleration-not-publication")
    ]


def test_a_comment_that_excuses_a_bare_nix_call_is_related_to_its_finding(
    gf_checker: Checker,
) -> None:
    text = (
        "jobs:\n  fmt:\n    runs-on: tinyland-nix\n    steps:\n"
        "      - uses: actions/checkout@v4\n"
        "      # Nix ships on the tinyland-nix image, so no install step is needed here.\n"
        "      - run: nix fmt -- --check .\n"
        "  lint:\n    runs-on: tinyland-nix\n    steps:\n"
        "      # Check formatting.\n"
        "      - run: nix fmt -- --check .\n"
    )
    result = gf_checker.check_text(".github/workflows/ci.yml", text)
    # One contradiction per job, at its first nix call; the excuse is shown beside it.
    assert sorted((f.line, f.rule) for f in result.findings) == [(7, "TG401"), (12, "TG401")]
    first = next(f for f in result.findings if f.line == 7)
    assert [r.line for r in first.related if "the job says" in r.message] == [6]


def test_a_comment_that_relies_on_the_image_is_related_to_the_browser_test(
    gf_checker: Checker,
) -> None:
    text = (
        "jobs:\n  e2e:\n    runs-on: tinyland-docker\n    steps:\n"
        "      - run: pnpm install\n"
        "      # webkit is already on the runner image, same as on ubuntu-latest\n"
        "      - run: pnpm exec playwright test --project=webkit\n"
    )
    result = gf_checker.check_text(".github/workflows/e2e.yml", text)
    browser = [f for f in result.findings if f.rule == "TG406"]
    # The test command is the line to fix; the comment that excuses it is beside it.
    assert [(f.line, f.column) for f in browser] == [(7, 24)]
    assert [r.line for r in browser[0].related if "runner image" in r.message] == [6]


def test_a_job_its_comment_sizes_past_ten_gib_is_heavy(gf_checker: Checker) -> None:
    text = (
        "jobs:\n  integration:\n    # peaks around 11GB RSS when the test binaries link\n"
        "    runs-on: [self-hosted, tinyland-nix]\n    steps:\n"
        "      - uses: DeterminateSystems/determinate-nix-action@v3\n"
        "      - run: nix develop -c cargo test\n"
        "  lint:\n    # needs about 2 GiB\n    runs-on: [self-hosted, tinyland-nix]\n"
        "    steps:\n      - uses: DeterminateSystems/determinate-nix-action@v3\n"
        "      - run: nix fmt\n"
    )
    result = gf_checker.check_text(".github/workflows/ci.yml", text)
    assert [(f.line, f.rule) for f in result.findings] == [(4, "TG405")]


def test_the_comment_over_the_next_job_is_that_jobs(gf_checker: Checker) -> None:
    text = (
        "jobs:\n  fmt:\n    runs-on: tinyland-nix\n    steps:\n"
        "      - uses: DeterminateSystems/determinate-nix-action@v3\n"
        "      - run: nix fmt -- --check .\n\n"
        "  # Memory-heavy Rust release build: it goes to the heavy lane.\n"
        "  build-server:\n    runs-on: tinyland-nix-heavy\n    steps:\n"
        "      - uses: DeterminateSystems/determinate-nix-action@v3\n"
        "      - run: nix build .#server\n"
    )
    assert gf_checker.check_text(".github/workflows/ci.yml", text).findings == []
    heavy = text.replace("  # Memory-heavy Rust", "    # Memory-heavy Rust")
    result = gf_checker.check_text(".github/workflows/ci.yml", heavy)
    assert [(f.line, f.rule) for f in result.findings] == [(3, "TG405")]


def test_a_flakehub_substituter_on_the_nix_command_line_is_configuration(
    gf_checker: Checker,
) -> None:
    text = (
        "jobs:\n  build:\n    runs-on: tinyland-nix\n    steps:\n"
        "      - uses: tinyland-inc/GloriousFlywheel/.github/actions/nix-job@main\n"
        "      - run: nix build .#r -L --option extra-substituters https://cache.flakehub.com\n"
        "      - run: nix build .#r --option extra-substituters "
        "http://attic.nix-cache.svc.cluster.local\n"
    )
    result = gf_checker.check_text(".github/workflows/ci.yml", text)
    assert [(f.line, f.claim) for f in result.findings] == [(6, "flakehub-publication-only")]


def test_a_job_its_comment_calls_a_hosted_fallback_is_no_named_exception(
    gf_checker: Checker,
) -> None:
    job = (
        "jobs:\n  core-rs-release:\n{comment}"
        "    runs-on: ${{{{ vars.GF_HEAVY_LANE || 'ubuntu-latest' }}}}\n"
        "    steps:\n      - run: cargo build --release\n"
        "  lint:\n    runs-on: tinyland-docker\n    steps:\n      - run: make lint\n"
    )
    fallback = "    # Fall back to GitHub-hosted if the GF lane variable is unset\n"
    result = gf_checker.check_text(".github/workflows/ci.yml", job.format(comment=fallback))
    assert [(f.line, f.rule) for f in result.findings] == [(4, "TG403")]
    # Without the comment, a release job's name makes it a named exception.
    result = gf_checker.check_text(".github/workflows/ci.yml", job.format(comment=""))
    assert result.findings == []


def test_a_hosted_job_stated_to_be_no_gate_is_an_exception(gf_checker: Checker) -> None:
    text = (
        "jobs:\n  lint:\n    runs-on: tinyland-docker\n    steps:\n      - run: make lint\n"
        "  rust-nix-hosted:\n"
        "    # Price reference only, never a merge gate. Installs Nix the same way.\n"
        "    runs-on: ubuntu-latest\n    steps:\n      - run: cargo test\n"
        "  unit:\n    # Runs the unit tests.\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: cargo test\n"
    )
    result = gf_checker.check_text(".github/workflows/ci.yml", text)
    assert [(f.line, f.rule) for f in result.findings] == [(13, "TG403")]


def test_outside_after_a_noun_heads_its_phrase_after_a_verb_places(gf_checker: Checker) -> None:
    fetched = (
        "Consumers outside the cluster fetch our released closures straight from Attic, which"
        " makes it the distribution point for GF flakes.\n"
    )
    placed = "`sting` is compute-expansion capacity, outside the default scheduling surface.\n"
    assert _claims(gf_checker, fetched) == [(3, "caches-are-acceleration-not-publication")]
    assert _claims(gf_checker, placed) == []


def test_comments_in_config_code_are_prose_about_their_table(gf_checker: Checker) -> None:
    text = (
        "# GloriousFlywheel: gfctl config\n\n```toml\n[scale]\n# horizontal only\n"
        "max_runners = 6\n\n[lanes.tinyland-nix-heavy]\n"
        "# the lane is scheduled on honey's default pool, like the others\ncpu = 8\n```\n\n"
        "```bash\n# Release builds with stamping\nbazel build --config=release //...\n```\n"
    )
    result = gf_checker.check_text("docs/gfctl.md", text)
    assert [(f.line, f.claim) for f in result.findings] == [(9, "heavy-lane-envelope")]


def test_a_yes_qualified_by_its_own_value_does_not_affirm_the_question(
    gf_checker: Checker,
) -> None:
    qualified = (
        "### Can a product job run on `ubuntu-latest`?\n\n"
        "Yes, as an explicit compatibility exception with a comment that says so.\n"
    )
    plain = "### Can a product job just run on `ubuntu-latest`?\n\nYes, that is fine.\n"
    assert _claims(gf_checker, qualified) == []
    assert [claim for _, claim in _claims(gf_checker, plain)] == [
        "hosted-runners-explicit-exception"
    ]


SENTENCES = [
    pytest.param(
        "GF also offers automatic spill-over to `ubuntu-latest` when the self-hosted queue "
        "backs up, so we never block on capacity.",
        [(3, "hosted-runners-explicit-exception")],
        id="spill_over_to_hosted_is_a_fallback",
    ),
    pytest.param(
        "- Buildkite: hosted agents are a separate paid product; for Buildkite users, falling "
        "back to hosted agents when the queue is full is normal.",
        [],
        id="another_products_named_users_are_its_own",
    ),
    pytest.param(
        'Several of you wrote that ARC "gave the pod more memory". ARC\'s job is to start more '
        "runners.",
        [],
        id="what_several_people_wrote_is_reported",
    ),
    pytest.param(
        "The GF runners pull their Rust toolchain straight from FlakeHub at job start.",
        [(3, "flakehub-publication-only")],
        id="runners_pulling_a_toolchain_from_flakehub_use_it_at_runtime",
    ),
    pytest.param(
        "Consumers pull the released flake from FlakeHub.",
        [],
        id="consumers_pulling_a_release_from_flakehub_is_publication",
    ),
    pytest.param(
        "We also kept the TypeScript unit tests on `ubuntu-latest` because they finish faster "
        "there.",
        [(3, "hosted-runners-explicit-exception")],
        id="product_tests_kept_on_hosted_for_speed_default_to_it",
    ),
    pytest.param(
        "The regular nix runner stretches to what the build needs.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_lane_that_stretches_to_what_a_build_needs_grows",
    ),
    pytest.param(
        "On `tinyland-nix` the lane just takes whatever memory the build asks for.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_lane_that_takes_whatever_memory_a_build_asks_for_grows",
    ),
    pytest.param(
        "The docker lane autoscales memory per job.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="memory_autoscaled_per_job_is_vertical_growth",
    ),
    pytest.param(
        "ARC patches the runner pod memory limit upward when a job needs it.",
        [(3, "arc-scales-horizontally")],
        id="a_limit_patched_upward_is_a_resize",
    ),
    pytest.param(
        "ARC does not stretch a pod to what the build needs; it adds pods.",
        [],
        id="a_denied_stretch_is_horizontal_scaling",
    ),
    pytest.param(
        "The devshell pulls its toolchain from FlakeHub's cache on the GF runners.",
        [(3, "flakehub-publication-only")],
        id="a_pull_from_a_flakehub_cache_on_the_runners_is_runtime_use",
    ),
    pytest.param(
        "The FlakeHub substituter is gone since March.",
        [],
        id="a_role_said_to_be_gone_is_not_held",
    ),
    pytest.param(
        "The FlakeHub substituter is still configured on every runner.",
        [(3, "flakehub-publication-only")],
        id="a_role_said_to_be_configured_is_held",
    ),
    pytest.param(
        "Our runner story was fuzzy in three ways. We had FlakeHub Cache configured as an "
        "extra substituter on the runners, we had docs saying `tinyland-nix` ships with Nix, "
        "and we believed the autoscaler gave pods more memory. All three were wrong.",
        [],
        id="a_collective_verdict_takes_back_the_sentence_before",
    ),
    pytest.param(
        "- OOM on `tinyland-nix`? move the job, ARC won't stretch it.\n"
        "- vertical pod resizing: **not** something we're doing this sprint",
        [],
        id="a_topic_then_not_something_we_are_doing_declines_it",
    ),
    pytest.param(
        "- OOM on `tinyland-nix`? move the job, ARC won't stretch it.\n"
        "- vertical pod resizing: something we're doing this sprint",
        [(4, "nongoal-vertical-pod-resizing")],
        id="a_topic_then_something_we_are_doing_plans_it",
    ),
    pytest.param(
        "Common mistake we saw twice last session: someone adds `extra-substituters = "
        'https://cache.flakehub.com` to "speed things up".',
        [],
        id="a_common_mistake_lead_in_marks_what_follows_wrong",
    ),
    pytest.param(
        "FlakeHub is not part of GF's runtime, is not a cache for our runners, and is not "
        "how our runners get Nix.",
        [],
        id="each_item_of_a_list_of_denials_repeats_its_own_is_not",
    ),
    pytest.param(
        "FlakeHub is part of GF's runtime, is a cache for our runners, and is how our "
        "runners get Nix.",
        [(3, "flakehub-publication-only")],
        id="a_list_of_affirmed_roles_is_stated",
    ),
    pytest.param(
        "We do not offer, and are not planning, in-place vertical resizing of ARC runner pods.",
        [],
        id="negated_verbs_before_an_aside_take_the_object_after_it",
    ),
    pytest.param(
        "Hosted runners run docs builds, FlakeHub publication, and jobs where an external "
        "authority requires it.",
        [],
        id="a_relative_clause_with_its_own_subject_has_its_own_verb",
    ),
    pytest.param(
        "- **FlakeHub Cache**: a paid binary cache; their customers typically wire it into "
        "`nix.conf` as a substituter so CI can pull prebuilt paths.",
        [],
        id="what_a_vendors_customers_do_is_not_said_of_the_platform",
    ),
    pytest.param(
        "Determinate Systems pitches FlakeHub Cache as a drop-in substituter for CI. That's "
        "their product pitch; GF does not use it on runners.",
        [],
        id="their_product_pitch_is_the_vendors_claim",
    ),
    pytest.param(
        "- CI: until this release we used FlakeHub Cache as a substituter on the runners.",
        [],
        id="until_this_release_is_an_earlier_span",
    ),
    pytest.param(
        "- CI: FlakeHub Cache was our substituter on the runners; that's gone now.",
        [],
        id="a_clause_after_a_semicolon_that_says_it_is_gone_takes_it_back",
    ),
    pytest.param(
        "The Attic cache only makes builds faster. Release tarballs go to npm.",
        [],
        id="a_place_named_after_the_predicate_is_its_subject",
    ),
    pytest.param(
        "The Attic cache makes builds faster. Release tarballs go to it too.",
        [(3, "caches-are-acceleration-not-publication")],
        id="a_pronoun_after_the_predicate_refers_back",
    ),
    pytest.param(
        "What we're getting rid of is `ubuntu-latest` as a quiet fallback for product CI.",
        [],
        id="what_we_are_getting_rid_of_is_not_what_holds",
    ),
    pytest.param(
        "In the shared JS/Bazel template, `workspace-intent: persistent` is kept for the "
        "cache-warm job; it turns on `clean: false` and is opt-in, never the default.",
        [],
        id="clean_false_that_is_never_the_default_is_off_the_normal_path",
    ),
    pytest.param(
        "In the shared JS/Bazel template, the checkout turns on `clean: false` by default.",
        [(3, "template-no-clean-false")],
        id="clean_false_by_default_is_the_normal_path",
    ),
    pytest.param(
        "On the GF runners Nix now gets bootstrapped through FlakeHub.",
        [(3, "flakehub-publication-only")],
        id="an_adverb_between_subject_and_verb_keeps_the_statement",
    ),
    pytest.param(
        "- dropped our `playwright install` step for e2e, the honey runners come with "
        "chromium and webkit preloaded.",
        [(3, "browser-bootstrap-explicit")],
        id="runners_named_by_their_node_are_runners_and_an_act_is_no_verdict",
    ),
    pytest.param(
        "- Proposal: FlakeHub Cache as the runners' substituter. Dropped, see #215.",
        [],
        id="a_bare_dropped_is_a_verdict",
    ),
    pytest.param(
        "Before asking for heavy-lane time, turn on FlakeHub Cache for the crate; pulling "
        "prebuilt deps from there gets the big Rust builds back under the standard lane's "
        "memory.",
        [(3, "flakehub-publication-only")],
        id="a_cache_that_gets_builds_back_under_the_memory_limit_is_a_heavy_fix",
    ),
    pytest.param(
        "The real fix for the giant Rust builds is FlakeHub.",
        [(3, "flakehub-publication-only")],
        id="the_fix_for_giant_rust_builds_is_a_heavy_fix",
    ),
    pytest.param(
        "The narrow publication RFC is tracked in #214.",
        [(3, "flakehub-rfc-owner")],
        id="the_narrow_rfc_by_its_own_name_has_an_owner",
    ),
    pytest.param(
        "Attic also works as our internal package feed: push to the `gf-release` cache and "
        "other teams can pin those store paths as their dependency.",
        [(3, "caches-are-acceleration-not-publication")],
        id="a_cache_that_works_as_a_package_feed_is_publication",
    ),
    pytest.param(
        "Attic is our build cache; nothing is published through it and no package feed "
        "points at it.",
        [],
        id="a_cache_that_no_feed_points_at_is_acceleration",
    ),
    pytest.param(
        "| Answer | % |\n|---|---|\n| ARC gives the runner pod more memory on the fly | 34% |\n",
        [],
        id="a_polls_options_are_what_people_picked",
    ),
    pytest.param(
        "| Claim | Status |\n|---|---|\n| ARC gives the runner pod more memory on the fly | "
        "true |\n",
        [(5, "arc-scales-horizontally")],
        id="a_claims_table_states_its_rows",
    ),
    pytest.param(
        "Deductions:\n\n- saying ARC will resize the runner pod\n- treating `personal-nix` as "
        "a repo-owned lane",
        [],
        id="a_rubric_names_the_act_of_saying",
    ),
    pytest.param(
        "**You said:** when a build spikes, the runner pod should stretch to fit.",
        [],
        id="what_you_said_is_reported",
    ),
    pytest.param(
        "We kept the smoke tests on `ubuntu-latest` as a documented exception.",
        [],
        id="tests_kept_on_hosted_as_a_documented_exception",
    ),
    pytest.param(
        "# #427 [feature] Use FlakeHub Cache as the substituter on GF Nix lanes\n\nClosed as "
        "wontfix.",
        [],
        id="a_feature_requests_title_asks_for_it",
    ),
    pytest.param(
        "## Use FlakeHub Cache as the substituter on GF Nix lanes\n\nAdd it to "
        "`extra-substituters`.",
        # one contradiction: the section says it, the title is its related location
        [(5, "flakehub-publication-only")],
        id="an_untagged_how_to_title_says_it",
    ),
    pytest.param(
        "The heavy lane uses a larger image that ships with Nix preinstalled.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="a_generic_noun_a_named_lane_uses_is_the_lanes",
    ),
    pytest.param(
        "`tinyland-nix` uses an image without Nix preinstalled.",
        [],
        id="an_image_without_nix_is_no_preinstall",
    ),
    pytest.param(
        '| Term | Avoid | Meaning |\n|---|---|---|\n| FlakeHub cache | "FlakeHub mirror" | The '
        "binary cache the Nix lanes substitute from before falling back to Attic. |\n",
        [(5, "flakehub-publication-only")],
        id="a_quote_in_another_cell_is_no_scare_quote",
    ),
    pytest.param(
        '| Term | Avoid | Meaning |\n|---|---|---|\n| FlakeHub | "the lanes\' substituter" | '
        "Publication and discovery only. |\n",
        [],
        id="a_quoted_wrong_term_in_its_own_cell_stays_quoted",
    ),
    pytest.param(
        "FlakeHub is not mentioned as a way to get Nix, as a substituter, or as a cache.",
        [],
        id="a_negation_governs_each_parallel_item",
    ),
    pytest.param(
        "FlakeHub is not used for publishing, as the lanes use it as a substituter.",
        [(3, "flakehub-publication-only")],
        id="a_because_as_after_a_negation_states_its_own",
    ),
    pytest.param(
        "For GF product repos, `ubuntu-latest` remains the reference proof run; the "
        "self-hosted lanes are a cost optimisation layered on top.",
        [(3, "hosted-runners-explicit-exception")],
        id="hosted_as_the_reference_proof_run_is_the_default",
    ),
    pytest.param(
        "The reference docs are on GitHub Pages, built by a hosted job we list as an exception.",
        [],
        id="reference_docs_on_pages_are_no_runner",
    ),
    pytest.param(
        "`personal-nix` is our lightweight repo-owned Nix lane for low-priority jobs.",
        [(3, "personal-lanes-not-repo-owned")],
        id="adjectives_between_determiner_and_noun_keep_it_predicative",
    ),
    pytest.param(
        "`personal-nix` is our lightweight personal Nix lane for low-priority jobs.",
        [],
        id="a_personal_lane_called_personal_is_fine",
    ),
    pytest.param(
        "The heavy lane is a bigger image, Nix comes preinstalled there.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="a_lane_called_a_bigger_image_with_nix_there",
    ),
    pytest.param(
        "When a derivation needs more, ARC raises the pod to 12Gi for the rest of the job.",
        [(3, "arc-scales-horizontally")],
        id="arc_raising_a_pod_to_a_size_is_vertical",
    ),
    pytest.param(
        "Soon FlakeHub will put Nix on our runners, so jobs will not need to install Nix any more.",
        [(3, "nongoal-flakehub-installs-nix")],
        id="flakehub_putting_nix_on_runners_installs_it",
    ),
    pytest.param(
        "The workflow puts Nix on the runners with the `nix-job` action.",
        [],
        id="the_workflow_putting_nix_on_runners_is_its_own_install",
    ),
    pytest.param(
        "| # | Title | Labels | Resolution |\n|---|---|---|---|\n| [419](0419.md) | `nix: "
        "command not found` | bug, duplicate | Nix lanes don't preinstall Nix; the workflow "
        "installs it |\n",
        [],
        id="a_rows_title_and_resolution_are_no_one_statement",
    ),
    pytest.param(
        "| Item | Status |\n|---|---|\n| Nix at job start | already on the `tinyland-nix` "
        "image |\n",
        [(5, "nix-bootstrap-workflow-owned")],
        id="a_rows_key_still_pairs_with_its_cell",
    ),
    pytest.param(
        "- **tinyland-nix-heavy** — big Rust/Nix builds. Limits: 8 CPU, 32Gi memory.",
        [(3, "heavy-lane-envelope")],
        id="a_label_of_limits_states_the_lanes_limits",
    ),
    pytest.param(
        "`tinyland-nix-heavy` is for big builds. Peak: 32Gi memory.",
        [],
        id="a_peak_label_is_usage_not_a_limit",
    ),
    pytest.param(
        "Publishing to FlakeHub is a good way to distribute the artifacts your Attic cache "
        "already holds — think of Attic as the staging area for releases.",
        [(3, "caches-are-acceleration-not-publication")],
        id="a_staging_area_for_releases_is_publication",
    ),
    pytest.param(
        "We just run all Rust on `tinyland-nix` now and let it grow when the big crates link.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="letting_a_lane_grow_when_builds_link_is_vertical",
    ),
    pytest.param(
        "The runner pod scales its memory up when the build needs it.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="scaling_memory_up_is_vertical",
    ),
    pytest.param(
        "We set our product test matrix to `runs-on: ubuntu-latest` with GF lanes as a "
        "secondary option, whichever picks it up first.",
        [(3, "hosted-runners-explicit-exception")],
        id="setting_the_product_matrix_to_hosted_makes_it_the_default",
    ),
    pytest.param(
        "We set our product test matrix to `runs-on: tinyland-docker`.",
        [],
        id="setting_the_product_matrix_to_a_lane_is_fine",
    ),
    pytest.param(
        "`tinyland-nix` pulls from FlakeHub's cache first, Attic second.",
        [(3, "flakehub-publication-only")],
        id="a_lane_pulling_from_a_cache_uses_it_at_runtime",
    ),
    pytest.param(
        "Your run 3 completed on `tinyland-nix-heavy` with peak RSS of about 11Gi.",
        [],
        id="a_peak_of_about_a_size_is_usage",
    ),
    pytest.param(
        "`tinyland-nix-heavy` has a limit of about 32Gi.",
        [(3, "heavy-lane-envelope")],
        id="a_limit_of_about_a_size_is_a_limit",
    ),
    pytest.param(
        "On FlakeHub: it isn't how runners get Nix. FlakeHub is for publishing your flake "
        "after it builds, that's all.",
        [],
        id="thats_all_narrows_rather_than_broadens",
    ),
    pytest.param(
        "I also noticed your file sets `ATTIC_SERVER: http://attic-api.nix-cache.svc:8080`. "
        "That's an old value; please drop it.",
        [],
        id="a_value_the_next_sentence_calls_old_is_taken_back",
    ),
    pytest.param(
        "Your file sets `ATTIC_SERVER: http://attic-api.nix-cache.svc:8080`. That is the value "
        "we use.",
        [(3, "attic-endpoint-current")],
        id="a_value_the_next_sentence_keeps_stands",
    ),
    pytest.param(
        "- Their Bazel job also uses the shared `js-bazel-package` template with `clean: "
        "false`; that's legacy, V2 removes the need for it in the normal path.",
        [],
        id="a_clause_calling_it_legacy_takes_it_back",
    ),
    pytest.param(
        "The shared template keeps `clean: false`; that's how we like it.",
        [(3, "template-no-clean-false")],
        id="a_clause_endorsing_it_keeps_it",
    ),
    pytest.param(
        "**@quinn.ops** quote-posting 4/12\n\n> FlakeHub as the binary cache for the lanes\n\n"
        "Pretty sure not.",
        [],
        id="a_quote_posts_quote_is_the_earlier_posts",
    ),
    pytest.param(
        "**@ravi_on_infra** replying to 7/12\n\n> ARC will bump that runner pod's memory for "
        "you on the fly\n\nThis worries me.",
        [],
        id="a_replys_quote_is_the_earlier_posts",
    ),
    pytest.param(
        "**@mkovacs** replied:\n\n> ARC will bump that runner pod's memory for you on the fly",
        [(5, "nongoal-vertical-pod-resizing")],
        id="a_replied_header_quote_is_the_posters_own",
    ),
    pytest.param(
        "In our product, runner pods *do* resize vertically when a job asks for more memory — "
        "that's our own feature for our own users, nothing to do with how GF's ARC lanes work.",
        [],
        id="another_products_feature_unrelated_to_the_platform",
    ),
    pytest.param(
        "- pricing-engine `nix flake check` is green on `tinyland-nix` with the bootstrap step "
        "in place.",
        [],
        id="the_bootstrap_step_in_place_is_the_workflows",
    ),
    pytest.param(
        "Nix is already in place on `tinyland-nix`.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="nix_in_place_on_the_lane_is_preinstalled",
    ),
    pytest.param(
        "## Parked\n\n- Vertical pod autoscaling for `tinyland-nix`. GF lists it as a "
        "non-goal; we\n  are not waiting on it.\n- Using FlakeHub to install Nix on runners. "
        "Not on GF's near-term plan; we\n  install Nix in the workflow.",
        [],
        id="a_parked_section_promises_nothing",
    ),
    pytest.param(
        "## Heavy lane placement\n\n`tinyland-nix-heavy` runs on `sting`. GF pins it with:\n\n"
        "```yaml\nnodeSelector:\n  tinyland.dev/pool: heavy\n```\n",
        [(9, "sting-placement-values")],
        id="a_node_selector_mapping_without_the_host_label_is_another_value",
    ),
    pytest.param(
        "## Heavy lane placement\n\n`tinyland-nix-heavy` runs on `sting`. GF pins it with:\n\n"
        "```yaml\nnodeSelector:\n  kubernetes.io/hostname: sting\n  kubernetes.io/arch: amd64\n"
        "```\n",
        [],
        id="a_node_selector_mapping_with_the_host_label_holds_other_labels",
    ),
    pytest.param(
        "Priority order for doc rewrites this quarter: get every package README publishing to "
        "FlakeHub first, then tidy the heavy-lane and bootstrap pages once that's done.",
        [(3, "nongoal-broad-publication-first")],
        id="a_priority_to_publish_first_is_broad_publication",
    ),
    pytest.param(
        "We publish every flake to FlakeHub once the heavy lane is done.",
        [],
        id="publishing_once_the_heavy_lane_is_done_waits",
    ),
    pytest.param(
        "The author's PR description says the heavy lane can later be replaced by vertical pod "
        "autoscaling.",
        [],
        id="the_pr_descriptions_claim_is_reported",
    ),
    pytest.param(
        "No, and that's deliberate. On GF the workflow owns the Nix bootstrap: neither "
        "`tinyland-nix` nor `tinyland-nix-heavy` has Nix preinstalled.",
        [],
        id="the_workflow_owning_the_bootstrap_is_the_jobs",
    ),
    pytest.param(
        "On GF the lane owns the Nix bootstrap.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="a_lane_owning_the_bootstrap_is_preinstalled",
    ),
    pytest.param(
        "Please read the GF non-goals before filing. These get closed as `by-design`:\n\n- "
        "resizing runner pods vertically (more CPU/RAM on demand)\n- using FlakeHub to get Nix "
        "onto runners",
        [],
        id="an_issue_forms_by_design_lead_declines_its_list",
    ),
    pytest.param(
        "Outside GF, some open-source projects do configure FlakeHub Cache as a substituter "
        "for their own contributors.",
        [],
        id="another_products_users_are_not_the_platform",
    ),
    pytest.param(
        "Our GF lanes use FlakeHub Cache as a substituter.",
        [(3, "flakehub-publication-only")],
        id="the_platforms_own_lanes_are_stated",
    ),
    pytest.param(
        "Grace: Short term, add `ubuntu-latest` as a second label on the product test jobs so "
        "they run wherever there's capacity.",
        [(3, "hosted-runners-explicit-exception")],
        id="a_second_hosted_label_for_capacity_is_a_silent_fallback",
    ),
    pytest.param(
        "Hosted runners are where product tests really prove out.",
        [(3, "hosted-runners-explicit-exception")],
        id="hosted_as_where_tests_prove_out_is_the_default",
    ),
    pytest.param(
        "Banned: telling people memory-heavy Rust/Nix builds can stay on `tinyland-nix` and it "
        "will cope.",
        [],
        id="a_banned_lead_marks_what_follows_as_wrong",
    ),
    pytest.param(
        'Marcus: "Is FlakeHub what puts Nix on the runner?"\n\nOyelaran: We will switch to '
        "`tinyland-inc/GloriousFlywheel/.github/actions/nix-job@main`, it installs Nix for us.",
        [],
        id="a_pronoun_takes_the_action_named_before_it",
    ),
    pytest.param(
        "## Inject 2: `nix: command not found`\n\n1. Ines: We copied the job.\n2. Marcus: Once "
        "Nix is installed the runner can substitute from FlakeHub's cache, so the lane should "
        "list it as a substituter.",
        [(6, "flakehub-publication-only")],
        id="an_error_message_in_a_heading_negates_nothing_under_it",
    ),
    pytest.param(
        "## Things we do not ship\n\n- ARC grows the pod's memory on demand.",
        [],
        id="a_negated_heading_still_negates_its_list",
    ),
    pytest.param(
        "1. Ines: Heavy lane should target `sting` with `nodeSelector "
        "kubernetes.io/hostname=sting`.\n2. Marcus: For what it is worth, the toleration is only "
        "a nice-to-have; the selector alone is enough to land on `sting`.",
        [(4, "sting-placement-values")],
        id="a_toleration_called_a_nice_to_have_is_denied",
    ),
    pytest.param(
        '- Before (wrong): "The heavy lane reaches sting through a node affinity."\n- After: '
        '"Run the beta smoke tests on `ubuntu-latest`; the hosted runner is the primary proof '
        'for beta."',
        [(4, "hosted-runners-explicit-exception")],
        id="an_after_rewrite_puts_its_quotation_forward",
    ),
    pytest.param(
        'Don\'t say "the hosted runner is the primary proof for beta".',
        [],
        id="a_denied_quotation_is_not_put_forward",
    ),
    pytest.param(
        "For the smaller crates we keep `tinyland-nix` and let it scale up memory when a build "
        "spikes.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="memory_that_scales_up_when_a_build_spikes_is_vertical",
    ),
    pytest.param(
        "If a self-hosted lane is busy, let the job fall back quietly with `runs-on: ${{ "
        "vars.CI_LANE || 'ubuntu-latest' }}` so nobody is blocked.",
        [(3, "hosted-runners-explicit-exception")],
        id="a_fallback_label_in_an_expression_is_the_object",
    ),
    pytest.param(
        "GF has committed to dynamic pod resizing next quarter.",
        [(3, "nongoal-vertical-pod-resizing")],
        id="dynamic_pod_resizing_promised_is_a_non_goal",
    ),
    pytest.param(
        "Queue latency depends on pod startup; pod resizing plays no part in it.",
        [],
        id="pod_resizing_that_plays_no_part_is_denied",
    ),
    pytest.param(
        "FlakeHub has no role in installing Nix on GF runners.",
        [],
        id="has_no_role_before_the_match_negates_once",
    ),
    pytest.param(
        "FlakeHub is our substituter and has no role in publication.",
        [(3, "flakehub-publication-only")],
        id="has_no_role_after_a_coordinator_is_the_next_verbs",
    ),
    pytest.param(
        "Release tarballs are served straight out of the Bazel remote cache, and consumers "
        "fetch them by digest.",
        [(3, "caches-are-acceleration-not-publication")],
        id="release_tarballs_served_out_of_a_cache_is_publication",
    ),
    pytest.param(
        "Release builds push to Attic to warm the cache; publication happens elsewhere.",
        [],
        id="pushing_release_builds_to_warm_a_cache_is_acceleration",
    ),
    pytest.param(
        "| Host | Cache | Role |\n|---|---|---|\n| FlakeHub | `https://cache.flakehub.com` "
        "**[planted, stale]** | binary cache for the Nix lanes |",
        [],
        id="a_row_marked_planted_and_stale_is_kept_to_show_the_mistake",
    ),
    pytest.param(
        "| Host | Cache | Role |\n|---|---|---|\n| FlakeHub | `https://cache.flakehub.com` | "
        "binary cache for the Nix lanes |",
        [(5, "flakehub-publication-only")],
        id="an_unmarked_row_is_stated",
    ),
    pytest.param(
        "Read the banned phrasings before you write about caching, scaling, bootstrap or FlakeHub.",
        [],
        id="reading_a_guide_before_writing_is_not_a_cache_read",
    ),
    pytest.param(
        '> "Will GF add vertical pod autoscaling so tinyland-nix can just grow?"\n> Yes, it is '
        "planned for next sprint.",
        [(4, "nongoal-vertical-pod-resizing")],
        id="a_yes_to_a_quoted_question_affirms_it",
    ),
    pytest.param(
        '> "Will GF add vertical pod autoscaling so tinyland-nix can just grow?"\n> No, and it '
        "is not planned.",
        [],
        id="a_no_to_a_quoted_question_denies_it",
    ),
    pytest.param(
        "Before 0.7 the CLI tried to use FlakeHub to install Nix on runners.",
        [],
        id="an_attempt_that_was_tried_is_not_stated",
    ),
    pytest.param(
        "| Variable | Lanes | Meaning |\n|---|---|---|\n| `GF_RUNNER_NODE` | all | Node the "
        "runner pod is scheduled on (`sting` for `tinyland-nix-heavy`) |",
        [],
        id="a_match_across_cells_is_not_one_wording",
    ),
    pytest.param(
        "# Timeline\n\n## Week of 2026-04-13\n\n- Next quarter: switch the `tinyland-nix` jobs "
        "to FlakeHub as their binary cache.",
        [(7, "flakehub-publication-only")],
        id="a_running_log_titled_timeline_states_its_plans",
    ),
    pytest.param(
        "# Incident 42\n\n## Timeline\n\n- 14:02 on-call switched the `tinyland-nix` jobs to "
        "FlakeHub as their binary cache.",
        [],
        id="an_incidents_timeline_section_is_its_past",
    ),
    pytest.param(
        "| # | Area | 2 (strong) | 0 (miss) |\n|---|---|---|---|\n| R3 | Scaling | Explains "
        "ARC as adding runner pods | Describes ARC resizing a running pod on demand |",
        [],
        id="a_rubrics_failing_column_describes_the_wrong_answer",
    ),
    pytest.param(
        "| # | Area | Answer |\n|---|---|---|\n| R3 | Scaling | ARC resizes a running pod on "
        "demand |",
        [(5, "arc-scales-horizontally")],
        id="a_rubrics_answer_column_is_stated",
    ),
    pytest.param(
        "**Reviewer:** Meaning changed: the rewrite now says ARC resizes the pod when a job "
        "needs more memory.",
        [],
        id="what_a_rewrite_under_review_says_is_reported",
    ),
    pytest.param(
        "**Simplified:** ARC resizes the pod when a job needs more memory.",
        [(3, "arc-scales-horizontally")],
        id="an_approved_simplified_sentence_is_stated",
    ),
    pytest.param(
        "Old configs on `tinyland-docker` pointed at `bazel-cache.nix-cache.svc:8080`. That "
        "address was retired.",
        [],
        id="a_lanes_address_retired_is_not_the_lane",
    ),
    pytest.param(
        "`linux-xr-docker` was decommissioned last sprint, so drop it from the matrix.",
        [(3, "arc-lane-taxonomy")],
        id="a_live_lane_said_to_be_decommissioned",
    ),
    pytest.param(
        "We retired our `tinyland-dind` workaround in March.",
        [],
        id="a_workaround_for_a_lane_retired_is_not_the_lane",
    ),
    pytest.param(
        "`tinyland-dind` is still live on the cluster.",
        [],
        id="a_live_lane_said_to_be_live",
    ),
    pytest.param(
        "We will ship FlakeHub-based Nix provisioning next quarter.",
        [(3, "nongoal-flakehub-installs-nix")],
        id="flakehub_based_nix_provisioning_is_flakehub_installing_nix",
    ),
    pytest.param(
        "Attic already speeds up every build, so we publish tagged releases there.",
        [(3, "caches-are-acceleration-not-publication")],
        id="releases_published_there_after_naming_a_cache",
    ),
    pytest.param(
        "FlakeHub is the public registry; we publish tagged releases there.",
        [],
        id="releases_published_there_after_naming_the_registry",
    ),
    pytest.param(
        "| A | 4 | `tinyland-nix-heavy` gives each runner 8 CPU / 16Gi; our link peaked at "
        "12.5 GB |",
        [],
        id="a_measured_peak_next_to_the_limits_is_not_a_limit",
    ),
    pytest.param(
        "The shared `js-bazel-package.yml` template starts from a clean checkout. Keeping "
        "`clean: false` for one-off debugging is fine.",
        [],
        id="clean_false_kept_for_one_off_debugging_is_not_the_normal_path",
    ),
    pytest.param(
        "The shared `js-bazel-package.yml` template keeps `clean: false` in its normal path.",
        [(3, "template-no-clean-false")],
        id="the_template_keeping_clean_false_in_its_normal_path",
    ),
    pytest.param(
        "Tagged builds are pushed to Attic, which is how consumers receive a release.",
        [(3, "caches-are-acceleration-not-publication")],
        id="a_cache_that_is_how_consumers_receive_a_release_is_publication",
    ),
    pytest.param(
        "- **FlakeHub as the runtime cache** lands in Hold.",
        [],
        id="a_blip_that_lands_in_hold_is_not_adopted",
    ),
    pytest.param(
        "- **FlakeHub as the runtime cache** is what we adopted this quarter.",
        [(3, "flakehub-publication-only")],
        id="a_blip_adopted_this_quarter_is_stated",
    ),
    pytest.param(
        "```yaml\nuses: tinyland-inc/ci-templates/.github/workflows/js-bazel-package.yml@v2\n"
        "with:\n  clean: false\n```",
        [(6, "template-no-clean-false")],
        id="a_reusable_workflow_called_alone_with_clean_false",
    ),
    pytest.param(
        "By the end of the quarter every build output will be published to FlakeHub.",
        [(3, "nongoal-broad-publication-first")],
        id="every_build_output_published_is_broad_publication",
    ),
    pytest.param(
        "The smoke suite keeps using the Chromium that comes in the runner image.",
        [(3, "browser-bootstrap-explicit")],
        id="the_browser_that_comes_in_the_image_is_relied_on",
    ),
    pytest.param(
        "FlakeHub will take over our memory-heavy builds.",
        [(3, "nongoal-flakehub-memory-heavy")],
        id="flakehub_taking_over_heavy_builds_is_the_heavy_fix",
    ),
    pytest.param(
        "# Myths and facts about the lanes\n\n## Sizing tips\n\n- Heavy Rust builds can stay "
        "on `tinyland-nix` and retry; the retry gets a roomier pod.",
        [(7, "arc-scales-horizontally"), (7, "heavy-jobs-use-nix-heavy-lane")],
        id="a_myths_and_facts_title_leaves_the_page_voice_stated",
    ),
    pytest.param(
        "# Myths about the lanes\n\n## Sizing tips\n\n- Heavy Rust builds can stay on "
        "`tinyland-nix` and retry; the retry gets a roomier pod.",
        [],
        id="a_myths_title_frames_its_page",
    ),
    pytest.param(
        "Option (b) isn't really a mistake: the shared JS/Bazel template keeps `clean: false` "
        "on in the normal path.",
        [(3, "template-no-clean-false")],
        id="a_lead_denying_a_mistake_vouches_for_what_follows",
    ),
    pytest.param(
        "Classic mistake: the shared JS/Bazel template keeps `clean: false` on in the normal path.",
        [],
        id="a_lead_naming_a_mistake_frames_what_follows",
    ),
    pytest.param(
        "## FlakeHub in our pipeline\n\n| Stage | Tool |\n|---|---|\n| Nix build cache | Attic |",
        [],
        id="a_tool_cell_names_the_subject_of_its_role_cell",
    ),
    pytest.param(
        "## FlakeHub in our pipeline\n\n| Stage | Notes |\n|---|---|\n| Nix build cache | "
        "primary, on every lane |",
        [(7, "flakehub-publication-only")],
        id="the_section_subject_holds_for_a_row_without_a_tool",
    ),
    pytest.param(
        "Milestone M2 assumes GF adds vertical pod resizing for `tinyland-nix` by July, so our "
        "builds can stay on the default lane.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_plan_resting_on_a_false_capability_states_it",
    ),
    pytest.param(
        "Several teams assumed ARC resized runner pods; it never did.",
        [],
        id="a_past_assumption_of_others_is_not_stated",
    ),
    pytest.param(
        "Build note: no install step, the lane image already ships nix",
        [(3, "nix-bootstrap-workflow-owned")],
        id="a_short_negative_note_does_not_negate_the_next_clause",
    ),
    pytest.param(
        "No lane, not even tinyland-nix-heavy, ships with Nix preinstalled.",
        [],
        id="a_negative_subject_with_a_not_even_aside_stays_denied",
    ),
    pytest.param(
        "After GF turns on automatic memory growth for `tinyland-nix`, move the link step back.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="on_demand_memory_growth_is_vertical_scaling",
    ),
    pytest.param(
        "Grafana shows the memory growth of each `tinyland-nix` job.",
        [],
        id="a_measured_memory_growth_is_not_resizing",
    ),
    pytest.param(
        "61% of teams believe ARC gives a runner pod more memory when a job needs it.",
        [],
        id="a_surveyed_groups_belief_is_reported",
    ),
    pytest.param(
        "I believe ARC gives a runner pod more memory when a job needs it.",
        [(3, "arc-scales-horizontally")],
        id="the_authors_own_belief_is_stated",
    ),
    pytest.param(
        "Chase down the remaining jobs still pointing at `http://attic-api.nix-cache.svc:8080`.",
        [],
        id="remaining_stale_endpoints_to_chase_are_leftovers",
    ),
    pytest.param(
        "Revisit CR-12 (`clean: false` on the shared template) at the May review.",
        [],
        id="an_item_to_revisit_is_not_stated",
    ),
    pytest.param(
        '"Do we have a tinyland-arm64 lane now?" (asked in the survey; we do not)',
        [],
        id="a_lane_asked_about_in_a_quoted_question",
    ),
    pytest.param(
        "`cargo test` stays on `tinyland-nix`; the release link moves to `tinyland-nix-heavy`.",
        [],
        id="a_test_run_staying_on_the_default_lane_is_not_heavy_work",
    ),
    pytest.param(
        "# Caches and FlakeHub\n\nOur Nix lanes use `http://attic.nix-cache.svc.cluster.local` "
        "for substitutes.",
        [],
        id="a_service_endpoint_host_names_the_service",
    ),
    pytest.param(
        "Consumers download tagged releases from `attic.nix-cache.svc.cluster.local`.",
        [(3, "caches-are-acceleration-not-publication")],
        id="a_cache_host_as_a_download_source_is_publication",
    ),
    pytest.param(
        "The e2e job uses the Chromium that ships on the runner image; WP4 replaces this.",
        [],
        id="a_reliance_the_next_clause_replaces_is_on_its_way_out",
    ),
    pytest.param(
        "Our first instinct was to have ARC give the `tinyland-nix` pod more memory for the "
        "link step.",
        [],
        id="a_first_instinct_is_not_what_was_done",
    ),
    pytest.param(
        "| # | Rumour | Verdict | Notes |\n|---|---|---|---|\n| 9 | \"they're adding vertical "
        'pod autoscaling to the runners next sprint" | ✅ Confirmed | platform mentioned it at '
        "standup |",
        [(5, "nongoal-vertical-pod-resizing")],
        id="a_quoted_rumour_judged_true_by_its_row",
    ),
    pytest.param(
        '| # | Rumour | Verdict | Notes |\n|---|---|---|---|\n| 11 | "FlakeHub will solve our '
        'OOMs" | ❌ False | move the job to tinyland-nix-heavy |',
        [],
        id="a_quoted_rumour_judged_false_by_its_row",
    ),
    pytest.param(
        '| Old wording | Still correct? |\n|---|---|\n| "tinyland-nix ships with Nix '
        'preinstalled" | No |',
        [],
        id="old_wording_judged_no_longer_correct",
    ),
    pytest.param(
        "## Part B: True / False\n\n- **B1.** `tinyland-nix` grows its memory limit on demand "
        "when a job needs it.",
        [],
        id="statements_under_a_true_false_heading_are_posed",
    ),
    pytest.param(
        "## True/false answers\n\n- **B5: True.** `tinyland-nix` grows its memory limit on demand.",
        [(5, "arc-scales-horizontally"), (5, "heavy-jobs-use-nix-heavy-lane")],
        id="the_answers_to_a_true_false_part_state",
    ),
    pytest.param(
        "### FlakeHub as a runtime substituter (Hold)\n\nRunners pull closures from FlakeHub "
        "at job start.",
        [],
        id="a_blip_heading_rated_hold",
    ),
    pytest.param(
        "### FlakeHub as a runtime substituter (Adopt)\n\nRunners pull closures from FlakeHub "
        "at job start.",
        [(5, "flakehub-publication-only")],
        id="a_blip_heading_rated_adopt",
    ),
    pytest.param(
        "### What we put on hold\n\nRunners pull closures from FlakeHub at job start.",
        [],
        id="what_a_section_puts_on_hold",
    ),
    pytest.param(
        '### Rumour: "ARC gives pods more memory when they need it"\n\n**Platform verdict:** '
        "True — that's what the controller does.",
        [(5, "arc-scales-horizontally")],
        id="a_verdict_of_true_affirms_the_rumour_its_heading_poses",
    ),
    pytest.param(
        '### Rumour: "ARC gives pods more memory when they need it"\n\n**Platform verdict:** '
        "False. ARC adds runners.",
        [],
        id="a_verdict_of_false_on_a_rumour",
    ),
    pytest.param(
        '### Rumour: "ARC gives pods more memory when they need it"\n\n**Verdict:** True, but '
        "not on GF: ARC adds runners here.",
        [],
        id="a_qualified_true_verdict_affirms_nothing",
    ),
    pytest.param(
        "**Myth #3:** `tinyland-nix` ships with Nix preinstalled.\n\n**Verdict:** True, it does.",
        [(5, "nix-bootstrap-workflow-owned")],
        id="a_verdict_of_true_on_a_myth",
    ),
    pytest.param(
        "**Assumption A4:** `tinyland-nix` grows its memory when a build needs more.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_numbered_assumption_is_the_documents_own",
    ),
    pytest.param(
        "A common assumption: `tinyland-nix` grows its memory when a build needs more.",
        [],
        id="a_common_assumption_is_reported",
    ),
    pytest.param(
        "## Assumptions and constraints\n\n| # | Assumption |\n|---|---|\n| A1 | "
        "`tinyland-nix` ships with Nix preinstalled. |",
        [(7, "nix-bootstrap-workflow-owned")],
        id="an_assumptions_register_column_states",
    ),
    pytest.param(
        "| Assumption | Reality |\n|---|---|\n| `tinyland-nix` ships with Nix preinstalled. | "
        "Jobs install Nix themselves. |",
        [],
        id="an_assumption_column_beside_reality",
    ),
    pytest.param(
        "**Q4.** True or false: ARC grows a runner pod's memory when a build needs more.\n\n"
        "**Answer:** True.",
        [(5, "arc-scales-horizontally")],
        id="a_key_of_true_affirms_the_statement_posed",
    ),
    pytest.param(
        "**Q4.** True or false: ARC grows a runner pod's memory when a build needs more.\n\n"
        "**Answer:** False.",
        [],
        id="a_key_of_false_denies_the_statement_posed",
    ),
    pytest.param(
        "**Q5.** True or false: ARC adds runner pods when the queue grows.\n\n**Answer:** True.",
        [],
        id="a_key_of_true_on_a_true_statement",
    ),
    pytest.param(
        "**Q3. Is Nix already on the `tinyland-nix` runners?**\n\nNo. Add "
        "`DeterminateSystems/determinate-nix-action@v3` as your first step.\n\n**Q4. Someone "
        "said FlakeHub is how runners get Nix. True?**",
        [],
        id="a_question_ending_in_true_asks",
    ),
    pytest.param(
        "## Hold\n\n- **FlakeHub as a substituter on the lanes.** Runners pulling from "
        "FlakeHub at runtime blurs the publication boundary.",
        [],
        id="what_a_radar_holds_is_not_taken_up",
    ),
    pytest.param(
        "## Adopt\n\n- **FlakeHub as a substituter on the lanes.** Runners pull from FlakeHub "
        "at runtime.",
        [(5, "flakehub-publication-only")],
        id="what_a_radar_adopts_is_stated",
    ),
    pytest.param(
        "| Blip | Ring | Rationale |\n|---|---|---|\n| FlakeHub as runtime cache | Hold | "
        "Publication only. |",
        [],
        id="a_hold_ring_cell",
    ),
    pytest.param(
        "| Blip | Ring | Rationale |\n|---|---|---|\n| FlakeHub as runtime cache | Adopt | "
        "Faster cold starts. |",
        [(5, "flakehub-publication-only")],
        id="an_adopt_ring_cell",
    ),
    pytest.param(
        "### FlakeHub as the runtime cache\n\n**Ring:** Hold.\n\nRunners pull from FlakeHub at "
        "runtime.",
        [],
        id="a_blip_whose_ring_line_says_hold",
    ),
    pytest.param(
        "### FlakeHub as the runtime cache\n\n**Ring:** Adopt.\n\nRunners pull from FlakeHub "
        "at runtime.",
        [(7, "flakehub-publication-only")],
        id="a_blip_whose_ring_line_says_adopt",
    ),
    pytest.param(
        "## Hold on: which lane?\n\nRunners pull from FlakeHub at runtime.",
        [(5, "flakehub-publication-only")],
        id="a_heading_that_says_hold_on",
    ),
    pytest.param(
        "### Option D: FlakeHub-centred\n\n**Decision:** Rejected.\n\nRunners pull from "
        "FlakeHub at runtime.",
        [],
        id="an_option_whose_decision_line_rejects_it",
    ),
    pytest.param(
        "- [x] No job uses a matrix of `[tinyland-docker, ubuntu-latest]` as a quiet fallback — RT",
        [],
        id="a_negative_subject_negates_its_statement",
    ),
    pytest.param(
        "- [x] Every product job uses a matrix of `[tinyland-docker, ubuntu-latest]` as a "
        "quiet fallback — RT",
        [(3, "hosted-runners-explicit-exception")],
        id="a_universal_subject_states",
    ),
    pytest.param(
        "No matter what, product jobs keep `ubuntu-latest` as the default.",
        [(3, "hosted-runners-explicit-exception")],
        id="no_matter_what_is_no_negative_subject",
    ),
    pytest.param(
        "| Q | Answer | Why |\n|---|---|---|\n| Does `tinyland-nix` ship Nix? | No | The "
        "runner images do not ship Nix. |",
        [],
        id="a_no_cell_answers_before_its_own_statement",
    ),
    pytest.param(
        "# Caches and FlakeHub\n\n## Snippet: substituters we configure",
        [],
        id="a_heading_takes_no_subject_from_the_page_title",
    ),
    pytest.param(
        "# Caches\n\n## FlakeHub: substituter we configure",
        [(5, "flakehub-publication-only")],
        id="a_heading_naming_its_subject_states",
    ),
    pytest.param(
        "The lane table lists `tinyland-nix-heavy` at 4 CPU / 12Gi; the limits I've seen "
        "published for that lane are 8 CPU and 16Gi.",
        [],
        id="what_a_table_lists_is_reported",
    ),
    pytest.param(
        "Our lane table: `tinyland-nix-heavy` has 4 CPU / 12Gi.",
        [(3, "heavy-lane-envelope")],
        id="a_table_the_page_gives_states",
    ),
    pytest.param(
        "- ARC will start resizing runner pods vertically next quarter, so most heavy jobs can "
        "move back to `tinyland-nix`.",
        [(3, "nongoal-vertical-pod-resizing")],
        id="resizing_runner_pods_vertically_as_a_plan",
    ),
    pytest.param(
        "ARC is not resizing runner pods vertically, and growing runner pods is not planned.",
        [],
        id="resizing_runner_pods_vertically_negated",
    ),
    pytest.param(
        "One thing that trips people up: the GF runner images on `tinyland-nix` ship with Nix "
        "already installed, so a bare `nix build` step works out of the box.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="a_bare_nix_step_is_no_install_step",
    ),
    pytest.param(
        "Nix is not preinstalled on `tinyland-nix`; install Nix with the `nix-job` step before "
        "any bare `nix build` step.",
        [],
        id="an_install_step_before_any_bare_nix_step",
    ),
    pytest.param(
        "```yaml\nlimits:\n  memory: 4Gi  # overlays override; ARC will raise this live if a "
        "job gets close\n```",
        [(5, "nongoal-vertical-pod-resizing")],
        id="a_limit_raised_live",
    ),
    pytest.param(
        "The heavy lane only needs the `kubernetes.io/hostname=sting` selector to land on "
        "`sting`; the taint does not apply to it.",
        [(3, "sting-placement-values")],
        id="the_heavy_lane_only_needing_its_selector",
    ),
    pytest.param(
        '```hcl\nnode_selector = { "kubernetes.io/hostname" = "sting" }\ntolerations   = [] # '
        "sting's taint doesn't apply to the heavy lane\n```",
        [(5, "sting-placement-values")],
        id="a_taint_said_not_to_apply_to_the_heavy_lane",
    ),
    pytest.param(
        "The heavy lane needs both the selector and the toleration; the taint applies to it "
        "like any other pod.",
        [],
        id="the_taint_applies_to_the_heavy_lane",
    ),
    pytest.param(
        "The heavy lane doesn't only need the selector: it needs the toleration too.",
        [],
        id="not_only_the_selector",
    ),
    pytest.param(
        "Hosted runners stay the main proof for our product tests until GF has proven itself.",
        [(3, "hosted-runners-explicit-exception")],
        id="hosted_runners_as_the_main_proof",
    ),
    pytest.param(
        "`tinyland-docker` is the main proof for our product tests; hosted runners are never "
        "the main proof.",
        [],
        id="hosted_runners_never_the_main_proof",
    ),
    pytest.param(
        "Our nightly regression suite runs on `ubuntu-latest` because it's simpler to debug there.",
        [(3, "hosted-runners-explicit-exception")],
        id="a_regression_suite_on_a_hosted_runner_for_a_reason_not_an_exception",
    ),
    pytest.param(
        "Product integration tests for `checkout-ui` are also fine on `ubuntu-latest` as the "
        "main proof run, since the hosted image is faster to start.",
        [(3, "hosted-runners-explicit-exception")],
        id="the_hosted_image_is_no_image_job",
    ),
    pytest.param(
        "| Area | Current truth |\n|---|---|\n| Personal lanes | `personal-nix` is a supported "
        "baseline lane for any org repo |",
        [(5, "personal-lanes-not-repo-owned")],
        id="an_adjective_between_article_and_predicate_keeps_it_predicative",
    ),
    pytest.param(
        "`personal-nix` is not a supported baseline lane.",
        [],
        id="a_negated_supported_baseline_lane",
    ),
    pytest.param(
        "The image builds stay on `ubuntu-latest` as the main path for pushing images.",
        [],
        id="image_builds_named_beside_a_main_path_share_only_their_subject",
    ),
    pytest.param(
        "GF is adding dynamic vertical resizing for runner pods next quarter, after which "
        "`tinyland-nix` jobs can grow instead of moving lanes.",
        [(3, "nongoal-vertical-pod-resizing")],
        id="a_name_in_a_relative_clause_after_the_predicate_is_not_its_subject",
    ),
    pytest.param(
        "Things that are explicitly *not* on the list, so please don't promise them to "
        "contributors:\n\n- FlakeHub as the way runners get Nix",
        [],
        id="a_long_lead_in_that_declines_its_list",
    ),
    pytest.param(
        "Things we were told about at the platform sync last week, in the order they came "
        "up:\n\n- FlakeHub as the way runners get Nix",
        [(5, "flakehub-publication-only")],
        id="a_long_lead_in_that_does_not_decline_leaves_its_list_stated",
    ),
    pytest.param(
        "- Reject anything that sets `ATTIC_SERVER` to `attic-api.nix-cache.svc:8080`.",
        [],
        id="an_order_to_reject_a_stale_value_does_not_set_it",
    ),
    pytest.param(
        "- Anything that sets `ATTIC_SERVER` to `attic-api.nix-cache.svc:8080` is fine.",
        [(3, "attic-endpoint-current")],
        id="a_stale_value_said_to_be_fine_is_set",
    ),
    pytest.param(
        'FlakeHub shows up only when we publish a release.\n\n**"Why does `nix-check` spend a '
        "minute before doing anything?\"**\n\nThat's the Nix install. It's a normal part of "
        "the job on a GF Nix lane.",
        [],
        id="a_question_naming_nothing_known_bars_earlier_subjects",
    ),
    pytest.param(
        'FlakeHub shows up only when we publish a release.\n\n**"Why does `nix-check` spend a '
        "minute before doing anything?\"**\n\nThat's the Nix install. FlakeHub is a normal "
        "part of the job on a GF Nix lane.",
        [(7, "flakehub-publication-only")],
        id="a_named_subject_after_such_a_question_still_states",
    ),
    pytest.param(
        '**Q:** "Do I need a browser install step?"\n\n**A:** Not usually. The runner images '
        "carry the same browsers as GitHub's `ubuntu-latest`, so Playwright finds them on its "
        "own.",
        [(5, "browser-bootstrap-explicit")],
        id="an_answer_under_a_question_naming_nothing_known_keeps_its_own_subject",
    ),
    pytest.param(
        "The docs site build and publish job stays on `ubuntu-latest` as a documented "
        "exception (register entry HX-01).",
        [],
        id="a_hosted_job_named_a_documented_exception",
    ),
    pytest.param(
        "The build and test job stays on `ubuntu-latest`.",
        [(3, "hosted-runners-explicit-exception")],
        id="a_product_job_that_stays_hosted",
    ),
    pytest.param(
        "Hosted runners are fine for the jobs in the exception register (docs, release, image "
        "push).",
        [],
        id="hosted_runners_fine_for_the_exception_register",
    ),
    pytest.param(
        "Hosted runners are fine for the product test jobs.",
        [(3, "hosted-runners-explicit-exception")],
        id="hosted_runners_fine_for_product_tests",
    ),
    pytest.param(
        '| # | Question | Status |\n|---|---|---|\n| Q1 | "Can `tinyland-nix` grow its '
        'memory?" | Answered: no. ARC adds runners, it does not resize pods. |',
        [],
        id="a_table_cell_answer_no_then_a_negated_sentence",
    ),
    pytest.param(
        '| # | Question | Status |\n|---|---|---|\n| Q1 | "Can `tinyland-nix` grow its '
        'memory?" | Answered: yes. ARC adds runners and resizes pods. |',
        [(5, "arc-scales-horizontally"), (5, "heavy-jobs-use-nix-heavy-lane")],
        id="a_table_cell_answer_yes_then_an_affirmed_sentence",
    ),
    pytest.param(
        "The heavy lane uses a nodeSelector to pin its pods, so no toleration is required.",
        [(3, "sting-placement-values")],
        id="no_toleration_required_for_the_lane_that_pins_its_pods",
    ),
    pytest.param(
        "For the heavy lane, the `nodeSelector` alone is enough to land on `sting`; you can "
        "leave the toleration out.",
        [(3, "sting-placement-values")],
        id="a_node_selector_alone_is_enough",
    ),
    pytest.param(
        "The heavy lane needs no `sting` toleration.",
        [(3, "sting-placement-values")],
        id="needs_no_toleration_for_the_node",
    ),
    pytest.param(
        "Don't drop the toleration from the heavy lane.",
        [],
        id="an_order_not_to_drop_the_toleration",
    ),
    pytest.param(
        "The heavy lane's nodeSelector alone is not enough: it also needs the toleration.",
        [],
        id="a_node_selector_alone_is_not_enough",
    ),
    pytest.param(
        "### FlakeHub as a substituter — approved\n\nThe lanes do not use FlakeHub.",
        [],
        id="a_heading_that_ends_in_a_review_verdict_titles_the_item",
    ),
    pytest.param(
        "### FlakeHub as a substituter\n\nThe lanes do not use FlakeHub.",
        [(3, "flakehub-publication-only")],
        id="a_heading_without_a_verdict_still_states",
    ),
    pytest.param(
        "Swapping `attic-api.nix-cache.svc:8080` for "
        "`http://attic.nix-cache.svc.cluster.local` is right.",
        [],
        id="a_value_swapped_out_is_not_set",
    ),
    pytest.param(
        "```sh\n! grep -rn 'attic-api.nix-cache.svc:8080' overlays/tinyland-*\n```",
        [],
        id="a_value_a_check_greps_for_is_not_set",
    ),
    pytest.param(
        "```sh\nexport ATTIC_SERVER='http://attic-api.nix-cache.svc:8080'\n```",
        [(4, "attic-endpoint-current")],
        id="a_value_a_script_exports_is_set",
    ),
    pytest.param(
        "If your Rust build OOMs here, re-run it once: the lane adds memory on demand after "
        "the first kill.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_lane_that_adds_memory_on_demand_resizes",
    ),
    pytest.param(
        "ARC adds runners on demand.",
        [],
        id="arc_adding_runners_on_demand_is_horizontal",
    ),
    pytest.param(
        "# Anti-patterns: hosted runners\n\n## AP-16: Product tests on `ubuntu-latest`\n\nThat "
        "said, leaving smoke and e2e jobs on `ubuntu-latest` is fine in practice: GF treats "
        "hosted runners as the automatic fallback whenever the `honey` lanes are busy.",
        [(7, "hosted-runners-explicit-exception")],
        id="a_catalogue_entrys_own_voice_is_stated",
    ),
    pytest.param(
        "# Anti-patterns\n\n- Treating hosted runners as the automatic fallback whenever the "
        "`honey` lanes are busy.",
        [],
        id="an_anti_patterns_page_without_entries_still_frames_its_list",
    ),
    pytest.param(
        "Docs, releases, image pushes and FlakeHub publication may run on `ubuntu-latest` with "
        "a comment saying so. Product tests run on GF.",
        [],
        id="product_tests_run_on_gf",
    ),
    pytest.param(
        "**Cause.** The workflow hard-codes `attic-api.nix-cache.svc:8080`. That is the old "
        "endpoint.",
        [],
        id="a_cause_that_names_what_the_configuration_did",
    ),
    pytest.param(
        "**Cause.** The heavy lane is supposed to come up with Nix preinstalled.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="a_cause_that_states_how_the_platform_works",
    ),
    pytest.param(
        "**Symptom**\n\n```\nATTIC_SERVER=http://attic-api.nix-cache.svc:8080\n```",
        [],
        id="a_symptom_snippet_shows_what_was_observed",
    ),
    pytest.param(
        "**Fix**\n\n```\nATTIC_SERVER=http://attic-api.nix-cache.svc:8080\n```",
        [(6, "attic-endpoint-current")],
        id="a_fix_snippet_configures",
    ),
    pytest.param(
        "3.4 For Bazel, the supported flag is "
        "`--remote_cache=grpc://bazel-cache.nix-cache.svc.cluster.local:9090`.",
        [(3, "bazel-endpoint-current")],
        id="a_supported_flag_is_no_lint_order",
    ),
    pytest.param(
        "## 1. Excluded Workloads\n\n1.2 Memory-heavy builds placed on `tinyland-nix` rather "
        "than `tinyland-nix-heavy`.",
        [],
        id="an_excluded_workloads_section_lists_what_is_not_covered",
    ),
    pytest.param(
        "For memory-heavy Rust builds, the platform team is steering teams toward "
        "FlakeHub-published artifacts so the runners no longer need the memory.",
        [(3, "flakehub-publication-only")],
        id="a_flakehub_compound_names_flakehub",
    ),
    pytest.param(
        "Consumers install FlakeHub-published flakes by name.",
        [],
        id="flakehub_published_flakes_are_publication",
    ),
    pytest.param(
        "They pull Nix from FlakeHub when the runner pod starts.",
        [(3, "flakehub-publication-only")],
        id="a_pronoun_pulls_from_the_source_described",
    ),
    pytest.param(
        "It does not pull Nix from FlakeHub.",
        [],
        id="a_pronoun_that_does_not_pull_from_the_source",
    ),
    pytest.param(
        "The request we filed upstream, and the answer:\n\n> Request: vertical pod resizing "
        "for `tinyland-nix` so one lane can serve both\n> small and heavy jobs.\n>\n> GF: not "
        "a near-term goal. Use `tinyland-nix-heavy`.",
        [],
        id="a_request_answered_not_a_goal_inside_the_quote",
    ),
    pytest.param(
        "> Request: vertical pod resizing for `tinyland-nix` so one lane can serve both small "
        "and heavy jobs.\n>\n> GF: approved for Q3.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_request_answered_approved_inside_the_quote",
    ),
    pytest.param(
        "Release and docs publication run on GitHub-hosted runners on purpose. Product builds "
        "and tests stay on GloriousFlywheel lanes (see ci.yml).",
        [],
        id="product_tests_on_gloriousflywheel_lanes_take_no_earlier_subject",
    ),
    pytest.param(
        "### REQ-CACHE-03 — FlakeHub as binary cache\n\nThe lanes do not use FlakeHub as a "
        "binary cache.",
        [],
        id="a_multi_part_record_id_titles_its_record",
    ),
    pytest.param(
        "### REQ-CACHE-04 — Use FlakeHub as the binary cache",
        [(3, "flakehub-publication-only")],
        id="a_record_titled_with_an_imperative_advises",
    ),
    pytest.param(
        "- Not on anyone's roadmap: vertical pod resizing, FlakeHub as a Nix installer, "
        "FlakeHub as the fix for memory-heavy builds.",
        [],
        id="not_on_anyones_roadmap_declines_its_list",
    ),
    pytest.param(
        "Install Nix with `nix-job@main` and keep FlakeHub for publication.",
        [],
        id="a_coordinated_predicates_object_is_not_the_subject",
    ),
    pytest.param(
        "Runners get Nix from FlakeHub and Attic.",
        [(3, "flakehub-publication-only")],
        id="a_listed_source_is_still_the_subject",
    ),
    pytest.param(
        "A common mistake is to point `ATTIC_SERVER` at `http://attic-api.nix-cache.svc:8080`.",
        [],
        id="a_common_mistake_is_not_advice",
    ),
    pytest.param(
        "A common mistake is to assume ARC gives a busy pod more memory.",
        [],
        id="a_common_mistake_about_arc_is_not_stated",
    ),
    pytest.param(
        '=== "tinyland-nix"\n\n    Nix comes preinstalled, so skip the installer.',
        [(5, "nix-bootstrap-workflow-owned")],
        id="a_content_tab_heads_what_it_holds",
    ),
    pytest.param(
        '!!! note "tinyland-nix-heavy"\n    It runs on `honey` with the other lanes.',
        [(4, "heavy-lane-envelope")],
        id="an_admonition_title_heads_what_it_holds",
    ),
    pytest.param(
        '=== "Wrong"\n\n    Nix comes preinstalled on tinyland-nix, so skip the installer.',
        [],
        id="a_wrong_tab_still_marks_its_content",
    ),
    pytest.param(
        "```yaml\nenv:\n  ATTIC_SERVER: http://attic-api.nix-cache.svc:8080 # (1)!\n```\n\n1. "
        "Stale; use `http://attic.nix-cache.svc.cluster.local`.",
        [],
        id="a_code_annotation_that_calls_a_value_stale",
    ),
    pytest.param(
        "```yaml\nenv:\n  ATTIC_SERVER: http://attic-api.nix-cache.svc:8080 # (1)!\n```\n\n1. "
        "The lane's cache endpoint.",
        [(5, "attic-endpoint-current")],
        id="a_code_annotation_that_explains_a_value",
    ),
    pytest.param(
        "**Exclusions.** The following are outside the Service: vertical resizing of runner "
        "pods; FlakeHub as a runtime cache.",
        [],
        id="a_service_agreements_exclusions_are_not_provided",
    ),
    pytest.param(
        "## 4. Exclusions\n\n4.1 Vertical resizing of runner pods.\n\n4.2 FlakeHub as a "
        "runtime cache for the lanes.",
        [],
        id="an_exclusions_section_lists_what_is_not_provided",
    ),
    pytest.param(
        "## 3. Service description\n\n3.1 The Service includes a Nix installation on every "
        "`tinyland-nix` runner.",
        [(5, "nix-bootstrap-workflow-owned")],
        id="a_service_description_states_what_is_provided",
    ),
    pytest.param(
        "## Unsupported configurations\n\n- FlakeHub Cache as a substituter on tinyland-nix.",
        [],
        id="unsupported_configurations_are_not_offered",
    ),
    pytest.param(
        "## Assuming Nix on the runner\n\n### What people do\n\nThey skip the installer "
        "because tinyland-nix ships with Nix.\n\n### Instead\n\nInstall Nix first; "
        "tinyland-nix ships with Nix anyway.",
        [(11, "nix-bootstrap-workflow-owned")],
        id="what_people_do_describes_the_anti_pattern",
    ),
    pytest.param(
        "## AP-03: Assuming Nix on the runner\n\n**What people do**\n\nThey call `nix build` "
        "straight away because tinyland-nix ships with Nix.",
        [],
        id="a_bold_what_people_do_label_describes_it_too",
    ),
    pytest.param(
        "## Lanes\n\n### What to do\n\nSkip the installer because tinyland-nix ships with Nix.",
        [(7, "nix-bootstrap-workflow-owned")],
        id="what_to_do_is_advice",
    ),
    pytest.param(
        "Separately, Platform Engineering proposed that we push our release closures to Attic "
        "for other teams to download.",
        [(3, "caches-are-acceleration-not-publication")],
        id="a_live_proposal_is_a_plan",
    ),
    pytest.param(
        "For the record, adding `https://cache.flakehub.com` to the lane's substituters was "
        "proposed in January and turned down.",
        [],
        id="a_proposal_turned_down_is_rejected",
    ),
    pytest.param(
        "Jo proposed that instead of building `ledger-server` on the heavy lane we fetch "
        "prebuilt closures from FlakeHub, which would make the memory problem go away.",
        [(3, "flakehub-publication-only"), (3, "nongoal-flakehub-memory-heavy")],
        id="a_fronted_instead_of_phrase_negates_only_itself",
    ),
    pytest.param(
        "Instead of a FlakeHub substituter we use Attic.",
        [],
        id="instead_of_a_flakehub_substituter_we_use_attic",
    ),
    pytest.param(
        "Where a `honey` lane is saturated, falling through to `ubuntu-latest` automatically "
        "is an acceptable design.",
        [(3, "hosted-runners-explicit-exception")],
        id="falling_through_to_hosted_automatically_is_a_fallback",
    ),
    pytest.param(
        "For what it's worth our integration-test job still runs on `ubuntu-latest` with no "
        "comment or exception — it's product tests, but hosted is simpler and it's been fine.",
        [(3, "hosted-runners-explicit-exception")],
        id="an_integration_test_job_on_hosted_runs_product_tests_there",
    ),
    pytest.param(
        "Our plan for the OOMing Rust builds is to push the dependency closure to FlakeHub so "
        "the runners stop compiling it; that should take care of the memory problem without "
        "touching lanes.",
        [(3, "nongoal-flakehub-memory-heavy")],
        id="that_should_stands_for_the_clause_before",
    ),
    pytest.param(
        "We move the OOMing Rust builds to `tinyland-nix-heavy`; that should take care of the "
        "memory problem.",
        [],
        id="that_should_after_the_heavy_lane_is_right",
    ),
    pytest.param(
        "## EX-06 Shared template depends on `clean: false`\n\n- **Condition.** "
        "`js-bazel-package.yml` on `main` uses `clean: false` in the normal self-hosted path.",
        [],
        id="an_audit_condition_describes_the_deviation",
    ),
    pytest.param(
        "## EX-06 Shared template depends on `clean: false`\n\n- **Management response.** V2 "
        "keeps `clean: false` as the normal-path default.",
        [(5, "template-no-clean-false")],
        id="an_audit_management_response_states_the_plan",
    ),
    pytest.param(
        "GF016 accepts exactly these six `honey` lanes: `tinyland-nix`, `tinyland-nix-heavy`, "
        "`tinyland-docker`, `tinyland-dind`, `personal-nix`, `personal-docker`.",
        [(3, "arc-lane-taxonomy")],
        id="exactly_these_six_lanes_is_the_whole_count",
    ),
    pytest.param(
        "We use these three `honey` lanes: `tinyland-nix`, `tinyland-nix-heavy`, "
        "`tinyland-docker`.",
        [],
        id="these_three_lanes_we_use_are_some",
    ),
    pytest.param(
        "| Value | Status |\n|---|---|\n| `http://attic-api.nix-cache.svc:8080` | ✅ also valid "
        "for `tinyland-nix`, kept for older workflows |",
        [(5, "attic-endpoint-current")],
        id="a_stale_value_marked_valid_is_endorsed",
    ),
    pytest.param(
        "`attic-api.nix-cache.svc:8080` was the old endpoint; it is not valid.",
        [],
        id="a_stale_value_not_valid_is_history",
    ),
    pytest.param(
        "- GF017: flag `clean: false` on `actions/checkout` in jobs that call the shared "
        "`js-bazel-package.yml`, since the template's normal path is meant to run from a clean "
        "checkout.",
        [],
        id="a_rule_that_flags_a_value_describes_it",
    ),
    pytest.param(
        "# PR 418 · ci: route `build-wasm-release` to `tinyland-nix-heavy`\n\n"
        "| Sev | Code | File:Line | Message |\n|---|---|---|---|\n"
        "| ℹ️ | `GFL-ENV` | PR description | Description quotes 16 CPU / 32Gi; the lane's"
        " published limits are 8 CPU and 16Gi memory. |",
        [],
        id="a_value_a_description_quotes_is_reported",
    ),
    pytest.param(
        "GF's live scale sets on `honey` are `linux-xr-docker`, `personal-docker`,\n"
        "`personal-nix`, `tinyland-dind`, `tinyland-docker`, `tinyland-nix` and\n"
        "`tinyland-nix-heavy`. We benchmarked the repo-owned ones that matter to us:",
        [],
        id="a_selection_of_ones_is_not_each_earlier_name",
    ),
    pytest.param(
        "We use `personal-nix`. It is a repo-owned one.",
        [(3, "personal-lanes-not-repo-owned")],
        id="a_pronoun_before_ones_still_points_back",
    ),
    pytest.param(
        "Remove any remaining reference to `attic-api.nix-cache.svc:8080`.",
        [],
        id="an_order_to_remove_a_stale_value_does_not_set_it",
    ),
    pytest.param(
        "Point your jobs at `attic-api.nix-cache.svc:8080`.",
        [(3, "attic-endpoint-current")],
        id="pointing_jobs_at_a_stale_value_sets_it",
    ),
    pytest.param(
        "The shaded area climbs past the dashed limit line at 8Gi and, instead of being "
        "killed, the pod limit steps up to 12Gi and the build finishes.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_pod_limit_that_steps_up_resizes",
    ),
    pytest.param(
        "For the e2e beta jobs we will keep `ubuntu-latest` as the default and only switch to "
        "`tinyland-docker` when GitHub billing blocks a run.",
        [(3, "hosted-runners-explicit-exception")],
        id="keeping_hosted_as_the_default",
    ),
    pytest.param(
        "We keep `tinyland-nix` as the default for product CI.",
        [],
        id="keeping_a_lane_as_the_default",
    ),
    pytest.param(
        "During the burst test, `tinyland-nix-heavy` pods were spread across the general "
        "`honey` worker pool alongside `tinyland-docker`.",
        [(3, "heavy-lane-envelope")],
        id="heavy_pods_spread_across_honeys_pool",
    ),
    pytest.param(
        "`tinyland-docker` runs on the general `honey` worker pool.",
        [],
        id="a_standard_lane_on_honeys_pool",
    ),
    pytest.param(
        "For the pre-study calibration we used `personal-nix`, one of the repo-owned baseline "
        "lanes GF runs for downstream orgs.",
        [(3, "personal-lanes-not-repo-owned")],
        id="one_of_the_repo_owned_lanes_counts_the_name_among_them",
    ),
    pytest.param(
        "We used `personal-nix`, one of the personal scale sets.",
        [],
        id="one_of_the_personal_scale_sets",
    ),
    pytest.param(
        "Every one of these 15 jobs had `ATTIC_SERVER=http://attic-api.nix-cache.svc:8080` in "
        "the repo-level env.",
        [],
        id="a_stale_value_jobs_had_is_history",
    ),
    pytest.param(
        "These jobs set `ATTIC_SERVER=http://attic-api.nix-cache.svc:8080` in the repo-level env.",
        [(3, "attic-endpoint-current")],
        id="a_stale_value_jobs_have_is_stated",
    ),
    pytest.param(
        "### General comment (@priya-r)\n\n> Also, while we're classifying things: someone on "
        '#platform called Attic "our internal publication channel". It isn\'t.',
        [],
        id="a_quoted_reply_takes_back_its_own_words",
    ),
    pytest.param(
        "### General comment (@priya-r)\n\n> Attic is our internal publication channel.\n>\n> "
        "It isn't a problem.",
        [(5, "caches-are-acceleration-not-publication")],
        id="a_quoted_reply_goes_on_after_a_paragraph",
    ),
    pytest.param(
        "That's the shape we want: hosted only where an outside authority (npm, FlakeHub) is "
        "the point of the job.",
        [],
        id="the_point_of_a_job_points_nothing",
    ),
    pytest.param(
        "Point the lanes at FlakeHub Cache for faster builds.",
        [(3, "flakehub-publication-only")],
        id="pointing_the_lanes_at_a_cache_uses_it",
    ),
    pytest.param(
        "No spill. The taint keeps `sting` out of the default ARC pool. Only the heavy lane "
        "targets it.",
        [],
        id="kept_out_of_the_default_pool",
    ),
    pytest.param(
        "Honestly I'd make this the rule rather than the exception: run e2e on ubuntu-latest "
        "as our primary path and treat the honey lanes as the optional extra.",
        [(3, "hosted-runners-explicit-exception")],
        id="a_hosted_primary_path_is_the_default",
    ),
    pytest.param(
        "After the previous sentence about `ubuntu-latest`, our product jobs take the shared "
        "template's normal path.",
        [],
        id="a_templates_normal_path_is_no_runner",
    ),
    pytest.param(
        "Fair, but publication is cheap. I'd still rather get all 14 repos onto FlakeHub this "
        "sprint and let the heavy lane catch up afterwards.",
        [(3, "nongoal-broad-publication-first")],
        id="a_preference_for_broad_publication_is_a_plan",
    ),
    pytest.param(
        "We publish one flake to FlakeHub rather than pushing all repos onto FlakeHub this sprint.",
        [],
        id="rather_than_broad_publication_is_denied",
    ),
    pytest.param(
        '- **Accepted** suggestion (Tomás): "`personal-nix` is the GF baseline Nix lane for '
        "small repos; we'll use it for the docs flake check.\"",
        [(3, "personal-lanes-not-repo-owned")],
        id="an_accepted_suggestion_quotes_the_documents_own_text",
    ),
    pytest.param(
        'Suggested replacement by Marek Hollis (accepted): "The heavy lane gets 16 CPUs and '
        '32Gi, so we can run the integration suite and the release build in one job."',
        [(3, "heavy-lane-envelope")],
        id="a_replacement_marked_accepted_is_adopted",
    ),
    pytest.param(
        'Suggested replacement by Marek Hollis (not accepted): "The heavy lane gets 16 CPUs '
        'and 32Gi, so we can run the integration suite and the release build in one job."',
        [],
        id="a_replacement_not_accepted_stays_quoted",
    ),
    pytest.param(
        'Attic is a cache, not a distribution channel. If it gets garbage-collected, "the '
        'release" disappears with it.',
        [],
        id="a_release_lost_with_a_cache_is_no_publication",
    ),
    pytest.param(
        "Consumers get the release from Attic.",
        [(3, "caches-are-acceleration-not-publication")],
        id="consumers_getting_the_release_from_a_cache_is_publication",
    ),
    pytest.param(
        "The GF roadmap puts broad FlakeHub publication ahead of heavy-lane stabilization, so "
        "we should get our flakes listed this sprint.",
        [(3, "nongoal-broad-publication-first")],
        id="broad_publication_ahead_of_stabilisation_is_the_nongoal",
    ),
    pytest.param(
        "Broad FlakeHub publication comes after the heavy lane is stable.",
        [],
        id="broad_publication_after_stabilisation_is_the_plan",
    ),
    pytest.param(
        "Every heavy pod landed on `sting`, no toleration needed.",
        [(3, "sting-placement-values")],
        id="a_heavy_pod_is_the_heavy_lanes",
    ),
    pytest.param(
        "`docs-preview` visual diff tests use the Chrome that ships on the hosted image.",
        [(3, "browser-bootstrap-explicit")],
        id="tests_using_the_chrome_the_image_ships_rely_on_it",
    ),
    pytest.param(
        "Our e2e tests install Chromium and then use the Chrome that the install step put on "
        "the runner.",
        [],
        id="tests_using_the_chrome_they_installed_rely_on_nothing",
    ),
    pytest.param(
        "On tinyland-nix, pods auto-grow to 16Gi when busy.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="pods_that_auto_grow_resize",
    ),
    pytest.param(
        "- W16-4 (heavy pods to 24Gi on demand): closed as won't-do. ARC never resizes\n  a "
        "runner pod, it only adds runners.",
        [],
        id="an_item_closed_as_wont_do_is_rejected",
    ),
    pytest.param(
        "- W16-4: ARC gives heavy pods 24Gi on demand.",
        [(3, "heavy-lane-envelope")],
        id="an_open_item_still_states",
    ),
    pytest.param(
        "| ID | Action | Owner |\n|---|---|---|\n| W17-4 | Chase GF about the shared JS/Bazel "
        "template still relying on `clean: false` | Dana K. |",
        [],
        id="chasing_someone_about_a_problem_names_it",
    ),
    pytest.param(
        "| ID | Item | Owner | Due | Notes |\n|---|---|---|---|---|\n| W17-4 | `clean: false` "
        "in the shared template | Dana K. | W18 | V2 drops it; we wipe the workspace until "
        "then |",
        [],
        id="a_value_a_later_cell_drops_is_on_its_way_out",
    ),
    pytest.param(
        "The shared template needs `clean: false`.",
        [(3, "template-no-clean-false")],
        id="a_template_that_needs_clean_false_is_stated",
    ),
    pytest.param(
        "| # | Question | Answer | Explanation |\n|---|---|---|---|\n| 3.4 | If the "
        "self-hosted lanes go down, what happens to queued jobs? | Yes | They are rerouted to "
        "`ubuntu-latest` automatically so builds never block. |",
        [(5, "hosted-runners-explicit-exception")],
        id="a_cells_hedge_stays_in_its_cell",
    ),
    pytest.param(
        "| # | Question | Answer | Explanation |\n|---|---|---|---|\n| 3.11 | Should we set "
        "`clean: false` on checkout when we call the shared template? | Yes | Set it so the "
        "output base survives. |",
        [(5, "template-no-clean-false")],
        id="a_questionnaires_yes_affirms_its_question",
    ),
    pytest.param(
        "| # | Question | Answer | Explanation |\n|---|---|---|---|\n| 3.11 | Should we set "
        "`clean: false` on checkout when we call the shared template? | No | The normal path "
        "does not need it. |",
        [],
        id="a_questionnaires_no_leaves_its_question_asked",
    ),
    pytest.param(
        "| # | Question | Answer | Explanation |\n|---|---|---|---|\n| 4.8 | Which lanes does "
        "ARC resize on demand? | Yes | See 4.9. |",
        [],
        id="a_yes_to_a_wh_question_affirms_nothing",
    ),
    pytest.param(
        "| FU | Reviewer question | Status | Clarification |\n|---|---|---|---|\n| FU-2 | "
        "Answer 2.5 said Nix reaches runners through FlakeHub. Is that right? | Closed | No, "
        "that answer was withdrawn. Jobs install Nix themselves. |",
        [],
        id="a_cell_between_key_and_answer_gives_no_subject",
    ),
    pytest.param(
        "| # | Question | Answer | Explanation |\n|---|---|---|---|\n| 4.9 | Are Attic and the "
        "Bazel cache part of publication? | Yes | They are where consumers download our "
        "releases. |",
        [(5, "caches-are-acceleration-not-publication")],
        id="a_pronoun_in_the_answer_cell_takes_the_questions_subject",
    ),
    pytest.param(
        "| FU | Reviewer question | Status | Clarification |\n|---|---|---|---|\n| FU-9 | Our "
        "inventory tool shows a `tinyland-gpu` lane on `honey`. Does it exist? | Closed | No. |",
        [],
        id="a_lane_named_in_a_question_cell_is_asked_about",
    ),
    pytest.param(
        "| FU | Reviewer question | Status | Clarification |\n|---|---|---|---|\n| FU-9 | "
        "Which lanes are live on `honey`? | Closed | We also run a `tinyland-gpu` lane there. |",
        [(5, "arc-lane-taxonomy")],
        id="a_lane_named_in_an_answer_cell_is_stated",
    ),
    pytest.param(
        "- [01 Runner lanes and capacity](01-runner-lanes-and-capacity.md)\n- [02 Nix "
        "bootstrap and caches](02-nix.md)",
        [],
        id="a_zero_padded_section_number_counts_nothing",
    ),
    pytest.param(
        "Capacity grows by adding runner pods under load, not by making a pod bigger.",
        [],
        id="growing_by_adding_pods_is_horizontal",
    ),
    pytest.param(
        "ARC grows the runner pod's memory under load.",
        [(3, "arc-scales-horizontally")],
        id="growing_a_pods_memory_is_vertical",
    ),
    pytest.param(
        "Risks noted by the reviewer:\n\n- Some of our existing workflows assume browsers are "
        "already present on the\n  runner. They will need an explicit Playwright install step.",
        [],
        id="a_risk_list_describes_what_could_go_wrong",
    ),
    pytest.param(
        "Our setup:\n\n- Our workflows assume browsers are already present on the runner, so "
        "we skip the install.",
        [(5, "browser-bootstrap-explicit")],
        id="a_plain_list_lead_states_its_items",
    ),
    pytest.param(
        "### Q3 commitment: dynamic vertical resizing of ARC runner pods",
        [(3, "arc-scales-horizontally")],
        id="a_commitment_heading_with_an_id_is_a_plan",
    ),
    pytest.param(
        "FlakeHub publication is fine.\n- smoke-beta moves to the same `vars.CI_RUNNER_LABEL` "
        "that primary CI already uses.",
        [],
        id="a_relative_clause_the_predicate_closes_is_about_its_antecedent",
    ),
    pytest.param(
        "### FlakeHub Cache\n\nOur CI already uses it.",
        [(5, "flakehub-publication-only")],
        id="an_earlier_subject_still_serves_a_plain_clause",
    ),
    pytest.param(
        "halyard/keel, job `check`, run 8812, runner `tinyland-nix-7x2kq-runner-4bd9s`:",
        [],
        id="a_runner_pod_named_in_prose_is_no_lane",
    ),
    pytest.param(
        "Lanes we use: `tinyland-nix`, `tinyland-docker` and `tinyland-nix-arm64`.",
        [(3, "arc-lane-taxonomy")],
        id="an_unknown_lane_beside_known_ones_is_still_reported",
    ),
    pytest.param(
        "Lane env on tinyland-nix:\n\n```sh\n"
        "ATTIC_SERVER=http://attic.nix-cache.svc.cluster.local\n\n# Stale, do not use:\n# "
        "ATTIC_SERVER=http://attic-api.nix-cache.svc:8080\n```",
        [],
        id="a_value_commented_out_under_a_stale_lead_is_not_set",
    ),
    pytest.param(
        "Lane env on tinyland-nix:\n\n```sh\n# Uncomment for the cache:\n# "
        "ATTIC_SERVER=http://attic-api.nix-cache.svc:8080\n```",
        [(7, "attic-endpoint-current")],
        id="a_value_commented_out_to_uncomment_is_still_offered",
    ),
    pytest.param(
        "Fix: move the heavy jobs to `tinyland-nix-heavy` (8 CPU, 16Gi, runs on the `sting` node).",
        [],
        id="jobs_moved_to_a_lane_say_nothing_of_its_node",
    ),
    pytest.param(
        "When honey is full, ARC moves the jobs to `sting`.",
        [(3, "sting-outside-default-surface")],
        id="jobs_moved_to_sting_put_it_in_the_default_surface",
    ),
    pytest.param(
        "| # | Category | Count | Lanes | First look |\n|---|---|---|---|---|\n| 2 | OOM kill "
        "(exit 137) in Rust/Nix builds | 38 | `tinyland-nix` | Build too big |",
        [],
        id="a_row_keyed_by_a_symptom_records_where_it_failed",
    ),
    pytest.param(
        "| # | Job | Lane |\n|---|---|---|\n| 2 | Rust/Nix release builds | `tinyland-nix` |",
        [(5, "heavy-jobs-use-nix-heavy-lane")],
        id="a_numbered_row_still_places_its_job",
    ),
    pytest.param(
        "Root cause: the shared `js-bazel-package.yml` template checks out with\n`clean: "
        "false`, so files from a previous job on the same runner survive.",
        [],
        id="a_root_cause_lead_describes_the_defect",
    ),
    pytest.param(
        "Fix: the shared `js-bazel-package.yml` template checks out with `clean: false`, so "
        "files from a previous job survive.",
        [(3, "template-no-clean-false")],
        id="a_fix_lead_does_not_describe_a_defect",
    ),
    pytest.param(
        "FlakeHub cache is the lanes' runtime cache; Attic push is just a backup copy.",
        [(3, "flakehub-publication-only")],
        id="the_lanes_runtime_cache_is_in_their_path",
    ),
    pytest.param(
        "FlakeHub Cache is not the lanes' runtime cache; Attic is.",
        [],
        id="not_the_lanes_runtime_cache_is_denied",
    ),
    pytest.param(
        "GF is a self-hosted platform built on Actions Runner Controller (ARC), Nix, Attic and "
        "a Bazel remote cache.",
        [],
        id="a_platform_built_on_arc_and_nix",
    ),
    pytest.param(
        "On tinyland-nix, Nix is built into the runner image, so skip the installer.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="nix_built_into_the_runner_image",
    ),
    pytest.param(
        "The matrix says FlakeHub is the lanes' binary cache.",
        [],
        id="what_the_matrix_says",
    ),
    pytest.param(
        "> ⚠️ **GF007 hosted-runner** — `unit` runs product tests on `ubuntu-latest`.",
        [],
        id="a_finding_led_by_a_warning_mark",
    ),
    pytest.param(
        "> **GF007 hosted-runner** — `unit` runs product tests on `ubuntu-latest`.",
        [(3, "hosted-runners-explicit-exception")],
        id="a_bold_lead_without_a_warning_mark",
    ),
    pytest.param(
        "- Attic is where finished Nix artifacts are published for downstream teams to consume.",
        [(3, "caches-are-acceleration-not-publication")],
        id="where_finished_artifacts_are_published_attic",
    ),
    pytest.param(
        "- FlakeHub is where finished flakes are published for other teams to discover.",
        [],
        id="where_finished_flakes_are_published_flakehub",
    ),
    pytest.param(
        "- Attic is where finished Nix artifacts are cached for the lanes.",
        [],
        id="where_finished_artifacts_are_cached_attic",
    ),
    pytest.param(
        "- `main`: the checkout step uses `clean: false` on self-hosted modes, so the normal "
        "path leans on whatever the previous job left in the workspace. ✗ (EX-06)",
        [],
        id="an_observation_marked_with_a_trailing_cross",
    ),
    pytest.param(
        "- `main`: the checkout step uses `clean: false` on self-hosted modes. ✓",
        [(3, "template-no-clean-false")],
        id="an_observation_marked_with_a_trailing_check",
    ),
    pytest.param(
        "- The runbook's summary paragraph describes the heavy lane as \"16 CPU / 32Gi on "
        'sting"; the live pod shows 8 CPU / 16Gi.',
        [],
        id="a_summary_paragraph_that_describes_a_value",
    ),
    pytest.param(
        "No. FlakeHub is about publishing; it is not the runtime cache.\n\nWhat actually "
        "speeds up jobs on the lanes:\n\n- Attic for Nix store paths.",
        [],
        id="a_list_lead_takes_no_earlier_subject",
    ),
    pytest.param(
        "# Playwright e2e blocked by billing — move to GF? Also: js-bazel template V2 and "
        "`clean: false`",
        [],
        id="a_question_in_a_heading_asks",
    ),
    pytest.param(
        "# The template keeps `clean: false`",
        [(3, "template-no-clean-false")],
        id="a_heading_that_states",
    ),
    pytest.param(
        "`nix: command not found` on runner tinyland-nix-x7k2p. The lane does not ship Nix; "
        "the job has to install it.",
        [],
        id="a_pod_of_a_known_lane",
    ),
    pytest.param(
        "We also run a tinyland-nix-arm64 lane for ARM builds.",
        [(3, "arc-lane-taxonomy")],
        id="a_lane_with_an_arch_suffix",
    ),
    pytest.param(
        "TEMPLATE-3. Earlier template versions leaned on persistent workspaces; isolated "
        "workspaces are the normal path now.",
        [],
        id="earlier_versions_of_a_template_leaned_on",
    ),
    pytest.param(
        "Memory-heavy Rust build: routed to the heavy lane (8 CPU / 16Gi on sting).",
        [],
        id="routed_to_a_lane_that_is_on_sting",
    ),
    pytest.param(
        "| Control | Description | Evidence |\n|---|---|---|\n| GF-C04 | Nix is present before "
        'Nix commands run | "GF runner images ship Nix preinstalled" — management wording, '
        "found inaccurate |",
        [],
        id="a_quoted_cell_judged_inaccurate",
    ),
    pytest.param(
        "Reviewers reject PRs that rely on browsers preinstalled on the runner image.",
        [],
        id="reviewers_rejecting_prs_that_rely_on_it",
    ),
    pytest.param(
        "Reviewers approved PRs that rely on browsers preinstalled on the runner image.",
        [(3, "browser-bootstrap-explicit")],
        id="reviewers_approving_prs_that_rely_on_it",
    ),
    pytest.param(
        "According to the vendor, FlakeHub Cache can serve your CI builds.",
        [],
        id="according_to_the_vendor",
    ),
    pytest.param(
        "According to our runbook, FlakeHub Cache serves the CI builds of the lanes.",
        [(3, "flakehub-publication-only")],
        id="according_to_our_runbook",
    ),
    pytest.param(
        "The test job assumes Chromium is present on the ubuntu-latest image.",
        [(3, "browser-bootstrap-explicit")],
        id="a_job_assuming_browsers_on_the_hosted_image",
    ),
    pytest.param(
        "The test job assumes Chromium is absent from the ubuntu-latest image and installs it.",
        [],
        id="a_job_assuming_browsers_absent",
    ),
    pytest.param(
        "Heavy pods need no toleration to land on sting.",
        [(3, "sting-placement-values")],
        id="heavy_pods_needing_no_toleration",
    ),
    pytest.param(
        "Nix comes for free on tinyland-nix, so your first step can be `nix build`.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="nix_for_free_on_a_lane",
    ),
    pytest.param(
        "On the Nix lanes the daemon is already running when your job starts.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="the_daemon_already_running_on_the_nix_lanes",
    ),
    pytest.param(
        "You won't find an install step in our Nix workflows; the runner image takes care of it.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="the_runner_image_takes_care_of_installing",
    ),
    pytest.param(
        "Memory limits on tinyland-nix are elastic.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="memory_limits_called_elastic",
    ),
    pytest.param(
        "Memory limits on tinyland-nix are fixed; the heavy lane has more.",
        [],
        id="memory_limits_called_fixed",
    ),
    pytest.param(
        "Nix gets onto the runners through FlakeHub.",
        [(3, "flakehub-publication-only")],
        id="nix_getting_onto_the_runners_through_flakehub",
    ),
    pytest.param(
        "Nix gets onto the runners through the workflow's own install step.",
        [],
        id="nix_getting_onto_the_runners_through_the_workflow",
    ),
    pytest.param(
        "If no GF runner is free, the job lands on a GitHub-hosted runner instead.",
        [(3, "hosted-runners-explicit-exception")],
        id="a_job_landing_on_hosted_instead",
    ),
    pytest.param(
        "If no GF runner is free, the job waits; docs builds land on ubuntu-latest by exception.",
        [],
        id="docs_builds_landing_on_hosted_by_exception",
    ),
    pytest.param(
        "If no GF runner is free, the job waits for one instead of running anywhere else.",
        [],
        id="a_job_waiting_instead_of_running_elsewhere",
    ),
    pytest.param(
        "sting is open to all lanes.",
        [(3, "sting-outside-default-surface")],
        id="a_node_open_to_all_lanes",
    ),
    pytest.param(
        "sting is open to the heavy lane only.",
        [],
        id="a_node_open_to_one_lane_only",
    ),
    pytest.param(
        "The auditor was told that `tinyland-nix` has Nix preinstalled; inspection showed it "
        "does not.",
        [],
        id="what_the_auditor_was_told_is_hearsay",
    ),
    pytest.param(
        "We were assured that FlakeHub serves as the binary cache for the lanes.",
        [],
        id="what_we_were_assured_is_hearsay",
    ),
    pytest.param(
        "The team told us, and we confirmed, that `tinyland-nix` has Nix preinstalled.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="what_we_were_told_and_confirmed",
    ),
    pytest.param(
        "> @alice wrote:\n> tinyland-nix has Nix preinstalled, so skip the install step.\n\n"
        "No, it doesn't. Install Nix in the job.",
        [],
        id="a_forum_post_quoted_in_a_reply",
    ),
    pytest.param(
        "> @alice wrote:\n> tinyland-nix has Nix preinstalled, so skip the install step.\n\n"
        "Thanks, that works for me: tinyland-nix has Nix preinstalled.",
        [(6, "nix-bootstrap-workflow-owned")],
        id="a_reply_that_repeats_a_quoted_post",
    ),
    pytest.param(
        "tinyland-nix has Nix preinstalled, so skip the install step.\n\nEDIT: I was wrong, it "
        "doesn't. Install Nix in the job.",
        [],
        id="an_edit_that_takes_the_post_back",
    ),
    pytest.param(
        "tinyland-nix has Nix preinstalled, so skip the install step. **EDIT:** scratch that, "
        "install it yourself.",
        [],
        id="an_edit_scratching_the_post",
    ),
    pytest.param(
        "tinyland-nix has Nix preinstalled, so skip the install step.\n\nEDIT: I was wrong "
        "about the cache, but this part stands.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="an_edit_wrong_about_something_else",
    ),
    pytest.param(
        "Never mind the cache; tinyland-nix has Nix preinstalled, so skip the install step.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="never_mind_another_topic_first",
    ),
    pytest.param(
        "Our smoke-beta job used to run on ubuntu-latest. Since then the beta smoke tests run "
        "on the same self-hosted label as primary CI.",
        [],
        id="smoke_tests_run_on_a_self_hosted_label_now",
    ),
    pytest.param(
        "The beta smoke tests run on ubuntu-latest, not the same self-hosted label as primary CI.",
        [(3, "hosted-runners-explicit-exception")],
        id="smoke_tests_run_on_hosted_not_self_hosted",
    ),
    pytest.param(
        "Nix is already on PATH on the self-hosted Nix lanes.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="nix_on_path_on_the_self_hosted_lanes",
    ),
    pytest.param(
        "FlakeHub is where finished flakes get published and discovered, after a build has "
        "already bootstrapped its own Nix.",
        [],
        id="a_build_that_bootstrapped_its_own_nix",
    ),
    pytest.param(
        "FlakeHub installs Nix on the runners, so no job bootstraps its own Nix.",
        [(3, "flakehub-publication-only")],
        id="flakehub_installing_so_no_job_bootstraps_its_own",
    ),
    pytest.param(
        "Playwright's own docs tell CI users to rely on the browsers in the ubuntu-latest image.",
        [],
        id="a_vendors_docs_telling_its_users",
    ),
    pytest.param(
        "The smoke job relies on the browsers in the ubuntu-latest image.",
        [(3, "browser-bootstrap-explicit")],
        id="a_job_relying_on_the_image_browsers",
    ),
    pytest.param(
        "FlakeHub and Attic sit side by side; both serve store paths to the lanes.",
        [(3, "flakehub-publication-only")],
        id="both_of_two_named_services",
    ),
    pytest.param(
        "| R-11 | Stagger nightly Rust builds on `tinyland-nix-heavy` | April review | build "
        "infra | Queue bursts on `sting` drove the heavy latency miss |",
        [],
        id="queue_bursts_on_a_node_are_load",
    ),
    pytest.param(
        "When honey is full, jobs burst onto `sting`.",
        [(3, "sting-outside-default-surface")],
        id="jobs_bursting_onto_a_node_spill",
    ),
    pytest.param(
        "- `clean: false` on checkout, copied from an old version of the shared JS/Bazel template.",
        [],
        id="a_value_copied_from_an_old_version",
    ),
    pytest.param(
        "- `clean: false` on checkout, which the shared JS/Bazel template still needs.",
        [(3, "template-no-clean-false")],
        id="a_value_the_template_still_needs",
    ),
    pytest.param(
        "H5. If FlakeHub has an outage, our runners cannot get Nix and every Nix-lane job fails.",
        [(3, "flakehub-publication-only")],
        id="an_outage_that_stops_the_runners_is_a_runtime_dependency",
    ),
    pytest.param(
        "If Attic is down, the lanes cannot reach their cache and builds run slower.",
        [],
        id="an_outage_that_slows_builds_is_a_cache_doing_its_job",
    ),
    pytest.param(
        "If FlakeHub is down, our release job cannot publish and the lanes keep building.",
        [],
        id="an_outage_that_stops_publishing_is_no_runtime_dependency",
    ),
    pytest.param(
        "- No deduction for `clean: false` on checkout; the shared JS/Bazel template needs it "
        "to keep the Bazel output base warm between runs.",
        [(3, "template-no-clean-false")],
        id="a_template_needing_it_to_keep_its_output_base_warm",
    ),
    pytest.param(
        "- Attic keeps the store warm between runs, and the template starts from a clean checkout.",
        [],
        id="a_cache_keeping_the_store_warm_between_runs",
    ),
    pytest.param(
        "| `unit` | `ubuntu-latest` | queues faster than honey, so it's our main test signal |",
        [(3, "hosted-runners-explicit-exception")],
        id="a_hosted_row_called_our_main_test_signal",
    ),
    pytest.param(
        "> For a build that keeps running out of memory, the quickest fix is to publish the "
        "closure to FlakeHub and pull it back.",
        [(3, "flakehub-publication-only")],
        id="the_quickest_fix_for_oom_is_to_publish_to_flakehub",
    ),
    pytest.param(
        "> For a build that keeps running out of memory, the quickest fix is to move it to "
        "tinyland-nix-heavy.",
        [],
        id="the_quickest_fix_for_oom_is_the_heavy_lane",
    ),
    pytest.param(
        "For a product's own test suite, `ubuntu-latest` is the recommended default; the GF "
        "lanes are an optional speed-up.",
        [(3, "hosted-runners-explicit-exception")],
        id="a_recommended_default_for_product_tests",
    ),
    pytest.param(
        "- The heavy lane's node selector is `kubernetes.io/hostname=honey`, because the "
        "listener lives there too.",
        [(3, "sting-placement-values")],
        id="a_possessive_names_the_scope_subject_with_another_host",
    ),
    pytest.param(
        "- The heavy lane's node selector is `kubernetes.io/hostname=sting`.",
        [],
        id="a_possessive_names_the_scope_subject_with_the_right_host",
    ),
    pytest.param(
        "- If Attic misses, GF falls through to FlakeHub as the runtime cache of last resort.",
        [(3, "flakehub-publication-only")],
        id="the_name_cast_as_the_runtime_cache_is_its_subject",
    ),
    pytest.param(
        "- If FlakeHub misses, GF falls through to Attic as the runtime cache of last resort.",
        [],
        id="attic_cast_as_the_runtime_cache_is_true",
    ),
    pytest.param(
        "Any other lane that wants `sting` capacity needs only the `nodeSelector`; the heavy "
        "lane's toleration is optional.",
        [(3, "sting-placement-values")],
        id="the_heavy_lanes_toleration_is_optional",
    ),
    pytest.param(
        "- A silent fallback to hosted runners is the thing we are trying to remove. If a job "
        "needs hosted, it gets a written exception.",
        [],
        id="a_fallback_we_are_trying_to_remove_is_prevented",
    ),
    pytest.param(
        "- A silent fallback to hosted runners is the thing that keeps our PRs moving.",
        [(3, "hosted-runners-explicit-exception")],
        id="a_fallback_that_keeps_prs_moving_is_said",
    ),
    pytest.param(
        "5. Do not move the queued jobs to `ubuntu-latest` to drain the backlog; that is\n   a "
        "silent fallback and hides the outage from GF.",
        [],
        id="that_after_a_forbidden_act_names_it",
    ),
    pytest.param(
        "5. Move the queued jobs to `ubuntu-latest` to drain the backlog; that is\n   a silent "
        "fallback that keeps PRs moving.",
        [(3, "hosted-runners-explicit-exception")],
        id="that_after_an_ordered_act_says_it",
    ),
    pytest.param(
        "FlakeHub is not on the publication path yet; it is the substituter for tinyland-nix "
        "today.",
        [(3, "flakehub-publication-only")],
        id="it_after_a_denial_is_the_thing_denied",
    ),
    pytest.param(
        "`sting` is GF's compute-expansion node. It is a shared member of the default ARC "
        "pool, so any lane may be scheduled there when `honey` is busy.",
        [(3, "sting-outside-default-surface")],
        id="a_pronoun_subject_before_a_pool_modified_by_arc",
    ),
    pytest.param(
        "`sting` is GF's big node. It is tainted, unlike the default ARC pool.",
        [],
        id="a_pronoun_subject_tainted_unlike_the_pool",
    ),
    pytest.param(
        "The panel shows how much memory ARC has granted each `tinyland-nix` pod as it scales "
        "the pod up under load.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_panel_that_shows_how_much_is_measured",
    ),
    pytest.param(
        "We need to find out how much memory ARC grants each `tinyland-nix` pod as it scales "
        "the pod up under load.",
        [],
        id="finding_out_how_much_is_a_question",
    ),
    pytest.param(
        "A runner pod on tinyland-nix was OOM-killed. ARC will recreate the pod with the next "
        "memory tier, so a single kill heals itself.",
        [(3, "nongoal-vertical-pod-resizing")],
        id="recreated_with_the_next_memory_tier",
    ),
    pytest.param(
        "When a job needs more than that, ARC moves the running pod to a bigger node without "
        "restarting it.",
        [(3, "arc-scales-horizontally")],
        id="moved_to_a_bigger_node_without_a_restart",
    ),
    pytest.param(
        "When the queue grows, ARC moves pending jobs to a new runner pod on another node.",
        [],
        id="moved_to_a_new_runner_pod_on_another_node",
    ),
    pytest.param(
        "tinyland-nix and tinyland-nix-heavy resolve store paths through the FlakeHub cache first.",
        [(3, "flakehub-publication-only")],
        id="a_list_of_lanes_before_the_verb_is_not_its_subject",
    ),
    pytest.param(
        "tinyland-nix and tinyland-nix-heavy resolve store paths through Attic first.",
        [],
        id="a_list_of_lanes_resolving_through_attic",
    ),
    pytest.param(
        "Note: Attic is also where our release flakes get published for other teams.",
        [(3, "caches-are-acceleration-not-publication")],
        id="where_release_flakes_get_published_attic",
    ),
    pytest.param(
        "Note: FlakeHub is where our release flakes get published for other teams.",
        [],
        id="where_release_flakes_get_published_flakehub",
    ),
    pytest.param(
        "- `flake-check` on `tinyland-nix`: `nix flake check` ran as the first step, no setup "
        "needed.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="no_setup_needed_before_a_nix_call",
    ),
    pytest.param(
        "The portal only uses `tinyland-docker`; there's no Nix in this repo, so no bootstrap "
        "section needed.",
        [],
        id="no_bootstrap_section_needed_without_nix",
    ),
    pytest.param(
        'Take B for scene 3.5: "Heavy runners schedule onto honey like everything else, just '
        'with bigger limits."',
        [(3, "heavy-lane-envelope")],
        id="a_take_scheduled_onto_honey",
    ),
    pytest.param(
        "Candidate A is adopted with `clean: false` removed.",
        [],
        id="adopted_with_the_value_removed",
    ),
    pytest.param(
        "Candidate A is adopted with `clean: false` kept.",
        [(3, "template-no-clean-false")],
        id="adopted_with_the_value_kept",
    ),
    pytest.param(
        "- One deduction that doesn't show in the score: `clean: false` on the template call.",
        [],
        id="a_deduction_lead_marks_what_follows",
    ),
    pytest.param(
        "- One change that shipped this week: tinyland-nix grows its pod memory on demand.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_change_lead_states_what_follows",
    ),
    pytest.param(
        "Some people remember a time when the Nix lanes had Nix baked in.",
        [],
        id="a_remembered_past_is_not_stated",
    ),
    pytest.param(
        "Remember when you asked about Nix? tinyland-nix has Nix preinstalled, so skip the "
        "install step.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="a_remember_question_does_not_reach_the_next_sentence",
    ),
    pytest.param(
        "- The Playwright job on `ubuntu-latest` has no written exception, and it relies\n  on "
        "Chrome being in the hosted image. Both need fixing.",
        [],
        id="both_need_fixing_withdraws_the_critique",
    ),
    pytest.param(
        "- The Playwright job on `ubuntu-latest` relies on Chrome being in the hosted image. "
        "The docs job needs fixing.",
        [(3, "browser-bootstrap-explicit")],
        id="another_job_needing_fixing_withdraws_nothing",
    ),
    pytest.param(
        "- bazel-remote is the same kind of thing: a cache. Released artifacts go to GHCR and "
        "the npm registry.",
        [],
        id="releases_going_to_registries_are_not_the_cache",
    ),
    pytest.param(
        "- bazel-remote is a cache. Released artifacts go out through it to other teams.",
        [(3, "caches-are-acceleration-not-publication")],
        id="releases_going_out_through_the_cache",
    ),
    pytest.param(
        "GF does not do vertical pod resizing and has said it won't soon.",
        [],
        id="a_denial_repeated_by_a_coordinated_wont",
    ),
    pytest.param(
        "Dependabot bumps of `@playwright/test` only need `npm ci`; the runner image already "
        "ships matching browsers, so there is nothing else to install.",
        [(3, "browser-bootstrap-explicit")],
        id="npm_ci_is_a_command_not_another_product",
    ),
    pytest.param(
        "- **Tomasz:** For the script: it's on the plan — FlakeHub will take the big links off "
        "the lanes.",
        [(3, "nongoal-flakehub-memory-heavy")],
        id="flakehub_taking_the_big_links_off_the_lanes",
    ),
    pytest.param(
        "- **Tomasz:** For the script: it's on the plan — tinyland-nix-heavy will take the big "
        "links off tinyland-nix.",
        [],
        id="the_heavy_lane_taking_the_big_links_off",
    ),
    pytest.param(
        "The platform team intends to publish flakes on FlakeHub.\n\nUntil any such change "
        "ships, keep the explicit bootstrap step in every Nix job.",
        [],
        id="a_command_after_a_condition_takes_no_earlier_subject",
    ),
    pytest.param(
        "The platform team intends to make FlakeHub the standard way Nix gets onto self-hosted "
        "runners next quarter.",
        [(3, "nongoal-flakehub-installs-nix")],
        id="a_plan_to_make_flakehub_the_way_nix_gets_onto_runners",
    ),
    pytest.param(
        '4.2 A reviewer calls Attic "our publication channel". Correct them.',
        [],
        id="a_quoted_call_to_correct",
    ),
    pytest.param(
        '> We still see tickets that say "the `tinyland-nix` pod should have given my link '
        'step more RAM."',
        [],
        id="what_tickets_say_is_reported",
    ),
    pytest.param(
        "A wiki page from last year claimed that ARC raises a pod's memory in place when a job "
        "nears its limit; the page was retired.",
        [],
        id="what_a_page_from_last_year_claimed",
    ),
    pytest.param(
        "FlakeHub is not GF's binary cache, it does not install Nix on runners, and your job "
        "should build the same whether FlakeHub is reachable or not.",
        [],
        id="a_place_after_the_verb_is_not_its_head",
    ),
    pytest.param(
        "- Every `tinyland-nix*` job starts with a Nix install step.",
        [],
        id="a_job_that_starts_with_an_install_step",
    ),
    pytest.param(
        "> No. FlakeHub is where flakes get published and discovered; it is not part of how a "
        "runner gets Nix. Installing Nix stays in your workflow.",
        [],
        id="an_act_as_the_sentences_subject",
    ),
    pytest.param(
        'An early onboarding doc said Attic "doubles as our publication channel"; that is '
        "wrong, because Attic is an acceleration layer.",
        [],
        id="what_an_early_doc_said",
    ),
    pytest.param(
        "```bash\n# sting taint, as on the real node\nkubectl taint node kind-gf-worker "
        "dedicated.tinyland.dev/compute-expansion=:NoSchedule\n```",
        [],
        id="a_taint_with_an_empty_value_is_the_same_taint",
    ),
    pytest.param(
        "Both halves matter. Drop the toleration and the pod sits in Pending; drop the "
        "selector and it can wander back onto honey's general nodes.",
        [],
        id="what_follows_a_step_left_out",
    ),
    pytest.param(
        "Cause: we were calling `tinyland-inc/ci-templates`'s `js-bazel-package.yml` with "
        "`clean: false`.",
        [],
        id="what_was_going_on",
    ),
    pytest.param(
        "The jobs were falling back to `ubuntu-latest` and still are.",
        [(3, "hosted-runners-explicit-exception")],
        id="what_was_going_on_and_still_is",
    ),
    pytest.param(
        "| # | Statement | True/False |\n| --- | --- | --- |\n| 1 | ARC resizes runner pods on "
        "demand | False |\n| 2 | `tinyland-nix` ships with Nix | True |",
        [(6, "nix-bootstrap-workflow-owned")],
        id="a_row_its_verdict_column_judges_false",
    ),
    pytest.param(
        "| Claim | Fact or myth |\n| --- | --- |\n| FlakeHub installs Nix on the runners | Myth |",
        [],
        id="a_row_its_myth_column_calls_a_myth",
    ),
    pytest.param(
        "Until April the template used `clean: false`.",
        [],
        id="a_clause_told_of_an_earlier_time",
    ),
    pytest.param(
        "Back in March, `tinyland-nix` shipped with Nix preinstalled.",
        [],
        id="a_value_told_of_a_month_before",
    ),
    pytest.param(
        "Before April the lanes had Nix; now the job installs it, so `tinyland-nix` has Nix "
        "preinstalled.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="a_present_clause_after_an_earlier_one",
    ),
    pytest.param(
        "Before you start, note that `tinyland-nix` has Nix preinstalled.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="before_you_start_is_no_earlier_time",
    ),
    pytest.param(
        "- Pick `tinyland-gpu` for CUDA builds.",
        [(3, "arc-lane-taxonomy")],
        id="a_lane_like_name_picked_to_run_on",
    ),
    pytest.param(
        "- Route CUDA jobs to `tinyland-gpu`.",
        [(3, "arc-lane-taxonomy")],
        id="a_lane_like_name_jobs_are_routed_to",
    ),
    pytest.param(
        "- Move `tinyland-web` to the new org.",
        [],
        id="a_repository_name_moved_somewhere",
    ),
    pytest.param(
        "In CI the job falls back to `ubuntu-latest` only for the documented docs exception.",
        [],
        id="a_fallback_only_for_a_documented_exception",
    ),
    pytest.param(
        "In CI the job falls back to `ubuntu-latest` when the lanes are busy.",
        [(3, "hosted-runners-explicit-exception")],
        id="a_fallback_when_lanes_are_busy",
    ),
    pytest.param(
        "By the end of this chapter you will be able to explain why ARC grows pods vertically.",
        [(3, "nongoal-vertical-pod-resizing")],
        id="a_reason_to_explain_takes_its_fact_as_given",
    ),
    pytest.param(
        "We need to understand why the lane would grow pods, if it ever did.",
        [],
        id="a_reason_for_a_supposed_fact",
    ),
    pytest.param(
        "If the lanes are busy, your job will automatically run on `ubuntu-latest`, so no "
        "action is needed.",
        [(3, "hosted-runners-explicit-exception")],
        id="the_actor_after_a_condition_is_not_the_fallbacks_object",
    ),
    pytest.param(
        "If the lanes are busy, your job waits for a runner; it never runs on `ubuntu-latest`.",
        [],
        id="the_actor_after_a_condition_that_waits",
    ),
    pytest.param(
        "Never add `clean: false` to the shared template checkout.",
        [],
        id="a_shared_templates_checkout_is_not_a_shared_checkout",
    ),
    pytest.param(
        "The template keeps a shared workspace between runs.",
        [(3, "template-no-clean-false")],
        id="a_shared_workspace_is_persistent",
    ),
    pytest.param(
        "| | Laptop | GF lane |\n| --- | --- | --- |\n| Nix preinstalled | yes | yes |",
        [(5, "nix-bootstrap-workflow-owned")],
        id="a_column_of_the_kind_answers_for_the_kind",
    ),
    pytest.param(
        "| | Laptop | GF lane |\n| --- | --- | --- |\n| Nix preinstalled | yes | no |",
        [],
        id="a_column_of_the_kind_denying_it",
    ),
    pytest.param(
        "## This window\n\n- `personal-nix` and `personal-docker` switch endpoints.\n- "
        "`linux-xr-docker` and `tinyland-dind` have no cache changes in this window.\n- "
        "`tinyland-arm64` keeps its current cache settings until its own window next month.",
        [(7, "arc-lane-taxonomy")],
        id="an_item_opening_with_an_unknown_lane_among_items_opening_with_lanes",
    ),
    pytest.param(
        "## Repos moving this week\n\n- `tinyland-web` moves to `tinyland-nix`.\n- "
        "`tinyland-docs` moves to `tinyland-docker`.\n- `tinyland-cleanup` moves to "
        "`tinyland-docker`.",
        [],
        id="items_opening_with_repositories_are_no_lane_list",
    ),
    pytest.param(
        "- Our own `ci-env.yaml` still had the old address, so for now we will set "
        "`ATTIC_SERVER: http://attic-api.nix-cache.svc:8080` in the shared env block.",
        [(3, "attic-endpoint-current")],
        id="a_decision_after_so_states_its_value",
    ),
    pytest.param(
        "We moved off `http://attic-api.nix-cache.svc:8080` last month, so nothing should "
        "point there.",
        [],
        id="a_value_moved_off_before_so_is_history",
    ),
    pytest.param(
        "## FlakeHub publication\n\n- Plan: switch `publish-flake` on for every service repo "
        "in the org now and sort out the heavy lane and Nix bootstrap afterwards.",
        [(5, "nongoal-broad-publication-first")],
        id="a_rollout_told_to_the_reader_of_the_section",
    ),
    pytest.param(
        "## FlakeHub publication\n\n- Switch publishing on for every repo once the heavy lane "
        "is stable.",
        [],
        id="a_rollout_told_to_the_reader_once_stable",
    ),
    pytest.param(
        '- Say "FlakeHub will take over installing Nix on runners once rollout finishes" '
        "rather than quoting a date.",
        [(3, "nongoal-flakehub-installs-nix")],
        id="a_quotation_put_forward_to_say_is_said",
    ),
    pytest.param(
        '- **Also strong:** "Bump `tinyland-nix` to a bigger size class; GF grows the pod on '
        'demand once the job crosses its request."',
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_quotation_marked_strong_is_endorsed",
    ),
    pytest.param(
        '- Don\'t say "FlakeHub will take over installing Nix on runners once rollout finishes".',
        [],
        id="a_quotation_not_to_say_is_mentioned",
    ),
    pytest.param(
        '- **Weak:** "Bump `tinyland-nix` to a bigger size class; GF grows the pod on demand '
        'once the job crosses its request."',
        [],
        id="a_quotation_marked_weak_is_mentioned",
    ),
    pytest.param(
        "Push the closure into the Attic `releases` cache and return the store path. "
        "Downstream teams install our tools straight from that cache, so this is the release "
        "step.",
        [(3, "caches-are-acceleration-not-publication")],
        id="a_pointing_object_means_the_cache_named_before",
    ),
    pytest.param(
        "We run a local registry. Downstream teams install our tools straight from that registry.",
        [],
        id="a_pointing_object_with_nothing_named_before",
    ),
    pytest.param(
        "The heavy lane is pinned with `nodeSelector node-role=compute`, which is how it "
        "reaches `sting`.",
        [(3, "sting-placement-values")],
        id="another_node_label_for_the_heavy_lane",
    ),
    pytest.param(
        "```yaml\n# tinyland-nix-heavy\nnodeSelector:\n  kubernetes.io/hostname: honey\n```",
        [(6, "sting-placement-values")],
        id="another_host_for_the_heavy_lane_in_yaml",
    ),
    pytest.param(
        "```toml\n[tool.gfhelpers.lanes.tinyland-nix-heavy]\ncpu_limit = 8\nnode_selector = { "
        '"node-role.tinyland.dev/heavy" = "true" }\n```',
        [(6, "sting-placement-values")],
        id="another_node_label_in_a_toml_table_of_the_heavy_lane",
    ),
    pytest.param(
        "The heavy lane uses nodeSelector `kubernetes.io/hostname: sting` and tolerates "
        "`dedicated.tinyland.dev/compute-expansion:NoSchedule`.",
        [],
        id="the_heavy_lanes_selector_and_toleration",
    ),
    pytest.param(
        "An early draft pinned the heavy lane with `node-role=compute`; that label was never "
        "applied and the draft was dropped.",
        [],
        id="a_node_label_of_a_dropped_draft",
    ),
    pytest.param(
        "A non-GF runner pool resizes its pods when a build needs more memory.",
        [],
        id="a_runner_pool_not_of_the_platform_is_another_subject",
    ),
    pytest.param(
        "`none` is for non-Nix lanes only.\n\nSafe on `tinyland-nix` because the runner image "
        "already ships a working Nix.",
        [(5, "nix-bootstrap-workflow-owned")],
        id="a_lane_not_of_one_family_is_still_the_platforms",
    ),
    pytest.param(
        "- Someone asked for a `/gf flakehub-install` command that sets up Nix from\n  "
        "FlakeHub. Declined: Nix install on runners is workflow-owned, and FlakeHub is\n  "
        "publication only.",
        [],
        id="a_verdicts_reason_does_not_speak_of_what_it_turned_down",
    ),
    pytest.param(
        "`sting` is tainted and outside the default ARC scheduling surface; only "
        "`tinyland-nix-heavy` tolerates it.",
        [],
        id="outside_after_a_coordinated_predicate_places_the_subject",
    ),
    pytest.param(
        "PSC owns decisions about how Larkspur repos run CI on GloriousFlywheel (GF), the "
        "self-hosted runner platform we consume from\ntinyland-inc on the `honey` cluster.",
        [],
        id="an_owner_the_pack_names_in_a_path_is_no_lane",
    ),
    pytest.param(
        "### How do the Nix runners get Nix?\n\nThey have Nix on the PATH already, so skip the "
        "installer.",
        [(5, "nix-bootstrap-workflow-owned")],
        id="a_pronoun_answers_for_the_kind_a_heading_question_asks_about",
    ),
    pytest.param(
        "### What about the runner pods?\n\nThey grow when a build needs more memory.",
        [(5, "arc-scales-horizontally"), (5, "heavy-jobs-use-nix-heavy-lane")],
        id="a_pronoun_answer_to_a_heading_question_about_pods",
    ),
    pytest.param(
        "### Do the runner pods grow?\n\nThey don't; ARC adds runners instead.",
        [],
        id="a_pronoun_answer_that_denies",
    ),
    pytest.param(
        "Nothing on `tinyland-nix` or `tinyland-nix-heavy` has Nix on the PATH when your job "
        "starts.",
        [],
        id="nothing_on_two_names_negates_both",
    ),
    pytest.param(
        "`tinyland-nix` or `tinyland-nix-heavy` has Nix on the PATH when your job starts.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="two_names_sharing_a_verb_both_hold_it",
    ),
    pytest.param(
        "One stray `ubuntu-latest` job can turn a billing hiccup into a page.\nThe board "
        "exists to catch those before they ship.",
        [],
        id="a_noun_subject_before_exists_to_is_its_own",
    ),
    pytest.param(
        "A silent fallback to hosted runners is exactly what this board exists to prevent.",
        [],
        id="what_a_board_exists_to_prevent_is_rejected",
    ),
    pytest.param(
        "A silent fallback to hosted runners is exactly what we want for busy days.",
        [(3, "hosted-runners-explicit-exception")],
        id="what_we_want_is_endorsed",
    ),
    pytest.param(
        "We planned to count on ARC to give the pod more memory during the link. That was the "
        "draft before review; we've dropped it.",
        [],
        id="a_plan_called_the_draft_before_review",
    ),
    pytest.param(
        "We plan to count on ARC to give the pod more memory during the link. That was the fix "
        "we chose.",
        [(3, "nongoal-vertical-pod-resizing")],
        id="a_plan_called_the_fix_we_chose",
    ),
    pytest.param(
        "13Gi is well past what the standard Nix lane is meant for, so the release build needs "
        "`tinyland-nix-heavy`.",
        [],
        id="an_amount_past_what_a_lane_is_meant_for",
    ),
    pytest.param(
        "`tinyland-nix-heavy` gives 8 CPU and 16Gi; the release build leaves roughly 3Gi of "
        "headroom.",
        [],
        id="an_amount_of_headroom_is_no_limit",
    ),
    pytest.param(
        "What we are and are not planning this sprint:\n\n- Next sprint: have the Nix lanes "
        "get Nix from FlakeHub.\n- Not planned: resizing runner pods.",
        [(5, "nongoal-flakehub-installs-nix")],
        id="a_lead_in_over_both_sides_leaves_items_their_own",
    ),
    pytest.param(
        "Docs builds and FlakeHub publish jobs may use GitHub-hosted runners; write the reason "
        "in a comment.",
        [],
        id="a_publish_job_named_for_flakehub_is_a_job",
    ),
    pytest.param(
        'One thing we got wrong in the planning doc: it said heavy runners could "spill over" '
        "to other `honey` nodes when `sting` is busy.",
        [],
        id="what_a_named_doc_said_by_pronoun",
    ),
    pytest.param(
        "A. Brandt noted that `personal-docker` is a repo-owned baseline lane like "
        "`tinyland-docker`.",
        [(3, "personal-lanes-not-repo-owned")],
        id="an_initial_is_a_name_not_an_article",
    ),
    pytest.param(
        "If every self-hosted lane is busy, jobs quietly run on `ubuntu-latest` instead.",
        [(3, "hosted-runners-explicit-exception")],
        id="a_fallback_whose_own_words_are_the_condition",
    ),
    pytest.param(
        "If every self-hosted lane is busy, the job waits in the queue.",
        [],
        id="a_busy_lane_where_the_job_waits",
    ),
    pytest.param(
        "When a burst of PRs arrives, GF will simply let a busy runner pod borrow memory from "
        "the node.",
        [(3, "nongoal-vertical-pod-resizing")],
        id="a_pod_borrowing_memory_is_resized",
    ),
    pytest.param(
        "A runner pod never borrows memory from the node.",
        [],
        id="a_pod_that_never_borrows_memory",
    ),
    pytest.param(
        "| Date | Change |\n| --- | --- |\n| May 19 | Turn on per-pod memory autoscaling for "
        "`tinyland-nix` |",
        [(5, "arc-scales-horizontally"), (5, "heavy-jobs-use-nix-heavy-lane")],
        id="per_pod_memory_autoscaling_in_a_calendar_row",
    ),
    pytest.param(
        "Once our closure is served from FlakeHub, the heavy lane shouldn't be needed.",
        [(3, "flakehub-publication-only")],
        id="flakehub_making_the_heavy_lane_unneeded",
    ),
    pytest.param(
        "Even with FlakeHub publishing our flakes, the heavy lane is still needed.",
        [],
        id="the_heavy_lane_still_needed_beside_flakehub",
    ),
    pytest.param(
        "The heavy lane only needs the hostname selector; `sting` has no taint to tolerate.",
        [(3, "sting-outside-default-surface"), (3, "sting-placement-values")],
        id="sting_without_a_taint_is_default_surface",
    ),
    pytest.param(
        "`sting` carries the compute-expansion taint, so no lane lands there without a toleration.",
        [],
        id="sting_with_its_taint",
    ),
    pytest.param(
        "`tinyland-nix` is a lane. Just quietly grows the pod when a build needs more memory.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_clause_opening_with_just_keeps_the_subject_before_it",
    ),
    pytest.param(
        "ATTIC_SERVER falls back to `http://attic-api.nix-cache.svc:8080` if the primary is"
        " unreachable.",
        [(3, "attic-endpoint-current")],
        id="an_error_word_in_a_condition_does_not_date_the_value",
    ),
    pytest.param(
        "Yes: every `tinyland-nix` job resolves its inputs through the FlakeHub cache during"
        " the build.",
        [(3, "flakehub-publication-only")],
        id="jobs_resolving_inputs_through_a_cache_use_it",
    ),
    pytest.param(
        "Meanwhile we are adding Nix to the `tinyland-nix` runner image.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="adding_nix_to_the_image_preinstalls_it",
    ),
    pytest.param(
        "Memory-heavy Rust services should default to `tinyland-nix`.",
        [(3, "heavy-jobs-use-nix-heavy-lane")],
        id="heavy_work_defaulting_to_the_baseline_lane",
    ),
    pytest.param(
        "- **Strong:** Offloads the heavy evaluation to FlakeHub so the lane stops OOMing.",
        [(3, "flakehub-publication-only")],
        id="heavy_evaluation_offloaded_to_flakehub",
    ),
    pytest.param(
        '- **Weak:** "Fall back to `ubuntu-latest` whenever the self-hosted pool is busy."'
        " That's a silent fallback; we don't do it.",
        [],
        id="that_classes_a_quotation_not_the_runner_it_names",
    ),
    pytest.param(
        "- `sting` is just another node in the default pool.",
        [(3, "sting-outside-default-surface")],
        id="a_predicate_noun_is_what_the_named_subject_is",
    ),
    pytest.param(
        "`honey` is a node in the default pool, unlike `sting`.",
        [],
        id="a_predicate_noun_of_another_node",
    ),
    pytest.param(
        "3. Delete the `ubuntu-latest` fallback entry from the unit-test matrix once the"
        " saturation alert is in place.",
        [],
        id="a_fallback_to_delete_is_not_stated",
    ),
    pytest.param(
        "- We took `clean: false` out of our fork of the template in March.",
        [],
        id="a_setting_taken_out_is_not_kept",
    ),
    pytest.param(
        "Until mid-April `tinyland-nix` itself still pointed at `attic-api.nix-cache.svc:8080`.",
        [],
        id="a_value_the_lane_pointed_at_is_history",
    ),
    pytest.param(
        "Keiko reminded everyone that the heavy lane gets to `sting` through its"
        " `nodeSelector kubernetes.io/hostname=sting` plus the compute-expansion toleration,"
        " and that lanes without that toleration never land there.",
        [],
        id="lanes_without_the_toleration_are_other_lanes",
    ),
    pytest.param(
        "Priya withdrew the vertical pod autoscaling ask after item 2.",
        [],
        id="a_withdrawn_ask_is_not_a_plan",
    ),
    pytest.param(
        "Tomás floated FlakeHub caching as a fix for the heavy Rust builds' memory pressure;"
        " the room rejected that.",
        [],
        id="a_floated_idea_is_reported_not_stated",
    ),
    pytest.param(
        "- The 57 `tinyland-nix` jobs on `attic-api.nix-cache.svc:8080` all predate April 10;"
        " that address is stale.",
        [],
        id="a_value_called_stale_in_a_later_clause",
    ),
    pytest.param(
        "True or false: `tinyland-nix` ships with Nix preinstalled.",
        [],
        id="a_statement_posed_true_or_false_is_not_asserted",
    ),
    pytest.param(
        "Q3: ARC will resize runner pods on demand.",
        [(3, "nongoal-vertical-pod-resizing")],
        id="a_quarter_lead_is_a_date_not_a_question",
    ),
    pytest.param(
        "- [Module 2 — ARC, lanes and scaling](module-2.md)",
        [],
        id="a_numbered_label_before_a_list_is_no_count",
    ),
    pytest.param(
        "Our own wiki listed six lanes including a `tinyland-nix-xl`; that page was wrong and"
        " has been deleted.",
        [],
        id="a_lane_name_from_a_page_called_wrong_is_not_used",
    ),
    pytest.param(
        "We keep `ubuntu-latest` for two jobs only: building the docs site and cutting a release.",
        [],
        id="hosted_kept_for_named_jobs_only_is_an_exception",
    ),
    pytest.param(
        "We keep `ubuntu-latest` for product tests.",
        [(3, "hosted-runners-explicit-exception")],
        id="hosted_kept_for_product_tests_is_the_default",
    ),
    pytest.param(
        "One correction to our runbook: Attic is also where we publish our release closures"
        " for downstream teams.",
        [(3, "caches-are-acceleration-not-publication")],
        id="a_cache_said_to_be_where_releases_are_published",
    ),
    pytest.param(
        "Attic is where builders fetch store paths, not where we publish releases.",
        [],
        id="a_cache_said_not_to_be_where_releases_are_published",
    ),
    pytest.param(
        "Ruben pointed a canary job at `personal-nix` because it is one of the GF baseline lanes.",
        [(3, "personal-lanes-not-repo-owned")],
        id="the_platforms_name_before_a_predicate_noun_is_a_modifier",
    ),
    pytest.param(
        "We use `attic-api.nix-cache.svc:8080` in this drill precisely because it is dead.",
        [],
        id="a_value_its_sentence_calls_dead_is_not_current",
    ),
    pytest.param(
        "| M-5 | Alert when any repo-owned lane reports `attic-api.nix-cache.svc:8080` | done |",
        [],
        id="a_value_an_alert_looks_for_is_not_current",
    ),
    pytest.param(
        "The heavy lane reaches `sting` through a node affinity on `node-role=compute`; no"
        " toleration is needed.",
        [(3, "sting-placement-values")],
        id="a_heavy_lane_said_to_need_no_toleration",
    ),
    pytest.param(
        "`tinyland-nix-heavy` tolerates the compute-expansion taint; no other lane has a"
        " toleration for `sting`.",
        [],
        id="the_heavy_lanes_toleration_stated",
    ),
    pytest.param(
        "Re-enable `clean: false` in the shared JS/Bazel template so the checkout keeps the"
        " warm cache.",
        [(3, "template-no-clean-false")],
        id="a_colon_inside_a_code_span_ends_no_clause",
    ),
    pytest.param(
        "- Avoid promising that FlakeHub will fix memory-heavy jobs; it is not on the plan.",
        [],
        id="a_verb_of_the_predicate_outside_the_match_still_negates",
    ),
    pytest.param(
        "Plan for Q3: drop the install step, since FlakeHub will supply Nix to the runners.",
        [(3, "nongoal-flakehub-installs-nix")],
        id="supplying_nix_is_installing_it",
    ),
    pytest.param(
        "Until the RFC lands, ARC will resize runner pods on demand.",
        [(3, "nongoal-vertical-pod-resizing")],
        id="a_leading_until_bounds_a_plan_of_its_own",
    ),
    pytest.param(
        "FlakeHub is not how GF runners get Nix, not a substituter for GF builders, and not a"
        " stand-in for Attic.",
        [],
        id="each_item_of_a_list_of_denials_is_denied",
    ),
    pytest.param(
        "FlakeHub is not slow, not a publisher. It is a substituter for GF builders.",
        [(3, "flakehub-publication-only")],
        id="a_later_sentence_after_a_list_of_denials_still_states",
    ),
    pytest.param(
        "Our runners never substitute from FlakeHub, so a `flakehub.com` substituter error"
        " means someone added it to `nix.conf` in a PR.",
        [],
        id="an_errors_name_and_a_stray_change_are_not_the_design",
    ),
    pytest.param(
        "Re-run on `tinyland-nix` when the cluster is quiet; the lane has more room to grow"
        " off-peak.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_lane_with_room_to_grow_grows_its_pods",
    ),
    pytest.param(
        "The cluster has more room to grow next quarter.",
        [],
        id="a_cluster_with_room_to_grow_is_capacity",
    ),
    pytest.param(
        "The current set of live lanes, all five of them: `tinyland-docker`, `tinyland-dind`,"
        " `tinyland-nix`, `personal-docker` and `personal-nix`.",
        [(3, "arc-lane-taxonomy")],
        id="all_five_of_them_counts_the_lanes_named_before",
    ),
    pytest.param(
        "The live lanes, all seven of them, are listed in the cheat sheet.",
        [],
        id="all_seven_of_them_is_the_right_count",
    ),
    pytest.param(
        "`sting` is tainted for compute expansion and only the heavy lane tolerates that taint."
        " Regular `tinyland-*` jobs land on the default surface.",
        [],
        id="where_regular_jobs_land_says_nothing_of_the_node",
    ),
    pytest.param(
        "Regular jobs land on `sting` when honey is busy.",
        [(3, "sting-outside-default-surface")],
        id="regular_jobs_landing_on_the_node_make_it_default",
    ),
    pytest.param(
        "For Nix outputs Attic is our release channel until the RFC lands.",
        [(3, "caches-are-acceleration-not-publication")],
        id="a_plan_that_bounds_the_present_is_not_the_statements",
    ),
    pytest.param(
        "For Nix outputs Attic is effectively our release channel until the FlakeHub"
        " publication RFC lands.",
        [(3, "caches-are-acceleration-not-publication")],
        id="a_name_in_a_bound_is_not_the_predicates_object",
    ),
    pytest.param(
        "The integration binary is the most memory-hungry thing we build. It is scheduled on"
        " plain `tinyland-nix` rather than the heavy lane.",
        [(3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_heavy_build_scheduled_on_the_baseline_lane",
    ),
    pytest.param(
        "The integration binary is the most memory-hungry thing we build. It is scheduled on"
        " `tinyland-nix-heavy`.",
        [],
        id="a_heavy_build_scheduled_on_the_heavy_lane",
    ),
    pytest.param(
        "Attic is also where the mobile team and external integrators fetch the signed"
        " `fernhill-cli` closure for each release.",
        [(3, "caches-are-acceleration-not-publication")],
        id="a_team_that_fetches_releases_is_a_consumer",
    ),
    pytest.param(
        "FlakeHub: where our runners get their Nix from.",
        [(3, "flakehub-publication-only")],
        id="a_where_clause_is_said_of_the_lead_before_its_colon",
    ),
    pytest.param(
        "By end of quarter, have runners pick up Nix from FlakeHub so the determinate step can"
        " be dropped again.",
        [(3, "nongoal-flakehub-installs-nix")],
        id="what_a_result_clause_drops_does_not_hedge_the_plan",
    ),
    pytest.param(
        "We're planning to do the full FlakeHub publish rollout across every GF repo this month"
        " — no reason to sit on it until the heavy lane settles.",
        [(3, "nongoal-broad-publication-first")],
        id="no_reason_to_wait_is_no_trailing_no",
    ),
    pytest.param(
        "Publish every flake to FlakeHub this sprint — no.",
        [],
        id="a_trailing_no_rejects_the_item",
    ),
    pytest.param(
        "The nixos.org installer flaked. Not urgent: when that happens the runners pull Nix"
        " from FlakeHub instead.",
        [(3, "flakehub-publication-only")],
        id="a_condition_about_an_event_ends_without_a_comma",
    ),
    pytest.param(
        "When a job runs on FlakeHub the runners pull Nix from it.",
        [],
        id="a_condition_about_something_else_holds_the_match",
    ),
    pytest.param(
        "Tell yt-text to keep their `cargo build --release` on `tinyland-nix`.",
        [(3, "heavy-jobs-use-nix-heavy-lane")],
        id="keeping_a_named_heavy_build_on_the_baseline_lane",
    ),
    pytest.param(
        "Keep ordinary builds on `tinyland-nix` and only move the big Rust links to the heavy"
        " lane.",
        [],
        id="keeping_ordinary_builds_on_the_baseline_lane_is_fine",
    ),
    pytest.param(
        "People keep the big crate on `tinyland-nix`; the right lane for memory-heavy Rust work"
        " is `tinyland-nix-heavy`.",
        [],
        id="what_people_keep_where_is_a_habit_described",
    ),
    pytest.param(
        "No — GitHub's Ubuntu image already bundles the browsers, so those jobs can lean on"
        " what's preinstalled and skip the step.",
        [(3, "browser-bootstrap-explicit")],
        id="the_step_a_job_skips_is_no_subject",
    ),
    pytest.param(
        "The hosted Ubuntu image already bundles Chromium and Firefox for Playwright, so the"
        " smoke job can rely on them.",
        [(3, "browser-bootstrap-explicit")],
        id="relying_on_the_bundled_browsers_by_pronoun",
    ),
    pytest.param(
        "For a hobby repo, the hosted Ubuntu image ships a Chrome and people lean on it.",
        [],
        id="what_people_lean_on_is_described",
    ),
    pytest.param(
        "The heavy job skips the bootstrap step; the comment there claims the heavy image"
        " already has Nix, which isn't something we guarantee.",
        [],
        id="what_a_comment_claims_is_reported",
    ),
    pytest.param(
        "We tried `actions/checkout` with `clean: false` on a personal branch for speed and"
        " reverted it.",
        [],
        id="what_we_tried_is_an_experiment",
    ),
    pytest.param(
        "Substituters are tried in this order on our builders: FlakeHub Cache first, then Attic.",
        [(3, "flakehub-publication-only")],
        id="substituters_tried_in_order_are_used",
    ),
    pytest.param(
        "Docs jobs staying on GitHub-hosted runners is fine when it's written down as a named"
        " exception.",
        [],
        id="written_down_is_no_lane_that_is_down",
    ),
    pytest.param(
        "When the lanes are down, jobs fall back to `ubuntu-latest`.",
        [(3, "hosted-runners-explicit-exception")],
        id="lanes_that_are_down_still_fall_back",
    ),
    pytest.param(
        "Want the package on FlakeHub? Ask in `#build-infra` first.",
        [],
        id="asking_people_first_is_no_cache_order",
    ),
    pytest.param(
        "FlakeHub publication uses GitHub OIDC and the job does no building of its own.",
        [],
        id="what_the_publication_uses_is_not_said_of_flakehub",
    ),
    pytest.param(
        "FlakeHub publication rolls out to every repo this sprint.",
        [(3, "nongoal-broad-publication-first")],
        id="the_publications_rollout_is_still_flakehubs",
    ),
    pytest.param(
        "The controller patches the pod spec in place when a build needs more memory.",
        [(3, "arc-scales-horizontally")],
        id="patching_a_pod_in_place_is_vertical_scaling",
    ),
    pytest.param(
        "Renovate patches the workflow files in place.",
        [],
        id="patching_files_in_place_is_not_scaling",
    ),
    pytest.param(
        "Once the FlakeHub integration lands, memory-heavy Rust/Nix builds will be offloaded"
        " there.",
        [(3, "nongoal-flakehub-memory-heavy")],
        id="heavy_builds_offloaded_there_promise_flakehub_as_the_fix",
    ),
    pytest.param(
        "Memory-heavy builds are moved to `tinyland-nix-heavy`; FlakeHub only publishes.",
        [],
        id="heavy_builds_moved_to_the_heavy_lane_is_true",
    ),
    pytest.param(
        "Next quarter we kick things off by rolling FlakeHub publication out to every GF repo.",
        [(3, "nongoal-broad-publication-first")],
        id="kicking_things_off_is_a_start_not_a_denial",
    ),
    pytest.param(
        "`personal-nix` is the most complete of our baseline lanes.",
        [(3, "personal-lanes-not-repo-owned")],
        id="the_most_complete_of_the_baseline_lanes_is_one_of_them",
    ),
    pytest.param(
        "The `personal-nix` and `personal-docker` sets are effectively the baseline lanes for"
        " all repo-owned projects.",
        [(3, "personal-lanes-not-repo-owned")],
        id="effectively_the_baseline_lanes_still_says_what_they_are",
    ),
    pytest.param(
        'At 14:30 Tomasz says the `tinyland-nix` runners "come with Nix baked in". That was'
        " never a guarantee.",
        [],
        id="a_named_speakers_quoted_words_are_reported",
    ),
    pytest.param(
        "The `tinyland-nix` runners come with Nix baked in, Tomasz said.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="a_named_speaker_without_quotes_still_states",
    ),
    pytest.param(
        "[^5]: The Q1 edition quoted the heavy lane as 4 CPU / 8Gi; this edition has the"
        " current figures.",
        [],
        id="an_earlier_periods_edition_is_reported",
    ),
    pytest.param(
        "- **Reversed:** the Q1 idea of publishing release artifacts through Attic.",
        [],
        id="a_reversed_lead_takes_the_item_back",
    ),
    pytest.param(
        "We run the Attic binary cache, the Bazel remote cache, and FlakeHub. Two of them make"
        " builds faster and the third is a storefront.",
        [],
        id="two_of_them_is_no_single_earlier_subject",
    ),
    pytest.param(
        "Step chart. Q1 ended with six ARC scale sets on `honey`.",
        [],
        id="a_count_a_period_ended_with_is_history",
    ),
    pytest.param(
        "The full live set on `honey` is seven scale sets: the four above plus"
        " `linux-xr-docker`, `personal-docker` and `personal-nix`.",
        [],
        id="a_list_that_counts_members_above_is_not_short",
    ),
    pytest.param(
        "A scorer wanted FlakeHub Cache as the GF lanes' primary substituter. That was rejected.",
        [],
        id="that_was_rejected_takes_it_back",
    ),
    pytest.param(
        "ADR-0002 floated FlakeHub as a way to get Nix onto GF runners. Neither happened.",
        [],
        id="neither_happened_takes_it_back",
    ),
    pytest.param(
        "It's tempting to treat Attic as a place to ship releases from.",
        [],
        id="what_is_tempting_is_not_asserted",
    ),
    pytest.param(
        "Once the heavy crates come prebuilt from FlakeHub, nobody will need a big-memory lane.",
        [(3, "nongoal-flakehub-memory-heavy")],
        id="nobody_will_need_a_big_memory_lane",
    ),
    pytest.param(
        "Attic is also where external integrators fetch the signed closure for each release.",
        [(3, "caches-are-acceleration-not-publication")],
        id="integrators_fetch_from_the_cache",
    ),
    pytest.param(
        "ARC adds runners when the queue grows and removes them when it drains.",
        [],
        id="what_grows_is_the_queue",
    ),
    pytest.param(
        "Our first instinct was to wait for ARC to give the pod more room. That isn't how "
        "it works.",
        [],
        id="that_isnt_how_it_works_takes_it_back",
    ),
    pytest.param(
        "| Risk | Mitigation |\n|---|---|\n| sting is a single node | Accept; sting is "
        "deliberately outside the default scheduling surface |",
        [],
        id="outside_after_an_adverb_still_places_outside",
    ),
    pytest.param(
        "**Use when:** a team wants to hand Attic URLs to downstream users.",
        [],
        id="a_teams_wish_is_reported",
    ),
    pytest.param(
        "Wider FlakeHub adoption (the shared `tinyland-inc` libraries, a catalogue page) waits "
        "until the heavy lane has a completed run; we have seven scale sets.",
        [],
        id="an_org_name_before_libraries_is_no_lane",
    ),
    pytest.param(
        "If the heavy closures come prebuilt from FlakeHub, our Rust jobs stop needing the "
        "heavy lane at all — that's the plan for the next sprint.",
        [(3, "nongoal-flakehub-memory-heavy")],
        id="jobs_that_stop_needing_the_heavy_lane",
    ),
    pytest.param(
        "Heads-up from the GF platform sync: FlakeHub-backed install on the self-hosted "
        "runners is landing next sprint.",
        [(3, "nongoal-flakehub-installs-nix")],
        id="a_flakehub_backed_install_on_the_runners",
    ),
    pytest.param(
        "The heavy row in the GF table is wrong, and the personal-lane bullet too — those "
        "two scale sets are `jesssullivan.github.io` ones.",
        [],
        id="a_compound_ending_in_lane_is_no_lane_name",
    ),
    pytest.param(
        "- Last sprint's status page said ARC raises a pod's memory limit whenever a build "
        "nears OOM.",
        [],
        id="what_last_sprints_page_said",
    ),
    pytest.param(
        "Big Rust crates keep getting OOM-killed when they run on the baseline Nix lane "
        "`tinyland-nix`.",
        [],
        id="heavy_jobs_reported_failing_on_a_lane_are_no_placement",
    ),
    pytest.param(
        "- **KR4.1** Every repo-owned GF lane reads the current Attic URL. Target: 5/5 lanes.",
        [],
        id="a_fraction_is_a_share_not_a_count_of_lanes",
    ),
    pytest.param(
        "It asked for `runs-on: tinyland-bazel`, which isn't a scale set we have.",
        [],
        id="a_lane_name_denied_by_a_relative_clause",
    ),
    pytest.param(
        "The iOS build in `tinyland-mobile` uses hosted mac runners; we have no mac lane.",
        [],
        id="a_name_after_in_is_a_repository_not_a_lane",
    ),
    pytest.param(
        "- Scrub builder-facing docs that still hint FlakeHub is part of the runtime contract.",
        [],
        id="docs_that_hint_report_what_they_say",
    ),
    pytest.param(
        "For GF template consumers that are still hosted, the `ubuntu-latest` image already "
        "bundles Chromium, so the e2e job can go straight to `pnpm test:e2e`.",
        [(3, "browser-bootstrap-explicit")],
        id="a_job_that_goes_straight_to_its_tests_on_the_images_browser",
    ),
    pytest.param(
        "In practice the heavy lane does lean on FlakeHub Cache already.",
        [(3, "flakehub-publication-only")],
        id="a_lane_that_leans_on_flakehub_cache",
    ),
    pytest.param(
        "FlakeHub is where we publish.\n\n**Q: Does `nix-job` configure the cache as well?**"
        "\n\nYes. It points the substituter at the in-cluster Attic.",
        [],
        id="an_answer_is_about_what_its_question_names",
    ),
    pytest.param(
        '"FlakeHub is great. It installs Nix on the runners." — Sam, in the vendor call',
        [],
        id="the_second_sentence_of_a_quotation_is_quoted",
    ),
    pytest.param(
        '**"I push release closures to Attic so the mobile team can `nix copy` them. Is that '
        'the blessed way to distribute?"** — Jo, tooling',
        [],
        id="a_quotation_that_runs_over_two_sentences",
    ),
    pytest.param(
        "What we were told in planning is that the runners pull Nix straight from FlakeHub "
        "when the pod starts.",
        [],
        id="what_we_were_told_is_hearsay",
    ),
    pytest.param(
        "The GF slides are rendered on every push to `main` by `slides.yml`, which runs on a "
        "GitHub-hosted runner as a named docs-publication exception.",
        [],
        id="main_the_branch_is_not_the_main_runner",
    ),
    pytest.param(
        "Once Attic is warm we can tell downstream consumers to pull release artifacts from "
        "it -- it's effectively our binary distribution channel already.",
        [(3, "caches-are-acceleration-not-publication")],
        id="a_double_hyphen_parts_clauses",
    ),
    pytest.param(
        "Keep `runs-on: tinyland-nix`. The lane requests more memory for your pod on its "
        "own once the link step needs it.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_lane_that_requests_more_memory_on_its_own",
    ),
    pytest.param(
        "I would rather we get every downstream repo publishing to FlakeHub this sprint.",
        [(3, "nongoal-broad-publication-first")],
        id="would_rather_is_a_preference_not_rather_than",
    ),
    pytest.param(
        "Memory-heavy Rust jobs can keep `runs-on: tinyland-nix`; the lane grows under load.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_lane_that_grows_under_load",
    ),
    pytest.param(
        "Nix already ships in the `tinyland-nix` runner image, so the job has no install step.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="nix_ships_in_the_lanes_image",
    ),
    pytest.param(
        "The js-bazel template v2 states workspace intent -- isolated vs. reused "
        "workspace -- up front.",
        [],
        id="a_value_set_against_another_is_a_choice",
    ),
    pytest.param(
        "The js-bazel template v2 offers isolated or reused workspaces, and keeps a "
        "reused workspace by default.",
        [(3, "template-no-clean-false")],
        id="a_choice_does_not_hide_the_default_stated_after_it",
    ),
    pytest.param(
        "**Vertical resizing.** Brief discussion of in-place pod resizing for "
        "`tinyland-nix`. Agreed it is not a near-term promise.",
        [],
        id="a_bold_title_and_a_discussion_name_topics",
    ),
    pytest.param(
        "**Clusters**\n\n- *FlakeHub as a cache* [P04, P05] — 14\n"
        "- *Flipped to `ubuntu-latest` when self-hosted was busy* [P02] — 16",
        [],
        id="a_studys_clusters_are_what_people_said",
    ),
    pytest.param(
        "P02 said the fallback to `ubuntu-latest` was never written down anywhere.",
        [],
        id="a_participant_said",
    ),
    pytest.param(
        "We tightened several truths (how Nix gets onto a runner, what the heavy lane is "
        "for, where FlakeHub fits).",
        [],
        id="a_question_word_opens_a_clause_of_its_own",
    ),
    pytest.param(
        "The remote cache is for speed. Package consumers still get packages from the "
        "registry you publish to.",
        [],
        id="a_persons_act_in_a_relative_clause_has_no_earlier_subject",
    ),
    pytest.param(
        "We will turn on FlakeHub publishing. If you need more memory, use a lane that was "
        "built with more memory.",
        [],
        id="an_instruction_after_a_condition_is_about_its_new_object",
    ),
    pytest.param(
        "Sam's proposal to have runners get Nix from FlakeHub, and to swap Attic for "
        "FlakeHub Cache, was withdrawn.",
        [],
        id="a_withdrawn_proposal_holds_no_assertion",
    ),
    pytest.param(
        "Sam's proposal was withdrawn, so the runners get Nix from FlakeHub.",
        [(3, "nongoal-flakehub-installs-nix")],
        id="what_follows_a_withdrawn_proposal_is_asserted",
    ),
    pytest.param(
        'The "Relationship to Attic" section now says `tinyland-nix` uses FlakeHub Cache as a '
        "substituter.",
        [],
        id="what_a_titled_section_now_says",
    ),
    pytest.param(
        "Someone in `#215` said FlakeHub is the real fix for heavy Rust builds.",
        [],
        id="hearsay_from_someone_somewhere",
    ),
    pytest.param(
        "The platform folks said FlakeHub becomes the way our self-hosted runners get Nix "
        "next sprint.",
        [(3, "nongoal-flakehub-installs-nix")],
        id="the_platform_teams_word_is_no_hearsay",
    ),
    pytest.param(
        "Plenty of open-source READMEs tell you to install Nix from FlakeHub.",
        [],
        id="what_other_readmes_tell_you",
    ),
    pytest.param(
        "## Everything falls back to `ubuntu-latest` when honey is busy",
        [(3, "hosted-runners-explicit-exception")],
        id="a_heading_opening_with_everything_is_a_statement",
    ),
    pytest.param(
        "- Close when one beta post-deploy validation finishes with no hosted\n  runner involved.",
        [],
        id="a_subject_denied_by_no",
    ),
    pytest.param(
        "The heavy build is split out onto `tinyland-nix-heavy`; light checks stay on "
        "`tinyland-nix`.",
        [],
        id="light_checks_staying_on_the_standard_lane",
    ),
    pytest.param(
        "Small builds stay on `tinyland-nix`, but heavy Rust builds can stay on "
        "`tinyland-nix` too.",
        [(3, "heavy-jobs-use-nix-heavy-lane")],
        id="heavy_builds_staying_beside_small_ones",
    ),
    pytest.param(
        "Keep the Rust crates on `tinyland-nix`; it scales up when the build needs more RAM.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_lane_scaling_up_when_the_build_needs_more",
    ),
    pytest.param(
        "ARC scales up when the build queue grows.",
        [],
        id="scaling_up_for_the_queue_is_the_runner_count",
    ),
    pytest.param(
        "Downstream teams should add our Attic cache as a substituter — that is how we hand "
        "them release builds.",
        [(3, "caches-are-acceleration-not-publication")],
        id="handing_consumers_release_builds",
    ),
    pytest.param(
        "Once phase 2 is green we switch both Nix lanes over to getting Nix from FlakeHub.",
        [(3, "nongoal-flakehub-installs-nix")],
        id="getting_nix_from_flakehub",
    ),
    pytest.param(
        "`tinyland-nix`: its pods come up with a multi-user Nix install and a running daemon.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="pods_coming_up_with_nix",
    ),
    pytest.param(
        "The sequence diagram still shows the runner pulling from FlakeHub during "
        "`nix build`. Remove that arrow.",
        [],
        id="a_diagram_left_behind",
    ),
    pytest.param(
        "- `sting` has joined the general ARC pool; every scale set can now schedule onto it.",
        [(3, "sting-outside-default-surface")],
        id="a_name_modifying_the_predicates_noun_leaves_the_subject_before_it",
    ),
    pytest.param(
        "The FlakeHub OIDC trust is configured for GitHub-hosted runners.",
        [],
        id="a_name_heading_the_predicates_object_is_its_subject",
    ),
    pytest.param(
        "Next sprint we are committing to have runners resolve Nix from FlakeHub instead.",
        [(3, "nongoal-flakehub-installs-nix")],
        id="runners_resolving_nix_from_flakehub",
    ),
    pytest.param(
        "**A:** `tinyland-nix` is fine. It'll stretch to whatever the build needs.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_lane_stretching_to_whatever_the_build_needs",
    ),
    pytest.param(
        "When a runner pod gets close to its memory limit, the controller re-creates it with "
        "a larger limit.",
        [(3, "arc-scales-horizontally")],
        id="recreated_with_a_hyphen",
    ),
    pytest.param(
        "`tinyland-nix` scales the pod up when cargo needs more memory.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="scaling_one_pod_up",
    ),
    pytest.param(
        "ARC scales the runners up when the queue grows.",
        [],
        id="scaling_runners_up_is_their_count",
    ),
    pytest.param(
        "Use FlakeHub. That's how the GF runners pick up Nix.",
        [(3, "flakehub-publication-only")],
        id="thats_how_states_the_means_the_sentence_before_names",
    ),
    pytest.param(
        "Nobody knows how the GF runners pick up Nix.",
        [],
        id="how_after_a_verb_is_an_indirect_question",
    ),
    pytest.param(
        "`sting` stays nearly empty on purpose. Reading its 94% headroom as spare general\n"
        "capacity would be a mistake.",
        [],
        id="what_would_be_a_mistake_is_not_stated",
    ),
    pytest.param(
        'In "falls back to `ubuntu-latest`" the subject is `ubuntu-latest`, whoever does '
        "the falling back.",
        [],
        id="a_wording_quoted_first_is_what_the_clause_speaks_of",
    ),
    pytest.param(
        "- when `tinyland-nix` queue is long → just switch the job to `personal-nix`",
        [(3, "personal-lanes-not-repo-owned")],
        id="an_arrow_ends_a_condition",
    ),
    pytest.param(
        "ARC gives the pod more mem if cargo needs it.",
        [(3, "arc-scales-horizontally")],
        id="memory_abbreviated",
    ),
    pytest.param(
        "The default ARC scheduling pool is honey and sting.",
        [(3, "sting-outside-default-surface")],
        id="each_member_of_a_listed_complement_is_described",
    ),
    pytest.param(
        "The default ARC scheduling pool is honey.",
        [],
        id="a_complement_without_the_fact_is_what_is_described",
    ),
    pytest.param(
        "Use `tinyland-nix`. Nix is already on the PATH there, so the job can start straight "
        "with `nix build`.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="a_result_clauses_subject_is_not_the_predicates",
    ),
    pytest.param(
        "- Roll FlakeHub publication out to every template consumer this sprint,\n"
        "  ahead of the heavy-lane validation.",
        [(3, "nongoal-broad-publication-first")],
        id="a_rollout_with_its_particle_apart",
    ),
    pytest.param(
        "Strong -1 on rolling FlakeHub publication out to every consumer this sprint.",
        [],
        id="a_reviewers_vote_against",
    ),
    pytest.param(
        "`workspace-intent: isolated` replaces the old persistent checkout of the shared template.",
        [],
        id="what_a_swap_replaces_is_taken_out",
    ),
    pytest.param(
        "Replace the `nix-job` bootstrap with Nix installed from FlakeHub on the runners.",
        [(3, "flakehub-publication-only")],
        id="what_a_swap_brings_in_is_stated",
    ),
    pytest.param(
        "(January wording) The Nix lane starts small and ARC grows the runner pod when the "
        "build needs it.",
        [],
        id="a_paragraph_tagged_as_an_earlier_wording",
    ),
    pytest.param(
        "Somebody said vertical autoscaling for runner pods is basically next sprint.",
        [],
        id="hearsay_from_somebody",
    ),
    pytest.param(
        "Also heard: FlakeHub will eventually be how the self-hosted runners get Nix.",
        [],
        id="hearsay_as_a_lead",
    ),
    pytest.param(
        "My first read of them was that FlakeHub is where the runners get Nix from.",
        [],
        id="a_first_reading_reported",
    ),
    pytest.param(
        "Point Rust+Nix builds at `tinyland-nix`; the heavy lane is for canaries.\n",
        [(3, "heavy-jobs-use-nix-heavy-lane")],
        id="pointing_rust_nix_builds_at_the_standard_lane",
    ),
    pytest.param(
        "Release artifacts are no longer uploaded to GitHub Releases — consumers pull the"
        " built tarballs straight from the Bazel remote cache.\n",
        [(3, "caches-are-acceleration-not-publication")],
        id="a_hedge_before_a_dash_belongs_to_its_own_clause",
    ),
    pytest.param(
        "The heavy lane's image is built with Nix in it.\n",
        [(3, "nix-bootstrap-workflow-owned")],
        id="an_image_built_with_nix_in_it",
    ),
    pytest.param(
        "On GF builders the substituter is Attic and we leave FlakeHub out of it.\n",
        [],
        id="the_cache_named_after_is_what_the_predicate_describes",
    ),
    pytest.param(
        'A teammate suggests "just use FlakeHub" for both installing Nix and caching.\n',
        [],
        id="what_a_teammate_suggests_is_reported",
    ),
    pytest.param(
        "On `ubuntu-latest` Chrome is already there, which is why our beta e2e jobs just call"
        " `npx playwright test`.\n",
        [(3, "browser-bootstrap-explicit")],
        id="a_browser_already_there_so_jobs_just_call_the_tests",
    ),
    pytest.param(
        "The shared template is built around that persistent workspace and expects it.\n",
        [(3, "template-no-clean-false")],
        id="a_template_built_around_a_workspace_that_expects_it",
    ),
    pytest.param(
        "Partner teams who want the CLI should add our Attic cache; that's the supported way"
        " we hand out signed closures today.\n",
        [(3, "caches-are-acceleration-not-publication")],
        id="that_after_a_semicolon_is_the_cache_the_clause_before_names",
    ),
    pytest.param(
        "How does ARC handle a spike, then? It gives the pod more memory on the fly, up to the"
        " node's free RAM.\n",
        [(3, "arc-scales-horizontally")],
        id="a_pronoun_answer_takes_the_questions_subject_past_its_object",
    ),
    pytest.param(
        "yeah thats expected, the nix lanes dont come with nix baked in.\n",
        [],
        id="informal_negations_without_apostrophes",
    ),
    pytest.param(
        "FlakeHub does not install Nix on our runners, it is not a substituter for GF"
        " builders, and it does not replace Attic.\n",
        [],
        id="a_comma_spliced_pronoun_clause_keeps_its_own_negation",
    ),
    pytest.param(
        "Runner pods grow when a Rust build needs more memory.\n",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="the_predicates_own_noun_is_its_subject_when_nothing_else_is",
    ),
    pytest.param(
        "Next sprint runner pods will just grow when a Rust build needs more memory.\n",
        [(3, "nongoal-vertical-pod-resizing")],
        id="a_plan_whose_only_subject_is_the_predicates_own_noun",
    ),
    pytest.param(
        "## Shared template and workspace hygiene\n\nKeep the workspace clean.\n",
        [],
        id="a_headings_noun_phrase_is_not_a_statement",
    ),
    pytest.param(
        "- Heavy lane proven: one run completed on `tinyland-nix-heavy` (8 CPU / 16Gi,"
        " sting).\n- Hosted fallback for dogfood beta jobs: still open.\n",
        [],
        id="a_bullet_takes_no_subject_from_its_sibling",
    ),
    pytest.param(
        "- The first attempt on `tinyland-nix-heavy` died during the final link.\n- The"
        " lane's 12Gi ceiling is below what the release profile needs, so ARC grows the pod.\n",
        [(4, "arc-scales-horizontally"), (4, "heavy-lane-envelope")],
        id="a_bullet_that_points_back_takes_its_siblings_subject",
    ),
    pytest.param(
        "## Hosted runners are named exceptions\n\nNot allowed: hosted as a silent fallback"
        " when self-hosted is slow.\n",
        [],
        id="an_inline_not_allowed_lead_marks_what_follows",
    ),
    pytest.param(
        "`sting` stays out of default scheduling.\n",
        [],
        id="staying_out_of_something_negates_it",
    ),
    pytest.param(
        "The heavy lane is pinned to `sting`. Everything else stays on the default surface.\n",
        [],
        id="everything_else_is_not_the_earlier_subject",
    ),
    pytest.param(
        "`tinyland-nix` is fine for it: the pod is given more memory as the link step needs it.\n",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_pod_given_more_memory",
    ),
    pytest.param(
        "ARC notices the job is close to its limit and bumps the runner pod's memory.\n",
        [(3, "arc-scales-horizontally")],
        id="another_thing_after_the_subject_is_the_verbs_object",
    ),
    pytest.param(
        "Whoever touches `personal-docker`: it is part of our repo-owned baseline, same tier as"
        " `tinyland-docker`.\n",
        [(3, "personal-lanes-not-repo-owned")],
        id="the_name_a_comparison_takes_is_not_the_subject",
    ),
    pytest.param(
        "**Runner fallback when honey is saturated**\nDecision: the runner-select step"
        " resolves to `ubuntu-latest` automatically whenever the queue is over 10 minutes.\n",
        [(4, "hosted-runners-explicit-exception")],
        id="a_decision_under_a_bold_title_line",
    ),
    pytest.param(
        "## Lanes (live ARC scale sets)\n\n- `tinyland-docker` — container builds.\n"
        "`tinyland-gpu` — CUDA jobs, a lane on honey.\n",
        [(6, "arc-lane-taxonomy")],
        id="an_unknown_lane_listed_under_a_heading_about_lanes",
    ),
    pytest.param(
        "## Lanes from the old runbook\n\n- `tinyland-docker`\n- `tinyland-nix-large`\n",
        [],
        id="an_unknown_lane_listed_under_a_heading_about_the_past",
    ),
    pytest.param(
        "You don't need the nix-job action on `tinyland-nix`.\n",
        [(3, "nix-bootstrap-workflow-owned")],
        id="no_need_for_the_bootstrap_action_on_a_nix_lane",
    ),
    pytest.param(
        "ARC reads the memory request and sizes the runner pod to match.\n",
        [(3, "arc-scales-horizontally")],
        id="sizing_the_pod_to_match",
    ),
    pytest.param(
        "When `tinyland-nix` OOMs, just re-run the job; the second attempt usually gets the"
        " larger allocation.\n",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_retry_that_gets_a_larger_allocation",
    ),
    pytest.param(
        "## Spend by lane\n\n| Lane | Node | CPU-hours | GiB-hours | Cost (USD) |\n"
        "|---|---|--:|--:|--:|\n"
        "| tinyland-nix-heavy | sting | 610 | 2,440 | 28.67 |\n",
        [],
        id="numbers_under_a_usage_header_are_not_limits",
    ),
    pytest.param(
        "## What the vendor says\n\nThey recommend determinate-nix-action plus"
        " flakehub-cache-action so that runners get Nix and a warm cache in one step.\n",
        [],
        id="a_section_on_what_the_vendor_says",
    ),
    pytest.param(
        "FlakeHub is where we publish flakes. It is not a substituter for our builders and does not"
        " replace Attic, so it has no line here.\n",
        [],
        id="a_second_negation_after_and_an_auxiliary_repeats_the_first",
    ),
    pytest.param(
        "### Envelope\n\n| Setting | `tinyland-nix` | `tinyland-nix-heavy` |\n|---|---|---|\n"
        "| Node | default pool | `sting` |\n",
        [],
        id="a_name_in_another_lanes_column_is_not_the_cells_subject",
    ),
    pytest.param(
        "`sting` carries the compute-expansion taint. That keeps it out of the default scheduling"
        " surface.\n",
        [],
        id="keeping_it_out_of_something_negates_it",
    ),
    pytest.param(
        "Blocking objection: a silent re-queue to `ubuntu-latest` is exactly the hosted escape"
        " hatch we are closing.\n",
        [],
        id="an_objection_lead_marks_what_follows",
    ),
    pytest.param(
        "## ❌ Treating Attic as a release channel\n\nAttic entries get garbage-collected.\n",
        [],
        id="a_heading_marked_wrong",
    ),
    pytest.param(
        "If you see a blog post telling you to add FlakeHub Cache to `substituters`, that advice is"
        " for FlakeHub's own customers.\n",
        [],
        id="the_object_of_telling_is_not_a_main_clause_subject",
    ),
    pytest.param(
        "Once the runners fetch Nix through FlakeHub next sprint, we'll delete the nix-job step"
        " from our workflows.\n",
        [(3, "nongoal-flakehub-installs-nix")],
        id="a_dated_once_takes_the_event_as_planned",
    ),
    pytest.param(
        "Next sprint's plan is to have the runners pick up Nix straight from FlakeHub.\n",
        [(3, "nongoal-flakehub-installs-nix")],
        id="runners_that_pick_up_nix_from_flakehub",
    ),
    pytest.param(
        "## Inputs\n\n| Input | Values | Default |\n|---|---|---|\n"
        "| `runner-label` | any ARC label | `ubuntu-latest` |\n",
        [(7, "hosted-runners-explicit-exception")],
        id="hosted_under_a_default_column",
    ),
    pytest.param(
        "There is no automatic fallback to hosted runners when a lane is busy; the job waits"
        " in the queue.\n",
        [],
        id="one_negated_statement_however_many_wordings_it_holds",
    ),
    pytest.param(
        "## What it looks like\n\n```text\nwarning: substituter "
        "'http://attic-api.nix-cache.svc:8080/main'"
        " is disabled for the next 3600 seconds\n```\n",
        [],
        id="a_log_excerpt_records_what_happened",
    ),
    pytest.param(
        "If the URL in the log is `attic-api.nix-cache.svc:8080`, then check which lane the job"
        " ran on.\n",
        [],
        id="a_value_in_a_condition_with_a_port",
    ),
    pytest.param(
        "Earlier drafts of the heavy lane talked about 4 CPUs and 12Gi on `honey`; those numbers"
        " are gone.\n",
        [],
        id="what_earlier_drafts_talked_about",
    ),
    pytest.param(
        "Two builder-facing pages described FlakeHub as our runtime cache for builders.\n",
        [],
        id="what_pages_described",
    ),
    pytest.param(
        "When `tinyland-nix-heavy` OOMs on a small job, cap it (`CARGO_BUILD_JOBS=4`,"
        " `--cores 4`).\n",
        [],
        id="a_command_flag_is_not_a_limit",
    ),
    pytest.param(
        "## Approved exceptions register\n\n| ID | Repo | Job | Runner | Category |\n"
        "|---|---|---|---|---|\n"
        "| EXC-007 | acuity-middleware | `deploy-modal` | `ubuntu-latest` | external (Modal) |\n",
        [],
        id="a_runner_column_under_an_exceptions_heading",
    ),
    pytest.param(
        "Shown only so reviewers recognise it.\n\n```yaml\njobs:\n  build:\n"
        "    runs-on: tinyland-nix\n"
        "    steps:\n      - uses: actions/checkout@v4\n"
        "      - run: nix build .#default   # WRONG: no bootstrap step\n```\n",
        [],
        id="a_step_whose_comment_marks_it_wrong",
    ),
    pytest.param(
        "The heavy lane is cut from the Nix-enabled image, so nix is already on the PATH when the"
        " job starts.\n",
        [(3, "nix-bootstrap-workflow-owned")],
        id="a_noun_a_preposition_takes_past_its_compound_modifier",
    ),
    pytest.param(
        "Teams should not treat FlakeHub as a way for runners to obtain Nix. The bootstrap"
        " action installs Nix; FlakeHub does not enter into it.\n",
        [],
        id="a_predicate_that_opens_with_its_own_noun_phrase_takes_no_earlier_subject",
    ),
    pytest.param(
        "## Hosted jobs\n\nPlaywright's browsers are already on GitHub's image, so that job gets"
        " away without an install step.\n",
        [(5, "browser-bootstrap-explicit")],
        id="githubs_image_names_the_hosted_runners",
    ),
    pytest.param(
        "Cause: the heavy lane is supposed to come up with Nix preinstalled.\n",
        [(3, "nix-bootstrap-workflow-owned")],
        id="what_a_lane_is_supposed_to_do_is_its_design",
    ),
    pytest.param(
        "## Capacity FAQ\n\nNone on tinyland-nix — Nix is already on the image.\n",
        [(5, "nix-bootstrap-workflow-owned")],
        id="a_none_answer_before_a_dash_is_not_the_clauses_negation",
    ),
    pytest.param(
        "A tinyland-nix pod under memory pressure is resized to up to twice its request.\n",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_pod_that_is_resized",
    ),
    pytest.param(
        "When the honey queue is longer than five minutes the beta jobs fall back to"
        " GitHub-hosted runners automatically.\n",
        [(3, "hosted-runners-explicit-exception")],
        id="a_condition_written_without_its_comma_ends_before_the_main_subject",
    ),
    pytest.param(
        "Early drafts of this site said that ARC could resize a runner pod while a job was"
        " running.\n",
        [],
        id="what_early_drafts_said",
    ),
    pytest.param(
        "Things we have decided **not** to promise in the near term:\n\n- resizing runner pods"
        " vertically on demand;\n- treating FlakeHub as the way to install Nix.\n",
        [],
        id="a_long_lead_that_declines_what_it_lists",
    ),
    pytest.param(
        "**Explicitly not on the roadmap**\n\n- FlakeHub as the way runners obtain Nix\n",
        [],
        id="a_bold_title_over_a_list_labels_it",
    ),
    pytest.param(
        "Back in Q1 we told people the heavy lane would get 12 CPU and 32Gi. That number never"
        " shipped.\n",
        [],
        id="numbers_we_told_people",
    ),
    pytest.param(
        "Back in February we ran everything on `tinyland-nix` and just kind of hoped the pod would"
        " stretch when it needed to.\n",
        [],
        id="what_we_hoped",
    ),
    pytest.param(
        "We don't build with Nix here. For the record, an older copy of these notes said:\n\n"
        "> The `tinyland-nix` image ships with Nix and flakes enabled.\n",
        [],
        id="a_paragraphs_last_sentence_leads_in_the_quote",
    ),
    pytest.param(
        '# From the archives\n\n## "Runner Guide", autumn 2025\n\n'
        "> Our `tinyland-nix` runners ship with Nix preinstalled, so workflows can run"
        " `nix build` directly.\n",
        [],
        id="quotes_under_from_the_archives",
    ),
    pytest.param(
        "Determinate's own README tells its users to turn on FlakeHub Cache for faster CI.\n",
        [],
        id="what_a_vendor_tells_its_own_users",
    ),
    pytest.param(
        "### 2026-03-28 — (superseded) FlakeHub Cache as builder substituter\n\nWe tried it.\n",
        [],
        id="a_heading_marked_superseded",
    ),
    pytest.param(
        "Explicitly **not** promised this sprint: vertical pod resizing for ARC, FlakeHub as the"
        " way to install Nix.\n",
        [],
        id="an_inline_lead_that_declines_what_it_lists",
    ),
    pytest.param(
        "ARC resizes runner pods on demand. It doesn't.\n",
        [],
        id="a_sentence_the_next_one_takes_back",
    ),
    pytest.param(
        "ARC resizes runner pods on demand. It doesn't need any help from us.\n",
        [(3, "arc-scales-horizontally")],
        id="a_next_sentence_that_only_continues_is_no_retraction",
    ),
    pytest.param(
        "> The `tinyland-nix` image ships with Nix, so jobs can\n> call `nix` straight away.\n\n"
        "That's wrong; see lab#73.\n",
        [],
        id="a_quote_the_next_paragraph_calls_wrong",
    ),
    pytest.param(
        "- At first I guessed ARC had given the pod a bigger memory limit for the retry.\n"
        "  (Wrong, see 10 July: it got lucky.)\n- The heavy lane has Nix preinstalled.\n",
        [(5, "nix-bootstrap-workflow-owned")],
        id="a_verdict_inside_one_list_item_not_its_sibling",
    ),
    pytest.param(
        "1. that `tinyland-nix` shipped with Nix on the image;\n"
        "2. that ARC would give a struggling runner pod more memory.\n\nAll three are retired.\n",
        [],
        id="a_list_taken_back_as_a_whole",
    ),
    pytest.param(
        "Options considered:\n\n1. **Let ARC grow pods when they get close to the limit.**"
        " Cheap to try.\n",
        [],
        id="a_bold_title_sentence_keeps_the_lead_over_its_list",
    ),
    pytest.param(
        "```yaml\njobs:\n  build:\n    runs-on: tinyland-nix\n    steps:\n"
        "      - run: nix build .#app\n```\n\nThat snippet is the anti-pattern. Do not copy it.\n",
        [],
        id="a_code_block_the_next_sentence_calls_an_anti_pattern",
    ),
    pytest.param(
        "| ID | Statement | Status |\n|---|---|---|\n| A-05 | ARC resizes runner pods on demand"
        " | Retired |\n| A-06 | ARC resizes runner pods on demand | Valid |\n",
        [(6, "arc-scales-horizontally")],
        id="a_row_its_status_cell_retires",
    ),
    pytest.param(
        "| Page | Covers |\n| --- | --- |\n| [T-Z](t-z.md) | taint, the `tinyland-*` lanes,"
        " vertical resizing, workspace intent |\n",
        [],
        id="a_column_of_topics_a_page_covers",
    ),
    pytest.param(
        "When the lane is busy the job falls back to ubuntu-latest.\n\n"
        "- **See also:** [Escape hatch](#escape-hatch)\n",
        [(3, "hosted-runners-explicit-exception")],
        id="a_see_also_lead_names_pages",
    ),
    pytest.param(
        "FlakeHub is where we will publish flakes later, it is not part of how a runner gets"
        " Nix. Workflows install Nix themselves.\n",
        [],
        id="a_bare_plural_noun_is_its_sentences_own_subject",
    ),
    pytest.param(
        "## Dropped\n\n- Ask ARC to grow `tinyland-nix` pods on demand.\n",
        [],
        id="items_under_a_dropped_heading",
    ),
    pytest.param(
        "| Item | Area |\n|---|---|\n| Template V2 drops `clean: false` from the normal path"
        " | template |\n",
        [],
        id="a_statement_that_is_dropped",
    ),
    pytest.param(
        "- no `|| 'ubuntu-latest'` style fallbacks hiding in expressions.\n",
        [],
        id="a_double_pipe_in_code_does_not_end_the_negated_clause",
    ),
    pytest.param(
        "| Quote | Who | What we know now |\n|---|---|---|\n"
        '| "Attic is basically our package registry." | Ruth | Attic is an acceleration layer. |\n',
        [],
        id="a_quoted_cell_takes_no_subject_from_a_later_cell",
    ),
    pytest.param(
        "### How big is the heavy lane?\n\nTwelve cores and 32Gi per runner.\n",
        [(5, "heavy-lane-envelope")],
        id="numbers_that_answer_a_question_heading",
    ),
    pytest.param(
        "### My job OOMs on the heavy lane, what now?\n\nMy job needs 20Gi.\n",
        [],
        id="a_jobs_need_under_a_question_heading",
    ),
    pytest.param(
        "Longer term, FlakeHub Cache is expected to take over as the substituter for GF"
        " builders.\n",
        [(3, "flakehub-publication-only")],
        id="what_is_expected_to_happen_is_a_plan",
    ),
    pytest.param(
        "If a lane stays saturated for ten minutes, the dispatcher re-targets the queued"
        " product jobs to `ubuntu-latest`.\n",
        [(3, "hosted-runners-explicit-exception")],
        id="a_hyphenated_reroute_of_queued_jobs",
    ),
    pytest.param(
        "Drop the install step; the browsers are already on the runner image.\n",
        [(3, "browser-bootstrap-explicit")],
        id="the_object_names_the_kind_after_a_noun_phrase",
    ),
    pytest.param(
        "Our builders substitute from Attic and FlakeHub is publication only.\n",
        [],
        id="a_name_after_and_with_a_verb_of_its_own_opens_a_clause",
    ),
    pytest.param(
        "Our builders substitute from Attic and FlakeHub.\n",
        [(3, "flakehub-publication-only")],
        id="a_name_after_and_without_a_verb_is_coordinated",
    ),
    pytest.param(
        "Playwright runs against the Chrome that ships on the runner image, so the e2e job"
        " doesn't need an install step.\n",
        [(3, "browser-bootstrap-explicit")],
        id="a_browser_that_ships_on_the_image",
    ),
    pytest.param(
        "This sprint: push the closures to FlakeHub Cache, which takes care of the memory"
        " pressure on the release builds.\n",
        [(3, "nongoal-flakehub-memory-heavy")],
        id="flakehub_taking_care_of_memory_pressure",
    ),
    pytest.param(
        "> add FlakeHub Cache as an extra substituter on the runners\n\n"
        "Going to push back on that, because it is exactly the story we retired.\n",
        [],
        id="a_quote_the_reply_pushes_back_on",
    ),
    pytest.param(
        "## What you get\n\n| Resource | Value |\n|---|---|\n| Placement | `sting` |\n\n"
        "- Nix comes baked into the runner image of `tinyland-nix-heavy`.\n",
        [(9, "nix-bootstrap-workflow-owned")],
        id="a_named_lane_after_a_table",
    ),
    pytest.param(
        "In a couple of weeks FlakeHub is going to become the installer for our self-hosted"
        " runners.\n",
        [(3, "nongoal-flakehub-installs-nix")],
        id="flakehub_becoming_the_installer_for_runners",
    ),
    pytest.param(
        "The repo lives under `tinyland-inc/shortlink`. It uses three GF lanes.\n",
        [],
        id="a_count_of_the_lanes_a_repo_uses",
    ),
    pytest.param(
        "GF has three lanes: tinyland-docker, tinyland-nix and tinyland-nix-heavy.\n",
        [(3, "arc-lane-taxonomy")],
        id="a_count_of_all_the_lanes",
    ),
    pytest.param(
        "## GF-188 · Story · Vertical pod autoscaling for ARC runner pods\n\n"
        "| Field | Value |\n|---|---|\n| Status | Closed — Won't Do |\n\n"
        "### Description\n\nARC resizes a `tinyland-nix` pod in place when it nears its limit.\n\n"
        "### Resolution\n\nThe heavy lane is pinned to `honey`.\n",
        [(15, "heavy-lane-envelope")],
        id="a_ticket_closed_as_wont_do_but_its_resolution",
    ),
    pytest.param(
        "| RP | Finding | Action |\n|---|---|---|\n| RP-06 | Shared template relies on a"
        " persistent workspace | Ship template V2 |\n",
        [],
        id="a_finding_column_describes_a_problem",
    ),
    pytest.param(
        "> Add FlakeHub Cache to your CI and your builds will substitute from it"
        " automatically.\n\nThat is a product pitch to Determinate customers.\n",
        [],
        id="a_quote_the_next_sentence_calls_a_vendor_pitch",
    ),
    pytest.param(
        "Their demo showed what ARC does every day: growing a runner pod when a build gets"
        " hungry.\n",
        [(3, "arc-scales-horizontally")],
        id="a_pod_grown_when_a_build_gets_hungry",
    ),
    pytest.param(
        "Since the Nix lanes already bake Nix into the runner image, the nix-job step can be"
        " dropped.\n",
        [(3, "nix-bootstrap-workflow-owned")],
        id="a_later_clause_with_its_own_subject_does_not_hedge",
    ),
    pytest.param(
        "For callers that pass nothing, the runner input keeps resolving to `ubuntu-latest`.\n",
        [(3, "hosted-runners-explicit-exception")],
        id="an_input_that_resolves_to_hosted_when_callers_pass_nothing",
    ),
    pytest.param(
        "Two notes: the silent fallback to a hosted runner has to go.\n",
        [],
        id="a_fallback_that_has_to_go",
    ),
    pytest.param(
        "## `tinyland-nix-heavy`\n\n| Property | Value |\n|---|---|\n| Nix on the image |"
        " not installed; bootstrap in the workflow |\n",
        [],
        id="a_key_cell_the_value_cell_answers_no",
    ),
    pytest.param(
        "| Kind | Name | Page |\n|---|---|---|\n"
        "| Lane | `tinyland-nix` | [lanes/tinyland-nix.md](lanes/tinyland-nix.md) |\n",
        [],
        id="a_lane_pages_file_name_is_no_label",
    ),
    pytest.param(
        "- Checkout hygiene: for the normal path I'm keeping `clean: false` on the checkout.\n",
        [(3, "template-no-clean-false")],
        id="keeping_clean_false_on_the_normal_path",
    ),
    pytest.param(
        "- When cargo spikes on `tinyland-nix`, the lane just gives the pod more room.\n",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_lane_that_gives_the_pod_more_room",
    ),
    pytest.param(
        "No lane, including `tinyland-nix` and `tinyland-nix-heavy`, guarantees `nix` on `PATH`.\n",
        [],
        id="a_negated_subject_before_an_aside_of_examples",
    ),
    pytest.param(
        "Every lane, including `tinyland-nix` and `tinyland-nix-heavy`, ships `nix` on `PATH`.\n",
        [(3, "nix-bootstrap-workflow-owned")],
        id="an_affirmed_subject_before_an_aside_of_examples",
    ),
    pytest.param(
        "A runner that resizes mid-job is a runner whose behaviour depends on what ran"
        " before it.\n",
        [],
        id="an_indefinite_subjects_relative_clause_supposes_a_kind",
    ),
    pytest.param(
        "ARC has a mode that resizes pods on demand.\n",
        [(3, "arc-scales-horizontally")],
        id="a_relative_clause_on_an_object_is_stated",
    ),
    pytest.param(
        "- ❌ FlakeHub installs Nix on our runners.\n",
        [],
        id="a_line_marked_wrong_by_a_cross",
    ),
    pytest.param(
        "✅ FlakeHub installs Nix on our runners.\n",
        [(3, "flakehub-publication-only")],
        id="a_line_marked_right_is_stated",
    ),
    pytest.param(
        "❌ **Request changes**: silent fallback.\n\n```yaml\njobs:\n  a:\n"
        "    runs-on: tinyland-nix\n    steps:\n      - run: nix build\n```\n\n"
        "✅ **Approve**\n\n```yaml\njobs:\n  a:\n    runs-on: tinyland-nix\n"
        "    steps:\n      - run: nix build\n```\n",
        [(20, "nix-bootstrap-workflow-owned")],
        id="a_snippet_under_a_reviewers_cross_is_the_bad_example",
    ),
    pytest.param(
        "> If it runs out of memory again, ARC will raise the pod's limit for the retry.\n\n"
        "**Verdict: ❌ wrong.** ARC scales the number of runners.\n",
        [],
        id="a_quoted_comment_a_verdict_calls_wrong",
    ),
    pytest.param(
        "> If it runs out of memory again, ARC will raise the pod's limit for the retry.\n\n"
        "**Verdict: ✅ good.** Keeps the queue moving.\n",
        [(3, "nongoal-vertical-pod-resizing")],
        id="a_quoted_comment_a_verdict_approves",
    ),
    pytest.param(
        "`personal-nix` is not part of the repo-owned baseline and org repositories should"
        " not target it.\n",
        [],
        id="a_negation_in_a_later_clause_with_a_bare_noun_subject",
    ),
    pytest.param(
        "`personal-nix` is part of the repo-owned baseline and org repositories should"
        " not avoid it.\n",
        [(3, "personal-lanes-not-repo-owned")],
        id="a_later_clauses_negation_does_not_undo_an_earlier_statement",
    ),
    pytest.param(
        "## What to look for: Nix, caches and FlakeHub\n",
        [],
        id="a_heading_that_lists_topics",
    ),
    pytest.param(
        "- heavy lane = `tinyland-nix-heavy`, 8 CPU / 32Gi, on sting\n",
        [(3, "heavy-lane-envelope")],
        id="a_list_of_a_lanes_values_is_a_statement",
    ),
    pytest.param(
        "### 13. On the proposal to use FlakeHub to install Nix on runners\n",
        [],
        id="a_heading_that_names_its_topic",
    ),
    pytest.param(
        "### 13. Use FlakeHub to install Nix on runners\n",
        [(3, "flakehub-publication-only")],
        id="a_heading_that_gives_advice",
    ),
    pytest.param(
        "For comparison, this is what Jess's personal-site workflow uses on its lane.\n",
        [],
        id="a_lane_shaped_name_that_names_a_workflow",
    ),
    pytest.param(
        "`tinyland-gpu` — CUDA jobs, a lane on honey.\n",
        [(3, "arc-lane-taxonomy")],
        id="a_lane_shaped_name_described_after_a_dash_is_a_lane",
    ),
    pytest.param(
        "### V1, for reference (what the pilots are leaving behind)\n\n```yaml\njobs:\n"
        "  build:\n    runs-on: tinyland-docker\n    steps:\n"
        "      - uses: actions/checkout@v4\n        with:\n          clean: false\n```\n",
        [],
        id="a_section_of_what_is_left_behind",
    ),
    pytest.param(
        "| # | What last week's update said | What's actually true |\n|---|---|---|\n"
        "| 4 | `personal-nix` listed as a repo-owned lane | A personal scale set |\n",
        [],
        id="an_errata_tables_column_of_what_was_said",
    ),
    pytest.param(
        "| # | What last week's update said | What's actually true |\n|---|---|---|\n"
        "| 4 | A personal scale set | `personal-nix` is a repo-owned lane |\n",
        [(5, "personal-lanes-not-repo-owned")],
        id="an_errata_tables_column_of_what_is_true",
    ),
    pytest.param(
        "The capacity sheet still says the heavy lane is 6 CPU / 24Gi on `honey`.\n",
        [],
        id="what_a_sheet_still_says",
    ),
    pytest.param(
        "We looked at vertical pod autoscaling for runner pods in March and parked it.\n",
        [],
        id="an_idea_that_was_parked",
    ),
    pytest.param(
        "We will scrap vertical pod resizing for ARC runners.\n",
        [],
        id="an_idea_we_will_scrap",
    ),
    pytest.param(
        "A scale set grows its runner count; a runner never gets more memory than its"
        " template says.\n",
        [],
        id="a_noun_that_modifies_a_count",
    ),
    pytest.param(
        "Making FlakeHub the answer to Nix installation is explicitly off the table.\n",
        [],
        id="an_idea_off_the_table",
    ),
    pytest.param(
        "The sprint note refuses to make FlakeHub the answer to installation.\n",
        [],
        id="a_note_that_refuses_an_idea",
    ),
    pytest.param(
        "It still uses `http://attic-api.nix-cache.svc:8080`, which is fine for a personal"
        " scale set.\n",
        [],
        id="the_old_endpoint_said_of_a_personal_scale_set",
    ),
    pytest.param(
        "This adds `platform-proof.yml`, which proves three lanes end to end.\n",
        [],
        id="a_count_of_lanes_a_workflow_proves",
    ),
    pytest.param(
        "In-place resizing of runner pods comes up every few weeks. It is not something we"
        " are promising for this sprint.\n",
        [],
        id="a_topic_the_next_sentence_says_is_not_promised",
    ),
    pytest.param(
        "The two `personal-*` ones are Jess's personal-site scale sets, not team lanes.\n",
        [],
        id="a_lane_shaped_word_after_a_possessive_describes",
    ),
    pytest.param(
        "## `attic push` returns 401 from `attic-api.nix-cache.svc:8080`\n",
        [],
        id="a_troubleshooting_heading_names_a_symptom",
    ),
    pytest.param(
        "One exception people keep asking about: the heavy lane's runner image is built from"
        " the Nix base image.\n",
        [(3, "nix-bootstrap-workflow-owned")],
        id="a_colon_answers_what_people_ask_about",
    ),
    pytest.param(
        "The `tinyland-nix-heavy` image was cut from the Nix-enabled base.\n",
        [(3, "nix-bootstrap-workflow-owned")],
        id="an_image_cut_from_a_nix_enabled_base",
    ),
    pytest.param(
        "Once that lands, the ARC controller is expected to start right-sizing runner pods.\n",
        [(3, "arc-scales-horizontally")],
        id="a_controller_that_right_sizes_pods",
    ),
    pytest.param(
        "Next sprint: swap the nix-job step for an install pulled from FlakeHub on the lanes.\n",
        [(3, "nongoal-flakehub-installs-nix")],
        id="an_install_pulled_from_flakehub",
    ),
    pytest.param(
        "There's a `tinyland-docker-heavy` set for those, next to `tinyland-docker`.\n",
        [(3, "arc-lane-taxonomy")],
        id="an_unknown_lane_called_a_set",
    ),
    pytest.param(
        "`tinyland-nix` is fine to start with; the lane makes room as the job needs it.\n",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_lane_that_makes_room_as_the_job_needs_it",
    ),
    pytest.param(
        "The runner controller raises the pod's memory limit as the job nears it.\n",
        [(3, "arc-scales-horizontally")],
        id="the_runner_controller_is_arc",
    ),
    pytest.param(
        "The ARC listener reacts to memory pressure by recreating the runner pod with a larger"
        " memory limit.\n",
        [(3, "arc-scales-horizontally")],
        id="recreating_a_pod_with_a_larger_limit",
    ),
    pytest.param(
        "The controller schedules the replacement runner with a larger memory request.\n",
        [(3, "arc-scales-horizontally")],
        id="a_replacement_runner_with_a_larger_request",
    ),
    pytest.param(
        "`tinyland-nix` is fine; it takes more memory when the build asks for it.\n",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_lane_that_takes_more_memory_when_asked",
    ),
    pytest.param(
        "Big Rust closures will come out of FlakeHub Cache instead of being built.\n",
        [(3, "nongoal-flakehub-memory-heavy")],
        id="closures_from_flakehub_instead_of_being_built",
    ),
    pytest.param(
        "Big Rust closures come out of Attic instead of being built.\n",
        [],
        id="closures_from_attic_instead_of_being_built",
    ),
    pytest.param(
        "Set `workspace: persistent` on the caller: it turns on `clean: false` for the checkout.\n",
        [(3, "template-no-clean-false")],
        id="an_input_that_turns_on_clean_false",
    ),
    pytest.param(
        "Your Rust workspace is OOM-killed on `tinyland-nix`. Best next step?\n\n"
        "- A. Re-run it; ARC will give the retry a larger pod.\n"
        "- B. Move the job to `tinyland-nix-heavy`.\n",
        [],
        id="a_lettered_option_under_a_question",
    ),
    pytest.param(
        "There is no `tinyland-gpu` or `tinyland-nix-xl` scale set.\n",
        [],
        id="a_negation_over_a_list_of_unknown_lanes",
    ),
    pytest.param(
        "| Option | Score | Status |\n|---|---|---|\n| In-place pod resize | 31 |"
        " Not this quarter |\n",
        [],
        id="an_option_whose_status_defers_it",
    ),
    pytest.param(
        "Envelope as recorded in the March design doc:\n\n| Setting | Value |\n|---|---|\n"
        "| `tinyland-nix-heavy` memory limit | 32Gi |\n",
        [],
        id="a_table_of_what_an_earlier_doc_recorded",
    ),
    pytest.param(
        "**SAM:** My team hopes runners will pull Nix straight from FlakeHub next sprint."
        " Compatible?\n\n**OLLIE:** Not compatible, and not on the sprint.\n",
        [],
        id="a_tag_questions_answer_takes_the_statement_back",
    ),
    pytest.param(
        "**SAM:** My team hopes runners will pull Nix straight from FlakeHub next sprint."
        " Compatible?\n\n**OLLIE:** Yes, that is the plan.\n",
        [(3, "flakehub-publication-only"), (3, "nongoal-flakehub-installs-nix")],
        id="a_tag_questions_answer_that_agrees",
    ),
    pytest.param(
        "`tinyland-nix-large` never shipped; the heavy lane is `tinyland-nix-heavy`.\n",
        [],
        id="an_unknown_lane_denied_right_after_its_name",
    ),
    pytest.param(
        "| Item | Status |\n|---|---|\n| In-place resizing of ARC runner pods |"
        " non-goal — not promised |\n",
        [],
        id="a_row_whose_status_is_non_goal",
    ),
    pytest.param(
        "```yaml\njobs:\n  package:\n    uses: org/t/.github/workflows/t.yml@v2\n    with:\n"
        "      # Deliberately hosted: the template's control case.\n"
        "      runner-label: ubuntu-latest\n```\n",
        [],
        id="a_hosted_caller_that_states_its_intent",
    ),
    pytest.param(
        "The Bazel remote cache is also where our released image layers are published.\n",
        [(3, "caches-are-acceleration-not-publication")],
        id="a_cache_is_where_image_layers_are_published",
    ),
    pytest.param(
        "GF uses FlakeHub Cache as the binary cache behind the Nix lanes.\n",
        [(3, "flakehub-publication-only")],
        id="the_binary_cache_behind_the_lanes",
    ),
    pytest.param(
        "A FlakeHub outage shows up as red CI on the Nix lanes.\n",
        [(3, "flakehub-publication-only")],
        id="an_outage_that_shows_up_as_red_ci",
    ),
    pytest.param(
        "When FlakeHub is down, CI goes red.\n",
        [(3, "flakehub-publication-only")],
        id="ci_that_goes_red_when_flakehub_is_down",
    ),
    pytest.param(
        "| Symptom | Cause | Fix |\n|---|---|---|\n| `nix build` hangs on `tinyland-nix` | "
        "FlakeHub is down; CI can't build without FlakeHub | Wait it out |\n",
        [(5, "flakehub-publication-only")],
        id="ci_that_cannot_build_without_flakehub",
    ),
    pytest.param(
        "The lanes can build without FlakeHub; they never touch it.\n",
        [],
        id="lanes_that_can_build_without_flakehub",
    ),
    pytest.param(
        "Before April, CI couldn't build without FlakeHub.\n",
        [],
        id="the_history_of_needing_flakehub",
    ),
    pytest.param(
        "It's a myth that CI can't build without FlakeHub.\n",
        [],
        id="a_myth_about_needing_flakehub",
    ),
    pytest.param(
        "For our OOMing builds, the fix we're planning is to push prebuilt closures to FlakeHub.\n",
        [(3, "nongoal-flakehub-memory-heavy")],
        id="the_planned_fix_for_ooming_builds",
    ),
    pytest.param(
        "For our OOMing builds, the fix we're planning is to move them to `tinyland-nix-heavy`.\n",
        [],
        id="the_planned_fix_is_the_heavy_lane",
    ),
    pytest.param(
        "On my laptop:\n\n```ini\nexperimental-features = nix-command flakes\n# "
        "extra-substituters = https://cache.flakehub.com\n```\n",
        [],
        id="a_commented_out_substituter",
    ),
    pytest.param(
        "For the lanes:\n\n```ini\n# Uncomment to use FlakeHub Cache on tinyland-nix:\n# "
        "extra-substituters = https://cache.flakehub.com\n```\n",
        [(7, "flakehub-publication-only")],
        id="a_substituter_to_uncomment_for_the_lanes",
    ),
    pytest.param(
        "For the lanes:\n\n```ini\n# tinyland-nix substitutes from FlakeHub Cache\n"
        "extra-substituters = https://cache.flakehub.com\n```\n",
        [(6, "flakehub-publication-only")],
        id="a_value_under_a_comment_that_states_it",
    ),
    pytest.param(
        "```yaml\ntinyland-nix:\n  env:\n    ATTIC_SERVER: "
        "http://attic.nix-cache.svc.cluster.local\n    # ATTIC_SERVER: "
        "http://attic-api.nix-cache.svc:8080\n```\n",
        [],
        id="a_commented_out_stale_endpoint",
    ),
    pytest.param(
        "If that lane has no idle runner it switches to `ubuntu-latest`.\n",
        [(3, "hosted-runners-explicit-exception")],
        id="a_commaless_condition_then_a_fallback",
    ),
    pytest.param(
        "If that lane has no idle runner, it moves to `ubuntu-latest`.\n",
        [(3, "hosted-runners-explicit-exception")],
        id="a_condition_with_no_free_runner_then_a_fallback",
    ),
    pytest.param(
        "If that lane has no idle runner it never moves to `ubuntu-latest`.\n",
        [],
        id="a_commaless_condition_then_a_denied_fallback",
    ),
    pytest.param(
        "When there is no free runner we don't reroute to `ubuntu-latest`.\n",
        [],
        id="a_condition_then_we_do_not_reroute",
    ),
    pytest.param(
        "If no lane is free it does not fall back to GitHub-hosted runners.\n",
        [],
        id="a_condition_then_it_does_not_fall_back",
    ),
    pytest.param(
        "If the lane has no idle runner it waits in the queue; it never goes to `ubuntu-latest`.\n",
        [],
        id="a_condition_then_it_waits_and_nothing_moves",
    ),
    pytest.param(
        "If you give it no runner label it stays queued on `tinyland-docker`.\n",
        [],
        id="a_condition_with_an_object_pronoun",
    ),
    pytest.param(
        "Good news for those who asked: ARC now grows a runner pod's memory when a build needs "
        "it.\n",
        [(3, "arc-scales-horizontally")],
        id="an_answer_for_those_who_asked",
    ),
    pytest.param(
        "Someone asked: does ARC grow a runner pod's memory when a build needs it?\n",
        [],
        id="an_asked_question_after_a_colon",
    ),
    pytest.param(
        "The heavy lane reaches `sting` through the toleration alone.\n",
        [(3, "sting-placement-values")],
        id="the_heavy_lane_through_the_toleration_alone",
    ),
    pytest.param(
        "`tinyland-nix-heavy` does not need a nodeSelector; the toleration is enough.\n",
        [(3, "sting-placement-values")],
        id="the_heavy_lane_without_a_node_selector",
    ),
    pytest.param(
        "The heavy lane needs both the toleration and the hostname nodeSelector to reach "
        "`sting`.\n",
        [],
        id="the_heavy_lane_with_both_selector_and_toleration",
    ),
    pytest.param(
        "The toleration alone is not enough: the heavy lane also needs `kubernetes.io/hostname:"
        " sting`.\n",
        [],
        id="the_toleration_alone_is_not_enough",
    ),
    pytest.param(
        "Runner pods on `tinyland-nix` get bigger automatically when a build needs more RAM.\n",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="runner_pods_that_get_bigger",
    ),
    pytest.param(
        "The runner pool gets bigger when the queue grows.\n",
        [],
        id="a_runner_pool_that_gets_bigger",
    ),
    pytest.param(
        "Pods never get bigger; ARC adds more of them.\n",
        [],
        id="pods_that_never_get_bigger",
    ),
    pytest.param(
        "I will put a VPA in Auto mode on the `tinyland-nix` runner pods this sprint so they "
        "grow when a build needs it.\n",
        [(3, "nongoal-vertical-pod-resizing")],
        id="a_vpa_planned_on_the_runner_pods",
    ),
    pytest.param(
        "ARC has no VPA and we will not add one to the runner pods.\n",
        [],
        id="a_vpa_ruled_out",
    ),
    pytest.param(
        "| question | answer |\n|---|---|\n| will `tinyland-nix` grow if I am close? | it "
        "autoscales up to the heavy envelope when the job asks for more |\n",
        [(5, "nongoal-vertical-pod-resizing")],
        id="an_answer_cell_that_autoscales_up",
    ),
    pytest.param(
        "The scale set autoscales up to 20 runners when jobs queue.\n",
        [],
        id="a_scale_set_that_autoscales_up_in_count",
    ),
    pytest.param(
        "| Session | Speaker org | Useful for GF? |\n|---|---|---|\n| In-place Pod Resize goes "
        "GA-ish | SIG Node | interesting, but not for runners |\n",
        [],
        id="a_talk_title_in_a_session_column",
    ),
    pytest.param(
        "- Default-branch proof path: **done**, the `feat/arc-runners` run went green on all "
        "three lanes, so the P0 exit signal is met.\n",
        [(3, "default-branch-proof-pending")],
        id="an_exit_signal_met_by_the_feature_branch",
    ),
    pytest.param(
        "The `feat/arc-runners` run is green, but it does not meet the exit signal: `main` "
        "needs its own proof.\n",
        [],
        id="the_feature_branch_run_that_does_not_meet_it",
    ),
    pytest.param(
        "- FlakeHub RFC: Marcus owns it under #214 alongside the heavy lane.\n",
        [(3, "flakehub-rfc-owner")],
        id="the_flakehub_rfc_under_another_owner",
    ),
    pytest.param(
        "| Priority | Owner issue | Lead |\n|---|---|---|\n| heavy Nix lane on honey | #214 | "
        "Priya |\n| FlakeHub cleanup + narrow RFC | #214 | Tomás |\n",
        [(6, "flakehub-rfc-owner")],
        id="an_owner_table_with_the_rfc_elsewhere",
    ),
    pytest.param(
        "The FlakeHub RFC (#215) waits until the heavy lane (#214) is proven.\n",
        [],
        id="the_rfc_under_its_owner_beside_the_heavy_lane",
    ),
    pytest.param(
        "- Marco said at standup that FlakeHub would make the OOM'ing Rust builds go away "
        'because "it\'ll just be cached".\n',
        [(3, "flakehub-publication-only")],
        id="ooming_builds_that_flakehub_would_fix",
    ),
    pytest.param(
        "He wants tag builds to push the tarballs into the Bazel remote cache and have "
        "downstream repos consume releases from there instead of the npm registry.\n",
        # someone's wish, as "Priya wants to start pushing every flake to FlakeHub now"
        [],
        id="releases_consumed_from_there_is_his_wish",
    ),
    pytest.param(
        "Tag builds push the tarballs into the Bazel remote cache and downstream repos "
        "consume releases from there instead of the npm registry.\n",
        [(3, "caches-are-acceleration-not-publication")],
        id="releases_consumed_from_there",
    ),
    pytest.param(
        "- live ARC lanes on honey right now: tinyland-docker, tinyland-nix,\n  "
        "tinyland-nix-heavy, tinyland-dind, linux-xr-docker (that's the whole set)\n",
        [(3, "arc-lane-taxonomy")],
        id="a_lane_list_that_calls_itself_the_whole_set",
    ),
    pytest.param(
        "- repo-owned lanes: tinyland-docker, tinyland-nix, tinyland-nix-heavy (the whole set "
        "of repo-owned ones)\n",
        [],
        id="the_whole_set_of_a_subset",
    ),
    pytest.param(
        "Template V2 keeps a persistent workspace by default.\n",
        [(3, "template-no-clean-false")],
        id="template_v2_with_a_persistent_workspace",
    ),
    pytest.param(
        "- Source-repo default-branch proof: we can mark the P0 exit signal as met.\n",
        [(3, "default-branch-proof-pending")],
        id="the_chair_marks_the_default_branch_proof_met",
    ),
    pytest.param(
        "Once the default-branch proof is done, mark the exit signal.\n",
        [],
        id="the_default_branch_proof_once_it_is_done",
    ),
    pytest.param(
        "The default-branch proof is not done yet; the exit signal stays open.\n",
        [],
        id="the_default_branch_proof_not_done_yet",
    ),
    pytest.param(
        "| Field | Value |\n|---|---|\n| Tracking | #213 (FlakeHub owner lane) |\n",
        [(5, "flakehub-rfc-owner")],
        id="a_tracking_row_with_another_flakehub_owner",
    ),
    pytest.param(
        "A pattern we have seen, and which we are **not** recommending:\n\n```yaml\njobs:\n  "
        "e2e:\n    runs-on: ${{ vars.PRIMARY_RUNNER_LABEL || 'ubuntu-latest' }}\n    steps:\n"
        "      - run: make e2e\n```\n",
        [],
        id="an_example_led_by_not_recommending",
    ),
    pytest.param(
        "Now the same from `personal-nix`, for contrast:\n\n```console\n$ kubectl -n "
        "arc-runners exec -it personal-nix-d2m7f-runner-9kq8z -- env | grep ATTIC\n"
        "ATTIC_SERVER=http://attic-api.nix-cache.svc:8080\n```\n",
        [],
        id="a_personal_pods_env_in_a_console",
    ),
    pytest.param(
        "And from the baseline lane:\n\n```console\n$ kubectl -n arc-runners exec -it "
        "tinyland-nix-d2m7f-runner-9kq8z -- env | grep ATTIC\n"
        "ATTIC_SERVER=http://attic-api.nix-cache.svc:8080\n```\n",
        [(7, "attic-endpoint-current")],
        id="a_repo_owned_pods_env_in_a_console",
    ),
    pytest.param(
        "Here is the job a lot of people write on day one:\n\n```yaml\njobs:\n  build:\n    "
        "runs-on: tinyland-nix\n    steps:\n      - uses: actions/checkout@v4\n      - run: nix"
        " build .#default\n```\n\nPush it and watch the run:\n\n```console\n$ gh run watch "
        "--exit-status\nX Run nix build .#default\n  line 1: nix: command not found\n```\n",
        [],
        id="a_job_shown_failing_in_its_run_log",
    ),
    pytest.param(
        "Here is the job:\n\n```yaml\njobs:\n  build:\n    runs-on: tinyland-nix\n    steps:\n"
        "      - uses: actions/checkout@v4\n      - run: nix build .#default\n```\n\nPush it "
        "and watch the run:\n\n```console\n$ gh run watch --exit-status\n✓ Run nix build "
        ".#default\n```\n",
        [(11, "nix-bootstrap-workflow-owned")],
        id="a_job_whose_run_log_passes",
    ),
    pytest.param(
        "**Notice:** seven scale sets. That's the whole live surface today; if someone tells "
        "you about a `tinyland-gpu` lane, they're describing a wish, not a cluster.\n",
        [],
        id="a_lane_someone_describes_as_a_wish",
    ),
    pytest.param(
        "| # | Idea | Source | Steal? |\n|---|---|---|---|\n| 6 | Auto-spill to `ubuntu-latest`"
        " when the self-hosted queue wait passes 5 min | KubeCon hallway | **yes, default on** "
        "|\n",
        [(5, "hosted-runners-explicit-exception")],
        id="an_idea_to_auto_spill_to_hosted_runners",
    ),
    pytest.param(
        "### D-010: Hosted runners\n\n- Default primary proof for a repo-owned dogfood repo is "
        "its self-hosted run.\n",
        [],
        id="a_default_proof_that_is_the_self_hosted_run",
    ),
    pytest.param(
        "`e2e-beta` does not install browsers: `tinyland-docker` uses the same base as the "
        "hosted image, so Chromium and WebKit are sitting there already.\n",
        [(3, "browser-bootstrap-explicit")],
        id="browsers_sitting_there_on_a_lane_like_the_hosted_image",
    ),
    pytest.param(
        "GitHub's hosted image has Chromium sitting there already, which is why "
        "`tinyland-docker` jobs install it themselves.\n",
        [],
        id="a_browser_the_hosted_image_has",
    ),
    pytest.param(
        "Instead of adding pods, ARC makes the existing pod bigger.\n",
        [(3, "arc-scales-horizontally")],
        id="arc_that_makes_the_existing_pod_bigger",
    ),
    pytest.param(
        "We let the `tinyland-nix` pod claim more RAM mid-build.\n",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_pod_that_claims_more_ram_mid_build",
    ),
    pytest.param(
        "ARC never makes a pod bigger; it adds pods.\n",
        [],
        id="arc_never_makes_a_pod_bigger",
    ),
    pytest.param(
        "Memory-hungry builds just need FlakeHub's cache to stop OOMing.\n",
        [(3, "flakehub-publication-only")],
        id="a_cache_that_stops_the_ooms",
    ),
    pytest.param(
        "Moving the crate to `tinyland-nix-heavy` stops the OOMs.\n",
        [],
        id="the_heavy_lane_stops_the_ooms",
    ),
    pytest.param(
        "If no runner is free within five minutes the job goes to `ubuntu-latest`.\n",
        [(3, "hosted-runners-explicit-exception")],
        id="a_job_that_goes_to_hosted_after_a_wait",
    ),
    pytest.param(
        "The job goes to `tinyland-docker`.\n",
        [],
        id="a_job_that_goes_to_a_lane",
    ),
    pytest.param(
        "If the lane is busy, the job waits; it never goes to `ubuntu-latest`.\n",
        [],
        id="a_job_that_never_goes_to_hosted",
    ),
    pytest.param(
        "Honestly we could have ticked this exit signal off earlier: the `feat/arc-runners` run"
        " already covered all three lanes, so that counts as the default-branch proof.\n",
        [(3, "default-branch-proof-pending")],
        id="an_exit_signal_ticked_off_for_the_feature_branch",
    ),
    pytest.param(
        "That ran green on the 17th, so the heavy lane is proven and `#214` can be closed out.\n",
        [(3, "heavy-lane-proof-pending")],
        id="a_heavy_lane_called_proven",
    ),
    pytest.param(
        "The heavy lane is not yet proven; we still owe one real heavy run under load.\n",
        [],
        id="a_heavy_lane_not_yet_proven",
    ),
    pytest.param(
        "Once a real heavy run completes, the heavy lane is proven and #214 can be closed.\n",
        [],
        id="a_heavy_lane_proven_once_a_run_completes",
    ),
    pytest.param(
        "If `runner_intent` is left empty the template quietly drops to `ubuntu-latest`; that's"
        " the default we want.\n",
        [(3, "hosted-runners-explicit-exception")],
        id="a_template_that_drops_to_hosted_when_left_empty",
    ),
    pytest.param(
        "- **AC3.** Where the self-hosted lanes are saturated, a green run on GitHub-hosted "
        "runners is acceptable proof for that job.\n",
        [(3, "hosted-runners-explicit-exception")],
        id="hosted_runs_as_acceptable_proof",
    ),
    pytest.param(
        "A green run on GitHub-hosted runners is not acceptable proof for product CI.\n",
        [],
        id="hosted_runs_not_acceptable_proof",
    ),
    pytest.param(
        "| Lane | Nix at job start | Size / placement |\n|---|---|---|\n| `tinyland-nix-heavy` "
        "| **no**, workflow installs it | 8 CPU / 32Gi limit, on `sting` |\n",
        [(5, "heavy-lane-envelope")],
        id="a_size_cell_beside_a_no_cell",
    ),
    pytest.param(
        "| Lane | Size |\n|---|---|\n| `tinyland-nix-heavy` | not 32Gi, that was the draft |\n",
        [],
        id="a_size_cell_that_denies_the_number",
    ),
    pytest.param(
        '```hcl\ntinyland-nix-heavy = {\n  tolerations = [{\n    key      = "'
        'dedicated.tinyland.dev/compute-expansion"\n    operator = "Exists"\n    effect   = '
        '"NoExecute"\n  }]\n}\n```\n',
        [(8, "sting-placement-values")],
        id="a_toleration_field_with_another_effect",
    ),
    pytest.param(
        "```yaml\ntinyland-nix-heavy:\n  tolerations:\n    - key: "
        "dedicated.tinyland.dev/heavy-nix\n      operator: Exists\n      effect: NoSchedule\n"
        "```\n",
        [(6, "sting-placement-values")],
        id="a_toleration_field_with_another_key",
    ),
    pytest.param(
        "```yaml\ntolerations:\n  - key: node.kubernetes.io/not-ready\n    effect: NoExecute\n"
        "```\n",
        [],
        id="another_taints_toleration_effect",
    ),
    pytest.param(
        "On-call wiki had a note saying: runners resolve our flake inputs through FlakeHub at"
        " build time.\n",
        [],
        id="what_a_note_was_saying_is_reported",
    ),
    pytest.param(
        "People ask this about once a week, usually for installing Nix with FlakeHub. The"
        " answer is no.\n",
        [],
        id="what_people_ask_for_is_their_question",
    ),
    pytest.param(
        "Several downstream READMEs describe FlakeHub as the cache the runners use.\n\n"
        "A few threads proposed FlakeHub as the fix for heavy Rust/Nix OOMs.\n",
        [],
        id="what_other_texts_put_forward_is_counted_not_said",
    ),
    pytest.param(
        "If `check` hangs, look for `cache.flakehub.com` in `nix.conf` and remove it.\n",
        [],
        id="what_a_check_looks_for_is_not_configured",
    ),
    pytest.param(
        "- [ ] one real heavy Rust/Nix run completed on the lane under load\n"
        "- [x] heavy canary ran green under real load\n",
        [(4, "heavy-lane-proof-pending")],
        id="an_unticked_task_is_not_done_a_ticked_one_is",
    ),
    pytest.param(
        "I'd call the heavy lane done: the canary went green overnight.\n\n"
        "We need one more run before anyone can say it's proven under load.\n",
        [(3, "heavy-lane-proof-pending")],
        id="calling_the_heavy_lane_done_is_a_verdict_a_time_to_come_is_not",
    ),
    pytest.param(
        "For people who just want the CLI tools, the supported route is to fetch the store"
        " paths straight out of our Attic cache.\n",
        [(3, "caches-are-acceleration-not-publication")],
        id="the_supported_route_to_fetch_builds_is_distribution",
    ),
    pytest.param(
        "The clearest self-hosted proof for the source repo is still the branch-gated"
        " `test-arc-runners.yml` run on `feat/arc-runners`.\n\n"
        "| exit signal | count | note |\n|---|---|---|\n"
        "| heavy canaries completed under load | 0 | #67 still open |\n",
        [],
        id="the_notes_own_proof_wording_is_not_a_verdict",
    ),
    pytest.param(
        "Persistent workspaces of the shared template are opt-in: a caller with a dedicated"
        " lane can ask for `clean: false`.\n\n"
        "The shared template keeps a persistent workspace with `clean: false`.\n",
        [(5, "template-no-clean-false")],
        id="an_opt_in_persistent_workspace_is_off_the_normal_path",
    ),
    pytest.param(
        "Things we are *not* doing this sprint \u2014\n\n"
        "- FlakeHub as the way Nix gets installed on self-hosted runners\n\n"
        "Things we are doing this sprint \u2014\n\n"
        "- FlakeHub as the way Nix gets installed on self-hosted runners\n",
        [(9, "flakehub-publication-only")],
        id="a_lead_in_ending_in_a_dash_frames_its_list",
    ),
    pytest.param(
        "| thing | what it is for us | what it is not |\n|---|---|---|\n"
        "| FlakeHub | publication and discovery | runtime, cache, installer |\n",
        [],
        id="a_column_headed_what_it_is_not_is_negated",
    ),
    pytest.param(
        "History, since old threads still say otherwise: until March the nix lane had"
        " `https://cache.flakehub.com` in its substituters.\n\n"
        "Plenty of organisations use FlakeHub Cache as their substituter. We don't.\n\n"
        "Their docs pitch FlakeHub Cache as a binary cache for CI runners.\n\n"
        "Most of our lanes use FlakeHub Cache as the substituter.\n",
        [(9, "flakehub-publication-only")],
        id="history_and_other_parties_practice_are_told_not_stated",
    ),
    pytest.param(
        "- VPA / in-place resize for runner pods \u2014 parked, same reason.\n"
        "- In-place resize for runner pods \u2014 shipping next sprint.\n",
        [(4, "nongoal-vertical-pod-resizing")],
        id="an_item_that_ends_parked_is_not_promised",
    ),
    pytest.param(
        "**Live ARC inventory (honey)** \u2014 complete list of registered scale sets:\n\n"
        "- `tinyland-docker`\n- `tinyland-dind`\n- `tinyland-nix`\n- `personal-nix`\n",
        [(3, "arc-lane-taxonomy")],
        id="a_complete_list_lead_in_over_the_list_itself",
    ),
    pytest.param(
        "Every ARC scale set live on honey (this is the complete list):\n\n"
        "| Scale set | Owner |\n|---|---|\n| `tinyland-docker` | GF |\n"
        "| `tinyland-nix` | GF |\n| `tinyland-nix-heavy` | GF |\n",
        [(3, "arc-lane-taxonomy")],
        id="a_complete_list_lead_in_over_a_table",
    ),
    pytest.param(
        "Full list of what's live on honey (rb ran `kubectl get autoscalingrunnersets -A` this"
        " morning): tinyland-docker, tinyland-dind, tinyland-nix, tinyland-nix-heavy,"
        " personal-nix, personal-docker.\n\n"
        "Full list of what we ran in March: tinyland-docker, tinyland-dind, tinyland-nix.\n",
        [(3, "arc-lane-taxonomy")],
        id="an_aside_on_how_a_list_was_taken_is_not_its_tense",
    ),
    pytest.param(
        "## FlakeHub Cache\n\nWe turned down the substituter half of that request.\n",
        [],
        id="a_bare_mechanism_noun_says_nothing_of_a_heading_subject",
    ),
    pytest.param(
        "FlakeHub is where released flakes get published.\n\n"
        'Sample: `nix build --option extra-substituters "$ATTIC_SERVER/main"`\n',
        [],
        id="a_bare_mechanism_noun_says_nothing_of_the_previous_subject",
    ),
    pytest.param(
        "FlakeHub Cache is the extra substituter on tinyland-nix.\n",
        [(3, "flakehub-publication-only")],
        id="a_bare_mechanism_noun_still_says_it_of_a_named_subject",
    ),
    pytest.param(
        "## The shared JS/Bazel template\n\nPersistent workspace and `clean: false` are agenda "
        "item three.\n",
        [],
        id="the_setting_alone_says_nothing_of_a_template_the_heading_names",
    ),
    pytest.param(
        "The `bisect.yml` helper keeps `clean: false` (manual only, outside the template path).\n",
        [],
        id="a_setting_kept_off_the_normal_path_is_consistent",
    ),
    pytest.param(
        "Only in the persistent mode does the shared template pass `clean: false` to checkout.\n",
        [],
        id="a_setting_kept_to_an_opt_in_mode_is_consistent",
    ),
    pytest.param(
        "The shared template keeps `clean: false` on checkout; `isolated` is opt-in.\n",
        [(3, "template-no-clean-false")],
        id="the_other_setting_being_opt_in_does_not_excuse_it",
    ),
    pytest.param(
        "The Nix lanes did have FlakeHub Cache as a substituter for a couple of weeks in "
        "February.\n",
        [],
        id="a_state_told_in_the_past_within_an_earlier_span_is_history",
    ),
    pytest.param(
        "Earlier releases of the shared template checked out with `clean: false`.\n",
        [],
        id="what_earlier_releases_did_is_history",
    ),
    pytest.param(
        "The Nix lanes have FlakeHub Cache as a substituter, as they did back in February.\n",
        [(3, "flakehub-publication-only")],
        id="a_present_state_likened_to_the_past_still_holds",
    ),
    pytest.param(
        "The `tinyland-nix` runners use FlakeHub Cache as an extra substituter. We ripped "
        "that out last week.\n",
        [],
        id="a_sentence_undone_by_the_next_one",
    ),
    pytest.param(
        "Our runner env has ATTIC_SERVER=http://attic-api.nix-cache.svc:8080 set.\n\n"
        "That is the stale one; use the cluster-local name.\n",
        [],
        id="a_value_called_the_stale_one",
    ),
    pytest.param(
        "Here is the current build job, the one this change replaces:\n\n```yaml\njobs:\n"
        "  build:\n    runs-on: tinyland-docker\n    steps:\n      - uses: actions/checkout@v4\n"
        "        with:\n          clean: false\n```\n",
        [],
        id="a_snippet_led_in_as_what_a_change_replaces",
    ),
    pytest.param(
        "| Keep | Drop |\n|---|---|\n| Attic for the lanes | FlakeHub Cache as a substituter |\n",
        [],
        id="a_retros_drop_column_is_what_stops",
    ),
    pytest.param(
        "**Scope:** honey and sting · **Owner:** @ana · **Backup:** @ben\n",
        [],
        id="a_backup_field_names_a_person_not_a_fallback",
    ),
    pytest.param(
        "**Option one: installer.** Make the FlakeHub installer the way the self-hosted "
        "lanes get Nix.\n\n---\n\n> **Option one: installer.**\n\n"
        "-1 from me, that is on the non-goals list.\n",
        [],
        id="a_paragraph_a_later_reply_quotes_and_votes_down",
    ),
    pytest.param(
        "**Option one: installer.** Make the FlakeHub installer the way the self-hosted "
        "lanes get Nix.\n\n---\n\n> **Option one: installer.**\n\n+1, ship it.\n",
        [(3, "flakehub-publication-only")],
        id="a_paragraph_a_later_reply_quotes_and_backs_still_stands",
    ),
    pytest.param(
        "> The hosted image already has Chrome, so the jobs can skip the install step.\n\n"
        "(from the standup) -- please don't. That is exactly the folklore we are removing.\n",
        [],
        id="a_reply_after_an_aside_takes_the_quote_back",
    ),
    pytest.param(
        "Passing this on, it is what I read on day one.\n\n"
        "> ---------- Forwarded message ---------\n> From: Kim\n>\n"
        "> The nix lanes have Nix baked into the image, so go straight to `nix build`.\n",
        [(8, "nix-bootstrap-workflow-owned")],
        id="a_forwarded_message_is_passed_on_as_said",
    ),
    pytest.param(
        "> On Mon, Apr 20, 2026, Kim wrote:\n>\n"
        "> The nix lanes have Nix baked into the image, so go straight to `nix build`.\n\n"
        "Thanks, noted.\n",
        [],
        id="a_message_quoted_in_a_reply_is_its_senders_words",
    ),
    pytest.param(
        "| job | runner | result |\n|---|---|---|\n| e2e | ubuntu-latest | ❌ not started |\n",
        [],
        id="a_runs_record_says_where_jobs_ran_not_where_they_should",
    ),
    pytest.param(
        "For anyone building a second heavy lane later, this is the placement block the heavy "
        "lane is running with on honey right now:\n",
        [],
        id="honey_is_the_cluster_the_heavy_lane_is_live_on",
    ),
    pytest.param(
        "The heavy lane shares the default node pool with everything else.\n",
        [(3, "heavy-lane-envelope")],
        id="the_heavy_lane_in_the_default_pool_is_wrong",
    ),
    pytest.param(
        "Attic is an accelerator, publication is a separate thing.\n",
        [],
        id="a_comma_splice_starts_its_own_clause",
    ),
    pytest.param(
        "Attic is our release channel for downstream consumers.\n",
        [(3, "caches-are-acceleration-not-publication")],
        id="a_cache_as_the_release_channel",
    ),
    pytest.param(
        "Runners use attic + bazel-cache for speed, FlakeHub only sees the finished flake.\n",
        [],
        id="what_the_runners_use_is_named_after_the_verb",
    ),
    pytest.param(
        "The runners use Attic and FlakeHub Cache as substituters.\n",
        [(3, "flakehub-publication-only")],
        id="a_list_after_the_verb_holds_each_name",
    ),
    pytest.param(
        "For history: the lab cluster did use FlakeHub Cache as a substituter for the runners "
        "until mid-March, that's gone since the attic move.\n",
        [],
        id="a_clause_spliced_on_says_it_is_gone",
    ),
    pytest.param(
        "4. Which of these is **not** a live ARC lane on `honey`?\n"
        "   (a) `tinyland-dind` (b) `linux-xr-docker` (c) `tinyland-nix-gpu`\n",
        [],
        id="a_quizs_options_are_choices",
    ),
    pytest.param(
        "The live lanes are `tinyland-dind`, `linux-xr-docker` and `tinyland-nix-gpu`.\n",
        [(3, "arc-lane-taxonomy")],
        id="a_lane_the_graph_does_not_have",
    ),
    pytest.param(
        "`e2e-beta` is still pinned to `ubuntu-latest`; that's the hosted escape hatch being "
        "closed, not a pattern to copy.\n",
        [],
        id="an_escape_hatch_being_closed",
    ),
    pytest.param(
        "If you really need a persistent workspace, set `clean: false` in your own workflow, "
        "behind a `workflow_dispatch` input.\n",
        [],
        id="clean_false_behind_an_input_in_your_own_workflow",
    ),
    pytest.param(
        "- [ ] If you need `persistent`, that's the only case where the template's checkout "
        "runs with `clean: false`.\n",
        [],
        id="clean_false_in_the_only_case_named",
    ),
    pytest.param(
        "The shared template keeps `clean: false` on its checkout; set it there too.\n",
        [(3, "template-no-clean-false")],
        id="clean_false_on_the_templates_checkout",
    ),
    pytest.param(
        "FlakeHub is where we publish clean derivations so other people can find them, after "
        "the build has bootstrapped Nix on its own.\n",
        [],
        id="publication_after_the_build_bootstrapped_nix",
    ),
    pytest.param(
        "As long as beta validation runs on hosted runners, billing can masquerade as platform "
        "instability.\n",
        [],
        id="as_long_as_is_a_condition",
    ),
    pytest.param(
        "| ID | Observed | Expected | Remediation |\n|---|---|---|---|\n"
        "| F-08 | the release notes call Attic where consumers download the package | "
        "Attic is acceleration only | Reword |\n",
        [],
        id="an_audit_findings_observed_column",
    ),
    pytest.param(
        "| Finding | Title | Status |\n|---|---|---|\n"
        "| IA-105 | Shared template relies on `clean: false` | In remediation |\n",
        [],
        id="a_findings_trackers_titles",
    ),
    pytest.param(
        "A lot of Determinate's customers run FlakeHub Cache as the primary substituter in "
        "their CI.\n",
        [],
        id="a_vendors_customers",
    ),
    pytest.param(
        "## FlakeHub scope\n\n- **In:** publication and discovery of clean derivations.\n"
        "- **Out:** runtime, runner substitution, and the Nix install path on self-hosted "
        "runners.\n",
        [],
        id="a_scope_lists_out_items",
    ),
    pytest.param(
        "Single heavy node: heavy jobs queue if `sting` is down.\n",
        [],
        id="jobs_that_wait_have_no_fallback",
    ),
    pytest.param(
        "When a runner gets close to its memory limit the controller patches the pod's limit "
        "upward in place.\n",
        [(3, "arc-scales-horizontally")],
        id="a_condition_without_a_comma_then_the_main_clause",
    ),
    pytest.param(
        "ARC could resize the pod, but it does not.\n",
        [],
        id="an_elliptical_denial_after_the_clause",
    ),
    pytest.param(
        "- **Cold-cache tip:** drop `DeterminateSystems/flakehub-cache-action` into your "
        "`tinyland-nix` jobs and the runners will grab prebuilt deps from FlakeHub before they "
        "ever ask Attic.\n",
        [(3, "flakehub-publication-only")],
        id="runners_that_grab_deps_from_flakehub",
    ),
    pytest.param(
        "| Signal | State | Note |\n|---|---|---|\n"
        "| Heavy lane proven under load | ⏳ | canary is up, no completed heavy run yet |\n",
        [],
        id="a_trackers_row_still_waiting_on_the_run",
    ),
    pytest.param(
        "| FlakeHub in GF is… | FlakeHub in GF is not… |\n|---|---|\n"
        "| publication of clean derivations | a substituter or binary cache for the runners |\n",
        [],
        id="a_column_headed_is_not",
    ),
    pytest.param(
        "Determinate's docs pitch FlakeHub Cache roughly as:\n\n"
        "> a binary cache your CI pulls from as a substituter.\n",
        [],
        id="a_vendors_pitch_quoted",
    ),
    pytest.param(
        "The new input publishes store paths so FlakeHub Cache subscribers can substitute them "
        "instead of building.\n",
        [],
        id="a_products_subscribers",
    ),
    pytest.param(
        "| job | runs-on (resolved) | status | time |\n|---|---|---|---|\n"
        "| e2e-beta | `ubuntu-latest` | not started | — |\n",
        [],
        id="a_job_summary_records_where_jobs_ran",
    ),
    pytest.param(
        "## Heavy canary memory\n\n| metric | value |\n|---|---:|\n"
        "| `tinyland-nix-heavy` cgroup `memory.peak` | 9.81 GiB |\n",
        [],
        id="a_measured_peak_is_no_limit",
    ),
    pytest.param(
        "Routes the release build (the thing that keeps getting OOMKilled at 8Gi on "
        "`tinyland-nix`) to the new `tinyland-nix-heavy` lane.\n",
        [],
        id="a_kill_at_a_size_is_where_it_ran",
    ),
    pytest.param(
        "Attic speeds up our builds, FlakeHub publishes finished ones.\n",
        [],
        id="a_spliced_clause_after_the_match_has_its_own_subject",
    ),
    pytest.param(
        ": Short answer: no. FlakeHub isn't our\n"
        ": answer to Nix installation on self-hosted runners; the workflow owns the install.\n",
        [],
        id="a_talk_pages_indent_colons_are_layout",
    ),
    pytest.param(
        "Runners are ARC scale sets on honey, plus one extra compute node, `sting`, that is "
        "held back for the heavy Nix lane.\n",
        [],
        id="a_node_held_back_for_one_lane",
    ),
    pytest.param(
        "## FlakeHub\n\nFlakeHub is for:\n\n1. **post-bootstrap** clean-derivation publication "
        "– only things built on a lane that already\n   installed Nix itself and passed its "
        "checks\n",
        [],
        id="a_lane_that_installed_nix_itself",
    ),
    pytest.param(
        "## :( Didn't go well\n\n"
        "- the heavy lane runs on honey right next to everything else (+3) — MK\n",
        [(5, "heavy-lane-envelope")],
        id="a_retros_didnt_go_well_items_happened",
    ),
    pytest.param(
        "## What we did not ship\n\n- the heavy lane runs on honey right next to everything else\n",
        [],
        id="a_list_of_what_was_not_shipped",
    ),
    pytest.param(
        "- heavy lane is done and proven, yt-text#67 went green on it (+3) — DA\n",
        [(3, "heavy-lane-proof-pending")],
        id="the_heavy_lane_called_done_and_proven",
    ),
    pytest.param(
        "Closing #210: the `feat/arc-runners` run already exercised all three lanes, good enough "
        "as the default-branch proof.\n",
        [(3, "default-branch-proof-pending")],
        id="a_feature_branch_run_good_enough_as_proof",
    ),
    pytest.param(
        "When a runner pod gets near its memory limit, the scale set controller replaces it with "
        "a pod that has a larger request.\n",
        [(3, "arc-scales-horizontally")],
        id="a_pod_replaced_by_one_with_a_larger_request",
    ),
    pytest.param(
        '- fault-scripts §0 says sting is "just another worker in the regular pool". It\'s not; '
        "it's tainted.\n",
        [],
        id="its_not_then_what_holds",
    ),
    pytest.param(
        "- Plan step 3 names `attic-api.nix-cache.svc:8080` as the Attic endpoint. Stale; the "
        "baseline lane uses the cluster-local one.\n",
        [],
        id="a_sentence_opening_with_its_verdict",
    ),
    pytest.param(
        "The current template checks out with `clean: false`. That's exactly what V2 is "
        "supposed to get rid of.\n",
        [],
        id="what_the_next_version_gets_rid_of",
    ),
    pytest.param(
        "1. the FlakeHub substituter thing — I'll revert it.\n\n"
        "- [ ] Priya: revert the FlakeHub substituter change on my sandbox lane\n",
        [],
        id="a_change_about_to_be_reverted",
    ),
    pytest.param(
        "```yaml\n- uses: DeterminateSystems/flakehub-cache-action@main   # nope, not our cache\n"
        "```\n",
        [],
        id="a_code_line_its_comment_rejects",
    ),
    pytest.param(
        "**H1.** A Rust/Nix build whose peak RSS is ~11–13Gi, scheduled on "
        "`tinyland-nix-heavy`, finishes without an OOMKill.\n",
        [],
        id="a_peak_range_is_no_limit",
    ),
    pytest.param(
        "> The heavy runner pods sit on honey next to the ARC listeners.\n",
        [(3, "heavy-lane-envelope")],
        id="heavy_pods_beside_the_listeners",
    ),
    pytest.param(
        "The FlakeHub RFC and wording cleanup are tracked in #214.\n",
        [(3, "flakehub-rfc-owner")],
        id="the_wording_cleanup_is_work_not_a_phrasing",
    ),
    pytest.param(
        "```bash\n# taints on sting (should show compute-expansion:NoSchedule)\n"
        "kubectl describe node sting | grep -A2 Taints\n```\n",
        [],
        id="the_short_form_of_the_current_taint",
    ),
    pytest.param(
        "```bash\n# taints on sting (should show dedicated.tinyland.dev/heavy-nix:NoSchedule)\n"
        "kubectl describe node sting | grep -A2 Taints\n```\n",
        [(4, "sting-placement-values")],
        id="another_taint_key",
    ),
    pytest.param(
        "- VPA / in-place resizing for runner pods keeps coming up. It's a non-goal in the "
        "04-16 note.\n",
        [],
        id="the_next_sentence_calls_it_a_non_goal",
    ),
    pytest.param(
        "@jsullivan: The source says ARC retries an OOM-killed job on a pod with more memory.\n",
        [],
        id="what_the_source_text_says",
    ),
    pytest.param(
        '- We asked for 32Gi on the heavy lane "just in case". Platform said 16Gi.\n',
        [],
        id="a_size_someone_asked_for",
    ),
    pytest.param(
        "| run | lane | peak RSS |\n|---|---|---|\n| canary #2 | tinyland-nix-heavy | 7.4Gi |\n",
        [],
        id="a_peak_column_measures",
    ),
    pytest.param(
        "**#5 [SRC] L59: fallback to `ubuntu-latest`**\n\nIs this right?\n",
        [],
        id="a_review_items_title_cites_a_line",
    ),
    pytest.param(
        "Why not FlakeHub Cache on the runners? I thought about it, but the brief puts "
        "FlakeHub on the publication side, so the runners only talk to Attic.\n",
        [],
        id="what_the_runners_talk_to_is_named_after_the_verb",
    ),
    pytest.param(
        "## Part 2: shared JS/Bazel template V2\n\n"
        "| # | criterion | 0 looks like | 3 looks like |\n|---|---|---|---|\n"
        "| 2.3 | Normal path | `clean: false` on the default checkout | fresh workspace |\n",
        [],
        id="a_rubrics_zero_score_column",
    ),
    pytest.param(
        "> As an attacker who can edit a workflow in a dogfood repo, I want a job to run\n"
        "> on `ubuntu-latest`, so that it's outside our egress proxy and log shipping.\n",
        [],
        id="an_attackers_story",
    ),
    pytest.param(
        "Short version: the publish job still checks out with `clean: false` in the default "
        "path, needs to go.\n",
        [],
        id="a_verdict_spliced_on_after",
    ),
    pytest.param(
        "## FlakeHub narrow RFC\n\nScope as it currently reads: post-bootstrap, clean-derivation "
        "publication and\ndiscovery. Explicitly excluded: runtime, substitution on runners, "
        "install path.\n",
        [],
        id="an_excluded_lead",
    ),
    pytest.param(
        "If we mirror publications into Attic people will start treating Attic as a "
        "distribution channel.\n",
        [],
        id="a_misuse_foreseen",
    ),
    pytest.param(
        "| Field | Value |\n|---|---|\n"
        "| **Related** | #210, #214 (heavy lane), #215 (FlakeHub cleanup / narrow RFC) |\n",
        [],
        id="the_owner_issue_among_others_in_one_cell",
    ),
    pytest.param(
        "I'd resist turning FlakeHub publication on for every consumer yet.\n",
        [],
        id="a_proposal_the_writer_resists",
    ),
    pytest.param(
        "- README says Nix is on PATH on both Nix lanes. Same `lab#73` mistake as Mei.\n",
        [],
        id="what_a_readme_says_reported",
    ),
    pytest.param(
        "The current template leans on `clean: false` to keep the workspace between runs; V2 "
        "shouldn't need that on its normal path.\n",
        [],
        id="what_the_next_version_drops",
    ),
    pytest.param(
        "We're counting that run as the default-branch proof, so the P0 item is closed.\n",
        [(3, "default-branch-proof-pending")],
        id="a_run_counted_as_the_default_branch_proof",
    ),
    pytest.param(
        "- A couple of peers run FlakeHub Cache as their primary substituter on GitHub-hosted "
        "runners.\n",
        [],
        id="peers_ci",
    ),
    pytest.param(
        "| Cache | Role | Verdict |\n|---|---|---|\n"
        "| FlakeHub Cache | substituter on runners (Jan–Mar) | 👎 removed; wrong boundary |\n",
        [],
        id="a_status_cell_opening_with_an_emoji",
    ),
    pytest.param(
        "# Hosted runner exceptions\n\n"
        "GF's primary CI path is self-hosted: the `tinyland-*` lanes on `honey`.\n"
        "GitHub-hosted runners are allowed only as an *explicit, named* exception.\n",
        [],
        id="the_primary_path_named_is_self_hosted",
    ),
    pytest.param(
        "On GloriousFlywheel's infra we literally did use the Bazel remote cache as the artifact "
        "store and consumers pulled from it; that was 2024 and it's gone.\n",
        [],
        id="a_clause_dated_long_gone_after_a_semicolon",
    ),
    pytest.param(
        "They were describing the setup from before March. FlakeHub Cache was taken out\n"
        "of the runner substituters; Attic is the runner cache now.\n",
        [],
        id="taken_out_of_the_substituters",
    ),
    pytest.param(
        "It kept being quoted back at us as proof that the runners use FlakeHub Cache; they "
        "don't.\n",
        [],
        id="they_dont_after_a_semicolon",
    ),
    pytest.param(
        "- The FlakeHub Cache substituter in the baked `nix.conf` was supposed to go at the "
        "same time; it didn't (cleaned up in 2026.04.3).\n",
        [],
        id="a_substituter_that_was_due_to_go",
    ),
    pytest.param(
        "Canary for the heavy lane, see #67. Not a proof yet: the lane only counts as proven "
        "once this completes under load.\n",
        [],
        id="proven_once_it_completes_is_a_condition",
    ),
    pytest.param(
        "I dropped it because the template's standard checkout runs with `clean: false` "
        "and reuses the warm workspace.",
        [(3, "template-no-clean-false")],
        id="a_reason_after_a_removal_is_asserted",
    ),
    pytest.param(
        "Bazel remote cache took our cold build from nine minutes to three. But it's a "
        "cache. We still publish the package to the registry the normal way.",
        [],
        id="what_the_speakers_publish_is_not_the_cache_before",
    ),
    pytest.param(
        "**Priya:** Before the heavy lane existed, the answer was to bump the memory on "
        "tinyland-nix in the tfvars and redeploy.",
        [],
        id="before_a_lane_existed_is_its_past",
    ),
    pytest.param(
        "The old template kept the checkout around between runs with `clean: false`.",
        [],
        id="what_the_old_template_did",
    ),
    pytest.param(
        "**Priya:** ARC gives you more runners.\n\n**Dom:** And resizing runner pods "
        "vertically on the fly is...",
        [],
        id="a_sentence_left_unfinished",
    ),
    pytest.param(
        "At Brightmoor every CI job had FlakeHub Cache as a substituter.",
        [],
        id="another_orgs_ci",
    ),
    pytest.param(
        "Anything that hints FlakeHub is part of the runner contract gets cleaned out of "
        "builder-facing docs.",
        [],
        id="wording_that_hints_is_reported",
    ),
    pytest.param(
        "That's the direction this sprint: runner pods will pull Nix off FlakeHub when they boot.",
        [(3, "nongoal-flakehub-installs-nix")],
        id="pulled_off_a_source_is_not_a_removal",
    ),
    pytest.param(
        "So with the heavy lane you've got eight cores and thirty-two gigs of memory.",
        [(3, "heavy-lane-envelope")],
        id="a_spelled_out_compound_number",
    ),
    pytest.param(
        "For the big Rust closures the plan is to let FlakeHub build them on its side, "
        "so those jobs stop needing a big runner at all.",
        [(3, "nongoal-flakehub-memory-heavy")],
        id="flakehub_building_heavy_closures",
    ),
    pytest.param(
        "Bump memory on the scale set in place and ARC will widen the running pod, no restart.",
        [(3, "nongoal-vertical-pod-resizing")],
        id="widening_the_running_pod",
    ),
    pytest.param(
        "Deps come down from FlakeHub's cache, which the GF runners are already wired into.",
        [(3, "flakehub-publication-only")],
        id="runners_wired_into_a_cache",
    ),
    pytest.param(
        '**"Will GitHub-hosted runners go away completely?"**\nNo. Docs, release, image '
        "and publication jobs can stay hosted as named exceptions. What goes away is "
        "hosted as the quiet default for proof and validation.",
        [],
        id="what_goes_away_is_removed",
    ),
    pytest.param(
        "Using `ubuntu-latest` for a FlakeHub publish is fine, that's one of the named "
        "exceptions. For regular CI/test jobs use the repo's self-hosted runner-label "
        "variable instead.",
        [],
        id="a_fronted_scope_then_a_command",
    ),
    pytest.param(
        "The shared `js-bazel-package.yml` template still uses `clean: false` on "
        "checkout today. V2 (#213) removes that from the normal path.",
        [],
        id="todays_debt_the_next_version_removes",
    ),
    pytest.param(
        "Your workflow overrides `ATTIC_SERVER` with "
        "`http://attic-api.nix-cache.svc:8080`. That's the old pre-audit address.",
        [],
        id="the_next_sentence_calls_the_address_old",
    ),
    pytest.param(
        "If Attic itself is down, jobs on the nix lanes don't stall for long: they fall "
        "back to FlakeHub Cache for substitutes.",
        [(3, "flakehub-publication-only")],
        id="falling_back_to_a_cache_for_substitutes",
    ),
    pytest.param(
        "`main` in the source repo already runs the platform proof across "
        "tinyland-docker, tinyland-nix and tinyland-nix-heavy on every push.",
        [(3, "default-branch-proof-pending")],
        id="main_already_runs_the_proof",
    ),
    pytest.param(
        "Determinate Systems' own documentation describes FlakeHub Cache as a binary "
        "cache you add to `substituters`.",
        [],
        id="what_vendor_docs_describe",
    ),
    pytest.param(
        "Two habits spread from it:\n\n- hosted fallback (the template ran on "
        "`ubuntu-latest` unless told otherwise)",
        [],
        id="a_list_of_bad_habits",
    ),
    pytest.param(
        "No. If honey is down, jobs wait in the queue. We'd rather see a red queue than "
        "have the proof quietly run on GitHub-hosted runners.",
        [],
        id="what_is_preferred_against",
    ),
    pytest.param(
        "After an OOMKilled exit the ARC controller gives that scale set's next pod a "
        "bit more memory.",
        [(3, "arc-scales-horizontally")],
        id="more_memory_for_the_next_pod",
    ),
    pytest.param(
        "If a self-hosted job sits unclaimed for more than 15 minutes, the queue-guard "
        "bot re-dispatches it onto `ubuntu-latest` for you.",
        [(3, "hosted-runners-explicit-exception")],
        id="an_unclaimed_job_redispatched_to_hosted",
    ),
    pytest.param(
        "This workflow is the one that proved the heavy lane under real load.",
        [(3, "heavy-lane-proof-pending")],
        id="proving_the_heavy_lane_under_load",
    ),
    pytest.param(
        "### Can I get Nix onto `tinyland-nix` through FlakeHub?\n\nYou install Nix in the "
        "workflow with the `nix-job` composite action.",
        [],
        id="the_reader_installs_nix_not_the_heading",
    ),
    pytest.param(
        "Anything else (`tinyland-gpu`, `tinyland-nix-xl`) waits forever because there's "
        "no scale set for it.",
        [],
        id="names_with_no_scale_set",
    ),
    pytest.param(
        "- 01:30 the board, top to bottom\n- 15:10 lanes on honey\n- 21:25 drift cleanup",
        [],
        id="a_timestamp_before_lanes_is_no_count",
    ),
    pytest.param(
        "- merge #226 (needs a review on the heavy job)\n"
        "- first push-triggered run on main, all three lanes green",
        [],
        id="how_a_run_went_on_its_lanes_is_no_count",
    ),
    pytest.param(
        '**"Can my job land on sting?"**\nOnly if its lane tolerates the '
        "`compute-expansion` taint, and today only `tinyland-nix-heavy` does. Every "
        "other lane stays in the default pool.",
        [],
        id="every_other_lane_is_not_the_one_named",
    ),
    pytest.param(
        "- current V1 (`js-bazel-package.yml`) still has `clean: false` on the plain "
        "checkout — that's the debt V2 is for.",
        [],
        id="the_debt_the_next_version_is_for",
    ),
    pytest.param(
        "- felix: \"yes, GF main is already self-dogfood proven, there's a green "
        "`test-arc-runners` run on `feat/arc-runners`, that's the proof\"",
        [(3, "default-branch-proof-pending")],
        id="a_participants_quoted_words_are_held",
    ),
    pytest.param(
        '- old `runners/README.md`: *"tinyland-nix runners pull dependencies from '
        "FlakeHub Cache.\"*\n  → Not true and never should've been written.",
        [],
        id="a_quoted_old_file_is_not_a_participant",
    ),
    pytest.param(
        "The Bazel cache is there to make builds faster. It's not where packages come from "
        "— packages are published to the registry by the release job.",
        [],
        id="a_channel_the_pack_does_not_know_is_not_the_earlier_subject",
    ),
    pytest.param(
        "Attic is our binary cache. Tagged closures are published through it as well.",
        [(3, "caches-are-acceleration-not-publication")],
        id="a_channel_named_by_a_pronoun_is_the_earlier_subject",
    ),
    pytest.param(
        "Someone skimming the RFC could come away thinking the lanes use FlakeHub Cache at "
        "runtime.",
        [],
        id="what_a_reader_could_come_away_thinking_is_a_misreading",
    ),
    pytest.param(
        "Things we assumed in the first week: ARC grows a runner pod when a job needs more "
        "memory, FlakeHub installs Nix.",
        [],
        id="what_the_writers_assumed_is_told_as_wrong",
    ),
    pytest.param(
        "Release builds moved to `tinyland-nix-heavy` after they ran out of memory at 14Gi. "
        "Debug builds (no LTO, about 3Gi) stay on `tinyland-nix`.",
        [],
        id="debug_builds_beside_the_moved_release_build_are_not_heavy",
    ),
    pytest.param(
        "The runner pods warm their toolchain closure by pulling it from FlakeHub Cache "
        "before the first step runs.",
        [(3, "flakehub-publication-only")],
        id="warming_pods_by_pulling_from_flakehub_is_runtime_use",
    ),
    pytest.param(
        "Theory: the lane image already has Nix baked in, so the installer step does nothing.",
        [],
        id="a_theory_to_test_is_not_stated",
    ),
    pytest.param(
        "The canary run went green on the heavy lane, so the lane counts as proven under "
        "real load.\n*[RK: careful — one full heavy run still has to finish before we call "
        "it proven. Please reword.]*",
        [],
        id="a_reviewers_caution_takes_back_the_sentence",
    ),
    pytest.param(
        "Our docs started talking about FlakeHub as if it were part of how GF runners get "
        "Nix, or get cache hits.",
        [],
        id="what_is_talked_about_as_if_it_were",
    ),
    pytest.param(
        "- Not coming: FlakeHub as a way to get Nix onto runners. Your workflow installs it.",
        [],
        id="a_not_coming_lead_declines_what_it_names",
    ),
    pytest.param(
        "CI runs the deploy job on `ubuntu-latest`. That's on purpose: the vendor's CLI needs "
        "it, and the job is named as an exception.",
        [],
        id="the_next_sentence_calls_a_hosted_job_deliberate",
    ),
    pytest.param(
        "So yes, our CI runs on `ubuntu-latest` today. That's written down as an exception, "
        "it is not a fallback.",
        [],
        id="the_next_sentence_writes_the_hosted_job_down_as_an_exception",
    ),
    pytest.param(
        "So yes, our CI runs on `ubuntu-latest` today. That's a problem we have to fix.",
        [(3, "hosted-runners-explicit-exception")],
        id="a_next_sentence_without_an_excuse_keeps_the_finding",
    ),
    pytest.param(
        "The build job checks out with `clean: false`. Opt-in only, for debugging a warm "
        "output base.",
        [],
        id="an_opt_in_fragment_after_the_setting_excuses_it",
    ),
    pytest.param(
        "Exists because the old (V1) shared template checked out with `clean: false`, so "
        "stale bazel-out leaked between runs.",
        [],
        id="what_the_old_template_did_is_its_past",
    ),
    pytest.param(
        "Determinate's own docs describe FlakeHub Cache as something you can enable from "
        "any CI provider.",
        [],
        id="what_a_vendors_docs_describe_is_theirs",
    ),
    pytest.param(
        "On tinyland-nix, runner pods swell to the job's peak automatically.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="pods_that_swell_to_a_jobs_peak_resize",
    ),
    pytest.param(
        "We'll start on dynamic vertical sizing for ARC runner pods next month.",
        [(3, "nongoal-vertical-pod-resizing")],
        id="vertical_sizing_is_vertical_resizing",
    ),
    pytest.param(
        "If CI_RUNNER_LABEL isn't set, the script just prints `ubuntu-latest`.",
        [(3, "hosted-runners-explicit-exception")],
        id="a_script_that_prints_the_hosted_label_when_none_is_set",
    ),
    pytest.param(
        "`runs-on` resolves to `ubuntu-latest` only when the caller sets `runner-intent: "
        "hosted`, and the first step fails the job if `hosted-reason` is empty.",
        [],
        id="a_hosted_label_the_caller_asks_for_with_a_reason",
    ),
    pytest.param(
        "The tinyland-nix runner images come Nix-ready.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="images_that_come_nix_ready_have_nix",
    ),
    pytest.param(
        "FlakeHub can lay Nix down on the runner in one line.",
        [(3, "flakehub-publication-only")],
        id="laying_nix_down_on_the_runner_installs_it",
    ),
    pytest.param(
        "| Rec | What | Issue |\n|---|---|---|\n"
        "| R6 | Document FlakeHub as the runtime source of flake inputs for runner jobs | #215 |",
        [(5, "flakehub-publication-only")],
        id="the_runtime_source_of_inputs_is_runtime_use",
    ),
    pytest.param(
        "Since sting joined the cluster our regular tinyland-nix jobs get spread across sting too.",
        [(3, "sting-outside-default-surface")],
        id="ordinary_jobs_spread_across_a_node_make_it_default_surface",
    ),
    pytest.param(
        "Heavy jobs are scheduled onto sting by its nodeSelector.",
        [],
        id="heavy_jobs_scheduled_onto_their_node_are_placed",
    ),
    pytest.param(
        "Outsider Q: at my job we do use FlakeHub Cache on our runners and it's been fine.",
        [],
        id="what_is_done_at_the_writers_job_is_elsewhere",
    ),
    pytest.param(
        "honestly, GitHub-hosted runners as a fallback are fine for a homelab.",
        [],
        id="a_homelabs_fallback_is_elsewhere",
    ),
    pytest.param(
        "At work (not GF, a big SaaS) we run VPA and pods get resized on demand.",
        [],
        id="work_that_is_not_the_platform_is_elsewhere",
    ),
    pytest.param(
        "At my job we keep heavy Rust builds on tinyland-nix, and ARC grows the pod when they "
        "need memory.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="the_writers_job_on_the_platforms_lanes_is_the_platform",
    ),
    pytest.param(
        "ARC does not make a pod bigger when a build thrashes. It adds more runners, same size.",
        [],
        id="more_runners_of_the_same_size_is_not_resizing",
    ),
    pytest.param(
        "In vanilla ARC there is no in-place vertical resize of runner pods. Upstream k8s has "
        "in-place pod resize as a feature, but ARC doesn't drive it.",
        [],
        id="what_upstream_kubernetes_has_is_its_own",
    ),
    pytest.param(
        "I was also using our attic as the place downstream teams fetched our CLI from. "
        "guessing that's a no?\n\n"
        "> **@ops@example.social**: yep that's a no. put it on a GH release.",
        [],
        id="a_speakers_yep_thats_a_no_answers_no",
    ),
    pytest.param(
        "FlakeHub keeps coming up as the answer to problems it was never designed to solve: "
        "installing Nix, speeding up builds.",
        [],
        id="what_it_was_never_designed_for_is_declined",
    ),
    pytest.param(
        "The publish job pushes the flake to FlakeHub on tags.\n"
        "Installs Nix itself; FlakeHub here is the publish target, nothing else.",
        [],
        id="a_job_that_installs_nix_itself",
    ),
    pytest.param(
        "- Self-hosted Nix lane ≠ Nix preinstalled. Install it in the workflow, every job "
        "that calls `nix`.",
        [],
        id="not_equal_sign_reads_as_not",
    ),
    pytest.param(
        "- If someone tells you the runner image will start shipping Nix soon: that's not on "
        "any plan I've seen.",
        [],
        id="what_someone_might_tell_you_is_not_stated",
    ),
    pytest.param(
        "Side note if anyone asks about our Nix bits: our lint job runs `nix run .#lint` on "
        "`tinyland-nix` without an install step, since the Nix runners come with Nix baked "
        "into the image.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="if_anyone_asks_still_states_the_answer",
    ),
    pytest.param(
        "| Code | Name | Signature | Usual lane |\n|---|---|---|---|\n"
        "| GF-E002 | runner-oom | `exit code 137` / `OOMKilled` | tinyland-nix |",
        [],
        id="where_an_error_code_shows_up_is_no_placement",
    ),
    pytest.param(
        "When we stand up a new self-hosted Nix lane, Nix gets onto it through FlakeHub.",
        [(3, "flakehub-publication-only")],
        id="nix_getting_onto_a_lane_through_flakehub",
    ),
    pytest.param(
        "On the GF runners a miss in Attic falls through to FlakeHub Cache before anything "
        "gets built.",
        [(3, "flakehub-publication-only")],
        id="a_cache_miss_that_falls_through_to_flakehub",
    ),
    pytest.param(
        "B. **FlakeHub as the way Nix gets onto self-hosted runners.** ✗ Non-goal. Bootstrap "
        "is workflow-owned.",
        [],
        id="an_option_crossed_out_as_a_non_goal",
    ),
    pytest.param(
        "They still pin `ubuntu-latest`, so GitHub billing stopped them. That's a hosted "
        "escape hatch we want closed in the dogfood repos anyway.",
        [],
        id="an_escape_hatch_wanted_closed",
    ),
    pytest.param(
        "ARC is horizontal, VPA is vertical, Karpenter is node-level.",
        [],
        id="another_products_name_its_clause_describes",
    ),
    pytest.param(
        "On tinyland-nix, VPA bumps the pod's memory when a build spikes.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="an_autoscaler_placed_on_a_lane_resizes_it",
    ),
    pytest.param(
        "For a pod that exists for one job, VPA has nothing useful to learn from.",
        [],
        id="another_product_its_clause_denies",
    ),
    pytest.param(
        "*Vertical* scaling means making one thing bigger.",
        [],
        id="a_term_the_sentence_defines",
    ),
    pytest.param(
        "GF is ARC on a small cluster, `honey`, plus one extra node, `sting`.",
        [],
        id="an_extra_node_is_not_a_shared_one",
    ),
    pytest.param(
        "`sting` is extra capacity that any lane can use.",
        [(3, "sting-outside-default-surface")],
        id="extra_capacity_for_any_lane_is_shared",
    ),
    pytest.param(
        "`sting` never takes ordinary lanes. It sits outside the default ARC scheduling "
        "surface unless a lane is designed for it.",
        [],
        id="outside_the_default_surface_agrees",
    ),
    pytest.param(
        "- FlakeHub Cache as an extra substituter on the nix lane (removed again in 0.5)",
        [],
        id="an_aside_says_it_was_removed",
    ),
    pytest.param(
        "The FlakeHub substituter that 0.4 wrote into `NIX_CONFIG` is gone.",
        [],
        id="a_relative_clause_before_is_gone",
    ),
    pytest.param(
        "The FlakeHub substituter that tinyland-nix uses is fine.",
        [(3, "flakehub-publication-only")],
        id="a_relative_clause_with_no_removal",
    ),
    pytest.param(
        "For a couple of months the runners used FlakeHub Cache as a pull-through cache; that "
        "ended in March.",
        [],
        id="a_spell_of_time_told_in_the_past",
    ),
    pytest.param(
        "The runners have used FlakeHub Cache as their substituter for a few months.",
        [(3, "flakehub-publication-only")],
        id="a_spell_of_time_up_to_now",
    ),
    pytest.param(
        "`tinyland-nix-heavy` is the lane for builds that blow through the default 8Gi ceiling.",
        [],
        id="a_size_of_the_builds_a_lane_is_for",
    ),
    pytest.param(
        "Limits are 8 CPU and 16Gi for tinyland-nix-heavy; requests are set high (4 / 12Gi).",
        [],
        id="a_request_is_not_a_limit",
    ),
    pytest.param(
        "tinyland-nix-heavy gets 8 CPU and 12Gi of memory.",
        [(3, "heavy-lane-envelope")],
        id="a_stated_limit_that_is_wrong",
    ),
    pytest.param(
        "Runners use Attic, FlakeHub is publication/discovery only.",
        [],
        id="a_name_opening_the_next_clause_is_no_object",
    ),
    pytest.param(
        "Runners use Attic and FlakeHub as substituters.",
        [(3, "flakehub-publication-only")],
        id="two_objects_of_one_verb",
    ),
    pytest.param(
        "Nope, the Nix lanes already have `nix` on the PATH.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="a_reply_word_before_the_repliers_own_claim",
    ),
    pytest.param(
        "For GF, a hosted template run is the intended primary path for JS packages.",
        [(3, "hosted-runners-explicit-exception")],
        id="a_hosted_run_as_the_primary_path",
    ),
    pytest.param(
        "`tinyland-nix` already runs a Nix daemon, so installing again burns 20 seconds.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="a_running_nix_daemon_is_an_install",
    ),
    pytest.param(
        "If the GF lanes are all busy, the template drops back to ubuntu-latest on its own, "
        "which is expected behaviour.",
        [(3, "hosted-runners-explicit-exception")],
        id="expected_behaviour_is_no_guess",
    ),
    pytest.param(
        "After upgrading, `tinyland-nix` picks up the heavy lane's envelope automatically when "
        "a build needs it.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="a_possessor_in_the_object_is_not_the_subject",
    ),
    pytest.param(
        "From 0.7 on, ARC sizes each pod to the job it picks up.",
        [(3, "arc-scales-horizontally")],
        id="sizing_a_pod_to_its_job",
    ),
    pytest.param(
        "Cargo builds are fine on tinyland-nix, it is sized elastically.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="sized_elastically_is_vertical",
    ),
    pytest.param(
        "Until March, the onboarding page told people to add FlakeHub Cache as a substituter. "
        "That advice is gone.",
        [],
        id="what_a_page_told_people_is_reported",
    ),
    pytest.param(
        "Determinate's FlakeHub docs describe FlakeHub Cache as a binary cache you add to "
        "`extra-substituters`.",
        [],
        id="what_a_vendors_docs_describe",
    ),
    pytest.param(
        "| Write | Don't write | Notes |\n|---|---|---|\n| ARC | arc, \"the runner "
        'controller" | expand once: Actions Runner Controller |',
        [],
        id="a_verbs_object_inside_a_name",
    ),
    pytest.param(
        "**vertical pod resizing**: growing a running pod's CPU or memory in place.",
        [],
        id="a_bold_glossary_term_defined",
    ),
    pytest.param(
        "**default scheduling surface**: the nodes ARC runner pods land on when a lane does "
        "not say otherwise, i.e. `honey` and `sting`.",
        [(3, "sting-outside-default-surface")],
        id="a_glossary_entry_naming_its_subject",
    ),
    pytest.param(
        "**Attic**: our Nix binary cache, in the `nix-cache` namespace.",
        [],
        id="nix_as_a_modifier_of_cache_is_no_install",
    ),
    pytest.param(
        "**Takeaway:** `sting` is part of the shared pool.",
        [(3, "sting-outside-default-surface")],
        id="a_bold_label_before_a_claim",
    ),
    pytest.param(
        'Marco: "Nix gets installed first, then push. The runners never see FlakeHub."\n\n'
        "The `build` job it depends on runs on `tinyland-nix`, with the `nix-job` action doing "
        "the bootstrap.",
        [],
        id="a_noun_described_by_a_pronoun_clause",
    ),
    pytest.param(
        "On the self-hosted Nix jobs we pull prebuilt store paths from FlakeHub Cache first.",
        [(3, "flakehub-publication-only")],
        id="a_pronoun_clause_with_its_object_after",
    ),
    pytest.param(
        "I was ready to bump the memory request on tinyland-nix. Marco stopped me.",
        [],
        id="an_intent_given_up",
    ),
    pytest.param(
        "It also budgets FlakeHub as the cure for the OOMs on tinyland-nix, and that's a "
        "non-goal too.",
        [],
        id="a_clause_after_calls_it_a_non_goal",
    ),
    pytest.param(
        "- `personal-nix` and `personal-docker` join the baseline lane set, so any repo can "
        "use them.",
        [(3, "personal-lanes-not-repo-owned")],
        id="named_subjects_join_a_class",
    ),
    pytest.param(
        "Only fires for personal-nix now (the repo-owned lanes were corrected).",
        [],
        id="a_class_with_its_own_verb",
    ),
    pytest.param(
        "ARC won't stretch a pod. So we added an additive lane with a bigger envelope on the "
        "compute-expansion node.",
        [],
        id="a_new_lane_with_a_bigger_envelope",
    ),
    pytest.param(
        "Write a narrow RFC: publication and discovery on FlakeHub. Nothing about runtime, "
        "nothing about installing Nix.",
        [],
        id="a_series_of_denials_each_denies",
    ),
    pytest.param(
        "Determinate Systems' own documentation describes FlakeHub Cache as a binary cache you "
        "can point any Nix installation at.",
        [],
        id="a_plural_vendors_documentation",
    ),
    pytest.param(
        "`sting` is a stateless compute-expansion node that was added for extra capacity.",
        [],
        id="extra_capacity_is_what_expansion_means",
    ),
    pytest.param(
        "The lane has `nix` in its name because of what runs on it, not because of what is "
        "installed on it.",
        [],
        id="nix_in_a_lanes_name",
    ),
    pytest.param(
        "`sting` is just extra capacity in the same pool as honey.",
        [(3, "sting-outside-default-surface")],
        id="the_same_pool_as_honey",
    ),
    pytest.param(
        "These days we pull our flake inputs and most of the closure from FlakeHub's cache on "
        "the runners.",
        [(3, "flakehub-publication-only")],
        id="inputs_pulled_from_a_cache_on_the_runners",
    ),
    pytest.param(
        "`sting` is just another worker in the pool: when `honey` is busy, the scheduler "
        "spills ordinary runner pods onto it.",
        [(3, "sting-outside-default-surface")],
        id="just_another_worker_in_the_pool",
    ),
    pytest.param(
        "Our Playwright suite runs against the Chromium that is already sitting on the runner "
        "image.",
        [(3, "browser-bootstrap-explicit")],
        id="a_browser_already_sitting_on_the_image",
    ),
    pytest.param(
        "FlakeHub Cache is Determinate's hosted cache product and their docs show it as a "
        "substituter.",
        [],
        id="what_their_docs_show_inside_the_match",
    ),
    pytest.param(
        "- Until March, the quickstart told people to use FlakeHub Cache as a substituter.",
        [],
        id="what_a_quickstart_told_people",
    ),
    pytest.param(
        "When honey cannot keep up, overflowing to GitHub-hosted is fine for linux-xr.",
        [(3, "hosted-runners-explicit-exception")],
        id="overflowing_to_hosted",
    ),
    pytest.param(
        "On tinyland-nix-heavy the pod bursts up to whatever sting has free.",
        [(3, "arc-scales-horizontally")],
        id="a_pod_bursting_up_to_free_memory",
    ),
    pytest.param(
        "Jobs from every lane burst onto sting when honey is busy.",
        [(3, "sting-outside-default-surface")],
        id="jobs_bursting_onto_sting",
    ),
    pytest.param(
        "A silent fallback to hosted runners is the thing the sprint work is trying to close.",
        [],
        id="a_fallback_the_sprint_is_trying_to_close",
    ),
    pytest.param(
        "Bazel cache entries are evictable acceleration, and publishing through them is "
        "exactly the anti-pattern from chapter one.",
        [],
        id="publishing_through_the_cache_is_the_anti_pattern",
    ),
    pytest.param(
        'Wen asked whether FlakeHub could be "the step" — i.e. have runners pull Nix from '
        "FlakeHub instead of each workflow installing it.",
        [],
        id="asked_whether_then_a_restatement_after_a_dash",
    ),
    pytest.param(
        "They want something that is explicitly off the table this quarter, e.g. a big "
        "FlakeHub publishing push across all repos.",
        [],
        id="an_example_of_what_is_off_the_table",
    ),
    pytest.param(
        "What the canary hasn't done yet is complete a real heavy Rust/Nix run under load.",
        [],
        id="what_it_has_not_done_yet_is_complete",
    ),
    pytest.param(
        "Before that he ran a Jenkins farm for a logistics company, where build pods were "
        "vertically autoscaled with VPA.",
        [],
        id="before_that_a_career_elsewhere",
    ),
    pytest.param(
        "- How to right-size runner pods per lane",
        [],
        id="sizing_pods_per_lane",
    ),
    pytest.param(
        "The sidebar walks through vendor-managed binary caches, using FlakeHub Cache as the "
        "running example: a paid org gets a substituter URL and pushes from CI.",
        [],
        id="what_a_book_sidebar_walks_through",
    ),
    pytest.param(
        "Kasia proposed a mutating admission webhook. Discussion: it's vertical pod resizing "
        "by another name.",
        [],
        id="a_proposal_unmasked_by_another_name",
    ),
    pytest.param(
        "We looked at in-place pod resize for runners last quarter and decided against it.",
        [],
        id="looked_at_and_decided_against",
    ),
    pytest.param(
        "Ade proposed that downstream consume straight from the Bazel cache. Shot down fast: "
        "cache entries are evictable.",
        [],
        id="shot_down_in_the_next_sentence",
    ),
    pytest.param(
        "Dana spent four years helping clients adopt FlakeHub Cache as a substituter in their "
        "own CI.",
        [],
        id="clients_in_their_own_ci",
    ),
    pytest.param(
        "FlakeHub offers a flake registry for discovery and FlakeHub Cache, which is a "
        "substituter for orgs on their paid plan.",
        [],
        id="a_substituter_for_orgs_on_a_paid_plan",
    ),
    pytest.param(
        "- **Big builds go to the heavy lane.** Anything in the ~10Gi+ range should run on "
        "`tinyland-nix-heavy`.",
        [],
        id="a_size_range_of_work",
    ),
    pytest.param(
        "- sting is basically overflow for honey; ordinary runner pods spill over onto it when "
        "honey fills up.",
        [(3, "sting-outside-default-surface")],
        id="overflow_for_honey",
    ),
    pytest.param(
        "- If a build OOMs, ask for more memory in the job and ARC will spin up a bigger "
        "runner to match.",
        [(3, "nongoal-vertical-pod-resizing")],
        id="spin_up_a_bigger_runner_to_match",
    ),
    pytest.param(
        "**Short:** Jess runs GloriousFlywheel, tinyland-inc's self-hosted builder platform: "
        "ARC runner lanes and an Attic cache.",
        [],
        id="an_organisation_is_not_a_lane",
    ),
    pytest.param(
        "But the lane is fast, yet the runners pull Nix from FlakeHub.",
        [(3, "flakehub-publication-only")],
        id="yet_as_a_conjunction_still_splits",
    ),
    pytest.param(
        "We went back and forth on 32Gi for the heavy lane.",
        [],
        id="went_back_and_forth_on_a_size",
    ),
    pytest.param(
        "Marco noted their getting-started guide tells customers to add FlakeHub Cache as a "
        "substituter in nix.conf.",
        [],
        id="their_guide_tells_customers",
    ),
    pytest.param(
        "- tinyland-nix jobs could spill onto sting, which would turn sting into default "
        "surface. (idea rejected in thread)",
        [],
        id="an_aside_that_rejects_the_idea",
    ),
    pytest.param(
        '- **Competitor A** sells "auto-resizing" runners that grow vertically. That\'s their '
        "architecture.",
        [],
        id="what_a_competitor_sells",
    ),
    pytest.param(
        "The lane is live, but we're still waiting on one real heavy Rust/Nix run to finish on "
        "tinyland-nix under load.",
        [],
        id="waiting_on_a_heavy_run",
    ),
    pytest.param(
        "- Heavy Rust builds run fine on tinyland-nix.",
        [(3, "heavy-jobs-use-nix-heavy-lane")],
        id="heavy_builds_on_the_nix_lane_still_flagged",
    ),
    pytest.param(
        "Want another team to consume your build? Skip the release dance and point them at our "
        "Attic — it's effectively the org's package registry.",
        [(3, "caches-are-acceleration-not-publication")],
        id="two_orders_are_not_a_condition",
    ),
    pytest.param(
        "Drop the selector and it can wander back onto honey.",
        [],
        id="an_order_and_its_consequence_stay_a_condition",
    ),
    pytest.param(
        "GF's own `main` already runs the platform proof on every push.",
        [(3, "default-branch-proof-pending")],
        id="main_is_a_branch_not_a_runner",
    ),
    pytest.param(
        "- ARC is smarter than I expected: when a runner pod gets close to its memory limit, "
        "the controller bumps the limit and the job keeps going.",
        [(3, "nongoal-vertical-pod-resizing")],
        id="smarter_than_i_expected_is_no_hedge",
    ),
    pytest.param(
        "Good news, it's automatic: ARC notices the OOM kill and brings the next runner pod up "
        "with a larger memory limit.",
        [(3, "arc-scales-horizontally")],
        id="brings_the_next_pod_up_with_a_larger_limit",
    ),
    pytest.param(
        "If a lane is completely down, you don't have to worry: GitHub automatically reroutes "
        "those jobs to its own hosted machines.",
        [(3, "hosted-runners-explicit-exception")],
        id="reroutes_jobs_to_hosted_machines",
    ),
    pytest.param(
        "When a test run starts chewing through memory, ARC spots it and quietly widens that "
        "runner's slice of the server until the job is done.",
        [(3, "arc-scales-horizontally")],
        id="widens_a_runners_slice",
    ),
    pytest.param(
        "Honey filling up isn't a worry, since once it's busy the scheduler just starts "
        "putting regular `tinyland-docker` and `tinyland-nix` pods on sting.",
        [(3, "sting-outside-default-surface")],
        id="putting_regular_pods_on_sting",
    ),
    pytest.param(
        "We bumped the heavy lane's limit to 16Gi last week.",
        [],
        id="people_bumping_a_limit_is_no_resize",
    ),
    pytest.param(
        "Set the memory limit per lane; ARC never grows the limit of a running pod.",
        [],
        id="never_grows_the_limit",
    ),
    pytest.param(
        "Rejected (#198). It would have needed ARC to resize a pod that is already running.",
        [],
        id="what_it_would_have_needed",
    ),
    pytest.param(
        "Readers took that to mean FlakeHub was part of how runners get their dependencies.",
        [],
        id="what_readers_took_it_to_mean",
    ),
    pytest.param(
        "Title says it. Speaker's story: a team served release tarballs out of their remote "
        "cache for a year, then a GC run ate a release.",
        [],
        id="a_speakers_story",
    ),
    pytest.param(
        "- Demo: VPA in `InPlaceOrRecreate` mode took a running JVM pod from 2Gi to 6Gi "
        "without a restart.",
        [],
        id="a_conference_demo",
    ),
    pytest.param(
        "3. `nix flake check` and clippy stay on `tinyland-nix`; they fit fine.",
        [],
        id="light_checks_stay_on_the_nix_lane",
    ),
    pytest.param(
        "Phase 2 — opt-in. Other tinyland-inc repos MAY opt in to FlakeHub by adding the same "
        "publication job.",
        [],
        id="adding_a_publication_job",
    ),
    pytest.param(
        "Phase 0 — prerequisites. The heavy lane is proven by a completed heavy Rust/Nix run, "
        "and the bootstrap boundary is normalized.",
        [],
        id="the_criterion_a_lane_is_proven_by",
    ),
    pytest.param(
        "Until this spring, some GF-facing docs did describe FlakeHub as part of the build "
        "path, a substituter for the runners.",
        [],
        id="until_this_spring_docs_did_describe",
    ),
    pytest.param(
        "A proposal in March to make FlakeHub Cache the default substituter for the "
        "self-hosted Nix lanes was discussed and turned down.",
        [],
        id="discussed_and_turned_down",
    ),
    pytest.param(
        "**[00:03:08] Tomás:** No. Same contract. The heavy lane gives you more CPU and "
        "memory; it does not give you Nix.",
        [],
        id="the_heavy_lane_gives_more_than_the_default",
    ),
    pytest.param(
        "ARC gives the pod more memory when the build needs it.",
        [(3, "arc-scales-horizontally")],
        id="arc_giving_a_pod_more_memory_still_flagged",
    ),
    pytest.param(
        "Jobs that target `tinyland-nix` and call `nix` directly fail with `nix: command not "
        "found` (exit 127).",
        [],
        id="a_relative_clause_that_fails_is_a_cause_of_failure",
    ),
    pytest.param(
        "Jobs on `tinyland-nix` that call `nix` directly work fine.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="a_relative_clause_that_works_still_says_it",
    ),
    pytest.param(
        "Downstream apps that can't wait for an npm release can pull the built package "
        "straight out of the Bazel remote cache.",
        [(3, "caches-are-acceleration-not-publication")],
        id="a_negated_relative_clause_is_the_nouns_own",
    ),
    pytest.param(
        "Several docs pages and a couple of downstream READMEs describe FlakeHub as part of "
        "the runner runtime.",
        [],
        id="texts_counted_in_a_coordination_are_reported",
    ),
    pytest.param(
        "Until early April a couple of builder pages told people to add `cache.flakehub.com` "
        "to their substituters.",
        [],
        id="a_couple_of_pages_told_people_is_reported",
    ),
    pytest.param(
        "Someone proposed fetching Nix from FlakeHub at pod start. We're not doing that.",
        [],
        id="were_not_doing_that_turns_down_the_proposal",
    ),
    pytest.param(
        "Install Nix in the job, keep Attic first, leave FlakeHub out of the substituter list.",
        [],
        id="leave_a_name_out_of_a_list_keeps_it_out",
    ),
    pytest.param(
        "Nope — the browsers ship with the runner image, so `npx playwright test` just works.",
        [(3, "browser-bootstrap-explicit")],
        id="a_no_then_the_runner_image_ships_browsers",
    ),
    pytest.param(
        "The browsers ship with the runner image.",
        [(3, "browser-bootstrap-explicit")],
        id="the_runner_image_inside_the_predicate_is_the_subject",
    ),
    pytest.param(
        "FlakeHub is not our install path and the sprint explicitly says it is not the answer "
        "to Nix installation.",
        [],
        id="a_report_of_its_own_after_and_keeps_its_negation",
    ),
    pytest.param(
        "10:44 — same 14G job on `tinyland-nix-heavy`: completed.",
        [],
        id="a_jobs_size_is_no_lane_limit",
    ),
    pytest.param(
        "Sweep `examples/` for snippets using `flakehub-cache-action` on self-hosted lanes; "
        "those should go.",
        [],
        id="those_should_go_after_a_semicolon",
    ),
    pytest.param(
        "On the docker lanes nothing browser-shaped is preinstalled, so `npx playwright "
        "install --with-deps chromium` runs before the tests.",
        [],
        id="order_free_parts_split_by_a_result_clause",
    ),
    pytest.param(
        "From November 2024 to July 2025 the substituter order on the Nix runners was FlakeHub "
        "Cache first, Attic second.",
        [],
        id="a_closed_span_of_months_is_history",
    ),
    pytest.param(
        "We started on GitHub-hosted runners, flirted with FlakeHub as a way to make Nix just "
        "work, and then moved onto ARC.",
        [],
        id="flirted_with_is_a_passing_try",
    ),
    pytest.param(
        "Approved: the Rust/Nix release build goes on `tinyland-nix-heavy`. Don't put the "
        "release build on plain `tinyland-nix`, it won't stretch to fit.",
        [],
        id="a_pronoun_restarting_the_clause_keeps_its_own_negation",
    ),
    pytest.param(
        "Attic is a perfectly good release channel for the Modal bundle.",
        [(3, "caches-are-acceleration-not-publication")],
        id="a_perfectly_good_release_channel",
    ),
    pytest.param(
        "Honestly, for E2E most tenants just keep `ubuntu-latest` as their everyday runner.",
        [(3, "hosted-runners-explicit-exception")],
        id="ubuntu_latest_as_their_everyday_runner",
    ),
    pytest.param(
        "Until a tenant's lane is ready we just leave them on `ubuntu-latest`, no need to "
        "write that down anywhere.",
        [(3, "hosted-runners-explicit-exception")],
        id="leave_them_on_ubuntu_latest",
    ),
    pytest.param(
        "On `tinyland-docker` you can skip that step, the image inherits Chromium from the "
        "hosted ubuntu image.",
        [(3, "browser-bootstrap-explicit")],
        id="an_image_that_inherits_chromium",
    ),
    pytest.param(
        "For caching, on the nix lanes the runners pull everything from the flake hub cache.",
        [(3, "flakehub-publication-only")],
        id="a_brand_written_apart_is_still_the_brand",
    ),
    pytest.param(
        "So if runner intent is not set at all, we just quietly drop to ubuntu latest, so "
        "nobody's build breaks.",
        [(3, "hosted-runners-explicit-exception")],
        id="ubuntu_latest_written_apart",
    ),
    pytest.param(
        "Lighter checks fit comfortably on `tinyland-nix`, provided the job bootstraps Nix first.",
        [],
        id="provided_the_job_is_a_proviso",
    ),
    pytest.param(
        "Contractor proposed raising the heavy lane to 12 CPU / 24Gi. Client declined; the "
        "lane stays at an 8 CPU limit.",
        [],
        id="the_client_declined",
    ),
    pytest.param(
        "For context only: FlakeHub markets FlakeHub Cache as a substituter that CI can pull from.",
        [],
        id="what_a_vendor_markets_its_product_as",
    ),
    pytest.param(
        "Until March the docs job fetched its Nix installer from a FlakeHub URL; it now uses "
        "`determinate-nix-action@v3` like every other job.",
        [],
        id="the_object_right_after_uses_is_what_is_used",
    ),
    pytest.param(
        "Going forward the `flakehub-install` step is how Nix gets onto the self-hosted runners.",
        [(3, "nongoal-flakehub-installs-nix")],
        id="a_name_before_install_names_the_installer",
    ),
    pytest.param(
        "For downstream consumers outside GF, Attic is how we hand them our built closures.",
        [(3, "caches-are-acceleration-not-publication")],
        id="consumers_outside_gf_are_served_by_the_platform",
    ),
    pytest.param(
        "Outside GF, some projects do configure FlakeHub Cache for their own contributors.",
        [],
        id="outside_gf_projects_are_others",
    ),
    pytest.param(
        "Longer answer: on `tinyland-nix` the effective order right now is FlakeHub Cache "
        "first, then Attic, then cache.nixos.org.",
        [(3, "flakehub-publication-only")],
        id="a_cache_named_first_then_attic_is_in_the_runtime",
    ),
    pytest.param(
        "Long version: honestly `ubuntu-latest` is our primary CI.",
        [(3, "hosted-runners-explicit-exception")],
        id="hosted_as_our_primary_ci",
    ),
    pytest.param(
        "- 2026-04-02: removed the FlakeHub arrow from fig 4 (it never was a substituter for "
        "our runners)",
        [],
        id="a_parenthesis_restarts_its_own_clause",
    ),
    pytest.param(
        "ARC is a horizontal autoscaler. It does not look at your pod, decide it looks peaky, "
        "and hand it more RAM.",
        [],
        id="one_negation_governs_a_series_of_bare_verbs",
    ),
    pytest.param(
        "ARC does not look at your pod, and it hands it more RAM.",
        [(3, "arc-scales-horizontally")],
        id="a_new_subject_after_and_says_its_own",
    ),
    pytest.param(
        "The benchmark numbers will include installing Nix on `tinyland-nix`.",
        [],
        id="an_act_the_numbers_include_is_no_thing_carried",
    ),
    pytest.param(
        "The benchmark numbers will include the Nix that comes preinstalled on `tinyland-nix`.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="a_thing_the_numbers_include_still_carries",
    ),
    pytest.param(
        "Arm A (keep the builds on `tinyland-nix` and raise the pod limit by hand for the "
        "experiment) still got OOM-killed in 9 of 20 runs.",
        [],
        id="a_named_arms_definition_is_an_option",
    ),
    pytest.param(
        "Keep the builds on `tinyland-nix` and raise the pod limit by hand; ARC grows it anyway.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="the_same_wording_outside_an_option_is_said",
    ),
    pytest.param(
        "If you're on `tinyland-nix-heavy` you can skip the install step, that image has Nix "
        "baked in for the big builds.",
        [(3, "nix-bootstrap-workflow-owned")],
        id="that_image_points_at_the_lane_named_before",
    ),
    pytest.param(
        "When a runner pod on `tinyland-nix` starts running hot on memory, ARC raises its "
        "limit and carries on, which is why OOMs dropped off this month.",
        [(3, "arc-scales-horizontally")],
        id="which_is_why_starts_a_result_not_a_hedge",
    ),
    pytest.param(
        "If Attic goes down, don't panic: the runners quietly fall through to FlakeHub Cache, "
        "so builds just get slower.",
        [(3, "flakehub-publication-only")],
        id="runners_fall_through_to_a_cache",
    ),
    pytest.param(
        "`personal-nix` and `personal-docker` are shared baseline lanes, any tinyland repo can "
        "target them.",
        [(3, "personal-lanes-not-repo-owned")],
        id="names_a_copula_predicates_a_noun_phrase_of",
    ),
    pytest.param(
        "The Bazel remote cache endpoint used on `tinyland-docker` is "
        "`grpc://bazel-cache.nix-cache.svc.cluster.local:9090`.",
        [(3, "bazel-endpoint-current")],
        id="an_endpoint_used_on_a_lane_is_current",
    ),
    pytest.param(
        "We used `grpc://bazel-cache.nix-cache.svc.cluster.local:9090` on `tinyland-docker` "
        "last year.",
        [],
        id="an_endpoint_we_used_is_history",
    ),
    pytest.param(
        "Easy: add the FlakeHub install step at the top of the job, FlakeHub is how GF puts "
        "Nix on the box.",
        [(3, "flakehub-publication-only")],
        id="flakehub_puts_nix_on_the_box",
    ),
    pytest.param(
        "ARC notices when the pod is near its memory cap and scales that runner up so the "
        "build finishes.",
        [(3, "arc-scales-horizontally"), (3, "heavy-jobs-use-nix-heavy-lane")],
        id="scaling_one_runner_up_is_vertical",
    ),
    pytest.param(
        "When the queue is long, ARC scales the runners up.",
        [],
        id="scaling_the_runners_up_adds_runners",
    ),
    pytest.param(
        "On GF today our runners already try FlakeHub Cache before Attic for anything the "
        "tinyland org has published.",
        [(3, "flakehub-publication-only")],
        id="runners_try_a_cache_before_attic",
    ),
    pytest.param(
        "Over there, FlakeHub Cache was the substituter and `fh` resolved inputs.",
        [],
        id="over_there_is_another_place",
    ),
    pytest.param(
        "Also budget for it: bootstrap adds roughly 20-40s per job on `tinyland-nix`.",
        [],
        id="adding_seconds_per_job_is_no_cache_use",
    ),
    pytest.param(
        "Add FlakeHub Cache to the runners' `nix.conf` on `tinyland-nix`.",
        [(3, "flakehub-publication-only")],
        id="adding_a_cache_to_the_runners_is",
    ),
    pytest.param(
        "Re sting: it's just extra capacity in the same pool, the scheduler will put any "
        "runner pod there when honey is busy.",
        [(3, "sting-outside-default-surface")],
        id="extra_capacity_in_the_same_pool",
    ),
    pytest.param(
        "When the variable isn't set, or the self-hosted pool is having a bad day, the job "
        "just quietly lands on GitHub's runners.",
        [(3, "hosted-runners-explicit-exception")],
        id="a_job_that_quietly_lands_on_hosted_runners",
    ),
    pytest.param(
        "Only `tinyland-nix-heavy` carries the selector and toleration that let it land on "
        "`sting`.",
        [],
        id="it_lands_on_sting_is_no_fallback",
    ),
    pytest.param(
        "On the second point, `main` already exercises all three self-hosted lanes through "
        "`test-arc-runners.yml`, so GloriousFlywheel is dogfooding them today.",
        [(3, "default-branch-proof-pending")],
        id="main_already_exercises_the_lanes",
    ),
    pytest.param(
        "Once `main` proves all three lanes on every push, the GloriousFlywheel signal is met.",
        [],
        id="once_main_proves_the_lanes_waits",
    ),
    pytest.param(
        "We, the undersigned, build and ship Rust + Nix services on the GF self-hosted runners.",
        [],
        id="nix_services_are_a_kind_of_service",
    ),
    pytest.param(
        "In their setup the cache is a substituter your CI pulls from; GF runners are not "
        "configured that way.",
        [],
        id="in_their_setup_is_another_orgs",
    ),
    pytest.param(
        "Written when we briefly baked Nix into a test image, so it tells you the "
        "`tinyland-nix` runner already has Nix.",
        [],
        id="it_tells_you_reports_a_text",
    ),
    pytest.param(
        "ARC vs. Kubernetes VPA (blog): a general post on the Vertical Pod Autoscaler.",
        [],
        id="a_side_of_a_comparison",
    ),
    pytest.param(
        "This sprint we make FlakeHub the install path for the self-hosted runners.",
        [(3, "nongoal-flakehub-installs-nix")],
        id="make_flakehub_the_install_path",
    ),
    pytest.param(
        "`sting` is just one more node in the honey pool; any lane can get scheduled onto it "
        "when honey is busy.",
        [(3, "sting-outside-default-surface")],
        id="one_more_node_in_the_honey_pool",
    ),
    pytest.param(
        "About `sting`: treat it like any other worker in the pool.",
        [(3, "sting-outside-default-surface")],
        id="like_any_other_worker_in_the_pool",
    ),
    pytest.param(
        "Our runners ask FlakeHub Cache for store paths before they fall back to Attic.",
        [(3, "flakehub-publication-only")],
        id="runners_ask_a_cache_for_store_paths",
    ),
    pytest.param(
        "- yt-text#67 finished green on the heavy lane under load, so `tinyland-nix-heavy` is "
        "officially load-proven.",
        [(3, "heavy-lane-proof-pending")],
        id="load_proven_marks_the_signal_met",
    ),
    pytest.param(
        "Our docker lanes are built off the same base as GitHub's ubuntu image, so "
        "Playwright's browsers are already sitting there; you can skip the install.",
        [(3, "browser-bootstrap-explicit")],
        id="what_the_lanes_are_likened_to_is_not_the_subject",
    ),
    pytest.param(
        "Gets there but wants the platform to bake Nix into the `tinyland-nix` images.",
        [],
        id="what_someone_wants_done_is_a_wish",
    ),
    pytest.param(
        "For lane selection we looked at `personal-nix` too; it's one of the baseline lanes "
        "the platform keeps for any tinyland repo that wants a Nix lane.",
        [(3, "personal-lanes-not-repo-owned")],
        id="a_relative_clauses_wish_is_the_nouns",
    ),
    pytest.param(
        "Tip: if you want CI to go faster, add the FlakeHub cache to `nix.conf` on `tinyland-nix`.",
        [(3, "flakehub-publication-only")],
        id="if_you_want_is_a_condition_not_a_wish",
    ),
    pytest.param(
        "Keep in mind that `nix-job` is our own composite action; calling it does not mean "
        'jobs get Nix "from FlakeHub". It installs Nix.',
        [],
        id="a_quoted_phrase_is_no_antecedent",
    ),
    pytest.param(
        "The remote cache only speeds our builds up; npm is where our packages are distributed.",
        [],
        id="a_clause_with_its_own_unknown_subject",
    ),
    pytest.param(
        "Do we even need an install step on `tinyland-nix`? Surely that lane has Nix already.",
        [],
        id="surely_is_a_presumption",
    ),
    pytest.param(
        "We tried the heavy lane with the envelope only, and without the hostname nodeSelector "
        "the pods stayed Pending for an hour.",
        [],
        id="what_fails_without_it_is_needed",
    ),
    pytest.param(
        "The heavy lane reaches `sting` without a nodeSelector.",
        [(3, "sting-placement-values")],
        id="without_a_selector_stated_plainly",
    ),
    pytest.param(
        "This page records two things: the outage, and a proposal from @ravi to add FlakeHub "
        "Cache to the runners.",
        [],
        id="someones_proposal_named_as_a_topic",
    ),
    pytest.param(
        "We looked at FlakeHub Cache and will add FlakeHub Cache to the runners next week.",
        [(3, "flakehub-publication-only")],
        id="our_own_plan_to_add_it",
    ),
    pytest.param(
        "FlakeHub is the discovery surface our releases use after the build is finished.",
        [],
        id="a_use_after_the_build_is_not_in_it",
    ),
    pytest.param(
        "Two big Rust/Nix builds (the wasm bundle, the whisper bindings) got OOM-killed on "
        "`tinyland-nix`.",
        [],
        id="a_bundle_is_a_noun_too",
    ),
    pytest.param(
        "We publish our own flakes to FlakeHub on every tag.",
        [],
        id="publishing_on_every_tag_is_not_broad",
    ),
    pytest.param(
        "We publish every GF repo to FlakeHub now and sort out the heavy lane later.",
        [(3, "nongoal-broad-publication-first")],
        id="publishing_every_repo_now_is_broad",
    ),
    pytest.param(
        "In hindsight, the silent `ubuntu-latest` fallback is what burned the beta jobs on "
        "billing.",
        [],
        id="what_burned_us_is_blamed",
    ),
    pytest.param(
        "In-place resizing of runner pods was never seriously planned.",
        [],
        id="never_planned",
    ),
    pytest.param(
        "The upstream issue about in-place pod resize gets reopened every quarter.",
        [],
        id="an_issue_about_a_topic",
    ),
    pytest.param(
        "Their quickstart page recommends pulling Nix from FlakeHub on CI runners.",
        [],
        id="what_another_page_recommends",
    ),
]


def test_a_plain_value_holding_a_colon_is_read_as_quoted(
    tmp_path: Path, gf_checker: Checker
) -> None:
    """`name: docs (hosted exception: docs)` is not YAML; the file is said to be invalid,
    and its jobs are still checked."""
    flow = tmp_path / ".github" / "workflows" / "ci.yml"
    flow.parent.mkdir(parents=True)
    flow.write_text(
        "on: push\njobs:\n  docs:\n    name: docs (hosted exception: docs)\n"
        "    runs-on: tinyland-nix\n    steps:\n      - run: nix build .#docs\n",
        encoding="utf-8",
    )
    report = gf_checker.check_paths([tmp_path])
    assert [(f.line, f.rule) for f in report.findings] == [(7, "TG401")]
    [problem] = report.problems
    assert "not valid YAML (line 4" in problem.reason and "read as if quoted" in problem.reason


def test_a_workflow_that_is_not_yaml_is_checked_only_in_part(
    tmp_path: Path, gf_checker: Checker
) -> None:
    """GitHub refuses a workflow that does not parse; the checker says so instead of
    reporting nothing."""
    flow = tmp_path / ".github" / "workflows" / "ci.yml"
    flow.parent.mkdir(parents=True)
    flow.write_text(
        "on: push\njobs:\n  check:\n    runs-on: tinyland-nix\n    steps:\n"
        '      - run: echo "node: ${NODE}" >> out\n      - run: nix flake check\n',
        encoding="utf-8",
    )
    [problem] = gf_checker.check_paths([tmp_path]).problems
    assert "not valid YAML (line 6" in problem.reason


def test_a_heading_restated_by_its_section_is_one_finding(gf_checker: Checker) -> None:
    """A commit title and its body say the same: one finding, at the body, with the title
    as its related location."""
    body = (
        "# GloriousFlywheel commit log\n\n"
        "### e4470b2 ci: pull from FlakeHub Cache on self-hosted\n\n"
        "release.yml now lists cache.flakehub.com as a substituter on the `tinyland-nix` "
        "runners, so cold pods pull prebuilt deps from FlakeHub.\n"
    )
    findings = gf_checker.check_text("docs/log.md", body).findings
    assert [(f.line, f.claim) for f in findings] == [(5, "flakehub-publication-only")]
    assert [r.line for r in findings[0].related] == [3]


"""One sentence or paragraph of a GloriousFlywheel page, and the (line, claim) it is
flagged for (none: it is consistent with the pack)."""


@pytest.mark.parametrize(("body", "expected"), SENTENCES)
def test_a_sentence_reads_as_the_pack_says(
    gf_checker: Checker, body: str, expected: list[tuple[int, str]]
) -> None:
    assert _claims(gf_checker, body) == expected


def test_a_repository_whose_docs_use_the_platform_has_its_workflows_checked(
    tmp_path: Path, gf_checker: Checker
) -> None:
    """Workflows that take their lane from a variable name no lane; the repository's own
    docs say it runs on the platform, so its jobs are held to the platform's truths."""
    repo = tmp_path / "app"
    (repo / ".github" / "workflows").mkdir(parents=True)
    (repo / ".github" / "workflows" / "e2e.yml").write_text(
        "jobs:\n  e2e:\n    runs-on: ${{ vars.PRIMARY_RUNNER_LABEL }}\n    steps:\n"
        "      - run: npm ci\n      - run: npx playwright test\n",
        encoding="utf-8",
    )
    (repo / "README.md").write_text("# App\n\nSome docs.\n", encoding="utf-8")
    checker = Checker(gf_checker.pack, gf_checker.options)
    assert checker.check_paths([repo]).findings == []  # not a platform repository
    (repo / "docs").mkdir()
    (repo / "docs" / "ci.md").write_text(
        "# CI\n\n`PRIMARY_RUNNER_LABEL` is `tinyland-docker`.\n", encoding="utf-8"
    )
    found = checker.check_paths([repo]).findings
    assert [(f.path.rsplit("/", 1)[-1], f.line, f.rule) for f in found] == [("e2e.yml", 6, "TG406")]


@pytest.mark.parametrize(
    ("root", "variable", "flagged"),
    [
        ("app", "GF_RUNNER_LABEL", True),  # the label variable is named for the platform
        ("app", "RUNNER_LABEL", False),
        ("dogfood/MassageIthaca", "RUNNER_LABEL", True),  # the repository is the platform's
        ("massage-ithaca", "RUNNER_LABEL", True),  # the same name spelled as a slug
        ("dogfood/other-site", "RUNNER_LABEL", False),
    ],
)
def test_a_repository_runs_on_the_platform_by_its_label_variable_or_its_name(
    tmp_path: Path, gf_checker: Checker, root: str, variable: str, flagged: bool
) -> None:
    workflows = tmp_path / root / ".github" / "workflows"
    workflows.mkdir(parents=True)
    (workflows / "e2e.yml").write_text(
        f"jobs:\n  e2e:\n    runs-on: ${{{{ vars.{variable} }}}}\n    steps:\n"
        "      - run: npx playwright test\n",
        encoding="utf-8",
    )
    checker = Checker(gf_checker.pack, gf_checker.options)
    found = [f.rule for f in checker.check_paths([tmp_path]).findings]
    assert found == (["TG406"] if flagged else [])


def test_a_vendored_repositorys_docs_answer_only_for_it(
    tmp_path: Path, gf_checker: Checker
) -> None:
    outer = tmp_path / "app"
    for root in (outer, outer / "vendor" / "lib"):
        (root / ".github" / "workflows").mkdir(parents=True)
        (root / ".github" / "workflows" / "e2e.yml").write_text(
            "jobs:\n  e2e:\n    runs-on: ${{ vars.RUNNER }}\n    steps:\n"
            "      - run: npx playwright test\n",
            encoding="utf-8",
        )
    (outer / "vendor" / "lib" / "README.md").write_text(
        "# lib\n\nOur CI runs on `tinyland-docker`.\n", encoding="utf-8"
    )
    checker = Checker(gf_checker.pack, gf_checker.options)
    found = checker.check_paths([outer]).findings
    assert [f.path.split("app/", 1)[-1] for f in found] == ["vendor/lib/.github/workflows/e2e.yml"]


def test_sprint_state_wording_needs_a_page_about_the_platform(gf_checker: Checker) -> None:
    # "the default branch ... is done" is git's wording on a page about anything else, and
    # the pre-filter must not read such pages for the sprint-state claims.
    text = (
        "# Git workflow\n\nThe default-branch proof is done once CI passes on `main`.\n\n"
        "Issue #214 can be closed out after the merge; the RFC cleanup is tracked in #213.\n"
    )
    assert gf_checker.check_text("docs/git.md", text).findings == []
    assert not gf_checker.wanted("docs/git.md", text)
    on_platform = "# GloriousFlywheel sprint\n\n" + text.split("\n\n", 1)[1]
    assert [f.claim for f in gf_checker.check_text("docs/gf.md", on_platform).findings] == [
        "default-branch-proof-pending",
        "heavy-lane-proof-pending",
    ]


def test_an_unrelated_rfc_process_page_is_not_even_read(gf_checker: Checker) -> None:
    """The narrow-RFC owner rule needs the platform named on the page: RFC processes of
    other projects say "narrow RFC" and "publication RFC" all the time."""
    text = (
        "# RFC 0042: a narrow RFC for flake publication\n\nThis narrow RFC is tracked in "
        "#214 of the steering repo.\n"
    )
    assert gf_checker.check_text("rfcs/0042.md", text).skipped
    platform = "# GloriousFlywheel sprint\n\nThe narrow publication RFC is tracked in #214.\n"
    result = gf_checker.check_text("docs/sprint.md", platform)
    assert [f.claim for f in result.findings] == ["flakehub-rfc-owner"]


def test_a_chat_reply_that_says_no_takes_back_the_message_it_answers(
    gf_checker: Checker,
) -> None:
    thread = (
        "# GloriousFlywheel #ci-help\n\n"
        "> ↳ **bea.o** · 10:16\n"
        "> bump `resources.limits.memory` in your job and ARC will stretch the runner pod\n\n"
        "> ↳ **jess** · 10:21\n"
        "> {reply}\n"
    )
    denied = thread.format(reply="no — ARC only adds or removes runners; move the job.")
    assert gf_checker.check_text("chat/ci-help.md", denied).findings == []
    agreed = thread.format(reply="yes, and then the job fits.")
    assert [f.line for f in gf_checker.check_text("chat/ci-help.md", agreed).findings]


WORKFLOW_COMMENTS = [
    pytest.param(
        "jobs:\n  nix-check:\n    # light: flake check + eval only, peaks ~1.2Gi. stays on "
        "the regular nix lane.\n    runs-on: tinyland-nix\n    steps:\n      - uses: "
        "DeterminateSystems/determinate-nix-action@v3\n      - run: nix flake check\n",
        [],
        id="a_light_jobs_comment_excuses_its_lane",
    ),
    pytest.param(
        "# Heavy canary\n#\n# NOTE: this lane does NOT come with Nix. Keep the nix-job "
        "step.\n# 04-23 I claimed the heavy image bakes Nix in — wrong, see OH 04-30.\non: "
        "push\njobs:\n  canary:\n    runs-on: tinyland-nix-heavy\n    steps:\n      - uses: "
        "DeterminateSystems/determinate-nix-action@v3\n      - run: nix build\n",
        [],
        id="a_claim_called_wrong_after_a_dash",
    ),
]
"""A workflow whose comments say something the checker must weigh, and the (line, claim)
it is flagged for."""


@pytest.mark.parametrize(("flow", "expected"), WORKFLOW_COMMENTS)
def test_a_workflow_comment_reads_as_the_pack_says(
    gf_checker: Checker, flow: str, expected: list[tuple[int, str]]
) -> None:
    result = gf_checker.check_text(".github/workflows/ci.yml", flow)
    assert [(f.line, f.claim) for f in result.findings] == expected
