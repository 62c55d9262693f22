"""Audio in and out for the live loop (``hark listen``).

Sources yield ``(t, frame)``: 80 ms frames of 16 kHz mono float32 with their stream time.
Speakers play an answer sentence by sentence and know, in stream time, when it ends:

- :class:`FileSource` + :class:`VirtualSpeaker`: headless. The file is fed frame by frame
  on a virtual clock (as fast as the CPU allows, or paced with ``realtime=True``); an
  answer "plays" on that same clock from the stream time it started, so input heard
  during its duration can interrupt it (barge-in), and it is cut at that point.
- :class:`MicSource` + :class:`DeviceSpeaker`: the default microphone and speaker through
  ``sounddevice``. Without a device they raise :class:`NoAudioDevice`.

(:mod:`hark.audio.playback` plays whole files for the music skill; answers need
sentence-by-sentence streaming and a play position, hence the speakers here.)
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from hark.audio.io import SAMPLE_RATE, Source, read_audio
from hark.errors import HarkError, NoAudioDevice

FRAME_SAMPLES = 1280  # 80 ms, the wake word engine's frame


def _device(kind: str) -> dict[str, Any] | None:
    """The default input/output device, or None (no library, no PortAudio, no device)."""
    try:
        import sounddevice as sd

        info = sd.query_devices(kind=kind)
    except Exception:  # noqa: BLE001 - every failure here means "no device"
        return None
    channels = int(info.get("max_input_channels" if kind == "input" else
                            "max_output_channels", 0)) if info else 0
    return dict(info) if channels > 0 else None


def has_input_device() -> bool:
    return _device("input") is not None


# ---------------------------------------------------------------------------- sources


class FrameSource(Protocol):
    def frames(self) -> AsyncIterator[tuple[float, np.ndarray]]: ...

    def now(self) -> float:
        """Stream time of the newest audio captured (or fed, for a file)."""
        ...


class FileSource:
    """A file (or array) fed frame by frame on a virtual clock."""

    def __init__(self, source: Source | np.ndarray, realtime: bool = False,
                 frame_samples: int = FRAME_SAMPLES, max_seconds: float | None = None) -> None:
        self.audio = (np.asarray(source, dtype=np.float32).reshape(-1)
                      if isinstance(source, np.ndarray) else read_audio(source, max_seconds))
        self.realtime = realtime
        self.n = frame_samples
        self._pos = 0

    def now(self) -> float:
        return self._pos / SAMPLE_RATE

    async def frames(self) -> AsyncIterator[tuple[float, np.ndarray]]:
        step = self.n / SAMPLE_RATE
        next_at = time.monotonic()
        for i in range(0, self.audio.size, self.n):
            frame = self.audio[i:i + self.n]
            if frame.size < self.n:
                frame = np.pad(frame, (0, self.n - frame.size))
            if self.realtime:
                next_at += step
                await asyncio.sleep(max(0.0, next_at - time.monotonic()))
            self._pos = i + self.n
            yield i / SAMPLE_RATE, frame


class MicSource:
    """The default microphone, 16 kHz mono, in 80 ms frames."""

    def __init__(self, frame_samples: int = FRAME_SAMPLES) -> None:
        if not has_input_device():
            raise NoAudioDevice("No microphone found; use --input FILE")
        self.n = frame_samples
        self._captured = 0

    def now(self) -> float:
        return self._captured / SAMPLE_RATE

    async def frames(self) -> AsyncIterator[tuple[float, np.ndarray]]:
        import sounddevice as sd

        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[np.ndarray] = asyncio.Queue()

        def callback(indata: np.ndarray, frames: int, _time: Any, _status: Any) -> None:
            loop.call_soon_threadsafe(queue.put_nowait, indata[:, 0].copy())

        pos = 0
        with sd.InputStream(samplerate=SAMPLE_RATE, channels=1, dtype="float32",
                            blocksize=self.n, callback=callback):
            while True:
                frame = await queue.get()
                self._captured = pos + frame.size + queue.qsize() * self.n
                yield pos / SAMPLE_RATE, frame
                pos += frame.size


# ---------------------------------------------------------------------------- speakers


class Speaker(Protocol):
    sample_rate: int

    def start(self, t: float) -> None:
        """A new answer begins at stream time ``t``."""
        ...

    def add(self, audio: np.ndarray, sample_rate: int) -> None: ...

    def close(self) -> None:
        """No more audio for this answer."""
        ...

    def finished(self, t: float) -> bool: ...

    def end_time(self) -> float:
        """Stream time at which the answer ends (or ended)."""
        ...

    def stop(self, t: float) -> float:
        """Stop at stream time ``t``; returns the seconds that were played."""
        ...

    async def drain(self) -> None:
        """Wait until the answer has been played to its end."""
        ...

    def audio(self) -> np.ndarray: ...


class _Buffered:
    def __init__(self) -> None:
        self.sample_rate = SAMPLE_RATE
        self._parts: list[np.ndarray] = []
        self._t0 = 0.0
        self._closed = False

    def start(self, t: float) -> None:
        self._parts, self._t0, self._closed = [], t, False

    def add(self, audio: np.ndarray, sample_rate: int) -> None:
        self.sample_rate = sample_rate
        self._parts.append(np.asarray(audio, dtype=np.float32).reshape(-1))

    def close(self) -> None:
        self._closed = True

    def duration(self) -> float:
        return sum(p.size for p in self._parts) / self.sample_rate

    def audio(self) -> np.ndarray:
        return np.concatenate(self._parts) if self._parts else np.zeros(0, np.float32)


class VirtualSpeaker(_Buffered):
    """Plays nothing: the answer occupies ``[start, start + duration)`` of stream time."""

    def finished(self, t: float) -> bool:
        return self._closed and t >= self.end_time()

    def end_time(self) -> float:
        return self._t0 + self.duration()

    def stop(self, t: float) -> float:
        return float(min(max(0.0, t - self._t0), self.duration()))

    async def drain(self) -> None:
        return None


class DeviceSpeaker(_Buffered):
    """The default output device; sentences are queued and played as they arrive."""

    def __init__(self) -> None:
        super().__init__()
        if _device("output") is None:
            raise NoAudioDevice("No speaker found; use --output-dir DIR to write answers "
                                "to files")
        self._lock = threading.Lock()
        self._queue: deque[np.ndarray] = deque()
        self._played = 0
        self._stream: Any = None

    def start(self, t: float) -> None:
        self.stop(t)
        super().start(t)
        self._played = 0

    def add(self, audio: np.ndarray, sample_rate: int) -> None:
        import sounddevice as sd

        if self._stream is not None and sample_rate != self.sample_rate:
            raise HarkError("An answer changed sample rate mid-way")
        super().add(audio, sample_rate)
        with self._lock:
            self._queue.append(self._parts[-1])
        if self._stream is None:
            self._stream = sd.OutputStream(samplerate=sample_rate, channels=1,
                                           dtype="float32", callback=self._fill)
            self._stream.start()

    def _fill(self, out: np.ndarray, frames: int, _time: Any, _status: Any) -> None:
        out.fill(0)
        i = 0
        with self._lock:
            while i < frames and self._queue:
                head = self._queue[0]
                k = min(frames - i, head.size)
                out[i:i + k, 0] = head[:k]
                i += k
                if k == head.size:
                    self._queue.popleft()
                else:
                    self._queue[0] = head[k:]
            self._played += i

    def finished(self, t: float) -> bool:
        with self._lock:
            return self._closed and not self._queue

    def end_time(self) -> float:
        return self._t0 + self._played / self.sample_rate

    def stop(self, t: float) -> float:
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.stop()
            stream.close()
        with self._lock:
            self._queue.clear()
        return self._played / self.sample_rate

    async def drain(self) -> None:
        while not self.finished(0.0):
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.1)  # the device's own buffer
        self.stop(0.0)


def write_answer(folder: Path, index: int, audio: np.ndarray, sample_rate: int) -> Path:
    from hark.audio.io import write_audio

    folder.mkdir(parents=True, exist_ok=True)
    return write_audio(folder / f"{index:03d}.wav", audio, sample_rate)
