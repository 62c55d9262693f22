"""Wake-word detection (openWakeWord bundled models) on speech made by Hark's own TTS."""

from __future__ import annotations

import json

import numpy as np
import pytest

from hark.audio.io import SAMPLE_RATE, read_audio, write_audio
from hark.cli import main
from hark.engines.registry import get_engine
from hark.errors import EngineUnavailable

SILENCE = np.zeros(SAMPLE_RATE, dtype=np.float32)  # 1 s


def padded(speech: np.ndarray) -> np.ndarray:
    return np.concatenate([SILENCE, 0.7 * speech, SILENCE]).astype(np.float32)


@pytest.fixture(scope="module")
def jarvis():  # noqa: ANN201
    return get_engine("wake", model="hey_jarvis")


@pytest.fixture(scope="module")
def alexa():  # noqa: ANN201
    return get_engine("wake", model="alexa")


@pytest.mark.parametrize(("text", "engine", "rate"), [
    ("Hey Jarvis.", "piper", 1.0),
    ("Hey, Jarvis!", "piper", 1.2),
    ("Hey Jarvis", "piper", 0.8),
    ("hey jarvis what time is it", "piper", 1.0),
    ("Hey, Jarvis!", "nanotts", 1.0),
    ("Hey Jarvis.", "nanotts", 1.2),
])
def test_hey_jarvis_detected_once(jarvis, synth, text: str, engine: str,
                                  rate: float) -> None:  # noqa: ANN001
    # Piper samples noise, so each take is a slightly different voice: a real detector
    # misses a rare take (a CI run once met one). Three takes: never two detections in
    # one, and at least two of the three heard.
    heard = 0
    for _ in range(3):
        speech = synth(text, engine=engine, rate=rate)
        found = jarvis.detect(padded(speech))
        assert len(found) <= 1, found
        if not found:
            continue
        heard += 1
        d = found[0]
        assert d.name == "hey_jarvis"
        assert d.score >= jarvis.threshold
        # fires after "jarvis" is heard, and no later than shortly after the speech ends
        assert 1.4 < d.time_s < 1.0 + speech.size / SAMPLE_RATE + 0.5
    assert heard >= 2


def test_alexa(alexa, jarvis, synth) -> None:  # noqa: ANN001
    speech = synth("Alexa, turn on the lights.")
    audio = padded(speech)
    found = alexa.detect(audio)
    assert [d.name for d in found] == ["alexa"]
    assert found[0].score >= alexa.threshold and 1.2 < found[0].time_s < 2.5
    assert jarvis.detect(audio) == []  # the wrong wake word does not fire


def test_two_wake_words_far_apart_both_fire(jarvis, synth) -> None:  # noqa: ANN001
    speech = synth("Hey Jarvis.")
    audio = np.concatenate([padded(speech), SILENCE, padded(speech)])
    found = jarvis.detect(audio)
    assert len(found) == 2
    assert found[1].time_s - found[0].time_s > 2.5


def test_no_false_alarms_on_audiobook_speech(jarvis, alexa, librivox_clips) -> None:  # noqa: ANN001
    assert librivox_clips
    for clip in librivox_clips:
        audio = read_audio(clip.path)
        assert jarvis.detect(audio) == [], clip.path
        assert alexa.detect(audio) == [], clip.path


def test_streaming_frames_match_detect(jarvis, synth) -> None:  # noqa: ANN001
    audio = padded(synth("Hey Jarvis."))
    expected = jarvis.detect(audio)
    jarvis.reset()
    n = jarvis.frame_samples
    assert n == 1280
    audio = np.concatenate([audio, np.zeros(-audio.size % n + 6 * n, dtype=np.float32)])
    streamed = []
    for i in range(0, audio.size, n):
        streamed += jarvis.process(audio[i: i + n], i / SAMPLE_RATE)
    jarvis.reset()
    assert [(d.name, d.time_s) for d in streamed] == [(d.name, d.time_s) for d in expected]


def test_xnnpack_scores_match_reference_kernels(jarvis, synth) -> None:  # noqa: ANN001
    """The XNNPACK-accelerated models give the same detections as TFLite's defaults."""
    from hark.config import get_settings
    from hark.engines.wake_openwakeword import OpenWakeWord

    assert jarvis.accelerated
    plain = OpenWakeWord(get_settings(), model="hey_jarvis", xnnpack=False)
    assert not plain.accelerated
    for text in ("Hey Jarvis.", "hey jarvis what time is it"):
        audio = padded(synth(text))
        fast, ref = jarvis.detect(audio), plain.detect(audio)
        assert [d.time_s for d in fast] == [d.time_s for d in ref] and fast, (fast, ref)
        assert all(abs(a.score - b.score) < 0.01 for a, b in zip(fast, ref, strict=True))


def test_silence_and_noise_do_not_fire(jarvis) -> None:  # noqa: ANN001
    noise = np.random.default_rng(1).normal(0, 0.1, 3 * SAMPLE_RATE).astype(np.float32)
    assert jarvis.detect(np.zeros(2 * SAMPLE_RATE, dtype=np.float32)) == []
    assert jarvis.detect(noise) == []
    assert jarvis.detect(np.zeros(100, dtype=np.float32)) == []  # shorter than a frame


def test_unknown_model_lists_available() -> None:
    with pytest.raises(EngineUnavailable) as e:
        get_engine("wake", model="hey_computer")
    for name in ("hey_jarvis", "alexa", "okay_nabu", "hey_mycroft", "hey_rhasspy"):
        assert name in e.value.message


def test_wake_cli(tmp_path, capsys, synth) -> None:  # noqa: ANN001
    path = write_audio(tmp_path / "jarvis.flac", padded(synth("Hey Jarvis.")), SAMPLE_RATE)
    assert main(["wake", str(path), "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert res["model"] == "hey_jarvis" and res["threshold"] == 0.5
    assert 2.5 < res["duration_s"] < 4.5
    assert len(res["detections"]) == 1
    assert set(res["detections"][0]) == {"name", "score", "time_s"}

    assert main(["wake", str(path), "--model", "alexa", "--threshold", "0.3", "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert res["model"] == "alexa" and res["threshold"] == 0.3 and res["detections"] == []

    assert main(["wake", str(path), "--model", "nope", "--json"]) == 4
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "engine_unavailable"
    assert main(["wake", str(tmp_path / "missing.wav"), "--json"]) == 2
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "invalid_input"
