"""The dialogue policy: one pure function from (understanding, state) to a decision.

``decide(u, state, registry, settings, now=...)`` never runs a skill and never changes
``state``; the caller executes the decision and records it (see :mod:`tracker`).

Rules, in order:

1. **stop** — "stop", "cancel", "never mind", ... (or ``general_commandstop`` said in
   at most three words) at any point clears whatever is pending: "Okay."
2. **repeat** — "repeat that", "say that again" (or ``general_repeat``) repeats the last
   response; a pending question stays pending.
3. **pending question** (see :class:`~hark.dialogue.state.Pending`):
   - *confirm*: yes words / ``general_affirm`` / ``general_confirm`` -> execute;
     no words / ``general_negate`` -> "Okay, I won't." and nothing happens; anything
     else drops the pending action and is handled as a new request.
   - *slot*: the turn answers the question whatever its intent: the NLU slot of the
     missing type if it found one (with the turn's other slots), else the whole text
     normalised for that slot type (:func:`hark.nlu.normalize.normalize`), else the raw
     text (minus a leading "in/at/for/..."). **Topic change rule**: the pending request is
     dropped instead when the turn is a greeting/bye, or when *all* of these hold: a
     different in-scope intent with confidence >= max(threshold, 0.8), a skill for it
     whose required slots are all present, at least three words, and neither an NLU slot
     of the missing type nor a value that normalises as one.
   - *choice*: "the first/second/last one", "number two", or naming an option (its label
     words, or the NLU's intent being one of the options) picks it; anything else drops
     the choice and is handled as a new request.
4. **new request**: greetings, thanks and bye are small talk ("what can you do" goes to
   ``general_explain``); a request resolved by context is trusted; ``out_of_scope`` ->
   **cannot** ("I can't do that yet" + a hint); top-2 intents within
   :data:`CLOSE_MARGIN` and both plausible (second >= :data:`PLAUSIBLE`, both have
   skills) -> **choose** ("Did you mean X or Y?"); below ``settings.confidence_threshold``
   (or flagged not ``in_scope`` by the NLU) -> **fallback** with a hint of what Hark can do; no skill -> **cannot**; then
   :func:`proceed`: a slot value carrying ``{"candidates": [...]}`` (two or more close
   entities) -> **choose**; a missing required slot -> **ask_slot** (the IntentSpec
   prompt, e.g. "What time?"); a sensitive intent -> **confirm**; else **execute**.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from hark.config import Settings
from hark.dialogue import lexicon
from hark.dialogue.restate import restate
from hark.dialogue.state import DialogueState, Pending, slot_from_dict, slot_to_dict
from hark.dialogue.words import NOT_NAMING
from hark.nlu import repeat_changes
from hark.nlu.event_span import said_span
from hark.nlu.event_span_other import said_span as said_span_other
from hark.nlu.intents import OUT_OF_SCOPE, is_home_control
from hark.nlu.normalize import normalize
from hark.nlu.stored_requests import kind_of
from hark.nlu.time_spans import find_time_spans, one_when
from hark.skills.base import IntentSpec
from hark.skills.providers import lang
from hark.skills.providers.phrases import INTENT_LABELS
from hark.skills.registry import SkillRegistry
from hark.skills.small_talk import (
    CAPABILITIES,
    CAPABILITY_KEYS,
    asks_what_i_can_do,
    greeting,
)
from hark.skills.unsupported_devices import unsupported_thing
from hark.store.recurrence import DAY_CODES
from hark.text.clean import COURTESY
from hark.text.en_words import HOUR_WORDS
from hark.text.placeholders import said_instead, says_something
from hark.types import Slot, Understanding

CLOSE_MARGIN = 0.15  # top-2 intents this close are offered as a choice
PLAUSIBLE = 0.25  # ... when the second one scores at least this
TOPIC_CHANGE_MIN = 0.8  # a pending slot question is abandoned only above this confidence

KINDS = ("execute", "ask_slot", "confirm", "choose", "fallback", "cannot", "stop", "repeat",
         "smalltalk")
AFFIRM = {"general_affirm", "general_confirm"}
NEGATE = {"general_negate"}
_ACKNOWLEDGE = AFFIRM | NEGATE | {"general_dontcare"}
# what a reminder is for, said as the answer to what it is for: "to pick up the turkey",
# "about the parking permit"
_WHAT_FOR = re.compile(r"^\W*(?:(?:um|er|erm|oh|ah|so)\W+)*(?:to|about|that)\s+\w", re.I)
_WHAT_CAN_YOU_DO = re.compile(
    r"^(?:so |and |hey |ok |okay )?(?:what can you do|what (?:else )?are you able to do|"
    r"what do you do|help|help me|what can i (?:ask|say)(?: you)?|what are your (?:skills|"
    r"abilities|capabilities))(?: for me)?$")


@dataclass
class Decision:
    """What to do this turn. ``understanding`` is the (resolved) request the turn is
    about — for ``execute`` the one to hand to the skill. ``pending`` is the question
    left open after this turn (None clears it)."""

    kind: str
    understanding: Understanding | None = None
    speech: str = ""
    action: str | None = None
    pending: Pending | None = None
    end_session: bool = False
    expect_followup: bool = False
    reason: str = ""  # why, for logs and tests: "confirmed", "topic_change", ...
    answered: bool = False  # the turn answered the question that was pending

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown decision kind {self.kind!r}")


# ------------------------------------------------------------------------ phrasing


# HWU64 intents no built-in skill handles: named, so the refusal says what it can't do.
UNSUPPORTED = {
    "cooking_recipe": "look up recipes",
    "news_query": "read the news",
    "play_audiobook": "play audiobooks",
    "play_game": "play games",
    "play_podcasts": "play podcasts",
    "play_radio": "play the radio",
    "qa_stock": "look up stock prices",
    "recommendation_events": "recommend events",
    "recommendation_locations": "recommend places",
    "recommendation_movies": "recommend movies",
    "takeaway_order": "order takeaway",
    "takeaway_query": "check on takeaway orders",
    "transport_query": "look up travel information",
    "transport_taxi": "book taxis",
    "transport_ticket": "book tickets",
    "transport_traffic": "check the traffic",
}


def hint(language: str | None = "en") -> str:
    """"For example, I can …" — four things Hark does, in ``language``."""
    language = lang.pick(language)
    if language != "en":
        items = [lang.t(language, key) for key in CAPABILITY_KEYS[:4]]
        return lang.t(language, "hint", list=lang.join(items, language, lang.OR))
    items = CAPABILITIES[:4]
    return "For example, I can " + ", ".join(items[:-1]) + ", or " + items[-1] + "."


def cannot(u: Understanding) -> str:
    """"Sorry, I can't read the news yet. For example, …" (the skill Hark lacks named in
    English; other languages say it more generally)."""
    language = lang.pick(u.language)
    if language != "en":
        return f"{lang.t(language, 'cannot')} {hint(language)}"
    return f"Sorry, I can't {UNSUPPORTED.get(u.intent, 'do that')} yet. {hint()}"


def describe(spec: IntentSpec | None, intent: str) -> str:
    """A short human description of an intent: 'weather forecast for a place and day'."""
    text = spec.description if spec and spec.description else intent.replace("_", " ")
    text = re.split(r"\s*[(;]|,\s|\.\s|\.$", text, maxsplit=1)[0].strip()
    return text[:1].lower() + text[1:]


def _slot_phrase(name: str) -> str:
    return name.replace("_name", "").replace("_type", "").replace("_", " ")


def ask_prompt(spec: IntentSpec | None, slot: str, language: str = "en") -> str:
    own = lang.TEMPLATES[lang.pick(language)].get(f"ask_{slot}")
    if own and lang.pick(language) != "en":
        return own
    if spec and spec.prompts.get(slot):
        return spec.prompts[slot]
    return f"What {_slot_phrase(slot)}?"


def confirm_prompt(spec: IntentSpec | None, u: Understanding) -> str:
    values = {s.name: s.raw for s in u.slots}
    language = lang.pick(u.language)
    if language != "en":  # "Nur zur Sicherheit: den Wecker löschen (sieben Uhr). Soll ich?"
        key = f"confirm_{u.intent}"
        if u.intent == "calendar_remove" and kind_of(u.text.lower(), language) == "reminder":
            key = "confirm_reminder_remove"  # "borrar el recordatorio", not "el evento"
        what = lang.TEMPLATES[language].get(key) or describe(spec, u.intent)
        said = ", ".join(s.raw for s in u.slots if s.raw and s.name != "item_ref")
        return lang.t(language, "confirm", what=what + (f" ({said})" if said else ""))
    if spec and spec.prompts.get("confirm"):
        try:
            return spec.prompts["confirm"].format_map(_Blank(values))
        except (ValueError, IndexError):
            pass
    said = [s.raw for s in u.slots if s.raw and s.name != "item_ref"]
    what = restate(u.text, said)  # "delete your 7 am alarm"
    if what is None:
        details = ", ".join(f"{_slot_phrase(s.name)} {s.raw}" for s in u.slots
                            if s.raw and s.name != "item_ref")
        what = describe(spec, u.intent) + (f" ({details})" if details else "")
    return f"Just to confirm: {what}. Shall I go ahead?"


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


# ------------------------------------------------------------------------- helpers


def _words(text: str) -> list[str]:
    return lexicon.clean(text).split()


def _has_skill(registry: SkillRegistry, intent: str) -> bool:
    return registry.skill_for(intent) is not None


def _habitual_slot(text: str, language: str) -> list[Slot]:
    """Days said as every week's in an answer ("Le mercredi et le samedi, à six heures du
    soir"), as the repeat slot the NLU gives "every Wednesday and Saturday"."""
    found = repeat_changes.habitual_said(text, language)
    if found is None:
        return []
    days = [DAY_CODES[d] for d in sorted(found[0])]
    return [Slot("general_frequency", found[1],
                 {"kind": "recurrence", "freq": "weekly", "byday": days})]


