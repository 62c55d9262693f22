"""Silero VAD (the ONNX model bundled in the ``silero-vad`` wheel) run with onnxruntime.

The ``silero_vad`` package itself is never imported (its ``__init__`` imports torch): the
model file is located through the import system's spec only.
"""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path
from typing import Any

import numpy as np

from hark.config import Settings
from hark.errors import EngineError, EngineUnavailable, InvalidInput

SAMPLE_RATE = 16000
FRAME_SAMPLES = 512  # 32 ms at 16 kHz: the only chunk size the 16 kHz model accepts
CONTEXT_SAMPLES = 64  # tail of the previous chunk prepended to each call
STATE_SHAPE = (2, 1, 128)


def model_path() -> Path:
    """Path of the bundled ``silero_vad.onnx``; EngineUnavailable when it is missing."""
    spec = importlib.util.find_spec("silero_vad")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "data" / "silero_vad.onnx"
        if path.is_file():
            return path
    raise EngineUnavailable(
        "The Silero VAD model is missing: install silero-vad (pip install --no-deps silero-vad)",
        role="vad", engine="silero",
    )


def _load_session(path: Path) -> Any:
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1  # one 32 ms frame at a time: threads only add latency
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    try:
        return ort.InferenceSession(str(path), sess_options=opts,
                                    providers=["CPUExecutionProvider"])
    except Exception as e:  # corrupt or incompatible model file
        raise EngineUnavailable(f"Could not load the Silero VAD model: {e}",
                                role="vad", engine="silero") from e


class SileroVAD:
    """Streaming speech probability per 512-sample frame of 16 kHz mono float32 audio.

    State (the recurrent state and 64 samples of context) is per instance; ``fork()`` gives
    a new instance with its own state that shares the loaded model, so many audio streams
    can run on one model. Calls on one instance are serialised by a lock.
    """

    name = "silero"
    frame_samples = FRAME_SAMPLES
    sample_rate = SAMPLE_RATE

    def __init__(self, settings: Settings | None = None, *, _session: Any = None,
                 **opts: Any) -> None:
        self.settings = settings
        self.opts = opts
        self._sess = _session if _session is not None else _load_session(model_path())
        self._sr = np.array(SAMPLE_RATE, dtype=np.int64)
        self._lock = threading.Lock()
        self._state = np.zeros(STATE_SHAPE, dtype=np.float32)
        self._context = np.zeros(CONTEXT_SAMPLES, dtype=np.float32)
        self._buf = np.zeros((1, CONTEXT_SAMPLES + FRAME_SAMPLES), dtype=np.float32)

    def fork(self) -> SileroVAD:
        """A fresh stream (own state) on the same loaded model."""
        return SileroVAD(self.settings, _session=self._sess, **self.opts)

    def reset(self) -> None:
        with self._lock:
            self._state = np.zeros(STATE_SHAPE, dtype=np.float32)
            self._context = np.zeros(CONTEXT_SAMPLES, dtype=np.float32)

    def warmup(self) -> None:
        self.speech_probs(np.zeros(FRAME_SAMPLES * 4, dtype=np.float32))
        self.reset()

    def speech_prob(self, frame: np.ndarray) -> float:
        frame = np.asarray(frame)
        if frame.ndim != 1 or frame.shape[0] != FRAME_SAMPLES:
            raise InvalidInput(
                f"The VAD takes frames of exactly {FRAME_SAMPLES} samples (16 kHz mono); "
                f"got shape {tuple(frame.shape)}"
            )
        with self._lock:
            return self._run(frame)

    def _run(self, frame: np.ndarray) -> float:
        buf = self._buf
        buf[0, :CONTEXT_SAMPLES] = self._context
        buf[0, CONTEXT_SAMPLES:] = frame
        try:
            out, state = self._sess.run(None, {"input": buf, "state": self._state, "sr": self._sr})
        except Exception as e:
            raise EngineError(f"The VAD failed: {e}") from e
        self._state = state
        self._context = buf[0, -CONTEXT_SAMPLES:].copy()
        return float(out[0, 0])

    def speech_probs(self, audio: np.ndarray) -> np.ndarray:
        """Probabilities for every 512-sample frame of a whole clip (the last frame is
        zero-padded). Resets the state first."""
        audio = np.asarray(audio, dtype=np.float32).reshape(-1)
        n = -(-audio.size // FRAME_SAMPLES)
        padded = np.zeros(n * FRAME_SAMPLES, dtype=np.float32)
        padded[: audio.size] = audio
        probs = np.empty(n, dtype=np.float32)
        with self._lock:
            self._state = np.zeros(STATE_SHAPE, dtype=np.float32)
            self._context = np.zeros(CONTEXT_SAMPLES, dtype=np.float32)
            for i in range(n):
                probs[i] = self._run(padded[i * FRAME_SAMPLES:(i + 1) * FRAME_SAMPLES])
        return probs
