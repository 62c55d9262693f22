"""Dialogue: what to do with an understood utterance, given the conversation so far.

- :mod:`state` — the per-session :class:`DialogueState` (JSON round-trip).
- :mod:`context` — carry-over of slots for elliptical follow-ups and reference
  resolution ("there", "her", "that song", "cancel it").
- :mod:`policy` — the pure decision function ``decide(u, state, registry, settings)``.
- :mod:`tracker` — folds a finished turn back into the state (entities, history, ...).
- :mod:`persist` — loads/creates sessions and writes state + turn in one transaction.

The turn orchestrator that ties them to the NLU and the skills is :mod:`hark.assistant`.
"""

from hark.dialogue.policy import Decision, decide
from hark.dialogue.state import DialogueState, Pending

__all__ = ["Decision", "DialogueState", "Pending", "decide"]