# what a timer is for, said when asked how long: "it's for the steriliser", "call it bath"
_TIMER_FOR = re.compile(r"^(?:(?:oh|um|uh|so|it's|it is|its|this one's|that's|this is)[,\s]+)*"
                        r"(?:for|called|named|call it|name it)\s+(?P<what>[\w' -]{1,30}?)[.!]*$",
                        re.I)
# the timer named after its length: "25 minutes. Call it focus."
_CALL_IT_AFTER = re.compile(r"(?<=\w)[.,;]?\s+(?:and\s+)?(?:call|name|label)\s+it\s+"
                            r"(?P<what>[\w' -]{1,30}?)\s*[.!]*$", re.I)


_THANKS_AFTER = re.compile(rf"[,\s]+(?:{COURTESY})[\s.!]*$", re.I)


# a bare hour offered as the answer: "…, so about eleven", "say ten"
_ABOUT_HOUR = re.compile(rf"\b(?:say|about|around|roughly)\s+(?=(?:\d{{1,2}}|{HOUR_WORDS})\s*[.!?]*$)",
                         re.I)


def _answer_slot(p: Pending, u: Understanding, now: datetime) -> Understanding:
    """The pending request with the missing slot filled from this turn."""
    base = p.understanding()
    name = p.missing or ""
    have = {s.name for s in base.slots}
    called = _CALL_IT_AFTER.search(u.text.strip()) if base.intent == "timer_set" else None
    if called is not None:  # (its name, said after the length, is read from the request)
        base = replace(base, text=f"{base.text.rstrip(' .!')}, call it {called['what']}")
    named = _TIMER_FOR.match(u.text.strip()) if base.intent == "timer_set" else None
    if named is not None and normalize("duration", named["what"], now,
                                       u.language or p.language) is None:
        # ("For how long?" — "it's for the steriliser": its name; how long is asked again)
        return replace(base, text=f"{base.text.rstrip(' .!')} for {named['what']}")
    window = _event_window(base, name, u.text, u.language or p.language, now)
    if window is not None:  # "Wednesday, he said between 8 and 12", "El miércoles, de 8 a
        return window  # 12.": from 8 till 12 (not all day, not 8:12)
    if name in ("date", "time"):  # "Wednesday, 1 p.m." to "When is lunch with Priya?"
        answer = _ABOUT_HOUR.sub("at ", u.text) if (u.language or p.language) == "en" else u.text
        spans = one_when(find_time_spans(answer, now, u.language or p.language))
        if any(isinstance(s.value, dict) and s.value.get("kind") == "time" for s in spans):
            spans = [s for s in spans if not (isinstance(s.value, dict) and s.value.get(
                "kind") == "time_range")]  # "Tomorrow once the lunch rush has died down, so
            # about half two": the clock said, not the meal it is after
        head = re.split(r"\s[—–-]\s|[—–]", u.text, maxsplit=1)[0]
        if head != u.text and (first := find_time_spans(head, now, u.language or p.language)):
            spans = first  # "To Saturday, same time — Hugo's concert is on the Friday
            # evening": the answer before the dash, the remark after it
        if len(spans) > 1 or (spans and (spans[0].name != name or (
                isinstance(spans[0].value, dict) and spans[0].value.get("kind") == "datetime"))):
            said = {s.name for s in spans}
            return replace(base, slots=[s for s in base.slots if s.name not in said | {name}]
                           + spans + _habitual_slot(u.text, u.language or p.language))
        day = None if spans else normalize("date", u.text.strip().rstrip("?.!"), now,
                                           u.language or p.language)
        if name == "time" and day is not None and day.get("kind") == "date":
            # "When should I remind you …?" — "On the 23rd.": the day (a bare day of the
            # month is no time the finder reads)
            return replace(base, slots=[s for s in base.slots if s.name not in ("date", name)]
                           + [Slot("date", u.text.strip().rstrip("?.!"), day)])
        if len(spans) == 1 and u.slot(name) is None and (re.search(
                r"[.!?]\s+\S", u.text.strip()) or normalize(
                    name, _THANKS_AFTER.sub("", u.text.strip().rstrip("?.!").strip()), now,
                    u.language or p.language) is None):  # "Um, 5:45 in the morning. It's
            # deadline day.", "Make it quarter to five, please.": the one time said,
            # whatever the rest was read as
            return replace(base, slots=[s for s in base.slots if s.name != name] + spans)
    if name == "duration" and u.slot(name) is None:  # "Forty minutes, no more, or I'll never
        # sleep tonight": the one length said, whatever else the words were read as
        lengths = [s for s in find_time_spans(u.text, now, u.language or p.language)
                   if isinstance(s.value, dict) and s.value.get("kind") == "duration"]
        if len(lengths) == 1:
            return replace(base, slots=[s for s in base.slots if s.name != name] + lengths)
    if name in ("item", "event_name") and says_something(base.text):
        # "ajoute un truc à la liste de courses" — "du beurre": the request with the thing
        base = replace(base, text=said_instead(base.text, u.text))
    elif name == "event_name" and _WHAT_FOR.match(u.text):
        # "Can you set a reminder?" — "To pick up the turkey.": the request said whole (a
        # time said next, or a correction, reads it)
        base = replace(base, text=f"{base.text.strip().rstrip('?.!')} {u.text.strip().rstrip('?.!')}")
    got = u.slot(name)
    if got is not None:
        extra = [s for s in u.slots if s.name not in have and s is not got]
        return replace(base, slots=[s for s in base.slots if s.name != name] + [got, *extra])
    # (a courtesy after the answer is no part of it: "Half five, please.")
    text = _THANKS_AFTER.sub("", u.text.strip().rstrip("?.!").strip()) or u.text.strip()
    if name == "item":  # "Yeah, balloons, the candles, and, um, lollies": the things alone
        text = re.sub(r",\s*and\s*,\s*", ", and ", _YES_FIRST.sub("", text)) or text
    value = normalize(name, text, now, u.language or p.language)
    raw = re.sub(r"^(?:in|at|for|on|to|it's|it is|its)\s+", "", text, flags=re.I).strip()
    slot = Slot(name, text if value is not None else (raw or text), value)
    return replace(base, slots=[s for s in base.slots if s.name != name] + [slot])


