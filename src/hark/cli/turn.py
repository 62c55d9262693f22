"""`hark turn IN -o OUT`: one spoken turn from an audio file to an audio answer."""

from __future__ import annotations

import argparse
from typing import Any

from hark.cli import add_json_flag


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "turn", help="one spoken turn: audio question in, spoken answer out",
        description="Transcribe IN, answer it like `hark ask`, and speak the answer to OUT.")
    p.add_argument("file", metavar="IN", help="audio file with the question (WAV, FLAC, Ogg, MP3)")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="where to write the spoken answer: .wav, .flac or .ogg")
    p.add_argument("--session", default=None, help="continue this session id")
    p.add_argument("--user", default="default", help="user id (default: default)")
    p.add_argument("--device", default="default", help="device id (default: default)")
    p.add_argument("--denoise", action="store_true",
                   help="run RNNoise before recognition (default: HARK_DENOISE)")
    add_json_flag(p)
    p.set_defaults(func=run, human=_human)


def _human(r: dict[str, Any]) -> str:
    t = r["timings_ms"]
    return (f"you:  {r['transcript']}\nhark: {r['response_text']}\n"
            f"({r['intent']}; first audio after {t['first_audio_total']:.0f} ms; "
            f"answer in {r['output']['path']})")


def run(args: argparse.Namespace) -> dict[str, Any]:
    import asyncio
    from pathlib import Path

    from hark.audio.io import WRITE_SUFFIXES, write_audio
    from hark.config import get_settings
    from hark.errors import InvalidInput
    from hark.pipeline.turn import spoken_turn
    from hark.runtime import Runtime

    out = Path(args.output)
    if out.suffix.lower() not in WRITE_SUFFIXES:  # fail before any model work
        raise InvalidInput(f"Cannot write {out.suffix or 'files without a suffix'}: "
                           "use .wav, .flac or .ogg")
    settings = get_settings()
    if args.denoise:
        settings = settings.replace(denoise=True)

    async def go() -> dict[str, Any]:
        # one-shot: timers/alarms set here are stored and fire in `hark serve`/`listen`
        async with Runtime(settings, scheduler=False) as rt:
            result, speech = await spoken_turn(rt, args.file, session_id=args.session,
                                               user_id=args.user, device_id=args.device)
        if speech.audio.size:
            await asyncio.to_thread(write_audio, out, speech.audio, speech.sample_rate)
        result["output"] = {"path": str(out) if speech.audio.size else None,
                            **result.pop("response_audio")}
        return result

    return asyncio.run(go())
