"""The live loop: wake word → capture → spoken turn → speak, with barge-in and follow-ups.

:class:`ListenMachine` is the state machine (idle → listening → thinking → speaking) and
nothing else: no audio, no models, no clock of its own; it is told what happened at which
stream time and answers with actions. :class:`Listener` drives it: it feeds 80 ms frames
from a source to the wake word engine and an :class:`~hark.audio.endpoint.Endpointer`,
runs :func:`~hark.pipeline.turn.spoken_turn`, plays answers on a speaker and speaks
timer/alarm/reminder events from the Runtime. Sources and speakers live in
:mod:`hark.audio.output`.

Events (dicts, one per line with ``hark listen --json``): ``wake-detected`` {t, score},
``speech-started`` {t}, ``speech-stopped`` {t, start, end, reason}, ``transcript`` {text},
``response`` {text, intent, expect_followup}, ``announcement`` {type, text},
``tts-started`` {t}, ``tts-stopped`` {reason: done|barge-in, at, played_s, path},
``listen-timeout`` {t}, ``error`` {code, message}.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import numpy as np

from hark.audio.io import SAMPLE_RATE
from hark.config import Settings
from hark.errors import HarkError, InvalidInput, error_event_data
from hark.types import Event

log = logging.getLogger("hark.listen")

BARGE_IN = ("wake", "speech", "off")


class State(StrEnum):
    IDLE = "idle"
    LISTENING = "listening"
    THINKING = "thinking"
    SPEAKING = "speaking"


@dataclass
class ListenMachine:
    """What to do next, given what was heard. Methods return action names:

    ``listen`` (start capturing a command: reset the endpointer), ``stop-speaking``
    (barge-in), ``turn`` (run a spoken turn on the captured utterance), ``timeout``.
    """

    barge_in: str = "wake"  # wake | speech | off
    listen_timeout_s: float = 8.0  # after the wake word, wait this long for speech
    followup_timeout_s: float = 5.0  # after a question back, wait this long for an answer
    state: State = State.IDLE
    deadline: float | None = None
    followup: bool = False  # listen again (no wake word) after the current answer
    transitions: list[tuple[float, State]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.barge_in not in BARGE_IN:
            raise InvalidInput(f"--barge-in must be one of {', '.join(BARGE_IN)}; "
                               f"got {self.barge_in!r}")

    def _go(self, state: State, t: float, deadline: float | None = None) -> None:
        self.state, self.deadline = state, deadline
        self.transitions.append((t, state))

    @property
    def feeds_endpointer(self) -> bool:
        return self.state is State.LISTENING or (
            self.state is State.SPEAKING and self.barge_in == "speech")

    def wake(self, t: float) -> list[str]:
        if self.state is State.IDLE:
            self._go(State.LISTENING, t, t + self.listen_timeout_s)
            return ["listen"]
        if self.state is State.SPEAKING and self.barge_in != "off":
            self._go(State.LISTENING, t, t + self.listen_timeout_s)
            return ["stop-speaking", "listen"]
        return []  # already listening or thinking

    def speech_started(self, t: float) -> list[str]:
        if self.state is State.LISTENING:
            self.deadline = None
            return []
        if self.state is State.SPEAKING and self.barge_in == "speech":
            self._go(State.LISTENING, t)  # the endpointer keeps capturing this speech
            return ["stop-speaking"]
        return []

    def speech_stopped(self, t: float) -> list[str]:
        if self.state is State.LISTENING:
            self._go(State.THINKING, t)
            return ["turn"]
        return []

    def answered(self, t: float, expect_followup: bool, spoken: bool) -> list[str]:
        """The turn finished (``spoken``: there is an answer to play)."""
        if self.state is not State.THINKING:
            return []
        self.followup = expect_followup
        if spoken:
            self._go(State.SPEAKING, t)
            return []
        return self.speaking_done(t, from_state=State.THINKING)

    def failed(self, t: float) -> list[str]:
        self.followup = False
        self._go(State.IDLE, t)
        return []

    def can_announce(self) -> bool:
        return self.state is State.IDLE

    def announce(self, t: float) -> list[str]:
        if not self.can_announce():
            return []
        self.followup = False
        self._go(State.SPEAKING, t)
        return []

    def speaking_done(self, t: float, from_state: State = State.SPEAKING) -> list[str]:
        if self.state is not from_state:
            return []
        if self.followup:
            self.followup = False
            self._go(State.LISTENING, t, t + self.followup_timeout_s)
            return ["listen"]
        self._go(State.IDLE, t)
        return []

    def tick(self, t: float) -> list[str]:
        if self.state is State.LISTENING and self.deadline is not None and t >= self.deadline:
            self._go(State.IDLE, t)
            return ["timeout"]
        return []


Emit = Callable[[dict[str, Any]], None]


def _payload_audio(ev: Event) -> np.ndarray:
    """An endpointer event's utterance (int16 PCM payload) as float32."""
    return np.frombuffer(ev.payload or b"", dtype="<i2").astype(np.float32) / 32768