# a yes before the things asked for (English): "Yeah, balloons, …"
_YES_FIRST = re.compile(r"^(?:(?:yeah|yes|yep|ok|okay|right|so|sure|um|erm|uh)\s*,\s*)+", re.I)


def _event_window(base: Understanding, name: str, answer: str, language: str,
                  now: datetime) -> Understanding | None:
    """The new event with the hours of an answer to "When is …?" that gives a window, read
    as if said with the request (the calendar reads the range); else None. English:
    "Wednesday, he said between 8 and 12" is the day and the hours said after the request
    (the day alone had been read, all day); German, French, Spanish, Italian: the
    sentence of the answer that holds the range ("El miércoles por la mañana, de 8 a 12.
    Bueno, eso dice él" had been 8:12)."""
    if base.intent != "calendar_set" or name not in _WHEN:
        return None
    kept = [s for s in base.slots if s.name not in _WHEN]
    if language in ("de", "fr", "es", "it"):
        for sentence in re.split(r"(?<=[.!?])\s+", answer.strip()):
            lowered = sentence.lower()
            said = said_span_other(lowered, language)
            if said is not None and said.range is not None and len(lowered) == len(sentence):
                return replace(base, text=f"{base.text.strip().rstrip('.!?')} {sentence.strip()}",
                               slots=kept)
        return None
    said = said_span(answer.lower()) if len(answer.lower()) == len(answer) else None
    if language != "en" or said is None or said.range is None:
        return None
    hours = answer[said.at[0]:said.at[1]]
    rest = f"{answer[:said.at[0]]} {answer[said.at[1]:]}"
    days = [s for s in find_time_spans(rest, now, "en") if s.name == "date"]
    piece = f"on {days[0].raw} {hours}" if len(days) == 1 else hours
    text = f"{base.text.strip().rstrip('?.!')} {piece}"
    spans = [s for s in find_time_spans(text, now, "en")
             if s.start is not None and s.start >= len(text) - len(piece)]
    return replace(base, text=text, slots=kept + spans)


