"""The Protocols every engine backend implements.

Audio crossing these interfaces is always 16 kHz mono float32 numpy in [-1, 1], except
TTS output, which carries its own sample rate. Every engine is loaded once, warmed up
by ``warmup()``, and safe to call from a worker thread (backends hold a lock where the
underlying library is not re-entrant).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np

from hark.types import Detection, Transcript

SAMPLE_RATE = 16000


@runtime_checkable
class Engine(Protocol):
    name: str

    def warmup(self) -> None: ...


@runtime_checkable
class VAD(Engine, Protocol):
    frame_samples: int  # samples per call to speech_prob (512 at 16 kHz)

    def reset(self) -> None: ...

    def speech_prob(self, frame: np.ndarray) -> float:
        """Probability of speech in one frame of ``frame_samples`` samples."""
        ...


@runtime_checkable
class STT(Engine, Protocol):
    def transcribe(
        self, audio: np.ndarray, language: str | None = None, words: bool = False,
        context: str | None = None,
    ) -> Transcript:
        """``words=True`` asks for word timings where the engine has them. ``context`` is
        text the speaker may well say (the names of their own things,
        :func:`hark.store.vocabulary.speech_context`): an engine that can bias its
        recognition towards it does, the others ignore it."""
        ...


@dataclass
class PartialResult:
    text: str
    is_final: bool
    start: float = 0.0
    end: float = 0.0


@runtime_checkable
class StreamingSTT(STT, Protocol):
    def stream(self, chunks: Iterator[np.ndarray]) -> Iterator[PartialResult]:
        """Feed audio chunks; yields partial results and a final result per line."""
        ...


@dataclass
class SpeechChunk:
    """A piece of synthesised speech (normally one sentence)."""

    audio: np.ndarray  # float32 mono
    sample_rate: int
    text: str


@runtime_checkable
class TTS(Engine, Protocol):
    sample_rate: int

    def voices(self) -> list[str]: ...

    def stream(
        self, text: str, voice: str | None = None, rate: float = 1.0
    ) -> Iterator[SpeechChunk]:
        """Synthesise sentence by sentence; the first chunk comes before the rest is done."""
        ...


@runtime_checkable
class WakeWord(Engine, Protocol):
    frame_samples: int  # 1280 (80 ms at 16 kHz)

    def reset(self) -> None: ...

    def process(self, frame: np.ndarray, t: float) -> list[Detection]:
        """Feed one frame that starts at stream time ``t`` seconds."""
        ...


@runtime_checkable
class Denoiser(Engine, Protocol):
    def denoise(self, audio: np.ndarray) -> np.ndarray:
        """16 kHz mono float32 in, same length out."""
        ...
