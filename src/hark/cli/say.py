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
    from pathlib import Path

    from hark.audio.io import WRITE_SUFFIXES, write_audio
    from hark.errors import InvalidInput
    from hark.pipeline.speech import synthesize

    out = Path(args.output)
    if out.suffix.lower() not in WRITE_SUFFIXES:  # fail before synthesising
        raise InvalidInput(f"Cannot write {out.suffix or 'files without a suffix'}: "
                           "use .wav, .flac or .ogg")
    sp = synthesize(args.text, engine=args.engine, voice=args.voice, rate=args.rate)
    write_audio(out, sp.audio, sp.sample_rate)
    return {
        "path": str(out),
        "engine": sp.engine,
        "voice": sp.voice,
        "sample_rate": sp.sample_rate,
        "duration_s": round(sp.audio.size / sp.sample_rate, 3),
        "sentences": len(sp.sentences),
        "timings_ms": {"first_audio": sp.first_audio_ms, "total": sp.total_ms},
    }