_WHEN = ("date", "time")  # either answers "when?" when its value says what is missing


def _covers(slot: Slot | None, missing: str) -> bool:
    """Whether ``slot``'s value says the ``missing`` day ("date") or clock ("time"): a
    day and time together say both, a day alone no clock."""
    kind = slot.value.get("kind") if slot is not None and isinstance(slot.value, dict) else None
    return kind == "datetime" or kind == missing


def _topic_change(u: Understanding, p: Pending, registry: SkillRegistry,
                  settings: Settings, now: datetime) -> bool:
    if lexicon.greeting_kind(u.text):
        return True
    if p.missing == "item" and u.intent.startswith("iot_"):
        return False  # "What should I add?" — "Clean the gutters." (not the vacuum)
    if u.intent == p.intent or not u.in_scope or u.intent == OUT_OF_SCOPE:
        return False
    if u.confidence < max(settings.confidence_threshold, TOPIC_CHANGE_MIN):
        return False
    spec = registry.spec_for(u.intent)
    if spec is None or any(u.slot(r) is None for r in spec.required):
        return False
    if len(_words(u.text)) < 3 or (p.missing and u.slot(p.missing) is not None):
        return False
    if p.missing in _WHEN and any(_covers(u.slot(n), p.missing) for n in _WHEN):
        return False  # "When is it?" — "Saturday at 12, it takes about an hour": the day
        # and time asked for, said with how long (read alone as a time zone question)
    return not (p.missing and normalize(p.missing, u.text, now, u.language) is not None)


