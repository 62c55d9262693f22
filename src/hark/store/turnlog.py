"""Optional human-readable markdown log of turns (``settings.turn_log``).

Append-only; each entry is written with a single ``write`` on an ``O_APPEND`` file
while holding a process lock and an exclusive ``flock``, so concurrent writers (threads
or processes) never interleave entries.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

from hark.store.models import Turn

HEADER = "# Hark turn log\n\n"
_lock = threading.Lock()


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def _inline(value: Any) -> str:
    text = "" if value is None else str(value)
    return " ".join(text.split())


def _when(value: Any) -> str:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _slots(slots: Any) -> str:
    if not slots:
        return "—"
    if isinstance(slots, Mapping):
        slots = [{"name": k, "value": v} for k, v in slots.items()]
    parts = []
    for s in slots:
        s = s.to_dict() if hasattr(s, "to_dict") else s
        if isinstance(s, Mapping):
            value = s.get("value")
            raw = s.get("raw")
            shown = value if value not in (None, "") else raw
            extra = f" (“{_inline(raw)}”)" if raw and str(raw) != str(shown) else ""
            parts.append(f"`{_inline(s.get('name'))}` = {_inline(shown)}{extra}")
        else:
            parts.append(_inline(s))
    return "; ".join(parts)


def format_entry(turn: Turn | Mapping[str, Any]) -> str:
    """The markdown block for one turn."""
    t: Mapping[str, Any] = turn.to_dict() if isinstance(turn, Turn) else turn
    head = f"## {_when(t.get('created_at'))}"
    if t.get("session_id"):
        head += f" · session `{t['session_id']}`"
    if t.get("index") is not None:
        head += f" · turn {t['index']}"
    lines = [head, "", f"- **User:** {_inline(t.get('text'))}"]
    if t.get("transcript") and t.get("transcript") != t.get("text"):
        lines.append(f"- **Heard:** {_inline(t['transcript'])}")
    intent = t.get("intent") or "—"
    conf = t.get("confidence")
    lines.append(f"- **Intent:** `{intent}`" + (f" ({conf:.2f})" if conf is not None else ""))
    lines.append(f"- **Slots:** {_slots(t.get('slots'))}")
    if t.get("action"):
        lines.append(f"- **Action:** `{t['action']}`")
    lines.append(f"- **Response:** {_inline(t.get('response_text'))}")
    timings = t.get("timings") or {}
    if timings:
        lines += ["", "| stage | ms |", "| --- | ---: |"]
        lines += [f"| {_cell(k)} | {_cell(_ms(v))} |" for k, v in timings.items()]
    return "\n".join(lines) + "\n\n"


def _ms(value: Any) -> str:
    try:
        return f"{float(value):.1f}"
    except (TypeError, ValueError):
        return str(value)


def append_turn_log(path: str | os.PathLike[str], turn: Turn | Mapping[str, Any]) -> None:
    """Append one readable entry for ``turn`` (a Turn row or a dict with its fields)."""
    target = Path(path).expanduser()
    target.parent.mkdir(parents=True, exist_ok=True)
    entry = format_entry(turn)
    with _lock:
        fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                data = (entry if os.fstat(fd).st_size else HEADER + entry).encode("utf-8")
                written = os.write(fd, data)  # one call; O_APPEND keeps it whole
                while written < len(data):  # only on a short write (disk nearly full)
                    written += os.write(fd, data[written:])
            finally:
                if fcntl is not None:
                    fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
