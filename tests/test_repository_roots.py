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
