"""Typed errors. Each carries a user-facing message and maps, in one place, to an HTTP
status, a WebSocket ``error`` event and a CLI exit code."""

from __future__ import annotations

from typing import Any


class HarkError(Exception):
    """Base error. ``message`` is safe to show (or speak) to the user, in English;
    ``phrase`` names the same sentence in the other languages (filled from ``detail``,
    see :func:`hark.skills.providers.lang.say_error`)."""

    code = "internal_error"
    http_status = 500
    exit_code = 1

    def __init__(self, message: str, *, phrase: str | None = None, **detail: Any) -> None:
        super().__init__(message)
        self.message = message
        self.phrase = phrase
        self.detail = detail

    def to_dict(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, **self.detail}}


class InvalidInput(HarkError):
    code = "invalid_input"
    http_status = 400
    exit_code = 2


class TextTooLong(InvalidInput):
    code = "text_too_long"
    http_status = 413


class AudioError(InvalidInput):
    """Base for every problem with audio given to us."""

    code = "bad_audio"


class UnsupportedAudio(AudioError):
    """Not audio, or a container/sample format we cannot decode."""

    code = "unsupported_audio"
    http_status = 415


class EmptyAudio(AudioError):
    code = "empty_audio"


class NoSpeech(AudioError):
    """Audio decoded fine but holds no speech (silence or noise only)."""

    code = "no_speech"
    http_status = 422


class AudioTooLong(AudioError):
    code = "audio_too_long"
    http_status = 413


class NoAudioDevice(HarkError):
    """No microphone or speaker to run the live loop on."""

    code = "no_audio_device"
    http_status = 503
    exit_code = 2


class NotFound(HarkError):
    code = "not_found"
    http_status = 404
    exit_code = 3


class UnknownSession(NotFound):
    code = "unknown_session"


class Conflict(HarkError):
    code = "conflict"
    http_status = 409


class EngineError(HarkError):
    """A model-backed engine failed while running."""

    code = "engine_error"
    http_status = 500
    exit_code = 4


class EngineUnavailable(EngineError):
    """Unknown engine name, or its bundled model is missing."""

    code = "engine_unavailable"
    http_status = 503


class ServiceUnavailable(HarkError):
    """An outside service (weather, Home Assistant, SMTP, LLM) cannot be reached."""

    code = "service_unavailable"
    http_status = 503
    exit_code = 5


def as_hark_error(exc: BaseException) -> HarkError:
    """Wrap anything into a HarkError without leaking internals to the user."""
    if isinstance(exc, HarkError):
        return exc
    return HarkError("Something went wrong inside Hark; the details are in the log.",
                     phrase="internal")


def http_status(exc: BaseException) -> int:
    return as_hark_error(exc).http_status


def error_event_data(exc: BaseException) -> dict[str, Any]:
    """The ``data`` of a WebSocket/pipeline ``error`` event."""
    err = as_hark_error(exc)
    return {"code": err.code, "message": err.message, **err.detail}
