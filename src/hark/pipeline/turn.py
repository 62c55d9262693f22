"""One spoken turn: audio in → (denoise) → VAD → STT → assistant turn → TTS out.

:func:`spoken_turn` is the one implementation used by ``hark turn``, the ``hark listen``
loop and (later) the server. Speech is synthesised sentence by sentence as soon as the
answer text exists; ``on_chunk`` gets each sentence's audio when it is ready, so a player
can start on the first sentence while the rest is still being synthesised.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import numpy as np

from hark.audio.io import SAMPLE_RATE, Source, read_audio
from hark.config import Settings
from hark.engines.base import SpeechChunk
from hark.errors import AudioTooLong, NoSpeech
from hark.logs import Stopwatch
from hark.pipeline.hypotheses import Heard, choose
from hark.pipeline.speech import Speech, synthesize_chunks
from hark.text.transcript_fixes import fix_transcript

OnChunk = Callable[[SpeechChunk], Awaitable[None] | None]
log = logging.getLogger("hark.pipeline.turn")
_DONE = object()


def _quiet(fut: asyncio.Future[Any]) -> None:
    """Retrieve a background future's outcome so it is never logged as lost."""
    if not fut.cancelled():
        fut.exception()


async def stream_speech(text: str, settings: Settings) -> AsyncIterator[SpeechChunk]:
    """Sentence chunks of ``text`` synthesised in a worker thread, as they are ready.

    Leaving the loop early (barge-in, cancellation) stops synthesis after the sentence in
    progress.
    """
    _tts, _voice, chunks = await asyncio.to_thread(synthesize_chunks, text, settings=settings)
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[Any] = asyncio.Queue()
    stop = threading.Event()

    def work() -> None:
        try:
            for chunk in chunks:
                loop.call_soon_threadsafe(queue.put_nowait, chunk)
                if stop.is_set():
                    break
        except BaseException as e:  # noqa: BLE001 - handed to the consumer
            loop.call_soon_threadsafe(queue.put_nowait, e)
        finally:
            loop.call_soon_threadsafe(queue.put_nowait, _DONE)

    worker = asyncio.ensure_future(asyncio.to_thread(work))
    try:
        while (item := await queue.get()) is not _DONE:
            if isinstance(item, BaseException):
                raise item
            yield item
        await worker
    finally:
        stop.set()
        if not worker.done():
            worker.add_done_callback(_quiet)


async def speak(text: str, settings: Settings, on_chunk: OnChunk | None = None
                ) -> tuple[Speech, float | None]:
    """Synthesise ``text`` (streamed); returns the Speech and the perf_counter time of the
    first chunk (None when nothing was spoken)."""
    from hark.engines.registry import get_engine

    t0 = time.perf_counter()
    first: float | None = None
    parts: list[np.ndarray] = []
    sentences: list[str] = []
    sr = 0
    async for chunk in stream_speech(text, settings):
        if first is None:
            first = time.perf_counter()
        parts.append(np.asarray(chunk.audio, dtype=np.float32))
        sentences.append(chunk.text)
        sr = chunk.sample_rate
        if on_chunk is not None:
            res = on_chunk(chunk)
            if inspect.isawaitable(res):
                await res
    total = time.perf_counter() - t0
    tts = get_engine("tts", settings=settings)
    sr = sr or tts.sample_rate
    speech = Speech(
        audio=np.concatenate(parts) if parts else np.zeros(0, np.float32), sample_rate=sr,
        sentences=sentences, engine=settings.tts_engine,
        voice=tts.resolve_voice(settings.tts_voice or None),
        first_audio_ms=round(((first or t0) - t0) * 1000, 1), total_ms=round(total * 1000, 1))
    return speech, first


