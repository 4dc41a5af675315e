"""The examples in each rule kind's docstring (the user docs) behave as they say."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from pathlib import Path

import pytest
import yaml

from truthgraph.claims.pack import load_pack
from truthgraph.engine import Checker, CheckOptions
from truthgraph.rules import nongoal, paraphrase, value, wording, workflow

MODULES = [wording, paraphrase, value, workflow, nongoal]
_EXAMPLE = re.compile(
    r"Example[^\n]*\(([\w-]+) ``([\w-]+)``\)::\n\n(?P<rule>(?: {4}.*\n|\n)+?)\n(?=\S)"
)
_INLINE = re.compile(r'^(Contradicting|Consistent):\s+"(.*)"\s*$', re.MULTILINE)
_BLOCK = re.compile(r"^(Contradicting|Consistent)::\n\n((?: {4}.*\n|\n)+)", re.MULTILINE)


def _examples(doc: str) -> tuple[str, str, dict[str, object], dict[str, str]]:
    found = _EXAMPLE.search(doc)
    assert found, "docstring has no example rule"
    owner_kind, owner_id = found.group(1), found.group(2)
    rule = yaml.safe_load(textwrap.dedent(found.group("rule")))[0]
    texts = {m.group(1): m.group(2) for m in _INLINE.finditer(doc)}
    for m in _BLOCK.finditer(doc):
        body = textwrap.dedent(m.group(2)).strip("\n")
        texts[m.group(1)] = f"Lane `tinyland-nix`:\n\n```yaml\n{body}\n```\n"
    assert set(texts) == {"Contradicting", "Consistent"}, texts
    return owner_kind, owner_id, rule, texts


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_docstring_examples(module: object, tmp_path: Path, repo_root: Path) -> None:
    owner_kind, owner_id, rule, texts = _examples(module.__doc__ or "")
    terms = load_pack(repo_root / "claims").terms
    record = {"id": owner_id, "statement": "example", "evidence": ["ev"], "rules": [rule]}
    section = "non_goals" if owner_kind == "non-goal" else "claims"
    if section == "claims":
        record["since"] = "2026-04-16"
    pack = {
        "pack": {"name": "docstring", "snapshot": "2026-04-16"},
        "terms": terms,
        "evidence": [
            {
                "id": "ev",
                "kind": "document",
                "ref": "note",
                "observed": "2026-04-16",
                "summary": "note",
            }
        ],
        section: [record],
    }
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "pack.yaml").write_text(yaml.safe_dump(pack), encoding="utf-8")
    checker = Checker(load_pack(tmp_path / "claims"), CheckOptions(today=dt.date(2026, 5, 1)))
    flagged = checker.check_text("example.md", texts["Contradicting"]).findings
    assert [f.claim for f in flagged] == [owner_id], texts["Contradicting"]
    assert checker.check_text("example.md", texts["Consistent"]).findings == []
