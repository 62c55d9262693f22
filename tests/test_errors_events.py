from __future__ import annotations

import pytest

from hark import errors
from hark.types import Event, Slot, Understanding


@pytest.mark.parametrize(
    ("exc", "status", "code"),
    [
        (errors.UnsupportedAudio("x"), 415, "unsupported_audio"),
        (errors.EmptyAudio("x"), 400, "empty_audio"),
        (errors.NoSpeech("x"), 422, "no_speech"),
        (errors.AudioTooLong("x"), 413, "audio_too_long"),
        (errors.TextTooLong("x"), 413, "text_too_long"),
        (errors.UnknownSession("x"), 404, "unknown_session"),
        (errors.EngineUnavailable("x"), 503, "engine_unavailable"),
        (errors.ServiceUnavailable("x"), 503, "service_unavailable"),
        (ValueError("secret internals"), 500, "internal_error"),
    ],
)
def test_error_mapping(exc: BaseException, status: int, code: str) -> None:
    assert errors.http_status(exc) == status
    data = errors.error_event_data(exc)
    assert data["code"] == code
    assert "secret" not in data["message"]


def test_event_round_trip_with_payload() -> None:
    ev = Event("audio-chunk", {"rate": 16000, "width": 2}, b"\x00\x01" * 100)
    back = Event.from_bytes(ev.to_bytes())
    assert back == ev
    plain = Event("transcript", {"text": "hi"})
    assert Event.from_bytes(plain.to_bytes()) == plain


def test_understanding_helpers() -> None:
    u = Understanding("set an alarm for 7", "alarm_set", 0.9,
                      slots=[Slot("time", "7", {"kind": "time", "time": "07:00"}, 17, 18)])
    assert u.slot("time").raw == "7" and u.slot("date") is None
    assert u.to_dict()["slots"][0]["value"]["time"] == "07:00"