def transcribe_utterance(pcm: np.ndarray, settings: Settings, context: str | None = None
                         ) -> Any:
    """The configured STT engine on one utterance (blocking: call it in a worker thread).
    The listen loop uses it to start early, on a pause, with exactly what a turn would do.
    ``context``: :func:`speech_context`."""
    from hark.engines.registry import get_engine

    stt = get_engine("stt", settings=settings)
    return stt.transcribe(pcm, settings.stt_language or None, context=context)


async def heard_as(rt: Any, tr: Any, session_id: str | None, user_id: str, device_id: str
                   ) -> Heard:
    """What the turn goes on with: the recogniser's best hypothesis, or a runner-up the
    assistant understands when it does not understand the best one
    (:mod:`hark.pipeline.hypotheses`); the best one while the session waits for an
    answer."""
    heard = await asyncio.to_thread(choose, tr, rt.assistant.understands)
    if not heard.rank:
        return heard
    # the session is read only when a runner-up would be taken, not on every turn
    best = Heard(fix_transcript(tr.text.strip()))
    if await rt.assistant.awaits_answer(session_id, user_id, device_id):
        return best
    log.info("runner-up hypothesis chosen", extra={"rank": heard.rank, "heard": heard.text,
                                                   "best": best.text})
    return heard


async def speech_context(rt: Any, user_id: str, settings: Settings) -> str | None:
    """The names of the user's own things, for the recogniser to expect
    (:mod:`hark.store.vocabulary`); ``None`` with ``HARK_STT_CONTEXT`` off. The English
    headings are left out when the recogniser may hear another language."""
    if not settings.stt_context:
        return None
    from hark.engines.registry import get_engine
    from hark.engines.stt_whisper import normalize_language
    from hark.store.vocabulary import speech_context as names

    stt = await asyncio.to_thread(get_engine, "stt", settings=settings)
    english = (normalize_language(settings.stt_language) == "en"
               or not getattr(stt, "multilingual", True))
    now = datetime.now(UTC)

    def read(store: Any) -> str:
        with store.session() as db:
            return names(db, user=user_id, now=now, labels=english)

    try:
        return await asyncio.to_thread(read, await rt.assistant.store()) or None
    except Exception:  # a hint only: never lose the turn over it
        log.exception("could not read the speech context", extra={"user_id": user_id})
        return None


async def spoken_turn(
    rt: Any,
    audio: Source | np.ndarray,
    session_id: str | None = None,
    user_id: str = "default",
    device_id: str = "default",
    settings: Settings | None = None,
    *,
    denoise: bool | None = None,
    check_speech: bool = True,
    on_chunk: OnChunk | None = None,
    on_text: Callable[[dict[str, Any]], Awaitable[None] | None] | None = None,
    transcript: Awaitable[Any] | None = None,
) -> tuple[dict[str, Any], Speech]:
    """One spoken turn on a started :class:`~hark.runtime.Runtime`.

    ``audio`` is a file path/bytes or 16 kHz mono float32. ``check_speech=False`` skips the
    VAD check (the listen loop's Endpointer already found the utterance). ``on_text`` gets
    the result dict (without TTS timings) as soon as the answer text exists, before TTS.
    ``transcript`` is an STT result already under way for this very audio (the listen
    loop starts one on a pause): it is awaited instead of transcribing again.

    Returns ``(result, speech)``: the ``hark ask`` result plus ``transcript``, ``stt`` and
    per-stage ``timings_ms`` (decode, denoise, vad, stt_load, stt, store, nlu, dialogue,
    skill, tts_first_audio — from the answer text to the first audio chunk —,
    first_audio_total — from the turn start —, tts, total), and the synthesised answer.
    Raises NoSpeech when the audio holds no speech or nothing was recognised.
    """
    from hark.engines.registry import get_engine

    s = settings or rt.settings
    sw = Stopwatch()
    t_start = time.perf_counter()
    # load the voice while listening/recognising, so the answer's first audio is not late
    tts_ready = asyncio.ensure_future(asyncio.to_thread(get_engine, "tts", settings=s))
    try:
        return await _turn(rt, audio, session_id, user_id, device_id, s, sw, t_start,
                           tts_ready, denoise, check_speech, on_chunk, on_text, transcript)
    finally:
        if not tts_ready.done():
            tts_ready.add_done_callback(_quiet)


