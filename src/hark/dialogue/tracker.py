"""Folding a finished turn into the dialogue state.

Conventions for skills (all optional, in :attr:`Outcome.data`):

- ``missing_slot: "place_name"`` (or ``missing``) with ``expect_followup=True`` — the skill asked for a
  slot itself (e.g. weather with no place and no home location); the next turn answers
  it like a policy question.
- ``choices: [{"label": "Anna Smith", "slots": {...} | [slot dicts], "intent": ...}]`` with
  ``expect_followup=True`` — the skill found several close entities; the next turn picks.
- ``entities: {"song_name": "Yesterday", "artist_name": "The Beatles"}`` — entities the
  skill acted on, remembered for "that song", "her", "there".
- ``item: {"type": "timer", "id": 7, "label": "the pasta timer",
  "remove_intent": "timer_remove"}`` — something the skill created, for "cancel it"
  (for a creating action such as ``timer.set`` a single ``{"timer": {"id": ...}}`` value
  counts too). Choices given as bare labels (no ``slots``) re-run the request with the
  label as its text. When
  ``remove_intent`` is missing it is derived from the intent (``timer_set`` ->
  ``timer_remove``, ``lists_createoradd`` -> ``lists_remove``, else ``<scenario>_remove``
  if a skill handles that).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from typing import Any

from hark.dialogue import focus, lexicon, ordinals
from hark.dialogue.context import scenario
from hark.dialogue.policy import Decision
from hark.dialogue.state import ASIDES, DialogueState, Pending, slot_to_dict
from hark.types import Outcome, Slot, Understanding

FAILED_ACTIONS = {"skill.error", "skill.missing"}
_CREATED = re.compile(r"\.(set|add|added|create|created|new|scheduled|booked|saved)$")
_REMOVE = {"timer_set": "timer_remove", "alarm_set": "alarm_remove",
           "calendar_set": "calendar_remove", "lists_createoradd": "lists_remove"}
_REFERENCE_WORDS = {"there", "her", "him", "them", "it", "that", "this", "that song",
                    "this song", "that place", "she", "he"}


def remove_intent_for(intent: str, intents: Collection[str]) -> str | None:
    if intent in _REMOVE:
        return _REMOVE[intent]
    guess = f"{scenario(intent)}_remove"
    return guess if guess in intents else None


def pending_from_outcome(u: Understanding, out: Outcome) -> Pending | None:
    if not out.expect_followup:
        return None
    offer = out.data.get("offer")
    if isinstance(offer, dict) and offer:  # "Shall I remind you at 7 AM instead?": "yes"
        # runs the same request again with the offer's slots
        more = [Slot(k, str(v), v) for k, v in offer.items()]
        return Pending.of("confirm", replace(u, slots=[*u.slots, *more]), prompt=out.speech)
    missing = out.data.get("missing_slot") or out.data.get("missing")
    choices = out.data.get("choices")
    with_slots = isinstance(choices, list) and any(
        isinstance(c, dict) and c.get("slots") is not None for c in choices)
    if isinstance(missing, str) and missing and not with_slots:
        return Pending.of("slot", u, missing=missing, prompt=out.speech, confirmed=True)
    if isinstance(choices, list) and len(choices) >= 2:
        options = []
        for c in choices:
            if not isinstance(c, dict):
                c = {"label": str(c)}
            slots = c.get("slots")
            if isinstance(slots, dict):
                slots = [{"name": k, "raw": str(v), "value": v} for k, v in slots.items()]
            if slots is not None:
                have = {s["name"] for s in slots}
                slots = [slot_to_dict(s) for s in u.slots if s.name not in have] + list(slots)
            options.append({"label": str(c.get("label", "")), "key": str(c.get("label", "")),
                            "intent": c.get("intent") or u.intent, "slots": slots})
        pending = Pending.of("choice", u, options=options, prompt=out.speech, confirmed=True)
        return pending
    return None


def _created_item(out: Outcome) -> dict[str, Any] | None:
    """``data["item"]``, or for a creating action (``timer.set``, ``list.add``, ...) the
    one data value that is a dict with an ``id`` (``{"timer": {...}}``)."""
    item = out.data.get("item")
    if isinstance(item, dict) and item.get("id") is not None:
        return item
    if out.action and _CREATED.search(out.action):
        found = [(k, v) for k, v in out.data.items() if isinstance(v, dict) and "id" in v]
        if len(found) == 1:
            key, v = found[0]
            return {"type": key, "id": v["id"],
                    "label": str(v.get("name") or v.get("title") or v.get("label") or "")}
    return None


def _remember(state: DialogueState, u: Understanding, out: Outcome,
              intents: Collection[str]) -> None:
    for s in u.slots:
        if s.name == "item_ref" or lexicon.clean(s.raw) in _REFERENCE_WORDS:
            continue
        state.remember(s.name, s.raw, s.value, u.intent)
    ents = out.data.get("entities")
    if isinstance(ents, dict):
        for name, v in ents.items():
            state.remember(str(name), str(v), None, u.intent)
    item = _created_item(out)
    ref = u.slot("item_ref")
    if item is not None:
        state.last_item = {
            "type": item.get("type") or scenario(u.intent), "id": item.get("id"),
            "label": item.get("label", ""), "intent": u.intent,
            "remove_intent": item.get("remove_intent") or remove_intent_for(u.intent, intents),
            "slots": [slot_to_dict(s) for s in u.slots],
        }
    elif ref is not None and state.last_item is not None:
        state.last_item = None  # "cancel it" done: nothing left to cancel


def record(state: DialogueState, *, text: str, decision: Decision, speech: str,
           outcome: Outcome | None = None, intents: Collection[str] = (),
           queued: list[str] | None = None) -> DialogueState:
    """Update ``state`` in place for a finished turn and return it. ``queued``: the
    requests said after this one in the same sentence; without it, requests already
    queued are kept while the turn answers (or repeats) the pending question and
    dropped otherwise ("stop", or a new request instead of an answer)."""
    u = decision.understanding
    if queued is not None:
        state.queued = list(queued)
    elif not (decision.answered or decision.kind == "repeat"):
        state.queued = []
    state.pending = decision.pending
    executed = decision.kind == "execute" and outcome is not None \
        and outcome.action not in FAILED_ACTIONS
    if executed and u is not None and outcome is not None:
        state.pending = pending_from_outcome(u, outcome)
        state.last_intent = u.intent
        state.last_slots = [slot_to_dict(s) for s in u.slots if s.name != "item_ref"]
        state.last_confidence = u.confidence
        state.last_text = u.text
        if decision.reason == "slot_filled" and text.strip() and \
                text.strip().casefold() not in u.text.casefold():
            # the request with its answer ("Rappelle-moi de checker la boîte …" — "Les mardis
            # pis les jeudis, à midi"), so that a correction next ("mets-le à midi et demi")
            # puts right the whole of it
            state.last_text = f"{u.text.rstrip(' .!?')}, {text.strip()}"
        state.last_turn = state.turns
        state.last_language = u.language or "en"
        about = focus.of_outcome(outcome.action, outcome.data,
                                 bool(outcome.action and _CREATED.search(outcome.action)))
        # the clock or the weather asked in between about nothing the user has: "move my
        # dentist appointment to Thursday" — "what time is it now" — "push it an hour later"
        aside = about is None and u.intent.startswith(ASIDES)
        state.focus = state.focus if aside else about
        listed = ordinals.of_outcome(outcome.action, outcome.data)
        if listed and state.listed and all(t.get("asked") for t in state.listed + listed) \
                and {t.get("list") for t in state.listed + listed} == {listed[0].get("list")}:
            # "have i got milk on the list" — "what about eggs" — "take both of em off"
            listed = state.listed + [t for t in listed if t not in state.listed]
        state.listed = listed if listed is not None else \
            ordinals.still_listed(state.listed, state.focus)
        _remember(state, u, outcome, intents)
    if decision.kind != "repeat":
        state.last_response = speech
    state.add_history({"text": text, "intent": u.intent if u else None,
                       "decision": decision.kind,
                       "action": outcome.action if outcome else decision.action,
                       "response": speech, "focus": state.focus if executed else None})
    state.turns += 1
    return state
