"""How long `validate` takes on a large claims folder (default 5,000 records); prints figures.

Usage: python bench/bench_validate.py [--records N]

Generates a synthetic pack (evidence, claims with a wording rule each, priorities with
exit signals, a sequence) in a temporary folder, then times loading + cross-checking,
compiling every rule, and the warnings pass, against plain `yaml.safe_load` of the
same files in the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from truthgraph.claims.pack import load_pack  # noqa: E402
from truthgraph.pack_warnings import pack_warnings  # noqa: E402
from truthgraph.rules import compile_rules  # noqa: E402


def write_pack(folder: Path, records: int) -> None:
    per_kind = records // 4
    (folder / "pack.yaml").write_text(
        "pack: {name: synthetic, snapshot: 2026-04-16}\n"
        "terms:\n  lane: [tinyland-nix, tinyland-nix-heavy]\n"
    )
    evidence = [
        {
            "id": f"ev-{i}",
            "kind": "issue",
            "ref": f"repo#{i}",
            "observed": "2026-04-16",
            "summary": f"observation {i}",
        }
        for i in range(per_kind)
    ]
    claims = [
        {
            "id": f"claim-{i}",
            "statement": f"statement {i}",
            "since": "2026-04-16",
            "evidence": [f"ev-{i}"],
            "topics": [f"topic-{i % 50}"],
            "rules": [{"id": "r", "kind": "wording", "patterns": [f"{{lane}} ...4 word{i} (a|b)"]}],
        }
        for i in range(per_kind)
    ]
    priorities = [
        {
            "id": f"prio-{i}",
            "level": "P0",
            "title": f"priority {i}",
            "owners": [f"#{i}"],
            "why_now": ["because"],
            "targets": ["target"],
            "claims": [f"claim-{i}"],
            "exit_signals": [
                {
                    "id": f"prio-{i}-exit",
                    "text": "done",
                    "status": "pending",
                    "evidence": [f"ev-{i}"],
                }
            ],
        }
        for i in range(per_kind)
    ]
    sequence = [
        {
            "id": f"step-{i}",
            "step": i + 1,
            "text": f"step {i}",
            "priority": f"prio-{i}",
            "after": [f"step-{i - 1}"] if i else [],
        }
        for i in range(per_kind)
    ]
    for name, section, items in (
        ("evidence", "evidence", evidence),
        ("claims", "claims", claims),
        ("priorities", "priorities", priorities),
        ("sequence", "sequence", sequence),
    ):
        (folder / f"{name}.yaml").write_text(yaml.safe_dump({section: items}, sort_keys=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        write_pack(folder, args.records)
        start = time.perf_counter()
        for path in sorted(folder.glob("*.yaml")):
            yaml.load(path.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        plain = time.perf_counter() - start
        start = time.perf_counter()
        pack = load_pack(folder)
        loaded = time.perf_counter() - start
        start = time.perf_counter()
        rules = compile_rules(pack)
        compiled = time.perf_counter() - start
        start = time.perf_counter()
        warnings = pack_warnings(pack, rules, dt.date(2026, 5, 1))
        warned = time.perf_counter() - start
    total = loaded + compiled + warned
    records = len(pack.claims) + len(pack.evidence) + len(pack.priorities) + len(pack.sequence)
    print(f"{records} records (+{len(pack.exit_signals)} exit signals), {len(rules)} rules")
    print(f"  libyaml safe load of the files   : {plain:.3f} s (no positions, no checks)")
    print(f"  load + cross-check               : {loaded:.3f} s ({loaded / plain:.2f}x safe_load)")
    print(f"  compile every rule               : {compiled:.3f} s")
    print(f"  warnings                         : {warned:.3f} s ({len(warnings)} warnings)")
    print(f"  validate in all                  : {total:.3f} s ({total / plain:.2f}x safe_load)")


if __name__ == "__main__":
    main()
