"""Context: turn an utterance that leans on the conversation into a self-contained one.

Two jobs, both pure functions of (understanding, state):

1. **Carry-over** for elliptical follow-ups ("and tomorrow?", "what about in Paris?",
   "how about friday"): the previous intent is reused and its slots are kept, with the
   new utterance's slots replacing those of the same type. An utterance is a follow-up
   when there is a previous intent, no question is pending, it brings at least one slot
   and either (a) apart from a cue ("and", "what about", ...), prepositions and the slot
   values it says nothing else, or (b) it starts with a cue, is short (<= 6 words) and
   its own intent is below the confidence threshold or in the same scenario as the
   previous one. When the NLU found no slot in a cue-led follow-up, the rest of the
   utterance is normalised (a date/time becomes ``date``/``time``) or else taken as the
   value of the previous turn's place/person/... slot.
2. **References** filled from recent entities: "there" -> place_name, "her/him/them" ->
   person, "that song"/"it again" after music -> song_name (+ artist_name), and
   "cancel it"/"delete that" -> the last item a skill created (intent becomes its
   remove intent, with an ``item_ref`` slot ``{"kind": "item", "type", "id"}``).

A resolved understanding has ``source == "context"``; the policy trusts its intent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime

from hark.dialogue import lexicon
from hark.dialogue.state import DialogueState, slot_from_dict
from hark.dialogue.words import TOLD_NOW
from hark.nlu.normalize import normalize_any
from hark.types import Slot, Understanding

MAX_FOLLOWUP_WORDS = 6
# slot types that replace each other in a follow-up ("in Paris" replaces a time zone)
_GROUPS = ({"place_name", "time_zone"}, {"date", "timeofday"})
# which previous slot a bare follow-up value most likely replaces, in order
_SUBSTITUTABLE = ("place_name", "time_zone", "person", "artist_name", "song_name",
                  "house_place", "device_type", "list_name", "event_name", "movie_name",
                  "currency_name", "news_topic", "radio_name", "podcast_name", "food_type")
_DATE_KINDS = {"date", "date_range", "datetime", "datetime_range"}
# slots that only say when: a follow-up may bring them to any request
# a question of when a thing is ("what time's …", "when's …")
_ASKS_WHEN = re.compile(r"(?:and\s+)?(?:what\s+time|when)(?:\s+is|\s+s|s)?\b")
_WHEN_SLOTS = {"date", "time", "timeofday", "duration", "date_range", "time_range"}
_TIME_KINDS = {"time", "time_range"}
_NOISE = {"the", "a", "an", "please", "then", "one", "there", "today's", "it", "so", "ok",
          "okay", "now", "same", "thing", "too", "as", "well", "also", "instead"}
_GLUE = {"in", "at", "for", "on", "to", "from", "with", "near", "by", "and", "what", "about",
         "how", "of", "is", "it", "'s", "what's", "how's"}
_PLACE_REFS = {"there", "that place", "that city", "over there"}
_PERSON_REFS = {"her", "him", "them", "she", "he"}
_SONG_REFS = {"that song", "this song", "the song", "it", "that", "that track", "this track",
              "same song", "that one"}
_MUSIC_SCENARIOS = {"play", "music"}


def scenario(intent: str | None) -> str:
    from hark.nlu.intents import PARENT_INTENT

    if not intent:
        return ""
    return PARENT_INTENT.get(intent, intent).split("_", 1)[0]


@dataclass
class Resolution:
    understanding: Understanding
    followup: bool = False  # intent and slots carried over from the previous turn
    carried: list[str] = field(default_factory=list)  # slot names kept from before
    references: dict[str, str] = field(default_factory=dict)  # slot -> word resolved


def resolve(u: Understanding, state: DialogueState, *, now: datetime,
            threshold: float = 0.7) -> Resolution:
    res = Resolution(u)
    if state.pending is None:
        item = _item_reference(u, state)
        if item is not None:
            res.understanding = item
            res.references["item_ref"] = u.text
            return res
        _carry_over(res, state, now, threshold)
    _fill_references(res, state)
    return res


# --------------------------------------------------------------------- carry-over


def _words(text: str) -> list[str]:
    return lexicon.clean(text).split()


def _leftover(text: str, slots: list[Slot]) -> list[str]:
    """Words of ``text`` that are not cue, preposition, filler or part of a slot value."""
    t = lexicon.clean(text)
    t = lexicon.FOLLOWUP_CUE.sub("", t)
    for s in slots:
        raw = lexicon.clean(s.raw)
        if raw:
            t = re.sub(rf"\b{re.escape(raw)}\b", " ", t)
    return [w for w in t.split() if w not in _NOISE and w not in _GLUE]


def _guess_slots(rest: str, prev: Understanding, now: datetime, lang: str,
                 prepositioned: bool) -> list[Slot]:
    if not rest or len(rest.split()) > 4:
        return []
    got = normalize_any(rest, now, lang)
    if got is not None and got.get("kind") in _DATE_KINDS:
        return [Slot("date", rest, got)]
    if got is not None and got.get("kind") in _TIME_KINDS:
        return [Slot("time", rest, got)]
    if got is not None:
        return []  # a number or the like: nothing to substitute it for
    names = [s.name for s in prev.slots]
    for name in _SUBSTITUTABLE:
        if name in names:
            return [Slot(name, rest)]
    if prepositioned:
        return [Slot("place_name", rest)]
    return []


def _merge(prev: list[Slot], new: list[Slot]) -> tuple[list[Slot], list[str]]:
    replaced = {s.name for s in new}
    for group in _GROUPS:
        if replaced & group:
            replaced |= group
    kept = [s for s in prev if s.name not in replaced]
    return kept + list(new), [s.name for s in kept]


def _opens_request(text: str) -> bool:
    from hark.dialogue.compound import opens_request

    return opens_request(text, False)


def _carry_over(res: Resolution, state: DialogueState, now: datetime, threshold: float) -> None:
    u = res.understanding
    prev = state.last_understanding()
    if prev is None:
        return
    words = _words(u.text)
    cue = lexicon.FOLLOWUP_CUE.match(lexicon.clean(u.text))
    cue_led = bool(cue and cue.group(0).strip())
    new_slots = [s for s in u.slots if lexicon.clean(s.raw) not in _PLACE_REFS | _PERSON_REFS]
    if not new_slots and cue is not None and cue_led:
        rest = lexicon.followup_remainder(u.text) or ""
        after_cue = lexicon.clean(u.text)[cue.end():].strip()
        prepositioned = bool(re.match(r"(in|at|near|from|for)\s", after_cue))
        new_slots = _guess_slots(rest, prev, now, u.language, prepositioned)
        if prev.intent == "lists_createoradd" and not re.search(
                r"\b(?:list|timer|alarm|reminder|calendar|diary|event|appointment|meeting)s?\b",
                rest, re.I):  # (not "and, um, set a timer")
            # "and clear the hall" after a to-do was added: another item, not a list
            new_slots = [Slot("item", s.raw, s.raw) if s.name == "list_name" else s
                         for s in new_slots]
    if not new_slots:
        return
    kinds = [s.name for s in prev.slots if s.name in _SUBSTITUTABLE]
    if cue_led and len(new_slots) == 1 and len(kinds) == 1 \
            and new_slots[0].name in _SUBSTITUTABLE \
            and new_slots[0].name not in {s.name for s in prev.slots} \
            and not any({new_slots[0].name, kinds[0]} <= group for group in _GROUPS):
        # "what about Johannesburg?" after Lagos' time, the name read as a person's
        new_slots = [Slot(kinds[0], new_slots[0].raw, new_slots[0].value)]
    only_slots = not _leftover(u.text, new_slots) and len(words) <= MAX_FOLLOWUP_WORDS + 2
    weak_or_same = (u.confidence < threshold or not u.in_scope
                    or scenario(u.intent) == scenario(prev.intent))
    if not (only_slots or (cue_led and len(words) <= MAX_FOLLOWUP_WORDS and weak_or_same)):
        return
    if cue_led and u.in_scope and u.confidence >= threshold and u.intent != prev.intent \
            and _opens_request(lexicon.clean(u.text)[cue.end():].strip()):  # type: ignore[union-attr]
        return  # "and delete the dentist appointment" after a move: a removal, not a move
    if not cue_led and u.in_scope and u.confidence >= threshold and u.intent != prev.intent \
            and u.intent.endswith("_query") != prev.intent.endswith("_query"):
        # a confident question after a change, or a change after a question, is its own
        # request: "what's on Thursday" after a move added the event again on Thursday
        return
    if not cue_led and u.in_scope and u.confidence >= threshold \
            and scenario(u.intent) != scenario(prev.intent) \
            and {s.name for s in new_slots} - {s.name for s in prev.slots} - _WHEN_SLOTS:
        # a confident request of another kind that names its own thing: "dinner with Anna
        # on Friday at 7.30pm" after an alarm is an event, not another alarm
        return
    if not cue_led and u.intent != prev.intent and re.match(TOLD_NOW, lexicon.clean(u.text)):
        return  # "the appointment's moved to Thursday at 3 pm" after a removal: a change told
    before = prev.slots
    if _ASKS_WHEN.match(lexicon.clean(prev.text)) \
            and any(s.name not in _WHEN_SLOTS for s in new_slots):
        # "what time's the bins reminder on Thursday" — "and the one for Sam's card?": the
        # day picked out the thing asked about, not the next one
        before = [s for s in before if s.name not in _WHEN_SLOTS]
    slots, carried = _merge(before, new_slots)
    res.understanding = replace(u, intent=prev.intent, slots=slots, source="context",
                                confidence=max(u.confidence, state.last_confidence),
                                in_scope=True)
    res.followup = True
    res.carried = carried


# --------------------------------------------------------------------- references


def _item_reference(u: Understanding, state: DialogueState) -> Understanding | None:
    item = state.last_item
    if not item or not item.get("remove_intent"):
        return None
    if not lexicon.ITEM_REF.match(lexicon.clean(u.text)):
        return None
    slots = [slot_from_dict(s) for s in item.get("slots") or []]
    slots.append(Slot("item_ref", u.text, {"kind": "item", "type": item.get("type"),
                                           "id": item.get("id")}))
    return replace(u, intent=str(item["remove_intent"]), slots=slots, source="context",
                   confidence=max(u.confidence, state.last_confidence), in_scope=True)


def _swap(u: Understanding, name: str, refs: set[str], entity: Slot | None,
          res: Resolution, word: str) -> Understanding:
    """Replace slot ``name`` whose raw is a reference word (or add it) with ``entity``."""
    if entity is None:
        return u
    current = u.slot(name)
    if current is not None and lexicon.clean(current.raw) not in refs:
        return u  # the user named it
    slots = [s for s in u.slots if s is not current] + [Slot(name, entity.raw, entity.value)]
    res.references[name] = word
    return replace(u, slots=slots)


def _fill_references(res: Resolution, state: DialogueState) -> None:
    u = res.understanding
    text = lexicon.clean(u.text)
    m = lexicon.THERE.search(text)
    if m:
        u = _swap(u, "place_name", _PLACE_REFS, state.entity("place_name")
                  or state.entity("time_zone"), res, m.group(1))
    m = lexicon.PERSON_PRONOUN.search(text)
    if m:
        u = _swap(u, "person", _PERSON_REFS, state.entity("person"), res, m.group(1))
    m = lexicon.SONG_REF.search(text)
    music_now = scenario(u.intent) in _MUSIC_SCENARIOS
    music_before = scenario((state.entities.get("song_name") or {}).get("intent")) \
        in _MUSIC_SCENARIOS
    if m and (music_now or music_before) and state.entity("song_name") is not None:
        before = u
        u = _swap(u, "song_name", _SONG_REFS, state.entity("song_name"), res, m.group(1))
        if u is not before and u.slot("artist_name") is None and state.entity("artist_name"):
            a = state.entity("artist_name")
            assert a is not None
            u = replace(u, slots=[*u.slots, a])
    res.understanding = u
