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
    args = parser.parse_args()
    corpus = Path(args.corpus).resolve()
    labels = yaml.safe_load(Path(args.labels).read_text(encoding="utf-8"))
    wanted = {(c["path"], c["line"]): c["claim"] for c in labels.get("contradictions", [])}
    near = {(c["path"], c["line"]) for c in labels.get("near_misses", [])}
    uncertain = {(c["path"], c["line"]) for c in labels.get("uncertain", [])}

    report = Checker(load_pack(REPO / "claims")).check_paths(
        [corpus], display=lambda p: p.resolve().relative_to(corpus).as_posix()
    )
    true_pos, false_pos, unsure = [], [], []
    for finding in report.findings:
        key = (finding.path, finding.line)
        row = f"{finding.path}:{finding.line}:{finding.column} {finding.rule} {finding.claim}"
        if key in wanted:
            same = "same claim" if wanted[key] == finding.claim else f"labelled {wanted[key]}"
            true_pos.append(f"{row} ({same})")
        elif key in uncertain:
            unsure.append(row)
        else:
            false_pos.append(row + (" (labelled near miss)" if key in near else ""))
    found = {(f.path, f.line) for f in report.findings}
    missed = [
        f"{p}:{line} {claim}"
        for (p, line), claim in sorted(wanted.items())
        if (p, line) not in found
    ]

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
    recall = (len(wanted) - len(missed)) / len(wanted) if wanted else 1.0
    print(
        f"\nprecision {precision:.2f} ({len(true_pos)}/{shown}), "
        f"recall {recall:.2f} ({len(wanted) - len(missed)}/{len(wanted)}), "
        f"{len(unsure)} finding(s) on uncertain lines, {len(report.problems)} unreadable file(s)"
    )


if __name__ == "__main__":
    main()