_KIND_NOUNS = {"alarm", "timer", "reminder", "event", "appointment", "meeting", "item", "wecker",
               "erinnerung", "termin", "alarme", "réveil", "minuteur", "rappel", "alarma",
               "temporizador", "recordatorio", "cita", "sveglia", "promemoria"}


def _pick(u: Understanding, p: Pending) -> dict[str, Any] | None:
    idx = lexicon.ordinal_choice(u.text)
    if idx is not None and -len(p.options) <= idx < len(p.options):
        return p.options[idx]
    text = lexicon.clean(u.text)
    words = set(text.split()) - NOT_NAMING
    if re.search(r"\d\s*(?:am|pm)\b", text):  # "the 8 AM one" of two said by their time
        words |= {"am", "pm"} & set(text.split())
    for said in (words, words - _KIND_NOUNS):  # "the weekday alarm": its kind need not be
        hits = []  # in the label ("6:30 AM every weekday")
        for opt in p.options:
            label = lexicon.clean(str(opt.get("label", "")))
            key = lexicon.clean(str(opt.get("key", "")))
            if (key and re.search(rf"\b{re.escape(key)}\b", text)) or (label and label in text):
                hits.append(opt)
            elif said and said <= set(label.split()) | set(key.split()):
                hits.append(opt)
        if len(hits) == 1:
            return hits[0]
    same = [o for o in p.options if o.get("intent") == u.intent]
    if len(same) == 1 and len({o.get("intent") for o in p.options}) > 1:
        return same[0]
    return None


