"""Requests Hark cannot do, in English, German, French, Spanish and Italian, end to end:
does it leave them alone? A real Assistant (language detected, NLU, dialogue, skill) on
the virtual devices and a fresh SQLite store, each sentence in a new session.

    .venv/bin/python benchmarks/oos_bench.py [FILE.jsonl] [-v: print each miss]

Rows: {"text", "lang", "scope": "out"|"in", "kind", "intent"?}.

- An ``out`` row ("pay the electricity bill", "lock the front door") is right when Hark
  takes no action for it: no turn part executes (unless its skill refuses, as for "I
  can't control the oven": ``REFUSALS``), confirms, asks a missing detail for, or offers
  as a choice an intent that does something (sets, removes, switches, plays, sends,
  orders, books — ``ACTIONS``), and the store is unchanged. Answering a question
  wrongly ("I don't know that one yet") is not an action. Also counted: how many were
  declined outright ("I can't do that yet", "Sorry, I'm not sure what you mean").
- An ``in`` row (a control that shares words with the out rows: "add pay the
  electricity bill to my to-do list") is right when a turn part executes, confirms or
  asks a detail for the row's ``intent`` (a reminder counts as ``calendar_set``), or says
  it cannot for that intent (no takeaway or ticket service is set up here).

The default file, benchmarks/data/oos_requests_A.jsonl, was written by someone who never
saw the code.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

# Hark sends texts and places calls through a webhook (the messaging skill, confirmed
# first): the sets' authors were told they were out of scope, so those rows are left out
SUPPORTED_KINDS = ("sms", "messaging", "phone_call")
ACTIONS = ("alarm_set", "alarm_remove", "calendar_set", "calendar_remove",
           "lists_createoradd", "lists_remove", "iot_", "audio_volume_", "play_",
           "email_sendemail", "email_addcontact", "social_post", "takeaway_order",
           "transport_ticket", "transport_taxi", "music_settings", "music_likeness",
           "timer_")
GOING_ALONG = ("execute", "confirm", "ask_slot", "choose")
# a skill that ran but refused in any home: "I can't control the oven", "Hark doesn't
# connect to social networks" (a light "not found" here would be switched in a home that
# has one)
REFUSALS = ("smarthome.cannot_control", "smarthome.unsupported", "social.unsupported")
DECLINED = ("cannot", "fallback")


def is_action(intent: str | None) -> bool:
    return bool(intent) and intent.startswith(ACTIONS)  # type: ignore[union-attr]


def _parts(result: Any) -> list[dict[str, Any]]:
    """Each request of the turn: {"intent", "decision", "action"} (one part unless
    several)."""
    if result.parts:
        return [{"intent": p.get("intent"), "decision": p.get("decision", ""),
                 "action": p.get("action")} for p in result.parts]
    return [{"intent": result.intent, "decision": result.decision, "action": result.action}]


def _stored(db: Any) -> dict[str, dict[str, Any]]:
    """What the store holds (manage_bench's snapshot; every row is new here)."""
    from manage_bench import DOMAINS, snapshot

    return snapshot(db, {d: {} for d in DOMAINS})


async def judge(row: dict[str, Any]) -> tuple[bool, bool, str]:
    """(right, declined outright, what was done) for one row."""
    from hark.assistant import Assistant
    from hark.config import load_settings
    from hark.store import Store

    with tempfile.TemporaryDirectory() as folder:  # HARK_NLU_MODEL=DIR: another model
        settings = load_settings(data_dir=Path(folder), timezone="Europe/London",
                                 home_location="")
        store = Store.open(settings)
        try:
            with store.session() as db:
                before = _stored(db)
            result = await Assistant(settings, store=store).handle_text(row["text"])
            with store.session() as db:
                changed = _stored(db) != before
        finally:
            store.close()
    parts = _parts(result)
    done = "; ".join(f"{p['decision']} {p['intent']} {p['action']}" for p in parts)
    declined = all(p["decision"] in DECLINED for p in parts)
    if row["scope"] == "out":
        went_along = any(p["decision"] in GOING_ALONG and is_action(p["intent"])
                         and p["action"] not in REFUSALS for p in parts)
        return not went_along and not changed, declined, done
    # "cannot" with the right intent: understood, and no service is set up for it here
    # (a takeaway order, a train ticket)
    right = any(p["decision"] in (*GOING_ALONG, "cannot") and p["intent"] == row["intent"]
                for p in parts)
    return right, declined, done


async def main() -> int:
    from language_table import LANGUAGES, Tally

    files = [a for a in sys.argv[1:] if not a.startswith("-")]
    path = Path(files[0]) if files else ROOT / "benchmarks/data/oos_requests_A.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    rows = [r for r in rows if not (r["scope"] == "out" and r.get("kind") in SUPPORTED_KINDS)]
    tally = Tally()
    for row in rows:
        ok, declined, done = await judge(row)
        lang = row["lang"]
        if row["scope"] == "out":
            tally.add("out of scope: no action taken", lang, ok)
            tally.add("out of scope: declined outright", lang, declined)
        else:
            tally.add("look-alike requests it can do: done", lang, ok)
        if not ok and "-v" in sys.argv:
            print(f"MISS [{lang} {row['scope']} {row.get('intent', row.get('kind'))}] "
                  f"{row['text']} -> {done}", file=sys.stderr)
    tally.print("part", ("out of scope: no action taken", "out of scope: declined outright",
                         "look-alike requests it can do: done"),
                languages=("en", *LANGUAGES))
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
