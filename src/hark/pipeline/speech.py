"""Speech operations shared by the CLI and the server: transcribe, synthesise, wake.

Synchronous and CPU-bound: async callers run them with ``asyncio.to_thread``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from hark.audio.io import Source, read_audio
from hark.config import Settings, get_settings
from hark.errors import InvalidInput, NoSpeech
from hark.logs import Stopwatch

MAX_CONTEXT_CHARS = 1000


def transcribe(
    source: Source | np.ndarray,
    engine: str | None = None,
    language: str | None = None,
    settings: Settings | None = None,
    denoise: bool | None = None,
    words: bool = False,
    context: str | None = None,
) -> dict[str, Any]:
    """Decode (if needed), optionally denoise, check there is speech (VAD), transcribe.

    ``context``: words the speaker may say (product names, people), given to Whisper as
    its prompt — at most ``MAX_CONTEXT_CHARS`` characters.
    Returns the Transcript as a dict plus ``duration_s`` and per-stage ``timings_ms``.
    Bad input fails before any STT model is loaded.
    """
    from hark.audio.endpoint import require_speech
    from hark.engines.registry import engine_class, get_engine

    s = settings or get_settings()
    name = engine or s.stt_engine
    engine_class("stt", name)  # unknown engine fails before any audio work
    if context is not None and len(context) > MAX_CONTEXT_CHARS:
        raise InvalidInput(f"The context can be at most {MAX_CONTEXT_CHARS} characters "
                           f"(it was {len(context)}); Whisper reads only about that much.",
                           limit=MAX_CONTEXT_CHARS)
    sw = Stopwatch()
    with sw("decode"):
        audio = source if isinstance(source, np.ndarray) else read_audio(source, s.max_audio_s)
    if s.denoise if denoise is None else denoise:
        with sw("denoise"):
            audio = get_engine("denoise", settings=s).denoise(audio)
    with sw("vad"):
        require_speech(audio, settings=s)
    with sw("load"):
        stt = get_engine("stt", name, settings=s)
    with sw("stt"):
        tr = stt.transcribe(audio, language=language or s.stt_language or None, words=words,
                            context=context)
    if not tr.text.strip():
        raise NoSpeech("No speech was heard in the audio")
    out = tr.to_dict()
    out["duration_s"] = round(len(audio) / 16000, 3)
    out["timings_ms"] = sw.total()
    return out


def stream_partials(
    source: Source, engine: str | None = None, settings: Settings | None = None,
    chunk_s: float = 0.1,
) -> Iterator[dict[str, Any]]:
    """Feed a file to a streaming engine in real-time-sized chunks; yield partial results."""
    from hark.engines.base import StreamingSTT
    from hark.engines.registry import get_engine

    s = settings or get_settings()
    name = engine or "moonshine-tiny"
    audio = read_audio(source, s.max_audio_s)
    stt = get_engine("stt", name, settings=s)
    if not isinstance(stt, StreamingSTT):
        raise InvalidInput(f"The {name} engine does not stream; use moonshine-tiny")
    n = int(16000 * chunk_s)
    chunks = (audio[i:i + n] for i in range(0, len(audio), n))
    for p in stt.stream(chunks):
        yield {"text": p.text, "is_final": p.is_final, "start": p.start, "end": p.end}


@dataclass
class Speech:
    audio: np.ndarray
    sample_rate: int
    sentences: list[str]
    engine: str
    voice: str
    first_audio_ms: float
    total_ms: float


def synthesize_chunks(
    text: str,
    engine: str | None = None,
    voice: str | None = None,
    rate: float | None = None,
    settings: Settings | None = None,
) -> tuple[Any, str | None, Iterator[Any]]:
    """Validate and start a sentence-streamed synthesis without collecting it.

    Returns ``(engine, voice, chunks)``: the loaded TTS engine, the voice asked for, and
    the iterator of :class:`~hark.engines.base.SpeechChunk` (one per sentence). Used by
    the spoken turn to play the first sentence while the rest is being synthesised.
    """
    from hark.engines.registry import get_engine
    from hark.engines.tts_common import check_request

    s = settings or get_settings()
    rate = s.tts_rate if rate is None else rate
    check_request(text, rate, s)  # fail fast, before loading a model
    tts = get_engine("tts", engine or s.tts_engine, settings=s)
    voice = voice or s.tts_voice or None
    return tts, voice, tts.stream(text, voice=voice, rate=rate)


def synthesize(
    text: str,
    engine: str | None = None,
    voice: str | None = None,
    rate: float | None = None,
    settings: Settings | None = None,
) -> Speech:
    """Synthesise a whole answer (sentence-streamed under the hood)."""
    from hark.engines.registry import get_engine
    from hark.engines.tts_common import check_request

    s = settings or get_settings()
    rate = s.tts_rate if rate is None else rate
    check_request(text, rate, s)  # fail fast, before loading a model
    name = engine or s.tts_engine
    tts = get_engine("tts", name, settings=s)
    voice = voice or s.tts_voice or None
    t0 = time.perf_counter()
    first = None
    parts, sentences, sr = [], [], tts.sample_rate
    for chunk in tts.stream(text, voice=voice, rate=rate):
        if first is None:
            first = time.perf_counter() - t0
        parts.append(chunk.audio)
        sentences.append(chunk.text)
        sr = chunk.sample_rate
    total = time.perf_counter() - t0
    return Speech(
        audio=np.concatenate(parts) if parts else np.zeros(0, np.float32),
        sample_rate=sr, sentences=sentences, engine=name,
        voice=tts.resolve_voice(voice), first_audio_ms=round((first or 0) * 1000, 1),
        total_ms=round(total * 1000, 1),
    )


def detect_wake(
    source: Source | np.ndarray,
    model: str | None = None,
    threshold: float | None = None,
    settings: Settings | None = None,
) -> dict[str, Any]:
    """Wake-word detections in a whole clip."""
    from hark.engines.registry import get_engine

    s = settings or get_settings()
    if threshold is not None and not 0.0 < threshold < 1.0:
        raise InvalidInput(f"The wake threshold must be between 0 and 1; got {threshold}")
    audio = source if isinstance(source, np.ndarray) else read_audio(source, s.max_audio_s)
    threshold = s.wake_threshold if threshold is None else threshold
    ww = get_engine("wake", settings=s, model=model or s.wake_word, threshold=threshold)
    return {
        "model": ww.model,
        "threshold": threshold,
        "duration_s": round(len(audio) / 16000, 3),
        "detections": [d.to_dict() for d in ww.detect(audio)],
    }
