"""VAD-based endpointing on real speech (pocketsphinx-testdata) with the real Silero model."""

from __future__ import annotations

import numpy as np
import pytest

from hark.audio import read_audio, read_pcm16
from hark.audio.endpoint import (
    Endpointer,
    Utterance,
    iter_frames,
    require_speech,
    segment_utterances,
)
from hark.config import Settings
from hark.engines.vad_silero import SileroVAD
from hark.errors import NoSpeech

SR = 16000
S = Settings()


@pytest.fixture(scope="module")
def vad() -> SileroVAD:
    v = SileroVAD(S)
    v.warmup()
    return v


def _silence(seconds: float) -> np.ndarray:
    return np.zeros(round(seconds * SR), dtype=np.float32)


def _energy_bounds(audio: np.ndarray, rel: float = 0.1) -> tuple[float, float]:
    """First and last 10 ms window whose RMS exceeds ``rel`` of the loudest one."""
    n = audio.size // 160
    rms = np.sqrt(np.mean(audio[: n * 160].reshape(n, 160) ** 2, axis=1))
    active = np.flatnonzero(rms > rel * rms.max())
    return active[0] * 160 / SR, (active[-1] + 1) * 160 / SR


def _events(ep: Endpointer, audio: np.ndarray, chunk: int) -> list:
    out = []
    for i in range(0, audio.size, chunk):
        out += [(ep.time_s, e) for e in ep.feed(audio[i:i + chunk])]
    return out + [(ep.time_s, e) for e in ep.flush()]


@pytest.fixture(scope="module")
def padded(goforward: np.ndarray) -> np.ndarray:
    return np.concatenate([_silence(1.0), goforward, _silence(1.0)])


def test_one_utterance_with_true_bounds(vad, goforward, padded) -> None:
    lo, hi = _energy_bounds(goforward)
    utts = segment_utterances(padded, vad, S)
    assert len(utts) == 1
    u = utts[0]
    assert isinstance(u, Utterance) and u.reason == "silence"
    assert abs(u.start_s - (1.0 + lo)) <= 0.3
    assert abs(u.end_s - (1.0 + hi)) <= 0.3


def test_preroll_included_and_audio_is_the_input(vad, padded) -> None:
    u = segment_utterances(padded, vad, S)[0]
    # audio runs from preroll_s before the onset to preroll_s after the speech end
    assert u.audio.size == pytest.approx((u.end_s - u.start_s + 2 * S.preroll_s) * SR, abs=2)
    a0 = round((u.start_s - S.preroll_s) * SR)
    np.testing.assert_array_equal(u.audio, padded[a0:a0 + u.audio.size])
    # without pre-roll the utterance starts right at the onset
    u0 = segment_utterances(padded, vad, S.replace(preroll_s=0.0))[0]
    assert u0.start_s == u.start_s
    assert u.audio.size - u0.audio.size == pytest.approx(2 * S.preroll_s * SR, abs=2)


def test_events_stream_in_order_with_payload(vad, padded) -> None:
    ep = Endpointer(vad, S)
    timed = _events(ep, padded, 1600)
    assert [e.type for _, e in timed] == ["speech-started", "speech-stopped"]
    (t_start, started), (t_stop, stopped) = timed
    onset = started.data["t"]
    assert stopped.data["start"] == onset
    # started only once speech_start_s of speech was heard, promptly after that
    assert onset + S.speech_start_s <= t_start <= onset + S.speech_start_s + 0.2
    # stopped only after speech_end_s of non-speech
    assert t_stop >= stopped.data["end"] + S.speech_end_s
    assert stopped.data["reason"] == "silence"
    pcm = read_pcm16(stopped.payload)
    a0, a1 = stopped.data["audio_start"], stopped.data["audio_end"]
    assert pcm.size == round((a1 - a0) * SR)
    np.testing.assert_allclose(pcm, padded[round(a0 * SR):round(a1 * SR)], atol=2 / 32768)


def test_odd_chunk_sizes_match_whole_clip(vad, padded) -> None:
    whole = _events(Endpointer(vad, S), padded, padded.size)
    for chunk in (333, 512, 4001):
        ep = Endpointer(vad, S)
        got = _events(ep, padded, chunk)
        assert [(e.type, e.data, e.payload) for _, e in got] == \
               [(e.type, e.data, e.payload) for _, e in whole], chunk
    # and reset() replays the same
    ep.reset()
    again = _events(ep, padded, 333)
    assert [(e.type, e.data) for _, e in again] == [(e.type, e.data) for _, e in whole]


