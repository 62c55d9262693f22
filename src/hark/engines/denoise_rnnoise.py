"""RNNoise noise suppression through pyrnnoise's bundled ``librnnoise``.

pyrnnoise's package ``__init__`` imports a module that is not shipped, so only its
low-level ``rnnoise.py`` (a ctypes wrapper around ``librnnoise.so``) is loaded, by file
path, without running the package ``__init__``.
"""

from __future__ import annotations

import ctypes
import importlib.util
import sys
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from hark.config import Settings
from hark.errors import EngineUnavailable, InvalidInput

RATE = 48000
INT16_SCALE = 32768.0  # RNNoise works on int16-scaled floats
DELAY_FRAMES = 2  # RNNoise output lags its input by two 480-sample frames (20 ms)
_MODULE_NAME = "hark._vendor_pyrnnoise_rnnoise"
_module_lock = threading.Lock()


def _unavailable(why: str) -> EngineUnavailable:
    return EngineUnavailable(
        f"RNNoise is unavailable ({why}): install pyrnnoise (pip install --no-deps pyrnnoise)",
        role="denoise", engine="rnnoise",
    )


def load_rnnoise_module() -> ModuleType:
    """Load ``pyrnnoise/rnnoise.py`` by path (once per process)."""
    with _module_lock:
        mod = sys.modules.get(_MODULE_NAME)
        if mod is not None:
            return mod
        try:
            spec = importlib.util.find_spec("pyrnnoise")
        except (ImportError, ValueError):
            spec = None
        folders = list(spec.submodule_search_locations or []) if spec else []
        path = next((Path(f) / "rnnoise.py" for f in folders
                     if (Path(f) / "rnnoise.py").is_file()), None)
        if path is None:
            raise _unavailable("pyrnnoise is not installed")
        file_spec = importlib.util.spec_from_file_location(_MODULE_NAME, path)
        if file_spec is None or file_spec.loader is None:
            raise _unavailable(f"cannot load {path}")
        mod = importlib.util.module_from_spec(file_spec)
        try:
            file_spec.loader.exec_module(mod)
        except OSError as e:  # librnnoise.so missing or not loadable
            raise _unavailable(str(e)) from e
        sys.modules[_MODULE_NAME] = mod
        return mod


class RNNoise:
    """16 kHz in → 48 kHz → RNNoise (480-sample frames) → 16 kHz out, same length and
    time-aligned with the input (RNNoise's 20 ms delay is removed).

    Each instance owns one RNNoise state; ``denoise`` treats its argument as a whole clip
    (the state is reset first) and calls on one instance are serialised by a lock.
    """

    name = "rnnoise"
    sample_rate = 16000

    def __init__(self, settings: Settings | None = None, **opts: Any) -> None:
        self.settings = settings
        mod = load_rnnoise_module()
        self._lib = mod.lib
        self.frame_size = int(mod.FRAME_SIZE)  # 480 (10 ms at 48 kHz)
        self._lock = threading.Lock()
        self._state = self._lib.rnnoise_create(None)
        if not self._state:
            raise _unavailable("rnnoise_create failed")
        self._frame = np.zeros(self.frame_size, dtype=np.float32)
        self._ptr = self._frame.ctypes.data_as(ctypes.POINTER(ctypes.c_float))

    def __del__(self) -> None:
        state, lib = getattr(self, "_state", None), getattr(self, "_lib", None)
        if state and lib is not None:
            lib.rnnoise_destroy(state)
            self._state = None

    def reset(self) -> None:
        with self._lock:
            old, self._state = self._state, self._lib.rnnoise_create(None)
            if old:
                self._lib.rnnoise_destroy(old)

    def warmup(self) -> None:
        self.denoise(np.zeros(1600, dtype=np.float32))
        self.reset()

    def denoise(self, audio: np.ndarray) -> np.ndarray:
        from hark.audio.io import resample

        audio = np.asarray(audio, dtype=np.float32)
        if audio.ndim != 1:
            raise InvalidInput("The denoiser takes 16 kHz mono audio (a 1-D array)")
        if audio.size == 0:
            return audio.copy()
        up = resample(np.clip(audio, -1.0, 1.0), self.sample_rate, RATE) * INT16_SCALE
        n = self.frame_size
        delay = DELAY_FRAMES * n
        frames = -(-(up.size + delay) // n)  # extra frames flush the delayed tail out
        work = np.zeros(frames * n, dtype=np.float32)
        work[: up.size] = up
        buf, ptr = self._frame, self._ptr
        with self._lock:
            self._lib.rnnoise_destroy(self._state)
            self._state = self._lib.rnnoise_create(None)
            for i in range(frames):
                seg = work[i * n:(i + 1) * n]
                buf[:] = seg
                self._lib.rnnoise_process_frame(self._state, ptr, ptr)
                seg[:] = buf
        out = resample(work[delay:delay + up.size] / INT16_SCALE, RATE, self.sample_rate)
        out = np.clip(out, -1.0, 1.0)
        if out.size != audio.size:  # resample_poly keeps length for 16k↔48k; be exact anyway
            out = np.pad(out, (0, max(0, audio.size - out.size)))[: audio.size]
        return out.astype(np.float32, copy=False)
