"""Moonshine tiny (English) speech-to-text with streaming partial results.

Uses ``moonshine-voice==0.1.0`` — the last version whose wheel carries the model — with
the bundled ``assets/tiny-en`` folder and the *tiny* architecture (the library defaults to
*base*). Its download helpers are never called.

How the library streams (read from ``moonshine_voice/transcriber.py``): a ``Stream``
receives audio with ``add_audio``; every ``update_interval`` seconds of audio it
re-transcribes and reports, through listeners, ``LineStarted`` / ``LineTextChanged``
(the text of the line still being spoken — our *partials*) and ``LineCompleted`` (the
built-in VAD decided the line ended — our *finals*). ``stop()`` flushes the last line.
"""

from __future__ import annotations

import ctypes
import importlib.util
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from hark.config import Settings
from hark.engines.base import SAMPLE_RATE, PartialResult
from hark.engines.stt_whisper import normalize_language
from hark.errors import EngineError, EngineUnavailable, InvalidInput
from hark.types import Segment, Transcript, Word

log = logging.getLogger("hark.engines.stt")

_MODEL_FILES = ("encoder_model.ort", "decoder_model_merged.ort", "tokenizer.bin")
_SILENCE_PEAK = 1e-3
# Seconds of audio between two re-transcriptions of the line being spoken.
UPDATE_INTERVAL_S = 0.4


def model_dir() -> Path:
    """The ``assets/tiny-en`` folder inside the installed moonshine_voice package."""
    spec = importlib.util.find_spec("moonshine_voice")
    if spec is None or not spec.submodule_search_locations:
        raise EngineUnavailable(
            "moonshine-voice is not installed; reinstall Hark (pip install moonshine-voice==0.1.0)."
        )
    folder = Path(next(iter(spec.submodule_search_locations))) / "assets" / "tiny-en"
    missing = [f for f in _MODEL_FILES if not (folder / f).is_file()]
    if missing:
        raise EngineUnavailable(
            f"The Moonshine tiny model is missing from {folder} ({', '.join(missing)}); "
            f"install moonshine-voice==0.1.0 (later versions do not carry the model).",
            path=str(folder),
        )
    return folder


def line_confidence(text: str, duration: float) -> float:
    """Heuristic confidence of one line: Moonshine 0.1.0 reports no probabilities.

    ``0.85 · rate · repeat`` where

    * ``rate`` = 1 while the speaking rate ``words / duration`` is within 0.7–4.5 words
      per second (normal speech), else ``min(wps / 0.7, 4.5 / wps)`` — too few words for
      the audio means missed speech, too many means hallucination;
    * ``repeat`` = distinct word trigrams / trigrams (1 under 3 trigrams): decoder loops
      ("the the the …") repeat trigrams.

    The 0.85 ceiling marks that this is not a model probability. Empty text → 0.
    """
    words = text.lower().split()
    if not words:
        return 0.0
    wps = len(words) / max(duration, 0.3)
    rate = 1.0 if 0.7 <= wps <= 4.5 else min(wps / 0.7, 4.5 / wps)
    grams = [tuple(words[i:i + 3]) for i in range(len(words) - 2)]
    repeat = len(set(grams)) / len(grams) if len(grams) >= 3 else 1.0
    return round(max(0.0, min(1.0, 0.85 * rate * repeat)), 4)


def drop_phantom_lines(segments: list[Segment]) -> list[Segment]:
    """Drop the phantom "You" Moonshine tiny emits for a very short VAD line (a breath or
    click before the real speech): a line under 0.4 s whose only word is "you", and only
    when other lines carry the real text. A lone "you" is kept."""
    def phantom(s: Segment) -> bool:
        return s.end - s.start < 0.4 and s.text.strip(" .,!?").lower() == "you"

    real = [s for s in segments if not phantom(s)]
    return real if real else segments


