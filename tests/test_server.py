"""The real server on 127.0.0.1, hit over HTTP, with the real engines."""

from __future__ import annotations

import asyncio
import io

import httpx
import numpy as np
import pytest
import soundfile as sf

from hark.config import load_settings
from hark.server.app import create_app
from tests.server_util import running_server


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> str:
    data = tmp_path_factory.mktemp("data")
    s = load_settings(env={}, data_dir=str(data), max_text_chars=500)
    with running_server(create_app(s, warm=False)) as url:
        yield url


def test_health(base: str) -> None:
    r = httpx.get(f"{base}/health")
    assert r.status_code == 200 and r.json()["status"] == "ok"


def test_transcribe_real_speech(base: str, librivox_clips) -> None:
    clip = librivox_clips[1]  # "he was not an ill disposed young man"
    r = httpx.post(f"{base}/v1/transcribe", content=clip.path.read_bytes(), timeout=60)
    assert r.status_code == 200, r.text
    j = r.json()
    assert "young man" in j["text"].lower()
    assert j["language"] == "en" and 0 < j["confidence"] <= 1
    assert {"stt", "decode", "total"} <= set(j["timings_ms"])


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (b"", 400, "empty_audio"),
        (b'{"not": "audio"}', 415, "unsupported_audio"),
        (bytes(range(256)) * 40, 415, "unsupported_audio"),
    ],
)
def test_transcribe_bad_input(base: str, body: bytes, status: int, code: str) -> None:
    r = httpx.post(f"{base}/v1/transcribe", content=body, timeout=30)
    assert r.status_code == status
    assert r.json()["error"]["code"] == code


def test_transcribe_silence_is_no_speech(base: str) -> None:
    buf = io.BytesIO()
    sf.write(buf, np.zeros(16000 * 2, dtype=np.float32), 16000, format="WAV")
    r = httpx.post(f"{base}/v1/transcribe", content=buf.getvalue(), timeout=60)
    assert r.status_code == 422 and r.json()["error"]["code"] == "no_speech"


def test_transcribe_with_a_context(base: str) -> None:
    """'Cancel the pasta timer.' in SVOX Pico's US voice: tiny.en alone hears 'the cost of
    timer'; told the words to expect, it hears the pasta."""
    from hark.bench_turn import speak_clip

    buf = io.BytesIO()
    sf.write(buf, speak_clip("Cancel the pasta timer.", "nanotts", "en-US", pad_after_s=0.5),
             16000, format="WAV")
    r = httpx.post(f"{base}/v1/transcribe", params={"context": "Timers: pasta, laundry."},
                   content=buf.getvalue(), timeout=60)
    assert r.status_code == 200, r.text
    assert "pasta" in r.json()["text"].lower()
    long = httpx.post(f"{base}/v1/transcribe", params={"context": "milk, " * 400},
                      content=buf.getvalue(), timeout=60)
    assert long.status_code == 400 and long.json()["error"]["code"] == "invalid_input"
    assert "1000 characters" in long.json()["error"]["message"]


def test_transcribe_unknown_engine(base: str, librivox_clips) -> None:
    r = httpx.post(f"{base}/v1/transcribe?engine=nope",
                   content=librivox_clips[0].path.read_bytes(), timeout=30)
    assert r.status_code == 503 and r.json()["error"]["code"] == "engine_unavailable"


@pytest.mark.parametrize("fmt", ["wav", "flac", "ogg"])
def test_say_returns_audio(base: str, fmt: str) -> None:
    r = httpx.post(f"{base}/v1/say", json={"text": "It is seven thirty.", "format": fmt}, timeout=60)
    assert r.status_code == 200, r.text
    data, rate = sf.read(io.BytesIO(r.content))
    assert len(data) / rate > 0.5 and np.abs(data).max() > 0.05
    assert float(r.headers["X-Hark-First-Audio-Ms"]) > 0


@pytest.mark.parametrize(
    ("payload", "status", "code"),
    [
        ({"text": "   "}, 400, "invalid_input"),
        ({"text": "word " * 200}, 413, "text_too_long"),
        ({"text": "hi", "format": "mp4"}, 400, "invalid_input"),
        ({"text": "hi", "engine": "nope"}, 503, "engine_unavailable"),
    ],
)
def test_say_bad_input(base: str, payload: dict, status: int, code: str) -> None:
    r = httpx.post(f"{base}/v1/say", json=payload, timeout=30)
    assert r.status_code == status, r.text
    assert r.json()["error"]["code"] == code


