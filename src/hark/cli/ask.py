"""`hark ask` (one text turn) and `hark chat` (a text conversation on stdin)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any

from hark.cli import add_json_flag


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--session", default=None, help="continue this session id")
    p.add_argument("--user", default="default", help="user id (default: default)")
    p.add_argument("--device", default="default", help="device id (default: default)")
    add_json_flag(p)


def register(subparsers: argparse._SubParsersAction) -> None:
    ask = subparsers.add_parser("ask", help="ask Hark something in text; one turn")
    ask.add_argument("text", help="what to say, e.g. \"what's the weather in Paris\"")
    _common(ask)
    ask.set_defaults(func=run_ask, human=lambda r: r["response_text"])

    chat = subparsers.add_parser(
        "chat", help="talk to Hark in text: one line per turn until EOF or 'bye'")
    _common(chat)
    chat.set_defaults(func=run_chat)


def run_ask(args: argparse.Namespace) -> dict[str, Any]:
    from hark.runtime import Runtime

    async def go() -> dict[str, Any]:
        # one-shot: timers/alarms set here are stored and fire in `hark serve`/`listen`/`chat`
        async with Runtime(scheduler=False) as rt:
            result = await rt.assistant.handle_text(args.text, session_id=args.session,
                                                    user_id=args.user, device_id=args.device)
            return result.to_dict()

    return asyncio.run(go())


def run_chat(args: argparse.Namespace) -> None:
    """Reads lines until EOF or a turn that ends the session ("bye"). Prints Hark's answer
    per line (``hark> ...``), or one JSON object per line with ``--json``."""
    from hark.errors import HarkError

    interactive = sys.stdin.isatty()

    from hark.runtime import Runtime

    async def announce(event: Any) -> None:  # timers/alarms firing during the chat
        text = event.data.get("speech") or event.type
        if args.json:
            print(json.dumps({"event": event.type, **event.data}, ensure_ascii=False,
                             default=str), flush=True)
        else:
            print(f"hark> {text}", flush=True)

    async def go() -> None:
        session = args.session
        async with Runtime() as rt:
            rt.subscribe(announce)
            assistant = rt.assistant
            while True:
                if interactive:
                    print("you> ", end="", flush=True)
                line = await asyncio.to_thread(sys.stdin.readline)
                if not line:
                    break
                if not line.strip():
                    continue
                try:
                    result = await assistant.handle_text(line, session_id=session,
                                                         user_id=args.user,
                                                         device_id=args.device)
                except HarkError as e:  # a bad line does not end the conversation
                    if args.json:
                        print(json.dumps(e.to_dict(), ensure_ascii=False), flush=True)
                    else:
                        print(f"hark> {e.message}", flush=True)
                    if e.code == "unknown_session":
                        raise
                    continue
                session = result.session_id
                if args.json:
                    print(json.dumps(result.to_dict(), ensure_ascii=False, default=str),
                          flush=True)
                else:
                    print(f"hark> {result.response_text}", flush=True)
                if result.end_session:
                    break

    asyncio.run(go())