class MoonshineTiny:
    """Streaming English STT (Moonshine tiny); thread-safe behind one lock."""

    name = "moonshine-tiny"
    multilingual = False

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.model_dir = model_dir()
        self._lock = threading.Lock()
        try:
            from moonshine_voice.moonshine_api import ModelArch
            from moonshine_voice.transcriber import Transcriber
        except (ImportError, OSError) as e:
            raise EngineUnavailable(f"moonshine-voice cannot be loaded: {e}") from e
        try:
            self._tr = Transcriber(str(self.model_dir), model_arch=ModelArch.TINY,
                                   update_interval=UPDATE_INTERVAL_S)
        except Exception as e:
            raise EngineUnavailable(
                f"Could not load the Moonshine tiny model from {self.model_dir}: {e}",
                engine=self.name,
            ) from e

    def warmup(self) -> None:
        t = np.arange(SAMPLE_RATE, dtype=np.float32) / SAMPLE_RATE
        self.transcribe((0.05 * np.sin(2 * np.pi * 220 * t)).astype(np.float32))

    @staticmethod
    def _check_language(language: str | None) -> None:
        lang = normalize_language(language)
        if lang not in (None, "en"):
            raise InvalidInput(
                f"The moonshine-tiny engine only understands English, not {language!r}; "
                f"use --engine whisper-base for other languages.",
                language=language, engine="moonshine-tiny",
            )

    # ------------------------------------------------------------------ one shot
    def transcribe(self, audio: np.ndarray, language: str | None = None,
                   words: bool = False, context: str | None = None) -> Transcript:
        """Moonshine 0.1.0 gives line times but no word times: ``words`` is accepted and
        ignored (segments carry the times). It has no prompt either: ``context`` is
        ignored."""
        self._check_language(language)
        audio = np.ascontiguousarray(audio, dtype=np.float32).reshape(-1)
        if audio.size == 0 or float(np.max(np.abs(audio))) < _SILENCE_PEAK:
            return Transcript("", "en", 0.0, [], self.name, None)
        lines = self._transcribe_lines(audio)
        segments = []
        for line in lines:
            text = (line.text or "").strip()
            if not text:
                continue
            start = float(line.start_time)
            end = start + float(line.duration)
            words = [Word(w.word.strip(), round(float(w.start), 3), round(float(w.end), 3),
                          round(float(w.confidence), 4)) for w in (line.words or [])]
            segments.append(Segment(text, round(start, 3), round(end, 3), words))
        segments = drop_phantom_lines(segments)
        text = " ".join(s.text for s in segments)
        dur = [max(0.0, s.end - s.start) for s in segments]
        confs = [line_confidence(s.text, d) for s, d in zip(segments, dur, strict=True)]
        conf = (sum(c * d for c, d in zip(confs, dur, strict=True)) / sum(dur)
                if sum(dur) > 0 else (sum(confs) / len(confs) if confs else 0.0))
        return Transcript(text, "en", round(conf, 4), segments, self.name, None)

    def _transcribe_lines(self, audio: np.ndarray) -> list[Any]:
        from moonshine_voice.errors import check_error
        from moonshine_voice.moonshine_api import TranscriptC

        tr = self._tr
        out = ctypes.POINTER(TranscriptC)()
        with self._lock:  # the result buffer belongs to the transcriber until next call
            try:
                # Pass the numpy buffer directly (the library's list path copies per sample).
                err = tr._lib.moonshine_transcribe_without_streaming(
                    tr._handle, audio.ctypes.data_as(ctypes.POINTER(ctypes.c_float)),
                    audio.size, SAMPLE_RATE, 0, ctypes.byref(out))
                check_error(err)
                return list(tr._parse_transcript(out).lines)
            except Exception as e:
                log.exception("moonshine decode failed")
                raise EngineError("Speech recognition failed in moonshine-tiny.") from e

    # ----------------------------------------------------------------- streaming
    def stream(self, chunks: Iterator[np.ndarray]) -> Iterator[PartialResult]:
        """Feed 16 kHz float32 chunks of any size; yield partials while a line is being
        spoken (``is_final=False``, only when its text changed) and one final per line."""
        events: list[PartialResult] = []
        last_text: dict[int, str] = {}
        done: set[int] = set()

        def on_event(ev: Any) -> None:
            from moonshine_voice.transcriber import LineCompleted, LineTextChanged

            line = getattr(ev, "line", None)
            if line is None:
                return
            text = (line.text or "").strip()
            start = round(float(line.start_time), 3)
            end = round(start + float(line.duration), 3)
            if isinstance(ev, LineCompleted):
                if line.line_id not in done and text:
                    done.add(line.line_id)
                    events.append(PartialResult(text, True, start, end))
            elif isinstance(ev, LineTextChanged) and not line.is_complete and text:
                if last_text.get(line.line_id) != text:
                    last_text[line.line_id] = text
                    events.append(PartialResult(text, False, start, end))

        with self._lock:
            stream = self._tr.create_stream(update_interval=UPDATE_INTERVAL_S)
            stream.add_listener(on_event)
            stream.start()
        try:
            for chunk in chunks:
                data = np.asarray(chunk, dtype=np.float32).reshape(-1)
                if data.size == 0:
                    continue
                with self._lock:
                    stream.add_audio(data.tolist(), SAMPLE_RATE)
                yield from events
                events.clear()
            with self._lock:
                stream.stop()
            yield from events
            events.clear()
        finally:
            with self._lock:
                stream.close()
