"""Checks and helpers shared by the TTS backends."""

from __future__ import annotations

import math

import numpy as np

from hark.config import Settings
from hark.errors import InvalidInput, TextTooLong

MIN_RATE, MAX_RATE = 0.5, 2.0


def check_request(text: str, rate: float, settings: Settings) -> str:
    """Validate a synthesis request; returns the stripped text."""
    if not isinstance(text, str) or not any(ch.isalnum() for ch in text):
        raise InvalidInput("There is no text to speak")
    text = text.strip()
    if len(text) > settings.max_text_chars:
        raise TextTooLong(
            f"The text is {len(text)} characters long; the limit is {settings.max_text_chars}",
            chars=len(text), limit=settings.max_text_chars,
        )
    try:
        ok = math.isfinite(float(rate)) and MIN_RATE <= float(rate) <= MAX_RATE
    except (TypeError, ValueError):
        ok = False
    if not ok:
        raise InvalidInput(
            f"Speaking rate must be between {MIN_RATE} and {MAX_RATE} (1.0 is normal); "
            f"got {rate!r}", rate=str(rate),
        )
    return text


def unknown_voice(voice: str, available: list[str]) -> InvalidInput:
    return InvalidInput(
        f"Unknown voice {voice!r}. Available: {', '.join(available)}.",
        voice=voice, available=available,
    )


def silence(seconds: float, sample_rate: int) -> np.ndarray:
    return np.zeros(int(round(seconds * sample_rate)), dtype=np.float32)


def trim_silence(audio: np.ndarray, sample_rate: int, keep_s: float = 0.05,
                 threshold: float = 0.01) -> np.ndarray:
    """Cut leading/trailing silence, keeping ``keep_s`` seconds either side of the speech."""
    loud = np.flatnonzero(np.abs(audio) > threshold)
    if loud.size == 0:
        return audio[:0]
    keep = int(keep_s * sample_rate)
    return audio[max(0, loud[0] - keep): loud[-1] + 1 + keep]
