"""Wake-word detection with openWakeWord's bundled TFLite models (``pyopen-wakeword``)."""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

import numpy as np

from hark.config import Settings
from hark.errors import EngineUnavailable, InvalidInput
from hark.types import Detection

SAMPLE_RATE = 16000
FRAME_SAMPLES = 1280  # 80 ms
REFRACTORY_S = 1.5
FLUSH_S = 0.4  # silence fed after a clip so a wake word at its very end still fires
_FEATURE_MODELS = {"melspectrogram", "embedding_model"}


def models_dir() -> Path | None:
    spec = importlib.util.find_spec("pyopen_wakeword")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "models"


def _accelerate(features: object, ww: object) -> bool:
    """Mel, embedding and wake-word models on XNNPACK (≈3× faster on the embedding)."""
    from pyopen_wakeword.openwakeword import EMB_SHAPE, MEL_SHAPE

    from hark.engines.tflite_xnnpack import accelerate

    return all([
        accelerate(features, "mel_model", "mel_interpreter", "mel_input_tensor",
                   "mel_output_tensor", MEL_SHAPE),
        accelerate(features, "emb_model", "emb_interpreter", "emb_input_tensor",
                   "emb_output_tensor", EMB_SHAPE),
        accelerate(ww, "model", "interpreter", "input_tensor", "output_tensor"),
    ])


def available_models() -> list[str]:
    folder = models_dir()
    if folder is None:
        return []
    return sorted(p.stem for p in folder.glob("*.tflite") if p.stem not in _FEATURE_MODELS)


class OpenWakeWord:
    name = "openwakeword"
    frame_samples = FRAME_SAMPLES

    def __init__(self, settings: Settings, model: str | None = None,
                 threshold: float | None = None, *, xnnpack: bool = True) -> None:
        self.settings = settings
        self.model = model or settings.wake_word
        self.threshold = float(settings.wake_threshold if threshold is None else threshold)
        if not 0.0 < self.threshold < 1.0:
            raise InvalidInput(f"Wake threshold must be between 0 and 1; got {self.threshold}")
        folder = models_dir()
        if folder is None:
            raise EngineUnavailable("openWakeWord (package pyopen-wakeword) is not installed.",
                                    engine=self.name)
        path = Path(self.model)
        if path.suffix == ".tflite" and path.is_file():  # a custom model file
            self.model = path.stem
        elif self.model in available_models():
            path = folder / f"{self.model}.tflite"
        else:
            known = available_models()
            raise EngineUnavailable(
                f"Unknown wake word model {self.model!r}. Available: {', '.join(known)}.",
                engine=self.name, model=self.model, available=known,
            )
        from pyopen_wakeword import OpenWakeWord as _Model
        from pyopen_wakeword import OpenWakeWordFeatures

        try:
            self._features = OpenWakeWordFeatures.from_builtin()
            self._ww = _Model.from_model(path)
        except Exception as e:
            raise EngineUnavailable(f"Could not load wake word model {self.model}: {e}",
                                    engine=self.name) from e
        self.accelerated = xnnpack and _accelerate(self._features, self._ww)
        self._lock = threading.RLock()
        self._last: float = -1e9
        self._primed: dict[str, object] | None = None

    def warmup(self) -> None:
        self.detect(np.zeros(SAMPLE_RATE, dtype=np.float32))
        self.reset()

    # The library primes a fresh stream with 8 s of silence (~0.5 s of CPU). That state is
    # the same every time: compute it once and restore a copy on reset.
    _STATE = {"_features": ("audio", "new_audio_samples", "mels", "new_mels"),
              "_ww": ("embeddings", "new_embeddings")}

    def _snapshot(self) -> dict[str, object]:
        return {f"{o}.{a}": np.copy(getattr(getattr(self, o), a))
                for o, attrs in self._STATE.items() for a in attrs}

    def reset(self) -> None:
        with self._lock:
            self._last = -1e9
            if self._primed is None:
                self._features.reset()
                self._ww.reset()
                for emb in self._features.process_streaming(bytes(2 * FRAME_SAMPLES)):
                    for _ in self._ww.process_streaming(emb):
                        pass
                self._primed = self._snapshot()
            for key, value in self._primed.items():
                obj, attr = key.split(".")
                v = np.copy(value)
                setattr(getattr(self, obj), attr, v if v.ndim else v.item())

    def process(self, frame: np.ndarray, t: float) -> list[Detection]:
        """Feed one frame (16 kHz float32, normally 1280 samples) starting at ``t`` s."""
        frame = np.asarray(frame, dtype=np.float32).reshape(-1)
        if frame.size == 0:
            return []
        pcm = (np.clip(frame, -1.0, 1.0) * 32767.0).astype("<i2").tobytes()
        best = 0.0
        with self._lock:
            for emb in self._features.process_streaming(pcm):
                for prob in self._ww.process_streaming(emb):
                    best = max(best, float(prob))
            end = t + frame.size / SAMPLE_RATE
            if best < self.threshold or end - self._last < REFRACTORY_S:
                return []
            self._last = end
        return [Detection(name=self.model, score=round(best, 4), time_s=round(end, 3))]

    def detect(self, audio: np.ndarray) -> list[Detection]:
        """All detections in a whole 16 kHz clip (state is reset first)."""
        audio = np.asarray(audio, dtype=np.float32).reshape(-1)
        duration = audio.size / SAMPLE_RATE
        n = FRAME_SAMPLES
        flush = int(FLUSH_S * SAMPLE_RATE)
        padded = np.zeros(-(-(audio.size + flush) // n) * n, dtype=np.float32)
        padded[: audio.size] = audio
        found: list[Detection] = []
        with self._lock:  # whole clip at once: concurrent callers must not interleave
            self.reset()
            for i in range(0, padded.size, n):
                for d in self.process(padded[i: i + n], i / SAMPLE_RATE):
                    d.time_s = round(min(d.time_s, duration), 3)
                    found.append(d)
            self.reset()
        return found