def option_understanding(p: Pending, opt: dict[str, Any]) -> Understanding:
    slots = opt.get("slots")
    text = p.text if slots is not None else str(opt.get("label") or p.text)
    return Understanding(text=text, intent=str(opt.get("intent") or p.intent),
                         confidence=p.confidence, language=p.language, source="context",
                         slots=[slot_from_dict(s) for s in (slots if slots is not None
                                                             else p.slots)])


def _candidates(u: Understanding) -> tuple[Slot, list[dict[str, Any]]] | None:
    for s in u.slots:
        if isinstance(s.value, dict) and len(s.value.get("candidates") or []) >= 2:
            return s, list(s.value["candidates"])
    return None


def _join_or(labels: list[str]) -> str:
    if len(labels) <= 2:
        return " or ".join(labels)
    return ", ".join(labels[:-1]) + ", or " + labels[-1]


# ---------------------------------------------------------------------- decisions


def proceed(u: Understanding, registry: SkillRegistry, *, confirmed: bool = False,
            reason: str = "") -> Decision:
    """The request is understood: choose an entity, ask for a slot, confirm, or execute."""
    spec = registry.spec_for(u.intent)
    if spec is None:
        return Decision("cannot", u, cannot(u), action="dialogue.cannot", reason="no_skill")
    cand = _candidates(u)
    if cand is not None:
        slot, options = cand
        opts = []
        for c in options:
            c = c if isinstance(c, dict) else {"raw": str(c)}
            label = str(c.get("label") or c.get("raw") or c.get("value"))
            chosen = Slot(slot.name, str(c.get("raw") or label), c.get("value", label))
            slots = [slot_to_dict(s) for s in u.slots if s is not slot] + [slot_to_dict(chosen)]
            opts.append({"label": label, "key": label, "intent": u.intent, "slots": slots})
        labels = [o["label"] for o in opts]
        which = (f"Which one: {_join_or(labels)}?" if lang.pick(u.language) == "en" else
                 lang.t(u.language, "which_one", choices=lang.join(labels, u.language, lang.OR)))
        return Decision("choose", u, which, action="dialogue.choose",
                        pending=Pending.of("choice", u, options=opts, confirmed=confirmed),
                        expect_followup=True, reason="close_entities")
    missing = [r for r in spec.required if u.slot(r) is None]
    if missing:
        prompt = ask_prompt(spec, missing[0], u.language)
        return Decision("ask_slot", u, prompt, action="dialogue.ask_slot",
                        pending=Pending.of("slot", u, missing=missing[0], prompt=prompt,
                                           confirmed=confirmed),
                        expect_followup=True, reason=f"missing:{missing[0]}")
    if spec.sensitive and not confirmed:
        prompt = confirm_prompt(spec, u)
        return Decision("confirm", u, prompt, action="dialogue.confirm",
                        pending=Pending.of("confirm", u, prompt=prompt),
                        expect_followup=True, reason="sensitive")
    return Decision("execute", u, reason=reason or ("confirmed" if confirmed else ""))


# the end of a sentence, another said after it
_FIRST_SENTENCE = re.compile(r"(?<=\w)[.!;]\s+(?=\w)")
# a clause's end: after "no, keep it" what follows is why ("No, lasciala, ce la faccio")
_CLAUSE_END = re.compile(r"(?<=\w)\s*[:,–—-]\s+(?=\w)")
# a verb of keeping the thing asked about, in the answer's "no" ("lasciala", "garde-le")
_KEEP = re.compile(r"\b(?:keep|lass|behalt|laisse|garde|d[ée]j[ae]l|lascia|tienil)", re.I)


