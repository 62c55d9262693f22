"""`hark transcribe FILE`: speech-to-text on an audio file."""

from __future__ import annotations

import argparse
import json
from typing import Any

from hark.cli import add_json_flag

ENGINES = ("whisper-tiny-en", "moonshine-tiny", "whisper-base")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "transcribe", help="transcribe speech in an audio file (WAV, FLAC, Ogg/Opus, MP3)",
        description="Transcribe speech in an audio file with a local STT engine.",
    )
    p.add_argument("file", metavar="FILE", help="audio file to transcribe")
    p.add_argument("--engine", default=None, metavar="NAME",
                   help=f"STT engine: {' | '.join(ENGINES)} (default: HARK_STT_ENGINE)")
    p.add_argument("--language", default=None, metavar="L",
                   help="language code, e.g. en or de (default: HARK_STT_LANGUAGE, "
                        "else the engine's default / auto-detect)")
    p.add_argument("--denoise", action="store_true",
                   help="run RNNoise before recognition (default: HARK_DENOISE)")
    p.add_argument("--words", action="store_true",
                   help="add word timings to each segment (Whisper; slower)")
    p.add_argument("--context", default=None, metavar="TEXT",
                   help="words the speaker may say — names, products — given to Whisper "
                        "as its prompt (at most 1000 characters)")
    p.add_argument("--stream", action="store_true",
                   help="print partial results as they come (moonshine-tiny)")
    add_json_flag(p)
    p.set_defaults(func=run, human=lambda r: r["text"])


def run(args: argparse.Namespace) -> dict[str, Any] | None:
    from hark.pipeline.speech import stream_partials, transcribe

    if args.stream:
        for partial in stream_partials(args.file, args.engine):
            if args.json:
                print(json.dumps(partial), flush=True)
            else:
                print(("final: " if partial["is_final"] else "...    ") + partial["text"],
                      flush=True)
        return None
    return transcribe(args.file, engine=args.engine, language=args.language,
                      denoise=True if args.denoise else None, words=args.words,
                      context=args.context)
