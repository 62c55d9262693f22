"""The dialogue state of one session, stored as JSON in ``sessions.state``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from hark.types import Slot, Understanding

HISTORY_TURNS = 10  # how many past turns the state keeps
# asked in between about nothing the user has: the clock, the weather
ASIDES = ("datetime_", "weather_")
PENDING_KINDS = ("slot", "confirm", "choice")


def slot_to_dict(s: Slot) -> dict[str, Any]:
    return {"name": s.name, "raw": s.raw, "value": s.value}


def slot_from_dict(d: dict[str, Any]) -> Slot:
    return Slot(str(d.get("name", "")), str(d.get("raw") or ""), d.get("value"))


@dataclass
class Pending:
    """Something the assistant asked and is waiting for an answer to.

    - ``slot``: ``missing`` names the slot asked for; the next turn fills it.
    - ``confirm``: a sensitive action waiting for yes/no.
    - ``choice``: ``options`` are the alternatives offered, each
      ``{"label": str, "intent": str, "slots": [slot dicts]}``.
    """

    kind: str
    intent: str
    text: str = ""  # the utterance that started the request
    confidence: float = 1.0
    language: str = "en"
    slots: list[dict[str, Any]] = field(default_factory=list)
    missing: str | None = None
    prompt: str = ""
    options: list[dict[str, Any]] = field(default_factory=list)
    confirmed: bool = False  # already confirmed (a slot asked after confirmation)

    def understanding(self) -> Understanding:
        return Understanding(text=self.text, intent=self.intent, confidence=self.confidence,
                             slots=[slot_from_dict(s) for s in self.slots],
                             language=self.language)

    @classmethod
    def of(cls, kind: str, u: Understanding, **kw: Any) -> Pending:
        return cls(kind=kind, intent=u.intent, text=u.text, confidence=u.confidence,
                   language=u.language, slots=[slot_to_dict(s) for s in u.slots], **kw)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Pending:
        known = {k: d[k] for k in cls.__dataclass_fields__ if k in d}
        return cls(**known)


def about_stored(about: dict[str, Any] | None) -> dict[str, Any] | None:
    """What a turn was about (:func:`hark.dialogue.relative.about_of`), its times as ISO
    strings, as :attr:`DialogueState.about` keeps it."""
    return None if about is None else {
        k: v.isoformat() if isinstance(v, datetime) else v for k, v in about.items()}


def about_read(about: dict[str, Any] | None, tz: tzinfo | None) -> dict[str, Any] | None:
    """:attr:`DialogueState.about` with its times ("at", "end") read back in ``tz``; None
    when there is none or a time cannot be read."""
    if not about:
        return None
    try:
        return {k: datetime.fromisoformat(str(v)).astimezone(tz) if k in ("at", "end") else v
                for k, v in about.items()}
    except ValueError:
        return None


def about_at(about: dict[str, Any] | None, tz: tzinfo | None) -> datetime | None:
    """When the thing ``about`` (:attr:`DialogueState.about`) rings or starts, in ``tz``;
    None when it says no time."""
    if not about or not about.get("at"):
        return None
    try:
        return datetime.fromisoformat(str(about["at"])).astimezone(tz)
    except ValueError:
        return None


@dataclass
class DialogueState:
    """Everything the dialogue remembers between turns of one session."""

    pending: Pending | None = None
    # slot type -> {"raw", "value", "intent"} of the most recent mention
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    # the last thing a skill created, for "cancel it": {"type", "id", "intent",
    # "remove_intent", "label", "slots"}
    last_item: dict[str, Any] | None = None
    last_intent: str | None = None  # last executed intent (after context resolution)
    last_slots: list[dict[str, Any]] = field(default_factory=list)
    last_confidence: float = 0.0
    last_text: str = ""
    last_response: str = ""
    history: list[dict[str, Any]] = field(default_factory=list)  # last HISTORY_TURNS turns
    turns: int = 0
    # requests said in the same breath as a pending question's, run once it is answered
    # ("delete my shopping list and set a timer": the timer waits for the "yes")
    queued: list[str] = field(default_factory=list)
    # the one thing the last executed request made, changed or asked about
    # (:mod:`hark.dialogue.focus`), and that request's turn number and language
    focus: dict[str, Any] | None = None
    last_turn: int = -1
    last_language: str = ""
    # what the last executed request was about, timed ({"at": ISO, "title", "kind"}), for
    # "and remind me an hour before" said next (:mod:`hark.dialogue.relative`)
    about: dict[str, Any] | None = None
    # what the last executed question's answer read out, in order, when it read several
    # (:mod:`hark.dialogue.ordinals`: "delete the second one")
    listed: list[dict[str, Any]] = field(default_factory=list)
    # the rows the last change committed, for "undo that" ({"rows", "turn", "sentence",
    # "intent", "at"}, or {"outside": True} after a light or a song:
    # :mod:`hark.dialogue.undoing`)
    changed: dict[str, Any] | None = None

    # -------------------------------------------------------------- helpers

    def just_before(self) -> bool:
        """Whether the last request carried out was the turn before this one — or the one
        before that, when the turn in between was not understood or failed ("What time
        does it finish?" misheard between "move the meeting to 11" and "push it one more
        hour") — and no question waits for an answer."""
        return self.pending is None and self.turns - 2 <= self.last_turn < self.turns

    def earlier_focus(self, kind: str, within: int = 4) -> dict[str, Any] | None:
        """The thing of ``kind`` a request of the last ``within`` turns was about ("that
        reminder" after a question about the calendar in between)."""
        for entry in reversed(self.history[-within:]):
            thing = entry.get("focus")
            if isinstance(thing, dict) and thing.get("type") == kind:
                return thing
        return None

    def talked_about(self, within: int = 3) -> list[dict[str, Any]]:
        """The different things the requests of the last ``within`` turns were about, the
        latest first ("the other one" said after a question about each of two)."""
        things: list[dict[str, Any]] = []
        for entry in reversed(self.history[-within:]):
            thing = entry.get("focus")
            if isinstance(thing, dict) and not any(
                    t.get("type") == thing.get("type") and t.get("id") == thing.get("id")
                    and t.get("name") == thing.get("name") for t in things):
                things.append({k: v for k, v in thing.items() if k != "created"})
        return things

    def aside_asked(self) -> bool:
        """Whether the question waiting for an answer is an aside's ("For which city?" of
        "what's the weather tomorrow" asked between a request and its follow-up)."""
        return self.pending is not None and self.pending.kind == "slot" and \
            self.pending.intent.startswith(ASIDES)

    def last_change(self, within: int = HISTORY_TURNS) -> dict[str, Any] | None:
        """The history entry of the last request carried out that was no question (the
        session's last change), if it is among the last ``within`` carried out."""
        done = [t for t in self.history if t.get("decision") == "execute"][-within:]
        return next((t for t in reversed(done)
                     if not str(t.get("intent") or "").endswith("_query")), None)

    def last_understanding(self) -> Understanding | None:
        if not self.last_intent:
            return None
        return Understanding(text=self.last_text, intent=self.last_intent,
                             confidence=self.last_confidence,
                             slots=[slot_from_dict(s) for s in self.last_slots])

    def entity(self, slot_type: str) -> Slot | None:
        e = self.entities.get(slot_type)
        if not e:
            return None
        return Slot(slot_type, str(e.get("raw") or ""), e.get("value"))

    def remember(self, slot_type: str, raw: str, value: Any = None, intent: str = "") -> None:
        if raw or value is not None:
            self.entities[slot_type] = {"raw": raw, "value": value, "intent": intent}

    def add_history(self, entry: dict[str, Any]) -> None:
        self.history.append(entry)
        del self.history[:-HISTORY_TURNS]

    # ---------------------------------------------------------- JSON round-trip

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["pending"] = asdict(self.pending) if self.pending else None
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> DialogueState:
        d = dict(d or {})
        pending = d.get("pending")
        return cls(
            pending=Pending.from_dict(pending) if isinstance(pending, dict) else None,
            entities=dict(d.get("entities") or {}),
            last_item=d.get("last_item") or None,
            last_intent=d.get("last_intent") or None,
            last_slots=list(d.get("last_slots") or []),
            last_confidence=float(d.get("last_confidence") or 0.0),
            last_text=str(d.get("last_text") or ""),
            last_response=str(d.get("last_response") or ""),
            history=list(d.get("history") or [])[-HISTORY_TURNS:],
            turns=int(d.get("turns") or 0),
            queued=[t for t in d.get("queued") or [] if isinstance(t, str)]
            if isinstance(d.get("queued"), list) else [],
            focus=d.get("focus") if isinstance(d.get("focus"), dict) else None,
            last_turn=d["last_turn"] if isinstance(d.get("last_turn"), int) else -1,
            last_language=str(d.get("last_language") or ""),
            about=d.get("about") if isinstance(d.get("about"), dict) else None,
            listed=[t for t in d.get("listed") or [] if isinstance(t, dict)]
            if isinstance(d.get("listed"), list) else [],
            changed=d.get("changed") if isinstance(d.get("changed"), dict) else None,
        )
