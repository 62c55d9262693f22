"""`hark say`: synthesise text to an audio file."""

from __future__ import annotations

import argparse
from typing import Any

from hark.cli import add_json_flag


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("say", help="speak text into an audio file (.wav, .flac, .ogg)")
    p.add_argument("text", help="the text to speak")
    p.add_argument("-o", "--output", required=True, help="output file: .wav, .flac or .ogg")
    p.add_argument("--engine", choices=["piper", "nanotts"], default=None,
                   help="TTS engine (default: the tts_engine setting)")
    p.add_argument("--voice", default=None, help="voice name (see the engine's voices)")
    p.add_argument("--rate", type=float, default=None,
                   help="speaking rate, 0.5..2.0 (1.0 normal, 1.5 faster)")
    add_json_flag(p)
    p.set_defaults(func=run, human=_human)


def _human(r: dict[str, Any]) -> str:
    return (f"{r['path']}: {r['duration_s']} s, {r['sentences']} sentence(s), "
            f"{r['engine']}/{r['voice']}, first audio {r['timings_ms']['first_audio']} ms")


def run(args: argparse.Namespace) -> dict[str, Any]:
    import time
    from pathlib import Path

    import numpy as np

    from hark.audio.io import write_audio
    from hark.config import get_settings
    from hark.engines.registry import get_engine
    from hark.engines.tts_common import check_request
    from hark.errors import InvalidInput

    settings = get_settings()
    rate = settings.tts_rate if args.rate is None else args.rate
    out = Path(args.output)
    if out.suffix.lower() not in {".wav", ".flac", ".ogg", ".opus"}:
        raise InvalidInput(f"Cannot write {out.suffix or 'files without a suffix'}: "
                           "use .wav, .flac or .ogg")
    check_request(args.text, rate, settings)  # fail fast, before loading a model
    engine_name = args.engine or settings.tts_engine
    tts = get_engine("tts", engine_name, settings)
    t0 = time.perf_counter()
    first_ms: float | None = None
    parts: list[np.ndarray] = []
    sample_rate = tts.sample_rate
    for chunk in tts.stream(args.text, voice=args.voice, rate=rate):
        if first_ms is None:
            first_ms = (time.perf_counter() - t0) * 1000
        parts.append(chunk.audio)
        sample_rate = chunk.sample_rate
    total_ms = (time.perf_counter() - t0) * 1000
    audio = np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)
    write_audio(out, audio, sample_rate)
    voice = tts.resolve_voice(args.voice)  # the canonical name used
    return {
        "path": str(out),
        "engine": engine_name,
        "voice": voice,
        "sample_rate": sample_rate,
        "duration_s": round(audio.size / sample_rate, 3),
        "sentences": len(parts),
        "timings_ms": {"first_audio": round(first_ms or 0.0, 1), "total": round(total_ms, 1)},
    }