async def _turn(rt: Any, audio: Source | np.ndarray, session_id: str | None, user_id: str,
                device_id: str, s: Settings, sw: Stopwatch, t_start: float,
                tts_ready: asyncio.Future[Any], denoise: bool | None, check_speech: bool,
                on_chunk: OnChunk | None, on_text: Callable[[dict[str, Any]], Any] | None,
                early: Awaitable[Any] | None = None) -> tuple[dict[str, Any], Speech]:
    from hark.audio.endpoint import require_speech
    from hark.engines.registry import get_engine

    with sw("decode"):
        # a turn is one question: the per-utterance limit applies, not the file limit
        if isinstance(audio, np.ndarray):
            pcm = np.asarray(audio, dtype=np.float32).reshape(-1)
            if pcm.size / SAMPLE_RATE > s.max_utterance_s:
                raise AudioTooLong(
                    f"The audio is {pcm.size / SAMPLE_RATE:.1f} s long; a spoken question can "
                    f"be at most {s.max_utterance_s:g} s", seconds=round(pcm.size / SAMPLE_RATE, 2),
                    limit_s=s.max_utterance_s)
        else:
            pcm = await asyncio.to_thread(read_audio, audio, s.max_utterance_s)
    if s.denoise if denoise is None else denoise:
        with sw("denoise"):
            den = await asyncio.to_thread(get_engine, "denoise", settings=s)
            pcm = await asyncio.to_thread(den.denoise, pcm)
    if check_speech:
        with sw("vad"):
            await asyncio.to_thread(require_speech, pcm, settings=s)
    with sw("stt_load"):
        await asyncio.to_thread(get_engine, "stt", settings=s)
    started_early = early is not None  # the listen loop began STT on a pause
    with sw("stt"):
        if early is None:
            context = await speech_context(rt, user_id, s)
            early = asyncio.to_thread(transcribe_utterance, pcm, s, context)
        tr = await early
    with sw("hypotheses"):
        heard = await heard_as(rt, tr, session_id, user_id, device_id)
    text = heard.text
    if not text:
        raise NoSpeech("No speech was heard in the audio")

    result = await rt.assistant.handle_text(text, session_id=session_id, user_id=user_id,
                                            device_id=device_id)
    t_answer = time.perf_counter()
    for key in ("store", "nlu", "dialogue", "skill"):
        sw.mark(key, result.timings_ms.get(key, 0.0) / 1000)
    out = result.to_dict()
    out["transcript"] = text
    out["stt"] = {"engine": tr.engine, "language": tr.language, "early": started_early,
                  "confidence": round(tr.confidence, 4), "hypothesis": heard.rank,
                  "duration_s": round(pcm.size / SAMPLE_RATE, 3)}
    out["timings_ms"] = sw.total()
    if on_text is not None:
        res = on_text(out)
        if inspect.isawaitable(res):
            await res

    if any(ch.isalnum() for ch in result.response_text):
        with sw("tts_load"):
            await tts_ready
        with sw("tts"):
            speech, first = await speak(result.response_text, s, on_chunk)
    else:
        speech = Speech(np.zeros(0, np.float32), SAMPLE_RATE, [], s.tts_engine, "", 0, 0)
        first = None
    timings = sw.total()
    if first is not None:
        timings["tts_first_audio"] = round((first - t_answer) * 1000, 2)
        timings["first_audio_total"] = round((first - t_start) * 1000, 2)
    else:
        timings["tts_first_audio"] = timings["first_audio_total"] = 0.0
    out["timings_ms"] = timings
    out["response_audio"] = {"sample_rate": speech.sample_rate,
                             "duration_s": round(speech.audio.size / speech.sample_rate, 3),
                             "sentences": len(speech.sentences)}
    return out, speech
