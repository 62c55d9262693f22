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
    from hark.audio.io import SAMPLE_RATE, read_audio
    from hark.config import get_settings
    from hark.engines.registry import get_engine
    from hark.errors import InvalidInput

    settings = get_settings()
    if args.threshold is not None and not 0.0 < args.threshold < 1.0:
        raise InvalidInput(f"--threshold must be between 0 and 1; got {args.threshold}")
    audio = read_audio(args.file, max_seconds=settings.max_audio_s)
    model = args.model or settings.wake_word
    threshold = settings.wake_threshold if args.threshold is None else args.threshold
    ww = get_engine("wake", settings=settings, model=model, threshold=threshold)
    detections = ww.detect(audio)
    return {
        "model": ww.model,
        "threshold": threshold,
        "duration_s": round(audio.size / SAMPLE_RATE, 3),
        "detections": [d.to_dict() for d in detections],
    }
