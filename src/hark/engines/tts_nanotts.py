"""SVOX Pico TTS through ``py-nanotts``: light (16 MB RAM), six languages, 16 kHz."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

import numpy as np

from hark.config import Settings
from hark.engines.base import SpeechChunk
from hark.engines.tts_common import check_request, silence, trim_silence, unknown_voice
from hark.errors import EngineError, EngineUnavailable

VOICES = ["en-US", "en-GB", "de-DE", "es-ES", "fr-FR", "it-IT"]
ALIASES = {"en": "en-US", "us": "en-US", "gb": "en-GB", "uk": "en-GB", "en-uk": "en-GB",
           "de": "de-DE", "es": "es-ES", "fr": "fr-FR", "it": "it-IT"}
SAMPLE_RATE = 16000
SENTENCE_PAUSE_S = 0.12
VOLUME = 0.6  # Pico clips at its default volume
# Pico reads its input as SSML-like markup: drop tags, and any stray angle bracket.
_TAG = re.compile(r"<[^<>]*>")
_ANGLE = re.compile(r"[<>]")


def canonical_voice(voice: str) -> str | None:
    v = voice.strip().replace("_", "-").lower()
    for name in VOICES:
        if v == name.lower():
            return name
    return ALIASES.get(v)


class NanoTTS:
    name = "nanotts"
    sample_rate = SAMPLE_RATE

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        try:
            import py_nanotts
        except ImportError as e:
            raise EngineUnavailable("NanoTTS (package py-nanotts) is not installed.",
                                    engine=self.name) from e
        self._tts = py_nanotts.NanoTTS()
        self._lock = threading.Lock()

    def voices(self) -> list[str]:
        return list(VOICES)

    def resolve_voice(self, voice: str | None) -> str:
        name = voice or self.settings.tts_voice or "en-US"
        canon = canonical_voice(name)
        if canon is None:
            raise unknown_voice(name, self.voices())
        return canon

    def warmup(self) -> None:
        for _ in self.stream("Hello."):
            pass

    def _synth(self, sentence: str, voice: str, rate: float) -> np.ndarray:
        text = _ANGLE.sub(" ", _TAG.sub(" ", sentence))
        with self._lock:
            try:
                pcm = self._tts.speak(text, voice=voice, speed=None if rate == 1.0 else rate,
                                      volume=VOLUME)
            except Exception as e:
                raise EngineError(f"NanoTTS failed to synthesise speech: {e}",
                                  engine=self.name) from e
        audio = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
        return trim_silence(audio, SAMPLE_RATE)  # Pico pads with up to ~1 s of silence

    def stream(self, text: str, voice: str | None = None,
               rate: float = 1.0) -> Iterator[SpeechChunk]:
        """Validate eagerly, then yield one chunk per sentence as it is synthesised."""
        from hark.text.sentences import split_sentences

        text = check_request(text, rate, self.settings)
        name = self.resolve_voice(voice)
        return self._generate(split_sentences(text), name, float(rate))

    def _generate(self, sentences: list[str], voice: str,
                  rate: float) -> Iterator[SpeechChunk]:
        for i, sentence in enumerate(sentences):
            audio = self._synth(sentence, voice, rate)
            if audio.size == 0:
                continue
            if i < len(sentences) - 1:
                audio = np.concatenate([audio, silence(SENTENCE_PAUSE_S, SAMPLE_RATE)])
            yield SpeechChunk(audio=audio, sample_rate=SAMPLE_RATE, text=sentence)
