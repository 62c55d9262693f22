"""Silero VAD through onnxruntime, on real speech, silence and noise."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from hark.audio import read_audio
from hark.engines.base import VAD
from hark.engines.vad_silero import FRAME_SAMPLES, SileroVAD
from hark.errors import InvalidInput


@pytest.fixture(scope="module")
def vad() -> SileroVAD:
    v = SileroVAD(None)
    v.warmup()
    return v


def _speech_mask(audio: np.ndarray, rel: float = 0.25) -> np.ndarray:
    """Per VAD frame: True where the frame's RMS is well inside the loud (voiced) range."""
    n = audio.size // FRAME_SAMPLES
    rms = np.sqrt(np.mean(audio[: n * FRAME_SAMPLES].reshape(n, -1) ** 2, axis=1))
    return rms > rel * np.percentile(rms, 95)


def test_protocol(vad: SileroVAD) -> None:
    assert isinstance(vad, VAD)
    assert vad.name == "silero" and vad.frame_samples == 512


def test_silero_package_is_never_imported() -> None:
    # its __init__ imports torch; a fresh interpreter shows what loading the engine imports
    code = ("import sys; from hark.engines.vad_silero import SileroVAD; SileroVAD(None).warmup();"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('silero_vad', 'torch')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_goforward_speech_frames_are_speech(vad: SileroVAD, goforward: np.ndarray) -> None:
    probs = vad.speech_probs(goforward)
    assert probs.shape == (-(-goforward.size // FRAME_SAMPLES),)
    loud = _speech_mask(goforward)
    assert loud.sum() >= 20
    assert np.median(probs[: loud.size][loud]) > 0.9
    assert np.mean(probs[: loud.size][loud] > 0.5) > 0.9
    assert probs[:8].max() < 0.2  # the clip opens with ~0.4 s of room silence


def test_librivox_speech_frames_are_speech(vad: SileroVAD, librivox_clips) -> None:
    for clip in librivox_clips[:2]:
        audio = read_audio(clip.path)
        probs = vad.speech_probs(audio)
        loud = _speech_mask(audio)
        assert np.mean(probs[: loud.size][loud] > 0.5) > 0.85, clip.path.name


def test_silence_and_noise_are_not_speech(vad: SileroVAD) -> None:
    rng = np.random.default_rng(0)
    assert vad.speech_probs(np.zeros(16000 * 2, dtype=np.float32)).max() < 0.1
    for level in (0.001, 0.01, 0.05):
        noise = (rng.standard_normal(16000 * 2) * level).astype(np.float32)
        assert vad.speech_probs(noise).max() < 0.3, level


def test_streaming_matches_whole_clip(vad: SileroVAD, goforward: np.ndarray) -> None:
    whole = vad.speech_probs(goforward)
    v = vad.fork()  # own state, same model
    v.reset()
    n = goforward.size // FRAME_SAMPLES
    stream = [v.speech_prob(goforward[i * FRAME_SAMPLES:(i + 1) * FRAME_SAMPLES])
              for i in range(n)]
    np.testing.assert_allclose(stream, whole[:n], atol=1e-5)


def test_state_matters_and_reset_restores(vad: SileroVAD, goforward: np.ndarray) -> None:
    frames = [goforward[i * FRAME_SAMPLES:(i + 1) * FRAME_SAMPLES] for i in range(20, 30)]
    vad.reset()
    first = [vad.speech_prob(f) for f in frames]
    second = [vad.speech_prob(f) for f in frames]  # continues with state: differs
    vad.reset()
    third = [vad.speech_prob(f) for f in frames]
    assert first == third
    assert first != second
    np.testing.assert_array_equal(vad.speech_probs(goforward), vad.speech_probs(goforward))


@pytest.mark.parametrize("shape", [(511,), (513,), (1024,), (0,), (2, 512), (1, 512)])
def test_wrong_frame_size_rejected(vad: SileroVAD, shape: tuple[int, ...]) -> None:
    with pytest.raises(InvalidInput):
        vad.speech_prob(np.zeros(shape, dtype=np.float32))


def test_warm_defaults_loads_each_engine_once_side_by_side() -> None:
    """warm_defaults loads the configured engines in two threads; the registry still
    hands out one shared instance per engine."""
    from concurrent.futures import ThreadPoolExecutor

    from hark.engines import registry

    registry.warm_defaults(roles=("vad", "tts"))
    vad = registry.get_engine("vad")
    with ThreadPoolExecutor(4) as pool:
        same = list(pool.map(lambda _: registry.get_engine("vad"), range(8)))
    assert all(v is vad for v in same)
    assert registry.get_engine("tts") is registry.get_engine("tts", "piper")
