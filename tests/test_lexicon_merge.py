"""A pack lexicon that redefines a shared value adds to it; it does not replace it."""

from __future__ import annotations

from truthgraph.claims.model import Lexicon
from truthgraph.lexicon import merge, shared_lexicon


def test_a_redefined_value_keeps_the_shared_wording_and_adds_the_packs() -> None:
    base = shared_lexicon()
    shared = base.properties["rollout"].values["broad-now"]
    pack = Lexicon.model_validate(
        {
            "properties": {
                "rollout": {
                    "about": "",
                    "values": {
                        "broad-now": {
                            "say": "{subject} goes out to every flake now",
                            "patterns": ["ship ...2 every flake"],
                            "unless": ["after ...2 canary"],
                            "subject_after": True,
                        }
                    },
                }
            }
        }
    )
    merged = merge(base, [pack]).properties["rollout"].values["broad-now"]
    assert merged.patterns == [*shared.patterns, "ship ...2 every flake"]
    assert merged.unless == [*shared.unless, "after ...2 canary"]
    assert merged.subject_after is True
    assert merged.say == "{subject} goes out to every flake now"
    assert merge(base, [pack]).properties["rollout"].announces is True
