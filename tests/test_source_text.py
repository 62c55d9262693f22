"""The sources hold no control characters: a regex written "\b" in a non-raw string (or
pasted through a shell) becomes a backspace and silently never matches (it happened: a
list-name guard in skills/lists.py was dead for weeks)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def test_no_source_file_holds_a_control_character() -> None:
    files = [*ROOT.joinpath("src").rglob("*.py"), *ROOT.joinpath("tests").rglob("*.py"),
             *ROOT.joinpath("benchmarks").rglob("*.py")]
    assert len(files) > 50
    bad = [str(p.relative_to(ROOT)) for p in files if _CONTROL.search(p.read_bytes())]
    assert bad == []
