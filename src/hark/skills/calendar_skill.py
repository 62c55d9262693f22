"""Calendar: add events ("add lunch with John next Tuesday at noon"), ask what is on,
move ("move my dentist appointment to Friday") and remove them; reminders phrased under
the same HWU64 intents go to :mod:`hark.skills.reminders`. :func:`export_ics` writes a
user's events and reminders as iCalendar."""

from __future__ import annotations

import asyncio
import re
from datetime import date, datetime, time, timedelta
from typing import Any

from hark.errors import HarkError
from hark.skills.base import IntentSpec, SkillContext
from hark.skills.providers.dates import say_date
from hark.skills.providers.lang import say_time
from hark.skills.providers.slots import clean
from hark.skills.reminders import (
    Reminders,
    due_from,
    find_when,
    is_reminder,
    moved,
    second_person,
)
from hark.skills.timers import (
    all_of,
    join_and,
    join_or,
    read_db,
    slot_text,
    wants_all,
    write_db,
)
from hark.store import Store, ics
from hark.store import calendar as repo
from hark.store import reminders as reminder_repo
from hark.store.models import CalendarEvent
from hark.store.users import DEFAULT_USER
from hark.types import Outcome, Understanding

_MOVE = re.compile(r"\b(move|reschedule|push|postpone|shift|bring forward|change)\b.*\bto\b")
_GENERIC = {"event", "events", "appointment", "appointments", "meeting", "meetings",
            "calendar", "plans", "plan", "schedule", "all", "all meetings", "all events",
            "generic calendar event", "future event", "next event"}
_STOP = {"the", "my", "a", "an", "on", "at", "in", "to", "for", "with", "and", "of", "i",
         "have", "had", "please", "delete", "remove", "cancel", "clear", "move", "reschedule",
         "calendar", "from", "event", "is", "when", "what", "whats", "what's", "do", "next",
         "all", "out", "completely", "can", "you", "change", "push", "postpone", "shift"}
_WHAT = {"type": "string", "description": "What, e.g. 'dentist appointment'"}
_DATE = {"type": "string", "description": "Day, e.g. 'Friday', 'next week'"}
_TIME = {"type": "string", "description": "Time, e.g. '3 pm'"}


def export_ics(store: Store, user: str = DEFAULT_USER, *, name: str = "Hark") -> str:
    """All of ``user``'s calendar events (VEVENT) and reminders (VTODO) as iCalendar."""
    with store.session(readonly=True) as db:
        items: list[Any] = list(repo.all_events(db, user=user))
        items += reminder_repo.list_for(db, user=user, include_done=True)
    return ics.to_ics(items, name=name)


def _title(u: Understanding, span: str) -> str:
    """The event's title: the event_name slot (with "John's" before "birthday"), else the
    words after "add/schedule/put", without the time words and "to my calendar"."""
    event = clean(slot_text(u, "event_name"))
    person = clean(slot_text(u, "person"))
    if event and event not in _GENERIC:
        if person and person not in event:
            return f"{person} {event}" if person.endswith("'s") else f"{event} with {person}"
        return event
    text = clean(u.text)
    if span:
        text = " ".join(re.sub(rf"(^|\s){re.escape(span)}(\s|$)", " ", text).split())
    text = re.sub(r"\b(?:to|in|on|into)\s+(?:my|the)\s+calendar\b.*$", "", text)
    m = re.search(r"\b(?:add|schedule|book|put|create|set up|set|make|plan|note)\s+"
                  r"(?:(?:an?|the|my|new)\s+)*(?:(?:calendar\s+)?(?:event|entry)\s+)?"
                  r"(?:for\s+|called\s+)?(.+)$", text)
    title = (m.group(1) if m else text).strip()
    title = re.sub(r"\s+(?:on|at|for|in|this|next|from|please)$", "", title)
    return title if title not in _GENERIC else (event or "")


def say_event(ev: CalendarEvent, ctx: SkillContext, *, day: bool = True) -> str:
    local = ev.start.astimezone(ctx.tz)
    all_day = local.time() == time(0) and ev.end is not None and \
        ev.end - ev.start >= timedelta(hours=23)
    when = "" if all_day else f" at {say_time(local)}"
    if day:
        when += f" {say_date(local.date(), ctx.clock().date())}"
    return f"{second_person(ev.title)}{when}"


def _words(text: str) -> set[str]:
    return {w.removesuffix("'s").rstrip("s") for w in clean(text).split()
            if w not in _STOP and len(w) > 1}


