"""Precision and recall of `check` against hand labels (bench/gf-labels.yaml by default).

Usage: python bench/eval_labels.py [CORPUS] [--labels FILE]

A finding counts as correct when a labelled contradiction has the same path and
line; findings on lines labelled "uncertain" are listed apart and counted neither
way. Every finding and every miss is printed, so the figures can be read by hand.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from truthgraph.claims.pack import load_pack  # noqa: E402
from truthgraph.engine import Checker  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "corpus",
        nargs="?",
        default=str(REPO.parent / "shared" / "corpora" / "gloriousflywheel-2026-02"),
    )
    parser.add_argument("--labels", default=str(REPO / "bench" / "gf-labels.yaml"))
    parser.add_argument(
        "--per-repo",
        action="store_true",
        help="check each top-level folder on its own, as each repo's CI would",
    )
    args = parser.parse_args()
    corpus = Path(args.corpus).resolve()
    labels = yaml.safe_load(Path(args.labels).read_text(encoding="utf-8"))
    wanted = {}
    for c in labels.get("contradictions", []) or []:
        # A label may cover a wrapped sentence: every line of it stands for the label.
        for line in range(c["line"], int(c.get("end_line") or c["line"]) + 1):
            wanted[(c["path"], line)] = (c["path"], c["line"], c.get("claim", ""))
    near = {(c["path"], c["line"]) for c in labels.get("near_misses", []) or []}
    uncertain = set()
    for c in labels.get("uncertain", []) or []:
        for line in range(c["line"], int(c.get("end_line") or c["line"]) + 1):
            uncertain.add((c["path"], line))

    checker = Checker(load_pack(REPO / "claims"))
    roots = sorted(p for p in corpus.iterdir() if p.is_dir()) if args.per_repo else [corpus]
    findings, problems = [], []
    for root in roots:
        part = checker.check_paths(
            [root], display=lambda p: p.resolve().relative_to(corpus).as_posix()
        )
        findings.extend(part.findings)
        problems.extend(part.problems)
    report = type("Merged", (), {"findings": findings, "problems": problems})
    true_pos, false_pos, unsure = [], [], []
    found: set[tuple[str, int, str]] = set()
    for finding in report.findings:
        if finding.rule.startswith("TG9"):
            continue  # notices about directives, not contradictions
        key = (finding.path, finding.line)
        row = f"{finding.path}:{finding.line}:{finding.column} {finding.rule} {finding.claim}"
        if key in wanted:
            label = wanted[key]
            found.add(label)
            same = "same claim" if label[2] == finding.claim else f"labelled {label[2]}"
            true_pos.append(f"{row} ({same})")
        elif key in uncertain:
            unsure.append(row)
        else:
            false_pos.append(row + (" (labelled near miss)" if key in near else ""))
    labelled = sorted(set(wanted.values()))
    missed = [f"{p}:{line} {claim}" for p, line, claim in labelled if (p, line, claim) not in found]
    wanted_count = len(labelled)

    for title, rows in (
        ("correct", true_pos),
        ("false alarms", false_pos),
        ("on uncertain lines", unsure),
        ("missed", missed),
    ):
        print(f"{title} ({len(rows)}):")
        for row in rows:
            print(f"  {row}")
    shown = len(true_pos) + len(false_pos)
    precision = len(true_pos) / shown if shown else 1.0
    recall = (wanted_count - len(missed)) / wanted_count if wanted_count else 1.0
    print(
        f"\nprecision {precision:.2f} ({len(true_pos)}/{shown}), "
        f"recall {recall:.2f} ({wanted_count - len(missed)}/{wanted_count}), "
        f"{len(unsure)} finding(s) on uncertain lines, {len(report.problems)} unreadable file(s)"
    )


if __name__ == "__main__":
    main()
