"""hark.audio.io: decoding anything to 16 kHz mono float32, writing, and typed failures."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from hark.audio.io import read_audio, read_pcm16, resample, to_pcm16, write_audio
from hark.errors import AudioTooLong, EmptyAudio, InvalidInput, UnsupportedAudio

SR = 16000


def _corr(a: np.ndarray, b: np.ndarray) -> float:
    n = min(a.size, b.size)
    return float(np.corrcoef(a[:n], b[:n])[0, 1])


def _wav_bytes(audio: np.ndarray, rate: int, subtype: str = "PCM_16") -> bytes:
    buf = io.BytesIO()
    sf.write(buf, audio, rate, format="WAV", subtype=subtype)
    return buf.getvalue()


# ------------------------------------------------------------------ round trips


@pytest.mark.parametrize("suffix,min_corr", [(".wav", 0.999), (".flac", 0.999),
                                             (".ogg", 0.9), (".opus", 0.9)])
def test_write_read_round_trip(tmp_path: Path, goforward: np.ndarray, suffix: str,
                               min_corr: float) -> None:
    path = write_audio(tmp_path / f"clip{suffix}", goforward, SR)
    assert path.exists() and path.stat().st_size > 100
    back = read_audio(path)
    assert back.dtype == np.float32
    assert abs(back.size - goforward.size) <= 1
    assert _corr(goforward, back) >= min_corr
    # bytes in, same result as the path
    np.testing.assert_allclose(read_audio(path.read_bytes()), back, atol=1e-6)


def test_flac_is_lossless_at_16_bit(tmp_path: Path, goforward: np.ndarray) -> None:
    back = read_audio(write_audio(tmp_path / "c.flac", goforward, SR))
    assert np.max(np.abs(back - goforward)) < 2 / 32768


def test_opus_at_odd_rate_is_resampled_on_write(tmp_path: Path, goforward: np.ndarray) -> None:
    audio = resample(goforward, SR, 22050)
    path = write_audio(tmp_path / "c.ogg", audio, 22050)
    assert sf.info(str(path)).samplerate in (24000, 48000)
    back = read_audio(path)
    assert abs(back.size - goforward.size) <= 3
    assert _corr(goforward, back) > 0.9


def test_mp3_is_read(tmp_path: Path, goforward: np.ndarray) -> None:
    if "MP3" not in sf.available_formats():
        pytest.skip("this libsndfile cannot write MP3")
    path = tmp_path / "c.mp3"
    sf.write(str(path), goforward, SR, format="MP3")
    back = read_audio(path)
    assert abs(back.size - goforward.size) <= 1152  # at most one MPEG frame of padding
    # MP3 adds encoder delay: compare at the best alignment
    best = max(_corr(goforward, back[k:]) for k in range(0, 1200, 1))
    assert best > 0.9


# ------------------------------------------------------------------ rates, channels, subtypes


@pytest.mark.parametrize("rate", [8000, 22050, 44100, 48000])
def test_any_rate_to_16k(goforward: np.ndarray, rate: int) -> None:
    audio = resample(goforward, SR, rate)
    back = read_audio(_wav_bytes(audio, rate))
    assert abs(back.size - round(audio.size * SR / rate)) <= 1
    assert back.dtype == np.float32
    # 8 kHz loses everything above 4 kHz: still clearly the same signal
    assert _corr(goforward, back) > (0.9 if rate == 8000 else 0.99)


def test_stereo_to_mono(goforward: np.ndarray) -> None:
    rate = 44100
    left = resample(goforward, SR, rate)
    stereo = np.stack([left, np.zeros_like(left)], axis=1)
    back = read_audio(_wav_bytes(stereo, rate))
    assert back.ndim == 1
    assert abs(back.size - goforward.size) <= 1
    # the mean of the channels: half the left channel
    np.testing.assert_allclose(np.std(back), np.std(goforward) / 2, rtol=0.02)


@pytest.mark.parametrize("subtype,tol", [("PCM_16", 2 / 32768), ("PCM_24", 1e-5),
                                         ("PCM_32", 1e-6), ("FLOAT", 1e-7),
                                         ("DOUBLE", 1e-7), ("PCM_U8", 2 / 128)])
def test_wav_subtypes(goforward: np.ndarray, subtype: str, tol: float) -> None:
    back = read_audio(_wav_bytes(goforward, SR, subtype))
    assert back.size == goforward.size
    assert np.max(np.abs(back - goforward)) <= tol + 1e-7


# ------------------------------------------------------------------ bad input


@pytest.mark.parametrize("blob", [
    b"This is a text file, not audio.\n" * 20,
    np.random.default_rng(1).bytes(8000),
    json.dumps({"audio": [0.1, 0.2], "rate": 16000}).encode(),
    b"<html><body>hello</body></html>",
], ids=["text", "random", "json", "html"])
def test_not_audio_bytes(blob: bytes) -> None:
    with pytest.raises(UnsupportedAudio) as info:
        read_audio(blob)
    assert "BytesIO" not in info.value.message  # no internals in the user message


def test_not_audio_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.wav"
    path.write_text("shopping list: milk, eggs\n" * 10)
    with pytest.raises(UnsupportedAudio):
        read_audio(path)


def test_empty(tmp_path: Path) -> None:
    (tmp_path / "e.wav").write_bytes(b"")
    with pytest.raises(EmptyAudio):
        read_audio(tmp_path / "e.wav")
    with pytest.raises(EmptyAudio):
        read_audio(b"")
    with pytest.raises(EmptyAudio):
        read_audio(_wav_bytes(np.zeros(0, dtype=np.float32), SR))  # valid header, no samples
    with pytest.raises(EmptyAudio):
        read_pcm16(b"")


@pytest.mark.parametrize("keep", [4, 12, 30])
def test_truncated_wav_header(goforward: np.ndarray, keep: int) -> None:
    with pytest.raises(UnsupportedAudio):
        read_audio(_wav_bytes(goforward, SR)[:keep])


def test_truncated_wav_data_reads_what_is_there(goforward: np.ndarray) -> None:
    blob = _wav_bytes(goforward, SR)
    back = read_audio(blob[: 44 + 2 * 8000])
    assert back.size == 8000
    np.testing.assert_allclose(back, goforward[:8000], atol=2 / 32768)


def test_too_long_is_refused_before_decoding(tmp_path: Path) -> None:
    # A FLAC whose header says 700 s, cut after a quarter: decoding it all would fail with
    # a corrupt-stream error, so AudioTooLong proves the length came from the header.
    path = tmp_path / "long.flac"
    sf.write(str(path), np.zeros(SR * 700, dtype=np.int16), SR, subtype="PCM_16")
    blob = path.read_bytes()
    path.write_bytes(blob[: len(blob) // 4])
    with pytest.raises(AudioTooLong) as info:
        read_audio(path, max_seconds=600)
    assert info.value.detail["seconds"] == 700.0
    with pytest.raises(UnsupportedAudio):  # the same file, decoded, is corrupt
        read_audio(path)


def test_length_limit_allows_shorter(goforward: np.ndarray) -> None:
    assert read_audio(_wav_bytes(goforward, SR), max_seconds=3.0).size == goforward.size
    with pytest.raises(AudioTooLong):
        read_audio(_wav_bytes(goforward, SR), max_seconds=2.0)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as info:
        read_audio(tmp_path / "nope.wav")
    assert "nope.wav" in info.value.message
    with pytest.raises(InvalidInput) as info:
        read_audio(tmp_path)
    assert "folder" in info.value.message
    assert not isinstance(info.value, UnsupportedAudio)


@pytest.mark.parametrize("name", ["out.mp4", "out.txt", "out"])
def test_unknown_output_suffix(tmp_path: Path, goforward: np.ndarray, name: str) -> None:
    with pytest.raises(InvalidInput):
        write_audio(tmp_path / name, goforward, SR)
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ raw PCM


def test_read_pcm16(goforward: np.ndarray) -> None:
    raw = to_pcm16(goforward)
    assert len(raw) == 2 * goforward.size
    np.testing.assert_allclose(read_pcm16(raw), goforward, atol=2 / 32768)
    with pytest.raises(UnsupportedAudio):
        read_pcm16(raw[:-1])  # odd byte count
    with pytest.raises(UnsupportedAudio):
        read_pcm16(raw[:6], channels=2)  # 3 samples are not whole stereo frames


def test_read_pcm16_rate_and_channels(goforward: np.ndarray) -> None:
    audio48 = resample(goforward, SR, 48000)
    stereo = np.stack([audio48, audio48], axis=1).reshape(-1)
    back = read_pcm16(to_pcm16(stereo), sample_rate=48000, channels=2)
    assert abs(back.size - goforward.size) <= 1
    assert _corr(goforward, back) > 0.99


def test_to_pcm16_clips() -> None:
    pcm = np.frombuffer(to_pcm16(np.array([-2.0, -1.0, 0.0, 1.0, 2.0])), dtype="<i2")
    assert pcm.tolist() == [-32767, -32767, 0, 32767, 32767]


# ------------------------------------------------------------------ atomic writes


def test_write_is_atomic(tmp_path: Path, goforward: np.ndarray) -> None:
    target = tmp_path / "sub" / "clip.wav"
    write_audio(target, goforward, SR)
    write_audio(target, goforward[:1000], SR)  # overwrite in place
    assert sorted(p.name for p in target.parent.iterdir()) == ["clip.wav"]
    assert sf.info(str(target)).frames == 1000
    # a failed write leaves neither a partial file nor a .part behind
    with pytest.raises(Exception):  # noqa: B017 - whatever libsndfile raises
        write_audio(tmp_path / "bad.wav", np.zeros((10, 10, 10), dtype=np.float32), SR)
    assert not (tmp_path / "bad.wav").exists()
    assert not list(tmp_path.glob("*.part"))
