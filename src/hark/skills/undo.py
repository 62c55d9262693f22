"""Undo: take back what the session's last change did — a cancelled timer runs on, a
deleted alarm or reminder is back, a moved event is where it was, ticked-off or cleared
list items are on the list again, a thing just made is gone again (five languages).

The request is recognised by :mod:`hark.dialogue.undoing`, which hands this skill the
rows the last change committed (``ctx.services["last_change"]``, kept in the dialogue
session); :func:`hark.store.journal.undo` puts them back in one transaction. Undoing is
itself a change, so "undo" said again does it once more. A message already sent, or a
light, song or taxi (outside Hark's store), cannot be taken back, and the answer says so.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from hark.dialogue import undoing
from hark.dialogue.undoing import UNDO_INTENT
from hark.skills.base import IntentSpec, SkillContext
from hark.skills.providers import lang
from hark.skills.timers import write_db
from hark.store import journal
from hark.store.models import ShoppingList
from hark.types import Outcome, Understanding

_NOUN = {
    "alarms": {"en": "alarm", "de": "Wecker", "fr": "alarme", "es": "alarma", "it": "sveglia"},
    "timers": {"en": "timer", "de": "Timer", "fr": "minuteur", "es": "temporizador",
               "it": "timer"},
    "reminders": {"en": "reminder", "de": "Erinnerung", "fr": "rappel",
                  "es": "recordatorio", "it": "promemoria"},
    "calendar_events": {"en": "event", "de": "Termin", "fr": "événement", "es": "evento",
                        "it": "evento"},
    "lists": {"en": "list", "de": "Liste", "fr": "liste", "es": "lista", "it": "lista"},
}
_QUOTES = {"fr": ("« ", " »"), "de": ("„", "“")}
# a timer put back says how it is now: running again after a cancel was undone, cancelled
# again after that undo was undone
_TIMER_NOW = {
    "running": {"en": "{thing} is running again", "de": "{thing} läuft wieder",
                "fr": "{thing} : de nouveau en marche", "es": "{thing}: otra vez en marcha",
                "it": "{thing}: di nuovo attivo"},
    "paused": {"en": "{thing} is paused again", "de": "{thing} ist wieder pausiert",
               "fr": "{thing} : de nouveau en pause", "es": "{thing}: otra vez en pausa",
               "it": "{thing}: di nuovo in pausa"},
    "cancelled": {"en": "{thing} is cancelled again", "de": "{thing} ist wieder gestoppt",
                  "fr": "{thing} : de nouveau annulé", "es": "{thing}: otra vez cancelado",
                  "it": "{thing}: di nuovo annullato"},
}
_OP_KEY = {"deleted": "undo_back", "added": "undo_gone", "changed": "undo_reverted"}


def _quoted(text: str, language: str) -> str:
    left, right = _QUOTES.get(language, ("“", "”"))
    return f"{left}{text}{right}"


def _values(entry: dict[str, Any]) -> dict[str, Any]:
    """The thing's column values: as it was, or as it was made."""
    return journal.decoded(entry.get("before") or entry.get("after"))


def thing(entry: dict[str, Any], language: str) -> str:
    """How the answer names the thing of one journal entry (a list item: its text)."""
    row = _values(entry)
    table = str(entry.get("table"))
    noun = _NOUN.get(table, {}).get(language, "")
    english = language == "en"
    if table == "alarms" and row.get("time_of_day") is not None:
        at = datetime.combine(datetime(2000, 1, 1), row["time_of_day"])
        label = str(row.get("label") or "")
        if english:
            return f"the {label} alarm {lang.say_at(at)}" if label else \
                f"the {lang.say_time(at)} alarm"
        return f"{noun} {lang.say_at(at, language)}" + (f" ({label})" if label else "")
    if table == "timers":
        name = str(row.get("name") or "")
        if not name:
            length = lang.say_duration(float(row.get("duration_s") or 0), language)
            return f"the {length} timer" if english else f"{noun} {length}"
        return f"the {name} timer" if english else f"{noun} {_quoted(name, language)}"
    if table in ("reminders", "calendar_events", "lists"):
        name = str(row.get({"reminders": "text", "calendar_events": "title"}.get(table, "name"))
                   or "")
        if english and table == "lists":
            return f"the {name} list"
        return f"{'the ' if english else ''}{noun} {_quoted(name, language)}"
    return str(row.get("text") or "")


def _put_back(db: Session, rows: list[dict[str, Any]]
              ) -> tuple[journal.Undone, dict[int, str]]:
    undone = journal.undo(db, rows)
    names = {lst.id: lst.name for lst in db.query(ShoppingList).all()}
    for entry in rows:  # a list taken back with its items keeps its name for them
        if entry.get("table") == "lists":
            values = _values(entry)
            names.setdefault(int(values.get("id") or 0), str(values.get("name") or ""))
    return undone, names


