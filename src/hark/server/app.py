"""The FastAPI application: REST endpoints over the speech stack.

Errors map to HTTP responses in exactly one place (:func:`_hark_error`), using the
status and code each :class:`hark.errors.HarkError` carries.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Query, Request, WebSocket, WebSocketDisconnect
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import BaseModel, Field

from hark import __version__
from hark.config import Settings, get_settings
from hark.errors import AudioTooLong, HarkError, InvalidInput, as_hark_error
from hark.types import Event

log = logging.getLogger("hark.server")
WEB_DIR = Path(__file__).parent / "web"
_MEDIA = {"wav": "audio/wav", "flac": "audio/flac", "ogg": "audio/ogg"}


class AskRequest(BaseModel):
    text: str = Field(..., description="what the user said")
    session_id: str | None = None
    user_id: str = "default"
    device_id: str = "web"


class SayRequest(BaseModel):
    text: str = Field(..., description="text to speak")
    engine: str | None = None
    voice: str | None = None
    rate: float | None = None
    format: str = "wav"


def _max_body_bytes(s: Settings) -> int:
    # generous: 48 kHz stereo 16-bit WAV of max_audio_s, plus headers
    return int(s.max_audio_s * 48000 * 2 * 2) + 1_000_000


async def _read_body(request: Request, s: Settings) -> bytes:
    limit = _max_body_bytes(s)
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise AudioTooLong(f"The upload is larger than {limit // 1_000_000} MB")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise AudioTooLong(f"The upload is larger than {limit // 1_000_000} MB")
        chunks.append(chunk)
    return b"".join(chunks)


def _encode(audio: Any, sample_rate: int, fmt: str) -> bytes:
    import tempfile

    from hark.audio.io import write_audio

    with tempfile.TemporaryDirectory() as d:
        return write_audio(Path(d) / f"out.{fmt}", audio, sample_rate).read_bytes()


def create_app(settings: Settings | None = None, warm: bool = True,
               understand: Any = None) -> FastAPI:
    s = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # noqa: ANN202
        from hark.runtime import Runtime

        if warm:
            from hark.engines.registry import warm_defaults

            await asyncio.to_thread(warm_defaults, s)
            log.info("engines warm", extra={"stt": s.stt_engine, "tts": s.tts_engine})
        # store + scheduler: timers, alarms and reminders fire while the server runs
        async with Runtime(s, understand=understand) as rt:
            app.state.runtime = rt
            if warm:
                from hark.assistant import warm_nlu_languages

                await asyncio.to_thread(rt.assistant.understand, "hello", None, None)
                await asyncio.to_thread(warm_nlu_languages)
            yield

    app = FastAPI(title="Hark", version=__version__, lifespan=lifespan)
    app.state.settings = s

    @app.exception_handler(HarkError)
    async def _hark_error(_: Request, exc: HarkError) -> JSONResponse:
        return JSONResponse(exc.to_dict(), status_code=exc.http_status)

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()) if x != "body")
        msg = f"Invalid request: {first.get('msg', 'malformed body')}" + (f" ({where})" if where else "")
        return await _hark_error(_, InvalidInput(msg))

    @app.exception_handler(Exception)
    async def _other_error(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error")
        err = as_hark_error(exc)
        return JSONResponse(err.to_dict(), status_code=err.http_status)

    @app.get("/health")
    async def health() -> dict[str, Any]:
        from hark.engines.registry import _cache

        return {"status": "ok", "version": __version__,
                "engines": sorted({f"{k[0]}:{k[1]}" for k in _cache})}

    @app.post("/v1/ask")
    async def ask(req: AskRequest, request: Request) -> dict[str, Any]:
        rt = request.app.state.runtime
        result = await rt.assistant.handle_text(req.text, session_id=req.session_id,
                                                user_id=req.user_id, device_id=req.device_id)
        return result.to_dict()

    @app.post("/v1/turn")
    async def turn(request: Request, session_id: str | None = None, user_id: str = "default",
                   device_id: str = "web", format: str = "wav") -> dict[str, Any]:
        """One spoken turn: audio in; the `hark turn` JSON plus the answer audio (base64)."""
        import base64

        from hark.pipeline.turn import spoken_turn

        fmt = format.lower()
        if fmt not in _MEDIA:
            raise InvalidInput("format must be wav, flac or ogg")
        body = await _read_body(request, s)
        result, speech = await spoken_turn(request.app.state.runtime, body,
                                           session_id=session_id, user_id=user_id,
                                           device_id=device_id)
        result.pop("response_audio", None)
        audio = b""
        if speech.audio.size:
            audio = await asyncio.to_thread(_encode, speech.audio, speech.sample_rate, fmt)
        result["audio"] = {"format": fmt, "media_type": _MEDIA[fmt],
                           "base64": base64.b64encode(audio).decode("ascii")}
        return result

    @app.websocket("/v1/events")
    async def events(ws: WebSocket) -> None:
        """Pushes timer/alarm/reminder firings (and other runtime events) as JSON."""
        await ws.accept()
        queue: asyncio.Queue[Event] = asyncio.Queue(maxsize=100)

        async def push(ev: Event) -> None:
            if not queue.full():
                queue.put_nowait(ev)

        unsubscribe = ws.app.state.runtime.subscribe(push)
        try:
            await ws.send_json({"type": "ready", "data": {}})
            while True:
                ev = await queue.get()
                await ws.send_json({"type": ev.type, "data": ev.data})
        except WebSocketDisconnect:
            pass
        finally:
            unsubscribe()

    @app.post("/v1/transcribe")
    async def transcribe(
        request: Request,
        engine: str | None = Query(None, description="whisper-tiny-en | moonshine-tiny | whisper-base"),
        language: str | None = Query(None),
        words: bool = Query(False, description="add word timings (slower)"),
        context: str | None = Query(None, description="words the speaker may say (Whisper's "
                                    "prompt), at most 1000 characters"),
    ) -> dict[str, Any]:
        from hark.pipeline.speech import transcribe as do_transcribe

        body = await _read_body(request, s)
        return await asyncio.to_thread(do_transcribe, body, engine, language, s, None, words,
                                       context)

    @app.post("/v1/say")
    async def say(req: SayRequest) -> Response:
        from hark.pipeline.speech import synthesize

        fmt = req.format.lower()
        if fmt not in _MEDIA:
            raise InvalidInput("format must be wav, flac or ogg")
        speech = await asyncio.to_thread(synthesize, req.text, req.engine, req.voice, req.rate, s)

        data = await asyncio.to_thread(_encode, speech.audio, speech.sample_rate, fmt)
        return Response(data, media_type=_MEDIA[fmt], headers={
            "X-Hark-Engine": speech.engine, "X-Hark-Voice": speech.voice,
            "X-Hark-First-Audio-Ms": str(speech.first_audio_ms),
        })

    @app.post("/v1/wake")
    async def wake(request: Request, model: str | None = None,
                   threshold: float | None = None) -> dict[str, Any]:
        from hark.pipeline.speech import detect_wake

        body = await _read_body(request, s)
        return await asyncio.to_thread(detect_wake, body, model, threshold, s)

    if WEB_DIR.is_dir():
        @app.get("/", include_in_schema=False)
        async def index() -> FileResponse:
            return FileResponse(WEB_DIR / "index.html")

    return app
