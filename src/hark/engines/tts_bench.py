"""Warm latency numbers for the TTS and wake-word engines (used by `hark bench engines`)."""

from __future__ import annotations

import time
from typing import Any

import numpy as np

ONE_SENTENCE = "It is seven thirty in the morning."
PARAGRAPH = ("Good morning! Today will be mostly sunny with a high of twenty two degrees. "
             "You have two meetings, the first one at ten a.m. with Dr. Lee. "
             "Don't forget to take an umbrella in the evening.")


def _load(role: str, name: str | None = None, **options: Any) -> tuple[Any, float]:
    """A fresh, warmed-up engine (not the shared cached one) and its load time."""
    from hark.config import get_settings
    from hark.engines.registry import configured_name, engine_class

    settings = get_settings()
    name = name or configured_name(role, settings)
    t0 = time.perf_counter()
    cls = engine_class(role, name)
    eng = cls(settings, **options)
    eng.warmup()
    load_s = time.perf_counter() - t0
    return eng, load_s


def measure_tts(engine_name: str, repeats: int = 3) -> dict[str, float]:
    """{load_s, first_audio_ms (one sentence, best of ``repeats``), rtf (3 sentences)}."""
    tts, load_s = _load("tts", engine_name)
    first: list[float] = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        it = tts.stream(ONE_SENTENCE)
        next(it)
        first.append((time.perf_counter() - t0) * 1000)
        for _ in it:
            pass
    rtfs: list[float] = []
    for _ in range(max(1, repeats - 1)):
        t0 = time.perf_counter()
        seconds = sum(c.audio.size / c.sample_rate for c in tts.stream(PARAGRAPH))
        rtfs.append((time.perf_counter() - t0) / seconds)
    return {"load_s": round(load_s, 3), "first_audio_ms": round(min(first), 1),
            "rtf": round(min(rtfs), 4)}


def measure_wake(frames: int = 500) -> dict[str, float]:
    """{load_s, ms_per_frame}: mean time to process one 80 ms frame (warm)."""
    ww, load_s = _load("wake")
    rng = np.random.default_rng(0)
    audio = rng.normal(0.0, 0.05, frames * ww.frame_samples).astype(np.float32)
    ww.reset()
    ww.process(audio[: ww.frame_samples], 0.0)  # first call after reset fills the buffers
    t0 = time.perf_counter()
    for i in range(frames):
        n = ww.frame_samples
        ww.process(audio[i * n: (i + 1) * n], i * n / 16000)
    ms = (time.perf_counter() - t0) * 1000 / frames
    ww.reset()
    return {"load_s": round(load_s, 3), "ms_per_frame": round(ms, 3)}


if __name__ == "__main__":  # pragma: no cover
    import json

    print(json.dumps({"piper": measure_tts("piper"), "nanotts": measure_tts("nanotts"),
                      "wake": measure_wake()}, indent=2))
