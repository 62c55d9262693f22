"""The few types everything shares (see DESIGN.md)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

# ---------------------------------------------------------------------------- events


@dataclass
class Event:
    """A typed pipeline/protocol event, modelled on Wyoming: one JSON header line, then
    an optional binary payload (e.g. PCM audio)."""

    type: str
    data: dict[str, Any] = field(default_factory=dict)
    payload: bytes | None = None

    def to_bytes(self) -> bytes:
        header = {"type": self.type, "data": self.data}
        if self.payload:
            header["payload_length"] = len(self.payload)
        return json.dumps(header, separators=(",", ":")).encode() + b"\n" + (self.payload or b"")

    @classmethod
    def from_bytes(cls, blob: bytes) -> Event:
        line, _, rest = blob.partition(b"\n")
        header = json.loads(line)
        n = int(header.get("payload_length") or 0)
        return cls(header["type"], header.get("data") or {}, rest[:n] if n else None)


# ---------------------------------------------------------------------------- speech


@dataclass
class Word:
    text: str
    start: float
    end: float
    probability: float = 1.0


@dataclass
class Segment:
    text: str
    start: float
    end: float
    words: list[Word] = field(default_factory=list)


@dataclass
class Hypothesis:
    """Another way the recogniser heard the same audio (its beam search's runner-up)."""

    text: str
    avg_logprob: float


@dataclass
class Transcript:
    text: str
    language: str
    confidence: float  # 0..1
    segments: list[Segment] = field(default_factory=list)
    engine: str = ""
    language_probability: float | None = None
    # the best hypothesis's mean token log-probability, and the runners-up (best first,
    # each heard differently), when the engine gives them (Whisper's short-window decode)
    avg_logprob: float | None = None
    alternatives: list[Hypothesis] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Detection:
    """A wake-word detection."""

    name: str
    score: float
    time_s: float  # position in the stream where it fired

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# ---------------------------------------------------------------------- understanding


@dataclass
class Slot:
    name: str  # slot type, e.g. "time", "place_name"
    raw: str  # the span as said
    value: Any = None  # normalised value (ISO datetime/duration string, number, ...) or raw
    start: int | None = None  # character offsets into Understanding.text
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class IntentScore:
    intent: str
    confidence: float


@dataclass
class Understanding:
    text: str
    intent: str
    confidence: float
    slots: list[Slot] = field(default_factory=list)
    alternatives: list[IntentScore] = field(default_factory=list)  # top-3, best first
    in_scope: bool = True
    language: str = "en"
    source: str = "model"  # model | rules

    def slot(self, name: str) -> Slot | None:
        return next((s for s in self.slots if s.name == name), None)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# ----------------------------------------------------------------------------- skills


@dataclass
class Outcome:
    """What a skill returns."""

    speech: str
    action: str | None = None  # machine-readable name of what was done, e.g. "timer.set"
    display: dict[str, Any] = field(default_factory=dict)
    expect_followup: bool = False
    end_session: bool = False
    data: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
