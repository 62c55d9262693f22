"""`hark serve` — run the assistant's HTTP/WebSocket server."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="start the assistant server (web page + API)")
    p.add_argument("--host", default=None, help="bind address (HARK_HOST, default 127.0.0.1)")
    p.add_argument("--port", type=int, default=None, help="port (HARK_PORT, default 8765)")
    p.add_argument("--no-warm", action="store_true", help="load engines on first use")
    p.set_defaults(func=_serve)


def _serve(args: argparse.Namespace) -> None:
    import uvicorn

    from hark.config import get_settings
    from hark.server.app import create_app

    s = get_settings().replace(host=args.host, port=args.port)
    app = create_app(s, warm=not args.no_warm)
    print(f"Hark listening on http://{s.host}:{s.port}  (Ctrl+C to stop)", flush=True)
    uvicorn.run(app, host=s.host, port=s.port, log_level="warning")
