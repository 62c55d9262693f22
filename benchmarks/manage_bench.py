"""Everyday English questions about, and changes to, what the user already has: alarms,
reminders, timers, lists and calendar events, said to a real Assistant (NLU, dialogue,
skill, SQLite store). Each sentence is said in a new session to a fresh store that holds
the same things (``seed``), at Monday 30 November 2026, 17:00 Europe/London.

    .venv/bin/python benchmarks/manage_bench.py [FILE.jsonl] [-v: print each miss]
        [--spoken: each sentence spoken by one of three TTS voices in turn and transcribed
         by the configured STT engine, as in everyday_bench.py, given the seeded things'
         names as a spoken turn would be (hark.store.vocabulary); --no-context: without;
         --compare-context: also without it, from the same audio, and prints both;
         the hypothesis chosen as a turn chooses it (--no-alternatives: Whisper's best
         alone; --compare-alternatives: also the best alone, from the same decode)]

The store at the start:

- alarms A1 06:30 every weekday, A2 07:15 tomorrow, A3 09:00 Saturday 5 Dec "swimming"
- reminders R1 "call the dentist" Tue 1 Dec 10:00, R2 "take the bins out" Thu 3 Dec
  19:00, R3 "buy a birthday card for Sam" Sat 5 Dec 09:30
- timers T1 "pasta" 10 min set at 16:58, T2 "laundry" 45 min set at 16:30
- lists shopping: milk, eggs, bread, bananas, washing-up liquid; to-do: renew passport,
  fix the bike light, book a haircut
- events E1 "team meeting" Tue 1 Dec 09:00–10:00, E2 "dentist appointment" Wed 2 Dec
  14:00–14:30, E3 "dinner with Anna" Fri 4 Dec 19:30–21:30

Rows: {"text", "domain", "op": "query"|"change", "expect"}. A question is right when the
answer mentions everything in ``expect["mention"]`` (times "HH:MM", time left
{"minutes": N}, a count {"count": N} in digits or words, or words), nothing in
``expect["absent"]``, and the store is unchanged.
A change is right when the store then differs from the start exactly as ``expect`` says:
``gone`` (alarm off or deleted, reminder done or deleted, timer cancelled, event
deleted), ``gone_items`` (items removed or ticked off), ``changed`` (an alarm's time, a
reminder's due, an event's start — it keeps its length —, a timer's time left or
pause). Each confirmation question is answered "yes" (two removals in one sentence ask twice);
any other question is a miss.

The files benchmarks/data/everyday_manage_D.jsonl and everyday_manage_E.jsonl were
written by two authors who never saw the code. A row with "names" (de/fr/es/it) is said
to a store whose names are in that language (``NAMES``: "Schwimmen", "Zahnarzt anrufen",
"Nudeln", "Milch" …; sets Y and Z), and each confirmation is answered in the row's
"lang" ("ja", "oui", "sí", "sì"). The several-days set in those languages
(everyday_days_languages_S) asks about the English-named store.
"""

from __future__ import annotations

import asyncio
import copy
import json
import re
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from everyday_bench import ALL_DAYS, LONDON, NOW, _local, compare_heard, say, spoken_as_asked  # noqa: E402

DOMAINS = ("alarm", "reminder", "timer", "list", "event")


def _at(day: int, hh: int, mm: int) -> datetime:
    return datetime(2026, 11 if day == 30 else 12, day, hh, mm, tzinfo=LONDON)