def _kept_then_why(said: str, language: str) -> str | None:
    """The "no, keep it" that opens ``said`` before a colon or comma, when what follows is
    why and no request of its own ("Aspetta, no, lasciala: alla fine ce la faccio", "Non,
    garde-le, je me lèverai quand même"), cleaned; else None."""
    from hark.dialogue.follow_on import own_request

    for cut in _CLAUSE_END.finditer(said):
        head = lexicon.clean(said[:cut.start()])
        if lexicon.NO.match(head) and _KEEP.search(head):
            rest = said[cut.end():].strip()
            return None if own_request(rest, lang.pick(language)) else head
    return None


def _answer_pending(u: Understanding, state: DialogueState, registry: SkillRegistry,
                    settings: Settings, now: datetime) -> Decision | None:
    p = state.pending
    assert p is not None
    text = lexicon.clean(u.text)
    threshold = settings.confidence_threshold
    if p.kind == "confirm":
        first = lexicon.clean(_FIRST_SENTENCE.split(u.text.strip(), 1)[0])
        if first != text and lexicon.NO.match(first):  # "Nein, warte, lass sie doch drin.
            # Bis Freitag bin ich ja noch da.": the answer, then why
            text = first
        elif (kept := _kept_then_why(u.text, u.language)) is not None:  # "Aspetta, no,
            # lasciala: alla fine il mercatino comincia alle 11, ce la faccio"
            text = kept
        if lexicon.YES.match(text) or (u.intent in AFFIRM and u.confidence >= threshold
                                       and not lexicon.NO.match(text)):
            return proceed(p.understanding(), registry, confirmed=True)
        if lexicon.NO.match(text) or (u.intent in NEGATE and u.confidence >= threshold):
            return Decision("stop", p.understanding(),
                            lang.t(p.understanding().language, "declined"),
                            action="dialogue.declined", reason="declined")
        return None
    if p.kind == "slot":
        if _topic_change(u, p, registry, settings, now):
            return None
        filled = _answer_slot(p, u, now)
        return proceed(filled, registry, confirmed=p.confirmed, reason="slot_filled")
    if p.kind == "choice":
        if _ASKED.match(u.text.strip()):  # "Welche Erinnerung …?" — "Und wann war das
            return None  # Zahnarzt anrufen?": a question of its own, not the choice
        opt = _pick(u, p)
        if opt is None:
            return None
        return proceed(option_understanding(p, opt), registry, confirmed=p.confirmed,
                       reason="chosen")
    return None


def _smalltalk(u: Understanding, kind: str) -> Decision:
    out = greeting(kind, lexicon.greeting_language(u.text, u.language))
    return Decision("smalltalk", u, out.speech, action=out.action,
                    end_session=out.end_session, expect_followup=out.expect_followup,
                    reason=kind)


# a question asked instead of choosing ("what about the bins one?" chooses)
_ASKED = re.compile(r"^(?:(?:and|und|et|y|e|so|also|oh|ok|okay|ah)[,\s]+)*(?!what about\b)"
                    r"(?:when|what|how|where|wann|was|wie|wo|quand|combien|comment|cuándo|"
                    r"cuánto\w*|quando|quanto\w*|quanti|quante)\b.*\?\s*$", re.I)


# what makes a new thing: a choice said alone is none of these
_MAKING = {"calendar_set", "alarm_set", "timer_set", "lists_createoradd", "reminder_set"}


