"""`hark db`: database migrations and facts."""

from __future__ import annotations

import argparse
from typing import Any

from hark.cli import add_json_flag


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("db", help="database: run migrations, show facts")
    sub = p.add_subparsers(dest="db_command", metavar="DB_COMMAND")
    p.set_defaults(func=_usage(p))

    up = sub.add_parser("upgrade", help="apply schema migrations (also done at startup)")
    up.add_argument("--url", default=None, help="database URL (default: the database_url setting)")
    up.add_argument("--revision", default="head", help="target revision (default: head)")
    add_json_flag(up)
    up.set_defaults(func=run_upgrade, human=lambda r: f"{r['url']}: at revision {r['revision']}")

    info = sub.add_parser("info", help="URL (password hidden), schema revision, row counts")
    info.add_argument(
        "--url", default=None, help="database URL (default: the database_url setting)"
    )
    add_json_flag(info)
    info.set_defaults(func=run_info, human=_human_info)


def _usage(p: argparse.ArgumentParser) -> Any:
    def show(_args: argparse.Namespace) -> str:
        return p.format_help()

    return show


def _url(args: argparse.Namespace) -> str:
    from hark.config import get_settings

    return args.url or get_settings().db_url


def run_upgrade(args: argparse.Namespace) -> dict[str, Any]:
    from hark.store.db import make_engine, safe_url
    from hark.store.migrate import upgrade

    url = _url(args)
    engine = make_engine(url)
    try:
        revision = upgrade(engine, args.revision)
    finally:
        engine.dispose()
    return {"url": safe_url(url), "revision": revision}


def run_info(args: argparse.Namespace) -> dict[str, Any]:
    from hark.store.info import describe

    return describe(_url(args))


def _human_info(r: dict[str, Any]) -> str:
    lines = [f"database: {r['url']}"]
    if not r.get("exists", True):
        lines.append("not created yet (run `hark db upgrade` or start Hark)")
        return "\n".join(lines)
    state = "up to date" if r["up_to_date"] else f"head is {r['head_revision']}"
    lines.append(f"revision: {r['revision']} ({state})")
    width = max((len(t) for t in r["tables"]), default=0)
    lines += [f"  {t.ljust(width)}  {n}" for t, n in r["tables"].items()]
    return "\n".join(lines)