def answer(undone: journal.Undone, language: str, list_names: dict[int, str]) -> str:
    """What was put back, what was taken away again, what could not be."""
    said = [lang.t(language, "undo_done")]
    lists_done = {e.get("id") for e in undone.done if e.get("table") == "lists"}
    done = list(reversed(undone.done))  # in the order the request made its changes
    for op, key in _OP_KEY.items():
        entries = [e for e in done if e.get("op") == op and not _inside(e, lists_done)]
        if op == "changed":  # a timer's run state said as it is now
            now = [(e, _timer_now(e, language)) for e in entries]
            said += [told for _, told in now if told]
            entries = [e for e, told in now if not told]
        things = _named(entries, language, list_names)
        if things:
            said.append(_told(language, key, things))
    if undone.left:
        said.append(_told(language, "undo_left", _named(undone.left, language, list_names)))
    return " ".join(said)


def _timer_now(entry: dict[str, Any], language: str) -> str:
    """"The pasta timer is running again." for a timer whose run state was put back."""
    if entry.get("table") != "timers":
        return ""
    before, after = _values(entry), journal.decoded(entry.get("after"))
    state = before.get("state")
    if state == after.get("state") or state not in _TIMER_NOW:
        return ""
    return lang.capital(_TIMER_NOW[str(state)][language].format(thing=thing(entry, language))) + "."


def _named(entries: list[dict[str, Any]], language: str, list_names: dict[int, str]
           ) -> list[str]:
    """Each thing named once; a list's items together ("milk and eggs on the shopping
    list")."""
    things: list[str] = []
    items: dict[int, list[str]] = {}
    for e in entries:
        if e.get("table") != "list_items":
            things.append(thing(e, language))
            continue
        row = _values(e)
        list_id = int(row.get("list_id") or 0)
        if list_id not in items:
            items[list_id] = []
            things.append(f"\0{list_id}")  # where the list's items are named
        items[list_id].append(str(row.get("text") or ""))
    for list_id, texts in items.items():
        joined = lang.join(list(dict.fromkeys(texts)), language)
        name = list_names.get(list_id)
        told = (f"{joined} on the {name} list" if language == "en" else f"{joined} ({name})"
                ) if name else joined
        things[things.index(f"\0{list_id}")] = told
    return list(dict.fromkeys(things))


def _told(language: str, key: str, things: list[str]) -> str:
    one = len(things) == 1 and " and " not in things[0]
    return lang.capital(lang.t(language, key, things=lang.join(things, language),
                               be="is" if one else "are", it="it has" if one else "they have"))


def _inside(entry: dict[str, Any], lists: set[Any]) -> bool:
    """An item of a list that is itself named (a deleted list and its items)."""
    if entry.get("table") != "list_items" or not lists:
        return False
    return _values(entry).get("list_id") in lists


def _named_rows(rows: list[dict[str, Any]], said: str) -> list[dict[str, Any]]:
    """Of several rows, those whose thing is named in ``said`` ("wait actually keep the
    pasta one" after both timers were cancelled); [] when none or all are."""
    if len(rows) < 2:
        return []
    # the sentence that takes back: "la del dentista déjela como estaba. Lo de Anna sí."
    asked = [x for x in re.split(r"(?<=[.!?])\s+", said) if undoing.said(x) is not None]
    low = (asked[0] if asked else said).casefold()

    def names(row: dict[str, Any]) -> list[str]:
        values = row.get("before") or row.get("after") or {}
        return [values[k].strip().casefold() for k in ("name", "label", "text", "title")
                if isinstance(values.get(k), str) and values[k].strip()]

    def named(row: dict[str, Any], whole: bool) -> bool:
        if whole:
            return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", low) for n in names(row))
        return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low)  # a word of it:
                   for n in names(row) for w in n.split() if len(w) >= 5)  # "la del dentista"

    for whole in (True, False):
        hits = [r for r in rows if named(r, whole)]
        if hits:
            return hits if len(hits) < len(rows) else []
    return []


class UndoSkill:
    name = "undo"
    intents = [IntentSpec(
        UNDO_INTENT, "Take back what the last change in this conversation did (a cancelled "
        "timer, a deleted alarm, a moved event, ticked-off list items, a thing just made).")]

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        language = lang.pick(u.language or ctx.language)
        last = ctx.services.get("last_change") or {}
        rows = [e for e in last.get("rows") or [] if isinstance(e, dict)]
        if last.get("outside"):
            return Outcome(lang.t(language, "undo_outside"), action="undo.cannot")
        if not rows:
            return Outcome(lang.t(language, "undo_nothing"), action="undo.nothing")
        if last.get("sent"):
            return Outcome(lang.t(language, "undo_sent"), action="undo.cannot")
        rows = _named_rows(rows, u.text) or rows  # "keep the pasta one": that one only
        undone, names = await write_db(ctx, _put_back, rows)
        action = "undo.done" if undone.done else "undo.left"
        data: dict[str, Any] = {"undone": len(undone.done), "left": len(undone.left)}
        lists = {int(_values(e).get("list_id") or 0) for e in undone.done}
        if undone.done and len(lists) == 1 and all(e.get("table") == "list_items"
                                                   for e in undone.done):
            # one list's items taken back: that list is still talked about ("… stick a
            # brush on instead")
            data["list"] = names.get(lists.pop(), "")
        return Outcome(answer(undone, language, names), action=action, data=data)
