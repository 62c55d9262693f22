"""`hark listen`: the live voice loop (wake word → command → answer), or a file headless."""

from __future__ import annotations

import argparse
import json
from typing import Any

from hark.cli import add_json_flag


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "listen", help="listen for the wake word and answer out loud (or run on a file)",
        description="Wake word → command → spoken answer, with barge-in and follow-ups. "
                    "With --input FILE the file is fed on a virtual clock and answers are "
                    "'played' on that clock (and written with --output-dir).")
    p.add_argument("--input", default=None, metavar="FILE",
                   help="feed this audio file instead of the microphone")
    p.add_argument("--output-dir", default=None, metavar="DIR",
                   help="write each answer as DIR/001.wav, 002.wav, ... (as played)")
    p.add_argument("--realtime", action="store_true",
                   help="with --input: feed the file at real-time speed")
    p.add_argument("--barge-in", choices=["wake", "speech", "off"], default="wake",
                   help="what interrupts an answer: the wake word (default), any speech, "
                        "or nothing")
    p.add_argument("--wake-word", default=None, metavar="MODEL",
                   help="hey_jarvis, alexa, okay_nabu, hey_mycroft, hey_rhasspy "
                        "(default: the wake_word setting)")
    p.add_argument("--threshold", type=float, default=None,
                   help="wake threshold 0..1 (default: the wake_threshold setting)")
    p.add_argument("--listen-timeout", type=float, default=8.0, metavar="S",
                   help="seconds to wait for a command after the wake word (default 8)")
    p.add_argument("--followup-timeout", type=float, default=5.0, metavar="S",
                   help="seconds to wait for an answer to a question back (default 5)")
    p.add_argument("--denoise", action="store_true",
                   help="run RNNoise on each command (default: HARK_DENOISE)")
    p.add_argument("--user", default="default", help="user id (default: default)")
    p.add_argument("--device", default="default", help="device id (default: default)")
    add_json_flag(p)
    p.set_defaults(func=run)


def _printer(as_json: bool) -> Any:
    def emit(ev: dict[str, Any]) -> None:
        if as_json:
            print(json.dumps(ev, ensure_ascii=False, default=str), flush=True)
            return
        kind = ev["event"]
        if kind == "transcript":
            print(f"you:  {ev['text']}", flush=True)
        elif kind in ("response", "announcement"):
            print(f"hark: {ev['text']}", flush=True)
        elif kind == "wake-detected":
            print(f"[{ev['t']:.2f}s] wake word ({ev['score']:.2f})", flush=True)
        elif kind == "tts-stopped" and ev["reason"] != "done":
            print(f"[{ev['at']:.2f}s] (interrupted)", flush=True)
        elif kind == "error":
            print(f"hark: {ev['message']}", flush=True)

    return emit


def run(args: argparse.Namespace) -> None:
    import asyncio

    from hark.audio.output import DeviceSpeaker, FileSource, MicSource, VirtualSpeaker
    from hark.audio.playback import has_output_device
    from hark.config import get_settings
    from hark.errors import InvalidInput
    from hark.pipeline.listen import Listener, ListenMachine
    from hark.runtime import Runtime

    settings = get_settings()
    if args.denoise:
        settings = settings.replace(denoise=True)
    if args.listen_timeout <= 0 or args.followup_timeout <= 0:
        raise InvalidInput("Timeouts must be positive numbers of seconds")
    machine = ListenMachine(barge_in=args.barge_in, listen_timeout_s=args.listen_timeout,
                            followup_timeout_s=args.followup_timeout)
    if args.input:  # everything that can fail fails before models load
        source: Any = FileSource(args.input, realtime=args.realtime,
                                 max_seconds=settings.max_audio_s)
        speaker: Any = VirtualSpeaker()
    else:
        source = MicSource()
        speaker = VirtualSpeaker() if args.output_dir and not has_output_device() else DeviceSpeaker()

    async def go() -> None:
        async with Runtime(settings) as rt:
            listener = Listener(rt, source, speaker, emit=_printer(args.json), settings=settings,
                                machine=machine, output_dir=args.output_dir,
                                user_id=args.user, device_id=args.device,
                                wake_model=args.wake_word, wake_threshold=args.threshold)
            await listener.run()

    asyncio.run(go())
