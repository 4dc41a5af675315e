"""The fast (libyaml) and the bounded (pure-Python) composers read a workflow alike."""

from __future__ import annotations

import pytest
import yaml

from truthgraph.parse.limits import MAX_YAML_DEPTH
from truthgraph.parse.workflow import _BoundedLoader, _nesting_bound

WORKFLOW = """\
name: ci
on: [push, pull_request]
jobs:
  build:
    runs-on: ${{ inputs.runner || 'tinyland-nix' }}  # the lane
    steps:
    - uses: actions/checkout@v4
    - run: |
        nix build .#app
        echo "done: café"
      env: {ATTIC_SERVER: 'http://attic.nix-cache.svc.cluster.local'}
"""


def _depth(node: yaml.Node) -> int:
    if isinstance(node, yaml.MappingNode):
        return 1 + max((max(_depth(k), _depth(v)) for k, v in node.value), default=0)
    if isinstance(node, yaml.SequenceNode):
        return 1 + max((_depth(v) for v in node.value), default=0)
    return 1


def _shape(node: yaml.Node) -> list[tuple[object, ...]]:
    marks = (node.start_mark.line, node.start_mark.column, node.end_mark.line)
    here: list[tuple[object, ...]] = [(type(node).__name__, node.tag, *marks)]
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            here += _shape(key) + _shape(value)
    elif isinstance(node, yaml.SequenceNode):
        for value in node.value:
            here += _shape(value)
    else:
        here.append((node.value, node.style or None))
    return here


def test_both_composers_give_the_same_nodes_and_positions() -> None:
    loader = _BoundedLoader(WORKFLOW)
    try:
        bounded = loader.get_single_node()
    finally:
        loader.dispose()
    fast = yaml.compose(WORKFLOW, Loader=yaml.CSafeLoader)
    assert bounded is not None and fast is not None
    assert _shape(fast) == _shape(bounded)


@pytest.mark.parametrize(
    "text",
    [
        WORKFLOW,
        "a:\n- b:\n  - c:\n    - d: 1\n",  # sequences at their key's indentation
        "- - - - - x\n",  # compact nested sequences on one line
        "a: [[[[{b: [c]}]]]]\n",  # flow collections
        "a:\n  b:\n    c:\n      d:\n        e: 1\n",
    ],
)
def test_the_nesting_bound_is_never_below_the_depth(text: str) -> None:
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    assert node is not None
    assert _nesting_bound(text) >= _depth(node)


def test_deep_text_is_left_to_the_bounded_composer() -> None:
    deep = "a: " + "[" * MAX_YAML_DEPTH + "]" * MAX_YAML_DEPTH + "\n"
    assert _nesting_bound(deep) >= MAX_YAML_DEPTH
