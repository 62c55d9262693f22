"""Read any audio libsndfile understands (WAV, FLAC, Ogg/Vorbis, Ogg/Opus, MP3, ...) at any
rate and channel count into 16 kHz mono float32; write WAV, FLAC or Ogg/Opus.

Every failure is a typed :mod:`hark.errors` error with a message a user can act on.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import numpy as np

from hark.errors import AudioTooLong, EmptyAudio, InvalidInput, UnsupportedAudio

SAMPLE_RATE = 16000
Source = str | Path | bytes | bytearray | memoryview

_WRITE_FORMATS = {".wav": ("WAV", "PCM_16"), ".flac": ("FLAC", "PCM_16"),
                  ".ogg": ("OGG", "OPUS"), ".opus": ("OGG", "OPUS")}
WRITE_SUFFIXES = frozenset(_WRITE_FORMATS)
# Ogg/Opus only encodes at these rates.
_OPUS_RATES = (8000, 12000, 16000, 24000, 48000)


def _open(source: Source):  # noqa: ANN202 - soundfile.SoundFile
    import soundfile as sf

    label = str(source) if isinstance(source, str | Path) else "the audio data"
    if isinstance(source, str | Path):
        path = Path(source)
        if not path.exists():
            raise InvalidInput(f"No such file: {path}", path=str(path))
        if path.is_dir():
            raise InvalidInput(f"{path} is a folder, not an audio file", path=str(path))
        if path.stat().st_size == 0:
            raise EmptyAudio(f"{path} is empty", path=str(path))
        target: object = str(path)
    else:
        if len(source) == 0:
            raise EmptyAudio("The audio data is empty")
        target = io.BytesIO(bytes(source))
    try:
        return sf.SoundFile(target)  # type: ignore[arg-type]
    except (sf.LibsndfileError, RuntimeError, TypeError) as e:
        # libsndfile says "Error opening <_io.BytesIO object at 0x…>: why": keep the why
        why = re.sub(r"^Error opening .*?: ", "", str(e).strip()) or "unknown format"
        raise UnsupportedAudio(
            f"Could not read {label} as audio: use WAV, FLAC, Ogg/Opus or MP3 ({why})"
        ) from e


def read_audio(source: Source, max_seconds: float | None = None) -> np.ndarray:
    """Decode ``source`` (path or file bytes) to 16 kHz mono float32 in [-1, 1].

    Raises EmptyAudio, UnsupportedAudio, or AudioTooLong (before decoding the whole file)
    when the audio is longer than ``max_seconds``.
    """
    with _open(source) as f:
        rate, frames = f.samplerate, f.frames
        if rate <= 0:
            raise UnsupportedAudio("The audio has an invalid sample rate")
        if max_seconds is not None and frames > 0 and frames / rate > max_seconds:
            raise AudioTooLong(
                f"The audio is {frames / rate:.1f} s long; the limit is {max_seconds:g} s",
                seconds=round(frames / rate, 2), limit_s=max_seconds,
            )
        try:
            data = f.read(dtype="float32", always_2d=True)
        except Exception as e:  # corrupt stream part-way
            raise UnsupportedAudio(f"The audio stream is corrupt: {e}") from e
    if data.size == 0:
        raise EmptyAudio("The audio holds no samples")
    if max_seconds is not None and len(data) / rate > max_seconds:  # frames unknown upfront
        raise AudioTooLong(
            f"The audio is {len(data) / rate:.1f} s long; the limit is {max_seconds:g} s",
            seconds=round(len(data) / rate, 2), limit_s=max_seconds,
        )
    mono = data.mean(axis=1) if data.shape[1] > 1 else data[:, 0]
    return resample(np.ascontiguousarray(mono, dtype=np.float32), rate, SAMPLE_RATE)


def read_pcm16(raw: bytes, sample_rate: int = SAMPLE_RATE, channels: int = 1) -> np.ndarray:
    """Raw little-endian signed 16-bit PCM (e.g. WebSocket frames) → 16 kHz mono float32."""
    if len(raw) == 0:
        raise EmptyAudio("The audio data is empty")
    if len(raw) % (2 * channels):
        raise UnsupportedAudio(
            f"Raw PCM must be 16-bit samples in {channels} channel(s): "
            f"{len(raw)} bytes is not a whole number of frames"
        )
    pcm = np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768.0
    if channels > 1:
        pcm = pcm.reshape(-1, channels).mean(axis=1)
    return resample(pcm, sample_rate, SAMPLE_RATE)


def to_pcm16(audio: np.ndarray) -> bytes:
    return (np.clip(audio, -1.0, 1.0) * 32767.0).astype("<i2").tobytes()


def resample(audio: np.ndarray, src_rate: int, dst_rate: int) -> np.ndarray:
    if src_rate == dst_rate or audio.size == 0:
        return audio.astype(np.float32, copy=False)
    from math import gcd

    from scipy.signal import resample_poly  # lazy: scipy.signal is slow to import

    g = gcd(src_rate, dst_rate)
    out = resample_poly(audio, dst_rate // g, src_rate // g)
    return np.asarray(out, dtype=np.float32)


def write_audio(path: str | Path, audio: np.ndarray, sample_rate: int) -> Path:
    """Write mono float32 audio as WAV, FLAC or Ogg/Opus, chosen by the file suffix."""
    import soundfile as sf

    path = Path(path)
    fmt = _WRITE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InvalidInput(
            f"Cannot write {path.suffix or 'files without a suffix'}: use .wav, .flac or .ogg"
        )
    if fmt[1] == "OPUS" and sample_rate not in _OPUS_RATES:
        target = min(_OPUS_RATES, key=lambda r: (r < sample_rate, abs(r - sample_rate)))
        audio, sample_rate = resample(audio, sample_rate, target), target
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    try:
        sf.write(str(tmp), np.clip(audio, -1.0, 1.0), sample_rate, format=fmt[0],
                 subtype=fmt[1])
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(path)  # never leave a half-written file under the final name
    return path
