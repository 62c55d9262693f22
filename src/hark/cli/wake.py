"""`hark wake`: find wake words in an audio file."""

from __future__ import annotations

import argparse
from typing import Any

from hark.cli import add_json_flag


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("wake", help="detect a wake word in an audio file")
    p.add_argument("file", help="audio file (WAV, FLAC, Ogg, MP3, ...)")
    p.add_argument("--model", default=None,
                   help="wake word model: hey_jarvis, alexa, okay_nabu, hey_mycroft, "
                        "hey_rhasspy (default: the wake_word setting)")
    p.add_argument("--threshold", type=float, default=None,
                   help="detection threshold 0..1 (default: the wake_threshold setting)")
    add_json_flag(p)
    p.set_defaults(func=run, human=_human)


def _human(r: dict[str, Any]) -> str:
    if not r["detections"]:
        return f"no {r['model']} detected in {r['duration_s']} s"
    return "\n".join(f"{d['name']} at {d['time_s']:.2f} s (score {d['score']:.2f})"
                     for d in r["detections"])


def run(args: argparse.Namespace) -> dict[str, Any]:
    from hark.pipeline.speech import detect_wake

    return detect_wake(args.file, model=args.model, threshold=args.threshold)
