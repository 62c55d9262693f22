"""Support for the dialogue tests (no tests here): real (small) skills that record what they did,
a scripted understanding function for pure dialogue-logic tests, and a registry builder."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from hark.skills.base import IntentSpec, SkillContext
from hark.skills.registry import SkillRegistry
from hark.types import IntentScore, Outcome, Slot, Understanding


@dataclass
class MessagesSkill:
    """Sends messages (sensitive: confirmed first). Records every send."""

    name: str = "test_messages"
    intents: list[IntentSpec] = field(default_factory=lambda: [
        IntentSpec("email_sendemail", "Send an email to someone.",
                   slots={"person": {"type": "string"}}, required=["person"],
                   prompts={"person": "Who should I send it to?"}, sensitive=True),
    ])
    sent: list[dict[str, str]] = field(default_factory=list)

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        person = u.slot("person")
        assert person is not None
        self.sent.append({"person": person.raw, "session": ctx.session_id})
        return Outcome(f"Email sent to {person.raw}.", action="email.sent",
                       data={"entities": {"person": person.raw}})


@dataclass
class RemindersSkill:
    """Creates and removes reminders (calendar_set / calendar_remove); records calls."""

    name: str = "test_reminders"
    intents: list[IntentSpec] = field(default_factory=lambda: [
        IntentSpec("calendar_set", "Add an event to the calendar.",
                   slots={"event_name": {"type": "string"}, "time": {"type": "string"}},
                   required=["time"], prompts={"time": "What time?"}),
        IntentSpec("calendar_remove", "Remove an event from the calendar.", sensitive=False),
    ])
    created: list[dict[str, object]] = field(default_factory=list)
    removed: list[object] = field(default_factory=list)

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        if u.intent == "calendar_remove":
            ref = u.slot("item_ref")
            item_id = ref.value["id"] if ref and isinstance(ref.value, dict) else None
            self.removed.append(item_id)
            return Outcome("Removed it.", action="calendar.removed")
        t = u.slot("time")
        assert t is not None
        item = {"id": len(self.created) + 1, "time": t.raw,
                "event": (u.slot("event_name").raw if u.slot("event_name") else "")}
        self.created.append(item)
        return Outcome(f"Added for {t.raw}.", action="calendar.set",
                       data={"item": {"type": "event", "id": item["id"]}})


@dataclass
class CrashSkill:
    """Always raises."""

    name: str = "test_crash"
    intents: list[IntentSpec] = field(default_factory=lambda: [
        IntentSpec("takeaway_order", "Order a takeaway."),
    ])
    calls: int = 0

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        self.calls += 1
        raise RuntimeError("boom")


def make_registry(*extra: object, builtins: Iterable[str] = (
        "hark.skills.datetime_skill:DateTimeSkill", "hark.skills.weather:WeatherSkill",
        "hark.skills.small_talk:SmallTalkSkill")) -> SkillRegistry:
    """A registry with a few built-in skills and the given test skills (independent of
    whatever else gets added to BUILTIN_SKILLS)."""
    import importlib

    reg = SkillRegistry()
    for ref in builtins:
        mod, _, cls = ref.partition(":")
        reg.register(getattr(importlib.import_module(mod), cls))
    for skill in extra:
        reg.register(skill)  # type: ignore[arg-type]
    return reg


def u(text: str, intent: str, conf: float = 0.95, *slots: Slot,
      alts: list[tuple[str, float]] | None = None, in_scope: bool = True) -> Understanding:
    alternatives = [IntentScore(i, c) for i, c in (alts or [(intent, conf)])]
    return Understanding(text=text, intent=intent, confidence=conf, slots=list(slots),
                         alternatives=alternatives, in_scope=in_scope)


def scripted(table: dict[str, Understanding]
             ) -> Callable[[str, datetime, str | None], Understanding]:
    """An understanding function that answers from a table (pure dialogue-logic tests);
    unknown text is out of scope."""

    def understand(text: str, now: datetime, lang: str | None) -> Understanding:
        hit = table.get(text)
        if hit is None:
            return u(text, "out_of_scope", 0.9, in_scope=False)
        return Understanding(text=text, intent=hit.intent, confidence=hit.confidence,
                             slots=list(hit.slots), alternatives=list(hit.alternatives),
                             in_scope=hit.in_scope)

    return understand