class Listener:
    """Runs the loop over a source until it ends (a file) or is cancelled (a microphone)."""

    def __init__(self, rt: Any, source: Any, speaker: Any, *, emit: Emit,
                 settings: Settings | None = None, machine: ListenMachine | None = None,
                 output_dir: str | Path | None = None, user_id: str = "default",
                 device_id: str = "default", session_id: str | None = None,
                 wake_model: str | None = None, wake_threshold: float | None = None) -> None:
        self.rt, self.source, self.speaker, self._emit = rt, source, speaker, emit
        self.s = settings or rt.settings
        self.m = machine or ListenMachine()
        self.output_dir = Path(output_dir) if output_dir else None
        self.user_id, self.device_id, self.session_id = user_id, device_id, session_id
        self.wake_model = wake_model or self.s.wake_word
        self.wake_threshold = self.s.wake_threshold if wake_threshold is None else wake_threshold
        self.announcements: deque[Event] = deque()
        self.answers = 0
        self.events: list[dict[str, Any]] = []
        self._ep_offset = 0.0
        # STT started on a pause: (speech end in endpointer time, its future)
        self._early: tuple[float, asyncio.Future[Any]] | None = None

    def emit(self, event: str, **data: Any) -> None:
        item = {"event": event, **data}
        self.events.append(item)
        self._emit(item)

    async def _on_runtime_event(self, event: Event) -> None:
        if event.data.get("speech"):
            self.announcements.append(event)

    # ---------------------------------------------------------------- the loop
    async def run(self) -> list[dict[str, Any]]:
        from hark.audio.endpoint import Endpointer
        from hark.engines.registry import get_engine, warm_defaults

        # the turn's engines load now, side by side, not on the first question
        await asyncio.to_thread(warm_defaults, self.s, ("vad", "stt", "tts"))
        self.wake = await asyncio.to_thread(get_engine, "wake", settings=self.s,
                                            model=self.wake_model,
                                            threshold=self.wake_threshold)
        self.wake.reset()
        vad = await asyncio.to_thread(get_engine, "vad", settings=self.s)
        early_s = 0.0 if self.s.denoise else self.s.stt_early_s
        self.ep = Endpointer(vad, self.s, early_s=early_s)
        await asyncio.to_thread(self.rt.assistant.understand, "what time is it",
                                datetime.now(UTC), None)
        unsubscribe = self.rt.subscribe(self._on_runtime_event)
        try:
            t_end = 0.0
            async for t, frame in self.source.frames():
                t_end = t + frame.size / SAMPLE_RATE
                await self._frame(t, t_end, frame)
            await self._end_of_stream(t_end)
        finally:
            unsubscribe()
            if self.m.state is State.SPEAKING:
                self.speaker.stop(self.source.now())
        return self.events

    def _process(self, frame: np.ndarray, t: float, feed: bool) -> tuple[list[Any], list[Event]]:
        dets = self.wake.process(frame, t)
        evs = self.ep.feed(frame) if feed else []
        return dets, evs

    async def _frame(self, t: float, t_end: float, frame: np.ndarray) -> None:
        m = self.m
        if m.state is State.SPEAKING and self.speaker.finished(t):
            await self._stop_speaking("done", self.speaker.end_time())
        dets, evs = await asyncio.to_thread(self._process, frame, t, m.feeds_endpointer)
        for d in dets:
            if m.state in (State.IDLE, State.SPEAKING) and not (
                    m.state is State.SPEAKING and m.barge_in == "off"):
                self.emit("wake-detected", t=d.time_s, score=d.score, name=d.name)
                await self._act(m.wake(d.time_s), d.time_s)
        for ev in evs:
            await self._endpoint_event(ev)
        await self._act(m.tick(t_end), t_end)
        if self.announcements and m.can_announce():
            await self._announce(self.announcements.popleft())

    def _start_early(self, ev: Event) -> None:
        """A pause: transcribe what was said so far while waiting to learn whether the
        pause ends the utterance (saves up to ``speech_end_s - stt_early_s`` per turn)."""
        if self.m.state is not State.LISTENING:
            return
        fut = asyncio.ensure_future(self._transcribe(_payload_audio(ev)))
        fut.add_done_callback(lambda f: f.cancelled() or f.exception())  # never "lost"
        self._early = (ev.data["end"], fut)

    async def _transcribe(self, pcm: Any) -> Any:
        from hark.pipeline.turn import speech_context, transcribe_utterance

        context = await speech_context(self.rt, self.user_id, self.s)
        return await asyncio.to_thread(transcribe_utterance, pcm, self.s, context)

    def _take_early(self, end: float) -> asyncio.Future[Any] | None:
        """The early transcript if it covers exactly this utterance (no speech since)."""
        early, self._early = self._early, None
        return early[1] if early is not None and early[0] == end else None

    async def _endpoint_event(self, ev: Event) -> None:
        if ev.type == "speech-paused":
            self._start_early(ev)
        elif ev.type == "speech-started":
            self._early = None
            t = round(self._ep_offset + ev.data["t"], 3)
            self.emit("speech-started", t=t)
            await self._act(self.m.speech_started(t), t)
        elif ev.type == "speech-stopped":
            d = ev.data
            t = round(self._ep_offset + d["end"], 3)
            self.emit("speech-stopped", t=round(self.source.now(), 3),
                      start=round(self._ep_offset + d["start"], 3), end=t, reason=d["reason"])
            early = self._take_early(d["end"])
            if self.m.speech_stopped(t):
                pcm = _payload_audio(ev)
                await self._turn(pcm, early)

    async def _end_of_stream(self, t_end: float) -> None:
        if self.m.feeds_endpointer:
            for ev in await asyncio.to_thread(self.ep.flush):
                await self._endpoint_event(ev)
        if self.m.state is State.SPEAKING:
            await self.speaker.drain()
            await self._stop_speaking("done", self.speaker.end_time())

    async def _act(self, actions: list[str], t: float) -> None:
        for a in actions:
            if a == "stop-speaking":
                await self._stop_speaking("barge-in", t)
            elif a == "listen":
                self._ep_offset = self.source.now()
                self.ep.reset()
                self._early = None
            elif a == "timeout":
                self.emit("listen-timeout", t=round(t, 3))

    # ---------------------------------------------------------------- speaking
    def _start_speech(self) -> Any:
        started = False

        def on_chunk(chunk: Any) -> None:
            nonlocal started
            if not started:
                started = True
                t = self.source.now()
                self.speaker.start(t)
                self.emit("tts-started", t=round(t, 3))
            self.speaker.add(chunk.audio, chunk.sample_rate)

        return on_chunk, lambda: started

    async def _stop_speaking(self, reason: str, at: float) -> None:
        played = self.speaker.stop(at) if reason != "done" else None
        audio = self.speaker.audio()
        sr = self.speaker.sample_rate
        if played is not None:
            audio = audio[: int(round(played * sr))]
        path = None
        if self.output_dir is not None:
            from hark.audio.output import write_answer

            self.answers += 1
            if audio.size:
                path = str(await asyncio.to_thread(write_answer, self.output_dir,
                                                   self.answers, audio, sr))
        self.emit("tts-stopped", reason=reason, at=round(at, 3),
                  played_s=round(audio.size / sr, 3), path=path)
        if reason == "done":
            await self._act(self.m.speaking_done(at), at)
        elif self.m.barge_in == "speech":
            pass  # the endpointer is already capturing the interrupting speech

    async def _turn(self, pcm: np.ndarray, early: asyncio.Future[Any] | None = None) -> None:
        from hark.pipeline.turn import spoken_turn

        on_chunk, started = self._start_speech()

        def on_text(r: dict[str, Any]) -> None:
            self.emit("transcript", text=r["transcript"])
            self.emit("response", text=r["response_text"], intent=r["intent"],
                      expect_followup=r["expect_followup"], session_id=r["session_id"])

        try:
            result, _speech = await spoken_turn(
                self.rt, pcm, session_id=self.session_id, user_id=self.user_id,
                device_id=self.device_id, settings=self.s, check_speech=False,
                on_chunk=on_chunk, on_text=on_text, transcript=early)
        except HarkError as e:
            log.info("turn failed", extra={"code": e.code})
            self.emit("error", **error_event_data(e))
            self.m.failed(self.source.now())
            return
        self.speaker.close()
        self.session_id = None if result["end_session"] else result["session_id"]
        self.emit("turn", timings_ms=result["timings_ms"], early_stt=result["stt"]["early"])
        if self.m.barge_in == "speech":
            self._ep_offset = self.source.now()
            self.ep.reset()
        await self._act(self.m.answered(self.source.now(), result["expect_followup"],
                                        started()), self.source.now())

    async def _announce(self, event: Event) -> None:
        from hark.pipeline.turn import speak

        text = str(event.data["speech"])
        self.emit("announcement", type=event.type, text=text)
        on_chunk, started = self._start_speech()
        try:
            await speak(text, self.s, on_chunk)
        except HarkError as e:
            self.emit("error", **error_event_data(e))
            return
        self.speaker.close()
        if started():
            self.m.announce(self.source.now())
            if self.m.barge_in == "speech":
                self._ep_offset = self.source.now()
                self.ep.reset()
