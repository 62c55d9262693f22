"""The Skill contract shared by the NLU fast path and the LLM think path.

A skill declares which intents it handles and a JSON schema of its slots (required slots
listed, sensitive actions flagged so the dialogue policy confirms them first). Its async
``handle`` gets the understanding and a :class:`SkillContext` and returns an
:class:`~hark.types.Outcome`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, runtime_checkable
from zoneinfo import ZoneInfo

from hark.config import Settings
from hark.types import Outcome, Understanding


@dataclass
class IntentSpec:
    """What one intent of a skill needs."""

    intent: str
    description: str
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)  # JSON-schema properties
    required: list[str] = field(default_factory=list)
    prompts: dict[str, str] = field(default_factory=dict)  # slot -> question, e.g. "What time?"
    sensitive: bool = False  # confirm before acting (send, call, delete, buy)
    # hassil sentence templates, e.g. "roll {count} dice": how the understanding layer
    # recognises an intent the shipped NLU model was not trained on (plugins)
    templates: list[str] = field(default_factory=list)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "object", "properties": self.slots, "required": self.required}


@dataclass
class SkillContext:
    settings: Settings
    user_id: str = "default"
    device_id: str = "default"
    session_id: str = ""
    language: str = "en"
    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo("UTC"))
    now: datetime | None = None  # reference time; None means the real clock
    services: dict[str, Any] = field(default_factory=dict)  # store, scheduler, http, ...

    def clock(self) -> datetime:
        return self.now or datetime.now(self.tz)


@runtime_checkable
class Skill(Protocol):
    name: str
    intents: list[IntentSpec]

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome: ...