def test_say_garbage_json(base: str) -> None:
    r = httpx.post(f"{base}/v1/say", content=b"{not json", timeout=30,
                   headers={"Content-Type": "application/json"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_input"


def test_say_then_transcribe_round_trip(base: str) -> None:
    wav = httpx.post(f"{base}/v1/say", json={"text": "Turn off the kitchen lights."},
                     timeout=60).content
    r = httpx.post(f"{base}/v1/transcribe", content=wav, timeout=60)
    assert r.status_code == 200
    assert "kitchen lights" in r.json()["text"].lower()


def test_ask_multi_turn_and_errors(base: str) -> None:
    r = httpx.post(f"{base}/v1/ask", json={"text": "what is 12 times 7"}, timeout=60)
    assert r.status_code == 200, r.text
    j = r.json()
    assert j["intent"] == "qa_maths" and "84" in j["response_text"]
    r2 = httpx.post(f"{base}/v1/ask", json={"text": "repeat that", "session_id": j["session_id"]},
                    timeout=60)
    assert r2.json()["session_id"] == j["session_id"] and "84" in r2.json()["response_text"]
    bad = httpx.post(f"{base}/v1/ask", json={"text": "hi", "session_id": "nope"}, timeout=30)
    assert bad.status_code == 404 and bad.json()["error"]["code"] == "unknown_session"
    huge = httpx.post(f"{base}/v1/ask", json={"text": "a " * 2000}, timeout=30)
    assert huge.status_code == 413 and huge.json()["error"]["code"] == "text_too_long"


def test_ask_two_requests_in_one_sentence(base: str) -> None:
    r = httpx.post(f"{base}/v1/ask", json={
        "text": "what is 6 times 7 and what is 10 plus 5", "user_id": "two-at-once"},
        timeout=60)
    assert r.status_code == 200, r.text
    j = r.json()
    assert [p["intent"] for p in j["parts"]] == ["qa_maths", "qa_maths"]
    assert "42" in j["response_text"] and "15" in j["response_text"]
    assert all(p["session_id"] == j["session_id"] for p in j["parts"])


async def test_timer_fires_as_websocket_event(base: str) -> None:
    import json

    import websockets

    async with websockets.connect(base.replace("http", "ws") + "/v1/events") as ws:
        assert json.loads(await ws.recv())["type"] == "ready"
        async with httpx.AsyncClient() as client:
            r = await client.post(f"{base}/v1/ask", json={"text": "set a timer for 2 seconds"},
                                  timeout=60)
        assert r.json()["intent"] in {"timer_set", "alarm_set"}, r.json()
        ev = json.loads(await asyncio.wait_for(ws.recv(), timeout=20))
        assert ev["type"] == "timer-fired" and ev["data"]["speech"]


def test_spoken_turn_endpoint(base: str, synth, tmp_path) -> None:
    import base64

    from hark.audio.io import write_audio

    q = np.concatenate([np.zeros(8000, np.float32), synth("What time is it?"),
                        np.zeros(8000, np.float32)])
    wav = write_audio(tmp_path / "q.wav", q, 16000).read_bytes()
    r = httpx.post(f"{base}/v1/turn?format=ogg", content=wav, timeout=120)
    assert r.status_code == 200, r.text
    j = r.json()
    assert "time" in j["transcript"].lower() and j["intent"] == "datetime_query"
    assert {"stt", "nlu", "dialogue", "skill", "tts_first_audio", "total"} <= set(j["timings_ms"])
    data, rate = sf.read(io.BytesIO(base64.b64decode(j["audio"]["base64"])))
    assert j["audio"]["media_type"] == "audio/ogg" and len(data) / rate > 0.5
    silent = io.BytesIO()
    sf.write(silent, np.zeros(32000, np.float32), 16000, format="WAV")
    r = httpx.post(f"{base}/v1/turn", content=silent.getvalue(), timeout=60)
    assert r.status_code == 422 and r.json()["error"]["code"] == "no_speech"
