"""Speed and accuracy of an STT engine on real speech (used by `hark bench engines`).

The reference audio is Debian's ``pocketsphinx-testdata`` (LibriVox read speech with
transcripts, and the ~2.8 s command "go forward ten meters").
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np

from hark.config import Settings, get_settings
from hark.errors import NotFound

PS_DATA = Path("/usr/share/pocketsphinx/test/data")


def librivox_clips(root: Path = PS_DATA) -> list[tuple[Path, str]]:
    """(wav path, lowercase reference text) for each LibriVox test clip."""
    folder = root / "librivox"
    listing = folder / "transcription"
    if not listing.is_file():
        raise NotFound(f"Reference speech is missing ({listing}): install the Debian package "
                       f"pocketsphinx-testdata (scripts/setup.sh --test).")
    clips = []
    for line in listing.read_text().splitlines():
        text, _, fid = line.strip().rpartition(" (")
        path = folder / f"{fid.rstrip(')')}.wav"
        if path.exists():
            text = text.replace("<s>", "").replace("</s>", "")
            clips.append((path, " ".join(text.split()).lower()))
    return clips


def command_clip(root: Path = PS_DATA) -> np.ndarray:
    """"go forward ten meters" (2.8 s), 16 kHz float32."""
    from hark.audio.io import read_pcm16

    raw = root / "goforward.raw"
    if not raw.is_file():
        raise NotFound(f"Reference speech is missing ({raw}): install pocketsphinx-testdata.")
    return read_pcm16(raw.read_bytes(), 16000)


def measure_stt(engine_name: str, settings: Settings | None = None,
                repeats: int = 5) -> dict[str, Any]:
    """Load time, warm latency on a ~3 s command (median of ``repeats``), real-time
    factor and normalised corpus WER on LibriVox for one STT engine.

    A fresh engine instance is built (not the registry's shared one) so ``load_s`` is the
    real cold load + warm-up time.
    """
    from hark.audio.io import read_audio
    from hark.engines.registry import engine_class
    from hark.text.wer import corpus_wer

    settings = settings or get_settings()
    cls = engine_class("stt", engine_name)
    clips = [(read_audio(p), ref) for p, ref in librivox_clips()]
    command = command_clip()

    t0 = time.perf_counter()
    engine = cls(settings)
    engine.warmup()
    load_s = time.perf_counter() - t0

    latencies = []
    command_text = ""
    for _ in range(max(1, repeats)):
        t = time.perf_counter()
        command_text = engine.transcribe(command, language="en").text
        latencies.append((time.perf_counter() - t) * 1000)

    pairs, busy, audio_s = [], 0.0, 0.0
    for audio, ref in clips:
        t = time.perf_counter()
        hyp = engine.transcribe(audio, language="en").text
        busy += time.perf_counter() - t
        audio_s += len(audio) / 16000
        pairs.append((ref, hyp))

    return {
        "engine": engine_name,
        "load_s": round(load_s, 3),
        "latency_3s_ms": round(statistics.median(latencies), 1),
        "command_s": round(len(command) / 16000, 2),
        "command_text": command_text,
        "rtf": round(busy / audio_s, 4) if audio_s else None,
        "wer_librivox": round(corpus_wer(pairs), 4),
        "librivox_s": round(audio_s, 1),
        "threads": settings.engine_threads,
    }
