"""`hark ask` / `hark chat` command plumbing that needs no NLU model: arguments, errors
and exit codes (checked before anything is understood)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hark.cli import build_parser


def run(args: list[str], tmp_path: Path, stdin: str | None = None,
        **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "HARK_DATA_DIR": str(tmp_path), "HARK_CONFIG": str(tmp_path / "no.toml"),
            "HARK_TIMEZONE": "Europe/Paris", "HARK_LOG_LEVEL": "WARNING", **env}
    return subprocess.run([sys.executable, "-m", "hark.cli", *args], input=stdin,
                          capture_output=True, text=True, timeout=180, env=full)


def test_commands_are_registered() -> None:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert {"ask", "chat"} <= set(sub.choices)
    ask = sub.choices["ask"].format_help()
    assert "--session" in ask and "--user" in ask and "--json" in ask


def test_ask_errors(tmp_path: Path) -> None:
    r = run(["ask", "   ", "--json"], tmp_path)
    assert r.returncode == 2 and json.loads(r.stdout)["error"]["code"] == "invalid_input"
    r = run(["ask", "x" * 2001, "--json"], tmp_path)
    assert r.returncode == 2 and json.loads(r.stdout)["error"]["code"] == "text_too_long"
    r = run(["ask", "what time is it", "--session", "nope", "--json"], tmp_path)
    err = json.loads(r.stdout)["error"]
    assert r.returncode == 3 and err["code"] == "unknown_session"
    assert err["session_id"] == "nope"
    assert (tmp_path / "hark.db").is_file()  # the persistent store lives in data_dir


def test_chat_reports_unknown_session(tmp_path: Path) -> None:
    r = run(["chat", "--session", "nope"], tmp_path, stdin="hello\n")
    assert r.returncode == 3 and "There is no conversation nope." in r.stdout


def test_chat_empty_input_ends_quietly(tmp_path: Path) -> None:
    r = run(["chat"], tmp_path, stdin="")
    assert r.returncode == 0 and r.stdout == ""