def match_events(events: list[CalendarEvent], words: str) -> list[CalendarEvent]:
    """Events whose title shares the most words with ``words`` (all if none given)."""
    keys = _words(words) - {w.rstrip("s") for w in _GENERIC}
    if not keys:
        return events
    scored = [(len(keys & _words(e.title)), e) for e in events]
    best = max((s for s, _ in scored), default=0)
    return [e for s, e in scored if s and s == best]


def _day_range(v: dict[str, Any] | None) -> tuple[date, date] | None:
    if v is None:
        return None
    if v.get("kind") == "date":
        d = date.fromisoformat(v["date"][:10])
        return d, d
    if v.get("kind") == "date_range":
        return date.fromisoformat(v["start"][:10]), date.fromisoformat(v["end"][:10])
    if v.get("kind") == "datetime" and v.get("part_of_day"):
        d = datetime.fromisoformat(v["datetime"]).date()
        return d, d
    return None


class CalendarSkill:
    name = "calendar"
    intents = [
        IntentSpec("calendar_set", "Add a calendar event or a reminder, or move one "
                   "('move my dentist appointment to Friday').",
                   {"event_name": _WHAT, "date": _DATE, "time": _TIME,
                    "person": {"type": "string", "description": "Who it is with"}}),
        IntentSpec("calendar_query", "Tell what is on the calendar (a day, a range, an "
                   "event) or which reminders are set.",
                   {"event_name": _WHAT, "date": _DATE}),
        IntentSpec("calendar_remove", "Remove calendar events or reminders.",
                   {"event_name": _WHAT, "date": _DATE}, sensitive=True),
    ]

    def __init__(self) -> None:
        self.reminders = Reminders()

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        text = clean(u.text)
        try:
            if u.intent == "calendar_set":
                if _MOVE.search(text):
                    return await self.move(u, ctx)
                if is_reminder(text):
                    return await self.reminders.create(u, ctx)
                return await self.add(u, ctx)
            if u.intent == "calendar_query":
                if is_reminder(text):
                    return await self.reminders.query(u, ctx)
                return await self.query(u, ctx)
            if u.intent == "calendar_remove":
                if is_reminder(text):
                    return await self.reminders.remove(u, ctx)
                return await self.remove(u, ctx)
        except HarkError as e:
            return Outcome(e.message, action="calendar.failed")
        return Outcome("Sorry, I can't do that with your calendar.",
                       action="calendar.unsupported")

    async def _events(self, ctx: SkillContext) -> list[CalendarEvent]:
        return await read_db(ctx, repo.all_events, user=ctx.user_id)

    async def add(self, u: Understanding, ctx: SkillContext) -> Outcome:
        v, span = find_when(u, ctx)
        start, has_time = due_from(v, ctx, default_hour=0)
        title = _title(u, span)
        if not title:
            return Outcome("What should I put in your calendar?", action="calendar.ask_what",
                           expect_followup=True, data={"missing": "event_name"})
        if start is None:
            return Outcome(f"When is {second_person(title)}?", action="calendar.ask_when",
                           expect_followup=True, data={"missing": "date", "title": title})
        end = None if has_time else start + timedelta(days=1)  # all day
        location = slot_text(u, "place_name")
        ev = await write_db(ctx, repo.create, title=title, start=start, end=end,
                            user=ctx.user_id, location=location, now=ctx.clock())
        return Outcome(f"Okay, I've added {say_event(ev, ctx)} to your calendar.",
                       action="calendar.set", data={"event": ev.to_dict()})

    async def query(self, u: Understanding, ctx: SkillContext) -> Outcome:
        events = await self._events(ctx)
        v, span = find_when(u, ctx)
        days = _day_range(v)
        now = ctx.clock()
        words = clean(u.text).replace(span, " ") if span else u.text
        named = match_events(events, slot_text(u, "event_name") or words)
        if named is not events and named:
            if days:
                named = [e for e in named if days[0] <= e.start.astimezone(ctx.tz).date()
                         <= days[1]] or named
            upcoming = [e for e in named if (e.end or e.start) >= now] or named[-1:]
            ev = upcoming[0]
            when = say_event(ev, ctx).removeprefix(second_person(ev.title)).strip()
            verb = "was" if (ev.end or ev.start) < now else "is"
            return Outcome(f"Your {second_person(ev.title)} {verb} {when}.".replace(
                "Your your ", "Your "), action="calendar.query",
                           data={"events": [e.to_dict() for e in upcoming]})
        if days:
            lo = datetime.combine(days[0], time(0), tzinfo=ctx.tz)
            hi = datetime.combine(days[1] + timedelta(days=1), time(0), tzinfo=ctx.tz)
            hits = await read_db(ctx, repo.between, lo, hi, user=ctx.user_id)
            when = say_date(days[0], now.date()) if days[0] == days[1] else "then"
            one_day = days[0] == days[1]
        else:
            hits = [e for e in events if (e.end or e.start) >= now][:5]
            when, one_day = "coming up", False
        data = {"events": [e.to_dict() for e in hits]}
        if not hits:
            return Outcome(f"Your calendar is clear {when}." if when != "coming up"
                           else "You have nothing coming up on your calendar.",
                           action="calendar.query", data=data)
        items = join_and([say_event(e, ctx, day=not one_day) for e in hits])
        count = "one event" if len(hits) == 1 else f"{len(hits)} events"
        return Outcome(f"You have {count} {when}: {items}.", action="calendar.query",
                       data=data)

    async def remove(self, u: Understanding, ctx: SkillContext) -> Outcome:
        events = [e for e in await self._events(ctx) if (e.end or e.start) >= ctx.clock()]
        if not events:
            return Outcome("You have nothing on your calendar to remove.",
                           action="calendar.remove")
        v, span = find_when(u, ctx)
        words = clean(u.text).replace(span, " ") if span else u.text
        hits = match_events(events, slot_text(u, "event_name") or words)
        days = _day_range(v)
        if days:
            hits = [e for e in hits if days[0] <= e.start.astimezone(ctx.tz).date() <= days[1]]
        if not hits:
            return Outcome("I can't find that on your calendar.", action="calendar.not_found")
        everything = wants_all(u.text) or bool(re.search(r"\bclear\b", clean(u.text)))
        if re.search(r"\bnext (event|appointment|meeting)\b", clean(u.text)):
            hits = hits[:1]
        elif len(hits) > 1 and not everything:
            choices = [say_event(e, ctx) for e in hits[:4]]
            return Outcome(f"Which one: {join_or(choices)}?", action="calendar.ask_which",
                           expect_followup=True, data={"choices": choices})
        ids = [e.id for e in hits]
        await write_db(ctx, _delete_many, ids)
        speech = (f"Okay, I've removed {say_event(hits[0], ctx)}." if len(ids) == 1
                  else f"Okay, I've removed {all_of(len(ids), 'events')}.")
        return Outcome(speech, action="calendar.remove", data={"ids": ids})

    async def move(self, u: Understanding, ctx: SkillContext) -> Outcome:
        before, _, after = clean(u.text).rpartition(" to ")
        if "remind" in before:
            return await self.reminders.move(u, ctx)
        events = [e for e in await self._events(ctx) if (e.end or e.start) >= ctx.clock()]
        hits = match_events(events, slot_text(u, "event_name") or before)
        if not events or not hits or (hits is events and len(events) > 1):
            if is_reminder(before) or not events:
                return await self.reminders.move(u, ctx)
            return Outcome("Which event should I move?", action="calendar.ask_which",
                           expect_followup=True, data={"missing": "event_name"})
        if len(hits) > 1:
            choices = [say_event(e, ctx) for e in hits[:4]]
            return Outcome(f"Which one: {join_or(choices)}?", action="calendar.ask_which",
                           expect_followup=True, data={"choices": choices})
        ev = hits[0]
        v, _ = find_when(u, ctx, text=after)
        start = moved(ev.start, v, ctx)
        if start is None:
            return Outcome(f"When should I move {second_person(ev.title)} to?",
                           action="calendar.ask_when", expect_followup=True,
                           data={"missing": "date"})
        end = ev.end + (start - ev.start) if ev.end is not None else None
        ev = await write_db(ctx, repo.update_event, ev.id, start=start, end=end,
                            now=ctx.clock())
        when = say_event(ev, ctx).removeprefix(second_person(ev.title)).strip()
        return Outcome(f"Okay, {second_person(ev.title)} is now {when}.",
                       action="calendar.move",
                       data={"event": ev.to_dict()})


def _delete_many(db: Any, ids: list[int]) -> None:
    for i in ids:
        repo.delete(db, i)


async def export_ics_async(ctx: SkillContext) -> str:
    """:func:`export_ics` for the context's store and user, off the event loop."""
    from hark.skills.timers import store_of

    return await asyncio.to_thread(export_ics, store_of(ctx), ctx.user_id)
