"""`hark` command line.

Every sub-command lives in a module of this package that defines
``register(subparsers) -> None``; modules are discovered automatically. Keep heavy
imports inside the command functions so `hark --help` stays fast.
Each command function takes the parsed ``argparse.Namespace`` and returns a result
(dict/list/str) that :func:`emit` prints, as JSON with ``--json``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
from collections.abc import Callable
from typing import Any

from hark.errors import HarkError, as_hark_error


def add_json_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print machine-readable JSON")


def emit(result: Any, as_json: bool, human: Callable[[Any], str] | None = None) -> None:
    if result is None:
        return
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=2, default=str))
    elif human is not None:
        print(human(result))
    elif isinstance(result, str):
        print(result)
    else:
        print(json.dumps(result, ensure_ascii=False, indent=2, default=str))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hark", description="Hark: a local-first voice assistant."
    )
    parser.add_argument("--version", action="version", version=f"hark {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import hark.cli as pkg

    for mod in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if mod.name.startswith("_"):
            continue
        module = importlib.import_module(f"hark.cli.{mod.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def _version() -> str:
    from hark import __version__

    return __version__


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    from hark.logs import setup_logging

    setup_logging()
    try:
        result = args.func(args)
        emit(result, getattr(args, "json", False), getattr(args, "human", None))
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # one place maps errors to output + exit code
        err = as_hark_error(exc)
        if not isinstance(exc, HarkError):
            import logging

            logging.getLogger("hark.cli").exception("command failed")
        if getattr(args, "json", False):
            print(json.dumps(err.to_dict(), ensure_ascii=False))
        else:
            print(f"hark: error: {err.message}", file=sys.stderr)
        return err.exit_code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
