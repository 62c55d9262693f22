"""What the user has on a day, across kinds: the alarms that ring, the reminders that are
due and the appointments that fall in it, read in the order they come ("On Saturday you
have: an alarm at 9 AM for swimming and a reminder to buy a birthday card for Sam at
9:30 AM."; the sentences are the ``agenda_*`` ones of the shared phrase table). Asked by the questions :mod:`hark.nlu.day_overview` tells; the calendar skill
hands them here.

The answer's data is ``{"agenda": [row, …]}``: each row the stored thing's columns with
its ``"type"`` (alarm, reminder, event) and ``"at"`` (when it rings, is due or starts), so
that "delete both of those" or "move the second one" can pick from what was read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from hark.nlu.day_overview import KINDS
from hark.nlu.time_spans import find_time_spans
from hark.skills.base import SkillContext
from hark.skills.providers import lang
from hark.skills.providers.dates import UNTIL_DAY
from hark.skills.providers.lang import say_time
from hark.skills.reminders import second_person
from hark.skills.timers import read_db
from hark.store import alarms as alarm_repo
from hark.store import calendar as event_repo
from hark.store import recurrence
from hark.store import reminders as reminder_repo
from hark.text.en_words import WEEKDAYS
from hark.types import Outcome

# "until noon", "bis Mittag", "jusqu'à midi", "hasta las doce", "fino a mezzogiorno"
_UNTIL = re.compile(r"(?:until|till|til|up to|bis(?: zum| zur)?|jusqu'(?:à|a|au)|hasta(?: las?)?|"
                    r"fino (?:a|alle|all')|entro)\s*$", re.I)



@dataclass(frozen=True)
class Window:
    """The hours asked about, local: ``[lo, hi)``, and how the day is said."""

    lo: datetime
    hi: datetime
    said: str
    days: tuple[date, date]
    only: frozenset[date] | None = None  # several days named: those alone


def window(text: str, ctx: SkillContext) -> Window | None:
    """The day, days or part of a day ``text`` asks about, or None."""
    language = lang.pick(ctx.language)
    now = ctx.clock().astimezone(ctx.tz)
    lo = hi = None
    said = ""
    days: tuple[date, date] | None = None
    spans = find_time_spans(text, now, language)
    named = sorted({date.fromisoformat(s.value["date"]) for s in spans
                    if isinstance(s.value, dict) and s.value.get("kind") == "date"})
    if len(named) > 1:  # "what do I have on Tuesday and Wednesday": those days
        lo = datetime.combine(named[0], time(0), tzinfo=ctx.tz)
        hi = datetime.combine(named[-1] + timedelta(days=1), time(0), tzinfo=ctx.tz)
        said = lang.join([lang.say_day(d, now.date(), language) for d in named], language)
        return Window(lo, hi, said, (named[0], named[-1]), frozenset(named))
    for s in spans:
        v = s.value if isinstance(s.value, dict) else {}
        kind = v.get("kind")
        if kind == "date" and lo is None:
            day = date.fromisoformat(v["date"])
            lo = datetime.combine(day, time(0), tzinfo=ctx.tz)
            hi, said, days = lo + timedelta(days=1), s.raw, (day, day)
            until = UNTIL_DAY.search(text[:s.start]) if s.start is not None else None
            if until is not None and day > now.date():  # "da qui a domenica": up to it
                lo, days = now, (now.date(), day)
                said = text[until.start():s.end or until.end()]
        elif kind == "date_range" and lo is None:
            first, last = date.fromisoformat(v["start"]), date.fromisoformat(v["end"])
            lo = datetime.combine(first, time(0), tzinfo=ctx.tz)
            hi = datetime.combine(last + timedelta(days=1), time(0), tzinfo=ctx.tz)
            said, days = s.raw, (first, last)
        elif kind == "datetime" and v.get("end") and lo is None:  # "Thursday evening"
            lo = datetime.fromisoformat(v["datetime"]).astimezone(ctx.tz)
            hi = datetime.fromisoformat(v["end"]).astimezone(ctx.tz)
            said, days = s.raw, (lo.date(), lo.date())
        elif kind in ("time", "datetime") and lo is not None and s.start is not None \
                and _UNTIL.search(text[:s.start]):  # "morgen bis Mittag"
            clock = datetime.fromisoformat(v["datetime"]).astimezone(ctx.tz).time() \
                if v.get("datetime") else None
            if clock is not None:
                hi = min(hi, datetime.combine(lo.date(), clock, tzinfo=ctx.tz))
                said = text[text.find(said):s.end] if said in text else said
    if lo is None or hi is None or days is None:
        return None
    return Window(lo, hi, said, days)


def _rings(alarm: Any, w: Window, now: datetime, tz: Any) -> list[datetime]:
    """When ``alarm`` rings within the window (after now)."""
    if not alarm.enabled:
        return []
    if not alarm.recurrence:
        fire = alarm.next_fire.astimezone(tz) if alarm.next_fire else None
        return [fire] if fire is not None and w.lo <= fire < w.hi else []
    rule = recurrence.parse(alarm.recurrence)
    return [at.astimezone(tz) for at in recurrence.occurrences(
        rule, alarm.time_of_day, tz, w.lo, w.hi) if at > now]


async def things_in(w: Window, kinds: tuple[str, ...], ctx: SkillContext, *,
                    every_alarm: bool = True) -> list[tuple[datetime, str, Any]]:
    """(when, kind, row) of each thing of ``kinds`` in the window, by time; without
    ``every_alarm``, only the alarms that say what they are for (a plain wake-up alarm is
    no plan of the day's)."""
    now = ctx.clock().astimezone(ctx.tz)
    found: list[tuple[datetime, str, Any]] = []
    if "alarm" in kinds:
        for a in await read_db(ctx, alarm_repo.list_for, user=ctx.user_id, enabled_only=True):
            if every_alarm or a.label:
                found += [(at, "alarm", a) for at in _rings(a, w, now, ctx.tz)]
    if "reminder" in kinds:
        rows = await read_db(ctx, reminder_repo.list_for, user=ctx.user_id, end=w.hi)
        for at, r in reminder_repo.due_between(rows, w.lo, w.hi, ctx.tz):
            if r.fired_at is None or at > r.due:  # (a repeating one's later times too)
                found.append((at.astimezone(ctx.tz), "reminder", r))
    if "event" in kinds:
        for e in await read_db(ctx, event_repo.between, w.lo, w.hi, user=ctx.user_id):
            found.append((e.start.astimezone(ctx.tz), "event", e))
    if w.only is not None:
        found = [f for f in found if f[0].date() in w.only]
    return sorted(found, key=lambda f: f[0])


def still_on(ev: Any, day: date, ctx: SkillContext) -> str | None:
    """How an event that began on a day before ``day`` is on it: "until 12 PM" (it ends
    that day) or "all day"; None for one that begins on it (said by its time)."""
    start = ev.start.astimezone(ctx.tz)
    if start.date() >= day or ev.end is None:
        return None
    language = lang.pick(ctx.language)
    end = ev.end.astimezone(ctx.tz)
    if end.date() > day or (end.date() == day and end.time() == time(0)):
        return lang.t(language, "cal_all_day")
    return until(end, language)


def until(end: datetime, language: str) -> str:
    """"until noon", "bis 12:00 Uhr", "jusqu'à 12 h 00": an event's end on its day."""
    clock = {"en": say_time(end), "fr": f"{end.hour} h {end.minute:02d}"}.get(
        language, f"{end.hour}:{end.minute:02d}")  # ("bis {time} Uhr", "hasta las {time}")
    return lang.t(language, "cal_until", time=clock)


def _say(at: datetime, kind: str, row: Any, w: Window, ctx: SkillContext) -> str:
    language = lang.pick(ctx.language)
    when = lang.say_at(at, language)
    if kind == "event" and w.days[0] == w.days[1]:
        when = still_on(row, w.days[0], ctx) or when  # (a visit from Thursday, asked on
        # Friday: "all day")
    if w.days[0] != w.days[1]:  # several days: each thing's day
        when = (f"{when} {lang.say_day(at.date(), ctx.clock().astimezone(ctx.tz).date())}"
                if language == "en" else
                f"{lang.say_day(at.date(), ctx.clock().astimezone(ctx.tz).date(), language)} "
                f"{when}")
    phrase = f"agenda_{kind}"
    if kind == "alarm":
        label = (f" for {row.label}" if language == "en" else f" ({row.label})") \
            if row.label else ""
        return lang.t(language, phrase, at=when, label=label)
    if kind == "reminder":
        text = second_person(row.text) if language == "en" else row.text
        return lang.t(language, phrase, text=text, at=when)
    title = second_person(row.title) if language == "en" else row.title
    if language == "en" and not re.match(r"(?:the|your|a|an)\b", title, re.I):
        title = f"your {title}"
    return lang.t(language, phrase, title=title, at=when)


def _day_said(w: Window, ctx: SkillContext) -> str:
    language = lang.pick(ctx.language)
    today = ctx.clock().astimezone(ctx.tz).date()
    if w.days[0] == w.days[1] and w.hi - w.lo >= timedelta(hours=24):
        return lang.say_day(w.days[0], today, language)
    said = w.said.strip(" ,.?!¿¡")
    if language == "en":  # "wednesday morning": "Wednesday morning"
        said = re.sub(rf"\b(?:{WEEKDAYS})\b", lambda m: m.group().capitalize(), said,
                      flags=re.I)
        if re.match(rf"(?:{WEEKDAYS})\b", said, re.I):
            said = f"on {said}"  # "on Wednesday morning"
    return said


async def overview(text: str, kinds: tuple[str, ...], ctx: SkillContext, *,
                   every_alarm: bool = True) -> Outcome | None:
    """What the user has in the hours ``text`` asks about, of ``kinds`` (see
    :func:`things_in` for ``every_alarm``); None when it names no day."""
    w = window(text, ctx)
    if w is None:
        return None
    kinds = tuple(k for k in kinds if k in KINDS)
    found = await things_in(w, kinds, ctx, every_alarm=every_alarm)
    language = lang.pick(ctx.language)
    day = _day_said(w, ctx)
    if not found:
        speech = lang.t(language, "agenda_none", day=day)
    else:
        items = lang.join([_say(at, k, row, w, ctx) for at, k, row in found], language)
        speech = lang.t(language, "agenda_some", day=day, items=items)
    rows = [{**row.to_dict(), "type": k, "at": at.isoformat()} for at, k, row in found]
    return Outcome(lang.capital(speech), action="calendar.query",
                   data={"agenda": rows, "kinds": list(kinds), "from": w.lo.isoformat(),
                         "to": w.hi.isoformat()})
