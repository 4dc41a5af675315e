"""Each repository answers for itself whether it uses the platform: a vendored repository
with its own `.github/workflows/` that never names a lane gets no hosted-runner warning."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from truthgraph.claims.pack import load_pack
from truthgraph.engine import Checker, CheckOptions, repository_root

ROOT = Path(__file__).resolve().parent.parent
HOSTED_ONLY = "jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n"
ON_A_LANE = "jobs:\n  build:\n    runs-on: tinyland-docker\n    steps:\n      - run: make\n"


def test_repository_root_is_the_folder_holding_dot_github() -> None:
    assert repository_root(".github/workflows/ci.yml") == ""
    assert repository_root("third_party/x/.github/workflows/ci.yml") == "third_party/x/"
    assert repository_root("docs/guide.md") == ""


def test_a_vendored_repository_that_never_uses_a_lane_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "ci.yml").write_text(ON_A_LANE + HOSTED_ONLY[5:])
    vendored = tmp_path / "third_party" / "tzdata" / ".github" / "workflows"
    vendored.mkdir(parents=True)
    (vendored / "ci.yml").write_text(HOSTED_ONLY)
    checker = Checker(load_pack(ROOT / "claims"), CheckOptions(today=dt.date(2026, 5, 1)))
    report = checker.check_paths([tmp_path], display=lambda p: p.relative_to(tmp_path).as_posix())
    hosted = sorted(f.path for f in report.findings if f.rule == "TG403")
    assert hosted == [".github/workflows/ci.yml"]


def test_a_workflow_that_only_mentions_the_platform_in_a_comment_does_not_use_it(
    tmp_path: Path,
) -> None:
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "ci.yml").write_text(
        "# This project is not on GloriousFlywheel and has no tinyland-docker lane.\n" + HOSTED_ONLY
    )
    checker = Checker(load_pack(ROOT / "claims"), CheckOptions(today=dt.date(2026, 5, 1)))
    report = checker.check_paths([tmp_path], display=lambda p: p.relative_to(tmp_path).as_posix())
    assert [f for f in report.findings if f.rule.startswith("TG4")] == []


NIX_AFTER_LOCAL_ACTION = (
    "jobs:\n  test:\n    runs-on: tinyland-nix\n    steps:\n      - uses: actions/checkout@v4\n"
    "      - uses: ./\n      - run: nix build .#default\n"
)


def test_a_local_action_that_installs_nix_bootstraps_the_job(tmp_path: Path) -> None:
    """A repository that develops a setup action tests it with `uses: ./`: its own
    `action.yml` says whether the step installs Nix."""
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "ci.yml").write_text(NIX_AFTER_LOCAL_ACTION)
    action = tmp_path / "action.yml"
    checker = Checker(load_pack(ROOT / "claims"), CheckOptions(today=dt.date(2026, 5, 1)))

    def bootstrap_findings() -> list[int]:
        report = checker.check_paths(
            [tmp_path], display=lambda p: p.relative_to(tmp_path).as_posix()
        )
        return [f.line for f in report.findings if f.rule == "TG401"]

    action.write_text(
        "name: setup\nruns:\n  using: composite\n  steps:\n"
        "    - uses: DeterminateSystems/determinate-nix-action@v3\n"
    )
    assert bootstrap_findings() == []
    action.write_text(
        "name: lint\nruns:\n  using: composite\n  steps:\n    - run: make lint\n      shell: bash\n"
    )
    assert bootstrap_findings() == [7]
