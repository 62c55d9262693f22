"""`hark bench engines|turn` — speed, memory and accuracy of the engines and of whole
spoken turns on this machine."""

from __future__ import annotations

import argparse
from typing import Any

from hark.cli import add_json_flag


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bench", help="measure engines (load, latency, RTF, RSS, WER)")
    bsub = p.add_subparsers(dest="bench_what", metavar="WHAT", required=True)
    e = bsub.add_parser("engines", help="every speech engine, each in a fresh process")
    e.add_argument("--only", default="", help="comma-separated engine names or roles")
    add_json_flag(e)
    e.set_defaults(func=_engines, human=_human)
    t = bsub.add_parser("turn", help="whole spoken turns (TTS voices → STT → … → TTS), "
                                     "per-stage latency")
    add_json_flag(t)
    t.set_defaults(func=_turns, human=_human_turns)


def _engines(args: argparse.Namespace) -> dict[str, Any]:
    from hark.bench_engines import bench

    only = {x.strip() for x in args.only.split(",") if x.strip()} or None
    return bench(only)


def _human(report: dict[str, Any]) -> str:
    from hark.bench_engines import format_table

    return format_table(report)


def _turns(args: argparse.Namespace) -> dict[str, Any]:
    from hark.bench_turn import bench_turns

    return bench_turns()


def _human_turns(report: dict[str, Any]) -> str:
    from hark.bench_turn import format_turns

    return format_turns(report)
