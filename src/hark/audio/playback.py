"""Playing audio files on the local sound device, in a background thread.

:class:`SoundDeviceOutput` decodes with soundfile (WAV, FLAC, Ogg/Vorbis/Opus, MP3 with
libsndfile ≥ 1.1) and writes blocks to a sounddevice output stream; pause, resume, stop
and volume act on the next block. ``sounddevice`` (with Debian ``libportaudio2``) is
imported lazily: without it, or without an output device, :meth:`available` is False and
nothing is played. :class:`NullOutput` keeps the same interface and only records calls
(for machines without sound, and for tests).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import numpy as np

log = logging.getLogger(__name__)

BLOCK = 2048


class AudioOutput(Protocol):
    def available(self) -> bool: ...
    def play(self, path: str | Path, *, volume: float = 1.0,
             on_end: Callable[[], None] | None = None) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...
    def stop(self) -> None: ...
    def set_volume(self, volume: float) -> None: ...


class NullOutput:
    """No sound device: remembers what it was asked to do."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def available(self) -> bool:
        return False

    def play(self, path: str | Path, *, volume: float = 1.0,
             on_end: Callable[[], None] | None = None) -> None:
        self.calls.append(("play", str(path)))

    def pause(self) -> None:
        self.calls.append(("pause", None))

    def resume(self) -> None:
        self.calls.append(("resume", None))

    def stop(self) -> None:
        self.calls.append(("stop", None))

    def set_volume(self, volume: float) -> None:
        self.calls.append(("volume", volume))


def has_output_device() -> bool:
    """True when sounddevice imports and PortAudio has a default output device."""
    try:
        import sounddevice as sd

        info = sd.query_devices(kind="output")
        return bool(info) and int(info.get("max_output_channels", 0)) > 0
    except Exception:  # noqa: BLE001 - no library, no PortAudio, no device: all "no"
        return False


class SoundDeviceOutput:
    """Plays one file at a time on the default output device."""

    def __init__(self) -> None:
        self._available: bool | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._resume = threading.Event()
        self._resume.set()
        self._volume = 1.0
        self._lock = threading.Lock()

    def available(self) -> bool:
        if self._available is None:
            self._available = has_output_device()
        return self._available

    def set_volume(self, volume: float) -> None:
        self._volume = float(min(1.0, max(0.0, volume)))

    def pause(self) -> None:
        self._resume.clear()

    def resume(self) -> None:
        self._resume.set()

    def stop(self) -> None:
        with self._lock:
            thread, self._thread = self._thread, None
            self._stop.set()
            self._resume.set()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=2)

    def play(self, path: str | Path, *, volume: float = 1.0,
             on_end: Callable[[], None] | None = None) -> None:
        self.stop()
        if not self.available():
            return
        self.set_volume(volume)
        stop = threading.Event()
        with self._lock:
            self._stop = stop
            self._resume.set()
            self._thread = threading.Thread(target=self._run, args=(Path(path), stop, on_end),
                                            name="hark-playback", daemon=True)
            self._thread.start()

    def _run(self, path: Path, stop: threading.Event,
             on_end: Callable[[], None] | None) -> None:
        import sounddevice as sd
        import soundfile as sf

        finished = False
        try:
            with sf.SoundFile(str(path)) as f, sd.OutputStream(
                    samplerate=f.samplerate, channels=f.channels, dtype="float32") as out:
                while not stop.is_set():
                    if not self._resume.is_set():
                        out.stop()
                        self._resume.wait()
                        if stop.is_set():
                            break
                        out.start()
                    block = f.read(BLOCK, dtype="float32", always_2d=True)
                    if not len(block):
                        finished = True
                        break
                    out.write(np.ascontiguousarray(block * self._volume, dtype=np.float32))
        except Exception:  # noqa: BLE001 - a bad file or a lost device ends this track
            log.exception("playback of %s failed", path)
            finished = True
        if finished and not stop.is_set() and on_end is not None:
            on_end()


def default_output() -> AudioOutput:
    """The sound device when there is one, else a :class:`NullOutput`."""
    out = SoundDeviceOutput()
    return out if out.available() else NullOutput()
