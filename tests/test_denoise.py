"""RNNoise denoiser on real speech with added white noise."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from hark.audio import read_audio
from hark.engines.base import Denoiser
from hark.engines.denoise_rnnoise import RNNoise
from hark.errors import InvalidInput


@pytest.fixture(scope="module")
def rn() -> RNNoise:
    d = RNNoise(None)
    d.warmup()
    return d


@pytest.fixture(scope="module")
def clean(librivox_clips) -> np.ndarray:
    return read_audio(librivox_clips[0].path)


def _noisy(clean: np.ndarray, snr_db: float, seed: int = 0) -> np.ndarray:
    noise = np.random.default_rng(seed).standard_normal(clean.size).astype(np.float32)
    noise *= np.sqrt(np.mean(clean ** 2) / np.mean(noise ** 2) / 10 ** (snr_db / 10))
    return clean + noise


def si_sdr(ref: np.ndarray, est: np.ndarray) -> float:
    ref = ref.astype(np.float64)
    est = est.astype(np.float64)
    target = np.dot(est, ref) / np.dot(ref, ref) * ref
    return float(10 * np.log10(np.sum(target ** 2) / np.sum((est - target) ** 2)))


def test_protocol(rn: RNNoise) -> None:
    assert isinstance(rn, Denoiser)
    assert rn.name == "rnnoise" and rn.frame_size == 480


def test_pyrnnoise_package_init_is_not_run() -> None:
    code = ("import sys; from hark.engines.denoise_rnnoise import RNNoise; RNNoise().warmup();"
            "print(sorted(m for m in sys.modules if m.startswith('pyrnnoise')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("snr_db,min_gain_db", [(5.0, 3.0), (0.0, 5.0)])
def test_improves_si_sdr(rn: RNNoise, clean: np.ndarray, snr_db: float,
                         min_gain_db: float) -> None:
    noisy = _noisy(clean, snr_db)
    before = si_sdr(clean, noisy)
    assert before == pytest.approx(snr_db, abs=0.2)
    out = rn.denoise(noisy)
    assert out.shape == clean.shape and out.dtype == np.float32
    assert si_sdr(clean, out) - before >= min_gain_db


def test_output_is_time_aligned(rn: RNNoise, clean: np.ndarray) -> None:
    out = rn.denoise(clean)
    lags = range(-400, 401)
    corr = [np.dot(clean[max(0, -k):clean.size - max(0, k)], out[max(0, k):out.size - max(0, -k)])
            for k in lags]
    assert abs(lags[int(np.argmax(corr))]) <= 1


def test_length_preserved_for_any_length(rn: RNNoise, clean: np.ndarray) -> None:
    for n in (1, 159, 160, 161, 4799, 16001):
        assert rn.denoise(clean[:n]).shape == (n,)
    assert rn.denoise(np.zeros(0, dtype=np.float32)).shape == (0,)


def test_silence_stays_silence_and_noise_is_removed(rn: RNNoise) -> None:
    out = rn.denoise(np.zeros(16000, dtype=np.float32))
    assert np.max(np.abs(out)) < 1e-3
    noise = (np.random.default_rng(1).standard_normal(32000) * 0.01).astype(np.float32)
    out = rn.denoise(noise)
    tail = slice(8000, None)  # after RNNoise has adapted to the noise
    reduction_db = 10 * np.log10(np.mean(noise[tail] ** 2) / np.mean(out[tail] ** 2))
    assert reduction_db > 10


def test_repeatable_and_clipped(rn: RNNoise, clean: np.ndarray) -> None:
    noisy = _noisy(clean, 5.0)
    np.testing.assert_array_equal(rn.denoise(noisy), rn.denoise(noisy))
    loud = rn.denoise(np.clip(noisy * 8, -1, 1) * 1.5)  # out-of-range input is clipped
    assert np.max(np.abs(loud)) <= 1.0


def test_rejects_multichannel(rn: RNNoise) -> None:
    with pytest.raises(InvalidInput):
        rn.denoise(np.zeros((2, 16000), dtype=np.float32))