def _new_request(u: Understanding, registry: SkillRegistry, settings: Settings) -> Decision:
    text = lexicon.clean(u.text)
    kind = lexicon.greeting_kind(u.text)
    if kind:
        return _smalltalk(u, kind)
    if (_WHAT_CAN_YOU_DO.match(text) or asks_what_i_can_do(text)) \
            and _has_skill(registry, "general_explain"):
        return Decision("execute", replace(u, intent="general_explain"), reason="capabilities")
    if lexicon.bare_choice(u.text) and (u.source != "context" or u.intent in _MAKING):
        # "the 8 PM one" with no question waiting: nothing chosen, nothing made of it
        return Decision("fallback", u, lang.t(u.language, "no_choice"),
                        action="dialogue.fallback", reason="no_choice")
    if u.source == "context":
        return proceed(u, registry, reason="context")
    if lexicon.YES.match(text) or lexicon.NO.match(text) or (
            u.intent in _ACKNOWLEDGE and not _has_skill(registry, u.intent)
            and u.confidence >= settings.confidence_threshold):
        return Decision("smalltalk", u, lang.t(u.language, "ok"), action="smalltalk.ack",
                        reason="ack")
    if u.intent == OUT_OF_SCOPE:
        return Decision("cannot", u, cannot(u), action="dialogue.cannot",
                        reason="out_of_scope")
    alts = sorted(u.alternatives, key=lambda a: -a.confidence)
    if len(alts) >= 2:
        a, b = alts[0], alts[1]
        close = a.confidence - b.confidence <= CLOSE_MARGIN
        thing = (unsupported_thing(u.text, lang.pick(u.language))
                 if close and is_home_control(a.intent) and is_home_control(b.intent) else None)
        if thing is not None:
            # "Mets le chauffage à 20 degrés": not "a plug or a colour?" but "I can't"
            return Decision("cannot", u, lang.t(u.language, "sh_cannot_control", thing=thing),
                            action="dialogue.cannot", reason="unsupported_device")
        if (a.intent != b.intent and close
                and b.confidence >= PLAUSIBLE and OUT_OF_SCOPE not in (a.intent, b.intent)
                and _has_skill(registry, a.intent) and _has_skill(registry, b.intent)):
            opts = []
            language = lang.pick(u.language)
            for alt in (a, b):
                label = (INTENT_LABELS.get(language, {}).get(alt.intent)
                         or describe(registry.spec_for(alt.intent), alt.intent))
                opts.append({"label": label, "key": alt.intent.split("_", 1)[0],
                             "intent": alt.intent, "slots": [slot_to_dict(s) for s in u.slots]})
            speech = lang.t(language, "did_you_mean", a=opts[0]["label"], b=opts[1]["label"])
            return Decision("choose", u, speech, action="dialogue.choose",
                            pending=Pending.of("choice", u, options=opts),
                            expect_followup=True, reason="close_intents")
    if u.confidence < settings.confidence_threshold or not u.in_scope:
        speech = (f"Sorry, I'm not sure what you mean. {hint()}" if lang.pick(u.language) == "en"
                  else lang.t(u.language, "fallback"))
        return Decision("fallback", u, speech,
                        action="dialogue.fallback", reason="low_confidence")
    return proceed(u, registry)


def decide(u: Understanding, state: DialogueState, registry: SkillRegistry,
           settings: Settings, *, now: datetime | None = None) -> Decision:
    """Decide what to do with ``u`` (already resolved by :mod:`context`)."""
    now = now or datetime.now(UTC)
    text = lexicon.clean(u.text)
    words = text.split()
    if (lexicon.STOP.match(text) and u.slot("item_ref") is None) or (u.intent == "general_commandstop" and len(words) <= 3
                                    and u.confidence >= settings.confidence_threshold
                                    and u.source != "context"):
        speech = lang.t(u.language, "never_mind" if state.pending else "ok")
        return Decision("stop", u, speech, action="dialogue.stop", reason="stop")
    if state.pending is not None and lexicon.stop_and_why(
            u.text, named=state.pending.kind == "slot"):  # "Ah, cancel that, HR
        # haven't confirmed the time yet." after "What should I put in your calendar?"
        return Decision("stop", u, lang.t(u.language, "never_mind"), action="dialogue.stop",
                        reason="stop")
    if state.pending is None and ((u.intent or "").endswith("_set") or u.intent == "lists_createoradd") \
            and lexicon.stop_and_why(u.text) and len(lexicon.clean(u.text).split()) > 3:
        # "Ah actually, forget it. Niamh's bringing a load back from home at the weekend."
        # with nothing to take back: no event made of the why ("cancel that, it's full"
        # still removes what it names)
        return Decision("stop", u, lang.t(u.language, "ok"), action="dialogue.stop",
                        reason="stop")
    if lexicon.REPEAT.match(text) or (u.intent == "general_repeat" and len(words) <= 5
                                      and u.confidence >= settings.confidence_threshold):
        speech = state.last_response or "I haven't said anything yet."
        return Decision("repeat", u, speech, action="dialogue.repeat", pending=state.pending,
                        expect_followup=state.pending is not None, reason="repeat")
    if state.pending is not None:
        d = _answer_pending(u, state, registry, settings, now)
        if d is not None:
            return replace(d, answered=True)
    return _new_request(u, registry, settings)
