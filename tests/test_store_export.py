"""iCalendar export, the markdown turn log and `hark db`."""

from __future__ import annotations

import json
import re
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hark.config import Settings
from hark.store import Store, calendar, reminders, sessions, turns
from hark.store.ics import escape_text, fold, to_ics
from hark.store.turnlog import append_turn_log, format_entry

T0 = datetime(2027, 3, 24, 12, 0, tzinfo=UTC)


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = Store.open(Settings(data_dir=tmp_path, timezone="Europe/Berlin"))
    yield s
    s.close()


# ------------------------------------------------------------------ a tiny ics parser


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def parse_ics(data: str) -> list[dict[str, object]]:
    """Components as dicts: {"type": "VEVENT", "SUMMARY": "...", ...} (nested flattened)."""
    assert data.endswith("\r\n")
    physical = data.split("\r\n")[:-1]
    for line in physical:
        assert len(line.encode("utf-8")) <= 75, line
        assert "\n" not in line and "\r" not in line
    unfolded: list[str] = []
    for line in physical:
        if line.startswith((" ", "\t")):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    stack: list[dict[str, object]] = []
    done: list[dict[str, object]] = []
    for line in unfolded:
        name_params, _, value = line.partition(":")
        name = name_params.split(";")[0].upper()
        if name == "BEGIN":
            stack.append({"type": value})
        elif name == "END":
            comp = stack.pop()
            assert comp["type"] == value
            done.append(comp)
        else:
            stack[-1][name] = _unescape(value)
    assert not stack
    return done


def _utc(value: object) -> datetime:
    return datetime.strptime(str(value), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def test_escape_and_fold() -> None:
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    long = "SUMMARY:" + "ü" * 100  # 2-byte characters must not be split
    folded = fold(long)
    parts = folded.split("\r\n ")
    assert all(len(p.encode()) <= 75 for p in parts[:1]) and all(
        len((" " + p).encode()) <= 75 for p in parts[1:]
    )
    assert "".join(parts) == long


def test_ics_round_trip(store: Store) -> None:
    title = "Team sync; planning, Q2 — Überblick " + "x" * 80
    notes = "Line one\nLine two, with a comma; and a semicolon \\ backslash"
    with store.session() as db:
        calendar.create(
            db,
            title=title,
            start=T0,
            end=T0 + timedelta(hours=1),
            location="Room 1, Floor 2",
            notes=notes,
        )
        calendar.create(db, title="Open end", start=T0 + timedelta(days=1))
        reminders.create(
            db, text="Take out bins", due=T0 + timedelta(days=2), recurrence_rule="every monday"
        )
        reminders.create(db, text="Call mum", due=T0 + timedelta(hours=3))
        items = [*calendar.all_events(db), *reminders.list_for(db)]
    data = to_ics(items, now=T0)
    comps = parse_ics(data)
    cal = comps[-1]
    assert cal["type"] == "VCALENDAR" and cal["VERSION"] == "2.0" and cal["PRODID"]
    events = [c for c in comps if c["type"] == "VEVENT"]
    todos = [c for c in comps if c["type"] == "VTODO"]
    assert len(events) == 2 and len(todos) == 2
    first = events[0]
    assert first["SUMMARY"] == title and first["DESCRIPTION"] == notes
    assert first["LOCATION"] == "Room 1, Floor 2"
    assert _utc(first["DTSTART"]) == T0 and _utc(first["DTEND"]) == T0 + timedelta(hours=1)
    assert "DTEND" not in events[1] and first["UID"] != events[1]["UID"]
    assert all(_utc(c["DTSTAMP"]) == T0 for c in events + todos)
    bins = next(t for t in todos if t["SUMMARY"] == "Take out bins")
    assert bins["RRULE"] == "FREQ=WEEKLY;BYDAY=MO" and bins["STATUS"] == "NEEDS-ACTION"
    assert _utc(bins["DUE"]) == T0 + timedelta(days=2)


def test_ics_rejects_other_objects() -> None:
    with pytest.raises(TypeError):
        to_ics([object()])  # type: ignore[list-item]


# ------------------------------------------------------------------------- turn log


def test_turn_log_entry(store: Store, tmp_path: Path) -> None:
    from hark.types import Slot

    with store.session() as db:
        s = sessions.create(db)
        t = turns.append(
            db,
            s.id,
            text="set a timer | five minutes",
            intent="timer_set",
            confidence=0.934,
            slots=[Slot("duration", "five minutes", "PT5M")],
            action="timer.set",
            response_text="Timer set for 5 minutes.",
            transcript="set a timer five minutes",
            timings={"stt": 120.46, "nlu": 3.2, "total": 140},
        )
    log = tmp_path / "logs" / "agent_log.md"
    append_turn_log(log, t)
    out = log.read_text()
    assert out.startswith("# Hark turn log")
    assert f"session `{s.id}` · turn 0" in out
    assert "- **Intent:** `timer_set` (0.93)" in out
    assert "`duration` = PT5M (“five minutes”)" in out
    assert "- **Heard:** set a timer five minutes" in out
    assert "| stage | ms |" in out and "| stt | 120.5 |" in out
    assert "Timer set for 5 minutes." in out


def test_turn_log_concurrent_writers(tmp_path: Path) -> None:
    log = tmp_path / "agent_log.md"
    n_threads, per_thread = 8, 30

    def work(k: int) -> None:
        for i in range(per_thread):
            append_turn_log(
                log,
                {
                    "session_id": f"s{k}",
                    "index": i,
                    "text": f"t{k}-{i} " * 50,
                    "intent": "x",
                    "confidence": 0.5,
                    "response_text": "ok",
                    "timings": {"stt": 1.0},
                    "created_at": datetime.now(UTC),
                },
            )

    threads = [threading.Thread(target=work, args=(k,)) for k in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out = log.read_text()
    assert out.count("# Hark turn log") == 1
    entries = out.split("\n## ")[1:]
    assert len(entries) == n_threads * per_thread
    for e in entries:  # each entry is whole: header, fields and table in one block
        m = re.match(r"\S+ \S+ UTC · session `s(\d+)` · turn (\d+)", e)
        assert m, e[:80]
        assert f"t{m.group(1)}-{m.group(2)} " in e and e.rstrip().endswith("| stt | 1.0 |")


def test_format_entry_minimal() -> None:
    text = format_entry({"text": "hi"})
    assert "- **User:** hi" in text and "- **Intent:** `—`" in text


# ------------------------------------------------------------------------- hark db


def test_cli_db_upgrade_and_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from hark.cli import main

    url = f"sqlite:///{tmp_path / 'cli' / 'hark.db'}"
    assert main(["db", "info", "--json", "--url", url]) == 0
    assert json.loads(capsys.readouterr().out)["exists"] is False
    assert main(["db", "upgrade", "--json", "--url", url]) == 0
    assert json.loads(capsys.readouterr().out)["revision"] == "0003"
    with Store.open(Settings(data_dir=tmp_path), url=url) as s, s.session() as db:
        sessions.create(db)
    assert main(["db", "info", "--json", "--url", url]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["revision"] == info["head_revision"] == "0003" and info["up_to_date"]
    assert info["tables"]["sessions"] == 1 and info["tables"]["users"] == 1
    assert info["journal_mode"] == "wal"


def test_cli_db_info_hides_password() -> None:
    from hark.store.db import safe_url

    shown = safe_url("postgresql+psycopg://hark:s3cret@db.example:5432/hark")
    assert "s3cret" not in shown and "***" in shown