# The seeded things' names in each language (rows with "lang" get that language's store).
NAMES: dict[str, dict[str, Any]] = {
    "en": {"A3": "swimming", "R1": "call the dentist", "R2": "take the bins out",
           "R3": "buy a birthday card for Sam", "T1": "pasta", "T2": "laundry",
           "shopping": ["milk", "eggs", "bread", "bananas", "washing-up liquid"],
           "to-do": ["renew passport", "fix the bike light", "book a haircut"],
           "E1": "team meeting", "E2": "dentist appointment", "E3": "dinner with Anna"},
    "de": {"A3": "Schwimmen", "R1": "Zahnarzt anrufen", "R2": "Müll rausbringen",
           "R3": "Geburtstagskarte für Sam kaufen", "T1": "Nudeln", "T2": "Wäsche",
           "shopping": ["Milch", "Eier", "Brot", "Bananen", "Spülmittel"],
           "to-do": ["Reisepass verlängern", "Fahrradlicht reparieren",
                     "Friseurtermin machen"],
           "E1": "Teambesprechung", "E2": "Zahnarzttermin", "E3": "Abendessen mit Anna"},
    "fr": {"A3": "natation", "R1": "appeler le dentiste", "R2": "sortir les poubelles",
           "R3": "acheter une carte d'anniversaire pour Sam", "T1": "pâtes", "T2": "lessive",
           "shopping": ["lait", "œufs", "pain", "bananes", "liquide vaisselle"],
           "to-do": ["renouveler le passeport", "réparer la lumière du vélo",
                     "prendre rendez-vous chez le coiffeur"],
           "E1": "réunion d'équipe", "E2": "rendez-vous chez le dentiste",
           "E3": "dîner avec Anna"},
    "es": {"A3": "natación", "R1": "llamar al dentista", "R2": "sacar la basura",
           "R3": "comprar una tarjeta de cumpleaños para Sam", "T1": "pasta", "T2": "colada",
           "shopping": ["leche", "huevos", "pan", "plátanos", "lavavajillas"],
           "to-do": ["renovar el pasaporte", "arreglar la luz de la bici",
                     "pedir cita en la peluquería"],
           "E1": "reunión de equipo", "E2": "cita con el dentista", "E3": "cena con Anna"},
    "it": {"A3": "nuoto", "R1": "chiamare il dentista", "R2": "portare fuori la spazzatura",
           "R3": "comprare un biglietto d'auguri per Sam", "T1": "pasta", "T2": "bucato",
           "shopping": ["latte", "uova", "pane", "banane", "detersivo per i piatti"],
           "to-do": ["rinnovare il passaporto", "aggiustare la luce della bici",
                     "prenotare il parrucchiere"],
           "E1": "riunione di squadra", "E2": "appuntamento dal dentista",
           "E3": "cena con Anna"},
}
YES = {"en": "yes", "de": "ja", "fr": "oui", "es": "sí", "it": "sì"}


def seed(db: Any, lang: str = "en") -> dict[str, dict[int, str]]:
    """Fill a fresh store with the starting state, its names in ``lang``;
    {table: {row id: key}}."""
    from hark.store import alarms, calendar, lists, reminders, timers

    name = NAMES[lang]
    keys: dict[str, dict[int, str]] = {d: {} for d in DOMAINS}
    weekdays = {"freq": "weekly", "byday": ["MO", "TU", "WE", "TH", "FR"]}
    for key, hhmm, rule, label in (("A1", "06:30", weekdays, ""), ("A2", "07:15", None, ""),
                                   ("A3", "09:00", None, name["A3"])):
        a = alarms.create(db, time_of_day=hhmm, recurrence_rule=rule, label=label, now=NOW,
                          tz="Europe/London")
        if key == "A3":  # a one-off alarm on another day, as the alarm skill sets one
            a.next_fire = _at(5, 9, 0).astimezone(UTC)
        keys["alarm"][a.id] = key
    for key, due in (("R1", _at(1, 10, 0)), ("R2", _at(3, 19, 0)), ("R3", _at(5, 9, 30))):
        keys["reminder"][reminders.create(db, text=name[key], due=due, now=NOW,
                                          tz="Europe/London").id] = key
    for key, minutes, started in (("T1", 10, NOW - timedelta(minutes=2)),
                                  ("T2", 45, NOW - timedelta(minutes=30))):
        keys["timer"][timers.create(db, duration_s=minutes * 60, name=name[key],
                                    now=started).id] = key
    for list_name in ("shopping", "to-do"):
        for item in name[list_name]:
            lists.add_item(db, list_name, item, now=NOW)
    for key, start, minutes in (("E1", _at(1, 9, 0), 60), ("E2", _at(2, 14, 0), 30),
                                ("E3", _at(4, 19, 30), 120)):
        keys["event"][calendar.create(db, title=name[key], start=start,
                                      end=start + timedelta(minutes=minutes),
                                      now=NOW).id] = key
    return keys


