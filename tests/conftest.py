"""Shared fixtures: real speech from Debian's pocketsphinx-testdata, and speech made by
Hark's own TTS engines (TTS → STT round trips)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

PS_DATA = Path("/usr/share/pocketsphinx/test/data")


@dataclass
class Clip:
    path: Path
    text: str


def _librivox() -> list[Clip]:
    folder = PS_DATA / "librivox"
    clips = []
    for line in (folder / "transcription").read_text().splitlines():
        # "<s> text </s> (fileid)"
        text, _, fid = line.strip().rpartition(" (")
        fid = fid.rstrip(")")
        path = folder / f"{fid}.wav"
        if path.exists():
            text = text.replace("<s>", "").replace("</s>", "")
            clips.append(Clip(path, " ".join(text.split()).lower()))
    return clips


@pytest.fixture(scope="session")
def librivox_clips() -> list[Clip]:
    if not PS_DATA.exists():
        pytest.fail("pocketsphinx-testdata is missing: run scripts/setup.sh --test")
    return _librivox()


@pytest.fixture(scope="session")
def goforward() -> np.ndarray:
    """'go forward ten meters', raw 16 kHz 16-bit mono."""
    from hark.audio import read_pcm16

    return read_pcm16((PS_DATA / "goforward.raw").read_bytes(), 16000)


@pytest.fixture(scope="session")
def synth():
    """synth(text, engine="piper", voice=None, rate=1.0) -> 16 kHz mono float32 speech."""
    from hark.audio.io import SAMPLE_RATE, resample
    from hark.engines.registry import get_engine

    def _synth(text: str, engine: str = "piper", voice: str | None = None,
               rate: float = 1.0) -> np.ndarray:
        tts = get_engine("tts", engine)
        parts = [resample(c.audio, c.sample_rate, SAMPLE_RATE)
                 for c in tts.stream(text, voice=voice, rate=rate)]
        return np.concatenate(parts).astype(np.float32)

    return _synth