def test_two_clips_two_utterances(vad, goforward, librivox_clips) -> None:
    other = read_audio(librivox_clips[0].path)
    audio = np.concatenate([_silence(0.5), goforward, _silence(1.2), other, _silence(1.0)])
    utts = segment_utterances(audio, vad, S)
    assert len(utts) == 2
    g_lo, g_hi = _energy_bounds(goforward)
    o_lo, o_hi = _energy_bounds(other)
    second = 0.5 + goforward.size / SR + 1.2
    assert abs(utts[0].start_s - (0.5 + g_lo)) <= 0.3
    assert abs(utts[0].end_s - (0.5 + g_hi)) <= 0.3
    assert abs(utts[1].start_s - (second + o_lo)) <= 0.3
    assert abs(utts[1].end_s - (second + o_hi)) <= 0.3
    assert utts[0].audio.size + utts[1].audio.size < audio.size


def test_short_blip_is_not_an_utterance(vad, goforward) -> None:
    lo, hi = _energy_bounds(goforward)
    mid = round((lo + hi) / 2 * SR)
    blip = goforward[mid - 800:mid + 800]  # 0.1 s of real speech
    assert np.sqrt(np.mean(blip ** 2)) > 0.01
    audio = np.concatenate([_silence(1.0), blip, _silence(1.0)])
    assert segment_utterances(audio, vad, S) == []
    with pytest.raises(NoSpeech):
        require_speech(audio, vad, S)


def test_silence_and_noise_have_no_speech(vad) -> None:
    with pytest.raises(NoSpeech, match="No speech was heard in the audio"):
        require_speech(_silence(3.0), vad, S)
    rng = np.random.default_rng(0)
    for level in (0.003, 0.03, 0.1):
        noise = (rng.standard_normal(3 * SR) * level).astype(np.float32)
        with pytest.raises(NoSpeech):
            require_speech(noise, vad, S)


def test_require_speech_returns_utterances(vad, padded) -> None:
    utts = require_speech(padded, vad, S)
    assert len(utts) == 1 and utts[0].audio.size > SR


def test_max_length_cuts(vad, librivox_clips) -> None:
    audio = read_audio(librivox_clips[0].path)  # ~7 s of continuous reading
    settings = S.replace(max_utterance_s=2.0)
    ep = Endpointer(vad, settings)
    stopped = [e for _, e in _events(ep, audio, 1000) if e.type == "speech-stopped"]
    assert len(stopped) >= 3
    assert stopped[0].data["reason"] == "max_length"
    for e in stopped:
        if e.data["reason"] == "max_length":
            assert len(e.payload) == 2 * 2 * SR  # exactly max_utterance_s of PCM16
    # consecutive cuts are contiguous: nothing lost, nothing twice
    for a, b in zip(stopped, stopped[1:], strict=False):
        if a.data["reason"] == "max_length":
            assert b.data["audio_start"] == a.data["audio_end"]
    # with the default limit the same clip is one utterance
    assert len(segment_utterances(audio, vad, S)) == 1


def test_flush_emits_pending_utterance(vad, goforward) -> None:
    lo, hi = _energy_bounds(goforward)
    cut = goforward[: round((lo + hi) / 2 * SR)]  # stream ends mid-speech
    ep = Endpointer(vad, S)
    events = ep.feed(cut)
    assert [e.type for e in events] == ["speech-started"]
    tail = ep.flush()
    assert [e.type for e in tail] == ["speech-stopped"]
    assert tail[0].data["reason"] == "end_of_stream"
    assert ep.flush() == []


def test_iter_frames() -> None:
    audio = np.arange(1100, dtype=np.float32)
    frames = list(iter_frames(audio, 512))
    assert [f.size for f in frames] == [512, 512, 512]
    assert frames[2][: 1100 - 1024].tolist() == audio[1024:].tolist()
    assert not frames[2][1100 - 1024:].any()
    assert [f.size for f in iter_frames(audio, 512, pad=False)] == [512, 512]


def test_pause_event_comes_first_and_matches_the_stop(vad, goforward) -> None:
    """With early_s, a pause sends speech-paused (the utterance so far) before the end of
    speech is decided; a pause that ends the utterance has the stop's speech end."""
    lo, hi = _energy_bounds(goforward)
    said = goforward[int(lo * SR):int(hi * SR)]  # without the clip's own silences
    audio = np.concatenate([_silence(1.0), said, _silence(0.4), said, _silence(1.0)])
    ep = Endpointer(vad, S, early_s=0.25)
    evs = [e for _, e in _events(ep, audio, 1280)]
    types = [e.type for e in evs]
    assert types == ["speech-started", "speech-paused", "speech-paused", "speech-stopped"], types
    first, last, stop = evs[1], evs[2], evs[3]
    assert first.data["end"] < last.data["end"] == stop.data["end"]
    # the mid-sentence pause carried only the first part; the last one nearly all of it
    assert first.payload and len(first.payload) < len(last.payload) <= len(stop.payload)
    assert len(stop.payload) - len(last.payload) <= 2 * int(0.1 * SR)


def test_no_pause_events_by_default(vad, goforward) -> None:
    audio = np.concatenate([_silence(1.0), goforward, _silence(1.0)])
    types = [e.type for _, e in _events(Endpointer(vad, S), audio, 1280)]
    assert types == ["speech-started", "speech-stopped"]