def _days(rule: dict[str, Any] | None) -> list[str] | None:
    """A stored recurrence as the weekday codes it fires on (None: once)."""
    if not rule:
        return None
    return ALL_DAYS if rule.get("freq") == "daily" else sorted(rule.get("byday") or [],
                                                                 key=ALL_DAYS.index)


def snapshot(db: Any, keys: dict[str, dict[int, str]]) -> dict[str, dict[str, Any]]:
    """What the store holds that still counts, by the seed's keys (new rows: "new<id>")."""
    from hark.store import alarms, calendar, lists, reminders, timers

    def key(domain: str, row_id: int) -> str:
        return keys[domain].get(row_id, f"new{row_id}")

    out: dict[str, dict[str, Any]] = {d: {} for d in DOMAINS}
    for a in alarms.list_for(db, enabled_only=True):
        out["alarm"][key("alarm", a.id)] = {"time": a.time_of_day.strftime("%H:%M"),
                                            "date": _local(a.next_fire)[:10],
                                            "repeat": _days(a.recurrence)}
    for r in reminders.list_for(db):
        out["reminder"][key("reminder", r.id)] = {"due": _local(r.due), "text": r.text,
                                                  "repeat": _days(r.recurrence)}
    for t in timers.active(db):
        out["timer"][key("timer", t.id)] = {
            "remaining_s": round(timers.remaining_s(t, now=NOW)),
            "paused": t.state == "paused", "name": t.name}
    for s in lists.all_lists(db):
        out["list"][s.name] = sorted(i.text for i in lists.items(db, s.name,
                                                                    include_done=False))
    for e in calendar.all_events(db):
        out["event"][key("event", e.id)] = {"start": _local(e.start), "end": _local(e.end),
                                            "title": e.title}
    return out


def expected(start: dict[str, dict[str, Any]], expect: dict[str, Any]
             ) -> dict[str, dict[str, Any]]:
    """The starting snapshot changed as ``expect`` says."""
    want = copy.deepcopy(start)
    domain_of = {"A": "alarm", "R": "reminder", "T": "timer", "E": "event"}
    for k in expect.get("gone", []):
        del want[domain_of[k[0]]][k]
    for name, items in expect.get("gone_items", {}).items():
        for item in items:
            want["list"][name].remove(item)
    for k, change in expect.get("changed", {}).items():
        row = want[domain_of[k[0]]][k]
        if "start" in change:  # an event keeps its length
            length = (datetime.fromisoformat(row["end"])
                      - datetime.fromisoformat(row["start"]))
            row["end"] = (datetime.fromisoformat(change["start"]) + length
                          ).strftime("%Y-%m-%dT%H:%M")
        row.update(change)
        if k[0] == "A" and row.get("repeat") and "date" not in change:
            row["date"] = _next_firing(row["time"], row["repeat"])  # (its next day follows
            # from its days: "only Monday, Wednesday and Friday" next rings on Wednesday)
    return want


def _next_firing(hhmm: str, days: list[str]) -> str:
    """The date a repeating alarm at ``hhmm`` on ``days`` next rings after NOW."""
    at = datetime.strptime(hhmm, "%H:%M").time()
    for ahead in range(8):
        day = (NOW + timedelta(days=ahead)).date()
        if ALL_DAYS[day.weekday()] in days and datetime.combine(day, at, tzinfo=LONDON) > NOW:
            return day.isoformat()
    return ""


