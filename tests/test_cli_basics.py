from __future__ import annotations

import json
import subprocess
import sys

import pytest

from hark.cli import build_parser, main


def test_every_command_has_help() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert {"transcribe", "say", "wake", "bench", "serve"} <= set(sub.choices)
    for name, p in sub.choices.items():
        assert p.format_help(), name


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "COMMAND" in capsys.readouterr().out


def test_json_error_on_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["transcribe", "/nonexistent/file.wav", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert rc == 2 and out["error"]["code"] == "invalid_input"


def test_console_script_runs() -> None:
    r = subprocess.run([sys.executable, "-m", "hark.cli", "--version"], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.startswith("hark ")
