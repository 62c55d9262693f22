"""Engine registry: configuration names → backend classes, each loaded once and warmed up.

Backends are constructed as ``Cls(settings, **options)`` and must raise
:class:`hark.errors.EngineUnavailable` when their bundled model cannot be found.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from typing import Any

from hark.config import Settings, get_settings
from hark.errors import EngineUnavailable

log = logging.getLogger("hark.engines")

BACKENDS: dict[str, dict[str, str]] = {
    "vad": {"silero": "hark.engines.vad_silero:SileroVAD"},
    "stt": {
        "whisper-tiny-en": "hark.engines.stt_whisper:WhisperTinyEn",
        "whisper-base": "hark.engines.stt_whisper:WhisperBase",
        "moonshine-tiny": "hark.engines.stt_moonshine:MoonshineTiny",
    },
    "tts": {
        "piper": "hark.engines.tts_piper:PiperTTS",
        "nanotts": "hark.engines.tts_nanotts:NanoTTS",
    },
    "wake": {"openwakeword": "hark.engines.wake_openwakeword:OpenWakeWord"},
    "denoise": {"rnnoise": "hark.engines.denoise_rnnoise:RNNoise"},
}

DEFAULT_NAME = {"vad": "silero", "wake": "openwakeword", "denoise": "rnnoise"}

_cache: dict[tuple, Any] = {}
_lock = threading.Lock()
load_times_s: dict[tuple, float] = {}


def configured_name(role: str, settings: Settings) -> str:
    if role == "stt":
        return settings.stt_engine
    if role == "tts":
        return settings.tts_engine
    return DEFAULT_NAME[role]


def engine_class(role: str, name: str) -> type:
    try:
        target = BACKENDS[role][name]
    except KeyError:
        known = ", ".join(sorted(BACKENDS.get(role, {}))) or "none"
        raise EngineUnavailable(
            f"Unknown {role} engine {name!r}. Available: {known}.", role=role, engine=name
        ) from None
    module, _, cls = target.partition(":")
    return getattr(importlib.import_module(module), cls)


def get_engine(
    role: str, name: str | None = None, settings: Settings | None = None, **options: Any
) -> Any:
    """Return the shared, loaded and warmed-up engine for ``role``/``name``."""
    settings = settings or get_settings()
    name = name or configured_name(role, settings)
    key = (role, name, tuple(sorted(options.items())))
    with _lock:
        eng = _cache.get(key)
        if eng is None:
            cls = engine_class(role, name)
            t0 = time.perf_counter()
            eng = cls(settings, **options)
            eng.warmup()
            load_times_s[key] = time.perf_counter() - t0
            log.info("engine loaded", extra={"role": role, "engine": name,
                                             "load_s": round(load_times_s[key], 3)})
            _cache[key] = eng
        return eng


def clear() -> None:
    with _lock:
        _cache.clear()
        load_times_s.clear()