def _time_said(hhmm: str, said: str) -> bool:
    """Whether ``said`` names the time of day ``hhmm`` in any usual way."""
    h, m = int(hhmm[:2]), int(hhmm[3:])
    h12 = h % 12 or 12
    pm = r"p\.?m\.?" if h >= 12 else r"a\.?m\.?"
    forms = [rf"\b{h:02d}:{m:02d}\b", rf"(?<![\d:]){h}:{m:02d}\b", rf"(?<![\d:]){h12}:{m:02d}\b"]
    forms.append(rf"(?<![\d:]){h}\s?h\s?{m:02d}\b")  # French: "6 h 30", "9 h 00"
    if m == 0:
        forms += [rf"(?<![\d:]){h12}\s*(?:{pm}|o'clock)", rf"(?<![\d:]){h12}(?::00)?\s*{pm}"]
    names = {15: "quarter past", 30: "half past", 45: "quarter to"}
    if m in names:
        hour = h12 if m < 45 else (h12 % 12) + 1
        forms.append(rf"{names[m]} {hour}\b")
    if hhmm == "12:00":
        forms.append(r"\b(?:noon|midday)\b")
    if hhmm == "00:00":
        forms.append(r"\bmidnight\b")
    return any(re.search(f, said, re.I) for f in forms)


def _minutes_said(minutes: int, said: str) -> bool:
    words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
             8: "eight", 9: "nine", 10: "ten", 12: "twelve", 13: "thirteen", 15: "fifteen",
             20: "twenty"}
    n = rf"(?:{minutes}|{words.get(minutes, minutes)})"
    less = rf"(?:{minutes - 1}|{words.get(minutes - 1, minutes - 1)})"
    return bool(re.search(rf"\b{n} min", said, re.I)
                or re.search(rf"\b{less} min\w* (?:and )?5\d sec", said, re.I))


# a count said as a word, 2 to 12, in each of the five languages
_COUNT_WORDS = {
    2: "two|zwei|deux|dos|due", 3: "three|drei|trois|tres|tre",
    4: "four|vier|quatre|cuatro|quattro", 5: "five|fünf|cinq|cinco|cinque",
    6: "six|sechs|seis|sei", 7: "seven|sieben|sept|siete|sette",
    8: "eight|acht|huit|ocho|otto", 9: "nine|neun|neuf|nueve|nove",
    10: "ten|zehn|dix|diez|dieci", 11: "eleven|elf|onze|once|undici",
    12: "twelve|zwölf|douze|doce|dodici"}


def _count_said(n: int, said: str) -> bool:
    return bool(re.search(rf"(?<![\d:])(?:{n}|{_COUNT_WORDS.get(n, n)})\b(?![:.]\d)(?!\s*(?:[ap]\.?m\b|o'clock|uhr|h\b))",
                          said, re.I))


def mentions(thing: Any, said: str) -> bool:
    if isinstance(thing, dict):
        if "count" in thing:
            return _count_said(int(thing["count"]), said)
        return _minutes_said(int(thing["minutes"]), said)
    if re.fullmatch(r"\d\d:\d\d", thing):
        return _time_said(thing, said)
    return bool(re.search(rf"\b{re.escape(thing.casefold())}", said.casefold()))


def says(expect: dict[str, Any], said: str) -> bool:
    """Whether an answer names everything in ``expect["mention"]`` and nothing in
    ``expect["absent"]``."""
    return all(mentions(m, said) for m in expect.get("mention", [])) \
        and not any(mentions(m, said) for m in expect.get("absent", []))


