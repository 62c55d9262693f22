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
_lock = threading.Lock()  # guards the two dicts below, never held while loading
_key_locks: dict[tuple, threading.Lock] = {}
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
    """Return the shared, loaded and warmed-up engine for ``role``/``name``.

    Each engine has its own load lock, so different engines can load at the same time
    (see :func:`warm_defaults`) while one engine is never loaded twice."""
    settings = settings or get_settings()
    name = name or configured_name(role, settings)
    key = (role, name, tuple(sorted(options.items())))
    with _lock:
        eng = _cache.get(key)
        if eng is not None:
            return eng
        key_lock = _key_locks.setdefault(key, threading.Lock())
    with key_lock:
        eng = _cache.get(key)
        if eng is None:
            cls = engine_class(role, name)
            t0 = time.perf_counter()
            eng = cls(settings, **options)
            eng.warmup()
            load_times_s[key] = time.perf_counter() - t0
            log.info("engine loaded", extra={"role": role, "engine": name,
                                             "load_s": round(load_times_s[key], 3)})
            with _lock:
                _cache[key] = eng
        return eng


def warm_defaults(settings: Settings | None = None,
                  roles: tuple[str, ...] = ("vad", "stt", "tts", "wake")) -> None:
    """Load and warm the configured engine of each role, two at a time (ONNX Runtime,
    CTranslate2 and TFLite release the GIL while loading and warming)."""
    from concurrent.futures import ThreadPoolExecutor

    settings = settings or get_settings()
    # the slowest first, so the short ones fill in beside them
    order = sorted(roles, key=lambda r: {"tts": 0, "stt": 1}.get(r, 2))
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="hark-warm") as pool:
        for f in [pool.submit(get_engine, role, settings=settings) for role in order]:
            f.result()


def clear() -> None:
    with _lock:
        _cache.clear()
        _key_locks.clear()
        load_times_s.clear()
