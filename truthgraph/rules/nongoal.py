"""TG501 promises-non-goal: docs promising what the sprint note lists as a non-goal.

Non-goals are negative claims: "do not treat these as near-term promises". A
non-goal record carries `wording` and/or `paraphrase` rules exactly like a
claim; they match, scope and check polarity the same way, but a match means
the doc *promises* the non-goal, and the finding says so.

Example (non-goal ``nongoal-vertical-pod-resizing``)::

    - id: promises-resizing
      kind: wording
      patterns: ["{arc} ...4 (will|can|automatically) ...2 (resize|grow) ...3 pods"]

Contradicting: "ARC will automatically resize runner pods when a build needs more memory."
Consistent:    "Vertical pod resizing for ARC runners is not on the roadmap."
"""

from __future__ import annotations

from truthgraph.rules.base import Hit, one_line
from truthgraph.rules.paraphrase import ParaphraseCheck
from truthgraph.rules.wording import WordingCheck


class PromisedWording(WordingCheck):
    kind = "non-goal"
    code = "TG501"
    name = "promises-non-goal"

    def message(self, hit: Hit) -> str:
        return f'promises the non-goal "{one_line(self.owner.statement)}"'


class PromisedParaphrase(ParaphraseCheck):
    kind = "non-goal"
    code = "TG502"
    name = "resembles-non-goal-promise"

    def message(self, hit: Hit) -> str:
        return f'promises the non-goal "{one_line(self.owner.statement)}"'