def seeded_context() -> str:
    """The speech context a user with the seeded things has (hark.store.vocabulary)."""
    from hark.config import Settings
    from hark.store import Store
    from hark.store.vocabulary import speech_context

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Settings(data_dir=Path(folder)))
        try:
            with store.session() as db:
                seed(db)
            with store.session() as db:
                return speech_context(db, now=NOW)
        finally:
            store.close()


async def judge(row: dict[str, Any], heard: str | None = None) -> tuple[bool, str, Any]:
    """Say the row's text to a fresh Assistant over the seeded store: (right, what was
    answered, how the store differs from what was expected)."""
    from hark.assistant import Assistant
    from hark.config import Settings
    from hark.store import Store

    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(data_dir=Path(folder), timezone="Europe/London",
                            home_location="")
        store = Store.open(settings)
        try:
            with store.session() as db:
                keys = seed(db, row.get("names", "en"))
            with store.session() as db:
                start = snapshot(db, keys)
            said = await say(Assistant(settings, store=store),
                             heard if heard is not None else row["text"],
                             yes=YES[row.get("lang", "en")])
            with store.session() as db:
                after = snapshot(db, keys)
        finally:
            store.close()
    expect = row["expect"]
    if row["op"] == "query":
        want = start
        ok = says(expect, said)
    else:
        want, ok = expected(start, expect), True
    diff = {d: {k: (want[d].get(k), after[d].get(k)) for k in {*want[d], *after[d]}
                if want[d].get(k) != after[d].get(k)} for d in DOMAINS}
    diff = {d: v for d, v in diff.items() if v}
    return ok and not diff, said, diff


async def main() -> int:
    files = [a for a in sys.argv[1:] if not a.startswith("-")]
    path = Path(files[0]) if files else ROOT / "benchmarks/data/everyday_manage_D.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    groups = [(d, op) for d in DOMAINS for op in ("query", "change")]
    right = dict.fromkeys(groups, 0)
    seen = dict.fromkeys(groups, 0)
    heard, plain = spoken_as_asked(rows, seeded_context)
    oks: list[bool] = []
    for row, words in zip(rows, heard, strict=True):
        if words is not None and not words.strip():
            ok, said, diff = False, "(nothing heard)", {}
        else:
            ok, said, diff = await judge(row, words)
        oks.append(ok)
        seen[row["domain"], row["op"]] += 1
        right[row["domain"], row["op"]] += ok
        if not ok and "-v" in sys.argv:
            print(f"MISS {row['text']!r} ({row['op']})" + (f" (heard {words!r})" if words else "")
                  + f"\n  want {row['expect']}\n"
                  f"  said {said!r}\n  diff (wanted, got) {diff}", file=sys.stderr)
    print(f"{'domain':<9} {'questions':>10} {'changes':>10} {'all':>8}")
    for d in DOMAINS:
        cells = []
        for op in ("query", "change"):
            n = seen[d, op]
            cells.append(f"{100 * right[d, op] / n:>9.1f}%" if n else f"{'-':>10}")
        n = seen[d, "query"] + seen[d, "change"]
        if n:
            total = 100 * (right[d, "query"] + right[d, "change"]) / n
            print(f"{d:<9} {cells[0]:>10} {cells[1]:>10} {total:>7.1f}%")
    n = sum(seen.values())
    q = sum(seen[d, "query"] for d in DOMAINS)
    rq = sum(right[d, "query"] for d in DOMAINS)
    print(f"{'all':<9} {100 * rq / max(q, 1):>9.1f}% {100 * (sum(right.values()) - rq) / max(n - q, 1):>9.1f}% "
          f"{100 * sum(right.values()) / max(n, 1):>7.1f}%  ({n} sentences)")
    if "--spoken" in sys.argv:
        from hark.text.wer import corpus_wer

        pairs = [(r["text"], h or "") for r, h in zip(rows, heard, strict=True)]
        print(f"spoken by 3 TTS voices; word error rate {100 * corpus_wer(pairs):.1f}%")
    if plain:
        await compare_heard(rows, plain, oks, judge)
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
