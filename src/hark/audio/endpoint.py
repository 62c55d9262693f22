"""VAD-based endpointing: where utterances start and stop in a 16 kHz mono stream.

``Endpointer`` is a streaming state machine fed chunks of any size; it emits
``speech-started`` and ``speech-stopped`` events (the latter carrying the utterance as
16 kHz int16 PCM). ``segment_utterances`` runs it over a whole clip.

Decisions are per 512-sample VAD frame (32 ms). A frame is speech when its probability is
≥ ``vad_threshold``; while inside an utterance, a frame only counts as silence below
``vad_threshold - 0.15`` (hysteresis, as Silero's own segmenter does), so short dips in
the middle of a word do not end it.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from hark.audio.io import SAMPLE_RATE, to_pcm16
from hark.config import Settings, get_settings
from hark.errors import InvalidInput, NoSpeech
from hark.types import Event

HYSTERESIS = 0.15


def iter_frames(audio: np.ndarray, n: int, pad: bool = True) -> Iterator[np.ndarray]:
    """Consecutive ``n``-sample frames of ``audio``; the last partial frame is zero-padded
    (``pad=True``) or dropped."""
    if n <= 0:
        raise InvalidInput("Frame size must be positive")
    audio = np.asarray(audio, dtype=np.float32).reshape(-1)
    full = audio.size // n
    for i in range(full):
        yield audio[i * n:(i + 1) * n]
    rest = audio.size - full * n
    if pad and rest:
        frame = np.zeros(n, dtype=np.float32)
        frame[:rest] = audio[full * n:]
        yield frame


@dataclass
class Utterance:
    start_s: float  # speech onset in the clip
    end_s: float  # end of the last speech frame (or the cut point)
    audio: np.ndarray  # 16 kHz mono float32, including the pre-roll before start_s
    reason: str = "silence"  # silence | max_length | end_of_stream


def _default_vad() -> Any:
    from hark.engines.registry import get_engine

    return get_engine("vad")


class Endpointer:
    """Streaming utterance segmentation over one audio stream.

    ``feed(chunk)`` takes 16 kHz mono float32 chunks of any length and returns the events
    they complete:

    - ``speech-started`` ``{"t": onset_s}`` once speech has lasted ``speech_start_s``;
    - ``speech-stopped`` ``{"start", "end", "reason", "audio_start", "audio_end"}`` with the
      utterance as int16 PCM payload, after ``speech_end_s`` of non-speech (reason
      ``"silence"``), when the utterance reaches ``max_utterance_s`` (``"max_length"``), or
      at ``flush()`` (``"end_of_stream"``). ``start``/``end`` bound the speech; the payload
      spans ``audio_start``..``audio_end``: ``preroll_s`` before the onset to ``preroll_s``
      after the speech end (clipped to what the stream holds);
    - ``speech-paused`` ``{"start", "end"}`` with the utterance so far as payload, once per
      pause, after ``early_s`` of non-speech (only when ``0 < early_s < speech_end_s``): a
      listener can start transcribing while it waits to learn whether the pause is the
      end. If the pause ends the utterance, the ``speech-stopped`` that follows has the
      same ``end``.

    Times are seconds of stream time since the last ``reset()``. The VAD is forked when it
    supports it (``fork()``), so each Endpointer has its own VAD state on a shared model.
    Use one Endpointer per stream, from one thread at a time.
    """

    def __init__(self, vad: Any = None, settings: Settings | None = None,
                 early_s: float = 0.0) -> None:
        s = settings or get_settings()
        vad = vad if vad is not None else _default_vad()
        self.vad = vad.fork() if hasattr(vad, "fork") else vad
        self.n = int(getattr(self.vad, "frame_samples", 512))
        self.threshold = float(s.vad_threshold)
        self.neg_threshold = max(self.threshold - HYSTERESIS, 0.01)
        fs = self.n / SAMPLE_RATE
        self.start_frames = max(1, math.ceil(s.speech_start_s / fs - 1e-9))
        self.end_samples = max(1, round(s.speech_end_s * SAMPLE_RATE))
        early = round(early_s * SAMPLE_RATE)
        self.early_samples = early if 0 < early < self.end_samples else None
        self.preroll = max(0, round(s.preroll_s * SAMPLE_RATE))
        self.max_samples = max(self.n, round(s.max_utterance_s * SAMPLE_RATE))
        # history kept while idle: pre-roll plus the frames that confirm an onset
        self._hist_frames = math.ceil(self.preroll / self.n) + self.start_frames + 2
        self.reset()

    # ------------------------------------------------------------------ state
    def reset(self) -> None:
        self.vad.reset()
        self._pending = np.zeros(0, dtype=np.float32)
        self._pos = 0  # samples processed into VAD frames
        self._hist: deque[tuple[int, np.ndarray]] = deque(maxlen=self._hist_frames)
        self._floor = 0  # audio before this sample belongs to an emitted utterance
        self._speaking = False
        self._run = 0  # consecutive speech frames while idle
        self._run_start = 0
        self._utt: list[np.ndarray] = []
        self._utt_start = 0  # first sample of the utterance audio
        self._onset = 0
        self._silence_start: int | None = None
        self._paused = False  # speech-paused already sent for this pause

    @property
    def time_s(self) -> float:
        """Stream time of all audio fed so far."""
        return (self._pos + self._pending.size) / SAMPLE_RATE

    @property
    def speaking(self) -> bool:
        return self._speaking

    # ------------------------------------------------------------------ feeding
    def feed(self, chunk: np.ndarray) -> list[Event]:
        chunk = np.asarray(chunk, dtype=np.float32).reshape(-1)
        buf = np.concatenate([self._pending, chunk]) if self._pending.size else chunk
        events: list[Event] = []
        full = buf.size // self.n
        for i in range(full):
            events += self._frame(buf[i * self.n:(i + 1) * self.n].copy())
        self._pending = buf[full * self.n:].copy()
        return events

    def flush(self) -> list[Event]:
        """End of stream: process the partial last frame and emit a pending utterance."""
        events: list[Event] = []
        if self._pending.size:
            real = self._pos + self._pending.size
            frame = np.zeros(self.n, dtype=np.float32)
            frame[: self._pending.size] = self._pending
            self._pending = np.zeros(0, dtype=np.float32)
            events += self._frame(frame, real_end=real)
        if self._speaking:
            end = self._silence_start if self._silence_start is not None else self._pos
            events.append(self._stop(end, "end_of_stream"))
        return events

    # ------------------------------------------------------------------ per frame
    def _frame(self, frame: np.ndarray, real_end: int | None = None) -> list[Event]:
        t0 = self._pos
        prob = self.vad.speech_prob(frame)
        if real_end is not None:  # zero-padded last frame: keep only the real samples
            frame = frame[: real_end - t0]
        end = self._pos = t0 + frame.size
        events: list[Event] = []
        if not self._speaking:
            self._hist.append((t0, frame))
            if prob >= self.threshold:
                if self._run == 0:
                    self._run_start = t0
                self._run += 1
                if self._run >= self.start_frames:
                    events.append(self._start())
            else:
                self._run = 0
            return events
        self._utt.append(frame)
        if prob >= self.threshold:
            self._silence_start = None
            self._paused = False
        elif prob < self.neg_threshold and self._silence_start is None:
            self._silence_start = t0
        if (self.early_samples is not None and self._silence_start is not None
                and not self._paused and end - self._silence_start >= self.early_samples):
            self._paused = True
            events.append(self._pause(self._silence_start))
        if self._silence_start is not None and end - self._silence_start >= self.end_samples:
            events.append(self._stop(self._silence_start, "silence"))
        elif end - self._utt_start >= self.max_samples:
            events.append(self._stop(self._utt_start + self.max_samples, "max_length"))
        return events

    def _start(self) -> Event:
        self._speaking = True
        self._onset = self._run_start
        self._utt_start = max(self._onset - self.preroll, self._floor, 0)
        parts = []
        for t, fr in self._hist:
            lo, hi = max(t, self._utt_start), t + fr.size
            if hi > lo:
                parts.append(fr[lo - t:])
        self._utt = parts
        self._hist.clear()
        self._run = 0
        self._silence_start = None
        self._paused = False
        return Event("speech-started", {"t": round(self._onset / SAMPLE_RATE, 3)})

    def _joined(self) -> np.ndarray:
        return np.concatenate(self._utt) if self._utt else np.zeros(0, dtype=np.float32)

    def _audio_end(self, full: np.ndarray, speech_end: int) -> int:
        """Where an utterance's audio ends: ``preroll`` after its speech, if heard yet."""
        return min(self._utt_start + full.size, speech_end + self.preroll)

    def _pause(self, speech_end: int) -> Event:
        full = self._joined()
        audio_end = self._audio_end(full, speech_end)
        data = {"start": round(self._onset / SAMPLE_RATE, 3),
                "end": round(speech_end / SAMPLE_RATE, 3)}
        return Event("speech-paused", data,
                     payload=to_pcm16(full[: audio_end - self._utt_start]))

    def _stop(self, speech_end: int, reason: str) -> Event:
        full = self._joined()
        if reason == "max_length":  # cut exactly at the limit; the rest starts the next one
            audio_end = speech_end
        else:
            audio_end = self._audio_end(full, speech_end)
        audio = full[: audio_end - self._utt_start]
        # audio after the utterance stays available as pre-roll of the next one
        self._hist.clear()
        tail = full[audio_end - self._utt_start:]
        for off in range(0, tail.size, self.n):
            self._hist.append((audio_end + off, tail[off:off + self.n]))
        self._floor = audio_end
        self._speaking = False
        self._utt = []
        self._run = 0
        self._silence_start = None
        self._paused = False
        data = {
            "start": round(self._onset / SAMPLE_RATE, 3),
            "end": round(speech_end / SAMPLE_RATE, 3),
            "reason": reason,
            "audio_start": self._utt_start / SAMPLE_RATE,
            "audio_end": audio_end / SAMPLE_RATE,
        }
        return Event("speech-stopped", data, payload=to_pcm16(audio))


def segment_utterances(
    audio: np.ndarray, vad: Any = None, settings: Settings | None = None
) -> list[Utterance]:
    """All utterances in a whole 16 kHz mono clip (audio sliced from the input, float32)."""
    audio = np.asarray(audio, dtype=np.float32).reshape(-1)
    ep = Endpointer(vad, settings)
    events = ep.feed(audio) + ep.flush()
    out = []
    for ev in events:
        if ev.type != "speech-stopped":
            continue
        d = ev.data
        lo, hi = round(d["audio_start"] * SAMPLE_RATE), round(d["audio_end"] * SAMPLE_RATE)
        out.append(Utterance(d["start"], d["end"], audio[lo:hi].copy(), d["reason"]))
    return out


def require_speech(
    audio: np.ndarray, vad: Any = None, settings: Settings | None = None
) -> list[Utterance]:
    """The utterances in ``audio``; NoSpeech when there is none."""
    utts = segment_utterances(audio, vad, settings)
    if not utts:
        raise NoSpeech("No speech was heard in the audio")
    return utts
