"""The names of a user's own things, as a hint for the speech recogniser.

Whisper decodes better when told beforehand which words it may hear: its "previous
text" prompt. Hark gives it the names the user has given their things — running
timers, alarm labels, pending reminders, the coming fortnight's events, what is on
their lists, their contacts — so "Take milk off the shopping list" is not heard as
"Take Milt off the shocking list" and "Delete the bins reminder" not as "Delete the
Vince reminder" (measured in the README: spoken questions and changes, three sets).

:func:`speech_context` is one short text, most specific things first, cut to
``max_chars`` so the prompt stays small (a longer one costs decoding time and Whisper
reads at most 223 prompt tokens). English headings ("Timers: pasta, laundry.") name
each group; ``labels=False`` leaves them out for a recogniser that may hear another
language, so the hint never pushes it towards English.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from hark.store import alarms, calendar, contacts, lists, reminders, timers
from hark.store.users import DEFAULT_USER

MAX_CHARS = 600
_PER_GROUP = 12  # names kept of each kind (the soonest / the first on a list)
_EVENT_DAYS = 14
_NAME_CHARS = 60


def speech_context(db: Session, *, user: str = DEFAULT_USER, now: datetime,
                   labels: bool = True, max_chars: int = MAX_CHARS) -> str:
    """'Timers: pasta, laundry. Reminders: call the dentist. Shopping list: milk, eggs.'
    ('' when the user has nothing named)."""
    groups = [
        ("Timers", [t.name for t in timers.active(db, user=user)]),
        ("Alarms", [a.label for a in alarms.list_for(db, user=user, enabled_only=True)]),
        ("Reminders", [r.text for r in reminders.list_for(db, user=user)]),
        ("Calendar", [e.title for e in calendar.between(
            db, now - timedelta(days=1), now + timedelta(days=_EVENT_DAYS), user=user)]),
    ]
    for shopping_list in lists.all_lists(db, user=user):
        groups.append((f"{shopping_list.name.capitalize()} list", [
            i.text for i in lists.items(db, shopping_list.name, user=user, include_done=False)]))
    groups.append(("Contacts", [c.name for c in contacts.all_contacts(db, user=user)]))
    return _joined(groups, labels, max_chars)


def _joined(groups: list[tuple[str, list[str]]], labels: bool, max_chars: int) -> str:
    """Each group one sentence; names that would not fit are left out one by one."""
    out: list[str] = []
    used = 0
    for heading, names in groups:
        kept: list[str] = []
        for name in _distinct(names)[:_PER_GROUP]:
            sentence = _sentence(heading, [*kept, name], labels)
            if used + len(sentence) + 1 <= max_chars:
                kept.append(name)
        if kept:
            sentence = _sentence(heading, kept, labels)
            out.append(sentence)
            used += len(sentence) + 1
        if used >= max_chars:
            break
    return " ".join(out)


def _sentence(heading: str, names: list[str], labels: bool) -> str:
    body = ", ".join(names)
    return f"{heading}: {body}." if labels else f"{body}."


def _distinct(names: list[str]) -> list[str]:
    """Names once each, in order, blanks and stray spaces gone, each cut to its first
    ``_NAME_CHARS`` characters at a word's end (a long reminder's first words name it)."""
    seen: set[str] = set()
    out = []
    for raw in names:
        name = " ".join((raw or "").split())
        if len(name) > _NAME_CHARS:
            name = name[:_NAME_CHARS + 1].rsplit(" ", 1)[0][:_NAME_CHARS]
        name = name.strip(" .,;:")
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out
